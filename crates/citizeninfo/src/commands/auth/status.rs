//! `auth status` and `logout`.

use std::io;

use serde::Serialize;

use super::super::Context;
use crate::config::CredentialSource;
use crate::exit::Failure;
use crate::output::{Human, Render, Section, records};
use citizeninfo_api::Me;

/// Examples, one invocation a line (shown under "Examples" in `--help`).
pub const EXAMPLES: &str = "citizeninfo auth status\ncitizeninfo auth status -o json";

/// It takes no arguments of its own.
#[derive(Debug, clap::Args)]
#[command(after_long_help = EXAMPLES)]
pub struct Args {}

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
pub async fn run(ctx: &Context, _: Args) -> anyhow::Result<()> {
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
