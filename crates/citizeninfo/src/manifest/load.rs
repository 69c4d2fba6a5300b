//! Reading manifests: files and folders, YAML documents with a location for every
//! value, every rule checked with no network, all problems reported at once as
//! `file:line:column: message`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::API_VERSION;
use crate::document::{self, Location, Node, Spanned};
use crate::engine::{Bindings, Desired};
use crate::stated::{self, Purpose, Written};
use citizeninfo_api::fields::{self, Change};
use citizeninfo_api::rules::excerpt;
use citizeninfo_api::{PointCode, ProcessId};

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
    fn at(&self, s: &Location) -> Place {
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
            match document::parse(&doc) {
                Ok(root) => read_document(src, &root, &mut entries, &mut problems),
                Err(e) => problems.push(Problem {
                    place: if e.at == Location::UNKNOWN {
                        src.start()
                    } else {
                        src.at(&e.at)
                    },
                    message: e.message,
                }),
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

/// The mapping of a node, or a problem naming what it should be.
fn mapping<'a>(
    src: Src<'_>,
    node: &'a Spanned<Node>,
    what: &str,
    problems: &mut Vec<Problem>,
) -> Option<&'a [(Spanned<String>, Spanned<Node>)]> {
    match &node.value {
        Node::Map(m) => Some(m),
        other => {
            problems.push(Problem {
                place: src.at(&node.referenced),
                message: format!("{what} is a mapping of keys, not {}", other.kind()),
            });
            None
        }
    }
}

/// The document-level keys, which no point states.
const DOCUMENT_KEYS: [&str; 4] = ["apiVersion", "kind", "defaults", "points"];

/// The keys a point states besides its fields.
const PROCESSES: &str = "processes";

/// A document's own key, by name.
fn key<'a>(
    map: &'a [(Spanned<String>, Spanned<Node>)],
    name: &str,
) -> Option<&'a (Spanned<String>, Spanned<Node>)> {
    map.iter().find(|(k, _)| k.value == name)
}

fn read_document(
    src: Src<'_>,
    root: &Spanned<Node>,
    entries: &mut Vec<Entry>,
    problems: &mut Vec<Problem>,
) {
    let top = src.start();
    let Some(doc) = mapping(src, root, "a document", problems) else {
        return;
    };
    let mut fail = |at: Place, message: String| problems.push(Problem { place: at, message });
    match key(doc, "apiVersion") {
        Some((_, v)) if v.value.text() == Some(API_VERSION) => {}
        Some((_, v)) => fail(
            src.at(&v.referenced),
            format!(
                "apiVersion {} is not known: write {API_VERSION}",
                shown(&v.value)
            ),
        ),
        None => fail(
            top.clone(),
            format!("a document needs `apiVersion: {API_VERSION}`"),
        ),
    }
    let Some((_, kind)) = key(doc, "kind") else {
        fail(
            top,
            "a document needs `kind: ServicePoint` or `kind: ServicePoints`".to_owned(),
        );
        return;
    };
    let kind_at = src.at(&kind.referenced);
    match kind.value.text() {
        Some("ServicePoint") => {
            for (name, (k, _)) in ["defaults", "points"]
                .iter()
                .filter_map(|n| key(doc, n).map(|e| (n, e)))
            {
                fail(
                    src.at(&k.referenced),
                    format!(
                        "a ServicePoint document states one point: `{name}` belongs to kind ServicePoints"
                    ),
                );
            }
            let also = [DOCUMENT_KEYS.as_slice(), &[PROCESSES]].concat();
            let point = point(src, doc, &root.referenced, &also, problems);
            if let Some(e) = point.and_then(|p| entry(src, p, None, problems)) {
                entries.push(e);
            }
        }
        Some("ServicePoints") => {
            for (k, _) in doc
                .iter()
                .filter(|(k, _)| !DOCUMENT_KEYS.contains(&k.value.as_str()))
            {
                let message = if fields::field(&k.value).is_some_and(|f| f.is_stated())
                    || k.value == PROCESSES
                {
                    format!(
                        "`{}` belongs to a point, or to `defaults` for every point",
                        k.value
                    )
                } else {
                    match document::suggest(&k.value, DOCUMENT_KEYS) {
                        Some(s) => {
                            format!("unknown key {}: did you mean `{s}`?", excerpt(&k.value))
                        }
                        None => format!(
                            "unknown key {}; a ServicePoints document has {}",
                            excerpt(&k.value),
                            DOCUMENT_KEYS.join(", ")
                        ),
                    }
                };
                fail(src.at(&k.referenced), message);
            }
            let also = [DOCUMENT_KEYS.as_slice(), &[PROCESSES]].concat();
            let defaults = key(doc, "defaults").and_then(|(_, d)| {
                let map = mapping(src, d, "`defaults`", problems)?;
                let p = point(src, map, &d.referenced, &also, problems)?;
                for (name, k) in p.misplaced.iter().copied().chain(
                    p.values
                        .iter()
                        .filter(|(f, _, _)| f.key == "code")
                        .map(|(_, _, at)| ("code", *at)),
                ) {
                    problems.push(Problem {
                        place: src.at(&k),
                        message: format!(
                            "`{name}` cannot be a default: it belongs to the document or to each point"
                        ),
                    });
                }
                Some(p)
            });
            let Some((_, points)) = key(doc, "points") else {
                problems.push(Problem {
                    place: kind_at,
                    message: "a ServicePoints document needs `points`".to_owned(),
                });
                return;
            };
            let list = match &points.value {
                Node::List(l) => l.as_slice(),
                Node::Null => &[],
                other => {
                    problems.push(Problem {
                        place: src.at(&points.referenced),
                        message: format!("`points` is a list of points, not {}", other.kind()),
                    });
                    return;
                }
            };
            for p in list {
                let Some(map) = mapping(src, p, "a point", problems) else {
                    continue;
                };
                let Some(point) = point(src, map, &p.referenced, &also, problems) else {
                    continue;
                };
                for (name, at) in &point.misplaced {
                    problems.push(Problem {
                        place: src.at(at),
                        message: format!("`{name}` belongs to the document, not to a point"),
                    });
                }
                if let Some(e) = entry(src, point, defaults.as_ref(), problems) {
                    entries.push(e);
                }
            }
        }
        _ => {
            let hint = kind
                .value
                .text()
                .and_then(|k| document::suggest(k, ["ServicePoint", "ServicePoints"]))
                .map_or(String::new(), |s| format!(": did you mean {s}?"));
            fail(
                kind_at,
                format!(
                    "kind {} is not known{hint} (ServicePoint or ServicePoints)",
                    shown(&kind.value)
                ),
            );
        }
    }
}

