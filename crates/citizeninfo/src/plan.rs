//! What would change: the difference between a point as it is and as it is wanted,
//! field by field, and the smallest edit that makes it so.

use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

use citizeninfo_api::hours;
use citizeninfo_api::{
    NewPoint, PointCode, PointPatch, ProcessId, ServicePoint, Status, bindings_etag, point_etag,
};
use citizeninfo_client::{Client, ClientError};

/// One field's change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldChange {
    /// The field's wire name.
    pub field: String,
    /// The value now; none when empty.
    pub old: Option<String>,
    /// The value wanted; none to clear it.
    pub new: Option<String>,
}

/// Text as compared: NFC-normalised and trimmed, so Thai typed on another keyboard
/// is not a change.
pub fn normal(s: &str) -> String {
    s.trim().nfc().collect()
}

/// Edit distance in characters (Levenshtein), for "near-identical" names and
/// "did you mean" suggestions.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let here = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(row[j + 1] + 1);
            prev = here;
        }
    }
    row[b.len()]
}

fn shown(s: Option<&str>) -> Option<String> {
    s.map(str::to_owned)
}

/// The smallest patch that turns `point` into what `wanted` says, and its changes.
pub fn minimal_patch(point: &ServicePoint, wanted: &PointPatch) -> (PointPatch, Vec<FieldChange>) {
    let s = &point.summary;
    let mut patch = PointPatch::default();
    let mut changes = Vec::new();
    let mut text =
        |field: &'static str, now: &str, want: &Option<String>, slot: &mut Option<String>| {
            if let Some(w) = want
                && normal(w) != normal(now)
            {
                changes.push(FieldChange {
                    field: field.to_owned(),
                    old: shown(Some(now)),
                    new: shown(Some(w.trim())),
                });
                *slot = Some(normal(w));
            }
        };
    text("name_th", &s.name_th, &wanted.name_th, &mut patch.name_th);
    text("name_en", &s.name_en, &wanted.name_en, &mut patch.name_en);
    text(
        "full_name",
        &point.full_name,
        &wanted.full_name,
        &mut patch.full_name,
    );
    text(
        "address_th",
        &point.address_th,
        &wanted.address_th,
        &mut patch.address_th,
    );
    text(
        "province",
        &s.province,
        &wanted.province,
        &mut patch.province,
    );
    for (field, now, want, slot) in [
        ("lat", point.lat, wanted.lat, &mut patch.lat),
        ("lng", point.lng, wanted.lng, &mut patch.lng),
    ] {
        if let Some(w) = want
            && (w - now).abs() > 1e-9
        {
            changes.push(FieldChange {
                field: field.to_owned(),
                old: Some(now.to_string()),
                new: Some(w.to_string()),
            });
            *slot = Some(w);
        }
    }
    if let Some(h) = &wanted.hours {
        let mut sorted = h.clone();
        sorted.sort();
        sorted.dedup();
        if sorted != point.hours {
            changes.push(FieldChange {
                field: "hours".to_owned(),
                old: Some(hours::format(&point.hours)),
                new: Some(hours::format(&sorted)),
            });
            patch.hours = Some(sorted);
        }
    }
    let mut nullable = |field: &'static str,
                        now: Option<&str>,
                        want: &Option<Option<String>>,
                        slot: &mut Option<Option<String>>| {
        if let Some(w) = want {
            let w = w.as_deref().map(normal).filter(|v| !v.is_empty());
            if w.as_deref() != now.map(normal).as_deref() {
                changes.push(FieldChange {
                    field: field.to_owned(),
                    old: shown(now),
                    new: shown(w.as_deref()),
                });
                *slot = Some(w);
            }
        }
    };
    nullable(
        "email",
        point.email.as_deref(),
        &wanted.email,
        &mut patch.email,
    );
    nullable(
        "telephone",
        point.telephone.as_deref(),
        &wanted.telephone,
        &mut patch.telephone,
    );
    if let Some(w) = &wanted.parent_code
        && w.as_ref() != s.parent_code.as_ref()
    {
        changes.push(FieldChange {
            field: "parent_code".to_owned(),
            old: shown(s.parent_code.as_ref().map(|c| c.as_str())),
            new: shown(w.as_ref().map(|c| c.as_str())),
        });
        patch.parent_code = Some(w.clone());
    }
    (patch, changes)
}

/// A status change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatusPlan {
    /// Now.
    pub from: Status,
    /// Wanted.
    pub to: Status,
}

/// How a document states a point's bound processes.
#[derive(Debug, Clone, PartialEq)]
pub enum Bindings {
    /// The bound set becomes exactly this.
    Exact(Vec<ProcessId>),
    /// These must be bound; others are left alone.
    Include(Vec<ProcessId>),
}

/// What a file says a point should be.
#[derive(Debug, Clone, PartialEq)]
pub struct Desired {
    /// The point.
    pub code: PointCode,
    /// Wanted field values; absent fields are left alone.
    pub patch: PointPatch,
    /// Wanted status.
    pub status: Option<Status>,
    /// Wanted bindings.
    pub bindings: Option<Bindings>,
}

