//! The command line, as clap parses it; no logic lives here.

use std::path::PathBuf;

use clap::{ArgAction, Args, Parser, Subcommand, ValueEnum};

use crate::output::{ColorMode, Format, Lang, ProgressMode};
use citizeninfo_api::fields::{self, Field};
use citizeninfo_api::{Level, Status};

/// Command-line administration of the CITIZENinfo registry of Thai government
/// service points.
#[derive(Debug, Parser)]
#[command(name = "citizeninfo", version, max_term_width = 100)]
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

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Sign in: password (first sign-in registers with the Authorize Code) or OpenID.
    Login(LoginArgs),
    /// Sign out: revoke this profile's tokens at the service and forget them.
    Logout,
    /// Who you are signed in as.
    #[command(subcommand)]
    Auth(AuthCommand),
    /// Find, read, edit, add, hide and un-hide service points.
    #[command(subcommand)]
    Points(Box<PointsCommand>),
    /// Citizen manuals (processes) and the points bound to them.
    #[command(subcommand)]
    Manuals(Box<ManualsCommand>),
    /// Export the structure list as a spreadsheet.
    #[command(subcommand)]
    Export(Box<ExportCommand>),
    /// Read a spreadsheet back: plan the changes, and make them with --apply.
    #[command(subcommand)]
    Import(Box<ImportCommand>),
    /// Check manifests with no network: every problem, as file:line:column.
    Validate(ManifestFiles),
    /// Show what applying manifests would change.
    Diff(DiffArgs),
    /// Make the service what manifests say.
    Apply(ApplyArgs),
    /// Write the current state as a manifest that `diff` reports as no change.
    Dump(DumpArgs),
    /// Print the JSON Schema of manifests (for editors) or of change reports (for scripts).
    Schema {
        /// Which document.
        #[arg(value_enum, default_value = "manifest")]
        of: SchemaOf,
    },
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Write the manual pages: one per command and subcommand (citizeninfo-points-list.1).
    Man {
        /// The folder to write them into (created if missing).
        #[arg(short = 'O', long = "output-dir", value_name = "DIR")]
        dir: PathBuf,
    },
}

/// `login`.
#[derive(Debug, Args)]
pub struct LoginArgs {
    /// Sign in with OpenID (needed to add points): in the browser, or by a code to
    /// enter on another device over SSH, without a display, or with --device.
    #[arg(long, conflicts_with_all = ["username", "password_stdin"])]
    pub openid: bool,
    /// OpenID: the provider's issuer address (default: the profile's, else the one
    /// the service names).
    #[arg(long, value_name = "URL", requires = "openid")]
    pub issuer: Option<String>,
    /// OpenID: the public client id registered at the provider (default: the
    /// profile's, else the one the service names).
    #[arg(long, value_name = "ID", requires = "openid")]
    pub client_id: Option<String>,
    /// OpenID: sign in by the device flow (a code to enter in any browser) even
    /// where a browser could be opened here.
    #[arg(long, requires = "openid")]
    pub device: bool,
    /// Username; asked for on a terminal when not given.
    #[arg(long, short = 'u')]
    pub username: Option<String>,
    /// Read the password from the first line of stdin (for scripts).
    #[arg(long)]
    pub password_stdin: bool,
    /// First sign-in: the unit's Authorize Code (15 upper-case hexadecimal characters);
    /// asked for on a terminal, without echo, when not given. A code on the command
    /// line can be seen by others in the process list: prefer the prompt or
    /// --authorize-code-stdin.
    #[arg(long, value_name = "CODE")]
    pub authorize_code: Option<String>,
    /// First sign-in: read the Authorize Code from stdin, its first line, or its
    /// second after the password with --password-stdin.
    #[arg(long, conflicts_with = "authorize_code")]
    pub authorize_code_stdin: bool,
    /// First sign-in: the unit's ministry id.
    #[arg(long, value_name = "ID")]
    pub ministry: Option<String>,
    /// First sign-in: the unit's department id.
    #[arg(long, value_name = "ID")]
    pub department: Option<String>,
    /// First sign-in: the unit's agency id.
    #[arg(long, value_name = "ID")]
    pub agency: Option<String>,
    /// First sign-in: your name.
    #[arg(long, value_name = "NAME")]
    pub contact_name: Option<String>,
    /// First sign-in: your e-mail.
    #[arg(long)]
    pub email: Option<String>,
    /// First sign-in: your telephone.
    #[arg(long)]
    pub telephone: Option<String>,
}

