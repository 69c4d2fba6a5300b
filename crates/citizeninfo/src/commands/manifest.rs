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
use crate::engine::planner::{Options as PlanOptions, Planner, Problem as PlanProblem};
use crate::engine::{Desired, Plan};
use crate::exit::{self, Failure};
use crate::output::sheet::AtomicFile;
use crate::output::{Format, closed_ok};
use citizeninfo_api::rules::{MAX_PAGE_SIZE, excerpt};
use citizeninfo_api::{Agency, NewPoint, PointCode, PointQuery, PointSummary, ServicePoint};
use citizeninfo_manifest::load::{self, Entry as Stated, Problem};
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

fn same(want: &Option<String>, have: &str) -> bool {
    want.as_deref().is_none_or(|w| w == have)
}

/// True when a point as it is matches the selection.
fn selected(q: &PointQuery, p: &PointSummary) -> bool {
    same(&q.ministry, &p.ministry_id)
        && same(&q.department, &p.department_id)
        && same(&q.agency, &p.agency_id)
        && same(&q.province, &p.province)
        && same(&q.unit_type, &p.unit_type)
        && same(&q.subtype, &p.subtype)
        && same(&q.category, &p.category)
        && q.level.is_none_or(|l| l == p.level)
        && q.status.is_none_or(|s| s == p.status)
}

/// True when a point to be created would match the selection.
fn selected_new(q: &PointQuery, n: &NewPoint, agencies: &[Agency]) -> bool {
    let agency = agencies.iter().find(|a| a.id == n.agency_id);
    same(&q.agency, &n.agency_id)
        && same(&q.ministry, agency.map_or("", |a| a.ministry_id.as_str()))
        && same(
            &q.department,
            agency.map_or("", |a| a.department_id.as_str()),
        )
        && same(&q.province, &n.province)
        && same(&q.unit_type, &n.unit_type)
        && same(&q.subtype, &n.subtype)
        && same(&q.category, &n.category)
        && q.level.is_none_or(|l| l == n.level)
}

/// The points named, as they are now.
type Current = BTreeMap<PointCode, ServicePoint>;

/// Reads the manifests, the current state in bulk, and plans; the plan, and how
/// many of the points named exist. The manifests are read on a thread of their
/// own and planned batch by batch as they are read (one bulk read a batch), so
/// reading overlaps the requests and memory holds a few batches of points, not
/// the files: the plan grows with what changes. Problems in the manifests come
/// before any other: the plan is then thrown away.
async fn make_plan(
    ctx: &Context,
    files: &[std::path::PathBuf],
    force: bool,
    select: &[String],
) -> anyhow::Result<Result<(Plan, usize), Vec<Problem>>> {
    let (batches, mut coming) = tokio::sync::mpsc::channel::<Vec<Stated>>(2);
    let paths = files.to_vec();
    let reading = tokio::task::spawn_blocking(move || {
        let mut batch = Vec::with_capacity(MAX_PAGE_SIZE as usize);
        let mut planning = true;
        let loaded = load::each(&paths, force, &mut |e| {
            batch.push(e);
            if batch.len() == MAX_PAGE_SIZE as usize {
                // The planner has stopped (it failed): the rest is only checked.
                planning &= batches.blocking_send(std::mem::take(&mut batch)).is_ok();
            }
        });
        if planning && !batch.is_empty() {
            let _ = batches.blocking_send(batch);
        }
        loaded
    });
    let planned = async {
        let client = ctx.client()?;
        let q = if select.is_empty() {
            None
        } else {
            Some(points::resolve(client, &selectors(select, Filters::default())?).await?)
        };
        let mut run = Batches {
            planner: Planner::new(client),
            q,
            agencies: None,
            deferred: Vec::new(),
            plan: Plan::default(),
            found: 0,
            problems: Vec::new(),
        };
        // Each batch's points are read while the batch before it is planned.
        let mut ahead: Option<(Vec<Stated>, Reading)> = None;
        loop {
            let next = coming.recv().await.map(|batch| {
                let codes: Vec<PointCode> = batch.iter().map(|e| e.desired.code.clone()).collect();
                let client = client.clone();
                let read = tokio::spawn(async move {
                    let found = client.points_by_code(&codes).await;
                    found.map(|found| (codes, found))
                });
                (batch, read)
            });
            if let Some((batch, read)) = ahead.take() {
                run.plan(batch, Some(read.await??), true).await?;
            }
            match next {
                Some(next) => ahead = Some(next),
                None => break,
            }
        }
        // Points placed under a parent stated later with what creates it: planned
        // again, now that every point to create is known.
        for batch in std::mem::take(&mut run.deferred).chunks(MAX_PAGE_SIZE as usize) {
            run.plan(batch.to_vec(), None, false).await?;
        }
        anyhow::Ok(run)
    };
    let planned = planned.await;
    drop(coming);
    match reading.await? {
        Err(problems) => Ok(Err(problems)),
        Ok(_) => {
            let mut run = planned?;
            if run.problems.is_empty() {
                Ok(Ok((run.plan, run.found)))
            } else {
                run.problems.sort();
                Ok(Err(run.problems))
            }
        }
    }
}

