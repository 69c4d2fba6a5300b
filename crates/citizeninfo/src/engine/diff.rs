//! What differs between a point as it is and as it is wanted, field by field, and
//! the smallest edit that makes it so. Pure: no requests.

pub use citizeninfo_api::fields::normal;
use citizeninfo_api::fields::{self, Edit, Labels};
use citizeninfo_api::{PointPatch, ServicePoint};

use super::{Desired, FieldChange, PlannedPoint, StatusPlan};

/// Edit distance in characters (Levenshtein), for "near-identical" names and
/// "did you mean" suggestions.
pub fn edit_distance(a: &str, b: &str) -> usize {
    strsim::levenshtein(a, b)
}

/// The smallest patch that turns `point` into what `wanted` says, and its changes,
/// field by field through the registry: each edited field's wanted value, as text,
/// against its value now; numbers by value (or, at the precision a sheet `shown`
/// them with, rounded), text once normalised. The status is planned on its own.
pub fn minimal_patch(
    point: &ServicePoint,
    wanted: &PointPatch,
    shown: &[(&'static str, u32)],
) -> (PointPatch, Vec<FieldChange>) {
    let wanted = Edit {
        patch: wanted.clone(),
        status: None,
    };
    let mut out = Edit::default();
    let mut changes = Vec::new();
    for f in fields::editable() {
        let Some(want) = f.written(&wanted) else {
            continue;
        };
        let now = f.read(point, Labels::En);
        if f.same_as_shown(&now, &want, precision(shown, f.key)) {
            continue;
        }
        f.copy(&wanted, &mut out);
        let some = |v: String| Some(v).filter(|v| !v.is_empty());
        changes.push(FieldChange {
            field: f.key.to_owned(),
            old: some(now),
            new: some(want),
        });
    }
    (out.patch, changes)
}

/// The digits after the point a sheet shows a field with, if it says.
fn precision(shown: &[(&'static str, u32)], key: &str) -> Option<u32> {
    shown.iter().find(|(k, _)| *k == key).map(|(_, d)| *d)
}

/// The fields whose wanted value is the current one only once rounded to the
/// precision a sheet shows it with: no change, and people are told how many.
pub fn rounded(current: &ServicePoint, desired: &Desired) -> Vec<&'static str> {
    let wanted = Edit {
        patch: desired.patch.clone(),
        status: None,
    };
    fields::editable()
        .filter(|f| {
            f.written(&wanted).is_some_and(|want| {
                let now = f.read(current, Labels::En);
                !f.same(&now, &want)
                    && f.same_as_shown(&now, &want, precision(&desired.shown, f.key))
            })
        })
        .map(|f| f.key)
        .collect()
}

/// Plans the changes that make `current` what `desired` says.
pub fn plan_point(current: &ServicePoint, desired: &Desired) -> PlannedPoint {
    let (patch, changes) = minimal_patch(current, &desired.patch, &desired.shown);
    let s = &current.summary;
    let status = desired
        .status
        .filter(|to| *to != s.status)
        .map(|to| StatusPlan { from: s.status, to });
    let bound = current.process_ids.clone().unwrap_or_default();
    let (bind, unbind, new_set) = match &desired.bindings {
        None => (Vec::new(), Vec::new(), None),
        Some(rule) => {
            let (set, bind, unbind) = rule.apply(&bound);
            (bind, unbind, Some(set))
        }
    };
    let new_set = new_set.filter(|_| !bind.is_empty() || !unbind.is_empty());
    let rebase = desired
        .bindings
        .clone()
        .filter(|rule| new_set.is_some() && rule.is_relative());
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
        rebase,
        add_photos: desired.add_photos.clone(),
        remove_photos: desired.remove_photos.clone(),
    }
}
