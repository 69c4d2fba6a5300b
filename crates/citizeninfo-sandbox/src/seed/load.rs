//! `--load PATH...`: seeds the sandbox with service points from manifests, as
//! `citizeninfo dump` writes them, so a change can be rehearsed on a copy of your
//! own slice of the registry. Each point's values are read through the field
//! registry (`citizeninfo_api::fields`), the same rules the service applies to a
//! new point; the organisation tree and the processes are the sandbox's reference
//! data, and a point naming an agency or a process it lacks is refused with its
//! place (`file:line:column`), before anything is served.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};

use rusqlite::Connection;
use serde::Deserialize;
use serde_json::Value;
use serde_saphyr::{Location, Spanned};

use super::data::{CATEGORIES, UNIT_TYPES};
use super::hex;
use crate::rng::Rng;
use crate::store::{org, points, processes};
use citizeninfo_api::fields::{self, Statement, Value as Kind};
use citizeninfo_api::rules::excerpt;
use citizeninfo_api::{Level, NewPoint, PointCode, ProcessId};

/// The `apiVersion` of the manifests `dump` writes.
const API_VERSION: &str = "citizeninfo/v1";

/// A place in a manifest.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Place {
    file: PathBuf,
    line: u64,
    column: u64,
}

impl Place {
    fn at(file: &Path, at: &Location) -> Place {
        Place {
            file: file.to_path_buf(),
            line: at.line().max(1),
            column: at.column().max(1),
        }
    }

    fn whole(file: &Path) -> Place {
        Place {
            file: file.to_path_buf(),
            line: 1,
            column: 1,
        }
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file.display(), self.line, self.column)
    }
}

/// A problem found in a manifest to load, at its place.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Problem {
    place: Place,
    message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place, self.message)
    }
}

/// A point's keys and values, each value with its place.
type Values = BTreeMap<String, Spanned<Value>>;

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

/// A manifest document, as `dump` writes it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Document {
    #[serde(rename = "apiVersion")]
    api_version: Spanned<String>,
    kind: Spanned<String>,
    #[serde(default)]
    defaults: Option<Values>,
    #[serde(default)]
    points: Vec<Spanned<Values>>,
}

/// A point's `processes`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Processes {
    exact: Option<Vec<String>>,
    include: Option<Vec<String>>,
}

/// The files the paths name: each file, and the `.yaml`/`.yml` files of each
/// folder, sorted (as `citizeninfo diff -f` reads them).
fn files(paths: &[PathBuf], problems: &mut Vec<Problem>) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        let cannot = |e: std::io::Error| Problem {
            place: Place::whole(p),
            message: format!("cannot be read: {e}"),
        };
        match std::fs::metadata(p) {
            Err(e) => problems.push(cannot(e)),
            Ok(m) if m.is_dir() => match std::fs::read_dir(p) {
                Err(e) => problems.push(cannot(e)),
                Ok(entries) => {
                    let mut found: Vec<PathBuf> = entries
                        .filter_map(|e| e.ok().map(|e| e.path()))
                        .filter(|f| f.extension().is_some_and(|x| x == "yaml" || x == "yml"))
                        .collect();
                    if found.is_empty() {
                        problems.push(Problem {
                            place: Place::whole(p),
                            message: "is a folder without .yaml files: give the file or folder `citizeninfo dump -O` wrote".to_owned(),
                        });
                    }
                    found.sort();
                    out.extend(found);
                }
            },
            Ok(_) => out.push(p.clone()),
        }
    }
    out
}

/// The first line of a YAML error, without serde-saphyr's location prefix.
fn yaml_message(e: &serde_saphyr::Error) -> String {
    let rendered = e.to_string();
    let first = rendered.lines().next().unwrap_or_default();
    let first = first.strip_prefix("error: ").unwrap_or(first);
    match first.split_once(": ") {
        Some((head, rest)) if head.starts_with("line ") => rest.to_owned(),
        _ => first.to_owned(),
    }
}

/// Reads every manifest: the points, or every problem found. Nothing here needs
/// the database; [`insert`] checks the reference data.
pub(crate) fn read(paths: &[PathBuf]) -> Result<Vec<Loaded>, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut loaded = Vec::new();
    for file in files(paths, &mut problems) {
        let reader = match std::fs::File::open(&file) {
            Ok(f) => f,
            Err(e) => {
                problems.push(Problem {
                    place: Place::whole(&file),
                    message: format!("cannot be read: {e}"),
                });
                continue;
            }
        };
        // Document by document, so a file of any size is read in bounded memory
        // (each document keeps serde-saphyr's caps against alias bombs).
        let mut reader = std::io::BufReader::new(reader);
        for doc in serde_saphyr::read::<_, Document>(&mut reader) {
            match doc {
                Ok(doc) => document(&file, doc, &mut loaded, &mut problems),
                Err(e) => problems.push(Problem {
                    place: e
                        .location()
                        .map_or_else(|| Place::whole(&file), |at| Place::at(&file, &at)),
                    message: yaml_message(&e),
                }),
            }
        }
    }
    let mut seen: HashMap<PointCode, Place> = HashMap::new();
    for l in &loaded {
        if let Some(first) = seen.insert(l.point.code.clone(), l.place.clone()) {
            problems.push(Problem {
                place: l.place.clone(),
                message: format!(
                    "the point {} is also stated at {first}: a point is loaded once",
                    l.point.code
                ),
            });
        }
    }
    if problems.is_empty() {
        Ok(loaded)
    } else {
        problems.sort();
        problems.dedup();
        Err(problems)
    }
}

