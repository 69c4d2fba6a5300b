//! The one engine behind every change the tool makes, as decK and terraform have
//! one: a front end (flags, a sheet, a manifest) states a desired state; the
//! [`planner`] reads the current state in bulk and plans the smallest changes,
//! checking processes, near-identical names and the account's rights first; the
//! [`executor`] makes exactly those changes, in dependency order with bounded
//! concurrency, each under the version it was planned from; every point ends as one
//! [`Outcome`], and a run as one [`Report`], whatever the command.

pub mod diff;
pub mod executor;
pub mod manifests;
pub mod plan_file;
pub mod planner;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use citizeninfo_api::{NewPoint, PointCode, PointPatch, PointSummary, ProcessId, Status};

pub use citizeninfo_manifest::desired::{Bindings, Desired, PhotoUpload};

/// One field's change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FieldChange {
    /// The field's wire name.
    pub field: String,
    /// The value now; none when empty.
    pub old: Option<String>,
    /// The value wanted; none to clear it.
    pub new: Option<String>,
}

/// A status change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StatusPlan {
    /// Now.
    pub from: Status,
    /// Wanted.
    pub to: Status,
}

/// The changes one existing point needs, planned against the version read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
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
    /// The bindings rule, when it leaves unnamed processes alone: if the set changed
    /// meanwhile, it is planned once more on the fresh set instead of a conflict.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rebase: Option<Bindings>,
    /// Photos to upload.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub add_photos: Vec<PhotoUpload>,
    /// Photos to remove.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub remove_photos: Vec<u64>,
}

impl PlannedPoint {
    /// True when nothing changes.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
            && self.status.is_none()
            && self.bind.is_empty()
            && self.unbind.is_empty()
            && self.add_photos.is_empty()
            && self.remove_photos.is_empty()
    }

    /// True when the point's own record changes (fields, status or photos), before
    /// its bindings.
    pub fn changes_record(&self) -> bool {
        !self.patch.is_empty()
            || self.status.is_some()
            || !self.add_photos.is_empty()
            || !self.remove_photos.is_empty()
    }
}

/// A point to create.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlannedCreate {
    /// The new point, with the status wanted and the processes bound to it, all
    /// made in one request.
    pub point: NewPoint,
}

/// A point left out of a plan, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Refusal {
    /// The point.
    pub code: PointCode,
    /// Creating it or changing it.
    pub action: Action,
    /// Its Thai name, when it exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_th: Option<String>,
    /// Why.
    pub reason: String,
    /// What to do about it, when something can be done.
    #[serde(skip)]
    pub hint: Option<String>,
}

/// Everything a desired state asks for, against the state read.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// Points that exist and change.
    pub points: Vec<PlannedPoint>,
    /// Points to create.
    pub creates: Vec<PlannedCreate>,
    /// Points stated and already as stated.
    pub unchanged: Vec<PointCode>,
    /// Points the account may not change as asked: a command refuses to run while
    /// there are any, unless told to leave them out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub forbidden: Vec<Refusal>,
    /// Points changed in the service since the desired state was read from it (a
    /// sheet's version column): left out, so a colleague's edit is never undone.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stale: Vec<Refusal>,
    /// The Thai names of the processes the plan binds and unbinds, for people.
    #[serde(skip)]
    pub process_names: std::collections::BTreeMap<ProcessId, String>,
}

impl Plan {
    /// True when nothing would change.
    pub fn is_empty(&self) -> bool {
        self.points.is_empty() && self.creates.is_empty()
    }

    /// Adds a plan of other points (planned apart, as a batch of a run).
    pub fn absorb(&mut self, other: Plan) {
        self.points.extend(other.points);
        self.creates.extend(other.creates);
        self.unchanged.extend(other.unchanged);
        self.forbidden.extend(other.forbidden);
        self.stale.extend(other.stale);
        self.process_names.extend(other.process_names);
    }

