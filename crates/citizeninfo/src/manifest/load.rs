//! Reading manifests: files and folders, YAML documents with a location for every
//! value, every rule checked with no network, all problems reported at once as
//! `file:line:column: message`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::API_VERSION;
use crate::engine::{Bindings, Desired, edit_distance, normal};
use citizeninfo_api::fields;
use citizeninfo_api::hours;
use citizeninfo_api::rules::{self, Checker};
use citizeninfo_api::{Level, NewPoint, PointCode, PointPatch, ProcessId, Status};

/// Largest manifest file read, in bytes.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// A place in a file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Place {
    /// The file.
    pub file: PathBuf,
    /// 1-based line.
    pub line: u64,
    /// 1-based column.
    pub column: u64,
}

impl std::fmt::Display for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}:{}", self.file.display(), self.line, self.column)
    }
}

/// A problem found in a manifest.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    /// Where.
    pub place: Place,
    /// What rule it broke.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.place, self.message)
    }
}

/// One point as the manifests state it, defaults applied.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Where its code is written.
    pub place: Place,
    /// What it should be, and how to create it when it does not exist.
    pub desired: Desired,
}

/// Every key a document, a point or the defaults may have; which apply where is
/// checked after parsing, so an unknown key anywhere is named with its place.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    #[serde(rename = "apiVersion")]
    api_version: Option<Spanned<String>>,
    kind: Option<Spanned<String>>,
    defaults: Option<Box<Spanned<Raw>>>,
    points: Option<Vec<Spanned<Raw>>>,
    code: Option<Spanned<String>>,
    agency_id: Option<Spanned<String>>,
    level: Option<Spanned<String>>,
    #[serde(rename = "type")]
    unit_type: Option<Spanned<String>>,
    subtype: Option<Spanned<String>>,
    category: Option<Spanned<String>>,
    name_th: Option<Spanned<String>>,
    name_en: Option<Spanned<String>>,
    full_name: Option<Spanned<String>>,
    address_th: Option<Spanned<String>>,
    province: Option<Spanned<String>>,
    lat: Option<Spanned<f64>>,
    lng: Option<Spanned<f64>>,
    hours: Option<Spanned<String>>,
    email: Option<Spanned<String>>,
    telephone: Option<Spanned<String>>,
    parent_code: Option<Spanned<String>>,
    status: Option<Spanned<String>>,
    processes: Option<Spanned<RawProcesses>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProcesses {
    exact: Option<Vec<Spanned<String>>>,
    include: Option<Vec<Spanned<String>>>,
}

/// The keys a point may state (also in `defaults`): every field of the registry a
/// person states, and its processes.
fn field_keys() -> Vec<&'static str> {
    fields::FIELDS
        .iter()
        .filter(|f| f.is_stated())
        .map(|f| f.key)
        .chain(["processes"])
        .collect()
}

/// Every key a document may have.
fn all_keys() -> Vec<&'static str> {
    ["apiVersion", "kind", "defaults", "points"]
        .into_iter()
        .chain(field_keys())
        .collect()
}

/// The known key nearest to a misspelt one, if near enough.
fn suggest(unknown: &str, known: &[&str]) -> Option<String> {
    known
        .iter()
        .map(|k| (edit_distance(unknown, k), *k))
        .filter(|(d, k)| *d <= (k.chars().count() / 3).max(1))
        .min()
        .map(|(_, k)| k.to_owned())
}

/// The message of a parse error, without serde-saphyr's location prefix and
/// snippet, with a suggestion for an unknown key.
fn parse_message(e: &serde_saphyr::Error) -> String {
    let rendered = e.to_string();
    let first = rendered.lines().next().unwrap_or_default();
    let first = first.strip_prefix("error: ").unwrap_or(first);
    let message = match first.split_once(": ") {
        Some((head, rest)) if head.starts_with("line ") => rest,
        _ => first,
    };
    if let Some(rest) = message.strip_prefix("unknown field `")
        && let Some(name) = rest.split('`').next()
    {
        return match suggest(name, &all_keys()) {
            Some(s) => format!("unknown key `{name}`: did you mean `{s}`?"),
            None => format!(
                "unknown key `{name}`; a point may state {}",
                field_keys().join(", ")
            ),
        };
    }
    message.to_owned()
}