/// A batch's points being read: the codes asked for, and those found.
type Reading = tokio::task::JoinHandle<citizeninfo_client::ClientResult<(Vec<PointCode>, Current)>>;

/// A run planned batch by batch, and what it has come to so far.
struct Batches<'a> {
    planner: Planner<'a>,
    /// The `-l` selection.
    q: Option<PointQuery>,
    agencies: Option<Vec<Agency>>,
    /// Points whose parent was neither found nor stated yet, to plan at the end.
    deferred: Vec<Stated>,
    plan: Plan,
    /// How many of the points stated exist.
    found: usize,
    problems: Vec<Problem>,
}

impl Batches<'_> {
    /// Plans one batch, with what was read of it ahead (the codes asked for and
    /// the points found) and one bulk read of the rest; `defer` puts off the
    /// points whose parent may still be stated in a later batch.
    async fn plan(
        &mut self,
        batch: Vec<Stated>,
        ahead: Option<(Vec<PointCode>, Current)>,
        defer: bool,
    ) -> anyhow::Result<()> {
        let planner = &mut self.planner;
        planner.forget_points();
        if let Some((asked, found)) = ahead {
            planner.found(asked, found);
        }
        planner.created_elsewhere(
            batch
                .iter()
                .filter(|e| e.desired.create.is_some())
                .map(|e| e.desired.code.clone()),
        );
        let codes: Vec<PointCode> = batch.iter().map(|e| e.desired.code.clone()).collect();
        planner.read(&codes).await?;
        if defer {
            self.found += codes
                .iter()
                .filter(|c| planner.current(c).is_some())
                .count();
        }
        let q = &self.q;
        let creating_selected = q
            .as_ref()
            .is_some_and(|q| q.ministry.is_some() || q.department.is_some())
            && batch
                .iter()
                .any(|e| e.desired.create.is_some() && planner.current(&e.desired.code).is_none());
        if creating_selected && self.agencies.is_none() {
            self.agencies = Some(planner.agencies().await?.to_vec());
        }
        let agencies = self.agencies.as_deref().unwrap_or_default();
        let chosen: Vec<Stated> = batch
            .into_iter()
            .filter(
                |e| match (q, planner.current(&e.desired.code), &e.desired.create) {
                    (None, _, _) => true,
                    (Some(q), Some(now), _) => selected(q, &now.summary),
                    (Some(q), None, Some(new)) => selected_new(q, new, agencies),
                    (Some(_), None, None) => true,
                },
            )
            .collect();
        let wanted: Vec<Desired> = chosen.iter().map(|e| e.desired.clone()).collect();
        let planned = planner.plan(&wanted, PlanOptions::default()).await?;
        drop(wanted);
        for (i, problem) in planned.problems {
            let e = &chosen[i];
            let message = match &problem {
                PlanProblem::NoParent(_) if defer => {
                    self.deferred.push(e.clone());
                    continue;
                }
                PlanProblem::NotFound => format!(
                    "no service point has the code {}; to create it, state {}",
                    e.desired.code,
                    citizeninfo_api::fields::REQUIRED_TO_CREATE
                        .iter()
                        .filter(|k| **k != "code")
                        .copied()
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                PlanProblem::Namesake(found) => format!(
                    "{} is to be created, but {}; state that point's code instead of creating a duplicate",
                    e.desired.code,
                    problem.describe(&found.code)
                ),
                other => other.describe(&e.desired.code),
            };
            self.problems.push(Problem {
                place: e.place.clone(),
                message,
            });
        }
        self.plan.absorb(planned.plan);
        Ok(())
    }
}