    /// How many steps the plan has, for progress bars: one a point.
    pub fn steps(&self) -> u64 {
        let points = self
            .points
            .iter()
            .filter(|p| p.changes_record() || p.new_set.is_some());
        (self.creates.len() + points.count()) as u64
    }
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

/// What a run came to for one point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Every change was made.
    Applied,
    /// Nothing needed to change.
    Unchanged,
    /// Some of the point's changes were made, then one failed.
    Partly,
    /// Someone changed the point since it was read; it was left as they left it.
    Conflict,
    /// The service refused or failed; nothing was changed.
    Failed,
    /// Not tried: an earlier failure stopped the run, or its parent was not created.
    Skipped,
    /// The account may not make this change; left out (`--skip-forbidden`).
    Forbidden,
}

impl Verdict {
    /// The word, as JSON and tables write it.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Applied => "applied",
            Verdict::Unchanged => "unchanged",
            Verdict::Partly => "partly",
            Verdict::Conflict => "conflict",
            Verdict::Failed => "failed",
            Verdict::Skipped => "skipped",
            Verdict::Forbidden => "forbidden",
        }
    }

    /// True when the point is as the user asked, or was left out at their word.
    pub fn is_success(self) -> bool {
        matches!(
            self,
            Verdict::Applied | Verdict::Unchanged | Verdict::Forbidden
        )
    }
}

/// Creating a point or changing one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// A new point.
    Create,
    /// An existing point.
    Update,
}

/// Why a point did not end as asked, as data: `exit.rs` alone turns it into an
/// exit code.
#[derive(Debug, Clone)]
pub enum Cause {
    /// Someone changed it meanwhile (a stale plan, or the version refused).
    Conflict,
    /// It was not tried (`--fail-fast`, Ctrl-C, its parent not created).
    NotTried,
    /// The service refused it, or could not be reached.
    Service(std::sync::Arc<citizeninfo_client::ClientError>),
}

impl PartialEq for Cause {
    fn eq(&self, other: &Cause) -> bool {
        match (self, other) {
            (Cause::Conflict, Cause::Conflict) | (Cause::NotTried, Cause::NotTried) => true,
            (Cause::Service(a), Cause::Service(b)) => a.to_string() == b.to_string(),
            _ => false,
        }
    }
}

/// The outcome for one point: the one shape every mutating command reports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    /// The point.
    pub code: PointCode,
    /// Created or changed.
    pub action: Action,
    /// What happened.
    pub verdict: Verdict,
    /// Field changes asked for, old → new.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<FieldChange>,
    /// Status change asked for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<StatusPlan>,
    /// Processes asked to be bound.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bind: Vec<ProcessId>,
    /// Processes asked to be unbound.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unbind: Vec<ProcessId>,
    /// Ids of the photos uploaded.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub photos_added: Vec<u64>,
    /// Ids of the photos removed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub photos_removed: Vec<u64>,
    /// Why it did not apply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Why it did not end as asked, as data (`exit.rs` gives its exit code).
    #[serde(skip)]
    pub cause: Option<Cause>,
    /// The point as the service last answered, when a step returned it.
    #[serde(skip)]
    pub point: Option<PointSummary>,
}

impl Outcome {
    /// An outcome with no changes listed.
    pub fn bare(code: PointCode, action: Action, verdict: Verdict) -> Outcome {
        Outcome {
            code,
            action,
            verdict,
            changes: Vec::new(),
            status: None,
            bind: Vec::new(),
            unbind: Vec::new(),
            photos_added: Vec::new(),
            photos_removed: Vec::new(),
            error: None,
            cause: None,
            point: None,
        }
    }
}

/// How many points ended each way.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Summary {
    /// Every point the command named.
    pub total: usize,
    /// Changed as asked.
    pub applied: usize,
    /// Already as asked.
    pub unchanged: usize,
    /// Changed in part.
    pub partly: usize,
    /// Changed by someone else meanwhile; left alone.
    pub conflict: usize,
    /// Refused or failed.
    pub failed: usize,
    /// Not tried.
    pub skipped: usize,
    /// Left out: the account may not change them.
    pub forbidden: usize,
    /// Requests sent again in the run after a failure or a `429` (each counted once
    /// a time it was sent again).
    #[serde(default)]
    pub retries: u64,
    /// Answers `429 Too Many Requests` the run met and waited out.
    #[serde(default)]
    pub throttled: u64,
}

