//! `validate`: manifests checked with no network, every problem at its place.

use super::Context;
use super::manifests::{ManifestFiles, ProblemRow, refuse};
use crate::exit;
use crate::output::Format;
use citizeninfo_manifest::load;

/// Examples, one invocation a line (shown under "Examples" in `--help`).
pub const EXAMPLES: &str =
    "citizeninfo validate -f manifests/\ncitizeninfo validate -f dopa.yaml -f dla.yaml";

/// The arguments of `validate`.
#[derive(Debug, clap::Args)]
#[command(after_long_help = EXAMPLES)]
pub struct Args {
    /// The manifests.
    #[command(flatten)]
    pub manifests: ManifestFiles,
}

/// Runs `validate`.
pub fn run(ctx: &Context, a: Args) -> anyhow::Result<u8> {
    // Each point is checked and dropped as it is read, on the reading threads:
    // memory holds a few batches of points, not the files.
    match load::check(&a.manifests.files, a.manifests.force) {
        Err(problems) => refuse(ctx, &problems),
        Ok(count) => {
            ctx.printer
                .note(&format!("{count} points stated; the manifests are valid"));
            if matches!(ctx.printer.format, Format::Json | Format::Yaml) {
                ctx.printer.value(&Vec::<ProblemRow>::new())?;
            }
            Ok(exit::OK)
        }
    }
}
