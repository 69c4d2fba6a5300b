//! The command line, as clap parses it; no logic lives here.

use std::path::PathBuf;

use clap::{ArgAction, Args, Parser, Subcommand};

use crate::commands;
use crate::output::{ColorMode, Format, Lang, ProgressMode};
use citizeninfo_api::fields::{self, Field};
use citizeninfo_api::{Level, Status};

/// Examples of the whole tool, one invocation a line.
pub const EXAMPLES: &str = "citizeninfo login\n\
         citizeninfo points list --department กรมการปกครอง --status shown\n\
         citizeninfo dump --department 1401 -O dopa.yaml && citizeninfo diff -f dopa.yaml";

/// Command-line administration of the CITIZENinfo registry of Thai government
/// service points.
#[derive(Debug, Parser)]
#[command(name = "citizeninfo", version, max_term_width = 100, after_long_help = EXAMPLES)]
pub struct Cli {
    /// Options every command takes.
    #[command(flatten)]
    pub global: Global,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes. Those with an environment variable are read from it
/// when the flag is not given (`Settings::resolve`), not by clap, so that a
/// variable never shows in a usage line as if it had been typed.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct Global {
    /// Profile: one back office or account among several [env: CITIZENINFO_PROFILE]
    /// [default: default].
    #[arg(long, global = true, hide_short_help = true, value_name = "NAME")]
    pub profile: Option<String>,
    /// The service's address [env: CITIZENINFO_URL] [default: the profile's, else
    /// http://127.0.0.1:8787].
    #[arg(long, global = true, hide_short_help = true, value_name = "URL")]
    pub url: Option<String>,
    /// The longest one try of a request may wait for an answer, in seconds; a
    /// request gives up after three tries' worth in all, waits included
    /// [env: CITIZENINFO_TIMEOUT] [default: 20].
    #[arg(
        long,
        global = true, hide_short_help = true,
        value_name = "SECONDS",
        value_parser = clap::value_parser!(u64).range(crate::config::TIMEOUT_SECS)
    )]
    pub timeout: Option<u64>,
    /// Also trust the certificate authorities in this PEM file (an agency's own CA)
    /// [env: CITIZENINFO_CA_CERT].
    #[arg(long, global = true, hide_short_help = true, value_name = "FILE")]
    pub ca_cert: Option<PathBuf>,
    /// Allow plain http:// to another computer than this one (passwords and tokens
    /// then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1].
    #[arg(long, global = true, hide_short_help = true)]
    pub insecure_http: bool,
    /// Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the
    /// system's config folder].
    #[arg(long, global = true, hide_short_help = true, value_name = "DIR")]
    pub config_dir: Option<PathBuf>,
    /// Output format.
    #[arg(
        short = 'o',
        long,
        global = true,
        hide_short_help = true,
        value_enum,
        default_value = "table"
    )]
    pub output: Format,
    /// Language of table headers and dates (json, yaml and csv always carry ISO 8601).
    #[arg(
        long,
        global = true,
        hide_short_help = true,
        value_enum,
        default_value = "th"
    )]
    pub lang: Lang,
    /// Trace each HTTP call to stderr (the token is never shown).
    #[arg(short, long, global = true, hide_short_help = true, action = ArgAction::Count)]
    pub verbose: u8,
    /// Print only results and errors.
    #[arg(short, long, global = true, hide_short_help = true)]
    pub quiet: bool,
    /// Colour on a terminal (plans: created green, changed yellow, removed red)
    /// [env: NO_COLOR turns it off, CLICOLOR_FORCE on].
    #[arg(
        long,
        global = true,
        hide_short_help = true,
        value_enum,
        default_value = "auto",
        value_name = "WHEN"
    )]
    pub color: ColorMode,
    /// Progress bars on stderr.
    #[arg(
        long,
        global = true,
        hide_short_help = true,
        value_enum,
        default_value = "auto"
    )]
    pub progress: ProgressMode,
}