/// The changes one point needs, planned against the version read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlannedPoint {
    /// The point.
    pub code: PointCode,
    /// Its Thai name, for people reading the plan.
    pub name_th: String,
    /// The version the plan was made against; sent as `If-Match`.
    pub version: u64,
    /// Field changes, old → new.
    pub changes: Vec<FieldChange>,
    /// Show or hide.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<StatusPlan>,
    /// Processes to bind.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bind: Vec<ProcessId>,
    /// Processes to unbind.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unbind: Vec<ProcessId>,
    /// The version of the bound set the plan was made against.
    pub bindings_version: u64,
    /// The smallest edit, sent as it is.
    pub patch: PointPatch,
    /// The whole bound set wanted, when it changes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_set: Option<Vec<ProcessId>>,
}

impl PlannedPoint {
    /// True when nothing changes.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
            && self.status.is_none()
            && self.bind.is_empty()
            && self.unbind.is_empty()
    }
}

/// Plans the changes that make `current` what `desired` says.
pub fn plan_point(current: &ServicePoint, desired: &Desired) -> PlannedPoint {
    let (patch, changes) = minimal_patch(current, &desired.patch);
    let s = &current.summary;
    let status = desired
        .status
        .filter(|to| *to != s.status)
        .map(|to| StatusPlan { from: s.status, to });
    let bound = current.process_ids.clone().unwrap_or_default();
    let (bind, unbind, new_set) = match &desired.bindings {
        None => (Vec::new(), Vec::new(), None),
        Some(Bindings::Include(ids)) => {
            let bind: Vec<ProcessId> = ids
                .iter()
                .filter(|id| !bound.contains(id))
                .cloned()
                .collect();
            let set = bound.iter().chain(bind.iter()).cloned().collect();
            (bind, Vec::new(), Some(set))
        }
        Some(Bindings::Exact(ids)) => {
            let bind: Vec<ProcessId> = ids
                .iter()
                .filter(|id| !bound.contains(id))
                .cloned()
                .collect();
            let unbind: Vec<ProcessId> = bound
                .iter()
                .filter(|id| !ids.contains(id))
                .cloned()
                .collect();
            (bind, unbind, Some(ids.clone()))
        }
    };
    let new_set = new_set.filter(|_| !bind.is_empty() || !unbind.is_empty());
    PlannedPoint {
        code: s.code.clone(),
        name_th: s.name_th.clone(),
        version: s.version,
        changes,
        status,
        bind,
        unbind,
        bindings_version: current.bindings_version,
        patch,
        new_set,
    }
}

/// Everything a set of documents asks for, against the state read.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Plan {
    /// Points that exist and change.
    pub points: Vec<PlannedPoint>,
    /// Points to create.
    pub creates: Vec<PlannedCreate>,
    /// Points stated and already as stated.
    pub unchanged: usize,
}

impl Plan {
    /// True when nothing would change.
    pub fn is_empty(&self) -> bool {
        self.points.is_empty() && self.creates.is_empty()
    }
}

/// A point to create, and the processes to bind to it once it exists.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlannedCreate {
    /// The new point, with the status wanted.
    pub point: NewPoint,
    /// Processes to bind.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bind: Vec<ProcessId>,
}

/// The key that makes a retried or rerun creation of the same point create it once:
/// derived from the point's content.
pub fn creation_key(new: &NewPoint) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(serde_json::to_vec(new).unwrap_or_default());
    format!(
        "add-{}",
        digest
            .iter()
            .take(16)
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    )
}

/// What applying one point's changes came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Every change was made.
    Applied,
    /// Someone changed the point since the plan; it was left untouched.
    Conflict,
    /// The service refused or failed.
    Failed,
    /// Some of the point's changes were made, then one failed.
    Partial,
    /// Not tried: an earlier failure stopped the run (`--fail-fast`).
    Skipped,
}

/// The outcome for one point.
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    /// The point.
    pub code: PointCode,
    /// What happened.
    pub result: Verdict,
    /// Why, when it did not apply.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The exit code this outcome alone would give.
    #[serde(skip)]
    pub exit_code: u8,
}

/// Makes one point's planned changes: fields under the planned version's `If-Match`,
/// then status under the version that left, then the bound set under its own.
pub async fn apply_point(client: &Client, p: &PlannedPoint) -> Outcome {
    let mut done: Vec<&str> = Vec::new();
    let mut etag = point_etag(p.version);
    let result: Result<(), ClientError> = async {
        if !p.patch.is_empty() {
            etag = client.edit_point(&p.code, &etag, &p.patch).await?.1;
            done.push("its fields were saved");
        }
        if let Some(s) = &p.status {
            client.set_status_if_match(&p.code, s.to, &etag).await?;
            done.push("its status was set");
        }
        if let Some(set) = &p.new_set {
            client
                .replace_bound(&p.code, &bindings_etag(p.bindings_version), set)
                .await?;
        }
        Ok(())
    }
    .await;
    finish(&p.code, result, &done)
}

