//! `points`: the structure list, one point, edits, additions, hiding.

pub mod add;
pub mod edit;
pub mod list;
pub mod show;
pub mod status;

use crate::cli::FieldArgs;
use crate::exit::Failure;
use citizeninfo_api::hours;
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

/// Refuses coordinates off the Earth, or outside Thailand unless forced, with a
/// hint when they look swapped.
pub fn check_thailand(lat: f64, lng: f64, force: bool) -> anyhow::Result<()> {
    let swapped = rules::in_thailand(lng, lat);
    let hint = if swapped {
        format!("they look swapped: did you mean --lat {lng} --lng {lat}?")
    } else {
        "check them on a map; pass --force if the point really is abroad (an embassy, say)"
            .to_owned()
    };
    let mut check = Checker::new();
    check.coordinates(Some(lat), Some(lng));
    if let Err(errors) = check.finish() {
        let hint = if swapped { hint } else { String::new() };
        return Err(
            Failure::invalid(format!("--{} {}", errors[0].field, errors[0].message), hint).into(),
        );
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

fn optional(value: &Option<String>) -> Option<Option<String>> {
    value
        .as_ref()
        .map(|v| Some(v.trim().to_owned()).filter(|v| !v.is_empty()))
}

/// Turns the field flags into a patch, checking every rule that needs no request.
/// `current` gives the other coordinate when only one is changed.
pub fn patch_from_flags(f: &FieldArgs, current: Option<(f64, f64)>) -> anyhow::Result<PointPatch> {
    let hours = match &f.hours {
        Some(text) => Some(hours::parse(text).map_err(|e| {
            Failure::invalid(
                format!("--hours {e}"),
                "write days and times like \"mon-fri 08:30-12:00,13:00-16:30; sat 09:00-12:00\"",
            )
        })?),
        None => None,
    };
    let parent_code = match &f.parent {
        None => None,
        Some(p) if p.trim().is_empty() => Some(None),
        Some(p) => Some(Some(code(p)?)),
    };
    let patch = PointPatch {
        name_th: f.name_th.clone(),
        name_en: f.name_en.clone(),
        full_name: f.full_name.clone(),
        address_th: f.address.clone(),
        province: f.province.clone(),
        lat: f.lat,
        lng: f.lng,
        hours,
        email: optional(&f.email),
        telephone: optional(&f.telephone),
        parent_code,
    };
    let mut check = Checker::new();
    for (flag, value, max) in [
        ("--name-th", &patch.name_th, rules::MAX_NAME_CHARS),
        ("--name-en", &patch.name_en, rules::MAX_NAME_CHARS),
        ("--full-name", &patch.full_name, rules::MAX_NAME_CHARS),
        ("--address", &patch.address_th, rules::MAX_ADDRESS_CHARS),
        ("--province", &patch.province, rules::MAX_NAME_CHARS),
    ] {
        if let Some(v) = value {
            check.text(flag, v, max);
        }
    }
    if let Some(Some(e)) = &patch.email {
        check.email("--email", e);
    }
    if let Some(Some(t)) = &patch.telephone {
        check.telephone("--telephone", t);
    }
    if let Err(errors) = check.finish() {
        let e = &errors[0];
        return Err(Failure::invalid(format!("{} {}", e.field, e.message), "").into());
    }
    if patch.lat.is_some() || patch.lng.is_some() {
        let lat = patch.lat.or(current.map(|c| c.0));
        let lng = patch.lng.or(current.map(|c| c.1));
        if let (Some(lat), Some(lng)) = (lat, lng) {
            check_thailand(lat, lng, f.force)?;
        }
    }
    Ok(patch)
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
