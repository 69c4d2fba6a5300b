//! `points add`: does what the manual asks a person to do by hand. First look for
//! the point by code and by a near-identical name under the same parent; a hidden
//! match is shown again instead, a visible one is refused; only a truly new point is
//! created, under an `Idempotency-Key` derived from its content.

use std::path::Path;

use super::super::Context;
use super::super::change::{self, Carry};
use super::document;
use crate::cli::AddArgs;
use crate::engine::planner::{Options, Planner, Problem};
use crate::engine::{Desired, normal};
use crate::exit::{self, Failure};
use crate::output::Record;
use citizeninfo_api::fields::{self, Edit};
use citizeninfo_api::{Level, NewPoint, PointSummary, Status};

fn read_file(path: &Path) -> anyhow::Result<document::Values> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure::invalid(format!("--from {}: {e}", path.display()), ""))?;
    document::read(&text).map_err(|problems| {
        Failure::invalid(
            format!("{}: {}", path.display(), problems.join("; ")),
            "the file holds one point's fields, e.g. code: \"0113030601001\"",
        )
        .into()
    })
}

/// The new point from the file and the flags (flags win), checked before any
/// request through the field registry; every problem is named at once.
fn new_point(a: &AddArgs) -> anyhow::Result<NewPoint> {
    let mut values: document::Values = match &a.from {
        Some(p) => read_file(p)?,
        None => Vec::new(),
    };
    let mut flag = |key: &str, v: &Option<String>| {
        if let (Some(v), Some(f)) = (v, fields::field(key)) {
            values.retain(|(x, _)| x.key != key);
            values.push((f, Some(v.clone())));
        }
    };
    flag("code", &a.code);
    flag("agency_id", &a.agency);
    flag("type", &a.unit_type);
    flag("subtype", &a.subtype);
    flag("category", &a.category);
    for (f, v) in &a.fields.values {
        values.retain(|(x, _)| x.key != f.key);
        values.push((f, Some(v.clone())));
    }
    let given = |key: &str| {
        values
            .iter()
            .find(|(f, _)| f.key == key)
            .and_then(|(_, v)| v.as_deref())
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    };
    let flag_of = |key: &str| match key {
        "code" => "--code".to_owned(),
        k => fields::field(k).map_or_else(|| k.to_owned(), |f| f.flag_name()),
    };
    let required = fields::REQUIRED_TO_CREATE;
    let missing: Vec<String> = required
        .iter()
        .filter(|k| given(k).is_none())
        .map(|k| flag_of(k))
        .collect();
    if !missing.is_empty() {
        return Err(Failure::invalid(
            format!("a new point needs {}", missing.join(", ")),
            "give them as flags or in a --from FILE",
        )
        .into());
    }
    let code = super::code(&given("code").unwrap_or_default())?;
    let mut edit = Edit::default();
    let mut problems: Vec<String> = Vec::new();
    for (f, v) in &values {
        if f.is_editable()
            && let Err(e) = f.set(&mut edit, v.as_deref())
        {
            problems.push(format!("{} {e}", flag_of(f.key)));
        }
    }
    let level = match given("level") {
        None => a.level.unwrap_or(Level::ServicePoint),
        Some(l) => fields::level_of(&l).ok_or_else(|| {
            Failure::invalid(
                format!("level \"{l}\" is not a level"),
                "head_agency, central_unit or service_point",
            )
        })?,
    };
    let p = edit.patch;
    let new = NewPoint {
        code,
        agency_id: given("agency_id").unwrap_or_default(),
        parent_code: p.parent_code.clone().flatten(),
        level: a.level.unwrap_or(level),
        unit_type: given("type").unwrap_or_default(),
        subtype: given("subtype").unwrap_or_default(),
        category: given("category").unwrap_or_default(),
        name_th: normal(&p.name_th.unwrap_or_default()),
        name_en: normal(&p.name_en.unwrap_or_default()),
        full_name: normal(&p.full_name.unwrap_or_default()),
        address_th: normal(&p.address_th.unwrap_or_default()),
        province: normal(&p.province.unwrap_or_default()),
        lat: p.lat.unwrap_or_default(),
        lng: p.lng.unwrap_or_default(),
        hours: p.hours.unwrap_or_default(),
        email: p.email.flatten().map(|e| normal(&e)),
        telephone: p.telephone.flatten().map(|t| normal(&t)),
        status: edit.status.unwrap_or(Status::Shown),
    };
    if let Err(errors) = fields::validate_new(&new) {
        problems.extend(errors.into_iter().map(|e| {
            format!(
                "{} {}",
                flag_of(e.field.split('[').next().unwrap_or_default()),
                e.message
            )
        }));
    }
    if !problems.is_empty() {
        return Err(Failure::invalid(problems.join("; "), "").into());
    }
    super::check_thailand(new.lat, new.lng, a.fields.force, super::Written::Flags)?;
    Ok(new)
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
