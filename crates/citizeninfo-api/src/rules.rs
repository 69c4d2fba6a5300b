//! The rules a field must keep, written once for the client (to refuse bad input
//! before any request) and the sandbox (to refuse it at the door).
//!
//! Each rule is stated here once, in two forms side by side: the Rust check the
//! client and the sandbox run, and the JSON Schema the contract (`openapi.yaml`)
//! publishes for it, generated from the `JsonSchema` impls below. The patterns are
//! ECMA-262 regular expressions without Unicode property escapes, so every JSON
//! Schema validator reads them alike; the sandbox's contract tests check that each
//! pattern accepts exactly what its Rust rule accepts.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer, de};

/// Longest display name, full name or agency name, in characters.
pub const MAX_NAME_CHARS: usize = 255;
/// Longest address, in characters.
pub const MAX_ADDRESS_CHARS: usize = 1000;
/// Longest e-mail address (RFC 5321), in characters.
pub const MAX_EMAIL_CHARS: usize = 254;
/// Longest telephone field, in characters.
pub const MAX_TELEPHONE_CHARS: usize = 64;
/// Longest opening-hours text, in characters: 42 periods written out take far fewer.
pub const MAX_HOURS_CHARS: usize = 1000;
/// Most opening periods a week may have.
pub const MAX_OPENING_PERIODS: usize = 42;
/// Largest photo, in bytes: the sandbox refuses a bigger upload, and the tool refuses
/// a bigger file by its size before reading it, then reads at most one byte more.
pub const MAX_PHOTO_BYTES: usize = 5 * 1024 * 1024;
/// Most characters of a value an error message echoes (see [`excerpt`]).
pub const EXCERPT_CHARS: usize = 60;
/// Most photos one point keeps.
pub const MAX_PHOTOS: usize = 10;
/// Largest page of a list.
pub const MAX_PAGE_SIZE: u32 = 1000;

/// Thailand's bounding box: (south, north, west, east) in degrees.
pub const THAILAND_BOUNDS: (f64, f64, f64, f64) = (5.6, 20.5, 97.3, 105.7);

/// Defines a string newtype that is checked when parsed and when deserialized, with
/// its JSON Schema: the check and the pattern state the same rule, side by side.
macro_rules! checked_string {
    (
        $(#[$doc:meta])* $name:ident, $check:expr, $rule:literal,
        pattern = $pattern:literal, description = $description:literal, example = $example:literal
    ) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(String);

        impl $name {
            /// The rule, as error messages state it.
            pub const RULE: &'static str = $rule;

            /// The rule as the contract's pattern states it.
            pub const PATTERN: &'static str = $pattern;

            /// The value as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl FromStr for $name {
            type Err = String;

            fn from_str(s: &str) -> Result<Self, String> {
                let check: fn(&str) -> bool = $check;
                if check(s) {
                    Ok($name(s.to_owned()))
                } else {
                    Err(format!("{} is not valid: {}", excerpt(s), $rule))
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&self.0)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                s.parse().map_err(de::Error::custom)
            }
        }

        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }

            fn schema_id() -> Cow<'static, str> {
                concat!(module_path!(), "::", stringify!($name)).into()
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!({
                    "type": "string",
                    "description": $description,
                    "pattern": $pattern,
                    "examples": [$example],
                })
            }
        }
    };
}

checked_string!(
    /// รหัสหน่วยงาน: a unit's 13-digit code, the key of every record.
    PointCode,
    |s| s.len() == 13 && s.bytes().all(|b| b.is_ascii_digit()),
    "a unit code is exactly 13 digits",
    pattern = "^[0-9]{13}$",
    description = "รหัสหน่วยงาน: a unit's code, exactly 13 digits; the key of every record.",
    example = "0113030601000"
);

checked_string!(
    /// A unit's Authorize Code: 15 upper-case hexadecimal characters.
    AuthorizeCode,
    |s| s.len() == 15 && s.bytes().all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b)),
    "an Authorize Code is exactly 15 upper-case hexadecimal characters (0-9, A-F)",
    pattern = "^[0-9A-F]{15}$",
    description = "A unit's Authorize Code: exactly 15 upper-case hexadecimal characters (0-9, A-F).",
    example = "2DBBEA63C543BF4"
);

