//! The rules a field must keep, written once for the client (to refuse bad input
//! before any request) and the sandbox (to refuse it at the door).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer, de};

use crate::models::{FieldError, OpeningPeriod};

/// Longest display name, full name or agency name, in characters.
pub const MAX_NAME_CHARS: usize = 255;
/// Longest address, in characters.
pub const MAX_ADDRESS_CHARS: usize = 1000;
/// Longest e-mail address (RFC 5321), in characters.
pub const MAX_EMAIL_CHARS: usize = 254;
/// Longest telephone field, in characters.
pub const MAX_TELEPHONE_CHARS: usize = 64;
/// Most opening periods a week may have.
pub const MAX_OPENING_PERIODS: usize = 42;
/// Largest photo, in bytes.
pub const MAX_PHOTO_BYTES: usize = 5 * 1024 * 1024;
/// Most photos one point keeps.
pub const MAX_PHOTOS: usize = 10;
/// Largest page of a list.
pub const MAX_PAGE_SIZE: u32 = 1000;

/// Thailand's bounding box: (south, north, west, east) in degrees.
pub const THAILAND_BOUNDS: (f64, f64, f64, f64) = (5.6, 20.5, 97.3, 105.7);

/// Defines a string newtype that is checked when parsed and when deserialized.
macro_rules! checked_string {
    ($(#[$doc:meta])* $name:ident, $check:expr, $rule:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(String);

        impl $name {
            /// The rule, as error messages state it.
            pub const RULE: &'static str = $rule;

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
                    Err(format!("{s:?} is not valid: {}", $rule))
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
    };
}

checked_string!(
    /// รหัสหน่วยงาน: a unit's 13-digit code, the key of every record.
    PointCode,
    |s| s.len() == 13 && s.bytes().all(|b| b.is_ascii_digit()),
    "a unit code is exactly 13 digits"
);

checked_string!(
    /// A unit's Authorize Code: 15 upper-case hexadecimal characters.
    AuthorizeCode,
    |s| s.len() == 15 && s.bytes().all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b)),
    "an Authorize Code is exactly 15 upper-case hexadecimal characters (0-9, A-F)"
);

checked_string!(
    /// A process id: `P` and five digits.
    ProcessId,
    |s| s.len() == 6 && s.starts_with('P') && s[1..].bytes().all(|b| b.is_ascii_digit()),
    "a process id is P followed by 5 digits, e.g. P00042"
);

/// A time of day, `HH:MM` on the wire, from 00:00 to 24:00.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimeOfDay(u16);

impl TimeOfDay {
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

impl FromStr for TimeOfDay {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let bad = || format!("{s:?} is not a time: write HH:MM from 00:00 to 24:00");
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
        s.parse().map_err(de::Error::custom)
    }
}

/// Collects field errors of one request.
#[derive(Debug, Default)]
pub struct Checker {
    errors: Vec<FieldError>,
}

impl Checker {
    /// A checker with no errors yet.
    pub fn new() -> Checker {
        Checker::default()
    }

    /// Records a broken rule.
    pub fn fail(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.errors.push(FieldError {
            field: field.into(),
            message: message.into(),
        });
    }

    /// Text that must not be blank nor longer than `max` characters.
    pub fn text(&mut self, field: &str, value: &str, max: usize) {
        let chars = value.chars().count();
        if value.trim().is_empty() {
            self.fail(field, "must not be empty");
        } else if chars > max {
            self.fail(
                field,
                format!("is {chars} characters long; at most {max} are allowed"),
            );
        } else if value.chars().any(|c| c.is_control() && c != '\n') {
            self.fail(field, "must not contain control characters");
        }
    }

    /// Latitude and longitude on Earth.
    pub fn coordinates(&mut self, lat: Option<f64>, lng: Option<f64>) {
        if let Some(lat) = lat
            && !(lat.is_finite() && (-90.0..=90.0).contains(&lat))
        {
            self.fail(
                "lat",
                format!("{lat} is not a latitude: it must be within -90 to 90"),
            );
        }
        if let Some(lng) = lng
            && !(lng.is_finite() && (-180.0..=180.0).contains(&lng))
        {
            self.fail(
                "lng",
                format!("{lng} is not a longitude: it must be within -180 to 180"),
            );
        }
    }

