//! `points add`: does what the manual asks a person to do by hand. First look for
//! the point by code and by a near-identical name under the same parent; a hidden
//! match is shown again instead, a visible one is refused; only a truly new point is
//! created, under an `Idempotency-Key` derived from its content.

use std::path::Path;

use serde::Deserialize;

use super::super::Context;
use crate::cli::AddArgs;
use crate::exit::{self, Failure};
use crate::output::Record;
use crate::plan::{edit_distance, normal};
use citizeninfo_api::hours;
use citizeninfo_api::{Level, NewPoint, PointQuery, PointSummary, ServicePoint, Status};
use citizeninfo_client::Client;

/// A point as a `--from` file states it.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct PointFile {
    code: Option<String>,
    agency_id: Option<String>,
    parent_code: Option<String>,
    level: Option<Level>,
    #[serde(rename = "type")]
    unit_type: Option<String>,
    subtype: Option<String>,
    category: Option<String>,
    name_th: Option<String>,
    name_en: Option<String>,
    full_name: Option<String>,
    address_th: Option<String>,
    province: Option<String>,
    lat: Option<f64>,
    lng: Option<f64>,
    hours: Option<String>,
    email: Option<String>,
    telephone: Option<String>,
}

fn read_file(path: &Path) -> anyhow::Result<PointFile> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure::invalid(format!("--from {}: {e}", path.display()), ""))?;
    serde_saphyr::from_str(&text).map_err(|e| {
        Failure::invalid(
            format!("{}: {e}", path.display()),
            "the file holds one point's fields, e.g. code: \"0113030601001\"",
        )
        .into()
    })
}

/// The new point from the file and the flags (flags win), checked before any request.
fn new_point(a: &AddArgs) -> anyhow::Result<NewPoint> {
    let file = match &a.from {
        Some(p) => read_file(p)?,
        None => PointFile::default(),
    };
    let f = &a.fields;
    let pick = |flag: &Option<String>, from: Option<String>| flag.clone().or(from);
    let mut missing = Vec::new();
    let mut need = |name: &'static str, v: Option<String>| {
        if v.as_deref().is_none_or(|v| v.trim().is_empty()) {
            missing.push(name);
        }
        v.unwrap_or_default()
    };
    let code = need("--code", pick(&a.code, file.code));
    let agency_id = need("--agency", pick(&a.agency, file.agency_id));
    let unit_type = need("--type", pick(&a.unit_type, file.unit_type));
    let subtype = need("--subtype", pick(&a.subtype, file.subtype));
    let category = need("--category", pick(&a.category, file.category));
    let name_th = need("--name-th", pick(&f.name_th, file.name_th));
    let name_en = need("--name-en", pick(&f.name_en, file.name_en));
    let full_name = need("--full-name", pick(&f.full_name, file.full_name));
    let address_th = need("--address", pick(&f.address, file.address_th));
    let province = need("--province", pick(&f.province, file.province));
    let lat = f.lat.or(file.lat);
    let lng = f.lng.or(file.lng);
    if lat.is_none() {
        missing.push("--lat");
    }
    if lng.is_none() {
        missing.push("--lng");
    }
    if !missing.is_empty() {
        return Err(Failure::invalid(
            format!("a new point needs {}", missing.join(", ")),
            "give them as flags or in a --from FILE",
        )
        .into());
    }
    let code = super::code(&code)?;
    let (lat, lng) = (lat.unwrap_or_default(), lng.unwrap_or_default());
    super::check_thailand(lat, lng, f.force)?;
    let hours = match pick(&f.hours, file.hours) {
        Some(text) => {
            hours::parse(&text).map_err(|e| Failure::invalid(format!("--hours {e}"), ""))?
        }
        None => Vec::new(),
    };
    let parent_code = match pick(&f.parent, file.parent_code).filter(|p| !p.trim().is_empty()) {
        Some(p) => Some(super::code(&p)?),
        None => None,
    };
    // The shared field rules (lengths, e-mail, telephone) run through the edit path.
    let checked = super::patch_from_flags(
        &crate::cli::FieldArgs {
            email: pick(&f.email, file.email.clone()),
            telephone: pick(&f.telephone, file.telephone.clone()),
            name_th: Some(name_th.clone()),
            name_en: Some(name_en.clone()),
            full_name: Some(full_name.clone()),
            address: Some(address_th.clone()),
            province: Some(province.clone()),
            ..Default::default()
        },
        None,
    )?;
    Ok(NewPoint {
        code,
        agency_id: agency_id.trim().to_owned(),
        parent_code,
        level: a.level.or(file.level).unwrap_or(Level::ServicePoint),
        unit_type,
        subtype,
        category,
        name_th: normal(&name_th),
        name_en: normal(&name_en),
        full_name: normal(&full_name),
        address_th: normal(&address_th),
        province: normal(&province),
        lat,
        lng,
        hours,
        email: checked.email.flatten(),
        telephone: checked.telephone.flatten(),
        status: Status::Shown,
    })
}