/// `auth`.
#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Who you are, where, with which rights, and until when.
    Status,
}

/// `points`.
#[derive(Debug, Subcommand)]
pub enum PointsCommand {
    /// List service points, with the back office's filters.
    List(ListArgs),
    /// Show one point: information, copy cancellation, satisfaction, services.
    Show(ShowArgs),
    /// Edit a point's fields (only what changes is sent), or open it in $EDITOR.
    Edit(EditArgs),
    /// Add a point, after checking that it does not exist already.
    Add(AddArgs),
    /// Hide points (codes as arguments, or `-` to read them from stdin).
    Hide(CodesArgs),
    /// Show hidden points again.
    Unhide(CodesArgs),
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

/// `points list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Filters.
    #[command(flatten)]
    pub filters: Filters,
    /// At most this many points.
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u32).range(1..))]
    pub limit: u32,
    /// Every matching point, page after page.
    #[arg(long, conflicts_with = "limit")]
    pub all: bool,
    /// Columns to show, comma-separated (e.g. code,name_th,province).
    #[arg(long, value_delimiter = ',')]
    pub columns: Option<Vec<String>>,
}

/// A tab of `points show`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShowSection {
    /// ข้อมูล: information.
    Info,
    /// การยกเลิกสำเนา: copy cancellation.
    Copy,
    /// ความพึงพอใจ: satisfaction.
    Satisfaction,
    /// บริการ: the bound citizen manuals.
    Services,
}

/// `points show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The 13-digit code.
    pub code: String,
    /// Only this tab.
    #[arg(long, value_enum)]
    pub section: Option<ShowSection>,
}

/// The editable fields as flags, one for each editable field of the registry
/// (`citizeninfo_api::fields`), in its order.
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

fn field_flags() -> impl Iterator<Item = (&'static Field, &'static str)> {
    fields::editable().filter_map(|f| f.flag.map(|flag| (f, flag)))
}

impl clap::FromArgMatches for FieldArgs {
    fn from_arg_matches(m: &clap::ArgMatches) -> Result<Self, clap::Error> {
        let mut out = FieldArgs::default();
        out.update_from_arg_matches(m)?;
        Ok(out)
    }

    fn update_from_arg_matches(&mut self, m: &clap::ArgMatches) -> Result<(), clap::Error> {
        for (f, _) in field_flags() {
            if let Some(v) = m.get_one::<String>(f.key) {
                self.values.retain(|(x, _)| x.key != f.key);
                self.values.push((f, v.clone()));
            }
        }
        self.force = self.force || m.get_flag("force");
        Ok(())
    }
}

