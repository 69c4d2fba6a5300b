//! The block YAML that `dump` writes and people mostly write (one `key: value` a
//! line, lists of `- ` items, `>-` folded text), read line by line, many times
//! faster than through the YAML parser's tokens and events. It reads only what it
//! can read exactly as the parser does, and leaves anything else to it: comments,
//! flow collections, escapes, multi-line plain text, empty values, unusual keys
//! and characters all give `None`, and the text is read by the parser.

use std::borrow::Cow;

use super::{Location, Node, Spanned, plain_scalar, repeats_a_key};

/// Nesting deeper than this is left to the parser (and its guard).
const MAX_DEPTH: usize = 32;

/// One line with content.
#[derive(Clone, Copy)]
struct Line<'a> {
    /// 1-based.
    number: u64,
    /// Spaces before the content.
    indent: usize,
    /// The content, not empty, no space at either end.
    rest: &'a str,
}

/// Reads `text` if it is block YAML of the kind described above, of at most
/// `max_nodes` nodes; `None` leaves it to the parser.
pub(super) fn read(text: &str, max_nodes: usize) -> Option<Spanned<Node>> {
    if !text.chars().all(plain_char) {
        return None;
    }
    let mut lines = Vec::with_capacity(text.bytes().filter(|b| *b == b'\n').count() + 1);
    for (i, raw) in text.split('\n').enumerate() {
        let rest = raw.trim_start_matches(' ');
        if rest.is_empty() {
            continue;
        }
        let indent = raw.len() - rest.len();
        let marker = indent == 0 && ["---", "...", "%"].iter().any(|m| rest.starts_with(m));
        if rest.ends_with(' ') || rest.starts_with('#') || marker {
            return None;
        }
        lines.push(Line {
            number: i as u64 + 1,
            indent,
            rest,
        });
    }
    lines.first()?;
    let mut reader = Reader {
        lines,
        pos: 0,
        nodes: 0,
        max_nodes,
        depth: 0,
    };
    let root = reader.block()?;
    (reader.pos == reader.lines.len()).then_some(root)
}

/// A character that is the same in every YAML reading: printable, no tab, no
/// line break but `\n`, no byte order mark.
fn plain_char(c: char) -> bool {
    matches!(c, '\n' | ' '..='~' | '\u{a0}'..='\u{2027}' | '\u{202a}'..='\u{d7ff}' | '\u{e000}'..='\u{fefe}' | '\u{ff00}'..='\u{fffd}' | '\u{10000}'..)
}

/// An entry of a block list: `-` then a space, or `-` alone.
fn is_item(rest: &str) -> bool {
    rest == "-" || rest.starts_with("- ")
}

struct Reader<'a> {
    lines: Vec<Line<'a>>,
    /// The next line to read.
    pos: usize,
    nodes: usize,
    max_nodes: usize,
    depth: usize,
}

