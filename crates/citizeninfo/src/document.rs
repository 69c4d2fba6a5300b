//! The point document: the YAML a person writes for a service point, read the same
//! way by the editor form of `points edit`, by `points add --from FILE` and by each
//! point of a manifest. Its keys are the field registry's wire keys; each value is
//! read by its field and keeps its place (line and column), so a problem is named
//! where it is written.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
pub use serde_saphyr::{Location, Spanned};

use citizeninfo_api::ServicePoint;
use citizeninfo_api::fields::{self, FIELDS, Field, Labels, Value};
use citizeninfo_api::rules::excerpt;

use crate::engine::edit_distance;

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
                while let Some(item) = seq.next_element::<Spanned<Node>>()? {
                    items.push(item);
                }
                Ok(Node::List(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
                let mut entries = Vec::new();
                while let Some(key) = map.next_key::<Spanned<String>>()? {
                    let value = map.next_value::<Spanned<Node>>()?;
                    entries.push((key, value));
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
    serde_saphyr::from_str_with_options::<Spanned<Node>>(text, options).map_err(|e| Problem {
        at: e.location().unwrap_or(Location::UNKNOWN),
        message: parse_message(&e),
    })
}

/// The known word nearest to a misspelt one, if near enough.
pub fn suggest<'a>(unknown: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    known
        .into_iter()
        .map(|k| (edit_distance(unknown, k), k))
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
    let mut seen: BTreeMap<&str, Location> = BTreeMap::new();
    for (key, value) in map {
        let name = key.value.as_str();
        if let Some(first) = seen.insert(name, key.referenced) {
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
}
