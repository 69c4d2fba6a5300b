//! `export csv`: the structure list as CSV that Excel opens with Thai intact.

use super::super::Context;
use super::{CsvForm, Sheet, Spreadsheet};

/// Examples, one invocation a line (shown under "Examples" in `--help`).
pub const EXAMPLES: &str = "citizeninfo export csv --department 1401 -O dopa.csv\n\
         citizeninfo export csv --province นนทบุรี --columns name_en,hours,telephone -O nonthaburi.csv";

/// The arguments of `export csv`: the sheet's, and the CSV's own.
#[derive(Debug, clap::Args)]
#[command(after_long_help = EXAMPLES)]
pub struct Args {
    /// What goes in the sheet.
    #[command(flatten)]
    pub sheet: Sheet,
    /// Leave out the UTF-8 byte-order mark (Excel needs it to read Thai).
    #[arg(long)]
    pub no_bom: bool,
    /// Keep cells that start like a formula as they are.
    #[arg(long)]
    pub raw: bool,
}

/// Runs `export csv`.
pub async fn run(ctx: &Context, a: Args) -> anyhow::Result<u8> {
    let form = CsvForm {
        bom: !a.no_bom,
        raw: a.raw,
    };
    super::run(ctx, a.sheet, Spreadsheet::Csv, form).await
}