checked_string!(
    /// A process id: `P` and five digits.
    ProcessId,
    |s| s.len() == 6 && s.starts_with('P') && s[1..].bytes().all(|b| b.is_ascii_digit()),
    "a process id is P followed by 5 digits, e.g. P00042",
    pattern = "^P[0-9]{5}$",
    description = "A process id (กระบวนงาน): `P` and 5 digits.",
    example = "P00042"
);

/// A time of day from 00:00 to 24:00.
///
/// On the wire it is exactly `HH:MM`, both ways ([`TimeOfDay::from_wire`], stated
/// for the contract by [`TimeOfDay::PATTERN`]). The looser forms people type, `8:30`
/// and `16.30`, are read by [`FromStr`], which the opening-hours text parser
/// ([`crate::hours`]) uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimeOfDay(u16);

impl TimeOfDay {
    /// The wire form as the contract's pattern states it: `HH:MM` from 00:00 to 24:00.
    pub const PATTERN: &'static str = "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$";

    /// Reads the wire form: exactly `HH:MM` (two digits, a colon, two digits), from
    /// 00:00 to 24:00. Answers always write it so, and requests must.
    pub fn from_wire(s: &str) -> Result<TimeOfDay, String> {
        let bad = || {
            format!(
                "{} is not a time: write HH:MM from 00:00 to 24:00",
                excerpt(s)
            )
        };
        let b = s.as_bytes();
        let digit = |i: usize| {
            b.get(i)
                .filter(|c| c.is_ascii_digit())
                .map(|c| u16::from(c - b'0'))
        };
        if b.len() != 5 || b[2] != b':' {
            return Err(bad());
        }
        match (digit(0), digit(1), digit(3), digit(4)) {
            (Some(h1), Some(h2), Some(m1), Some(m2)) => {
                TimeOfDay::new(h1 * 10 + h2, m1 * 10 + m2).ok_or_else(bad)
            }
            _ => Err(bad()),
        }
    }

    /// From hours and minutes; `None` past 24:00.
    pub fn new(hours: u16, minutes: u16) -> Option<TimeOfDay> {
        let total = hours.checked_mul(60)?.checked_add(minutes)?;
        (minutes < 60 && total <= 24 * 60).then_some(TimeOfDay(total))
    }

    /// From hours and minutes known to be valid, such as literals in code.
    pub const fn at(hours: u16, minutes: u16) -> TimeOfDay {
        assert!(minutes < 60 && hours * 60 + minutes <= 24 * 60);
        TimeOfDay(hours * 60 + minutes)
    }

    /// Minutes since midnight.
    pub fn minutes(self) -> u16 {
        self.0
    }
}

/// Reads a time as people type it: `HH:MM`, and also `H:MM` and `HH.MM`. The wire
/// form is stricter: see [`TimeOfDay::from_wire`].
impl FromStr for TimeOfDay {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let bad = || {
            format!(
                "{} is not a time: write HH:MM from 00:00 to 24:00",
                excerpt(s)
            )
        };
        let (h, m) = s.split_once([':', '.']).ok_or_else(bad)?;
        if h.is_empty() || h.len() > 2 || m.len() != 2 {
            return Err(bad());
        }
        let h: u16 = h.parse().map_err(|_| bad())?;
        let m: u16 = m.parse().map_err(|_| bad())?;
        TimeOfDay::new(h, m).ok_or_else(bad)
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

impl Serialize for TimeOfDay {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for TimeOfDay {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        TimeOfDay::from_wire(&s).map_err(de::Error::custom)
    }
}

impl JsonSchema for TimeOfDay {
    fn schema_name() -> Cow<'static, str> {
        "TimeOfDay".into()
    }

    fn schema_id() -> Cow<'static, str> {
        concat!(module_path!(), "::TimeOfDay").into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "A time of day, exactly `HH:MM`, from 00:00 to 24:00 (24:00 is midnight at the end of the day), in requests and answers alike.",
            "pattern": TimeOfDay::PATTERN,
            "examples": ["08:30"],
        })
    }
}