/// The manifest files a path names: the file itself, or the `.yaml`/`.yml` files
/// of a folder, sorted.
pub fn files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Problem> {
    let mut out = Vec::new();
    for p in paths {
        let place = Place {
            file: p.clone(),
            line: 0,
            column: 0,
        };
        let meta = std::fs::metadata(p).map_err(|e| Problem {
            place: place.clone(),
            message: format!("cannot be read: {e}"),
        })?;
        if meta.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(p)
                .map_err(|e| Problem {
                    place: place.clone(),
                    message: format!("cannot be read: {e}"),
                })?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| f.extension().is_some_and(|x| x == "yaml" || x == "yml"))
                .collect();
            found.sort();
            out.extend(found);
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

/// One document's source: its file, and the lines before it in the file.
#[derive(Clone, Copy)]
struct Src<'a> {
    file: &'a Path,
    offset: u64,
    /// Accept coordinates outside Thailand.
    force: bool,
}

impl Src<'_> {
    fn at(&self, s: &serde_saphyr::Location) -> Place {
        Place {
            file: self.file.to_path_buf(),
            line: s.line() + self.offset,
            column: s.column(),
        }
    }

    fn start(&self) -> Place {
        Place {
            file: self.file.to_path_buf(),
            line: self.offset + 1,
            column: 1,
        }
    }
}

/// Splits a file into its YAML documents, each with the number of lines before it,
/// so a broken document does not hide the problems of the others.
fn documents(text: &str) -> Vec<(u64, String)> {
    // A chunk of only comments, blank lines and directives (`%YAML`) belongs to the
    // document after the next `---`.
    let only_preamble = |chunk: &str| {
        chunk.lines().all(|l| {
            let l = l.trim();
            l.is_empty() || l.starts_with('#') || l.starts_with('%')
        })
    };
    let mut docs = Vec::new();
    let mut current = String::new();
    let mut start = 0u64;
    for (n, line) in text.lines().enumerate() {
        let bare = line.trim_end_matches('\r');
        let marker = bare == "---" || bare.starts_with("--- ") || bare.starts_with("---\t");
        if !marker {
            current.push_str(line);
            current.push('\n');
            continue;
        }
        if !only_preamble(&current) {
            docs.push((start, std::mem::take(&mut current)));
        }
        current.clear();
        // What follows the marker on its line starts the document, at its place.
        start = n as u64;
        current.push_str(&" ".repeat(3));
        current.push_str(&bare[3..]);
        current.push('\n');
    }
    if !only_preamble(&current) {
        docs.push((start, current));
    }
    docs
}

/// Reads and checks every manifest; the entries, or every problem found.
pub fn load(paths: &[PathBuf], force: bool) -> Result<Vec<Entry>, Vec<Problem>> {
    let files = files(paths).map_err(|p| vec![p])?;
    let mut problems = Vec::new();
    let mut entries: Vec<Entry> = Vec::new();
    for file in &files {
        let whole = Place {
            file: file.clone(),
            line: 1,
            column: 1,
        };
        // Read through a cap, so a device or a pipe with no end cannot exhaust memory.
        let mut text = String::new();
        let read = std::fs::File::open(file).and_then(|f| {
            use std::io::Read;
            f.take(MAX_FILE_BYTES + 1).read_to_string(&mut text)
        });
        match read {
            Err(e) => {
                problems.push(Problem {
                    place: whole,
                    message: format!("cannot be read: {e}"),
                });
                continue;
            }
            Ok(n) if n as u64 > MAX_FILE_BYTES => {
                problems.push(Problem {
                    place: whole,
                    message: format!(
                        "is larger than {MAX_FILE_BYTES} bytes, the most a manifest may be"
                    ),
                });
                continue;
            }
            Ok(_) => {}
        }
        for (offset, doc) in documents(&text) {
            let src = Src {
                file,
                offset,
                force,
            };
            match serde_saphyr::from_str::<Raw>(&doc) {
                Ok(raw) => document(src, raw, &mut entries, &mut problems),
                Err(e) => {
                    let at = e.location().map_or_else(|| src.start(), |l| src.at(&l));
                    problems.push(Problem {
                        place: at,
                        message: parse_message(&e),
                    });
                }
            }
        }
    }
    let mut seen: HashMap<PointCode, Place> = HashMap::new();
    for e in &entries {
        if let Some(first) = seen.get(&e.desired.code) {
            problems.push(Problem {
                place: e.place.clone(),
                message: format!(
                    "the point {} is also stated at {first}: a point may be stated once",
                    e.desired.code
                ),
            });
        } else {
            seen.insert(e.desired.code.clone(), e.place.clone());
        }
    }
    if problems.is_empty() {
        Ok(entries)
    } else {
        problems.sort();
        Err(problems)
    }
}

