//! The commands: plain functions of resolved settings and parsed arguments.

pub mod auth;
pub mod change;
pub mod export;
pub mod import;
pub mod input;
pub mod listing;
pub mod login;
pub mod man;
pub mod manifest;
pub mod manuals;
pub mod points;

use std::sync::{Arc, OnceLock};

use crate::cli::{
    AuthCommand, Command, ExportCommand, ImportCommand, ManualsCommand, PointsCommand, ShowSection,
};
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
    /// The one signed-in client of the run: everything a command does shares it, so
    /// a refresh happens once and a rotated refresh token is never used twice.
    session: OnceLock<Client>,
}

impl Context {
    /// The context of one run.
    pub fn new(settings: Settings, printer: Printer, verbose: bool) -> Context {
        Context {
            settings,
            printer,
            verbose,
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

/// What a command prints: rows of records, or a document (a point's tabs, a
/// manual, a plan, a report, a status, a manifest, a script; or nothing but
/// messages). Every command is named here, so a new one must say.
pub fn shape(command: &Command) -> Shape {
    match command {
        Command::Points(p) => match &**p {
            PointsCommand::List(_) => Shape::Rows,
            PointsCommand::Show(a) if a.section == Some(ShowSection::Services) => Shape::Rows,
            PointsCommand::Show(_) => Shape::Document {
                rows_with: Some("--section services"),
            },
            PointsCommand::Edit(_)
            | PointsCommand::Add(_)
            | PointsCommand::Hide(_)
            | PointsCommand::Unhide(_) => Shape::DOCUMENT,
        },
        Command::Manuals(m) => match &**m {
            ManualsCommand::List(_) | ManualsCommand::Search(_) => Shape::Rows,
            ManualsCommand::Show(_) | ManualsCommand::Bind(_) | ManualsCommand::Unbind(_) => {
                Shape::DOCUMENT
            }
        },
        // A spreadsheet, whatever `-o` says.
        Command::Export(_) => Shape::Rows,
        Command::Login(_)
        | Command::Logout
        | Command::Auth(AuthCommand::Status)
        | Command::Import(_)
        | Command::Validate(_)
        | Command::Diff(_)
        | Command::Apply(_)
        | Command::Dump(_)
        | Command::Schema { .. }
        | Command::Completions { .. }
        | Command::Man { .. } => Shape::DOCUMENT,
    }
}

/// Runs a command; the exit code on success (a bulk command may report 9). An
/// output form the command cannot print is refused first, before anything is read
/// or sent.
pub async fn run(ctx: &Context, command: Command) -> anyhow::Result<u8> {
    ctx.printer.accepts(shape(&command))?;
    match command {
        Command::Login(args) => login::run(ctx, args).await.map(|()| exit::OK),
        Command::Logout => auth::logout(ctx).await.map(|()| exit::OK),
        Command::Auth(AuthCommand::Status) => auth::status(ctx).await.map(|()| exit::OK),
        Command::Completions { shell } => ctx
            .printer
            .completions(shell)
            .map(|()| exit::OK)
            .map_err(Into::into),
        Command::Man { dir } => man::run(ctx, &dir),
        Command::Validate(a) => manifest::validate(ctx, a),
        Command::Schema { of } => ctx
            .printer
            .text(&match of {
                crate::cli::SchemaOf::Manifest => citizeninfo_manifest::write::json_schema(),
                crate::cli::SchemaOf::Report => crate::engine::report_schema(),
            })
            .map(|()| exit::OK)
            .map_err(Into::into),
        Command::Diff(a) => manifest::diff(ctx, a).await,
        Command::Apply(a) => manifest::apply(ctx, a).await,
        Command::Dump(a) => manifest::dump(ctx, a).await,
        Command::Export(e) => match *e {
            ExportCommand::Csv(a) => {
                let form = export::CsvForm {
                    bom: !a.no_bom,
                    raw: a.raw,
                };
                export::run(ctx, a.sheet, export::Spreadsheet::Csv, form).await
            }
            ExportCommand::Xlsx(a) => {
                let form = export::CsvForm::default();
                export::run(ctx, a, export::Spreadsheet::Xlsx, form).await
            }
        },
        Command::Import(i) => match *i {
            ImportCommand::Csv(a) => {
                import::run(ctx, a.import, import::Source::Csv(a.encoding)).await
            }
            ImportCommand::Xlsx(a) => import::run(ctx, a, import::Source::Xlsx).await,
        },
        Command::Manuals(m) => match *m {
            ManualsCommand::List(a) => manuals::list(ctx, a).await.map(|()| exit::OK),
            ManualsCommand::Search(a) => manuals::search(ctx, a).await.map(|()| exit::OK),
            ManualsCommand::Show(a) => manuals::show(ctx, a).await.map(|()| exit::OK),
            ManualsCommand::Bind(a) => {
                manuals::bind::run(ctx, a, manuals::bind::Direction::Bind).await
            }
            ManualsCommand::Unbind(a) => {
                manuals::bind::run(ctx, a, manuals::bind::Direction::Unbind).await
            }
        },
        Command::Points(p) => match *p {
            PointsCommand::List(a) => points::list::run(ctx, a).await.map(|()| exit::OK),
            PointsCommand::Show(a) => points::show::run(ctx, a).await.map(|()| exit::OK),
            PointsCommand::Edit(a) => points::edit::run(ctx, a).await,
            PointsCommand::Add(a) => points::add::run(ctx, a).await,
            PointsCommand::Hide(a) => {
                points::status::run(ctx, a, citizeninfo_api::Status::Hidden).await
            }
            PointsCommand::Unhide(a) => {
                points::status::run(ctx, a, citizeninfo_api::Status::Shown).await
            }
        },
    }
}

#[cfg(test)]
mod tests;
