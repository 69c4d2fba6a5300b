//! The rules across the fields of one request, as the service and the tool both
//! check them before anything is written: every field error at once
//! ([`Checker`]), and which processes a point may bind.

use crate::models::{FieldError, OpeningPeriod};
use crate::rules::{
    BIDI_RULE, MAX_EMAIL_CHARS, MAX_OPENING_PERIODS, MAX_TELEPHONE_CHARS, excerpt, is_bidi_control,
    is_email, is_telephone,
};

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
        } else if value.chars().any(is_bidi_control) {
            self.fail(field, BIDI_RULE);
        }
    }

    /// A province: one of Thailand's 77, in Thai ([`crate::provinces`]).
    pub fn province(&mut self, field: &str, value: &str) {
        if !crate::provinces::is_province(value) {
            self.fail(
                field,
                format!(
                    "{} is not one of Thailand's 77 provinces (write it in Thai, e.g. นนทบุรี)",
                    excerpt(value)
                ),
            );
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
                format!(
                    "{} is not an e-mail address (name@example.go.th)",
                    excerpt(value)
                ),
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
                    "{} is not a telephone number: use digits, spaces, + - ( ) , and ต่อ for an extension",
                    excerpt(value)
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
