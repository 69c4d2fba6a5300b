//! The options many commands share, declared once and flattened into each verb's
//! `Args`: the back office's filters, the field flags (from the field registry),
//! `--concurrency` with `--skip-forbidden`, and `--dry-run`.

use clap::Args;

use citizeninfo_api::fields::{self, Field};
use citizeninfo_api::{Level, Status};

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
