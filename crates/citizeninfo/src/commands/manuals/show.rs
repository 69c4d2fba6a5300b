//! `manuals show`: one citizen manual.

use super::super::Context;
use super::{Manual, process_id};

/// Examples, one invocation a line (shown under "Examples" in `--help`).
pub const EXAMPLES: &str = "citizeninfo manuals show P00001";

/// The arguments of `manuals show`.
#[derive(Debug, clap::Args)]
#[command(after_long_help = EXAMPLES)]
pub struct Args {
    /// The process id, e.g. P00042.
    pub process: String,
}

/// Runs `manuals show`.
pub async fn run(ctx: &Context, a: Args) -> anyhow::Result<()> {
    let id = process_id("the argument", &a.process)?;
    let process = ctx.client()?.process(&id).await?;
    ctx.printer.show(&Manual(process))
}