/// Keys stated where they do not belong: (key, where).
fn misplaced<'a>(raw: &'a Raw, keys: &[&str]) -> Vec<(&'static str, &'a serde_saphyr::Location)> {
    let mut out = Vec::new();
    let mut found = |key: &'static str, loc: Option<&'a serde_saphyr::Location>| {
        if let Some(loc) = loc
            && keys.contains(&key)
        {
            out.push((key, loc));
        }
    };
    found(
        "apiVersion",
        raw.api_version.as_ref().map(|v| &v.referenced),
    );
    found("kind", raw.kind.as_ref().map(|v| &v.referenced));
    found("defaults", raw.defaults.as_ref().map(|v| &v.referenced));
    found(
        "points",
        raw.points
            .as_ref()
            .and_then(|v| v.first())
            .map(|v| &v.referenced),
    );
    found("code", raw.code.as_ref().map(|v| &v.referenced));
    out
}

fn document(src: Src<'_>, doc: Raw, entries: &mut Vec<Entry>, problems: &mut Vec<Problem>) {
    let top = src.start();
    let mut fail = |at: Place, message: String| problems.push(Problem { place: at, message });
    match &doc.api_version {
        Some(v) if v.value == API_VERSION => {}
        Some(v) => fail(
            src.at(&v.referenced),
            format!(
                "apiVersion \"{}\" is not known: write {API_VERSION}",
                v.value
            ),
        ),
        None => fail(
            top.clone(),
            format!("a document needs `apiVersion: {API_VERSION}`"),
        ),
    }
    let Some(kind) = &doc.kind else {
        fail(
            top,
            "a document needs `kind: ServicePoint` or `kind: ServicePoints`".to_owned(),
        );
        return;
    };
    let kind_at = src.at(&kind.referenced);
    match kind.value.as_str() {
        "ServicePoint" => {
            if doc.points.is_some() || doc.defaults.is_some() {
                fail(kind_at, "a ServicePoint document states one point: use kind ServicePoints for `points` and `defaults`".to_owned());
                return;
            }
            if let Some(e) = entry(src, &doc, None, problems) {
                entries.push(e);
            }
        }
        "ServicePoints" => {
            let defaults = doc.defaults.as_deref();
            if let Some(d) = defaults {
                for (key, at) in misplaced(
                    &d.value,
                    &["apiVersion", "kind", "defaults", "points", "code"],
                ) {
                    fail(
                        src.at(at),
                        format!(
                            "`{key}` cannot be a default: it belongs to the document or to each point"
                        ),
                    );
                }
            }
            let Some(points) = &doc.points else {
                fail(
                    kind_at,
                    "a ServicePoints document needs `points`".to_owned(),
                );
                return;
            };
            for p in points {
                for (key, at) in misplaced(&p.value, &["apiVersion", "kind", "defaults", "points"])
                {
                    problems.push(Problem {
                        place: src.at(at),
                        message: format!("`{key}` belongs to the document, not to a point"),
                    });
                }
                if let Some(e) = entry(src, &p.value, defaults.map(|d| &d.value), problems) {
                    entries.push(e);
                }
            }
        }
        other => {
            let hint = suggest(other, &["ServicePoint", "ServicePoints"])
                .map_or(String::new(), |s| format!(": did you mean {s}?"));
            fail(
                kind_at,
                format!("kind \"{other}\" is not known{hint} (ServicePoint or ServicePoints)"),
            );
        }
    }
}

/// A point's value: its own, else the default's.
fn pick<'a, T>(
    own: &'a Option<Spanned<T>>,
    default: Option<&'a Option<Spanned<T>>>,
) -> Option<&'a Spanned<T>> {
    own.as_ref().or_else(|| default.and_then(|d| d.as_ref()))
}