/// A value as a message quotes it.
fn shown(n: &Node) -> String {
    match n {
        Node::Text(t) => excerpt(t),
        Node::Number(t) => t.clone(),
        other => other.kind().to_owned(),
    }
}

/// A point's mapping as read: its values by field, its processes, and document
/// keys stated where they do not belong.
struct RawPoint<'a> {
    at: Location,
    values: Vec<document::Stated>,
    processes: Option<&'a Spanned<Node>>,
    misplaced: Vec<(&'static str, Location)>,
}

fn point<'a>(
    src: Src<'_>,
    map: &'a [(Spanned<String>, Spanned<Node>)],
    at: &Location,
    also: &[&'static str],
    problems: &mut Vec<Problem>,
) -> Option<RawPoint<'a>> {
    let (values, others, found) = document::values(map, also);
    problems.extend(found.into_iter().map(|p| Problem {
        place: src.at(&p.at),
        message: p.message,
    }));
    let mut point = RawPoint {
        at: *at,
        values,
        processes: None,
        misplaced: Vec::new(),
    };
    for (name, k, v) in others {
        if name == PROCESSES {
            point.processes = Some(v);
        } else {
            point.misplaced.push((name, k.referenced));
        }
    }
    Some(point)
}

/// The process ids of a `processes` list, each checked at its place.
fn process_ids(src: Src<'_>, list: &Spanned<Node>, problems: &mut Vec<Problem>) -> Vec<ProcessId> {
    let mut out: Vec<ProcessId> = Vec::new();
    let Node::List(items) = &list.value else {
        problems.push(Problem {
            place: src.at(&list.referenced),
            message: format!(
                "expected a list of process ids such as [P00001], found {}",
                list.value.kind()
            ),
        });
        return out;
    };
    for s in items {
        let text = match &s.value {
            Node::Text(t) => t.trim().to_owned(),
            other => shown(other),
        };
        match text.parse::<ProcessId>() {
            Ok(id) if out.contains(&id) => problems.push(Problem {
                place: src.at(&s.referenced),
                message: format!("{id} is listed twice"),
            }),
            Ok(id) => out.push(id),
            Err(e) => problems.push(Problem {
                place: src.at(&s.referenced),
                message: format!("process id {e}"),
            }),
        }
    }
    out
}

