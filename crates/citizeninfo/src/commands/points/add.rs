//! `points add`: does what the manual asks a person to do by hand. First look for
//! the point by code and by a near-identical name under the same parent; a hidden
//! match is shown again instead, a visible one is refused; only a truly new point is
//! created, under an `Idempotency-Key` derived from its content.

use std::path::Path;

use serde::Deserialize;

use super::super::Context;
use super::super::change::{self, Carry};
use crate::cli::AddArgs;
use crate::engine::planner::{Options, Planner, Problem};
use crate::engine::{Desired, normal};
use crate::exit::{self, Failure};
use crate::output::Record;
use citizeninfo_api::hours;
use citizeninfo_api::{Level, NewPoint, PointSummary, Status};

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

/// Runs `points add`.
pub async fn run(ctx: &Context, a: AddArgs) -> anyhow::Result<u8> {
    let new = new_point(&a)?;
    let mut planner = Planner::new(ctx.client()?);
    let mut desired = Desired::new(new.code.clone());
    desired.create = Some(new);
    let wanted = [desired];
    let planned = planner.plan(&wanted, Options { create_only: true }).await?;
    let existing = planned.problems.iter().find_map(|(_, p)| match p {
        Problem::Exists(found) => Some((found.clone(), "this code")),
        Problem::Namesake(found) => Some((found.clone(), "a near-identical name")),
        _ => None,
    });
    change::refuse_problems(&planned, &wanted).or_else(|e| match existing {
        Some(_) => Ok(()),
        None => Err(e),
    })?;
    let p = &ctx.printer;
    let Some((found, how)) = existing else {
        let mut carry = Carry::direct(false, false, 1);
        carry.show_records = true;
        return change::carry(ctx, planned.plan, carry).await;
    };
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
    let mut unhide = Desired::new(found.code.clone());
    unhide.status = Some(Status::Shown);
    let unhide = [unhide];
    let planned = planner.plan(&unhide, Options::default()).await?;
    change::refuse_problems(&planned, &unhide)?;
    p.note(&format!(
        "{} was hidden and is shown again; no new point was added",
        found.code
    ));
    let mut carry = Carry::direct(false, false, 1);
    carry.show_records = true;
    change::carry(ctx, planned.plan, carry).await
}