fn entry(
    src: Src<'_>,
    raw: &Raw,
    defaults: Option<&Raw>,
    problems: &mut Vec<Problem>,
) -> Option<Entry> {
    let at = |s: &serde_saphyr::Location| src.at(s);
    let start = problems.len();
    let mut fail = |p: Place, m: String| {
        problems.push(Problem {
            place: p,
            message: m,
        })
    };
    let Some(code) = &raw.code else {
        fail(src.start(), "a point needs its `code`".to_owned());
        return None;
    };
    let code_place = at(&code.referenced);
    let code: Option<PointCode> = code
        .value
        .trim()
        .parse()
        .map_err(|e: String| fail(code_place.clone(), format!("code {e}")))
        .ok();
    let d = |f: fn(&Raw) -> &Option<Spanned<String>>| pick(f(raw), defaults.map(f));
    let text = |v: Option<&Spanned<String>>,
                max: usize,
                key: &str,
                fail: &mut dyn FnMut(Place, String)|
     -> Option<String> {
        let v = v?;
        let mut check = Checker::new();
        check.text(key, &v.value, max);
        match check.finish() {
            Ok(()) => Some(normal(&v.value)),
            Err(e) => {
                fail(at(&v.referenced), format!("{key} {}", e[0].message));
                None
            }
        }
    };
    let mut patch = PointPatch {
        name_th: text(
            d(|r| &r.name_th),
            rules::MAX_NAME_CHARS,
            "name_th",
            &mut fail,
        ),
        name_en: text(
            d(|r| &r.name_en),
            rules::MAX_NAME_CHARS,
            "name_en",
            &mut fail,
        ),
        full_name: text(
            d(|r| &r.full_name),
            rules::MAX_NAME_CHARS,
            "full_name",
            &mut fail,
        ),
        address_th: text(
            d(|r| &r.address_th),
            rules::MAX_ADDRESS_CHARS,
            "address_th",
            &mut fail,
        ),
        province: text(
            d(|r| &r.province),
            rules::MAX_NAME_CHARS,
            "province",
            &mut fail,
        ),
        ..PointPatch::default()
    };
    let lat = pick(&raw.lat, defaults.map(|r| &r.lat));
    let lng = pick(&raw.lng, defaults.map(|r| &r.lng));
    patch.lat = lat.map(|v| v.value);
    patch.lng = lng.map(|v| v.value);
    match (lat, lng) {
        (Some(la), Some(ln)) => {
            if !src.force && !rules::in_thailand(la.value, ln.value) {
                let hint = if rules::in_thailand(ln.value, la.value) {
                    format!(
                        ": latitude and longitude look swapped (lat: {}, lng: {}?)",
                        ln.value, la.value
                    )
                } else {
                    " (latitude 5.6 to 20.5, longitude 97.3 to 105.7; --force accepts a point abroad)".to_owned()
                };
                fail(
                    at(&la.referenced),
                    format!(
                        "the coordinates {}, {} are outside Thailand{hint}",
                        la.value, ln.value
                    ),
                );
            }
        }
        (Some(one), None) | (None, Some(one)) => {
            fail(
                at(&one.referenced),
                "lat and lng are stated together".to_owned(),
            );
        }
        (None, None) => {}
    }
    if let Some(h) = d(|r| &r.hours) {
        match hours::parse(&h.value) {
            Ok(v) => patch.hours = Some(v),
            Err(e) => fail(at(&h.referenced), format!("hours: {e}")),
        }
    }
    for (key, v, is_email) in [
        ("email", d(|r| &r.email), true),
        ("telephone", d(|r| &r.telephone), false),
    ] {
        let Some(v) = v else { continue };
        let value = v.value.trim();
        let slot = if value.is_empty() {
            Some(None)
        } else {
            let mut check = Checker::new();
            if is_email {
                check.email(key, value)
            } else {
                check.telephone(key, value)
            }
            match check.finish() {
                Ok(()) => Some(Some(value.to_owned())),
                Err(e) => {
                    fail(at(&v.referenced), format!("{key}: {}", e[0].message));
                    None
                }
            }
        };
        if is_email {
            patch.email = slot
        } else {
            patch.telephone = slot
        }
    }
    if let Some(p) = d(|r| &r.parent_code) {
        patch.parent_code = if p.value.trim().is_empty() {
            Some(None)
        } else {
            match p.value.trim().parse::<PointCode>() {
                Ok(c) => Some(Some(c)),
                Err(e) => {
                    fail(at(&p.referenced), format!("parent_code {e}"));
                    None
                }
            }
        };
    }
    let status = match d(|r| &r.status) {
        None => None,
        Some(s) => match s.value.as_str() {
            "shown" | "แสดง" => Some(Status::Shown),
            "hidden" | "ซ่อน" => Some(Status::Hidden),
            other => {
                fail(
                    at(&s.referenced),
                    format!("status \"{other}\" is not known: write shown or hidden"),
                );
                None
            }
        },
    };
    let bindings = match pick(&raw.processes, defaults.map(|r| &r.processes)) {
        None => None,
        Some(p) => {
            let ids = |list: &Vec<Spanned<String>>,
                       fail: &mut dyn FnMut(Place, String)|
             -> Vec<ProcessId> {
                let mut out: Vec<ProcessId> = Vec::new();
                for s in list {
                    match s.value.trim().parse::<ProcessId>() {
                        Ok(id) if out.contains(&id) => {
                            fail(at(&s.referenced), format!("{id} is listed twice"))
                        }
                        Ok(id) => out.push(id),
                        Err(e) => fail(at(&s.referenced), format!("process id {e}")),
                    }
                }
                out
            };
            match (&p.value.exact, &p.value.include) {
                (Some(list), None) => Some(Bindings::Exact(ids(list, &mut fail))),
                (None, Some(list)) => Some(Bindings::Include(ids(list, &mut fail))),
                _ => {
                    fail(at(&p.referenced), "processes states either `exact` (the whole set) or `include` (these at least)".to_owned());
                    None
                }
            }
        }
    };
    let creating = pick(&raw.agency_id, defaults.map(|r| &r.agency_id)).is_some();
    for (key, v) in [
        ("type", &raw.unit_type),
        ("subtype", &raw.subtype),
        ("category", &raw.category),
        ("level", &raw.level),
    ] {
        if let (Some(v), false) = (v, creating) {
            fail(
                at(&v.referenced),
                format!(
                    "`{key}` is stated only to create a point, with `agency_id`; an existing point's {key} is not edited here"
                ),
            );
        }
    }
    let create = creation(raw, defaults, &code, &patch, status, &mut fail, src);
    if problems.len() > start {
        return None;
    }
    let mut desired = Desired::new(code?);
    desired.patch = patch;
    desired.status = status;
    desired.bindings = bindings;
    desired.create = create;
    Some(Entry {
        place: code_place,
        desired,
    })
}

