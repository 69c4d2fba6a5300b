//! A plan saved by `diff --out` and applied by `apply PLAN`: the plan, the service
//! it was made against, and the state of each point it was made from, so a plan
//! the service has moved away from is refused, naming what drifted.

use serde::{Deserialize, Serialize};

use citizeninfo_api::{PointCode, ServicePoint};
use std::collections::BTreeMap;

use super::Plan;

/// A plan saved by `diff --out`, with the state it was made against.
#[derive(Serialize, Deserialize)]
pub struct PlanFile {
    /// Always `citizeninfo-plan/v1`.
    pub format: String,
    /// The service it was made against.
    pub url: String,
    /// A digest of `state`, to tell plans apart at a glance.
    pub fingerprint: String,
    /// Each planned point's versions then (0, 0 for a point to create, which did not exist).
    pub state: Vec<(PointCode, u64, u64)>,
    /// The plan.
    pub plan: Plan,
}

/// The format a plan file names.
pub const FORMAT: &str = "citizeninfo-plan/v1";

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
pub fn drift(
    saved: &[(PointCode, u64, u64)],
    now: &BTreeMap<PointCode, ServicePoint>,
) -> Vec<String> {
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

impl PlanFile {
    /// A plan, saved with the service it was made against and its state then.
    pub fn new(plan: Plan, url: &str) -> PlanFile {
        let state = state_of(&plan);
        PlanFile {
            format: FORMAT.to_owned(),
            url: url.to_owned(),
            fingerprint: fingerprint(&state),
            state,
            plan,
        }
    }

    /// The codes of the points it was made from.
    pub fn codes(&self) -> Vec<PointCode> {
        self.state.iter().map(|(c, _, _)| c.clone()).collect()
    }
}
