//! `points add`: does what the manual asks a person to do by hand. First look for
//! the point by code and by a near-identical name under the same parent; a hidden
//! match is shown again instead, a visible one is refused; only a truly new point is
//! created, under an `Idempotency-Key` derived from its content.

use std::path::PathBuf;

use std::path::Path;

use super::super::Context;
use super::super::change::{self, Carry};

use crate::commands::args::{FieldArgs, NewFieldArgs};
use crate::engine::Desired;
use crate::engine::planner::{Options, Planner, Problem};
use crate::exit::{self, Failure};
use citizeninfo_api::fields::{self, Field};
use citizeninfo_api::{NewPoint, Status};
use citizeninfo_manifest::document::{self, Location};
use citizeninfo_manifest::stated::{self, Purpose, Written};

/// Examples, one invocation a line (shown under "Examples" in `--help`).
pub const EXAMPLES: &str = "citizeninfo points add --from new-point.yaml\n\
         citizeninfo points add --from new-point.yaml --name-th \"จุดบริการเคลื่อนที่ 2\" --dry-run";

/// The arguments of `points add`.
#[derive(Debug, clap::Args)]
#[command(after_long_help = EXAMPLES)]
pub struct Args {
    /// Read the point from a YAML file (flags override its fields).
    #[arg(long, value_name = "FILE")]
    pub from: Option<PathBuf>,
    /// The 13-digit code.
    #[arg(long)]
    pub code: Option<String>,
    /// What only a creation states: agency, type, subtype, level, category.
    #[command(flatten)]
    pub new: NewFieldArgs,
    /// Fields.
    #[command(flatten)]
    pub fields: FieldArgs,
    /// When a hidden point with this code or name exists, show it again instead of asking.
    #[arg(long)]
    pub unhide_existing: bool,
}

/// Where a value of a new point was given.
#[derive(Debug, Clone, PartialEq)]
enum Given {
    /// A flag.
    Flag,
    /// A place in the `--from` file.
    File(Location),
}

fn read_file(path: &Path) -> anyhow::Result<Vec<document::Stated>> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure::invalid(format!("--from {}: {e}", path.display()), ""))?;
    document::read(&text).map_err(|problems| {
        let text: Vec<String> = problems
            .iter()
            .map(|p| format!("{}: {}", place(path, &p.at), p.message))
            .collect();
        Failure::invalid(
            text.join("; "),
            "the file holds one point's fields, e.g. code: \"0113030601001\"",
        )
        .into()
    })
}

fn place(path: &Path, at: &Location) -> String {
    format!("{}:{}:{}", path.display(), at.line(), at.column())
}

/// The new point from the file and the flags (flags win), checked before any
/// request through the field registry; every problem is named at once, by its flag
/// or by its place in the file.
fn new_point(a: &Args) -> anyhow::Result<NewPoint> {
    let mut values: Vec<(&'static Field, Option<String>, Given)> = match &a.from {
        Some(p) => read_file(p)?
            .into_iter()
            .map(|(f, v, at)| (f, v, Given::File(at)))
            .collect(),
        None => Vec::new(),
    };
    let mut flag = |f: &'static Field, v: &str| {
        values.retain(|(x, _, _)| x.key != f.key);
        values.push((f, Some(v.to_owned()), Given::Flag));
    };
    if let (Some(v), Some(f)) = (&a.code, fields::field("code")) {
        flag(f, v);
    }
    for (f, v) in a.new.values.iter().chain(&a.fields.values) {
        flag(f, v);
    }
    let (statement, problems) = stated::check(
        &values,
        Purpose::Create,
        a.fields.force,
        Written::Flags,
        &Given::Flag,
        None,
    );
    if !problems.is_empty() {
        let missing = problems.iter().any(|p| p.is_missing());
        let text: Vec<String> = problems
            .iter()
            .map(|p| match (&p.at, &a.from) {
                (Given::File(at), Some(path)) => {
                    format!("{}: {}", place(path, at), p.describe(Written::Keys))
                }
                _ => p.describe(Written::Flags),
            })
            .collect();
        let hint = if missing {
            "give them as flags or in a --from FILE"
        } else {
            ""
        };
        return Err(Failure::invalid(text.join("; "), hint).into());
    }
    statement.new_point().map_err(|errors| {
        let text: Vec<String> = errors
            .iter()
            .map(|e| format!("{} {}", e.field, e.message))
            .collect();
        Failure::invalid(text.join("; "), "").into()
    })
}

/// Runs `points add`.
pub async fn run(ctx: &Context, a: Args) -> anyhow::Result<u8> {
    let new = new_point(&a)?;
    let mut planner = Planner::new(ctx.client()?);
    let mut desired = Desired::new(new.code.clone());
    desired.create = Some(new);
    let wanted = [desired];
    let planned = planner.plan(&wanted, Options { create_only: true }).await?;
    let existing = planned.problems.iter().find_map(|(_, p)| match p {
        Problem::Exists(found) => Some((found.clone(), "this code")),
        Problem::Namesake(found) => Some((found.clone(), "a near-identical name")),
        _ => None,
    });
    change::refuse_problems(&planned, &wanted).or_else(|e| match existing {
        Some(_) => Ok(()),
        None => Err(e),
    })?;
    let p = &ctx.printer;
    let Some((found, how)) = existing else {
        let mut carry = Carry::direct(false, false, 1);
        carry.show_records = true;
        return change::carry(ctx, planned.plan, carry).await;
    };
    if found.status == Status::Shown {
        p.record(&found, &crate::output::records::point_defaults(p.lang))?;
        return Err(Failure::new(
            exit::CONFLICT,
            format!(
                "{} already exists with {how} and is shown: nothing was added",
                found.code
            ),
            format!("edit it instead: `citizeninfo points edit {}`", found.code),
        )
        .into());
    }
    let question = format!(
        "{} ({}) exists with {how} but is hidden. Show it again instead of adding a new point?",
        found.code, found.name_th
    );
    if !(a.unhide_existing || ctx.printer.confirm(&question)?) {
        return Err(Failure::new(
            exit::CONFLICT,
            format!("{} already exists with {how}, hidden: nothing was added", found.code),
            "pass --unhide-existing to show it again, as the manual asks, rather than add a duplicate",
        )
        .into());
    }
    let mut unhide = Desired::new(found.code.clone());
    unhide.status = Some(Status::Shown);
    let unhide = [unhide];
    let planned = planner.plan(&unhide, Options::default()).await?;
    change::refuse_problems(&planned, &unhide)?;
    p.note(&format!(
        "{} was hidden and is shown again; no new point was added",
        found.code
    ));
    let mut carry = Carry::direct(false, false, 1);
    carry.show_records = true;
    change::carry(ctx, planned.plan, carry).await
}
