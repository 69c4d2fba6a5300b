//! `manuals list`: the processes bound to a point now, by category.

use super::super::Context;
use super::Bound;
use crate::commands::points;

/// Examples, one invocation a line (shown under "Examples" in `--help`).
pub const EXAMPLES: &str =
    "citizeninfo manuals list 1401010000001\ncitizeninfo manuals list 1401010000001 -o json";

/// The arguments of `manuals list`.
#[derive(Debug, clap::Args)]
#[command(after_long_help = EXAMPLES)]
pub struct Args {
    /// The point's 13-digit code.
    pub code: String,
}

/// Runs `manuals list`.
pub async fn run(ctx: &Context, a: Args) -> anyhow::Result<()> {
    let code = points::code(&a.code)?;
    let (set, _) = ctx.client()?.bound(&code).await?;
    ctx.printer.show(&Bound { code, set })
}