/// The new point an entry describes, when it states `agency_id` (what creating needs).
fn creation(
    raw: &Raw,
    defaults: Option<&Raw>,
    code: &Option<PointCode>,
    patch: &PointPatch,
    status: Option<Status>,
    fail: &mut dyn FnMut(Place, String),
    src: Src<'_>,
) -> Option<NewPoint> {
    let agency = pick(&raw.agency_id, defaults.map(|r| &r.agency_id))?;
    let at = src.at(&agency.referenced);
    let get = |f: fn(&Raw) -> &Option<Spanned<String>>| {
        pick(f(raw), defaults.map(f)).map(|s| s.value.trim().to_owned())
    };
    let mut missing = Vec::new();
    let mut need = |name: &'static str, v: Option<String>| {
        if v.as_deref().is_none_or(str::is_empty) {
            missing.push(name);
        }
        v.unwrap_or_default()
    };
    let unit_type = need("type", get(|r| &r.unit_type));
    let subtype = need("subtype", get(|r| &r.subtype));
    let category = need("category", get(|r| &r.category));
    let name_th = need("name_th", patch.name_th.clone());
    let name_en = need("name_en", patch.name_en.clone());
    let full_name = need("full_name", patch.full_name.clone());
    let address_th = need("address_th", patch.address_th.clone());
    let province = need("province", patch.province.clone());
    if patch.lat.is_none() {
        missing.push("lat, lng");
    }
    let level = match pick(&raw.level, defaults.map(|r| &r.level)) {
        None => Level::ServicePoint,
        Some(l) => match citizeninfo_api::fields::level_of(l.value.trim()) {
            Some(x) => x,
            None => {
                fail(
                    src.at(&l.referenced),
                    format!(
                        "level \"{}\" is not known: head_agency, central_unit or service_point",
                        l.value
                    ),
                );
                return None;
            }
        },
    };
    if !missing.is_empty() {
        fail(
            at,
            format!("to create a point, state also {}", missing.join(", ")),
        );
        return None;
    }
    Some(NewPoint {
        code: code.clone()?,
        agency_id: agency.value.trim().to_owned(),
        parent_code: patch.parent_code.clone().flatten(),
        level,
        unit_type,
        subtype,
        category,
        name_th,
        name_en,
        full_name,
        address_th,
        province,
        lat: patch.lat.unwrap_or_default(),
        lng: patch.lng.unwrap_or_default(),
        hours: patch.hours.clone().unwrap_or_default(),
        email: patch.email.clone().flatten(),
        telephone: patch.telephone.clone().flatten(),
        status: status.unwrap_or(Status::Shown),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_for_misspelt_keys() {
        assert_eq!(suggest("nmae_th", &all_keys()).as_deref(), Some("name_th"));
        assert_eq!(
            suggest("telphone", &all_keys()).as_deref(),
            Some("telephone")
        );
        assert_eq!(suggest("colour", &all_keys()), None);
    }
}
