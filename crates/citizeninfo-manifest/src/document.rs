//! The point document: the YAML a person writes for a service point, read the same
//! way by the editor form of `points edit`, by `points add --from FILE` and by each
//! point of a manifest. Its keys are the field registry's wire keys; each value is
//! read by its field and keeps its place (line and column), so a problem is named
//! where it is written.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use citizeninfo_api::ServicePoint;
use citizeninfo_api::fields::{self, FIELDS, Field, Labels, Value};
use citizeninfo_api::rules::excerpt;

mod block;

/// A place in a document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Location {
    line: u64,
    column: u64,
}

impl Location {
    /// No known place.
    pub const UNKNOWN: Location = Location { line: 0, column: 0 };

    /// The place at a 1-based line and column.
    pub const fn new(line: u64, column: u64) -> Location {
        Location { line, column }
    }

    /// 1-based line (0: unknown).
    pub const fn line(&self) -> u64 {
        self.line
    }

    /// 1-based column (0: unknown).
    pub const fn column(&self) -> u64 {
        self.column
    }

    /// The same place `lines` further down (for a text read apart from the lines
    /// before it); an unknown place stays unknown.
    pub const fn shifted(self, lines: u64) -> Location {
        if self.line == 0 {
            self
        } else {
            Location::new(self.line + lines, self.column)
        }
    }

    fn of(at: serde_saphyr::Location) -> Location {
        Location::new(at.line(), at.column())
    }
}

/// A value and the place it is written at.
#[derive(Debug, Clone, PartialEq)]
pub struct Spanned<T> {
    /// The value.
    pub value: T,
    /// Where it is written.
    pub referenced: Location,
}

impl<T> Spanned<T> {
    fn of(s: serde_saphyr::Spanned<T>) -> Spanned<T> {
        Spanned {
            referenced: Location::of(s.referenced),
            value: s.value,
        }
    }
}

/// A YAML node, with the place of every key and value below it.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    /// `~`, `null` or nothing.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as written back in its shortest form.
    Number(String),
    /// A string.
    Text(String),
    /// A sequence.
    List(Vec<Spanned<Node>>),
    /// A mapping, in the order written.
    Map(Vec<(Spanned<String>, Spanned<Node>)>),
}

