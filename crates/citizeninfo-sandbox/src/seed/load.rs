//! `--load PATH...`: seeds the sandbox with service points from manifests, so a
//! change can be rehearsed on a copy of your own slice of the registry. The
//! manifests are read by the one reader the tool's `validate`, `diff` and `apply`
//! read them with (`citizeninfo_manifest::load`), so `--load` takes every manifest
//! `validate --force` takes, with the same problems at the same places; the
//! organisation tree and the processes are the sandbox's reference data, and a point
//! naming an agency or a process it lacks is refused with its place
//! (`file:line:column`), before anything is served.

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;

use rusqlite::Connection;

use super::data::{CATEGORIES, UNIT_TYPES};
use super::hex;
use crate::rng::Rng;
use crate::store::{org, points, processes};
use citizeninfo_api::fields::{self, Edit, Statement};
use citizeninfo_api::{NewPoint, PointCode, ProcessId};
use citizeninfo_manifest::load::{self, Entry, Place, Problem};

/// One point to load: what the service would be asked to create, and its
/// bound processes.
pub(crate) struct Loaded {
    /// Where the point is written.
    place: Place,
    /// Where its agency is named: its `agency_id`, or its code.
    agency_at: Place,
    /// Where its processes are listed.
    processes_at: Place,
    /// Where its parent is named.
    parent_at: Place,
    /// True when the manifest stated `agency_id`; otherwise it is the code's first
    /// six digits.
    agency_stated: bool,
    point: NewPoint,
    processes: Vec<ProcessId>,
}

/// Reads every manifest: the points, or every problem found. Nothing here needs
/// the database; [`insert`] checks the reference data. Coordinates abroad are
/// taken, as the service holds them (`validate --force`).
pub(crate) fn read(paths: &[PathBuf]) -> Result<Vec<Loaded>, Vec<Problem>> {
    let mut problems: Vec<Problem> = paths
        .iter()
        .filter(|p| p.is_dir())
        .filter(|p| load::files(std::slice::from_ref(p)).is_ok_and(|f| f.is_empty()))
        .map(|p| Problem {
            place: Place {
                file: p.clone(),
                line: 1,
                column: 1,
            },
            message: "is a folder without .yaml files: give the file or folder `citizeninfo dump -O` wrote".to_owned(),
        })
        .collect();
    // Each point is made as it is read, so memory holds the points, not also the
    // entries they were read from; what cannot be made counts only when every
    // manifest reads.
    let mut loaded = Vec::new();
    let mut unmade = Vec::new();
    let read = load::each(paths, true, &mut |e| {
        if let Some(l) = point_of(e, &mut unmade) {
            loaded.push(l);
        }
    });
    match read {
        Err(found) => problems.extend(found),
        Ok(_) => problems.extend(unmade),
    }
    if problems.is_empty() {
        Ok(loaded)
    } else {
        problems.sort();
        problems.dedup();
        Err(problems)
    }
}

/// The point an entry states, as the service would be asked to create it: its
/// own creation when it states one (`agency_id` and the rest), else its fields
/// with the agency its code names and the sandbox's type, subtype and category.
fn point_of(e: Entry, problems: &mut Vec<Problem>) -> Option<Loaded> {
    let agency_stated = e.desired.create.is_some();
    let processes = e
        .desired
        .bindings
        .as_ref()
        .map(|b| b.to_bind().to_vec())
        .unwrap_or_default();
    let point = match e.desired.create.clone() {
        Some(point) => point,
        None => {
            let mut statement = Statement::default();
            statement.code = Some(e.desired.code.clone());
            statement.edit = Edit {
                patch: e.desired.patch.clone(),
                status: e.desired.status,
            };
            let agency = e.desired.code.as_str().get(..6).unwrap_or_default();
            for (key, value) in [
                ("agency_id", Some(agency.to_owned())),
                ("type", creation_default("type")),
                ("subtype", creation_default("subtype")),
                ("category", creation_default("category")),
            ] {
                if let (Some(f), Some(v)) = (fields::field(key), value) {
                    // The defaults are the sandbox's own reference data.
                    let _ = statement.state(f, Some(&v));
                }
            }
            match statement.new_point() {
                Ok(point) => point,
                Err(errors) => {
                    problems.extend(errors.into_iter().map(|err| Problem {
                        place: e.place_of(&err.field),
                        message: format!("{}: {}", err.field, err.message),
                    }));
                    return None;
                }
            }
        }
    };
    Some(Loaded {
        agency_at: e.place_of(if agency_stated { "agency_id" } else { "code" }),
        processes_at: e.place_of("processes"),
        parent_at: e.place_of("parent_code"),
        place: e.place,
        agency_stated,
        point,
        processes,
    })
}