    /// An e-mail address: one `@`, a local part, and a domain with a dot.
    pub fn email(&mut self, field: &str, value: &str) {
        if value.chars().count() > MAX_EMAIL_CHARS {
            self.fail(
                field,
                format!("is longer than {MAX_EMAIL_CHARS} characters"),
            );
        } else if !is_email(value) {
            self.fail(
                field,
                format!("{value:?} is not an e-mail address (name@example.go.th)"),
            );
        }
    }

    /// A telephone field: digits, spaces, `+ - ( ) ,` and `ต่อ` for an extension.
    pub fn telephone(&mut self, field: &str, value: &str) {
        if value.chars().count() > MAX_TELEPHONE_CHARS {
            self.fail(
                field,
                format!("is longer than {MAX_TELEPHONE_CHARS} characters"),
            );
        } else if !is_telephone(value) {
            self.fail(
                field,
                format!(
                    "{value:?} is not a telephone number: use digits, spaces, + - ( ) , and ต่อ for an extension"
                ),
            );
        }
    }

    /// Opening hours: each period opens before it closes, and periods of a day do not overlap.
    pub fn hours(&mut self, field: &str, hours: &[OpeningPeriod]) {
        if hours.len() > MAX_OPENING_PERIODS {
            self.fail(
                field,
                format!(
                    "has {} periods; at most {MAX_OPENING_PERIODS} are allowed",
                    hours.len()
                ),
            );
            return;
        }
        for (i, p) in hours.iter().enumerate() {
            if p.open >= p.close {
                self.fail(
                    format!("{field}[{i}]"),
                    format!(
                        "opens at {} but closes at {}: it must open before it closes",
                        p.open, p.close
                    ),
                );
            }
        }
        let mut sorted: Vec<&OpeningPeriod> = hours.iter().collect();
        sorted.sort();
        for pair in sorted.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            if a.day == b.day && b.open < a.close {
                self.fail(
                    field,
                    format!(
                        "{} {}-{} overlaps {}-{}",
                        a.day.as_str(),
                        a.open,
                        a.close,
                        b.open,
                        b.close
                    ),
                );
            }
        }
    }

    /// The errors found, or `Ok` when there were none.
    pub fn finish(self) -> Result<(), Vec<FieldError>> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(self.errors)
        }
    }
}

/// True for something shaped like an e-mail address.
pub fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    let labels_ok = domain
        .split('.')
        .all(|l| !l.is_empty() && l.chars().all(|c| c.is_alphanumeric() || c == '-'));
    !local.is_empty() && !local.contains(char::is_whitespace) && domain.contains('.') && labels_ok
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

/// True when a point may bind a process: one of its own department's, or one open
/// to its ministry or to all.
pub fn may_bind(process: &crate::ProcessSummary, point: &crate::PointSummary) -> bool {
    may_bind_in(process, &point.ministry_id, &point.department_id)
}

/// True when a point of this ministry and department may bind a process.
pub fn may_bind_in(
    process: &crate::ProcessSummary,
    ministry_id: &str,
    department_id: &str,
) -> bool {
    use crate::OpenTo;
    process.department_id == department_id
        || process.open_to == OpenTo::All
        || (process.open_to == OpenTo::Ministry && process.ministry_id == ministry_id)
}

/// True when a coordinate pair lies inside Thailand's bounding box.
pub fn in_thailand(lat: f64, lng: f64) -> bool {
    let (s, n, w, e) = THAILAND_BOUNDS;
    (s..=n).contains(&lat) && (w..=e).contains(&lng)
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn contact_fields() {
        assert!(is_email("saraban@dopa.go.th"));
        assert!(!is_email("saraban@dopa"));
        assert!(!is_email("no at sign"));
        assert!(is_telephone("0 2221 2141 ต่อ 12"));
        assert!(is_telephone("+66 2 123 4567"));
        assert!(!is_telephone("call us"));
    }

    #[test]
    fn thailand_box() {
        assert!(in_thailand(13.75, 100.5));
        assert!(!in_thailand(100.5, 13.75));
    }
}
