//! Execution: makes exactly the changes of a plan, in dependency levels, with at
//! most `concurrency` requests at once in each level (fewer while the service
//! answers `429`: the client halves its window and grows it back slowly):
//! 1. creations, a parent before its children whatever their order in the files,
//!    each with its status and processes in the one request that makes it;
//! 2. each existing point: its fields, status and bound set in one request under
//!    the planned versions (`If-Match`, and the set's version), so a run stopped at
//!    any moment never leaves a point half changed; a bound set alone goes under
//!    its own version; then photos.
//!
//! A point whose earlier step failed takes no later step; its outcome says what was
//! done and what failed.

use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

use tokio::sync::Semaphore;
use tokio::task::JoinSet;

use citizeninfo_api::{
    PointCode, PointPatch, PointSummary, ProcessSetAt, ServicePoint, bindings_etag, point_etag,
};
use citizeninfo_client::{Client, ClientError};

use super::diff::minimal_patch;
use super::{Action, Cause, Outcome, Plan, PlannedCreate, PlannedPoint, Verdict, creation_key};

/// How to run.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Most requests at once.
    pub concurrency: usize,
    /// Stop starting new points after the first that does not apply.
    pub fail_fast: bool,
    /// Set (by Ctrl-C) to start no new point; those in flight finish.
    pub interrupt: Interrupt,
}

/// A request to start no new work: what is in flight finishes, the rest is
/// reported as not tried.
#[derive(Debug, Clone, Default)]
pub struct Interrupt(Arc<AtomicBool>);

impl Interrupt {
    /// Asks the run to stop starting new points.
    pub fn raise(&self) {
        self.0.store(true, Ordering::SeqCst);
    }

    /// True once asked to stop.
    pub fn raised(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}

/// Where one point has got to.
#[derive(Debug, Default)]
struct Progress {
    /// What was done, in words for the outcome.
    done: Vec<&'static str>,
    /// The failure that stopped it, if any.
    error: Option<Stop>,
    /// Photo ids uploaded and removed.
    photos_added: Vec<u64>,
    photos_removed: Vec<u64>,
    /// The point as the service last answered.
    point: Option<PointSummary>,
}

/// Why a point stopped.
#[derive(Debug)]
enum Stop {
    /// The service refused or could not be reached.
    Client(ClientError),
    /// It was not tried.
    Skipped(String),
}

impl Progress {
    fn ok(&self) -> bool {
        self.error.is_none()
    }

    /// The service refused the credentials: no later point can do better.
    fn unauthorized(&self) -> bool {
        matches!(&self.error, Some(Stop::Client(e)) if e.is_unauthorized())
    }
}

/// Why no further point is started.
#[derive(Debug, Clone, Copy)]
enum Halt {
    /// A point failed and `--fail-fast` was given.
    FailFast,
    /// The service refused the token: every later request would be refused too.
    SessionEnded,
    /// The person pressed Ctrl-C.
    Interrupted,
}

impl Halt {
    fn why(self) -> &'static str {
        match self {
            Halt::FailFast => "not tried: an earlier point failed (--fail-fast)",
            Halt::SessionEnded => "not tried: the service refused the token (the session ended)",
            Halt::Interrupted => "not tried: the run was interrupted (Ctrl-C)",
        }
    }
}

/// The work of one point in one level.
enum Work {
    Create(PlannedCreate),
    Change(PlannedPoint),
}

impl Work {
    fn code(&self) -> &PointCode {
        match self {
            Work::Create(c) => &c.point.code,
            Work::Change(p) => &p.code,
        }
    }
}

