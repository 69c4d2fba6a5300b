//! `manuals unbind`: processes taken out of one point's set or many.

use super::super::Context;
use super::bind::{Change, Direction, change};

/// Examples, one invocation a line (shown under "Examples" in `--help`).
pub const EXAMPLES: &str = "citizeninfo manuals unbind 1401010000001 P00002\n\
         citizeninfo manuals unbind --points-from codes.txt P00002";

/// The arguments of `manuals unbind`.
#[derive(Debug, clap::Args)]
#[command(after_long_help = EXAMPLES)]
pub struct Args {
    #[command(flatten)]
    pub change: Change,
}

/// Runs `manuals unbind`; exit 9 when some points failed.
pub async fn run(ctx: &Context, a: Args) -> anyhow::Result<u8> {
    change(ctx, a.change, Direction::Unbind).await
}
