//! `validate`, `diff`, `apply` and `dump`: one engine behind them. Read the
//! manifests and check them with no network; read the current state in bulk; plan;
//! show the plan; apply exactly that plan with bounded concurrency.

use serde::Serialize;
use std::collections::BTreeMap;
use std::collections::btree_map::Entry;
use std::io::BufWriter;

use super::Context;
use super::change::{self, Carry};
use crate::cli::{ApplyArgs, DiffArgs, DumpArgs, Filters, ManifestFiles, SplitBy};
use crate::commands::points;
use crate::engine::plan_file::{self, PlanFile};
use crate::engine::{Plan, manifests};
use crate::exit::{self, Failure};
use crate::output::sheet::AtomicFile;
use crate::output::{Format, closed_ok};
use citizeninfo_api::PointQuery;
use citizeninfo_api::rules::{MAX_PAGE_SIZE, excerpt};
use citizeninfo_manifest::load::{self, Problem};
use citizeninfo_manifest::write as manifest;

/// A problem as data, for `-o json`.
#[derive(Serialize)]
struct ProblemRow<'a> {
    file: String,
    line: u64,
    column: u64,
    message: &'a str,
}

/// Prints every problem and fails with exit 7.
fn refuse(ctx: &Context, problems: &[Problem]) -> anyhow::Result<u8> {
    let p = &ctx.printer;
    if matches!(p.format, Format::Json | Format::Yaml) {
        let rows: Vec<ProblemRow> = problems
            .iter()
            .map(|x| ProblemRow {
                file: x.place.file.display().to_string(),
                line: x.place.line,
                column: x.place.column,
                message: &x.message,
            })
            .collect();
        p.value(&rows)?;
    } else {
        for x in problems {
            p.line(&x.to_string())?;
        }
    }
    Err(Failure::invalid(
        format!(
            "{} problem{} in the manifests; nothing was sent",
            problems.len(),
            if problems.len() == 1 { "" } else { "s" }
        ),
        "fix each place named above and run again",
    )
    .into())
}

/// The `-l` selection, resolved at the service; none when nothing is selected.
async fn selection(ctx: &Context, select: &[String]) -> anyhow::Result<Option<PointQuery>> {
    if select.is_empty() {
        return Ok(None);
    }
    let filters = selectors(select, Filters::default())?;
    Ok(Some(points::resolve(ctx.client()?, &filters).await?))
}