/// Makes the plan's changes; one outcome per point planned to change or be
/// created, in code order. `tick` is called as each step finishes.
pub async fn execute(
    client: &Client,
    plan: &Plan,
    options: Options,
    tick: &(dyn Fn() + Sync),
) -> Vec<Outcome> {
    let mut progress: BTreeMap<PointCode, Progress> = BTreeMap::new();
    let stop: Arc<OnceLock<Halt>> = Arc::new(OnceLock::new());
    // The client sends fewer at once while the service says it is too busy.
    client.limit_concurrency(options.concurrency);

    // 1. Creations, level by level: a point's level is one more than its parent's
    // when the parent is created by the same plan.
    let creating: HashMap<&PointCode, &PlannedCreate> =
        plan.creates.iter().map(|c| (&c.point.code, c)).collect();
    let depth = |c: &PlannedCreate| {
        let mut d = 0usize;
        let mut parent = c.point.parent_code.as_ref();
        while let Some(p) = parent.and_then(|p| creating.get(p)) {
            d += 1;
            if d > creating.len() {
                break;
            }
            parent = p.point.parent_code.as_ref();
        }
        d
    };
    let mut levels: BTreeMap<usize, Vec<&PlannedCreate>> = BTreeMap::new();
    for c in &plan.creates {
        levels.entry(depth(c)).or_default().push(c);
    }
    for (_, level) in levels {
        let mut work = Vec::new();
        for c in level {
            let parent_failed = c
                .point
                .parent_code
                .as_ref()
                .filter(|p| creating.contains_key(p))
                .filter(|p| progress.get(*p).is_none_or(|x| !x.ok()));
            match parent_failed {
                Some(parent) => {
                    progress.insert(
                        c.point.code.clone(),
                        Progress {
                            error: Some(Stop::Skipped(format!(
                                "its parent {parent} was not created"
                            ))),
                            ..Progress::default()
                        },
                    );
                    // A step not taken is a step done, for the progress bar.
                    tick();
                }
                None => work.push(Work::Create(c.clone())),
            }
        }
        run_level(client, work, &options, &stop, &mut progress, tick).await;
    }

    // 2. Each existing point, in one request where it can; each point's work made
    // as it is started, so the first requests do not wait for the last.
    let work = plan
        .points
        .iter()
        .filter(|p| p.changes_record() || p.new_set.is_some())
        .map(|p| Work::Change(p.clone()));
    run_level(client, work, &options, &stop, &mut progress, tick).await;

    let mut outcomes: Vec<Outcome> = Vec::new();
    for c in &plan.creates {
        outcomes.push({
            let mut o = Outcome::bare(c.point.code.clone(), Action::Create, Verdict::Applied);
            if c.point.status == citizeninfo_api::Status::Hidden {
                o.status = Some(super::StatusPlan {
                    from: citizeninfo_api::Status::Shown,
                    to: citizeninfo_api::Status::Hidden,
                });
            }
            o.bind = c.point.process_ids.clone();
            finish(o, progress.remove(&c.point.code).unwrap_or_default())
        });
    }
    for p in &plan.points {
        outcomes.push({
            let mut o = Outcome::bare(p.code.clone(), Action::Update, Verdict::Applied);
            o.changes = p.changes.clone();
            o.status = p.status.clone();
            o.bind = p.bind.clone();
            o.unbind = p.unbind.clone();
            finish(o, progress.remove(&p.code).unwrap_or_default())
        });
    }
    outcomes.sort_by(|a, b| a.code.cmp(&b.code));
    outcomes
}

/// Runs one level's work with bounded concurrency, recording each point's progress.
async fn run_level(
    client: &Client,
    work: impl IntoIterator<Item = Work>,
    options: &Options,
    stop: &Arc<OnceLock<Halt>>,
    progress: &mut BTreeMap<PointCode, Progress>,
    tick: &(dyn Fn() + Sync),
) {
    let limit = Arc::new(Semaphore::new(options.concurrency.max(1)));
    let mut tasks = JoinSet::new();
    let mut ids = HashMap::new();
    for w in work {
        let code = w.code().clone();
        let state = progress.remove(&code).unwrap_or_default();
        let (client, limit, stop) = (client.clone(), limit.clone(), stop.clone());
        let fail_fast = options.fail_fast;
        let interrupt = options.interrupt.clone();
        let handle = tasks.spawn(async move {
            let _permit = limit.acquire_owned().await;
            let mut state = state;
            if interrupt.raised() {
                let _ = stop.set(Halt::Interrupted);
            }
            if let Some(halt) = stop.get() {
                state.error = Some(Stop::Skipped(halt.why().to_owned()));
            } else {
                step(&client, &w, &mut state).await;
                if state.unauthorized() {
                    let _ = stop.set(Halt::SessionEnded);
                } else if fail_fast && !state.ok() {
                    let _ = stop.set(Halt::FailFast);
                }
            }
            (w.code().clone(), state)
        });
        ids.insert(handle.id(), code);
    }
    while let Some(joined) = tasks.join_next_with_id().await {
        match joined {
            Ok((_, (code, state))) => {
                progress.insert(code, state);
            }
            Err(e) => {
                if let Some(code) = ids.get(&e.id()) {
                    progress.insert(
                        code.clone(),
                        Progress {
                            error: Some(Stop::Skipped(format!("the step stopped: {e}"))),
                            ..Progress::default()
                        },
                    );
                }
            }
        }
        tick();
    }
}

