//! `import csv`: a CSV in the export's shape read back.

use super::super::Context;
use super::{Options, Source};

/// Examples, one invocation a line (shown under "Examples" in `--help`).
pub const EXAMPLES: &str = "citizeninfo import csv dopa.csv\n\
         citizeninfo import csv dopa.csv --apply\n\
         citizeninfo import csv dopa.csv --to-manifest dopa.yaml";

/// The arguments of `import csv`.
#[derive(Debug, clap::Args)]
#[command(after_long_help = EXAMPLES)]
pub struct Args {
    /// The options of every import.
    #[command(flatten)]
    pub import: Options,
    /// Read the file in this encoding (without it: a byte-order mark, else UTF-8,
    /// else Windows-874 when it reads as Thai).
    #[arg(long, value_enum, value_name = "ENCODING")]
    pub encoding: Option<crate::sheet::TextEncoding>,
}

/// Runs `import csv`.
pub async fn run(ctx: &Context, a: Args) -> anyhow::Result<u8> {
    super::run(ctx, a.import, Source::Csv(a.encoding)).await
}