/// Text in a name or address field, as [`Checker::text`] takes it: not blank (it
/// has a character that is not white space, Unicode `White_Space` as `str::trim`
/// takes it), no control character but a newline, and no bidirectional override
/// or isolate ([`is_bidi_control`]). `maxLength` comes with the field.
pub const TEXT_PATTERN: &str = concat!(
    r"^[^\x00-\x09\x0B-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069]*",
    r"[^\x00-\x20\x7F-\x9F\u00A0\u1680\u2000-\u200A\u2028-\u202F\u205F\u2066-\u2069\u3000]",
    r"[^\x00-\x09\x0B-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069]*$"
);

/// The rule [`is_bidi_control`] states, as error messages and the contract word it.
pub const BIDI_RULE: &str = "must not contain bidirectional override or isolate characters (U+202A to U+202E, U+2066 to U+2069): they make text display in another order than it is stored";

/// True for the bidirectional formatting characters that reorder the text after
/// them until their end: the embeddings and overrides U+202A to U+202E and the
/// isolates U+2066 to U+2069 (the ones "Trojan Source", CVE-2021-42574, abuses).
/// The marks U+200E, U+200F and U+061C are not among them: they change the order of
/// nothing but the neutral characters around them, and mixed-script text uses them.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// True for a Unicode combining mark that belongs with the character before it:
/// Thai vowel and tone marks (U+0E31, U+0E34 to U+0E3A, U+0E47 to U+0E4E), the
/// combining diacritics U+0300 to U+036F, and the variation selectors.
pub fn is_combining_mark(c: char) -> bool {
    matches!(
        c,
        '\u{0E31}'
            | '\u{0E34}'..='\u{0E3A}'
            | '\u{0E47}'..='\u{0E4E}'
            | '\u{0300}'..='\u{036F}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{200D}'
    )
}

/// A value as an error message echoes it: in quotes, and when it is longer than
/// [`EXCERPT_CHARS`] characters, its first ones, `…` and its length, as
/// `"ที่ว่าการ…" (70000 characters)`. It is cut between characters, never inside
/// one, and a combining mark stays with the character it is written on. It is
/// the one way a value is echoed, so a megabyte cell makes a readable message.
pub fn excerpt(value: &str) -> String {
    let total = value.chars().count();
    if total <= EXCERPT_CHARS {
        return format!("\"{value}\"");
    }
    let mut end = 0;
    for (taken, (i, c)) in value.char_indices().enumerate() {
        if taken >= EXCERPT_CHARS && !is_combining_mark(c) {
            break;
        }
        end = i + c.len_utf8();
    }
    format!("\"{}…\" ({total} characters)", &value[..end])
}

/// An e-mail address, as [`is_email`] takes it.
pub const EMAIL_PATTERN: &str = concat!(
    r"^[^@\x00-\x20\x7F-\x9F\u00A0\u1680\u2000-\u200A\u2028-\u202F\u205F\u2066-\u2069\u3000]+@",
    r"[^\x00-\x2C\x2E\x2F\x3A-\x40\x5B-\x60\x7B-\x9F\u00A0\u1680\u2000-\u200A\u2028-\u202F\u205F\u2066-\u2069\u3000]+",
    r"(\.[^\x00-\x2C\x2E\x2F\x3A-\x40\x5B-\x60\x7B-\x9F\u00A0\u1680\u2000-\u200A\u2028-\u202F\u205F\u2066-\u2069\u3000]+)+$"
);

/// A telephone field, as [`is_telephone`] takes it: at least one digit, and nothing
/// but digits, spaces, `+ - ( ) ,` and `ต่อ` for an extension.
pub const TELEPHONE_PATTERN: &str = "^([ +(),-]|ต่อ)*[0-9]([0-9 +(),-]|ต่อ)*$";

/// Free text to search for, as [`is_search_text`] takes it: no control characters.
pub const SEARCH_TEXT_PATTERN: &str = r"^[^\x00-\x1F\x7F-\x9F]*$";

/// A list of codes, as [`parse_codes`] takes it: 1 to [`MAX_PAGE_SIZE`] codes
/// separated by single commas.
pub fn codes_pattern() -> String {
    format!(
        "^[0-9]{{13}}(,[0-9]{{13}}){{0,{}}}$",
        MAX_PAGE_SIZE.saturating_sub(1)
    )
}