impl Reader<'_> {
    /// Counts one more node; `None` past the budget.
    fn count(&mut self) -> Option<()> {
        self.nodes += 1;
        (self.nodes <= self.max_nodes).then_some(())
    }

    /// The list or mapping that starts at the next line.
    fn block(&mut self) -> Option<Spanned<Node>> {
        let line = self.lines.get(self.pos)?;
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return None;
        }
        let node = if is_item(line.rest) {
            self.list(false)
        } else {
            self.map()
        };
        self.depth -= 1;
        node
    }

    /// A block list: the entries at the next line's indentation. A list written at
    /// its key's indentation (`indentless`) is placed at its first entry's value,
    /// as the parser places it; any other at its first `-`.
    fn list(&mut self, indentless: bool) -> Option<Spanned<Node>> {
        let first = *self.lines.get(self.pos)?;
        let indent = first.indent;
        let mut at = Location::new(first.number, indent as u64 + 1);
        let mut items = Vec::new();
        while let Some(line) = self.lines.get(self.pos).copied() {
            if line.indent != indent || !is_item(line.rest) {
                break;
            }
            let after = &line.rest[1..];
            let content = after.trim_start_matches(' ');
            let inner = indent + 1 + (after.len() - content.len());
            if content.is_empty() || is_item(content) {
                return None;
            }
            if indentless && items.is_empty() {
                at = Location::new(line.number, inner as u64 + 1);
            }
            if key_of(content).is_some() {
                // A mapping that starts on the entry's line: read as if the line
                // started where the mapping does.
                self.lines[self.pos] = Line {
                    indent: inner,
                    rest: content,
                    ..line
                };
                self.depth += 1;
                if self.depth > MAX_DEPTH {
                    return None;
                }
                items.push(self.map()?);
                self.depth -= 1;
            } else {
                self.pos += 1;
                // A line further in goes on the entry's text: the parser's to read.
                if self.lines.get(self.pos).is_some_and(|l| l.indent > indent) {
                    return None;
                }
                self.count()?;
                items.push(Spanned {
                    value: one_line(content)?,
                    referenced: Location::new(line.number, inner as u64 + 1),
                });
            }
        }
        self.count()?;
        Some(Spanned {
            value: Node::List(items),
            referenced: at,
        })
    }

    /// A block mapping: the `key: value` lines at the next line's indentation.
    fn map(&mut self) -> Option<Spanned<Node>> {
        let first = *self.lines.get(self.pos)?;
        let indent = first.indent;
        let mut entries: Vec<(Spanned<String>, Spanned<Node>)> = Vec::new();
        while let Some(line) = self.lines.get(self.pos).copied() {
            if line.indent != indent || is_item(line.rest) {
                break;
            }
            let (key, value, offset) = key_of(line.rest)?;
            self.count()?;
            let key = Spanned {
                value: key.to_owned(),
                referenced: Location::new(line.number, indent as u64 + 1),
            };
            self.pos += 1;
            let at = Location::new(line.number, (indent + offset) as u64 + 1);
            let value = if value.is_empty() {
                match self.lines.get(self.pos) {
                    Some(next) if next.indent > indent => self.block()?,
                    // A list written at its key's indentation.
                    Some(next) if next.indent == indent && is_item(next.rest) => self.list(true)?,
                    // An empty value.
                    _ => return None,
                }
            } else if value.starts_with(['>', '|']) {
                // Placed at its first line of text, as the parser places it.
                let text_at = self
                    .lines
                    .get(self.pos)
                    .map(|l| Location::new(l.number, l.indent as u64 + 1))?;
                let text = self.folded(value, line.number, indent)?;
                self.count()?;
                Spanned {
                    value: Node::Text(text),
                    referenced: text_at,
                }
            } else {
                // A line further in goes on the value's text: the parser's to read.
                if self.lines.get(self.pos).is_some_and(|l| l.indent > indent) {
                    return None;
                }
                self.count()?;
                Spanned {
                    value: one_line(value)?,
                    referenced: at,
                }
            };
            entries.push((key, value));
        }
        // A key written twice is the parser's to report.
        if repeats_a_key(&entries) {
            return None;
        }
        self.count()?;
        Some(Spanned {
            value: Node::Map(entries),
            referenced: Location::new(first.number, indent as u64 + 1),
        })
    }

    /// The text of a `>-` folded scalar whose header is on line `header` of a
    /// mapping at `parent`: its lines, all at one indentation with none blank
    /// between, joined by spaces. Any other block scalar is the parser's.
    fn folded(&mut self, indicator: &str, header: u64, parent: usize) -> Option<String> {
        if indicator != ">-" {
            return None;
        }
        let first = *self.lines.get(self.pos)?;
        if first.indent <= parent || first.number != header + 1 {
            return None;
        }
        let mut text = String::new();
        let mut number = first.number;
        while let Some(line) = self.lines.get(self.pos).copied() {
            if line.indent <= parent {
                break;
            }
            if line.indent != first.indent || line.number != number {
                return None;
            }
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(line.rest);
            number += 1;
            self.pos += 1;
        }
        Some(text)
    }
}

/// `key: value` or `key:` with a key of letters, digits and `_` that reads as
/// text: the key, the value (empty when none), and the value's offset in `rest`.
fn key_of(rest: &str) -> Option<(&str, &str, usize)> {
    let end = rest
        .bytes()
        .position(|b| !(b.is_ascii_alphanumeric() || b == b'_'))?;
    let (key, tail) = rest.split_at(end);
    let tail = tail.strip_prefix(':')?;
    if key.is_empty() || !(tail.is_empty() || tail.starts_with(' ')) {
        return None;
    }
    if !matches!(plain_scalar(Cow::Borrowed(key))?, Node::Text(_)) {
        return None;
    }
    let value = tail.trim_start_matches(' ');
    Some((key, value, rest.len() - value.len()))
}

/// A scalar written on one line: quoted without escapes, or plain.
fn one_line(value: &str) -> Option<Node> {
    if let Some(inner) = value.strip_prefix('"') {
        let inner = inner.strip_suffix('"')?;
        return (!inner.contains(['"', '\\'])).then(|| Node::Text(inner.to_owned()));
    }
    if let Some(inner) = value.strip_prefix('\'') {
        let inner = inner.strip_suffix('\'')?;
        return (!inner.contains('\'')).then(|| Node::Text(inner.to_owned()));
    }
    let bytes = value.as_bytes();
    let indicator = b",[]{}#&*!|>'\"%@`?:".contains(bytes.first()?);
    let dash = bytes[0] == b'-' && bytes.get(1).is_none_or(|b| *b == b' ');
    let special = value.contains(": ")
        || value.contains(" #")
        || value.ends_with(':')
        || value.contains(['[', ']', '{', '}']);
    if indicator || dash || special {
        return None;
    }
    plain_scalar(Cow::Borrowed(value))
}