/// One point's work in one level.
async fn step(client: &Client, work: &Work, state: &mut Progress) {
    let result: Result<(), ClientError> = match work {
        Work::Create(c) => create(client, c, state).await,
        Work::Change(p) => change(client, p, state).await,
    };
    if let Err(e) = result {
        state.error = Some(Stop::Client(e));
    }
}

async fn create(
    client: &Client,
    c: &PlannedCreate,
    state: &mut Progress,
) -> Result<(), ClientError> {
    let created = client
        .create_point(&c.point, &creation_key(&c.point))
        .await?;
    state.point = Some(created.summary);
    state.done.push("it was created");
    Ok(())
}

async fn change(
    client: &Client,
    p: &PlannedPoint,
    state: &mut Progress,
) -> Result<(), ClientError> {
    if !p.patch.is_empty() || p.status.is_some() {
        state.point = Some(record(client, p).await?);
        if !p.patch.is_empty() {
            state.done.push("its fields were saved");
        }
        if p.status.is_some() {
            state.done.push("its status was set");
        }
        if p.new_set.is_some() {
            state.done.push("its processes were set");
        }
    } else if p.new_set.is_some() {
        bound_set(client, p).await?;
        state.done.push("its processes were set");
    }
    for photo in &p.add_photos {
        let added = client
            .upload_photo(&p.code, &photo.name, photo.bytes.clone())
            .await?;
        state.photos_added.push(added.id);
        state.done.push("a photo was added");
    }
    for id in &p.remove_photos {
        client.remove_photo(&p.code, *id).await?;
        state.photos_removed.push(*id);
        state.done.push("a photo was removed");
    }
    Ok(())
}

/// A point's fields, status and bound set in one request, under the version it was
/// planned from and the version of the set. When that meets `412`, the point is
/// read again: if it already is what was sent, our own first try landed and its
/// answer was lost; if only the set moved on and the rule leaves unnamed processes
/// alone, the set is planned once more on the fresh one and sent again; otherwise
/// it is a colleague's edit, left alone. Answers the point's list fields as the
/// service left them.
async fn record(client: &Client, p: &PlannedPoint) -> Result<PointSummary, ClientError> {
    let etag = point_etag(p.version);
    let mut patch = PointPatch {
        status: p.status.as_ref().map(|s| s.to),
        processes: p.new_set.clone().map(|process_ids| ProcessSetAt {
            process_ids,
            version: p.bindings_version,
        }),
        ..p.patch.clone()
    };
    let mut rebased = false;
    loop {
        let e = match client.edit_point(&p.code, &etag, &patch).await {
            Err(e) if precondition_failed(&e) => e,
            other => return other.map(|(point, _)| point),
        };
        let (fresh, _) = client.point(&p.code).await?;
        if is_as_sent(&fresh, &patch) {
            return Ok(fresh.summary);
        }
        let set_moved = patch
            .processes
            .as_ref()
            .is_some_and(|s| s.version != fresh.bindings_version);
        match &p.rebase {
            Some(rule) if set_moved && !rebased && fresh.summary.version == p.version => {
                rebased = true;
                let bound = fresh.process_ids.clone().unwrap_or_default();
                let (set, bind, unbind) = rule.apply(&bound);
                patch.processes =
                    (!bind.is_empty() || !unbind.is_empty()).then_some(ProcessSetAt {
                        process_ids: set,
                        version: fresh.bindings_version,
                    });
            }
            _ => return Err(e),
        }
    }
}

/// True when the point already is what `patch` sets: its fields, status and set.
fn is_as_sent(point: &ServicePoint, patch: &PointPatch) -> bool {
    let fields = PointPatch {
        status: None,
        processes: None,
        ..patch.clone()
    };
    minimal_patch(point, &fields, &[]).0.is_empty()
        && patch.status.is_none_or(|s| s == point.summary.status)
        && patch.processes.as_ref().is_none_or(|s| {
            same_set(
                point.process_ids.as_deref().unwrap_or_default(),
                &s.process_ids,
            )
        })
}

