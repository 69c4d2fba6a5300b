//! What differs between a point as it is and as it is wanted, field by field, and
//! the smallest edit that makes it so. Pure: no requests.

use unicode_normalization::UnicodeNormalization;

use citizeninfo_api::hours;
use citizeninfo_api::{PointPatch, ServicePoint};

use super::{Desired, FieldChange, PlannedPoint, StatusPlan};

/// Text as compared: NFC-normalised and trimmed, so Thai typed on another keyboard
/// is not a change.
pub fn normal(s: &str) -> String {
    s.trim().nfc().collect()
}

/// Edit distance in characters (Levenshtein), for "near-identical" names and
/// "did you mean" suggestions.
pub fn edit_distance(a: &str, b: &str) -> usize {
    strsim::levenshtein(a, b)
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
