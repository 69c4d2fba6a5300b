//! `export xlsx`: the structure list as an Excel workbook.

use super::super::Context;
use super::{CsvForm, Sheet, Spreadsheet};

/// Examples, one invocation a line (shown under "Examples" in `--help`).
pub const EXAMPLES: &str = "citizeninfo export xlsx --department 1401 -O dopa.xlsx\n\
         citizeninfo export xlsx --bindings -O bindings.xlsx";

/// The arguments of `export xlsx`.
#[derive(Debug, clap::Args)]
#[command(after_long_help = EXAMPLES)]
pub struct Args {
    /// What goes in the sheet.
    #[command(flatten)]
    pub sheet: Sheet,
}

/// Runs `export xlsx`.
pub async fn run(ctx: &Context, a: Args) -> anyhow::Result<u8> {
    super::run(ctx, a.sheet, Spreadsheet::Xlsx, CsvForm::default()).await
}
