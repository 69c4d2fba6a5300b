//! `auth status` and `logout`.

use std::io;

use serde::Serialize;

use super::Context;
use crate::config::CredentialSource;
use crate::exit::{self, Failure};
use crate::output::{Human, Render, Section, records};
use citizeninfo_api::{Me, TokenHint};

/// What `auth status` prints: where, as whom, and with which credentials.
#[derive(Serialize)]
struct Status {
    profile: String,
    url: String,
    /// `file` or `environment`.
    credentials: &'static str,
    account: Me,
    /// Where the credentials came from, for people.
    #[serde(skip)]
    source: &'static str,
}

impl Render for Status {
    fn human(&self, h: &mut Human<'_>) -> io::Result<()> {
        let me = &self.account;
        let scope = match (&me.scope.name_th, &me.scope.id) {
            (Some(name), Some(id)) => {
                format!("{} {name} ({id})", records::scope_word(me.scope.kind))
            }
            (None, Some(id)) => format!("{} {id}", records::scope_word(me.scope.kind)),
            _ => "the whole tree".to_owned(),
        };
        let rights: Vec<&str> = me.rights.iter().map(|r| r.as_str()).collect();
        let section = Section {
            title: format!("{} ({})", self.url, self.profile),
            rows: vec![
                (
                    "account".to_owned(),
                    format!("{} ({})", me.username, me.display_name),
                ),
                (
                    "signs in with".to_owned(),
                    format!("{:?}", me.kind).to_lowercase(),
                ),
                ("may change".to_owned(), scope),
                ("rights".to_owned(), rights.join(", ")),
                (
                    "token valid until".to_owned(),
                    records::when(me.token_expires_at, h.lang()),
                ),
                ("credentials".to_owned(), self.source.to_owned()),
            ],
        };
        h.sections(&[section])
    }
}

/// Runs `auth status`.
pub async fn status(ctx: &Context) -> anyhow::Result<()> {
    let source = match ctx.settings.credentials()? {
        Some((_, CredentialSource::Environment)) => "environment (CITIZENINFO_TOKEN)",
        Some((_, CredentialSource::File(_))) => "saved",
        None => {
            return Err(Failure::auth(
                format!(
                    "not signed in to {} (profile {})",
                    ctx.settings.url, ctx.settings.profile
                ),
                "sign in with `citizeninfo login`",
            )
            .into());
        }
    };
    let me = ctx.client()?.me().await?;
    ctx.printer.show(&Status {
        profile: ctx.settings.profile.clone(),
        url: ctx.settings.url.clone(),
        credentials: if source == "saved" {
            "file"
        } else {
            "environment"
        },
        account: me,
        source,
    })
}

/// Runs `logout`: revokes the saved tokens at the service (RFC 7009), then forgets
/// them. Tokens that could not be revoked are forgotten all the same, and the
/// failure says so.
pub async fn logout(ctx: &Context) -> anyhow::Result<()> {
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
