//! Plans what manifests state, as `diff` and `apply -f` need it: the manifests are
//! read on a thread of their own (the one reader, `citizeninfo_manifest::load`) and
//! planned batch by batch as they are read, a bulk read a batch, each batch's
//! points read while the batch before it is planned; `-l` selects a slice.

use std::collections::BTreeMap;

use citizeninfo_api::rules::MAX_PAGE_SIZE;
use citizeninfo_api::{Agency, NewPoint, PointCode, PointQuery, PointSummary, ServicePoint};
use citizeninfo_client::{Client, ClientError};
use citizeninfo_manifest::load::{self, Entry as Stated, Problem};

use super::planner::{Options as PlanOptions, Planner, Problem as PlanProblem};
use super::{Desired, Plan};

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
pub async fn plan(
    client: &Client,
    files: &[std::path::PathBuf],
    force: bool,
    q: Option<PointQuery>,
) -> Result<(Plan, usize), PlanError> {
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
        Ok::<_, PlanError>(run)
    };
    let planned = planned.await;
    drop(coming);
    // Problems in the manifests come first: planning may have stopped because of them.
    reading.await?.map_err(PlanError::Problems)?;
    let mut run = planned?;
    if run.problems.is_empty() {
        Ok((run.plan, run.found))
    } else {
        run.problems.sort();
        Err(PlanError::Problems(run.problems))
    }
}

/// Why manifests could not be planned.
#[derive(Debug, thiserror::Error)]
pub enum PlanError {
    /// What the manifests state breaks rules (or names what does not exist),
    /// each problem at its place; nothing is planned.
    #[error("{} problems in the manifests", .0.len())]
    Problems(Vec<Problem>),
    /// The service refused a read, or could not be reached.
    #[error("{0}")]
    Client(#[from] ClientError),
    /// The thread reading the manifests stopped.
    #[error("reading the manifests stopped: {0}")]
    Reading(#[from] tokio::task::JoinError),
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
    ) -> Result<(), PlanError> {
        let planner = &mut self.planner;
        planner.next_batch(
            ahead,
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
