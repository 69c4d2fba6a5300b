//! `schema`: the JSON Schema of manifests (for editors) or of change reports (for
//! scripts), generated from the tool's own definitions.

use clap::ValueEnum;

use super::Context;
use crate::exit;

/// Examples, one invocation a line (shown under "Examples" in `--help`).
pub const EXAMPLES: &str = "citizeninfo schema > manifest.schema.json\ncitizeninfo schema report";

/// The documents `citizeninfo schema` describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaOf {
    /// A manifest (`validate`, `diff`, `apply`, `dump`).
    Manifest,
    /// The report of a change (`-o json` of `points edit`, `apply`...).
    Report,
}
/// The arguments of `schema`.
#[derive(Debug, clap::Args)]
#[command(after_long_help = EXAMPLES)]
pub struct Args {
    /// Which document.
    #[arg(value_enum, default_value = "manifest")]
    pub of: SchemaOf,
}

/// Runs `schema`.
pub fn run(ctx: &Context, a: Args) -> anyhow::Result<u8> {
    let schema = match a.of {
        SchemaOf::Manifest => citizeninfo_manifest::write::json_schema(),
        SchemaOf::Report => crate::engine::report_schema(),
    };
    ctx.printer.text(&schema)?;
    Ok(exit::OK)
}