/// True when two lists of processes hold the same ids, whatever their order.
fn same_set(a: &[citizeninfo_api::ProcessId], b: &[citizeninfo_api::ProcessId]) -> bool {
    let mut a = a.to_vec();
    let mut b = b.to_vec();
    a.sort();
    b.sort();
    a.dedup();
    b.dedup();
    a == b
}

/// Replaces a point's bound set under the version it was planned from. When the set
/// changed meanwhile and the rule leaves unnamed processes alone (bind, unbind,
/// `include:`), it is planned once more on the fresh set, so a colleague's binding
/// is kept; an `exact:` list is a conflict.
async fn bound_set(client: &Client, p: &PlannedPoint) -> Result<(), ClientError> {
    let Some(set) = &p.new_set else {
        return Ok(());
    };
    match client
        .replace_bound(&p.code, &bindings_etag(p.bindings_version), set)
        .await
    {
        Err(e) if e.code() == Some("precondition_failed") && p.rebase.is_some() => {
            let Some(rule) = &p.rebase else {
                return Err(e);
            };
            let (fresh, _) = client.point(&p.code).await?;
            let bound = fresh.process_ids.unwrap_or_default();
            let (set, bind, unbind) = rule.apply(&bound);
            if bind.is_empty() && unbind.is_empty() {
                return Ok(());
            }
            client
                .replace_bound(&p.code, &bindings_etag(fresh.bindings_version), &set)
                .await
                .map(|_| ())
        }
        other => already_bound(client, &p.code, set, other.map(|_| ())).await,
    }
}

/// True for the service's answer to a write whose `If-Match` version is gone.
fn precondition_failed(e: &ClientError) -> bool {
    e.code() == Some("precondition_failed")
}

/// A bound set sent under a version that is gone: done when the point's processes
/// already are exactly `set` (our own first try landed, its answer lost), else the
/// conflict as it was answered.
async fn already_bound(
    client: &Client,
    code: &PointCode,
    set: &[citizeninfo_api::ProcessId],
    sent: Result<(), ClientError>,
) -> Result<(), ClientError> {
    match sent {
        Err(e) if precondition_failed(&e) => {
            let (fresh, _) = client.point(code).await?;
            if same_set(fresh.process_ids.as_deref().unwrap_or_default(), set) {
                Ok(())
            } else {
                Err(e)
            }
        }
        other => other,
    }
}

