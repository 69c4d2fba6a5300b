//! Text shown to people, made safe for a terminal. Names, addresses and messages
//! come from the service or from files, and a terminal obeys what is in them: an
//! ANSI escape sequence can recolour the screen, retitle the window or hide what
//! follows, and a bidirectional override can make text read in another order than
//! it is stored. Every form for people (tables, documents, plans, reports,
//! messages, warnings and errors) is written through [`escape`] or [`Safe`], here
//! and nowhere else; JSON, YAML, CSV and workbooks keep the data exact.
//!
//! What is escaped, as `\u{1b}`, `\u{202e}` (the character's code in hex):
//!
//! - control characters (Unicode `Cc`: C0 U+0000 to U+001F, DEL U+007F, C1 U+0080
//!   to U+009F), except a newline, and a tab where the layout takes one (lines of
//!   text, not table cells). Escaping ESC defuses every escape sequence: what
//!   follows it (`[31m`, `]0;title`) is shown as the plain text it is;
//! - the bidirectional embeddings, overrides and isolates U+202A to U+202E and
//!   U+2066 to U+2069 ([`is_bidi_control`], the rule the contract states). The
//!   direction marks U+200E, U+200F and U+061C are left alone: they reorder nothing
//!   but the neutral characters beside them, and mixed Thai and Latin text uses them.
//!
//! Everything else, Thai with its vowel and tone marks included, is shown as it
//! is. A backslash is not doubled: the escaped form is for reading, the exact text
//! is what `-o json` gives.

use std::borrow::Cow;
use std::io::{self, Write};

use citizeninfo_api::rules::is_bidi_control;

/// Where text is shown, which decides whether a tab is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Lines of text: a newline and a tab are kept.
    Lines,
    /// A table cell: a newline is kept (the table gives the cell another line), a
    /// tab is escaped (it would break the columns).
    Cell,
    /// An error, which may echo the service's text and what the user typed: a
    /// newline is kept only where an indented line follows (the tool's own lists),
    /// so no line of it can pass for an `error:` or `hint:` line, and invisible
    /// format characters (a zero-width space, U+200B) are escaped too, so what was
    /// typed is seen.
    Message,
}

/// An invisible format character (Unicode `Cf`), or a line or paragraph separator.
fn invisible(c: char) -> bool {
    matches!(c,
        '\u{ad}' | '\u{600}'..='\u{605}' | '\u{61c}' | '\u{6dd}' | '\u{70f}' | '\u{180e}'
        | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{206f}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}')
}

/// True when a character is shown escaped in a layout; `next` is the text after it.
fn unsafe_char(c: char, next: &str, layout: Layout) -> bool {
    match c {
        '\n' => layout == Layout::Message && !next.starts_with("  "),
        '\t' => layout == Layout::Cell,
        c if layout == Layout::Message && invisible(c) => true,
        c => c.is_control() || is_bidi_control(c),
    }
}

