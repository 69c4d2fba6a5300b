//! `points`: the structure list, one point, edits, additions, hiding.

pub mod add;
pub mod document;
pub mod edit;
pub mod list;
pub mod show;
pub mod status;

use crate::cli::FieldArgs;
use crate::exit::Failure;
use citizeninfo_api::fields::{self, Edit};
use citizeninfo_api::rules::{self, Checker};
use citizeninfo_api::{PointCode, PointPatch};

/// Parses a code argument, refusing it before any request.
pub fn code(value: &str) -> anyhow::Result<PointCode> {
    value.trim().parse().map_err(|e: String| {
        Failure::invalid(
            format!("the code {e}"),
            "copy the รหัสหน่วยงาน from `citizeninfo points list`, leading zeros included",
        )
        .into()
    })
}

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

/// Refuses coordinates off the Earth, or outside Thailand unless forced, with a
/// hint when they look swapped, naming them where they were written.
pub fn check_thailand(lat: f64, lng: f64, force: bool, written: Written) -> anyhow::Result<()> {
    let swapped = rules::in_thailand(lng, lat);
    let hint = if swapped {
        written.swapped(lat, lng)
    } else {
        written.force().to_owned()
    };
    let mut check = Checker::new();
    check.coordinates(Some(lat), Some(lng));
    if let Err(errors) = check.finish() {
        let hint = if swapped { hint } else { String::new() };
        return Err(Failure::invalid(
            format!("{} {}", written.name(&errors[0].field), errors[0].message),
            hint,
        )
        .into());
    }
    if force || rules::in_thailand(lat, lng) {
        return Ok(());
    }
    Err(Failure::invalid(
        format!(
            "the coordinates {lat}, {lng} are outside Thailand (latitude 5.6 to 20.5, longitude 97.3 to 105.7)"
        ),
        hint,
    )
    .into())
}

/// Turns the field flags into a patch through the field registry, checking every
/// rule that needs no request and naming every problem by its flag at once.
/// `current` gives the other coordinate when only one is changed.
pub fn patch_from_flags(f: &FieldArgs, current: Option<(f64, f64)>) -> anyhow::Result<PointPatch> {
    let mut edit = Edit::default();
    let mut problems: Vec<String> = Vec::new();
    let mut hours_problem = false;
    for (field, text) in &f.values {
        if let Err(e) = field.set(&mut edit, Some(text)) {
            hours_problem |= field.key == "hours";
            problems.push(format!("{} {e}", field.flag_name()));
        }
    }
    // Coordinates are checked as a pair, with a hint when they look swapped.
    let (lat, lng) = (
        edit.patch.lat.or(current.map(|c| c.0)),
        edit.patch.lng.or(current.map(|c| c.1)),
    );
    let pair_checked = edit.patch.lat.is_some() || edit.patch.lng.is_some();
    if pair_checked
        && let (Some(lat), Some(lng)) = (lat, lng)
        && let Err(e) = check_thailand(lat, lng, f.force, Written::Flags)
    {
        if problems.is_empty() {
            return Err(e);
        }
        problems.push(format!("{e}"));
    }
    let is_pair = |field: &str| pair_checked && (field == "lat" || field == "lng");
    if let Err(errors) = fields::validate_patch(&edit.patch) {
        for e in errors.into_iter().filter(|e| !is_pair(&e.field)) {
            let key = e.field.split('[').next().unwrap_or_default();
            hours_problem |= key == "hours";
            let name = fields::field(key).map_or(e.field.clone(), |f| f.flag_name());
            problems.push(format!("{name} {}", e.message));
        }
    }
    if !problems.is_empty() {
        let hint = if hours_problem {
            "write days and times like \"mon-fri 08:30-12:00,13:00-16:30; sat 09:00-12:00\""
        } else {
            ""
        };
        return Err(Failure::invalid(problems.join("; "), hint).into());
    }
    Ok(edit.patch)
}

/// The API query for the back office's filters.
pub fn query(f: &crate::cli::Filters) -> citizeninfo_api::PointQuery {
    citizeninfo_api::PointQuery {
        ministry: f.ministry.clone(),
        department: f.department.clone(),
        agency: f.agency.clone(),
        unit_type: f.unit_type.clone(),
        subtype: f.subtype.clone(),
        category: f.category.clone(),
        level: f.level,
        status: f.status,
        province: f.province.clone(),
        q: f.query.clone(),
        ..Default::default()
    }
}

/// Finds an organisation unit by id or by its Thai or English name.
fn find_unit<'a, T>(
    flag: &str,
    value: &str,
    units: &'a [T],
    fields: impl Fn(&T) -> (&str, &str, &str),
    example: &str,
) -> anyhow::Result<&'a str> {
    let v = value.trim();
    units
        .iter()
        .map(&fields)
        .find(|(id, th, en)| *id == v || *th == v || en.eq_ignore_ascii_case(v))
        .map(|(id, _, _)| id)
        .ok_or_else(|| {
            Failure::invalid(
                format!("{flag} \"{value}\": no unit has this id or name"),
                format!("give the id (e.g. {example}, leading zeros included) or the name as the back office writes it"),
            )
            .into()
        })
}

/// The API query for the filters, with ministries, departments and agencies given
/// by id or name resolved to ids (one request for each such filter).
pub async fn resolve(
    client: &citizeninfo_client::Client,
    f: &crate::cli::Filters,
) -> anyhow::Result<citizeninfo_api::PointQuery> {
    use citizeninfo_api::OrgQuery;
    let mut q = query(f);
    if let Some(m) = &f.ministry {
        let all = client.ministries().await?;
        q.ministry = Some(
            find_unit(
                "--ministry",
                m,
                &all,
                |x| (&x.id, &x.name_th, &x.name_en),
                "14",
            )?
            .to_owned(),
        );
    }
    if let Some(d) = &f.department {
        let all = client.departments(&OrgQuery::default()).await?;
        q.department = Some(
            find_unit(
                "--department",
                d,
                &all,
                |x| (&x.id, &x.name_th, &x.name_en),
                "1401",
            )?
            .to_owned(),
        );
    }
    if let Some(a) = &f.agency {
        let all = client.agencies(&OrgQuery::default()).await?;
        q.agency = Some(
            find_unit(
                "--agency",
                a,
                &all,
                |x| (&x.id, &x.name_th, &x.name_en),
                "140101",
            )?
            .to_owned(),
        );
    }
    Ok(q)
}
