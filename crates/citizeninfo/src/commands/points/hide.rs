//! `points hide`: hide points, many codes at once, from arguments or stdin.

use super::super::Context;
use super::status::{self, Codes};
use citizeninfo_api::Status;

/// Examples, one invocation a line (shown under "Examples" in `--help`).
pub const EXAMPLES: &str = "citizeninfo points hide 1401010000001 1401010000002\n\
         citizeninfo points list --query \"ปิดปรับปรุง\" -o csv --columns code | tail -n +2 | citizeninfo points hide -";

/// The arguments of `points hide`.
#[derive(Debug, clap::Args)]
#[command(after_long_help = EXAMPLES)]
pub struct Args {
    #[command(flatten)]
    pub codes: Codes,
}

/// Runs `points hide`; exit 9 when some failed and others were done.
pub async fn run(ctx: &Context, a: Args) -> anyhow::Result<u8> {
    status::change(ctx, a.codes, Status::Hidden).await
}
