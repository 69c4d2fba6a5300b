//! The commands: plain functions of resolved settings and parsed arguments.

pub mod apply;
pub mod args;
pub mod auth;
pub mod change;
pub mod completions;
pub mod diff;
pub mod dump;
pub mod export;
pub mod import;
pub mod input;
pub mod listing;
pub mod login;
pub mod logout;
pub mod man;
pub mod manifests;
pub mod manuals;
pub mod points;
pub mod schema;
pub mod validate;
pub mod version;

use std::sync::{Arc, OnceLock};

use clap::Subcommand;

use crate::config::{CredentialSource, Settings};
use crate::exit::{self, Failure};
use crate::output::{Printer, Shape};
use citizeninfo_client::{Client, Credentials};

/// What every command works with.
pub struct Context {
    /// Where and as whom.
    pub settings: Settings,
    /// Where results go.
    pub printer: Printer,
    /// Trace HTTP calls.
    pub verbose: bool,
    /// The command line as people read it (help, examples), for the commands that
    /// write it out: `completions` and `man`. Given by `main`, which builds it.
    pub command_line: fn() -> clap::Command,
    /// The one signed-in client of the run: everything a command does shares it, so
    /// a refresh happens once and a rotated refresh token is never used twice.
    session: OnceLock<Client>,
}

impl Context {
    /// The context of one run.
    pub fn new(
        settings: Settings,
        printer: Printer,
        verbose: bool,
        command_line: fn() -> clap::Command,
    ) -> Context {
        Context {
            settings,
            printer,
            verbose,
            command_line,
            session: OnceLock::new(),
        }
    }

    /// A client with no credentials (for signing in).
    pub fn anonymous_client(&self) -> anyhow::Result<Client> {
        let mut client = Client::connect(&self.settings.url, &self.settings.transport)?;
        if self.verbose {
            client = client.with_trace(self.printer.trace_hook());
        }
        Ok(client)
    }

    /// The run's client, signed in with the environment's token or the saved
    /// credentials (saved again when refreshed); made on first use.
    pub fn client(&self) -> anyhow::Result<&Client> {
        if let Some(c) = self.session.get() {
            return Ok(c);
        }
        let client = self.signed_in()?;
        Ok(self.session.get_or_init(|| client))
    }

    fn signed_in(&self) -> anyhow::Result<Client> {
        let (credentials, source) = self.settings.credentials()?.ok_or_else(|| {
            Failure::auth(
                format!(
                    "not signed in to {} (profile {})",
                    self.settings.url, self.settings.profile
                ),
                "sign in with `citizeninfo login`, or set CITIZENINFO_TOKEN in CI",
            )
        })?;
        let client = self.anonymous_client()?.with_credentials(Some(credentials));
        Ok(match source {
            CredentialSource::Environment => client,
            CredentialSource::File(_) => {
                let settings = self.settings.clone();
                let printer = self.printer.clone();
                client.with_refresh_hook(Arc::new(move |c: &Credentials| {
                    if let Err(e) = settings.save_credentials(c) {
                        printer.warn(&format!("could not save the refreshed credentials: {e:#}"));
                    }
                }))
            }
        })
    }
}

/// The commands: each verb's arguments, examples and `run` live in its own file
/// under `commands/` (`commands/points/list.rs` is `points list`).
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Sign in: password (first sign-in registers with the Authorize Code) or OpenID.
    Login(login::Args),
    /// Sign out: revoke this profile's tokens at the service and forget them.
    Logout(logout::Args),
    /// Who you are signed in as.
    #[command(subcommand)]
    Auth(auth::Command),
    /// Find, read, edit, add, hide and un-hide service points.
    #[command(subcommand)]
    Points(Box<points::Command>),
    /// Citizen manuals (processes) and the points bound to them.
    #[command(subcommand)]
    Manuals(Box<manuals::Command>),
    /// Export the structure list as a spreadsheet.
    #[command(subcommand)]
    Export(Box<export::Command>),
    /// Read a spreadsheet back: plan the changes, and make them with --apply.
    #[command(subcommand)]
    Import(Box<import::Command>),
    /// Check manifests with no network: every problem, as file:line:column.
    Validate(validate::Args),
    /// Show what applying manifests would change.
    Diff(diff::Args),
    /// Make the service what manifests say.
    Apply(Box<apply::Args>),
    /// Write the current state as a manifest that `diff` reports as no change.
    Dump(dump::Args),
    /// Print the JSON Schema of manifests (for editors) or of change reports (for scripts).
    Schema(schema::Args),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    Completions(completions::Args),
    /// Write the manual pages: one per command and subcommand (citizeninfo-points-list.1).
    Man(man::Args),
    /// Which program this is: its version, commit, build date and system.
    Version(version::Args),
}

/// What a command prints, so an output form it cannot print is refused first:
/// rows of records, or a document (each noun's `shape` says which).
pub fn shape(command: &Command) -> Shape {
    match command {
        Command::Auth(c) => c.shape(),
        Command::Points(c) => c.shape(),
        Command::Manuals(c) => c.shape(),
        Command::Export(c) => c.shape(),
        Command::Import(c) => c.shape(),
        Command::Login(_)
        | Command::Logout(_)
        | Command::Validate(_)
        | Command::Diff(_)
        | Command::Apply(_)
        | Command::Dump(_)
        | Command::Schema(_)
        | Command::Completions(_)
        | Command::Man(_)
        | Command::Version(_) => Shape::DOCUMENT,
    }
}

/// Runs a command; the exit code on success (a bulk command may report 9). An
/// output form the command cannot print is refused first, before anything is read
/// or sent.
pub async fn run(ctx: &Context, command: Command) -> anyhow::Result<u8> {
    ctx.printer.accepts(shape(&command))?;
    match command {
        Command::Login(a) => login::run(ctx, a).await.map(|()| exit::OK),
        Command::Logout(a) => logout::run(ctx, a).await.map(|()| exit::OK),
        Command::Auth(c) => c.run(ctx).await,
        Command::Points(c) => c.run(ctx).await,
        Command::Manuals(c) => c.run(ctx).await,
        Command::Export(c) => c.run(ctx).await,
        Command::Import(c) => c.run(ctx).await,
        Command::Validate(a) => validate::run(ctx, a),
        Command::Diff(a) => diff::run(ctx, a).await,
        Command::Apply(a) => apply::run(ctx, *a).await,
        Command::Dump(a) => dump::run(ctx, a).await,
        Command::Schema(a) => schema::run(ctx, a),
        Command::Completions(a) => completions::run(ctx, a),
        Command::Man(a) => man::run(ctx, a),
        Command::Version(a) => version::run(ctx, a),
    }
}

#[cfg(test)]
mod tests;