/// A point's bound processes: `exact` (the whole set) or `include` (these at least).
fn bindings(src: Src<'_>, node: &Spanned<Node>, problems: &mut Vec<Problem>) -> Option<Bindings> {
    let map = mapping(src, node, "`processes`", problems)?;
    let mut exact = None;
    let mut include = None;
    for (k, v) in map {
        match k.value.as_str() {
            "exact" => exact = Some(process_ids(src, v, problems)),
            "include" => include = Some(process_ids(src, v, problems)),
            other => problems.push(Problem {
                place: src.at(&k.referenced),
                message: match document::suggest(other, ["exact", "include"]) {
                    Some(s) => format!("unknown key {}: did you mean `{s}`?", excerpt(other)),
                    None => format!(
                        "unknown key {}; processes states `exact` or `include`",
                        excerpt(other)
                    ),
                },
            }),
        }
    }
    match (exact, include) {
        (Some(ids), None) => Some(Bindings::Exact(ids)),
        (None, Some(ids)) => Some(Bindings::Include(ids)),
        _ => {
            problems.push(Problem {
                place: src.at(&node.referenced),
                message:
                    "processes states either `exact` (the whole set) or `include` (these at least)"
                        .to_owned(),
            });
            None
        }
    }
}

/// One point, its defaults applied, read through the field registry and checked
/// by every rule that needs no request.
fn entry(
    src: Src<'_>,
    point: RawPoint<'_>,
    defaults: Option<&RawPoint<'_>>,
    problems: &mut Vec<Problem>,
) -> Option<Entry> {
    let start = problems.len();
    let mut values = point.values.clone();
    for d in defaults.map_or(&[][..], |d| d.values.as_slice()) {
        if d.0.key != "code" && !values.iter().any(|(f, _, _)| f.key == d.0.key) {
            values.push(d.clone());
        }
    }
    let Some((_, _, code_at)) = values.iter().find(|(f, _, _)| f.key == "code").cloned() else {
        problems.push(Problem {
            place: src.at(&point.at),
            message: "a point needs its `code`".to_owned(),
        });
        return None;
    };
    let stated = |key: &str| values.iter().find(|(f, _, _)| f.key == key);
    let creating = stated("agency_id").is_some();
    if !creating {
        for (f, _, at) in values
            .iter()
            .filter(|(f, _, _)| f.change == Change::Creation)
        {
            problems.push(Problem {
                place: src.at(at),
                message: format!(
                    "`{0}` is stated only to create a point, with `agency_id`; an existing point's {0} is not edited here",
                    f.key
                ),
            });
        }
    }
    match (stated("lat"), stated("lng")) {
        (Some((_, _, at)), None) | (None, Some((_, _, at))) => problems.push(Problem {
            place: src.at(at),
            message: "lat and lng are stated together".to_owned(),
        }),
        _ => {}
    }
    let purpose = if creating {
        Purpose::Create
    } else {
        Purpose::Edit
    };
    let whole = stated("agency_id").map_or(code_at, |(_, _, at)| *at);
    let (statement, found) =
        stated::check(&values, purpose, src.force, Written::Keys, &whole, None);
    problems.extend(found.iter().map(|p| Problem {
        place: src.at(&p.at),
        message: p.describe(Written::Keys),
    }));
    let processes = point
        .processes
        .or_else(|| defaults.and_then(|d| d.processes));
    let bindings = processes.and_then(|p| bindings(src, p, problems));
    if problems.len() > start {
        return None;
    }
    let create = if creating {
        match statement.new_point() {
            Ok(new) => Some(new),
            Err(errors) => {
                problems.extend(errors.into_iter().map(|e| Problem {
                    place: src.at(&whole),
                    message: format!("{}: {}", e.field, e.message),
                }));
                return None;
            }
        }
    } else {
        None
    };
    let code = statement.code?;
    let mut desired = Desired::new(code);
    desired.patch = statement.edit.patch;
    desired.status = statement.edit.status;
    desired.bindings = bindings;
    desired.create = create;
    Some(Entry {
        place: src.at(&code_at),
        desired,
    })
}
