//! Declarative manifests, format v1: YAML documents stating what service points
//! should be. `import --to-manifest` writes them.

pub mod load;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::engine::{Bindings, Desired};
use citizeninfo_api::Status;
use citizeninfo_api::hours;

/// The `apiVersion` of every document.
pub const API_VERSION: &str = "citizeninfo/v1";

/// The fields a manifest may state for a point, or as defaults for many.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PointFields {
    /// To create the point when it does not exist: its agency's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency_id: Option<String>,
    /// To create: head_agency, central_unit or service_point (the default).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    /// To create: ประเภท.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub unit_type: Option<String>,
    /// To create: ประเภทย่อย.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtype: Option<String>,
    /// To create: หมวดหมู่.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// ชื่อสำหรับแสดงผล (ภาษาไทย).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_th: Option<String>,
    /// ชื่อสำหรับแสดงผล (ภาษาอังกฤษ).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_en: Option<String>,
    /// ชื่อเต็มของหน่วยงาน.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    /// ที่อยู่ (ภาษาไทย).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_th: Option<String>,
    /// Province, in Thai.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub province: Option<String>,
    /// Latitude.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    /// Longitude.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lng: Option<f64>,
    /// Opening hours, e.g. `mon-fri 08:30-12:00,13:00-16:30`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<String>,
    /// E-mail; empty clears it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Telephone; empty clears it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub telephone: Option<String>,
    /// Parent unit's code; empty makes it a root of its agency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_code: Option<String>,
    /// shown or hidden.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// Bound processes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub processes: Option<Processes>,
}

/// A point's bound processes: `exact` (the set becomes this list) or `include`
/// (these must be bound; others are left alone).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Processes {
    /// The whole set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exact: Option<Vec<String>>,
    /// Processes that must be bound.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<String>>,
}

/// One point of a manifest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PointSpec {
    /// The 13-digit code.
    pub code: String,
    /// What it states.
    #[serde(flatten)]
    pub fields: PointFields,
}

/// A document stating many points, with defaults written once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ServicePoints {
    /// Always `citizeninfo/v1`.
    #[serde(rename = "apiVersion")]
    pub api_version: String,
    /// Always `ServicePoints`.
    pub kind: String,
    /// Fields every point below has unless it states its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub defaults: Option<PointFields>,
    /// The points.
    pub points: Vec<PointSpec>,
}

impl PointSpec {
    /// The manifest form of a desired state.
    pub fn from_desired(d: &Desired) -> PointSpec {
        let p = &d.patch;
        let flat = |v: &Option<Option<String>>| v.as_ref().map(|x| x.clone().unwrap_or_default());
        PointSpec {
            code: d.code.to_string(),
            fields: PointFields {
                agency_id: None,
                level: None,
                unit_type: None,
                subtype: None,
                category: None,
                name_th: p.name_th.clone(),
                name_en: p.name_en.clone(),
                full_name: p.full_name.clone(),
                address_th: p.address_th.clone(),
                province: p.province.clone(),
                lat: p.lat,
                lng: p.lng,
                hours: p.hours.as_ref().map(|h| hours::format(h)),
                email: flat(&p.email),
                telephone: flat(&p.telephone),
                parent_code: p
                    .parent_code
                    .as_ref()
                    .map(|c| c.as_ref().map(|c| c.to_string()).unwrap_or_default()),
                status: d.status,
                processes: d.bindings.as_ref().and_then(|b| match b {
                    Bindings::Exact(ids) => Some(Processes {
                        exact: Some(ids.iter().map(|i| i.to_string()).collect()),
                        include: None,
                    }),
                    Bindings::Include(ids) => Some(Processes {
                        exact: None,
                        include: Some(ids.iter().map(|i| i.to_string()).collect()),
                    }),
                    // Manifests state what must be bound; unbinding is `manuals unbind`.
                    Bindings::Exclude(_) => None,
                }),
            },
        }
    }
}

/// A manifest of these desired states, as YAML.
pub fn to_yaml(points: &[Desired]) -> anyhow::Result<String> {
    let doc = ServicePoints {
        api_version: API_VERSION.to_owned(),
        kind: "ServicePoints".to_owned(),
        defaults: None,
        points: points.iter().map(PointSpec::from_desired).collect(),
    };
    Ok(serde_saphyr::to_string(&doc)?)
}

/// A manifest document, for the JSON Schema: one point, or many with defaults.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", deny_unknown_fields)]
#[schemars(title = "citizeninfo manifest (citizeninfo/v1)")]
pub enum Document {
    /// One service point.
    ServicePoint {
        /// Always `citizeninfo/v1`.
        #[serde(rename = "apiVersion")]
        #[schemars(regex(pattern = r"^citizeninfo/v1$"))]
        api_version: String,
        /// The 13-digit code.
        #[schemars(regex(pattern = r"^[0-9]{13}$"))]
        code: String,
        /// What it states.
        #[serde(flatten)]
        fields: PointFields,
    },
    /// Many service points, with defaults written once.
    ServicePoints {
        /// Always `citizeninfo/v1`.
        #[serde(rename = "apiVersion")]
        #[schemars(regex(pattern = r"^citizeninfo/v1$"))]
        api_version: String,
        /// Fields every point has unless it states its own.
        #[serde(default)]
        defaults: Option<PointFields>,
        /// The points.
        points: Vec<PointSpec>,
    },
}

/// The JSON Schema of manifest documents, generated from the types above.
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(Document);
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}