fn document(file: &Path, doc: Document, loaded: &mut Vec<Loaded>, problems: &mut Vec<Problem>) {
    if doc.api_version.value != API_VERSION {
        problems.push(Problem {
            place: Place::at(file, &doc.api_version.referenced),
            message: format!(
                "apiVersion {} is not known: write {API_VERSION}",
                excerpt(&doc.api_version.value)
            ),
        });
        return;
    }
    if doc.kind.value != "ServicePoints" {
        problems.push(Problem {
            place: Place::at(file, &doc.kind.referenced),
            message: format!(
                "kind {}: --load reads ServicePoints documents, as `citizeninfo dump` writes them",
                excerpt(&doc.kind.value)
            ),
        });
        return;
    }
    let defaults = doc.defaults.unwrap_or_default();
    for p in doc.points {
        let mut values = p.value;
        for (k, v) in &defaults {
            if k != "code" && !values.contains_key(k) {
                values.insert(k.clone(), v.clone());
            }
        }
        if let Some(l) = point(file, &p.referenced, &values, problems) {
            loaded.push(l);
        }
    }
}

/// A value of a field as text: `None` when empty.
fn text(f: &fields::Field, v: &Value) -> Result<Option<String>, String> {
    match v {
        Value::Null => Ok(None),
        Value::String(s) => Ok(Some(s.clone())),
        Value::Number(n) if matches!(f.value, Kind::Key | Kind::Code | Kind::Phone) => Err(
            format!("{n} was read as a number; write it in quotes so no digit is lost"),
        ),
        Value::Number(n) => Ok(Some(n.to_string())),
        Value::Bool(_) => {
            Err("expected a value, found true/false; write text in quotes".to_owned())
        }
        Value::Array(_) => Err("expected a value, found a list".to_owned()),
        Value::Object(_) => Err("expected a value, found a mapping".to_owned()),
    }
}

/// The type, subtype and category the sandbox gives a point whose manifest does
/// not state them (`dump` writes only what `diff` compares).
fn creation_default(key: &str, level: Level) -> Option<String> {
    let unit = &UNIT_TYPES[0];
    match key {
        "type" => Some(unit.name_th.to_owned()),
        "subtype" => {
            let regional = level == Level::ServicePoint && unit.subtypes.len() > 1;
            unit.subtypes
                .get(usize::from(regional))
                .map(|s| (*s).to_owned())
        }
        "category" => CATEGORIES.first().map(|c| c.name_th.to_owned()),
        _ => None,
    }
}

/// One point, read through the field registry; `None` after its problems.
fn point(
    file: &Path,
    at: &Location,
    values: &Values,
    problems: &mut Vec<Problem>,
) -> Option<Loaded> {
    let start = problems.len();
    let place = Place::at(file, at);
    // The place of a key's value, or of the point when it is not stated.
    let value_at = |key: &str| {
        values
            .get(key)
            .map_or_else(|| place.clone(), |v| Place::at(file, &v.referenced))
    };
    let mut fail = |place: Place, message: String| problems.push(Problem { place, message });
    let mut statement = Statement::default();
    let mut bound = Vec::new();
    for (key, spanned) in values {
        let here = Place::at(file, &spanned.referenced);
        let value = &spanned.value;
        if key == "processes" {
            match serde_json::from_value::<Processes>(value.clone()) {
                Ok(Processes {
                    exact: Some(ids),
                    include: None,
                })
                | Ok(Processes {
                    exact: None,
                    include: Some(ids),
                }) => {
                    for id in ids {
                        match id.trim().parse::<ProcessId>() {
                            Ok(id) if bound.contains(&id) => {}
                            Ok(id) => bound.push(id),
                            Err(e) => fail(here.clone(), format!("processes: process id {e}")),
                        }
                    }
                }
                Ok(_) => fail(
                    here,
                    "processes states either `exact` (the whole set) or `include`".to_owned(),
                ),
                Err(e) => fail(here, format!("processes: {e}")),
            }
            continue;
        }
        let Some(f) = fields::field(key).filter(|f| f.is_stated()) else {
            fail(
                here,
                format!(
                    "unknown key {}; a point may state {}, processes",
                    excerpt(key),
                    fields::FIELDS
                        .iter()
                        .filter(|f| f.is_stated())
                        .map(|f| f.key)
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
            continue;
        };
        match text(f, value).and_then(|t| statement.state(f, t.as_deref())) {
            Ok(()) => {}
            Err(e) => fail(here, format!("{key}: {e}")),
        }
    }
    let Some(code) = statement.code.clone() else {
        fail(place, "a point needs its `code`".to_owned());
        return None;
    };
    let agency_stated = statement.states("agency_id");
    if !agency_stated {
        let agency = code.as_str().get(..6).unwrap_or_default().to_owned();
        if let Some(f) = fields::field("agency_id") {
            let _ = statement.state(f, Some(&agency));
        }
    }
    let level = values
        .get("level")
        .and_then(|v| v.value.as_str())
        .and_then(fields::level_of)
        .unwrap_or(Level::ServicePoint);
    for key in ["type", "subtype", "category"] {
        if !statement.states(key)
            && let (Some(f), Some(v)) = (fields::field(key), creation_default(key, level))
        {
            let _ = statement.state(f, Some(&v));
        }
    }
    if problems.len() > start {
        return None;
    }
    match statement.new_point() {
        Ok(point) => Some(Loaded {
            agency_at: value_at(if agency_stated { "agency_id" } else { "code" }),
            processes_at: value_at("processes"),
            parent_at: value_at("parent_code"),
            place,
            agency_stated,
            point,
            processes: bound,
        }),
        Err(errors) => {
            for e in errors {
                problems.push(Problem {
                    place: value_at(&e.field),
                    message: format!("{}: {}", e.field, e.message),
                });
            }
            None
        }
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
