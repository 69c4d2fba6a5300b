//! `manuals bind` and `manuals unbind`: one point or many, planned and carried out
//! by the one engine. Every code and process id is checked before anything is
//! written; each point's set is replaced in one request under `If-Match`, and a set
//! someone changed meanwhile is read again so their binding is kept.

use super::super::change::{self, Carry};
use super::super::{Context, input};
use crate::cli::BindArgs;
use crate::engine::planner::{Options, Planner};
use crate::engine::{Bindings, Desired};
use citizeninfo_api::{PointCode, ProcessId};

/// Binding or unbinding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Add the processes to each point's set.
    Bind,
    /// Take them out.
    Unbind,
}

/// Runs `manuals bind` or `manuals unbind`; exit 9 when some points failed.
pub async fn run(ctx: &Context, a: BindArgs, dir: Direction) -> anyhow::Result<u8> {
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