/// Runs `validate`.
pub fn validate(ctx: &Context, a: ManifestFiles) -> anyhow::Result<u8> {
    // Each point is checked and dropped as it is read, on the reading threads:
    // memory holds a few batches of points, not the files.
    match load::check(&a.files, a.force) {
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

const SELECT_KEYS: [&str; 9] = [
    "ministry",
    "department",
    "agency",
    "province",
    "type",
    "subtype",
    "category",
    "level",
    "status",
];

/// `-l KEY=VALUE` selectors as filters.
fn selectors(list: &[String], base: Filters) -> anyhow::Result<Filters> {
    let mut f = base;
    for s in list {
        let (key, value) = s.split_once('=').ok_or_else(|| {
            Failure::usage(
                format!("-l {} is not KEY=VALUE", excerpt(s)),
                format!(
                    "for example -l department=1401; keys: {}",
                    SELECT_KEYS.join(", ")
                ),
            )
        })?;
        let value = Some(value.trim().to_owned());
        match key.trim() {
            "ministry" => f.ministry = value,
            "department" => f.department = value,
            "agency" => f.agency = value,
            "province" => f.province = value,
            "type" => f.unit_type = value,
            "subtype" => f.subtype = value,
            "category" => f.category = value,
            "level" => {
                f.level = Some(
                    citizeninfo_api::fields::level_of(value.as_deref().unwrap_or_default())
                        .ok_or_else(|| {
                            Failure::usage(
                                format!("-l {}: not a level", excerpt(s)),
                                "head_agency, central_unit or service_point",
                            )
                        })?,
                )
            }
            "status" => {
                f.status = Some(
                    citizeninfo_api::fields::status_of(value.as_deref().unwrap_or_default())
                        .ok_or_else(|| {
                            Failure::usage(
                                format!("-l {}: not a status", excerpt(s)),
                                "shown or hidden",
                            )
                        })?,
                )
            }
            other => {
                return Err(Failure::usage(
                    format!("-l: {} is not a key to select by", excerpt(other)),
                    format!("use one of {}", SELECT_KEYS.join(", ")),
                )
                .into());
            }
        }
    }
    Ok(f)
}

/// Runs `diff`: exit 3 with `--exit-code` when changes are pending.
pub async fn diff(ctx: &Context, a: DiffArgs) -> anyhow::Result<u8> {
    let q = selection(ctx, &a.select).await?;
    let client = ctx.client()?;
    let (plan, _) = match manifests::plan(client, &a.manifests.files, a.manifests.force, q).await? {
        Ok(p) => p,
        Err(problems) => return refuse(ctx, &problems),
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

/// Runs `apply`.
pub async fn apply(ctx: &Context, a: ApplyArgs) -> anyhow::Result<u8> {
    let plan = match &a.plan {
        Some(path) => saved_plan(ctx, path).await?,
        None => {
            let q = selection(ctx, &a.select).await?;
            let client = ctx.client()?;
            let (plan, existing) = match manifests::plan(client, &a.files, a.force, q).await? {
                Ok(x) => x,
                Err(problems) => return refuse(ctx, &problems),
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
    let now = ctx.client()?.points_by_code(&file.codes()).await?;
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
    Ok(file.plan)
}

/// Runs `dump`: the current state, page by page, as `ServicePoints` documents of
/// 1,000 points each, in one file (or standard output) or one file a unit; one
/// page in memory at a time.
pub async fn dump(ctx: &Context, a: DumpArgs) -> anyhow::Result<u8> {
    let client = ctx.client()?;
    let filters = selectors(&a.select, a.filters.clone())?;
    if let (Some(_), Some(path)) = (a.split_by, &a.file) {
        if path.exists() && !path.is_dir() {
            return Err(Failure::usage(
                format!(
                    "-O {} is a file: --split-by writes a folder",
                    path.display()
                ),
                "give a folder, for example -O manifests",
            )
            .into());
        }
        std::fs::create_dir_all(path)
            .map_err(|e| Failure::invalid(format!("-O {}: {e}", path.display()), ""))?;
    }
    let mut q = points::resolve(client, &filters).await?;
    q.limit = Some(MAX_PAGE_SIZE);
    type ToFile = manifest::Writer<BufWriter<AtomicFile>>;
    let open = |path: &std::path::Path| -> std::io::Result<ToFile> {
        Ok(manifest::Writer::new(BufWriter::new(AtomicFile::new(
            path,
        )?)))
    };
    let mut stdout = None;
    let mut file: Option<ToFile> = None;
    let mut units: BTreeMap<String, ToFile> = BTreeMap::new();
    match (&a.file, a.split_by) {
        (Some(path), None) => file = Some(open(path)?),
        (None, _) => stdout = Some(manifest::Writer::new(BufWriter::new(ctx.printer.results()))),
        (Some(_), Some(_)) => {}
    }
    let mut count = 0usize;
    let bar = ctx.printer.progress(None, "reading points");
    let mut pages = client.points_detail_pages(&q);
    while let Some(page) = pages.next_page().await? {
        for p in &page {
            if let Some(w) = &mut stdout {
                if let Err(e) = w.point(p) {
                    // A reader that stopped reading (`| head`) is no failure.
                    bar.finish_and_clear();
                    return closed_ok(Err(e)).map(|()| exit::OK);
                }
            } else if let Some(w) = &mut file {
                w.point(p)?;
            } else if let (Some(by), Some(dir)) = (a.split_by, &a.file) {
                let s = &p.summary;
                let unit = match by {
                    SplitBy::Ministry => &s.ministry_id,
                    SplitBy::Department => &s.department_id,
                    SplitBy::Agency => &s.agency_id,
                };
                let w = match units.entry(unit.clone()) {
                    Entry::Occupied(o) => o.into_mut(),
                    Entry::Vacant(v) => v.insert(open(&dir.join(unit_file(unit)))?),
                };
                w.point(p)?;
            }
        }
        count += page.len();
        bar.set_position(count as u64);
    }
    bar.finish_and_clear();
    let commit = |w: ToFile| -> anyhow::Result<()> {
        let buffered = w.finish()?;
        buffered
            .into_inner()
            .map_err(|e| e.into_error())?
            .commit()?;
        Ok(())
    };
    if let Some(w) = stdout {
        return closed_ok(w.finish().map(drop)).map(|()| exit::OK);
    }
    if let (Some(w), Some(path)) = (file, &a.file) {
        commit(w)?;
        ctx.printer
            .note(&format!("wrote {count} points to {}", path.display()));
    }
    if let (Some(_), Some(dir)) = (a.split_by, &a.file) {
        let files = units.len();
        for w in units.into_values() {
            commit(w)?;
        }
        ctx.printer.note(&format!(
            "wrote {count} points in {files} file{} to {}",
            if files == 1 { "" } else { "s" },
            dir.display()
        ));
    }
    Ok(exit::OK)
}

/// The file of a unit in a split dump: its id, kept to the characters a file name
/// may hold anywhere.
fn unit_file(id: &str) -> String {
    let safe: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{}.yaml", if safe.is_empty() { "_" } else { &safe })
}