/// The commands: each verb's arguments, examples and `run` live in its own file
/// under `commands/` (`commands/points/list.rs` is `points list`).
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Sign in: password (first sign-in registers with the Authorize Code) or OpenID.
    Login(commands::login::Args),
    /// Sign out: revoke this profile's tokens at the service and forget them.
    Logout(commands::logout::Args),
    /// Who you are signed in as.
    #[command(subcommand)]
    Auth(commands::auth::Command),
    /// Find, read, edit, add, hide and un-hide service points.
    #[command(subcommand)]
    Points(Box<commands::points::Command>),
    /// Citizen manuals (processes) and the points bound to them.
    #[command(subcommand)]
    Manuals(Box<commands::manuals::Command>),
    /// Export the structure list as a spreadsheet.
    #[command(subcommand)]
    Export(Box<commands::export::Command>),
    /// Read a spreadsheet back: plan the changes, and make them with --apply.
    #[command(subcommand)]
    Import(Box<commands::import::Command>),
    /// Check manifests with no network: every problem, as file:line:column.
    Validate(commands::validate::Args),
    /// Show what applying manifests would change.
    Diff(commands::diff::Args),
    /// Make the service what manifests say.
    Apply(Box<commands::apply::Args>),
    /// Write the current state as a manifest that `diff` reports as no change.
    Dump(commands::dump::Args),
    /// Print the JSON Schema of manifests (for editors) or of change reports (for scripts).
    Schema(commands::schema::Args),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    Completions(commands::completions::Args),
    /// Write the manual pages: one per command and subcommand (citizeninfo-points-list.1).
    Man(commands::man::Args),
}

/// The back office's filters.
#[derive(Debug, Args, Clone, Default)]
pub struct Filters {
    /// Ministry, by id (e.g. 14) or name (e.g. กระทรวงมหาดไทย).
    #[arg(long)]
    pub ministry: Option<String>,
    /// Department, by id (e.g. 1401) or name (e.g. กรมการปกครอง).
    #[arg(long)]
    pub department: Option<String>,
    /// Agency, by id (e.g. 140101) or name.
    #[arg(long)]
    pub agency: Option<String>,
    /// Type (ประเภท), exactly.
    #[arg(long = "type", value_name = "TYPE")]
    pub unit_type: Option<String>,
    /// Subtype (ประเภทย่อย), exactly.
    #[arg(long)]
    pub subtype: Option<String>,
    /// Category (หมวดหมู่), exactly.
    #[arg(long)]
    pub category: Option<String>,
    /// Level.
    #[arg(long, value_parser = parse_level())]
    pub level: Option<Level>,
    /// Status.
    #[arg(long, value_parser = parse_status())]
    pub status: Option<Status>,
    /// Province, in Thai.
    #[arg(long)]
    pub province: Option<String>,
    /// Text anywhere in the Thai, English or full name.
    #[arg(long)]
    pub query: Option<String>,
}

/// A value written by its wire name or its Thai name (`shown` or แสดง), read by
/// the field registry's reader; the wire names are the possible values help and
/// completion list, the Thai ones their aliases.
#[derive(Clone)]
pub struct Named<T: 'static> {
    /// What the values are, for errors ("level").
    what: &'static str,
    /// The one reader of such a value.
    read: fn(&str) -> Option<T>,
    /// Each value's wire and Thai names.
    names: fn() -> Vec<(&'static str, &'static str)>,
}

impl<T: Clone + Send + Sync + 'static> clap::builder::TypedValueParser for Named<T> {
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        _arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<T, clap::Error> {
        let text = value.to_string_lossy();
        (self.read)(&text).ok_or_else(|| {
            let names: Vec<&str> = (self.names)().into_iter().map(|(en, _)| en).collect();
            clap::Error::raw(
                clap::error::ErrorKind::InvalidValue,
                format!(
                    "{} is not a {}: use {}\n",
                    citizeninfo_api::rules::excerpt(&text),
                    self.what,
                    names.join(", ")
                ),
            )
            .with_cmd(cmd)
        })
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new((self.names)().into_iter().map(|(en, th)| {
            clap::builder::PossibleValue::new(en).alias(th)
        })))
    }
}

/// `--level`: head_agency, central_unit, service_point (or in Thai).
fn parse_level() -> Named<Level> {
    Named {
        what: "level",
        read: fields::level_of,
        names: || {
            Level::ALL
                .into_iter()
                .map(|l| (l.as_str(), l.name_th()))
                .collect()
        },
    }
}

/// `--status`: shown, hidden (or แสดง, ซ่อน).
fn parse_status() -> Named<Status> {
    Named {
        what: "status",
        read: fields::status_of,
        names: || {
            [Status::Shown, Status::Hidden]
                .into_iter()
                .map(|s| (s.as_str(), s.name_th()))
                .collect()
        },
    }
}

