//! `diff`: what applying manifests would change, planned by the one engine.

use std::path::PathBuf;

use super::Context;
use super::manifests::{ManifestFiles, refuse_plan, selection};
use crate::engine::manifests;
use crate::engine::plan_file::PlanFile;
use crate::exit;
use crate::output::closed_ok;

/// Examples, one invocation a line (shown under "Examples" in `--help`).
pub const EXAMPLES: &str = "citizeninfo diff -f manifests/\n\
         citizeninfo diff -f manifests/ --exit-code\n\
         citizeninfo diff -f manifests/ --out plan.json && citizeninfo apply plan.json";

/// The arguments of `diff`.
#[derive(Debug, clap::Args)]
#[command(after_long_help = EXAMPLES)]
pub struct Args {
    /// The manifests.
    #[command(flatten)]
    pub manifests: ManifestFiles,
    /// Only points matching KEY=VALUE (ministry, department, agency, province, type,
    /// subtype, category, level, status); repeat to narrow.
    #[arg(short = 'l', long = "select", value_name = "KEY=VALUE")]
    pub select: Vec<String>,
    /// Exit 3 when changes are pending, 0 when none (for drift checks in CI).
    #[arg(long)]
    pub exit_code: bool,
    /// Show the plan's counts only, not each point's changes.
    #[arg(long)]
    pub summary: bool,
    /// Save the plan, with a fingerprint of the state it was made against, for `apply PLAN`.
    #[arg(long, value_name = "PLAN")]
    pub out: Option<PathBuf>,
}

/// Runs `diff`: exit 3 with `--exit-code` when changes are pending.
pub async fn run(ctx: &Context, a: Args) -> anyhow::Result<u8> {
    let q = selection(ctx, &a.select).await?;
    let client = ctx.client()?;
    let (plan, _) = match manifests::plan(client, &a.manifests.files, a.manifests.force, q).await {
        Ok(p) => p,
        Err(e) => return refuse_plan(ctx, e),
    };
    closed_ok(ctx.printer.plan(&plan, true, a.summary))?;
    if let Some(path) = &a.out {
        let file = PlanFile::new(plan.clone(), &ctx.settings.url);
        crate::output::write_file(path, &serde_json::to_vec_pretty(&file)?)?;
        ctx.printer.note(&format!(
            "saved the plan (fingerprint {}) to {}",
            file.fingerprint,
            path.display()
        ));
    }
    Ok(if a.exit_code && !plan.is_empty() {
        exit::CHANGES_PENDING
    } else {
        exit::OK
    })
}