impl clap::Args for FieldArgs {
    fn augment_args(cmd: clap::Command) -> clap::Command {
        let mut cmd = cmd;
        for (f, flag) in field_flags() {
            let value_name = match f.value {
                fields::Value::Key | fields::Value::Code => "CODE".to_owned(),
                _ => flag.to_uppercase().replace('-', "_"),
            };
            let mut arg = clap::Arg::new(f.key)
                .long(flag)
                .value_name(value_name)
                .help(f.help.trim_end_matches('.'))
                .action(clap::ArgAction::Set);
            if f.value == fields::Value::Number {
                arg = arg.allow_negative_numbers(true);
            }
            cmd = cmd.arg(arg);
        }
        cmd.arg(
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

/// `points edit`.
#[derive(Debug, Args)]
pub struct EditArgs {
    /// The 13-digit code.
    pub code: String,
    /// Fields to change.
    #[command(flatten)]
    pub fields: FieldArgs,
    /// Upload a photo (JPEG, PNG, GIF or WebP).
    #[arg(long, value_name = "FILE")]
    pub add_photo: Vec<PathBuf>,
    /// Remove a photo by its id.
    #[arg(long, value_name = "ID")]
    pub remove_photo: Vec<u64>,
    /// Take the values from a point document (an edit kept after a refusal or a
    /// conflict) instead of the editor.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["add_photo", "remove_photo"])]
    pub from: Option<PathBuf>,
    #[command(flatten)]
    pub dry: DryRun,
}

/// `points add`.
#[derive(Debug, Args)]
pub struct AddArgs {
    /// Read the point from a YAML file (flags override its fields).
    #[arg(long, value_name = "FILE")]
    pub from: Option<PathBuf>,
    /// The 13-digit code.
    #[arg(long)]
    pub code: Option<String>,
    /// The agency id it belongs to.
    #[arg(long)]
    pub agency: Option<String>,
    /// Level [default: service_point].
    #[arg(long, value_parser = parse_level())]
    pub level: Option<Level>,
    /// Type (ประเภท).
    #[arg(long = "type", value_name = "TYPE")]
    pub unit_type: Option<String>,
    /// Subtype (ประเภทย่อย).
    #[arg(long)]
    pub subtype: Option<String>,
    /// Category (หมวดหมู่).
    #[arg(long)]
    pub category: Option<String>,
    /// Fields.
    #[command(flatten)]
    pub fields: FieldArgs,
    /// When a hidden point with this code or name exists, show it again instead of asking.
    #[arg(long)]
    pub unhide_existing: bool,
}

/// `manuals`.
#[derive(Debug, Subcommand)]
pub enum ManualsCommand {
    /// The processes bound to a point now, by category.
    List(ManualsListArgs),
    /// Processes a point may bind: its own department's by default.
    Search(ManualsSearchArgs),
    /// One citizen manual: information, hours, duration, steps, documents, fees.
    Show(ManualsShowArgs),
    /// Bind processes to a point, or to every point of --points-from.
    Bind(BindArgs),
    /// Unbind processes from a point, or from every point of --points-from.
    Unbind(BindArgs),
}

/// `manuals list`.
#[derive(Debug, Args)]
pub struct ManualsListArgs {
    /// The point's 13-digit code.
    pub code: String,
}

/// `manuals search`.
#[derive(Debug, Args)]
pub struct ManualsSearchArgs {
    /// The point that would bind them.
    pub code: String,
    /// Processes of this ministry instead of the point's department.
    #[arg(long, conflicts_with_all = ["department", "agency"])]
    pub ministry: Option<String>,
    /// Processes of this department instead of the point's own.
    #[arg(long, conflicts_with = "agency")]
    pub department: Option<String>,
    /// Processes of this agency's department.
    #[arg(long)]
    pub agency: Option<String>,
    /// Category, exactly.
    #[arg(long)]
    pub category: Option<String>,
    /// Text anywhere in the Thai or English name.
    #[arg(long)]
    pub query: Option<String>,
    /// At most this many.
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u32).range(1..))]
    pub limit: u32,
    /// Every match, page after page.
    #[arg(long, conflicts_with = "limit")]
    pub all: bool,
}

/// `manuals show`.
#[derive(Debug, Args)]
pub struct ManualsShowArgs {
    /// The process id, e.g. P00042.
    pub process: String,
}

