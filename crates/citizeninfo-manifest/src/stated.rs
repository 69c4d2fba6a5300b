//! What a person states about a point (flags, a point document, a manifest entry,
//! a sheet row), checked by every rule that needs no request before anything is
//! sent. Each problem keeps the place its value was written, so each front end
//! names it there: a flag, `file:line:column`, a sheet cell.

use citizeninfo_api::checks::Checker;
use citizeninfo_api::fields::{self, Field, Statement};
use citizeninfo_api::rules;

/// Where coordinates were written, so a problem names them there: flags, sheet
/// columns, or the keys of a point document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// `--lat` and `--lng`.
    Flags,
    /// The sheet's ละติจูด and ลองจิจูด columns.
    Columns,
    /// `lat:` and `lng:`.
    Keys,
}

impl Written {
    fn name(self, key: &str) -> String {
        match self {
            Written::Flags => format!("--{key}"),
            Written::Columns => {
                fields::field(key).map_or(key.to_owned(), |f| format!("{} ({key})", f.th))
            }
            Written::Keys => key.to_owned(),
        }
    }

    fn swapped(self, lat: f64, lng: f64) -> String {
        match self {
            Written::Flags => format!("they look swapped: did you mean --lat {lng} --lng {lat}?"),
            Written::Columns => format!(
                "they look swapped: swap the two cells, so that ละติจูด is {lng} and ลองจิจูด is {lat}"
            ),
            Written::Keys => format!("they look swapped: did you mean lat: {lng} and lng: {lat}?"),
        }
    }

    fn force(self) -> &'static str {
        "check them on a map; pass --force if the point really is abroad (an embassy, say)"
    }
}

/// Coordinates off the Earth, or outside Thailand unless forced: the problem and a
/// hint (swapped, or how to accept a point abroad), naming them where they were
/// written.
pub fn thailand(lat: f64, lng: f64, force: bool, written: Written) -> Result<(), (String, String)> {
    let swapped = rules::in_thailand(lng, lat);
    let mut check = Checker::new();
    check.coordinates(Some(lat), Some(lng));
    if let Err(errors) = check.finish() {
        let hint = if swapped {
            written.swapped(lat, lng)
        } else {
            String::new()
        };
        return Err((
            format!("{} {}", written.name(&errors[0].field), errors[0].message),
            hint,
        ));
    }
    if force || rules::in_thailand(lat, lng) {
        return Ok(());
    }
    let hint = if swapped {
        written.swapped(lat, lng)
    } else {
        written.force().to_owned()
    };
    Err((
        format!(
            "the coordinates {lat}, {lng} are outside Thailand (latitude 5.6 to 20.5, longitude 97.3 to 105.7)"
        ),
        hint,
    ))
}

/// A problem with what was stated, at the place of its value.
#[derive(Debug, Clone)]
pub struct Problem<P> {
    /// Where the value is written (for a field that is missing: the whole statement).
    pub at: P,
    /// The field, when the problem is one field's.
    pub field: Option<&'static Field>,
    /// The rule it broke; with a hint after `; ` where one helps.
    pub message: String,
}

/// How the problem of fields a creation lacks begins.
const MISSING: &str = "a new point needs";

/// What a statement is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Editing an existing point: only what is stated is checked.
    Edit,
    /// Creating a point: what a creation needs must be stated, too.
    Create,
}