/// The type, subtype and category the sandbox gives a point whose manifest does
/// not state them (`dump` writes only what `diff` compares).
/// A point created this way is a service point (`level` is stated only to
/// create one), so it takes the unit's regional subtype where there is one.
fn creation_default(key: &str) -> Option<String> {
    let unit = &UNIT_TYPES[0];
    match key {
        "type" => Some(unit.name_th.to_owned()),
        "subtype" => {
            let regional = unit.subtypes.len() > 1;
            unit.subtypes
                .get(usize::from(regional))
                .map(|s| (*s).to_owned())
        }
        "category" => CATEGORIES.first().map(|c| c.name_th.to_owned()),
        _ => None,
    }
}

/// Inserts the points into a database holding the reference data, parents before
/// their children, each with its bound processes; every point naming an agency, a
/// process or a parent the sandbox lacks is a problem, and nothing is inserted.
pub(crate) fn insert(
    conn: &Connection,
    loaded: &[Loaded],
) -> anyhow::Result<Result<u64, Vec<Problem>>> {
    let api = |e: crate::error::ApiError| anyhow::anyhow!(e.message);
    let mut problems = Vec::new();
    let mut tree = Vec::new();
    let mut known: HashMap<ProcessId, bool> = HashMap::new();
    for l in loaded {
        let agency = org::agency(conn, &l.point.agency_id).map_err(api)?;
        let Some(agency) = agency else {
            problems.push(Problem {
                place: l.agency_at.clone(),
                message: if l.agency_stated {
                    format!(
                        "the point {}: agency_id {} is not an agency of the sandbox's reference data",
                        l.point.code, l.point.agency_id
                    )
                } else {
                    format!(
                        "the point {}: its code names agency {}, which is not an agency of the sandbox's reference data; state `agency_id` with one it has",
                        l.point.code, l.point.agency_id
                    )
                },
            });
            continue;
        };
        for id in &l.processes {
            let known = match known.get(id) {
                Some(k) => *k,
                None => {
                    let k = processes::find(conn, id).map_err(api)?.is_some();
                    known.insert(id.clone(), k);
                    k
                }
            };
            if !known {
                problems.push(Problem {
                    place: l.processes_at.clone(),
                    message: format!(
                        "the point {}: process {id} is not a process of the sandbox's reference data",
                        l.point.code
                    ),
                });
            }
        }
        tree.push((l, agency));
    }
    // Parents first: a point waits until its parent is in.
    let codes: BTreeSet<&PointCode> = loaded.iter().map(|l| &l.point.code).collect();
    for l in loaded {
        if let Some(parent) = &l.point.parent_code
            && !codes.contains(parent)
        {
            problems.push(Problem {
                place: l.parent_at.clone(),
                message: format!(
                    "the point {}: its parent_code {parent} is not among the points loaded; load its whole agency (citizeninfo dump --agency {})",
                    l.point.code, l.point.agency_id
                ),
            });
        }
    }
    if !problems.is_empty() {
        problems.sort();
        return Ok(Err(problems));
    }
    let mut done: BTreeSet<PointCode> = BTreeSet::new();
    let mut rng = Rng::new(0x10AD_5EED);
    let mut bindings = 0u64;
    while done.len() < tree.len() {
        let before = done.len();
        for (l, agency) in &tree {
            let p = &l.point;
            if done.contains(&p.code) || p.parent_code.as_ref().is_some_and(|c| !done.contains(c)) {
                continue;
            }
            let authorize = loop {
                let candidate = hex(&mut rng, 15);
                if points::by_authorize_code(conn, &candidate)
                    .map_err(api)?
                    .is_none()
                {
                    break candidate;
                }
            };
            points::insert(
                conn,
                p,
                &agency.ministry_id,
                &agency.department_id,
                &authorize,
            )
            .map_err(api)?;
            if !l.processes.is_empty() {
                processes::change(conn, &p.code, &l.processes, &[]).map_err(api)?;
                bindings += l.processes.len() as u64;
            }
            done.insert(p.code.clone());
        }
        if done.len() == before {
            let stuck = tree
                .iter()
                .find(|(l, _)| !done.contains(&l.point.code))
                .map(|(l, _)| Problem {
                    place: l.place.clone(),
                    message: format!(
                        "the point {} is its own ancestor through parent_code",
                        l.point.code
                    ),
                });
            return Ok(Err(stuck.into_iter().collect()));
        }
    }
    Ok(Ok(bindings))
}

/// The error of a refused load: every problem, one a line.
pub(crate) fn refused(problems: &[Problem]) -> anyhow::Error {
    let list: Vec<String> = problems.iter().map(Problem::to_string).collect();
    anyhow::anyhow!(
        "--load: {} problem{} in the manifests, so nothing was loaded or served:\n{}",
        problems.len(),
        if problems.len() == 1 { "" } else { "s" },
        list.join("\n")
    )
}