/// Declares a type that only carries the schema of a rule, for fields whose Rust
/// type is a plain `String` checked by [`Checker`] or a function of this module.
macro_rules! rule_schema {
    ($(#[$doc:meta])* $name:ident, $schema_name:literal, $schema:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct $name;

        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                $schema_name.into()
            }

            fn schema_id() -> Cow<'static, str> {
                concat!(module_path!(), "::", stringify!($name)).into()
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                $schema
            }
        }
    };
}

rule_schema!(
    /// The schema of a name field: [`Checker::text`] with [`MAX_NAME_CHARS`].
    NameText,
    "NameText",
    json_schema!({
        "type": "string",
        "description": format!(
            "A name: not blank, at most {MAX_NAME_CHARS} characters, no control character but a newline, and no bidirectional override or isolate character (U+202A to U+202E, U+2066 to U+2069)."
        ),
        "minLength": 1,
        "maxLength": MAX_NAME_CHARS,
        "pattern": TEXT_PATTERN,
    })
);

rule_schema!(
    /// The schema of an address field: [`Checker::text`] with [`MAX_ADDRESS_CHARS`].
    AddressText,
    "AddressText",
    json_schema!({
        "type": "string",
        "description": format!(
            "An address: not blank, at most {MAX_ADDRESS_CHARS} characters, no control character but a newline, and no bidirectional override or isolate character (U+202A to U+202E, U+2066 to U+2069)."
        ),
        "minLength": 1,
        "maxLength": MAX_ADDRESS_CHARS,
        "pattern": TEXT_PATTERN,
    })
);

rule_schema!(
    /// The schema of an e-mail field: [`Checker::email`].
    EmailAddress,
    "Email",
    json_schema!({
        "type": "string",
        "description": format!(
            "An e-mail address (name@example.go.th), at most {MAX_EMAIL_CHARS} characters: a local part without `@`, white space or control characters, then `@` and a domain of two or more labels separated by dots, each made of ASCII letters, digits and `-`, or of characters beyond ASCII (a Thai domain) that are neither white space, control characters nor bidirectional overrides or isolates."
        ),
        "maxLength": MAX_EMAIL_CHARS,
        "pattern": EMAIL_PATTERN,
        "examples": ["saraban@dopa.go.th"],
    })
);

rule_schema!(
    /// The schema of a telephone field: [`Checker::telephone`].
    TelephoneNumber,
    "Telephone",
    json_schema!({
        "type": "string",
        "description": format!(
            "A telephone field: digits, spaces, `+ - ( ) ,` and ต่อ for an extension, with at least one digit; at most {MAX_TELEPHONE_CHARS} characters."
        ),
        "maxLength": MAX_TELEPHONE_CHARS,
        "pattern": TELEPHONE_PATTERN,
        "examples": ["0 2221 2141 ต่อ 12"],
    })
);

rule_schema!(
    /// The schema of free text to search for: [`is_search_text`].
    SearchText,
    "SearchText",
    json_schema!({
        "type": "string",
        "description": "Free text to search for, without control characters: one (such as NUL) is refused with 400 `invalid_parameter`, never matched.",
        "pattern": SEARCH_TEXT_PATTERN,
    })
);

rule_schema!(
    /// The schema of a list of codes: [`parse_codes`].
    PointCodeList,
    "PointCodeList",
    json_schema!({
        "type": "string",
        "description": format!(
            "1 to {MAX_PAGE_SIZE} unit codes of 13 digits, separated by single commas, with nothing before, after or between them; anything else is 400 `invalid_parameter`."
        ),
        "pattern": codes_pattern(),
        "examples": ["0113030601000,0113030601001"],
    })
);

/// True for free text the service searches for: it holds no control characters.
pub fn is_search_text(s: &str) -> bool {
    !s.chars().any(char::is_control)
}

/// Reads a list of codes: 1 to [`MAX_PAGE_SIZE`] codes separated by single commas,
/// nothing before, after or between them.
pub fn parse_codes(s: &str) -> Result<Vec<PointCode>, String> {
    let parts: Vec<&str> = s.split(',').collect();
    if parts.len() > MAX_PAGE_SIZE as usize {
        return Err(format!(
            "{} codes given; at most {MAX_PAGE_SIZE} at once",
            parts.len()
        ));
    }
    parts
        .iter()
        .map(|part| {
            if part.is_empty() {
                Err(format!(
                    "{} has an empty code: give 13-digit codes separated by single commas",
                    excerpt(s)
                ))
            } else {
                part.parse::<PointCode>()
            }
        })
        .collect()
}