impl Summary {
    /// Counts the outcomes.
    pub fn of(outcomes: &[Outcome]) -> Summary {
        let mut s = Summary {
            total: outcomes.len(),
            ..Summary::default()
        };
        for o in outcomes {
            *s.slot(o.verdict) += 1;
        }
        s
    }

    fn slot(&mut self, v: Verdict) -> &mut usize {
        match v {
            Verdict::Applied => &mut self.applied,
            Verdict::Unchanged => &mut self.unchanged,
            Verdict::Partly => &mut self.partly,
            Verdict::Conflict => &mut self.conflict,
            Verdict::Failed => &mut self.failed,
            Verdict::Skipped => &mut self.skipped,
            Verdict::Forbidden => &mut self.forbidden,
        }
    }

    /// The count of one verdict.
    pub fn count(&self, v: Verdict) -> usize {
        match v {
            Verdict::Applied => self.applied,
            Verdict::Unchanged => self.unchanged,
            Verdict::Partly => self.partly,
            Verdict::Conflict => self.conflict,
            Verdict::Failed => self.failed,
            Verdict::Skipped => self.skipped,
            Verdict::Forbidden => self.forbidden,
        }
    }
}

/// What a mutating command did: the plan, one outcome per point named, and the
/// counts. `-o json` of `points edit/add/hide/unhide`, `manuals bind/unbind`,
/// `import --apply` and `apply` prints this shape.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// True when nothing was sent (`--dry-run`, or an import without `--apply`).
    pub dry_run: bool,
    /// What was planned.
    pub plan: Plan,
    /// One per point named, in code order; none on a dry run.
    pub outcomes: Vec<Outcome>,
    /// The outcomes counted.
    pub summary: Summary,
}

impl Report {
    /// The report of a plan that was not carried out.
    pub fn dry(plan: Plan) -> Report {
        Report {
            dry_run: true,
            plan,
            outcomes: Vec::new(),
            summary: Summary::default(),
        }
    }

    /// The report of a run: the executor's outcomes, with the points the plan left
    /// unchanged, stale or forbidden.
    pub fn of_run(plan: Plan, mut outcomes: Vec<Outcome>) -> Report {
        for code in &plan.unchanged {
            outcomes.push(Outcome::bare(
                code.clone(),
                Action::Update,
                Verdict::Unchanged,
            ));
        }
        for r in &plan.stale {
            let mut o = Outcome::bare(r.code.clone(), Action::Update, Verdict::Conflict);
            o.error = Some(r.reason.clone());
            o.cause = Some(Cause::Conflict);
            outcomes.push(o);
        }
        for r in &plan.forbidden {
            let mut o = Outcome::bare(r.code.clone(), r.action, Verdict::Forbidden);
            o.error = Some(r.reason.clone());
            outcomes.push(o);
        }
        outcomes.sort_by(|a, b| a.code.cmp(&b.code));
        let summary = Summary::of(&outcomes);
        Report {
            dry_run: false,
            plan,
            outcomes,
            summary,
        }
    }
}

/// The JSON Schema of the report every mutating command prints with `-o json`,
/// generated from the types above.
pub fn report_schema() -> String {
    let schema = schemars::schema_for!(Report);
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(list: &[&str]) -> Vec<ProcessId> {
        list.iter().map(|s| s.parse().unwrap()).collect()
    }

    #[test]
    fn bindings_rules() {
        let bound = ids(&["P00001", "P00002"]);
        let (set, bind, unbind) = Bindings::Include(ids(&["P00002", "P00003"])).apply(&bound);
        assert_eq!(
            (set, bind, unbind),
            (
                ids(&["P00001", "P00002", "P00003"]),
                ids(&["P00003"]),
                vec![]
            )
        );
        let (set, bind, unbind) = Bindings::Exclude(ids(&["P00002", "P00009"])).apply(&bound);
        assert_eq!(
            (set, bind, unbind),
            (ids(&["P00001"]), vec![], ids(&["P00002"]))
        );
        let (set, bind, unbind) = Bindings::Exact(ids(&["P00003"])).apply(&bound);
        assert_eq!(
            (set, bind, unbind),
            (ids(&["P00003"]), ids(&["P00003"]), bound.clone())
        );
        assert!(Bindings::Include(vec![]).is_relative());
        assert!(!Bindings::Exact(vec![]).is_relative());
    }
}
