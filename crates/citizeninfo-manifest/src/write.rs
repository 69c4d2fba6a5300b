//! Declarative manifests, format v1: YAML documents stating what service points
//! should be. Each point is a point document (its keys are the field registry's);
//! `import --to-manifest` and `dump` write them, and their JSON Schema derives from
//! the registry too.

use schemars::JsonSchema;
use serde::Serialize;
use serde_json::{Map, Value, json};

use crate::API_VERSION;
use crate::desired::{Bindings, Desired};
use crate::document::Mapping;
use citizeninfo_api::fields::{self, Edit, FIELDS, Field, Labels};
use citizeninfo_api::{PointCode, ServicePoint};

/// A point's bound processes: `exact` (the set becomes this list) or `include`
/// (these must be bound; others are left alone).
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Processes {
    /// The whole set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exact: Option<Vec<String>>,
    /// Processes that must be bound.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<String>>,
}

/// One point as a manifest states it: its code, the values given (in the
/// registry's order), and its processes.
pub fn point(
    code: &PointCode,
    values: impl IntoIterator<Item = (&'static Field, String)>,
    processes: Option<Processes>,
) -> Mapping {
    let mut map = Mapping(vec![("code".to_owned(), Value::String(code.to_string()))]);
    map.0.extend(crate::document::mapping(values).0);
    if let Some(p) = processes.and_then(|p| serde_json::to_value(p).ok()) {
        map.0.push(("processes".to_owned(), p));
    }
    map
}

/// The manifest form of a desired state: what it states, field by field.
fn from_desired(d: &Desired) -> Mapping {
    let edit = Edit {
        patch: d.patch.clone(),
        status: d.status,
    };
    let values = fields::editable().filter_map(|f| f.written(&edit).map(|v| (f, v)));
    let ids = |ids: &[citizeninfo_api::ProcessId]| ids.iter().map(|i| i.to_string()).collect();
    let processes = d.bindings.as_ref().and_then(|b| match b {
        Bindings::Exact(list) => Some(Processes {
            exact: Some(ids(list)),
            include: None,
        }),
        Bindings::Include(list) => Some(Processes {
            exact: None,
            include: Some(ids(list)),
        }),
        // Manifests state what must be bound; unbinding is `manuals unbind`.
        Bindings::Exclude(_) => None,
    });
    point(&d.code, values, processes)
}

/// The manifest form of a point as it is: every field `diff` compares, and its
/// whole set of processes.
pub fn from_point(p: &ServicePoint) -> Mapping {
    let mut ids: Vec<String> = p
        .process_ids
        .as_deref()
        .unwrap_or_default()
        .iter()
        .map(|i| i.to_string())
        .collect();
    ids.sort();
    let values = fields::editable().map(|f| (f, f.read(p, Labels::En)));
    point(
        &p.summary.code,
        values,
        Some(Processes {
            exact: Some(ids),
            include: None,
        }),
    )
}

/// A `ServicePoints` document of these points, as YAML.
pub fn document(points: Vec<Mapping>) -> anyhow::Result<String> {
    #[derive(Serialize)]
    struct Doc {
        #[serde(rename = "apiVersion")]
        api_version: &'static str,
        kind: &'static str,
        points: Vec<Mapping>,
    }
    Ok(serde_saphyr::to_string(&Doc {
        api_version: API_VERSION,
        kind: "ServicePoints",
        points,
    })?)
}

/// The points of one `ServicePoints` document as `dump` writes them; a longer
/// manifest is written as more documents (`---`), which keeps each one small for
/// whoever reads it back.
pub const POINTS_PER_DOCUMENT: usize = 1000;

/// Writes a manifest point by point, in constant memory: a `ServicePoints`
/// document every [`POINTS_PER_DOCUMENT`] points, each point as `document` writes it.
pub struct Writer<W: std::io::Write> {
    out: W,
    count: usize,
}

impl<W: std::io::Write> Writer<W> {
    /// A manifest written to `out`.
    pub fn new(out: W) -> Writer<W> {
        Writer { out, count: 0 }
    }

    /// Writes one point as it is.
    pub fn point(&mut self, p: &ServicePoint) -> anyhow::Result<()> {
        if self.count.is_multiple_of(POINTS_PER_DOCUMENT) {
            if self.count > 0 {
                self.out.write_all(b"---\n")?;
            }
            write!(
                self.out,
                "apiVersion: {API_VERSION}\nkind: ServicePoints\npoints:\n"
            )?;
        }
        // A one-item list is written exactly as an item of `points:` is.
        self.out
            .write_all(serde_saphyr::to_string(&[from_point(p)])?.as_bytes())?;
        self.count += 1;
        Ok(())
    }

    /// Ends the manifest (an empty one when no point was written); its writer.
    pub fn finish(mut self) -> anyhow::Result<W> {
        if self.count == 0 {
            self.out.write_all(document(Vec::new())?.as_bytes())?;
        }
        self.out.flush()?;
        Ok(self.out)
    }
}

/// A manifest of these desired states, as YAML.
pub fn to_yaml(points: &[Desired]) -> anyhow::Result<String> {
    document(points.iter().map(from_desired).collect())
}

/// The JSON Schema of a field's value in a manifest.
fn field_schema(f: &Field) -> Value {
    let what = match f.change {
        fields::Change::Creation => "Stated only to create the point, with agency_id. ",
        _ => "",
    };
    let description = format!("{} ({}). {what}{}", f.th, f.en, f.help)
        .trim()
        .to_owned();
    match (f.key, f.value) {
        ("code", _) => json!({
            "description": "The 13-digit code (รหัสหน่วยงาน), in quotes.",
            "type": "string",
            "pattern": citizeninfo_api::PointCode::PATTERN,
        }),
        (_, fields::Value::Number) => json!({ "description": description, "type": "number" }),
        _ => json!({ "description": description, "type": ["string", "null"] }),
    }
}

/// The point keys' schemas: every field a person states, and `processes`.
fn point_properties(with_code: bool) -> Map<String, Value> {
    let mut props: Map<String, Value> = FIELDS
        .iter()
        .filter(|f| f.is_stated() && (with_code || f.key != "code"))
        .map(|f| (f.key.to_owned(), field_schema(f)))
        .collect();
    let processes = serde_json::to_value(schemars::schema_for!(Processes)).unwrap_or_default();
    let mut processes = processes.as_object().cloned().unwrap_or_default();
    processes.remove("$schema");
    processes.remove("title");
    props.insert("processes".to_owned(), Value::Object(processes));
    props
}

/// The JSON Schema of manifest documents, generated from the field registry.
pub fn json_schema() -> String {
    let version = json!({ "description": "Always `citizeninfo/v1`.", "type": "string", "const": API_VERSION });
    let mut one = point_properties(true);
    one.insert("apiVersion".to_owned(), version.clone());
    one.insert(
        "kind".to_owned(),
        json!({ "description": "One service point.", "const": "ServicePoint" }),
    );
    let point = json!({
        "type": "object",
        "properties": point_properties(true),
        "required": ["code"],
        "additionalProperties": false,
    });
    let schema = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "citizeninfo manifest (citizeninfo/v1)",
        "description": "A manifest document: one point (kind ServicePoint), or many with defaults (kind ServicePoints). A point's keys are the fields of a service point.",
        "oneOf": [
            {
                "type": "object",
                "properties": one,
                "required": ["apiVersion", "kind", "code"],
                "additionalProperties": false,
            },
            {
                "type": "object",
                "properties": {
                    "apiVersion": version,
                    "kind": { "description": "Many service points.", "const": "ServicePoints" },
                    "defaults": {
                        "description": "Fields every point below has unless it states its own.",
                        "type": "object",
                        "properties": point_properties(false),
                        "additionalProperties": false,
                    },
                    "points": { "type": "array", "items": point },
                },
                "required": ["apiVersion", "kind", "points"],
                "additionalProperties": false,
            },
        ],
    });
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}