/// True for something shaped like an e-mail address ([`EMAIL_PATTERN`]): a local
/// part without `@`, white space or control characters, then `@` and a domain of
/// two or more labels separated by dots, each made of ASCII letters, digits and
/// `-`, or of characters beyond ASCII that are neither white space nor control
/// characters (so a Thai domain such as `ตัวอย่าง.ไทย` is one).
pub fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    let visible = |c: char| !c.is_whitespace() && !c.is_control() && !is_bidi_control(c);
    let label_char =
        |c: char| c.is_ascii_alphanumeric() || c == '-' || (!c.is_ascii() && visible(c));
    !local.is_empty()
        && local.chars().all(visible)
        && domain.contains('.')
        && domain
            .split('.')
            .all(|l| !l.is_empty() && l.chars().all(label_char))
}

/// True for a telephone field as the back office keeps it.
pub fn is_telephone(s: &str) -> bool {
    let rest = s.replace("ต่อ", "");
    s.chars().any(|c| c.is_ascii_digit())
        && rest
            .chars()
            .all(|c| c.is_ascii_digit() || " +-(),".contains(c))
}

/// The image type of a file from its first bytes (JPEG, PNG, GIF or WebP); names
/// and declared types are not trusted.
pub fn sniff_image(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        Some("image/gif")
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some("image/webp")
    } else {
        None
    }
}