/// `manuals bind` and `manuals unbind`.
#[derive(Debug, Args)]
pub struct BindArgs {
    /// The point's code, then process ids; with --points-from, only process ids.
    /// `-` reads process ids from stdin, one a line.
    #[arg(required = true, value_name = "CODE PROCESS")]
    pub args: Vec<String>,
    /// A file of point codes, one a line: apply the same change to each.
    #[arg(long, value_name = "FILE")]
    pub points_from: Option<PathBuf>,
    #[command(flatten)]
    pub dry: DryRun,
    #[command(flatten)]
    pub bulk: Bulk,
}

/// `export`.
#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// CSV (RFC 4180) that Excel opens with Thai intact.
    Csv(ExportCsvArgs),
    /// An Excel workbook whose codes and telephones are text cells.
    Xlsx(ExportArgs),
}

/// The options of `export csv`: the sheet's, and the CSV's own.
#[derive(Debug, Args)]
pub struct ExportCsvArgs {
    /// What goes in the sheet.
    #[command(flatten)]
    pub sheet: ExportArgs,
    /// Leave out the UTF-8 byte-order mark (Excel needs it to read Thai).
    #[arg(long)]
    pub no_bom: bool,
    /// Keep cells that start like a formula as they are.
    #[arg(long)]
    pub raw: bool,
}

/// The options of `export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Filters, as `points list` takes them.
    #[command(flatten)]
    pub filters: Filters,
    /// Columns to add to the back office's own, comma-separated (e.g. name_en,hours,telephone).
    #[arg(long, value_delimiter = ',')]
    pub columns: Option<Vec<String>>,
    /// Header language.
    #[arg(long, value_enum, default_value = "th")]
    pub headers: crate::sheet::Headers,
    /// One row per point-process pair instead of one per point.
    #[arg(long)]
    pub bindings: bool,
    /// Write to this file (through a temporary file, renamed when complete).
    #[arg(short = 'O', long = "output-file", value_name = "FILE")]
    pub file: Option<PathBuf>,
}

/// `import`.
#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Read a CSV in the export's shape (UTF-8, UTF-16 or Windows-874; commas,
    /// semicolons or tabs).
    Csv(ImportCsvArgs),
    /// Read an Excel workbook in the export's shape.
    Xlsx(ImportArgs),
}

/// The options of `import csv`.
#[derive(Debug, Args)]
pub struct ImportCsvArgs {
    /// The options of every import.
    #[command(flatten)]
    pub import: ImportArgs,
    /// Read the file in this encoding (without it: a byte-order mark, else UTF-8,
    /// else Windows-874 when it reads as Thai).
    #[arg(long, value_enum, value_name = "ENCODING")]
    pub encoding: Option<crate::sheet::TextEncoding>,
}

/// The options of `import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The file.
    pub file: PathBuf,
    /// Make the changes (without it, only the plan is printed).
    #[arg(long, conflicts_with = "to_manifest")]
    pub apply: bool,
    /// A cell left empty clears that field (otherwise it is left alone).
    #[arg(long)]
    pub empty_clears: bool,
    /// Accept coordinates outside Thailand.
    #[arg(long)]
    pub force: bool,
    /// Write the equivalent YAML manifest to FILE instead.
    #[arg(long, value_name = "FILE")]
    pub to_manifest: Option<PathBuf>,
    #[command(flatten)]
    pub bulk: Bulk,
    /// Refuse a column the tool does not know (without it, such a column, a
    /// remarks column or one without a header, is left out with a note).
    #[arg(long)]
    pub strict: bool,
}

/// The manifests to read.
#[derive(Debug, Args)]
pub struct ManifestFiles {
    /// A manifest file, or a folder of them (.yaml, .yml); repeat for more.
    #[arg(short = 'f', long = "filename", value_name = "PATH", required = true)]
    pub files: Vec<PathBuf>,
    /// Accept coordinates outside Thailand (a point abroad, an embassy say).
    #[arg(long)]
    pub force: bool,
}