/// A point's fields as flags, one for each field of the registry that has a flag
/// (`citizeninfo_api::fields`), in its order: the editable ones (`points edit`,
/// `points add`), and with [`NewFieldArgs`] those stated only to create a point.
#[derive(Debug, Clone, Default)]
pub struct FieldArgs {
    /// The values given, by the field's wire key, in the registry's order.
    pub values: Vec<(&'static Field, String)>,
    /// Accept coordinates outside Thailand.
    pub force: bool,
}

impl FieldArgs {
    /// True when any field flag was given.
    pub fn any(&self) -> bool {
        !self.values.is_empty()
    }
}

/// The flags of the fields stated only to create a point (`--type`, `--agency`...),
/// from the registry as [`FieldArgs`] are.
#[derive(Debug, Clone, Default)]
pub struct NewFieldArgs {
    /// The values given, by the field's wire key, in the registry's order.
    pub values: Vec<(&'static Field, String)>,
}

/// The fields with a flag, editable ones or those of a creation.
fn field_flags(creation: bool) -> impl Iterator<Item = (&'static Field, &'static str)> {
    fields::FIELDS
        .iter()
        .filter(move |f| {
            if creation {
                f.change == fields::Change::Creation
            } else {
                f.is_editable()
            }
        })
        .filter_map(|f| f.flag.map(|flag| (f, flag)))
}

/// Reads the flags of these fields into `values`, the latest value of each.
fn read_flags(creation: bool, m: &clap::ArgMatches, values: &mut Vec<(&'static Field, String)>) {
    for (f, _) in field_flags(creation) {
        if let Some(v) = m.get_one::<String>(f.key) {
            values.retain(|(x, _)| x.key != f.key);
            values.push((f, v.clone()));
        }
    }
}

/// Adds a flag for each of these fields.
fn add_flags(creation: bool, mut cmd: clap::Command) -> clap::Command {
    for (f, flag) in field_flags(creation) {
        let value_name = match f.value {
            fields::Value::Code => "CODE".to_owned(),
            _ => flag.to_uppercase().replace('-', "_"),
        };
        let mut arg = clap::Arg::new(f.key)
            .long(flag)
            .value_name(value_name)
            .help(f.help.trim_end_matches('.'))
            .action(clap::ArgAction::Set);
        if f.key == "level" {
            // Offered by help and completion, and taken in Thai too.
            let levels = Level::ALL
                .into_iter()
                .map(|l| clap::builder::PossibleValue::new(l.as_str()).alias(l.name_th()));
            arg = arg.value_parser(clap::builder::PossibleValuesParser::new(levels));
        }
        if f.value == fields::Value::Number {
            arg = arg.allow_negative_numbers(true);
        }
        cmd = cmd.arg(arg);
    }
    cmd
}

impl clap::FromArgMatches for FieldArgs {
    fn from_arg_matches(m: &clap::ArgMatches) -> Result<Self, clap::Error> {
        let mut out = FieldArgs::default();
        out.update_from_arg_matches(m)?;
        Ok(out)
    }

    fn update_from_arg_matches(&mut self, m: &clap::ArgMatches) -> Result<(), clap::Error> {
        read_flags(false, m, &mut self.values);
        self.force = self.force || m.get_flag("force");
        Ok(())
    }
}

impl clap::Args for FieldArgs {
    fn augment_args(cmd: clap::Command) -> clap::Command {
        add_flags(false, cmd).arg(
            clap::Arg::new("force")
                .long("force")
                .help("Accept coordinates outside Thailand")
                .action(clap::ArgAction::SetTrue),
        )
    }

    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        Self::augment_args(cmd)
    }
}

impl clap::FromArgMatches for NewFieldArgs {
    fn from_arg_matches(m: &clap::ArgMatches) -> Result<Self, clap::Error> {
        let mut out = NewFieldArgs::default();
        out.update_from_arg_matches(m)?;
        Ok(out)
    }

    fn update_from_arg_matches(&mut self, m: &clap::ArgMatches) -> Result<(), clap::Error> {
        read_flags(true, m, &mut self.values);
        Ok(())
    }
}

impl clap::Args for NewFieldArgs {
    fn augment_args(cmd: clap::Command) -> clap::Command {
        add_flags(true, cmd)
    }

    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        Self::augment_args(cmd)
    }
}

/// Most points a bulk change makes at once (`--concurrency`).
pub const MAX_CONCURRENCY: i64 = 64;

/// The options of every command that changes many points (`apply`, `import`,
/// `points hide|unhide`, `manuals bind|unbind`), declared once.
#[derive(Debug, Args)]
pub struct Bulk {
    /// Points changed at once.
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..=MAX_CONCURRENCY))]
    pub concurrency: u16,
    /// Leave out the points this account may not change, and say which (without
    /// it, the command changes nothing when any is named; exit 8).
    #[arg(long)]
    pub skip_forbidden: bool,
}

/// `--dry-run`, for the commands that change points directly.
#[derive(Debug, Args)]
pub struct DryRun {
    /// Print what would change and change nothing.
    #[arg(long)]
    pub dry_run: bool,
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        super::Cli::command().debug_assert();
    }
}
