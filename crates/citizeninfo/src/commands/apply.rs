//! `apply`: the service made what manifests (or a saved plan) say, by the one engine.

use std::path::PathBuf;

use super::Context;
use super::change::{self, Carry};
use super::manifests::{refuse_plan, selection};
use crate::commands::args::Bulk;
use crate::engine::plan_file::{self, PlanFile};
use crate::engine::planner::Planner;
use crate::engine::{Plan, manifests};
use crate::exit::{self, Failure};

/// Examples, one invocation a line (shown under "Examples" in `--help`).
pub const EXAMPLES: &str = "citizeninfo apply -f manifests/\n\
         citizeninfo apply -f manifests/ --yes --concurrency 16\n\
         citizeninfo apply plan.json --yes";

/// The arguments of `apply`.
#[derive(Debug, clap::Args)]
#[command(after_long_help = EXAMPLES)]
#[command(group(clap::ArgGroup::new("what").required(true).args(["plan", "files"])))]
pub struct Args {
    /// A plan saved by `diff --out`: applied exactly, unless the service changed since.
    #[arg(value_name = "PLAN", conflicts_with_all = ["files", "select"])]
    pub plan: Option<PathBuf>,
    /// A manifest file, or a folder of them (.yaml, .yml); repeat for more.
    #[arg(short = 'f', long = "filename", value_name = "PATH")]
    pub files: Vec<PathBuf>,
    /// Accept coordinates outside Thailand (a point abroad, an embassy say).
    #[arg(long)]
    pub force: bool,
    /// Only points matching KEY=VALUE; repeat to narrow.
    #[arg(short = 'l', long = "select", value_name = "KEY=VALUE")]
    pub select: Vec<String>,
    /// Apply without asking.
    #[arg(long, short = 'y')]
    pub yes: bool,
    #[command(flatten)]
    pub bulk: Bulk,
    /// Stop at the first point that fails (the default carries on and reports).
    #[arg(long)]
    pub fail_fast: bool,
    /// Show the plan's counts only, not each point's changes, before applying it.
    #[arg(long)]
    pub summary: bool,
    /// Most processes an `exact` list may unbind from one point without this raised.
    #[arg(long, default_value_t = 50)]
    pub max_unbind: usize,
    /// Go ahead although none of the points exists in the service.
    #[arg(long)]
    pub allow_empty: bool,
}

/// Runs `apply`.
pub async fn run(ctx: &Context, a: Args) -> anyhow::Result<u8> {
    let plan = match &a.plan {
        Some(path) => saved_plan(ctx, path).await?,
        None => {
            let q = selection(ctx, &a.select).await?;
            let client = ctx.client()?;
            let (plan, existing) = match manifests::plan(client, &a.files, a.force, q).await {
                Ok(x) => x,
                Err(e) => return refuse_plan(ctx, e),
            };
            // Every point would be new: most likely the wrong service or profile.
            if existing == 0 && !plan.creates.is_empty() && !a.allow_empty {
                return Err(Failure::usage(
                    "none of the points in the manifests exists in the service: this looks like the wrong service or profile",
                    format!("check --url and --profile (now {}); pass --allow-empty if every point really is new", ctx.settings.url),
                )
                .into());
            }
            plan
        }
    };
    if let Some(big) = plan.points.iter().find(|x| x.unbind.len() > a.max_unbind) {
        return Err(Failure::usage(
            format!(
                "the exact process list for {} would unbind {} processes, more than --max-unbind {}: nothing was changed",
                big.code,
                big.unbind.len(),
                a.max_unbind
            ),
            format!("check the list; if it is right, pass --max-unbind {}", big.unbind.len()),
        )
        .into());
    }
    change::carry(
        ctx,
        plan,
        Carry {
            dry_run: false,
            skip_forbidden: a.bulk.skip_forbidden,
            concurrency: usize::from(a.bulk.concurrency),
            fail_fast: a.fail_fast,
            show_plan: true,
            brief: a.summary,
            confirm: Some(a.yes),
            show_records: false,
        },
    )
    .await
}

/// Reads a saved plan and checks that the service is still in the state it was made
/// against; a stale plan is refused, naming what drifted.
async fn saved_plan(ctx: &Context, path: &std::path::Path) -> anyhow::Result<Plan> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure::invalid(format!("{}: {e}", path.display()), ""))?;
    let file: PlanFile = serde_json::from_str(&text).map_err(|e| {
        Failure::invalid(
            format!("{} is not a saved plan: {e}", path.display()),
            "save one with `citizeninfo diff -f MANIFESTS --out PLAN`",
        )
    })?;
    if file.format != plan_file::FORMAT {
        return Err(Failure::invalid(
            format!(
                "{} is a plan of format \"{}\", not {}",
                path.display(),
                file.format,
                plan_file::FORMAT
            ),
            "",
        )
        .into());
    }
    let tampered = file.tampering();
    if !tampered.is_empty() {
        return Err(Failure::invalid(
            format!(
                "the plan {} was changed after it was saved: {}; nothing was changed",
                path.display(),
                tampered.join("; ")
            ),
            "make a new plan with `citizeninfo diff -f MANIFESTS --out PLAN` instead of editing one",
        )
        .into());
    }
    if file.url != ctx.settings.url {
        return Err(Failure::usage(
            format!(
                "the plan was made against {}, not {}",
                file.url, ctx.settings.url
            ),
            "apply it with the profile or --url it was made with",
        )
        .into());
    }
    let client = ctx.client()?;
    let codes = file.codes();
    let now = client.points_by_code(&codes).await?;
    let drifted = plan_file::drift(&file.state, &now);
    if !drifted.is_empty() {
        return Err(Failure::new(
            exit::CONFLICT,
            format!(
                "the plan {} is stale, the service changed since it was made: {}; nothing was changed",
                file.fingerprint,
                drifted.join(", ")
            ),
            "make a new plan with `citizeninfo diff --out`",
        )
        .into());
    }
    // Made perhaps by another account: what this one may not do is forbidden, as
    // for `apply -f`, and refused (or left out) before anything is sent.
    let mut planner = Planner::new(client);
    planner.next_batch(Some((codes, now)), []);
    Ok(planner.recheck(file.plan).await?)
}