/// `diff`.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The manifests.
    #[command(flatten)]
    pub manifests: ManifestFiles,
    /// Only points matching KEY=VALUE (ministry, department, agency, province, type,
    /// subtype, category, level, status); repeat to narrow.
    #[arg(short = 'l', long = "select", value_name = "KEY=VALUE")]
    pub select: Vec<String>,
    /// Exit 3 when changes are pending, 0 when none (for drift checks in CI).
    #[arg(long)]
    pub exit_code: bool,
    /// Show the plan's counts only, not each point's changes.
    #[arg(long)]
    pub summary: bool,
    /// Save the plan, with a fingerprint of the state it was made against, for `apply PLAN`.
    #[arg(long, value_name = "PLAN")]
    pub out: Option<PathBuf>,
}

/// `apply`.
#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("what").required(true).args(["plan", "files"])))]
pub struct ApplyArgs {
    /// A plan saved by `diff --out`: applied exactly, unless the service changed since.
    #[arg(value_name = "PLAN", conflicts_with_all = ["files", "select"])]
    pub plan: Option<PathBuf>,
    /// A manifest file, or a folder of them (.yaml, .yml); repeat for more.
    #[arg(short = 'f', long = "filename", value_name = "PATH")]
    pub files: Vec<PathBuf>,
    /// Accept coordinates outside Thailand (a point abroad, an embassy say).
    #[arg(long)]
    pub force: bool,
    /// Only points matching KEY=VALUE; repeat to narrow.
    #[arg(short = 'l', long = "select", value_name = "KEY=VALUE")]
    pub select: Vec<String>,
    /// Apply without asking.
    #[arg(long, short = 'y')]
    pub yes: bool,
    #[command(flatten)]
    pub bulk: Bulk,
    /// Stop at the first point that fails (the default carries on and reports).
    #[arg(long)]
    pub fail_fast: bool,
    /// Show the plan's counts only, not each point's changes, before applying it.
    #[arg(long)]
    pub summary: bool,
    /// Most processes an `exact` list may unbind from one point without this raised.
    #[arg(long, default_value_t = 50)]
    pub max_unbind: usize,
    /// Go ahead although none of the points exists in the service.
    #[arg(long)]
    pub allow_empty: bool,
}

/// `dump`.
#[derive(Debug, Args)]
pub struct DumpArgs {
    /// Filters, as `points list` takes them.
    #[command(flatten)]
    pub filters: Filters,
    /// Only points matching KEY=VALUE; repeat to narrow.
    #[arg(short = 'l', long = "select", value_name = "KEY=VALUE")]
    pub select: Vec<String>,
    /// Write to this file (through a temporary file, renamed when complete); with
    /// --split-by, the folder to write one file a unit into (created if missing).
    #[arg(short = 'O', long = "output-file", value_name = "PATH")]
    pub file: Option<PathBuf>,
    /// Write one file per ministry, department or agency into the folder -O names,
    /// each named by the unit's id (1401.yaml): the layout a team keeps under
    /// version control, each team owning its files.
    #[arg(long, value_enum, value_name = "UNIT", requires = "file")]
    pub split_by: Option<SplitBy>,
}

/// The unit `dump --split-by` writes a file for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SplitBy {
    /// One file per ministry.
    Ministry,
    /// One file per department.
    Department,
    /// One file per agency.
    Agency,
}

/// Codes for `hide` and `unhide`.
#[derive(Debug, Args)]
pub struct CodesArgs {
    /// 13-digit codes; `-` reads them from stdin, one per line.
    #[arg(required = true)]
    pub codes: Vec<String>,
    #[command(flatten)]
    pub dry: DryRun,
    #[command(flatten)]
    pub bulk: Bulk,
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

/// The documents `citizeninfo schema` describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaOf {
    /// A manifest (`validate`, `diff`, `apply`, `dump`).
    Manifest,
    /// The report of a change (`-o json` of `points edit`, `apply`...).
    Report,
}