/// Reads stated values (field, text, place) into a statement and checks every rule
/// that needs no request: each value's form, every field rule at once
/// ([`fields::validate_patch`], [`fields::validate_new`] for a creation), and
/// coordinates inside Thailand unless `force` (when both are known). `whole` is the place of a problem no
/// single value has (a field a creation lacks). `current` gives the other
/// coordinate when only one is stated.
pub fn check<P: Clone>(
    values: &[(&'static Field, Option<String>, P)],
    purpose: Purpose,
    force: bool,
    written: Written,
    whole: &P,
    current: Option<(f64, f64)>,
) -> (Statement, Vec<Problem<P>>) {
    let mut statement = Statement::default();
    let mut problems = Vec::new();
    let place = |key: &str| {
        values
            .iter()
            .rev()
            .find(|(f, _, _)| f.key == key)
            .map(|(f, _, at)| (at.clone(), Some(*f)))
    };
    for (f, text, at) in values {
        if let Err(message) = statement.state(f, text.as_deref()) {
            problems.push(Problem {
                at: at.clone(),
                field: Some(*f),
                message,
            });
        }
    }
    let failed: Vec<&str> = problems
        .iter()
        .filter_map(|p| p.field.map(|f| f.key))
        .collect();
    let patch = &statement.edit.patch;
    // Coordinates are checked as a pair, with a hint when they look swapped.
    let pair = patch.lat.is_some() || patch.lng.is_some();
    if pair {
        let lat = patch.lat.or(current.map(|c| c.0));
        let lng = patch.lng.or(current.map(|c| c.1));
        // With one coordinate and no current point, the caller checks the pair once
        // it knows the other.
        if let (Some(lat), Some(lng)) = (lat, lng)
            && let Err((message, hint)) = thailand(lat, lng, force, written)
        {
            let (at, _) = place("lat")
                .or_else(|| place("lng"))
                .unwrap_or((whole.clone(), None));
            problems.push(Problem {
                at,
                field: None,
                message: join(message, &hint),
            });
        }
    }
    let mut rule_errors = Vec::new();
    if purpose == Purpose::Create {
        match statement.new_point() {
            Ok(_) => {}
            Err(errors) => {
                let missing: Vec<&str> = errors
                    .iter()
                    .filter(|e| e.message == fields::NEEDED_TO_CREATE)
                    .map(|e| e.field.as_str())
                    .filter(|k| !failed.contains(k))
                    .collect();
                if !missing.is_empty() {
                    problems.push(Problem {
                        at: whole.clone(),
                        field: None,
                        message: format!(
                            "{MISSING} {}",
                            missing
                                .iter()
                                .map(|k| written_key(k, written))
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    });
                    rule_errors = fields::validate_patch(patch).err().unwrap_or_default();
                } else {
                    rule_errors = errors;
                }
            }
        }
    } else {
        rule_errors = fields::validate_patch(patch).err().unwrap_or_default();
    }
    for e in rule_errors {
        let key = e.field.split('[').next().unwrap_or_default();
        if (pair && (key == "lat" || key == "lng")) || failed.contains(&key) {
            continue;
        }
        let (at, field) = place(key).unwrap_or((whole.clone(), fields::field(key)));
        problems.push(Problem {
            at,
            field,
            message: e.message,
        });
    }
    (statement, problems)
}

/// A field's name as a person wrote it: its flag, or its key.
fn written_key(key: &str, written: Written) -> String {
    match (written, fields::field(key)) {
        (Written::Flags, Some(f)) if f.key == "code" => "--code".to_owned(),
        (Written::Flags, Some(f)) => f.flag_name(),
        (Written::Columns, Some(f)) => format!("{} ({key})", f.th),
        _ => key.to_owned(),
    }
}

fn join(message: String, hint: &str) -> String {
    if hint.is_empty() {
        message
    } else {
        format!("{message}; {hint}")
    }
}

impl<P> Problem<P> {
    /// True for the problem naming the fields a creation lacks.
    pub fn is_missing(&self) -> bool {
        self.field.is_none() && self.message.starts_with(MISSING)
    }

    /// The problem as a person reads it after its place: `key: message`, or the
    /// flag's name before the message.
    pub fn describe(&self, written: Written) -> String {
        match self.field {
            Some(f) if written == Written::Keys => format!("{}: {}", f.key, self.message),
            Some(f) => format!("{} {}", written_key(f.key, written), self.message),
            None => self.message.clone(),
        }
    }
}