impl Node {
    /// What it is, for a message: "a list", "a number"...
    pub fn kind(&self) -> &'static str {
        match self {
            Node::Null => "empty",
            Node::Bool(_) => "true/false",
            Node::Number(_) => "a number",
            Node::Text(_) => "text",
            Node::List(_) => "a list",
            Node::Map(_) => "a mapping",
        }
    }

    /// The text of a string.
    pub fn text(&self) -> Option<&str> {
        match self {
            Node::Text(t) => Some(t),
            _ => None,
        }
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Node, D::Error> {
        struct NodeVisitor;

        impl<'de> Visitor<'de> for NodeVisitor {
            type Value = Node;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a YAML value")
            }
            fn visit_unit<E: de::Error>(self) -> Result<Node, E> {
                Ok(Node::Null)
            }
            fn visit_none<E: de::Error>(self) -> Result<Node, E> {
                Ok(Node::Null)
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Node, D::Error> {
                Node::deserialize(d)
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Node, E> {
                Ok(Node::Bool(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Node, E> {
                Ok(Node::Number(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Node, E> {
                Ok(Node::Number(v.to_string()))
            }
            fn visit_i128<E: de::Error>(self, v: i128) -> Result<Node, E> {
                Ok(Node::Number(v.to_string()))
            }
            fn visit_u128<E: de::Error>(self, v: u128) -> Result<Node, E> {
                Ok(Node::Number(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Node, E> {
                Ok(Node::Number(v.to_string()))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Node, E> {
                Ok(Node::Text(v.to_owned()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Node, E> {
                Ok(Node::Text(v))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element::<serde_saphyr::Spanned<Node>>()? {
                    items.push(Spanned::of(item));
                }
                Ok(Node::List(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
                let mut entries = Vec::new();
                while let Some(key) = map.next_key::<serde_saphyr::Spanned<String>>()? {
                    let value = map.next_value::<serde_saphyr::Spanned<Node>>()?;
                    entries.push((Spanned::of(key), Spanned::of(value)));
                }
                Ok(Node::Map(entries))
            }
        }

        d.deserialize_any(NodeVisitor)
    }
}

/// A problem at a place of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where (line and column in the document's text).
    pub at: Location,
    /// What rule it broke.
    pub message: String,
}

/// The message of a parse error, without serde-saphyr's location prefix and snippet.
fn parse_message(e: &serde_saphyr::Error) -> String {
    let rendered = e.to_string();
    let first = rendered.lines().next().unwrap_or_default();
    let first = first.strip_prefix("error: ").unwrap_or(first);
    match first.split_once(": ") {
        Some((head, rest)) if head.starts_with("line ") => rest.to_owned(),
        _ => first.to_owned(),
    }
}

/// Parses YAML text into a node tree; the first syntax error at its place.
pub fn parse(text: &str) -> Result<Spanned<Node>, Problem> {
    parse_with(text, serde_saphyr::Options::default())
}

/// Parses YAML text under these options (a manifest's budget of nodes).
pub fn parse_with(text: &str, options: serde_saphyr::Options) -> Result<Spanned<Node>, Problem> {
    let max_nodes = options.budget.as_ref().map_or(usize::MAX, |b| b.max_nodes);
    if let Some(root) = block::read(text, max_nodes) {
        return Ok(root);
    }
    serde_saphyr::from_str_with_options::<serde_saphyr::Spanned<Node>>(text, options)
        .map(Spanned::of)
        .map_err(|e| Problem {
            at: e.location().map_or(Location::UNKNOWN, Location::of),
            message: parse_message(&e),
        })
}

/// The keys a mapping states again, in order: each one's index and where that key
/// was first written. Found by pairs for the few keys of a point, by sorting for a
/// mapping of many.
fn repeated_keys(entries: &[(Spanned<String>, Spanned<Node>)]) -> Vec<(usize, Location)> {
    if entries.len() <= 16 {
        return entries
            .iter()
            .enumerate()
            .filter_map(|(i, (k, _))| {
                entries[..i]
                    .iter()
                    .find(|(e, _)| e.value == k.value)
                    .map(|(e, _)| (i, e.referenced))
            })
            .collect();
    }
    let mut keys: Vec<(&str, usize)> = entries
        .iter()
        .enumerate()
        .map(|(i, (k, _))| (k.value.as_str(), i))
        .collect();
    keys.sort_unstable();
    let mut repeated = Vec::new();
    for run in keys.chunk_by(|a, b| a.0 == b.0) {
        let first = entries[run[0].1].0.referenced;
        repeated.extend(run[1..].iter().map(|(_, i)| (*i, first)));
    }
    repeated.sort_unstable_by_key(|(i, _)| *i);
    repeated
}

/// True when a mapping states a key twice.
fn repeats_a_key(entries: &[(Spanned<String>, Spanned<Node>)]) -> bool {
    !repeated_keys(entries).is_empty()
}

/// YAML 1.1's words for true and false, which serde-saphyr reads as booleans.
const BOOLEAN_WORDS: [&str; 22] = [
    "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false",
    "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF",
];

/// A plain scalar as serde-saphyr reads it: empty, a boolean, a number or text.
/// Only plain scalars that may be a boolean or a number are handed to serde-saphyr
/// itself, so both read them the same; `None` when it does not read one as a
/// scalar.
fn plain_scalar(value: std::borrow::Cow<'_, str>) -> Option<Node> {
    if matches!(value.as_ref(), "" | "~" | "null" | "Null" | "NULL") {
        return Some(Node::Null);
    }
    // A number starts with a digit, a sign or a point: a plain scalar that starts
    // with a letter is a word of YAML's (a boolean, Rust's `inf` and `nan`) or text.
    let word = value
        .bytes()
        .next()
        .is_some_and(|b| b.is_ascii_alphabetic());
    let numeric = value
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"+-._".contains(&b));
    // Rust's number reading, which serde-saphyr's falls back to, takes these words too.
    let special = || {
        ["inf", "infinity", "nan"]
            .iter()
            .any(|w| value.eq_ignore_ascii_case(w))
    };
    if (word && !BOOLEAN_WORDS.contains(&value.as_ref()) && !special()) || !numeric {
        return Some(Node::Text(value.into_owned()));
    }
    // The numbers `dump` writes (coordinates), read as serde-saphyr reads them.
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let unsigned = value.strip_prefix('-').unwrap_or(&value);
    let decimal = unsigned
        .split_once('.')
        .is_some_and(|(whole, part)| digits(whole) && digits(part));
    if decimal && let Some(n) = value.parse::<f64>().ok().filter(|n| n.is_finite()) {
        return Some(Node::Number(n.to_string()));
    }
    if digits(unsigned) && (unsigned == "0" || !unsigned.starts_with('0')) && unsigned.len() < 18 {
        return value
            .parse::<i64>()
            .ok()
            .map(|n| Node::Number(n.to_string()));
    }
    match serde_saphyr::from_str::<Node>(&value).ok()? {
        Node::List(_) | Node::Map(_) => None,
        node => Some(node),
    }
}

/// The known word nearest to a misspelt one, if near enough.
pub fn suggest<'a>(unknown: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    known
        .into_iter()
        .map(|k| (strsim::levenshtein(unknown, k), k))
        .filter(|(d, k)| *d <= (k.chars().count() / 3).max(1))
        .min()
        .map(|(_, k)| k)
}

/// The keys a point states: the registry's stated fields.
fn point_keys() -> impl Iterator<Item = &'static str> {
    FIELDS.iter().filter(|f| f.is_stated()).map(|f| f.key)
}

/// One value a document states: its field, its text (`None`: left empty), and
/// where the value is written.
pub type Stated = (&'static Field, Option<String>, Location);

/// What [`values`] finds: the stated values, the caller's own keys (name, key,
/// value), and the problems.
pub type Found<'a> = (
    Vec<Stated>,
    Vec<(&'static str, &'a Spanned<String>, &'a Spanned<Node>)>,
    Vec<Problem>,
);

/// Reads the values of a point's mapping by the registry. Keys in `also` are the
/// caller's to read (a manifest's `processes`, `kind`...), and are returned with
/// their value; any other key is refused with the nearest known one.
pub fn values<'a>(map: &'a [(Spanned<String>, Spanned<Node>)], also: &[&'static str]) -> Found<'a> {
    let mut stated = Vec::new();
    let mut others = Vec::new();
    let mut problems = Vec::new();
    let mut repeated = repeated_keys(map).into_iter().peekable();
    for (i, (key, value)) in map.iter().enumerate() {
        let name = key.value.as_str();
        let first = repeated.next_if(|(r, _)| *r == i).map(|(_, first)| first);
        if let Some(first) = first {
            problems.push(Problem {
                at: key.referenced,
                message: format!(
                    "{} is stated twice (first on line {}): state a key once",
                    excerpt(name),
                    first.line()
                ),
            });
            continue;
        }
        if let Some(other) = also.iter().find(|k| **k == name) {
            others.push((*other, key, value));
            continue;
        }
        let Some(f) = fields::field(name).filter(|f| f.is_stated()) else {
            let message = match suggest(name, point_keys().chain(also.iter().copied())) {
                Some(s) => format!("unknown key {}: did you mean `{s}`?", excerpt(name)),
                None => format!(
                    "unknown key {}; a point may state {}",
                    excerpt(name),
                    point_keys()
                        .chain(also.iter().copied())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            };
            problems.push(Problem {
                at: key.referenced,
                message,
            });
            continue;
        };
        let text = match &value.value {
            Node::Null => None,
            Node::Text(t) => Some(t.clone()),
            // YAML reads 021234567 as a number and drops its 0: codes and
            // telephones must be written in quotes.
            Node::Number(n) if matches!(f.value, Value::Key | Value::Code | Value::Phone) => {
                problems.push(Problem {
                    at: value.referenced,
                    message: format!(
                        "{}: {n} was read as a number; write it in quotes (\"0{n}\" if it lost a leading 0) so no digit is lost",
                        f.key
                    ),
                });
                continue;
            }
            Node::Number(n) => Some(n.clone()),
            other => {
                problems.push(Problem {
                    at: value.referenced,
                    message: format!(
                        "{}: expected a value, found {}{}",
                        f.key,
                        other.kind(),
                        if matches!(other, Node::Bool(_)) {
                            "; write text in quotes"
                        } else {
                            ""
                        }
                    ),
                });
                continue;
            }
        };
        stated.push((f, text, value.referenced));
    }
    (stated, others, problems)
}

/// Reads a document of one point (the editor form, `points add --from FILE`):
/// its values, or every problem at once.
pub fn read(text: &str) -> Result<Vec<Stated>, Vec<Problem>> {
    let root = parse(text).map_err(|p| vec![p])?;
    let map = match root.value {
        Node::Map(m) => m,
        Node::Null => Vec::new(),
        other => {
            return Err(vec![Problem {
                at: root.referenced,
                message: format!(
                    "a point document is a mapping of keys such as `name_th: ...`, not {}",
                    other.kind()
                ),
            }]);
        }
    };
    let (stated, _, problems) = values(&map, &[]);
    if problems.is_empty() {
        Ok(stated)
    } else {
        Err(problems)
    }
}

/// A document's value of a field, as YAML: numbers as numbers, empty as `null`.
fn yaml_value(f: &Field, text: String) -> serde_json::Value {
    match (f.value, text.is_empty()) {
        (_, true) => serde_json::Value::Null,
        (Value::Number, false) => text
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map_or(serde_json::Value::String(text), serde_json::Value::Number),
        _ => serde_json::Value::String(text),
    }
}

/// A YAML mapping whose keys stay in the order given (the registry's).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Mapping(pub Vec<(String, serde_json::Value)>);

impl serde::Serialize for Mapping {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// The values of fields as a YAML mapping, in the order given.
pub fn mapping(values: impl IntoIterator<Item = (&'static Field, String)>) -> Mapping {
    Mapping(
        values
            .into_iter()
            .map(|(f, text)| (f.key.to_owned(), yaml_value(f, text)))
            .collect(),
    )
}

/// The editor form of a point: every editable field with its value now, one key a
/// line in the registry's order.
pub fn write(point: &ServicePoint) -> anyhow::Result<String> {
    let mut text = String::new();
    for f in fields::editable() {
        let one = mapping([(f, f.read(point, Labels::En))]);
        text.push_str(&serde_saphyr::to_string(&one)?);
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_keys_are_found_with_their_first_place_in_mappings_small_and_large() {
        // Keys k0, k1, ... with every fifth one a repeat of the key three before it.
        let mapping = |n: usize| -> Vec<(Spanned<String>, Spanned<Node>)> {
            (0..n)
                .map(|i| {
                    let name = if i % 5 == 4 { i - 3 } else { i };
                    let at = Location::new(i as u64 + 1, 1);
                    (
                        Spanned {
                            value: format!("k{name}"),
                            referenced: at,
                        },
                        Spanned {
                            value: Node::Text(String::new()),
                            referenced: at,
                        },
                    )
                })
                .collect()
        };
        for n in [3, 10, 16, 17, 40] {
            let expected: Vec<(usize, Location)> = (0..n)
                .filter(|i| i % 5 == 4)
                .map(|i| (i, Location::new(i as u64 - 2, 1)))
                .collect();
            let entries = mapping(n);
            assert_eq!(repeated_keys(&entries), expected, "{n} keys");
            assert_eq!(repeats_a_key(&entries), !expected.is_empty(), "{n} keys");
        }
    }

    #[test]
    fn suggestions_for_misspelt_keys() {
        assert_eq!(suggest("nmae_th", point_keys()), Some("name_th"));
        assert_eq!(suggest("telphone", point_keys()), Some("telephone"));
        assert_eq!(suggest("colour", point_keys()), None);
    }

    #[test]
    fn every_value_keeps_its_place() {
        let text = "name_th: สำนักงาน\nlat: 13.75\ntelephone: 021234567\nnmae_en: x\n";
        let problems = read(text).unwrap_err();
        let at: Vec<(u64, u64)> = problems
            .iter()
            .map(|p| (p.at.line(), p.at.column()))
            .collect();
        assert_eq!(at, [(3, 12), (4, 1)], "{problems:?}");
        assert!(problems[0].message.contains("write it in quotes"));
        assert!(problems[1].message.contains("did you mean `name_en`"));
        let ok = read("name_th: สำนักงาน\nlat: 13.75\n").unwrap();
        assert_eq!(ok[1].1.as_deref(), Some("13.75"));
        assert_eq!((ok[1].2.line(), ok[1].2.column()), (2, 6));
    }

    /// What serde-saphyr alone reads from a text.
    fn by_serde(text: &str) -> Result<Spanned<Node>, Problem> {
        serde_saphyr::from_str::<serde_saphyr::Spanned<Node>>(text)
            .map(Spanned::of)
            .map_err(|e| Problem {
                at: e.location().map_or(Location::UNKNOWN, Location::of),
                message: parse_message(&e),
            })
    }

    #[test]
    fn the_line_reading_reads_as_serde_saphyr_does() {
        // The plain YAML people and `dump` write, with every kind of plain scalar.
        let plain = [
            "- code: BKK0001\n  name_th: \"สำนักงานเขต\"\n  lat: 13.7620\n  lng: 100.5\n  telephone: 021234567\n",
            "a: yes\nb: Off\nc: ~\nd:\ne: 0\nf: -12\ng: 1e3\nh: 0x1F\ni: .5\nj: 1_000\nk: +7\nl: inf\n",
            "o: 'quoted'\nop: P00005\noq: e5\nor: x1.5\np: |\n  two\n  lines\nq: >\n  folded\n  text\nr: [1, two, 3.0]\ns: {t: 1}\n",
            "u: 2026-12-01\nv: 007\nw: 1.\nx: -0\nyy: 0o17\naa: NULL\nab: True\nac: 1.5e-3\nad: 10:30\n",
            "# a comment\npoints:\n  - code: X1\n    hours:\n      - mon: 08:30-16:30\n\n  - code: X2 # after\n",
        ];
        // What only serde-saphyr reads, with its guards and messages: the same result.
        let others = [
            "a: &x {b: 1}\nc: *x\n",
            "a: !!str 12\n",
            "a: 1\na: 2\n",
            "c:\n  <<: {b: 1}\n  d: 2\n",
            "a: 1\n---\nb: 2\n",
            "a: [1, 2\n",
            "? [a, b]\n: c\n",
            "1: one\ntrue: yes\n",
            "m: .nan\n",
            "y: 1\non: 2\n",
            "n: 12345678901234567890\n",
            "z: -.inf\n",
            "a: Infinity\nb: NaN\nc: inF\n",
        ];
        // Many keys, one written twice at the end.
        let many: String = (0..30).chain([0]).map(|i| format!("k{i}: {i}\n")).collect();
        for text in others.iter().copied().chain([many.as_str()]) {
            let parsed = parse(text);
            assert_eq!(parsed, by_serde(text), "{text}");
        }
        // The block YAML `dump` writes is read line by line, to the same nodes at
        // the same places; anything it reads at all, it reads as serde-saphyr does.
        let dumped = [
            concat!(
                "- code: \"0101010000001\"\n",
                "  name_th: สำนักงานปลัดสำนักนายกรัฐมนตรี ส่วนกลาง\n",
                "  name_en: >-\n",
                "    Office of the Permanent Secretary, Office of the Prime Minister Central\n",
                "    Administration\n",
                "  lat: 13.749612\n",
                "  lng: 100.470575\n",
                "  hours: mon-fri 08:00-12:00,13:00-16:00\n",
                "  email: saraban.0101010000001@opsopm.go.th\n",
                "  telephone: 0 2352 3609\n",
                "  status: shown\n",
                "  parent_code: null\n",
                "  processes:\n",
                "    exact:\n",
                "    - P00005\n",
                "    - P00065\n",
            ),
            "apiVersion: citizeninfo/v1\nkind: ServicePoints\ndefaults:\n  status: hidden\npoints:\n- code: 'X1'\n  lat: -13.5\n\n- code: X2\n",
            "points:\n  - code: X1\n    processes:\n      exact:\n        - P1\n      add:\n      - P2\n",
            "-   a:    1\n    b: ~\n-  two words\n- -3\n- http://x.go.th/a?b=c\n- 'quoted: #'\n",
            "a: 08:30\nb: 1,2\nc: ผู้ใหญ่บ้าน หมู่ 3\nd: \"ถนน \\\"พระราม\\\"\"\ne: yes\n",
            "a: >-\n  one\n\n  two\nb: >-\n  one\n    two\nc: >\n  one\n",
            "a: x\n  continued\nb: c # comment\n",
            "a:\n  - x\n - y\n",
            "a:\n    b: 1\n  c: 2\n",
            "points:\n  - code: X1\n    processes:\n      exact:\n        - P1\n      add:\n      - P2\n      remove: [P3]\n",
        ];
        for text in dumped.iter().chain(&plain).chain(&others) {
            if let Some(read) = block::read(text, usize::MAX) {
                assert_eq!(Ok(read), by_serde(text), "{text}");
            }
        }
        for text in &dumped[..4] {
            assert!(
                block::read(text, usize::MAX).is_some(),
                "read line by line: {text}"
            );
        }
    }
}
