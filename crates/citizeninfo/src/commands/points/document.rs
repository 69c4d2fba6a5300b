//! One point document: the YAML a person writes for one service point, read the
//! same way by the editor form of `points edit` and by `points add --from FILE`.
//! Its keys are the field registry's wire keys; each value is read by its field.

use std::collections::BTreeMap;

use citizeninfo_api::ServicePoint;
use citizeninfo_api::fields::{self, FIELDS, Field, Labels, Value};

use crate::engine::edit_distance;

/// The values a document states, by field, in the registry's order; `None` for a
/// value left empty.
pub type Values = Vec<(&'static Field, Option<String>)>;

/// Reads a document; every problem at once, each naming its key.
pub fn read(text: &str) -> Result<Values, Vec<String>> {
    let raw: BTreeMap<String, serde_json::Value> = match serde_saphyr::from_str(text) {
        Ok(Some(m)) => m,
        Ok(None) => BTreeMap::new(),
        Err(e) => return Err(vec![e.to_string()]),
    };
    let mut problems = Vec::new();
    for key in raw.keys() {
        if !FIELDS.iter().any(|f| f.key == key && f.is_stated()) {
            let near = FIELDS
                .iter()
                .filter(|f| f.is_stated())
                .map(|f| (edit_distance(f.key, key), f.key))
                .min()
                .filter(|(d, _)| *d <= 3)
                .map(|(_, k)| format!("; did you mean {k}?"))
                .unwrap_or_default();
            problems.push(format!("{key}: not a field of a service point{near}"));
        }
    }
    let mut out = Values::new();
    for f in FIELDS.iter().filter(|f| f.is_stated()) {
        let Some(v) = raw.get(f.key) else { continue };
        let text = match v {
            serde_json::Value::Null => None,
            serde_json::Value::String(s) => Some(s.clone()),
            // YAML reads 021234567 as a number and drops its 0: codes and
            // telephones must be written in quotes.
            serde_json::Value::Number(n) if matches!(f.value, Value::Key | Value::Phone) => {
                problems.push(format!(
                    "{}: {n} was read as a number; write it in quotes (\"0{n}\" if it lost a leading 0) so no digit is lost",
                    f.key
                ));
                continue;
            }
            serde_json::Value::Number(n) => Some(n.to_string()),
            other => {
                problems.push(format!("{}: {other} is not a value of this field", f.key));
                continue;
            }
        };
        out.push((f, text));
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

/// The editor form of a point: every editable field with its value now.
pub fn write(point: &ServicePoint) -> anyhow::Result<String> {
    let mut text = String::new();
    for f in fields::editable() {
        let now = f.read(point, Labels::En);
        let value = match (f.value, now.is_empty()) {
            (_, true) => serde_json::Value::Null,
            (Value::Number, false) => now
                .parse::<f64>()
                .ok()
                .and_then(serde_json::Number::from_f64)
                .map_or(
                    serde_json::Value::String(now.clone()),
                    serde_json::Value::Number,
                ),
            _ => serde_json::Value::String(now),
        };
        let one: BTreeMap<&str, serde_json::Value> = [(f.key, value)].into_iter().collect();
        text.push_str(&serde_saphyr::to_string(&one)?);
    }
    Ok(text)
}