/// True when two names differ only by spacing, case or a slip of a character or two.
fn near_identical(a: &str, b: &str) -> bool {
    let squash = |s: &str| {
        normal(s)
            .to_lowercase()
            .split_whitespace()
            .collect::<String>()
    };
    let (a, b) = (squash(a), squash(b));
    a == b || (a.chars().count() >= 8 && edit_distance(&a, &b) <= 2)
}

/// A point under the same parent (or agency) with a near-identical name.
async fn namesake(client: &Client, new: &NewPoint) -> anyhow::Result<Option<PointSummary>> {
    let mut q = PointQuery {
        agency: Some(new.agency_id.clone()),
        parent: new.parent_code.clone(),
        limit: Some(citizeninfo_api::rules::MAX_PAGE_SIZE),
        ..Default::default()
    };
    loop {
        let page = client.points(&q).await?;
        if let Some(found) = page.items.into_iter().find(|p| {
            near_identical(&p.name_th, &new.name_th) || near_identical(&p.name_en, &new.name_en)
        }) {
            return Ok(Some(found));
        }
        match page.next_cursor {
            Some(c) => q.cursor = Some(c),
            None => return Ok(None),
        }
    }
}

/// Runs `points add`.
pub async fn run(ctx: &Context, a: AddArgs) -> anyhow::Result<()> {
    let new = new_point(&a)?;
    let client = ctx.client()?;
    let existing = match client.point(&new.code).await {
        Ok((p, _)) => Some((p.summary, "this code")),
        Err(e) if e.code() == Some("point_not_found") => namesake(&client, &new)
            .await?
            .map(|p| (p, "a near-identical name")),
        Err(e) => return Err(e.into()),
    };
    let p = &ctx.printer;
    if let Some((found, how)) = existing {
        if found.status == Status::Shown {
            p.record(&found, &PointSummary::pick(None).unwrap_or_default())?;
            return Err(Failure::new(
                exit::CONFLICT,
                format!(
                    "{} already exists with {how} and is shown: nothing was added",
                    found.code
                ),
                format!("edit it instead: `citizeninfo points edit {}`", found.code),
            )
            .into());
        }
        let question = format!(
            "{} ({}) exists with {how} but is hidden. Show it again instead of adding a new point?",
            found.code, found.name_th
        );
        if !(a.unhide_existing || ctx.printer.confirm(&question)?) {
            return Err(Failure::new(
                exit::CONFLICT,
                format!("{} already exists with {how}, hidden: nothing was added", found.code),
                "pass --unhide-existing to show it again, as the manual asks, rather than add a duplicate",
            )
            .into());
        }
        let shown: ServicePoint = client.set_status(&found.code, Status::Shown).await?;
        p.note(&format!(
            "{} was hidden and is shown again; no new point was added",
            found.code
        ));
        return Ok(p.record(
            &shown.summary,
            &PointSummary::pick(None).unwrap_or_default(),
        )?);
    }
    let created = client
        .create_point(&new, &crate::plan::creation_key(&new))
        .await?;
    if let Some(authorize) = &created.summary.authorize_code {
        p.note(&format!(
            "added {}; its Authorize Code is {authorize}",
            created.summary.code
        ));
    }
    Ok(p.record(
        &created.summary,
        &PointSummary::pick(None).unwrap_or_default(),
    )?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_identical_names() {
        assert!(near_identical("ที่ว่าการอำเภอบางกรวย", "ที่ว่าการอำเภอ บางกรวย"));
        assert!(near_identical(
            "Bang Kruai District Office",
            "bang kruai district ofice"
        ));
        assert!(!near_identical("ที่ว่าการอำเภอบางกรวย", "ที่ว่าการอำเภอบางใหญ่"));
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
