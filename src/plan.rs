//! What would change: the difference between a point as it is and as it is wanted,
//! field by field, and the smallest edit that makes it so.

use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

use crate::api::{PointPatch, ServicePoint};
use crate::format::hours;

/// One field's change.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldChange {
    /// The field's wire name.
    pub field: &'static str,
    /// The value now, for people.
    pub old: String,
    /// The value wanted, for people.
    pub new: String,
}

/// Text as compared: NFC-normalised and trimmed, so Thai typed on another keyboard
/// is not a change.
pub fn normal(s: &str) -> String {
    s.trim().nfc().collect()
}

fn shown(s: Option<&str>) -> String {
    s.map_or_else(|| "(none)".to_owned(), |s| format!("{s:?}"))
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
                    field,
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
                field,
                old: now.to_string(),
                new: w.to_string(),
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
                field: "hours",
                old: hours::format(&point.hours),
                new: hours::format(&sorted),
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
                    field,
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
            field: "parent_code",
            old: shown(s.parent_code.as_ref().map(|c| c.as_str())),
            new: shown(w.as_ref().map(|c| c.as_str())),
        });
        patch.parent_code = Some(w.clone());
    }
    (patch, changes)
}
