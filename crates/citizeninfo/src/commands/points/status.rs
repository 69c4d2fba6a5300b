//! `points hide` and `points unhide`: many codes at once, from arguments or stdin,
//! planned and carried out by the one engine: each status is set under the version
//! read, and a point the account may not change stops the command before anything
//! is sent.

use super::super::change::{self, Carry};
use super::super::{Context, input};

use crate::commands::args::{Bulk, DryRun};
use crate::engine::Desired;
use crate::engine::planner::{Options, Planner};
use citizeninfo_api::{PointCode, Status};

/// Codes for `hide` and `unhide`.
#[derive(Debug, clap::Args)]
pub struct Codes {
    /// 13-digit codes; `-` reads them from stdin, one per line.
    #[arg(required = true)]
    pub codes: Vec<String>,
    #[command(flatten)]
    pub dry: DryRun,
    #[command(flatten)]
    pub bulk: Bulk,
}

/// Sets the status of the points named (`points hide`, `points unhide`); exit 9 when some failed and others were done.
pub async fn change(ctx: &Context, args: Codes, status: Status) -> anyhow::Result<u8> {
    let codes: Vec<PointCode> = input::parse_all(input::arguments(&args.codes, 1)?, "code")?;
    let wanted: Vec<Desired> = codes
        .iter()
        .map(|code| {
            let mut d = Desired::new(code.clone());
            d.status = Some(status);
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
        Carry::direct(
            args.dry.dry_run,
            args.bulk.skip_forbidden,
            args.bulk.concurrency,
        ),
    )
    .await
}
