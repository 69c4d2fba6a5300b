//! A plan saved by `diff --out` and applied by `apply PLAN`: the plan, the service
//! it was made against, and the state of each point it was made from, so a plan
//! the service has moved away from is refused, naming what drifted; and a digest of
//! each planned point and of the whole file, so a plan edited after it was saved is
//! refused, naming what differs.

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
    /// A digest of the whole plan: the service, the state, and every change and
    /// creation as planned.
    pub fingerprint: String,
    /// Each planned point's versions then (0, 0 for a point to create, which did not exist).
    pub state: Vec<(PointCode, u64, u64)>,
    /// A digest of each point's planned change or creation, to name the one edited.
    #[serde(default)]
    pub digests: Vec<(PointCode, String)>,
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

/// A value's bytes as JSON, for its digest.
fn json(value: &impl Serialize) -> Vec<u8> {
    serde_json::to_vec(value).unwrap_or_default()
}

fn hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes)
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The digest of each planned change and creation, by code.
fn digests_of(plan: &Plan) -> Vec<(PointCode, String)> {
    let mut out: Vec<(PointCode, String)> = plan
        .points
        .iter()
        .map(|p| (p.code.clone(), hex(&json(p))))
        .chain(
            plan.creates
                .iter()
                .map(|c| (c.point.code.clone(), hex(&json(c)))),
        )
        .collect();
    out.sort();
    out
}

/// The digest of the whole file but its fingerprint.
fn fingerprint(url: &str, state: &[(PointCode, u64, u64)], plan: &Plan) -> String {
    let mut text = format!("{FORMAT}\n{url}\n");
    for (c, v, b) in state {
        text.push_str(&format!("{c}:{v}:{b}\n"));
    }
    let mut bytes = text.into_bytes();
    bytes.extend(json(plan));
    hex(&bytes)
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
            fingerprint: fingerprint(url, &state, &plan),
            digests: digests_of(&plan),
            state,
            plan,
        }
    }

    /// What differs from the plan as it was saved: each point whose change or
    /// creation was edited, added or removed, a state that is not its plan's, or,
    /// when nothing of that, a fingerprint that does not match. Empty when untouched.
    pub fn tampering(&self) -> Vec<String> {
        let saved: BTreeMap<&PointCode, &String> =
            self.digests.iter().map(|(c, d)| (c, d)).collect();
        let now = digests_of(&self.plan);
        let now_map: BTreeMap<&PointCode, &String> = now.iter().map(|(c, d)| (c, d)).collect();
        let mut out: Vec<String> = Vec::new();
        for (code, digest) in &now_map {
            match saved.get(code) {
                None => out.push(format!("{code} was added")),
                Some(d) if d != digest => out.push(format!("{code} differs from what was saved")),
                Some(_) => {}
            }
        }
        out.extend(
            saved
                .keys()
                .filter(|c| !now_map.contains_key(*c))
                .map(|c| format!("{c} was removed")),
        );
        let planned = state_of(&self.plan);
        let mut codes: Vec<&PointCode> = planned
            .iter()
            .chain(&self.state)
            .map(|(c, _, _)| c)
            .filter(|c| !out.iter().any(|o| o.starts_with(&c.to_string())))
            .collect();
        codes.sort();
        codes.dedup();
        for code in codes {
            let of = |s: &[(PointCode, u64, u64)]| -> Vec<(u64, u64)> {
                s.iter()
                    .filter(|(c, _, _)| c == code)
                    .map(|(_, v, b)| (*v, *b))
                    .collect()
            };
            if of(&planned) != of(&self.state) {
                out.push(format!("the state saved for {code} differs from its plan"));
            }
        }
        if out.is_empty() && self.fingerprint != fingerprint(&self.url, &self.state, &self.plan) {
            out.push(format!(
                "the fingerprint does not match ({} saved, {} of what is there)",
                self.fingerprint,
                fingerprint(&self.url, &self.state, &self.plan)
            ));
        }
        out
    }

    /// The codes of the points it was made from.
    pub fn codes(&self) -> Vec<PointCode> {
        self.state.iter().map(|(c, _, _)| c.clone()).collect()
    }
}