/// The outcome of a point's steps: applied, a conflict, failed, or partly applied.
fn finish(code: &PointCode, result: Result<(), ClientError>, done: &[&str]) -> Outcome {
    let outcome = |result, message: Option<String>, exit_code| Outcome {
        code: code.clone(),
        result,
        message,
        exit_code,
    };
    match result {
        Ok(()) => outcome(Verdict::Applied, None, crate::exit::OK),
        Err(e) if done.is_empty() && e.code() == Some("precondition_failed") => outcome(
            Verdict::Conflict,
            Some(format!(
                "{code} was changed by someone else after the plan was made; it was left as they left it"
            )),
            crate::exit::CONFLICT,
        ),
        Err(e) => {
            let message = e.to_string();
            let exit_code = crate::exit::report(&anyhow::Error::from(e), "").code;
            if done.is_empty() {
                outcome(Verdict::Failed, Some(message), exit_code)
            } else {
                outcome(
                    Verdict::Partial,
                    Some(format!("{}, but then: {message}", done.join(" and "))),
                    exit_code,
                )
            }
        }
    }
}

/// One thing to do.
#[derive(Debug, Clone)]
pub enum Step {
    /// Change an existing point.
    Update(PlannedPoint),
    /// Create a point.
    Create(PlannedCreate),
}

impl Step {
    fn code(&self) -> &PointCode {
        match self {
            Step::Update(p) => &p.code,
            Step::Create(n) => &n.point.code,
        }
    }
}

/// The steps of a plan, creations first (a point may name a new parent).
pub fn steps(plan: Plan) -> Vec<Step> {
    plan.creates
        .into_iter()
        .map(Step::Create)
        .chain(plan.points.into_iter().map(Step::Update))
        .collect()
}

async fn apply_step(client: &Client, step: &Step) -> Outcome {
    match step {
        Step::Update(p) => apply_point(client, p).await,
        Step::Create(c) => {
            let mut done: Vec<&str> = Vec::new();
            let result: Result<(), ClientError> = async {
                client
                    .create_point(&c.point, &creation_key(&c.point))
                    .await?;
                done.push("it was created");
                if !c.bind.is_empty() {
                    client
                        .replace_bound(&c.point.code, &bindings_etag(0), &c.bind)
                        .await?;
                }
                Ok(())
            }
            .await;
            finish(&c.point.code, result, &done)
        }
    }
}

/// Applies the steps with at most `concurrency` at once; with `fail_fast`, steps
/// not yet started are skipped after the first that does not apply. `tick` is called
/// as each finishes. Outcomes come back in code order.
pub async fn apply_all(
    client: &Client,
    steps: Vec<Step>,
    concurrency: usize,
    fail_fast: bool,
    tick: impl Fn(),
) -> Vec<Outcome> {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};
    let limit = Arc::new(tokio::sync::Semaphore::new(concurrency.max(1)));
    let stop = Arc::new(AtomicBool::new(false));
    let mut tasks = tokio::task::JoinSet::new();
    let mut codes = std::collections::HashMap::new();
    for step in steps {
        let (client, limit, stop) = (client.clone(), limit.clone(), stop.clone());
        let code = step.code().clone();
        let handle = tasks.spawn(async move {
            let _permit = limit.acquire_owned().await;
            if stop.load(Ordering::SeqCst) {
                return Outcome {
                    code: step.code().clone(),
                    result: Verdict::Skipped,
                    message: None,
                    exit_code: crate::exit::OK,
                };
            }
            let outcome = apply_step(&client, &step).await;
            if fail_fast && outcome.result != Verdict::Applied {
                stop.store(true, Ordering::SeqCst);
            }
            outcome
        });
        codes.insert(handle.id(), code);
    }
    let mut outcomes = Vec::new();
    while let Some(done) = tasks.join_next_with_id().await {
        match done {
            Ok((_, o)) => outcomes.push(o),
            Err(e) => {
                if let Some(code) = codes.get(&e.id()) {
                    outcomes.push(Outcome {
                        code: code.clone(),
                        result: Verdict::Failed,
                        message: Some(format!("the update stopped: {e}")),
                        exit_code: crate::exit::FAILURE,
                    });
                }
            }
        }
        tick();
    }
    outcomes.sort_by(|a, b| a.code.cmp(&b.code));
    outcomes
}

/// The exit code of a run: 0 when all applied, that of the failure when all
/// failed, 9 when some did.
pub fn exit_code(outcomes: &[Outcome]) -> u8 {
    let failed: Vec<&Outcome> = outcomes
        .iter()
        .filter(|o| o.result != Verdict::Applied)
        .collect();
    match failed.len() {
        0 => crate::exit::OK,
        n if n == outcomes.len() => failed
            .iter()
            .map(|o| o.exit_code)
            .find(|c| *c != crate::exit::OK)
            .unwrap_or(crate::exit::FAILURE),
        _ => crate::exit::PARTIAL,
    }
}
