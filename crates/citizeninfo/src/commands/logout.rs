//! `logout`: the saved tokens revoked at the service, then forgotten.

use super::Context;
use crate::exit::{self, Failure};
use citizeninfo_api::TokenHint;

/// Examples, one invocation a line (shown under "Examples" in `--help`).
pub const EXAMPLES: &str = "citizeninfo logout\ncitizeninfo --profile staging logout";

/// It takes no arguments of its own.
#[derive(Debug, clap::Args)]
#[command(after_long_help = EXAMPLES)]
pub struct Args {}

/// Runs `logout`: revokes the saved tokens at the service (RFC 7009), then forgets
/// them. Tokens that could not be revoked are forgotten all the same, and the
/// failure says so.
pub async fn run(ctx: &Context, _: Args) -> anyhow::Result<()> {
    // Credentials others could read are revoked all the more; a damaged file is
    // forgotten all the same.
    let saved = match ctx.settings.saved_credentials(true) {
        Ok(saved) => saved,
        Err(e) => {
            ctx.printer.warn(&format!(
                "{e:#}; it is forgotten without revoking its tokens"
            ));
            None
        }
    };
    let mut unrevoked = None;
    if let Some(c) = &saved {
        let client = ctx.anonymous_client()?;
        let mut tokens = vec![(c.access_token.as_str(), TokenHint::AccessToken)];
        if let Some(refresh) = &c.refresh_token {
            // The refresh token first: it is the one that lasts.
            tokens.insert(0, (refresh.as_str(), TokenHint::RefreshToken));
        }
        for (token, hint) in tokens {
            if let Err(e) = client.revoke(token, hint).await {
                unrevoked.get_or_insert(e);
            }
        }
    }
    let forgot = ctx.settings.forget_credentials()?;
    if ctx.settings.env_token.is_some() {
        ctx.printer
            .warn("CITIZENINFO_TOKEN is still set; unset it to stop using that token");
    }
    if let Some(e) = unrevoked {
        return Err(anyhow::Error::from(e).context(Failure::new(
            exit::FAILURE,
            format!(
                "forgot the credentials of profile {}, but could not revoke them at {}: they stay valid until they expire",
                ctx.settings.profile, ctx.settings.url
            ),
            "if they may have been copied, ask the back office to end the session",
        )));
    }
    ctx.printer.note(&if saved.is_some() {
        format!(
            "signed out: revoked the tokens at {} and forgot the credentials of profile {}",
            ctx.settings.url, ctx.settings.profile
        )
    } else if forgot {
        format!(
            "signed out: forgot the credentials of profile {}",
            ctx.settings.profile
        )
    } else {
        format!("profile {} had no saved credentials", ctx.settings.profile)
    });
    Ok(())
}
