//! What a front end (flags, a point document, a manifest entry, a sheet row) says
//! one point should be: the input of the CLI's engine of changes, and of the
//! sandbox's `--load`.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use citizeninfo_api::{NewPoint, PointCode, PointPatch, ProcessId, Status};

/// How a desired state names a point's bound processes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Bindings {
    /// The bound set becomes exactly this.
    Exact(Vec<ProcessId>),
    /// These must be bound; others are left alone.
    Include(Vec<ProcessId>),
    /// These must not be bound; others are left alone.
    Exclude(Vec<ProcessId>),
}

impl Bindings {
    /// The ids named.
    pub fn ids(&self) -> &[ProcessId] {
        match self {
            Bindings::Exact(ids) | Bindings::Include(ids) | Bindings::Exclude(ids) => ids,
        }
    }

    /// The ids a point must be allowed to bind (an exclusion binds nothing).
    pub fn to_bind(&self) -> &[ProcessId] {
        match self {
            Bindings::Exact(ids) | Bindings::Include(ids) => ids,
            Bindings::Exclude(_) => &[],
        }
    }

    /// True when the rule leaves processes it does not name alone, so it can be
    /// planned again on a fresher set without undoing anyone's binding.
    pub fn is_relative(&self) -> bool {
        !matches!(self, Bindings::Exact(_))
    }

    /// The set that `bound` becomes, and what is bound and unbound to get there.
    pub fn apply(&self, bound: &[ProcessId]) -> (Vec<ProcessId>, Vec<ProcessId>, Vec<ProcessId>) {
        let missing = |ids: &[ProcessId]| -> Vec<ProcessId> {
            let mut out: Vec<ProcessId> = Vec::new();
            for id in ids {
                if !bound.contains(id) && !out.contains(id) {
                    out.push(id.clone());
                }
            }
            out
        };
        match self {
            Bindings::Include(ids) => {
                let bind = missing(ids);
                let set = bound.iter().chain(bind.iter()).cloned().collect();
                (set, bind, Vec::new())
            }
            Bindings::Exact(ids) => {
                let bind = missing(ids);
                let unbind = bound
                    .iter()
                    .filter(|id| !ids.contains(id))
                    .cloned()
                    .collect();
                let mut set: Vec<ProcessId> = Vec::new();
                for id in ids {
                    if !set.contains(id) {
                        set.push(id.clone());
                    }
                }
                (set, bind, unbind)
            }
            Bindings::Exclude(ids) => {
                let unbind: Vec<ProcessId> = bound
                    .iter()
                    .filter(|id| ids.contains(id))
                    .cloned()
                    .collect();
                let set = bound
                    .iter()
                    .filter(|id| !ids.contains(id))
                    .cloned()
                    .collect();
                (set, Vec::new(), unbind)
            }
        }
    }
}

/// A photo to upload, read from disk and checked before any request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PhotoUpload {
    /// Its file name.
    pub name: String,
    /// Its size in bytes.
    pub size: usize,
    /// Its content; never part of a saved plan.
    #[serde(skip)]
    pub bytes: Vec<u8>,
}

/// What a front end says one point should be.
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
    /// Photos to add.
    pub add_photos: Vec<PhotoUpload>,
    /// Photo ids to remove.
    pub remove_photos: Vec<u64>,
    /// Everything needed to create the point when it does not exist, if stated.
    pub create: Option<NewPoint>,
    /// The version the front end's values were read at (a sheet's version column):
    /// when the point has changed since, its row is stale and is not planned.
    pub base_version: Option<u64>,
    /// The digits after the point a sheet shows a number field with, by wire key:
    /// a value that is the current one rounded to them is no change.
    pub shown: Vec<(&'static str, u32)>,
}

impl Desired {
    /// A desired state of `code` that changes nothing yet.
    pub fn new(code: PointCode) -> Desired {
        Desired {
            code,
            patch: PointPatch::default(),
            status: None,
            bindings: None,
            add_photos: Vec::new(),
            remove_photos: Vec::new(),
            create: None,
            base_version: None,
            shown: Vec::new(),
        }
    }
}