/// The outcome of a point from where it got to.
fn finish(mut o: Outcome, state: Progress) -> Outcome {
    o.photos_added = state.photos_added;
    o.photos_removed = state.photos_removed;
    o.point = state.point;
    let code = o.code.clone();
    match state.error {
        None => o,
        Some(Stop::Skipped(why)) => {
            o.verdict = if state.done.is_empty() {
                Verdict::Skipped
            } else {
                Verdict::Partly
            };
            o.error = Some(why);
            o.cause = Some(Cause::NotTried);
            o
        }
        Some(Stop::Client(e))
            if state.done.is_empty() && e.code() == Some("precondition_failed") =>
        {
            o.verdict = Verdict::Conflict;
            o.error = Some(format!(
                "{code} was changed by someone else after it was read; it was left as they left it"
            ));
            o.cause = Some(Cause::Conflict);
            o
        }
        Some(Stop::Client(e)) => {
            let message = e.to_string();
            o.cause = Some(Cause::Service(Arc::new(e)));
            if state.done.is_empty() {
                o.verdict = Verdict::Failed;
                o.error = Some(message);
            } else {
                o.verdict = Verdict::Partly;
                o.error = Some(format!("{}, but then: {message}", state.done.join(" and ")));
            }
            o
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::PlannedCreate;
    use citizeninfo_api::NewPoint;
    use citizeninfo_client::Credentials;
    use std::sync::atomic::{AtomicU64, Ordering};

    fn new_point(code: &str, parent: Option<&str>) -> NewPoint {
        serde_json::from_value(serde_json::json!({
            "code": code,
            "agency_id": "140101",
            "parent_code": parent,
            "level": "service_point",
            "type": "ส่วนราชการ",
            "subtype": "ส่วนราชการ ที่ตั้งอยู่ในภูมิภาค",
            "category": "จดทะเบียน",
            "name_th": format!("จุดทดสอบ {code}"),
            "name_en": format!("Test point {code}"),
            "full_name": format!("จุดทดสอบ {code}"),
            "address_th": "ถนนราชดำเนิน",
            "province": "กรุงเทพมหานคร",
            "lat": 13.75,
            "lng": 100.5,
        }))
        .unwrap()
    }

    #[tokio::test]
    async fn a_step_not_taken_still_moves_the_progress_on() {
        let sb = citizeninfo_testkit::Sandbox::start(&["--demo", "20"]);
        let token = sb.token("admin", "admin").await;
        let client = Client::connect(&sb.url, &citizeninfo_client::Transport::default())
            .unwrap()
            .with_credentials(Some(Credentials {
                access_token: token,
                refresh_token: None,
                expires_at: None,
                username: None,
            }));
        // The parent's code exists already, so creating it fails; its child (with
        // its processes) is then not tried.
        let parent = "1401010000001";
        let plan = Plan {
            creates: vec![
                PlannedCreate {
                    point: new_point(parent, None),
                },
                PlannedCreate {
                    point: NewPoint {
                        process_ids: vec!["P00001".parse().unwrap()],
                        ..new_point("1401019000100", Some(parent))
                    },
                },
            ],
            ..Plan::default()
        };
        let ticks = AtomicU64::new(0);
        let options = Options {
            concurrency: 1,
            ..Options::default()
        };
        let outcomes = execute(&client, &plan, options, &|| {
            ticks.fetch_add(1, Ordering::SeqCst);
        })
        .await;
        let verdicts: Vec<Verdict> = outcomes.iter().map(|o| o.verdict).collect();
        assert_eq!(
            verdicts,
            [Verdict::Failed, Verdict::Skipped],
            "{outcomes:?}"
        );
        assert_eq!(ticks.load(Ordering::SeqCst), plan.steps());
        assert_eq!(plan.steps(), 2);
    }
}

#[cfg(test)]
mod session_tests {
    use super::*;
    use crate::engine::Desired;
    use citizeninfo_api::Status;
    use citizeninfo_client::{Credentials, Transport};

    #[tokio::test]
    async fn a_refused_refresh_ends_the_run_after_one_try() {
        let sb = citizeninfo_testkit::Sandbox::start(&["--demo", "20"]);
        let token = sb.token("admin", "admin").await;
        let reader = Client::connect(&sb.url, &Transport::default())
            .unwrap()
            .with_credentials(Some(Credentials {
                access_token: token,
                refresh_token: None,
                expires_at: None,
                username: None,
            }));
        // Five points to hide, planned from what the service holds.
        let page = reader
            .points_detail(&citizeninfo_api::PointQuery {
                limit: Some(5),
                ..citizeninfo_api::PointQuery::default()
            })
            .await
            .unwrap();
        let points = page
            .items
            .iter()
            .map(|p| {
                let mut d = Desired::new(p.summary.code.clone());
                d.status = Some(match p.summary.status {
                    Status::Shown => Status::Hidden,
                    Status::Hidden => Status::Shown,
                });
                super::super::diff::plan_point(p, &d)
            })
            .collect();
        let plan = Plan {
            points,
            ..Plan::default()
        };
        // An access token past its time and a refresh token the service refuses.
        let client = Client::connect(&sb.url, &Transport::default())
            .unwrap()
            .with_credentials(Some(Credentials {
                access_token: "expired".to_owned(),
                refresh_token: Some("refused".to_owned()),
                expires_at: Some(chrono::Utc::now() - chrono::Duration::seconds(60)),
                username: None,
            }));
        let before = sb.stats().await.count("POST", "/api/v1/auth/token");
        let options = Options {
            concurrency: 1,
            ..Options::default()
        };
        let outcomes = execute(&client, &plan, options, &|| {}).await;
        let verdicts: Vec<Verdict> = outcomes.iter().map(|o| o.verdict).collect();
        assert_eq!(
            verdicts,
            [
                Verdict::Failed,
                Verdict::Skipped,
                Verdict::Skipped,
                Verdict::Skipped,
                Verdict::Skipped
            ],
            "{outcomes:?}"
        );
        assert_eq!(
            sb.stats().await.count("POST", "/api/v1/auth/token") - before,
            1,
            "the refused refresh was not tried again for each point"
        );
        assert_eq!(sb.stats().await.count("PATCH", "/api/v1/points/{code}"), 0);
    }
}
