//! `points unhide`: show hidden points again, many codes at once, from arguments or stdin.

use super::super::Context;
use super::status::{self, Codes};
use citizeninfo_api::Status;

/// Examples, one invocation a line (shown under "Examples" in `--help`).
pub const EXAMPLES: &str =
    "citizeninfo points unhide 1401010000001\ncitizeninfo points unhide - < codes.txt";

/// The arguments of `points unhide`.
#[derive(Debug, clap::Args)]
#[command(after_long_help = EXAMPLES)]
pub struct Args {
    #[command(flatten)]
    pub codes: Codes,
}

/// Runs `points unhide`; exit 9 when some failed and others were done.
pub async fn run(ctx: &Context, a: Args) -> anyhow::Result<u8> {
    status::change(ctx, a.codes, Status::Shown).await
}
