//! `import xlsx`: an Excel workbook in the export's shape read back.

use super::super::Context;
use super::{Options, Source};

/// Examples, one invocation a line (shown under "Examples" in `--help`).
pub const EXAMPLES: &str =
    "citizeninfo import xlsx dopa.xlsx\ncitizeninfo import xlsx dopa.xlsx --apply --skip-forbidden";

/// The arguments of `import xlsx`.
#[derive(Debug, clap::Args)]
#[command(after_long_help = EXAMPLES)]
pub struct Args {
    /// The options of every import.
    #[command(flatten)]
    pub import: Options,
}

/// Runs `import xlsx`.
pub async fn run(ctx: &Context, a: Args) -> anyhow::Result<u8> {
    super::run(ctx, a.import, Source::Xlsx).await
}