/// A plan saved by `diff --out`, with the state it was made against.
#[derive(Serialize, serde::Deserialize)]
struct PlanFile {
    /// Always `citizeninfo-plan/v1`.
    format: String,
    /// The service it was made against.
    url: String,
    /// A digest of `state`, to tell plans apart at a glance.
    fingerprint: String,
    /// Each planned point's versions then (0, 0 for a point to create, which did not exist).
    state: Vec<(PointCode, u64, u64)>,
    /// The plan.
    plan: Plan,
}

const PLAN_FORMAT: &str = "citizeninfo-plan/v1";

fn state_of(plan: &Plan) -> Vec<(PointCode, u64, u64)> {
    let mut state: Vec<(PointCode, u64, u64)> = plan
        .points
        .iter()
        .map(|p| (p.code.clone(), p.version, p.bindings_version))
        .chain(plan.creates.iter().map(|n| (n.point.code.clone(), 0, 0)))
        .collect();
    state.sort();
    state
}

fn fingerprint(state: &[(PointCode, u64, u64)]) -> String {
    use sha2::{Digest, Sha256};
    let text: String = state
        .iter()
        .map(|(c, v, b)| format!("{c}:{v}:{b}\n"))
        .collect();
    Sha256::digest(text.as_bytes())
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The points whose state differs from what the plan was made against.
fn drift(saved: &[(PointCode, u64, u64)], now: &Current) -> Vec<String> {
    saved
        .iter()
        .filter_map(
            |(code, version, bindings)| match (now.get(code), *version) {
                (None, 0) => None,
                (Some(_), 0) => Some(format!("{code} now exists")),
                (None, _) => Some(format!("{code} no longer exists")),
                (Some(p), _) if p.summary.version != *version => Some(format!(
                    "{code} was edited (version {version} → {})",
                    p.summary.version
                )),
                (Some(p), _) if p.bindings_version != *bindings => {
                    Some(format!("{code}'s processes were changed"))
                }
                _ => None,
            },
        )
        .collect()
}

/// Runs `diff`: exit 3 with `--exit-code` when changes are pending.
pub async fn diff(ctx: &Context, a: DiffArgs) -> anyhow::Result<u8> {
    let (plan, _) = match make_plan(ctx, &a.manifests.files, a.manifests.force, &a.select).await? {
        Ok(p) => p,
        Err(problems) => return refuse(ctx, &problems),
    };
    closed_ok(ctx.printer.plan(&plan, true, a.summary))?;
    if let Some(path) = &a.out {
        let state = state_of(&plan);
        let file = PlanFile {
            format: PLAN_FORMAT.to_owned(),
            url: ctx.settings.url.clone(),
            fingerprint: fingerprint(&state),
            state,
            plan: plan.clone(),
        };
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
            let (plan, existing) = match make_plan(ctx, &a.files, a.force, &a.select).await? {
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
            skip_forbidden: a.skip_forbidden,
            concurrency: usize::from(a.concurrency),
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
    if file.format != PLAN_FORMAT {
        return Err(Failure::invalid(
            format!(
                "{} is a plan of format \"{}\", not {PLAN_FORMAT}",
                path.display(),
                file.format
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
    let codes: Vec<PointCode> = file.state.iter().map(|(c, _, _)| c.clone()).collect();
    let now = ctx.client()?.points_by_code(&codes).await?;
    let drifted = drift(&file.state, &now);
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
