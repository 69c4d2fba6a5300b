//! `points`: the structure list, one point, edits, additions, hiding.

pub mod add;
pub mod edit;
pub mod hide;
pub mod list;
pub mod show;
pub mod status;
pub mod unhide;

use clap::Subcommand;

use super::Context;
use crate::commands::args::FieldArgs;
use crate::exit;
use crate::exit::Failure;
use crate::output::Shape;
use citizeninfo_api::{PointCode, PointPatch};
use citizeninfo_manifest::stated::{self, Problem, Purpose, Written};

/// `points`' subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List service points, with the back office's filters.
    List(list::Args),
    /// Show one point: information, copy cancellation, satisfaction, services.
    Show(show::Args),
    /// Edit a point's fields (only what changes is sent), or open it in $EDITOR.
    Edit(edit::Args),
    /// Add a point, after checking that it does not exist already.
    Add(add::Args),
    /// Hide points (codes as arguments, or `-` to read them from stdin).
    Hide(hide::Args),
    /// Show hidden points again.
    Unhide(unhide::Args),
}

impl Command {
    /// What it prints.
    pub fn shape(&self) -> Shape {
        match self {
            Command::List(_) => Shape::Rows,
            Command::Show(a) => a.shape(),
            Command::Edit(_) | Command::Add(_) | Command::Hide(_) | Command::Unhide(_) => {
                Shape::DOCUMENT
            }
        }
    }

    /// Runs it.
    pub async fn run(self, ctx: &Context) -> anyhow::Result<u8> {
        match self {
            Command::List(a) => list::run(ctx, a).await.map(|()| exit::OK),
            Command::Show(a) => show::run(ctx, a).await.map(|()| exit::OK),
            Command::Edit(a) => edit::run(ctx, a).await,
            Command::Add(a) => add::run(ctx, a).await,
            Command::Hide(a) => hide::run(ctx, a).await,
            Command::Unhide(a) => unhide::run(ctx, a).await,
        }
    }
}

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
/// hint when they look swapped, naming them where they were written.
pub fn check_thailand(lat: f64, lng: f64, force: bool, written: Written) -> anyhow::Result<()> {
    stated::thailand(lat, lng, force, written)
        .map_err(|(message, hint)| Failure::invalid(message, hint).into())
}

/// Names each problem of flags by its flag, all at once, with a hint for hours.
pub fn refuse_flags(problems: &[Problem<()>]) -> anyhow::Result<()> {
    if problems.is_empty() {
        return Ok(());
    }
    let hours = problems
        .iter()
        .any(|p| p.field.is_some_and(|f| f.key == "hours"));
    let hint = if hours {
        "write days and times like \"mon-fri 08:30-12:00,13:00-16:30; sat 09:00-12:00\""
    } else {
        ""
    };
    let text: Vec<String> = problems
        .iter()
        .map(|p| p.describe(Written::Flags))
        .collect();
    Err(Failure::invalid(text.join("; "), hint).into())
}

/// Turns the field flags into a patch through the field registry, checking every
/// rule that needs no request and naming every problem by its flag at once.
/// `current` gives the other coordinate when only one is changed.
pub fn patch_from_flags(f: &FieldArgs, current: Option<(f64, f64)>) -> anyhow::Result<PointPatch> {
    let values: Vec<_> = f
        .values
        .iter()
        .map(|(field, text)| (*field, Some(text.clone()), ()))
        .collect();
    let (statement, problems) = stated::check(
        &values,
        Purpose::Edit,
        f.force,
        Written::Flags,
        &(),
        current,
    );
    refuse_flags(&problems)?;
    Ok(statement.edit.patch)
}

/// The API query for the back office's filters.
pub fn query(f: &crate::commands::args::Filters) -> citizeninfo_api::PointQuery {
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
    f: &crate::commands::args::Filters,
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