/// Text as people are shown it: control characters, escape sequences and
/// bidirectional overrides escaped (see the module's documentation); borrowed
/// when there is nothing to escape.
pub fn escape(text: &str, layout: Layout) -> Cow<'_, str> {
    let after = |i: usize, c: char| &text[i + c.len_utf8()..];
    if !text
        .char_indices()
        .any(|(i, c)| unsafe_char(c, after(i, c), layout))
    {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for (i, c) in text.char_indices() {
        if unsafe_char(c, after(i, c), layout) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A writer for people: what is written through it is shown as [`escape`] shows
/// it, in [`Layout::Lines`]. Bytes that are not UTF-8 are shown as U+FFFD; a
/// character split between two writes is kept until its end arrives.
pub struct Safe<W: Write> {
    inner: W,
    pending: Vec<u8>,
}

impl<W: Write> Safe<W> {
    /// Escapes what is written to `inner`.
    pub fn new(inner: W) -> Safe<W> {
        Safe {
            inner,
            pending: Vec::new(),
        }
    }
}

/// A writer that escapes what is written, and can also pass bytes the tool itself
/// made (colour codes) through unescaped.
pub trait Styled: Write {
    /// Writes `bytes` as they are.
    fn raw(&mut self, bytes: &[u8]) -> io::Result<()>;
}

impl<W: Write> Styled for Safe<W> {
    fn raw(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.inner.write_all(bytes)
    }
}

impl<W: Write> Write for Safe<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(buf);
        let mut start = 0;
        let mut shown = String::new();
        loop {
            match std::str::from_utf8(&self.pending[start..]) {
                Ok(text) => {
                    shown.push_str(&escape(text, Layout::Lines));
                    start = self.pending.len();
                    break;
                }
                Err(e) => {
                    let valid = e.valid_up_to();
                    let text = std::str::from_utf8(&self.pending[start..start + valid])
                        .unwrap_or_default();
                    shown.push_str(&escape(text, Layout::Lines));
                    match e.error_len() {
                        // A character whose end is still to come.
                        None => {
                            start += valid;
                            break;
                        }
                        Some(bad) => {
                            shown.push(char::REPLACEMENT_CHARACTER);
                            start += valid + bad;
                        }
                    }
                }
            }
        }
        self.pending.drain(..start);
        self.inner.write_all(shown.as_bytes())?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thai_is_untouched() {
        let thai = "ที่ว่าการอำเภอบางกรวย นนทบุรี \u{0E31}\u{0E34}\u{0E35}\u{0E36}\u{0E37}\u{0E38}\u{0E39}\u{0E3A}\u{0E47}\u{0E48}\u{0E49}\u{0E4A}\u{0E4B}\u{0E4C}\u{0E4D}\u{0E4E} ๑๒๓";
        assert!(matches!(escape(thai, Layout::Lines), Cow::Borrowed(_)));
        assert!(matches!(escape(thai, Layout::Cell), Cow::Borrowed(_)));
        let marked = "ภาษาไทย\u{200F} English\u{200E}";
        assert_eq!(escape(marked, Layout::Cell), marked, "direction marks stay");
    }

    #[test]
    fn tabs_and_newlines_follow_the_layout() {
        assert_eq!(escape("a\tb\nc", Layout::Lines), "a\tb\nc");
        assert_eq!(escape("a\tb\nc", Layout::Cell), "a\\u{9}b\nc");
    }

    #[test]
    fn every_class_is_escaped() {
        // C0, carriage return, DEL, C1.
        assert_eq!(escape("a\u{0}b", Layout::Lines), "a\\u{0}b");
        assert_eq!(escape("a\rb", Layout::Lines), "a\\u{d}b");
        assert_eq!(escape("a\u{7f}b", Layout::Lines), "a\\u{7f}b");
        assert_eq!(escape("a\u{85}b\u{9b}", Layout::Lines), "a\\u{85}b\\u{9b}");
        // Escape sequences: colour (CSI) and a window title (OSC ... BEL).
        assert_eq!(
            escape("\u{1b}[31mแดง\u{1b}[0m", Layout::Cell),
            "\\u{1b}[31mแดง\\u{1b}[0m"
        );
        assert_eq!(
            escape("\u{1b}]0;title\u{7}", Layout::Lines),
            "\\u{1b}]0;title\\u{7}"
        );
        // Every embedding, override and isolate.
        for c in [
            '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
            '\u{2068}', '\u{2069}',
        ] {
            let shown = escape(&format!("ก{c}ข"), Layout::Lines).into_owned();
            assert_eq!(shown, format!("ก\\u{{{:x}}}ข", u32::from(c)));
        }
    }

    #[test]
    fn the_writer_escapes_across_split_characters() {
        let mut out = Vec::new();
        {
            let mut w = Safe::new(&mut out);
            let text = "ชื่อ\u{1b}[2J\u{202E}ท้าย\n".as_bytes();
            // Every split point, through the middle of three-byte Thai characters.
            for chunk in text.chunks(2) {
                w.write_all(chunk).unwrap();
            }
            w.write_all(b"\xff\n").unwrap();
        }
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "ชื่อ\\u{1b}[2J\\u{202e}ท้าย\n\u{FFFD}\n"
        );
    }

    #[test]
    fn an_error_is_one_line_each_and_shows_the_invisible() {
        assert_eq!(
            escape("busy\nerror: forged", Layout::Message),
            "busy\\u{a}error: forged"
        );
        assert_eq!(
            escape("2 problems:\n  a\n  b", Layout::Message),
            "2 problems:\n  a\n  b",
            "the tool's own indented lists keep their lines"
        );
        assert_eq!(escape("14\u{200b}01", Layout::Message), "14\\u{200b}01");
        assert_eq!(
            escape("a\u{2028}b\u{feff}", Layout::Message),
            "a\\u{2028}b\\u{feff}"
        );
        assert_eq!(escape("14\u{200b}01", Layout::Lines), "14\u{200b}01");
    }
}