/// True when a coordinate pair lies inside Thailand's bounding box.
pub fn in_thailand(lat: f64, lng: f64) -> bool {
    let (s, n, w, e) = THAILAND_BOUNDS;
    (s..=n).contains(&lat) && (w..=e).contains(&lng)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::Checker;
    use crate::models::OpeningPeriod;

    #[test]
    fn codes_are_checked() {
        assert!("0113030601000".parse::<PointCode>().is_ok());
        assert!("113030601000".parse::<PointCode>().is_err());
        assert!("01130306010001".parse::<PointCode>().is_err());
        assert!("011303060100a".parse::<PointCode>().is_err());
        assert!("2DBBEA63C543BF4".parse::<AuthorizeCode>().is_ok());
        assert!("2dbbea63c543bf4".parse::<AuthorizeCode>().is_err());
        assert!("2DBBEA63C543BF".parse::<AuthorizeCode>().is_err());
        assert!("P00042".parse::<ProcessId>().is_ok());
        assert!("P0042".parse::<ProcessId>().is_err());
    }

    #[test]
    fn times_parse_and_print() {
        let t: TimeOfDay = "8:30".parse().unwrap();
        assert_eq!(t.to_string(), "08:30");
        assert_eq!("16.30".parse::<TimeOfDay>().unwrap().to_string(), "16:30");
        assert!("24:00".parse::<TimeOfDay>().is_ok());
        assert!("24:01".parse::<TimeOfDay>().is_err());
        assert!("12:60".parse::<TimeOfDay>().is_err());
        assert!("noon".parse::<TimeOfDay>().is_err());
    }

    #[test]
    fn wire_times_are_exactly_hh_mm() {
        assert_eq!(TimeOfDay::from_wire("08:30").unwrap().to_string(), "08:30");
        assert_eq!(TimeOfDay::from_wire("00:00").unwrap().minutes(), 0);
        assert_eq!(TimeOfDay::from_wire("24:00").unwrap().minutes(), 24 * 60);
        for bad in [
            "8:30",
            "16.30",
            "24:30",
            "24:01",
            "12:60",
            "25:00",
            "08:3",
            "08:300",
            "+8:30",
            "08:+5",
            " 08:30",
            "08:30 ",
            "0830",
            "",
            "๑๒:๐๐",
        ] {
            assert!(TimeOfDay::from_wire(bad).is_err(), "{bad:?}");
        }
        let period: Result<OpeningPeriod, _> =
            serde_json::from_str(r#"{"day":"mon","open":"8:30","close":"16:30"}"#);
        assert!(period.is_err(), "the wire takes HH:MM only");
    }

    #[test]
    fn codes_lists_are_strict() {
        assert_eq!(parse_codes("0113030601000").unwrap().len(), 1);
        assert_eq!(parse_codes("0113030601000,0113030601001").unwrap().len(), 2);
        for bad in [
            "",
            ",",
            ",0113030601000",
            "0113030601000,",
            "0113030601000,,0113030601001",
            "0113030601000, 0113030601001",
            "12",
        ] {
            assert!(parse_codes(bad).is_err(), "{bad:?}");
        }
        assert!(parse_codes(&vec!["0113030601000"; 1000].join(",")).is_ok());
        assert!(parse_codes(&vec!["0113030601000"; 1001].join(",")).is_err());
    }

    #[test]
    fn contact_fields() {
        assert!(is_email("saraban@dopa.go.th"));
        assert!(!is_email("saraban@dopa"));
        assert!(!is_email("no at sign"));
        assert!(is_email("ผู้ใช้@ตัวอย่าง.ไทย"));
        assert!(!is_email("sara\u{1}ban@dopa.go.th"));
        assert!(!is_email("saraban@dopa..go.th"));
        assert!(!is_email("saraban@do_pa.go.th"));
        assert!(!is_email("sara@ban@dopa.go.th"));
        assert!(is_telephone("0 2221 2141 ต่อ 12"));
        assert!(is_telephone("+66 2 123 4567"));
        assert!(!is_telephone("call us"));
    }

    #[test]
    fn excerpts_are_short_and_cut_between_characters() {
        assert_eq!(excerpt("นนทบุรี"), "\"นนทบุรี\"");
        let exact = "ก".repeat(EXCERPT_CHARS);
        assert_eq!(
            excerpt(&exact),
            format!("\"{exact}\""),
            "60 characters stay whole"
        );
        let long = "a".repeat(64 << 20);
        let cut = excerpt(&long);
        assert_eq!(
            cut,
            format!(
                "\"{}…\" ({} characters)",
                "a".repeat(EXCERPT_CHARS),
                64 << 20
            )
        );
        // Three-byte Thai characters: a cut on a byte count would split one.
        let thai = "ที่ว่าการอำเภอ".repeat(20);
        let cut = excerpt(&thai);
        assert!(cut.ends_with(&format!("…\" ({} characters)", thai.chars().count())));
        // The 60th character here is a base letter followed by marks: they stay on it.
        let word = "ก".repeat(EXCERPT_CHARS - 1) + "ที่" + "ขขขขข";
        let cut = excerpt(&word);
        assert!(
            cut.starts_with(&format!("\"{}ที่…", "ก".repeat(EXCERPT_CHARS - 1))),
            "{cut}"
        );
        let marks = "ก".repeat(EXCERPT_CHARS) + "\u{0E35}\u{0E48}" + "ข";
        let cut = excerpt(&marks);
        assert!(
            cut.contains("ก\u{0E35}\u{0E48}…"),
            "a mark is never cut from its letter: {cut}"
        );
    }

    #[test]
    fn a_long_hours_text_is_refused_with_a_short_message() {
        let text = format!("mon {}", "0".repeat(1 << 20));
        let e = crate::hours::parse(&text).unwrap_err();
        let shown = e.to_string();
        assert!(shown.contains("at most 1000"), "{shown}");
        assert!(shown.len() < 400, "{} bytes", shown.len());
    }

    #[test]
    fn bidirectional_controls_are_refused_in_text() {
        for c in [
            '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
            '\u{2068}', '\u{2069}',
        ] {
            assert!(is_bidi_control(c), "{c:?}");
            let mut check = Checker::new();
            check.text("name_th", &format!("ที่ว่าการ{c}อำเภอ"), MAX_NAME_CHARS);
            let errors = check.finish().unwrap_err();
            assert_eq!(errors[0].field, "name_th");
            assert_eq!(errors[0].message, BIDI_RULE);
            assert!(!is_email(&format!("sara{c}ban@dopa.go.th")));
        }
        for c in ['\u{200E}', '\u{200F}', 'ก', '\u{0E48}'] {
            assert!(!is_bidi_control(c), "{c:?}");
        }
        let mut check = Checker::new();
        check.text("name_th", "ที่ว่าการอำเภอ\u{200F}บางกรวย", MAX_NAME_CHARS);
        assert!(check.finish().is_ok(), "a direction mark reorders nothing");
    }

    #[test]
    fn thailand_box() {
        assert!(in_thailand(13.75, 100.5));
        assert!(!in_thailand(100.5, 13.75));
    }
}
