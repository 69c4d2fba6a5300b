//! `manuals bind` and `manuals unbind`: one point or many, planned and carried out
//! by the one engine. Every code and process id is checked before anything is
//! written; each point's set is replaced in one request under `If-Match`, and a set
//! someone changed meanwhile is read again so their binding is kept.

use std::path::PathBuf;

use super::super::change::{self, Carry};
use super::super::{Context, input};

use crate::commands::args::{Bulk, DryRun};
use crate::engine::planner::{Options, Planner};
use crate::engine::{Bindings, Desired};
use citizeninfo_api::{PointCode, ProcessId};

/// What `manuals bind` and `manuals unbind` take.
#[derive(Debug, clap::Args)]
pub struct Change {
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

/// Examples, one invocation a line (shown under "Examples" in `--help`).
pub const EXAMPLES: &str = "citizeninfo manuals bind 1401010000001 P00001 P00002\n\
         citizeninfo manuals bind --points-from codes.txt P00001 --dry-run";

/// The arguments of `manuals bind`.
#[derive(Debug, clap::Args)]
#[command(after_long_help = EXAMPLES)]
pub struct Args {
    #[command(flatten)]
    pub change: Change,
}

/// Runs `manuals bind`; exit 9 when some points failed.
pub async fn run(ctx: &Context, a: Args) -> anyhow::Result<u8> {
    change(ctx, a.change, Direction::Bind).await
}

/// Binding or unbinding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Add the processes to each point's set.
    Bind,
    /// Take them out.
    Unbind,
}

/// Binds or unbinds; exit 9 when some points failed.
pub async fn change(ctx: &Context, a: Change, dir: Direction) -> anyhow::Result<u8> {
    let (codes, ids): (Vec<PointCode>, Vec<ProcessId>) = match &a.points_from {
        Some(path) => (
            input::parse_all(input::file(path)?, "code")?,
            input::parse_all(input::arguments(&a.args, 1)?, "process id")?,
        ),
        None => {
            let code = super::super::points::code(&a.args[0])?;
            (
                vec![code],
                input::parse_all(input::arguments(&a.args[1..], 2)?, "process id")?,
            )
        }
    };
    let rule = match dir {
        Direction::Bind => Bindings::Include(ids),
        Direction::Unbind => Bindings::Exclude(ids),
    };
    let wanted: Vec<Desired> = codes
        .into_iter()
        .map(|code| {
            let mut d = Desired::new(code);
            d.bindings = Some(rule.clone());
            d
        })
        .collect();
    let planned = Planner::new(ctx.client()?)
        .plan(&wanted, Options::default())
        .await?;
    change::refuse_problems(&planned, &wanted)?;
    change::carry(
        ctx,
        planned.plan,
        Carry::direct(a.dry.dry_run, a.bulk.skip_forbidden, a.bulk.concurrency),
    )
    .await
}
