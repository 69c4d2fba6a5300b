//! `validate`, `diff`, `apply` and `dump`: one engine behind them. Read the
//! manifests and check them with no network; read the current state in bulk; plan;
//! show the plan; apply exactly that plan with bounded concurrency.

use std::path::PathBuf;

use serde::Serialize;

use super::Context;

use crate::commands::args::Filters;
use crate::commands::points;
use crate::engine::manifests::PlanError;
use crate::exit::Failure;
use crate::output::Format;
use citizeninfo_api::PointQuery;
use citizeninfo_api::rules::excerpt;
use citizeninfo_manifest::load::Problem;

/// The manifests to read.
#[derive(Debug, clap::Args)]
pub struct ManifestFiles {
    /// A manifest file, or a folder of them (.yaml, .yml); repeat for more.
    #[arg(short = 'f', long = "filename", value_name = "PATH", required = true)]
    pub files: Vec<PathBuf>,
    /// Accept coordinates outside Thailand (a point abroad, an embassy say).
    #[arg(long)]
    pub force: bool,
}

/// A problem as data, for `-o json`.
#[derive(Serialize)]
pub struct ProblemRow<'a> {
    file: String,
    line: u64,
    column: u64,
    message: &'a str,
}

/// Prints every problem and fails with exit 7.
pub fn refuse(ctx: &Context, problems: &[Problem]) -> anyhow::Result<u8> {
    let p = &ctx.printer;
    if matches!(p.format, Format::Json | Format::Yaml) {
        let rows: Vec<ProblemRow> = problems
            .iter()
            .map(|x| ProblemRow {
                file: x.place.file.display().to_string(),
                line: x.place.line,
                column: x.place.column,
                message: &x.message,
            })
            .collect();
        p.value(&rows)?;
    } else {
        for x in problems {
            p.line(&x.to_string())?;
        }
    }
    Err(Failure::invalid(
        format!(
            "{} problem{} in the manifests; nothing was sent",
            problems.len(),
            if problems.len() == 1 { "" } else { "s" }
        ),
        "fix each place named above and run again",
    )
    .into())
}

/// A plan that could not be made: its problems printed (exit 7), or the service's
/// error.
pub fn refuse_plan(ctx: &Context, e: PlanError) -> anyhow::Result<u8> {
    match e {
        PlanError::Problems(problems) => refuse(ctx, &problems),
        // Kept whole, so its exit code and hint are the client error's own.
        PlanError::Client(e) => Err(e.into()),
        PlanError::Reading(e) => Err(e.into()),
    }
}

/// The `-l` selection, resolved at the service; none when nothing is selected.
pub async fn selection(ctx: &Context, select: &[String]) -> anyhow::Result<Option<PointQuery>> {
    if select.is_empty() {
        return Ok(None);
    }
    let filters = selectors(select, Filters::default())?;
    Ok(Some(points::resolve(ctx.client()?, &filters).await?))
}

const SELECT_KEYS: [&str; 9] = [
    "ministry",
    "department",
    "agency",
    "province",
    "type",
    "subtype",
    "category",
    "level",
    "status",
];

/// `-l KEY=VALUE` selectors as filters.
pub fn selectors(list: &[String], base: Filters) -> anyhow::Result<Filters> {
    let mut f = base;
    for s in list {
        let (key, value) = s.split_once('=').ok_or_else(|| {
            Failure::usage(
                format!("-l {} is not KEY=VALUE", excerpt(s)),
                format!(
                    "for example -l department=1401; keys: {}",
                    SELECT_KEYS.join(", ")
                ),
            )
        })?;
        let value = Some(value.trim().to_owned());
        match key.trim() {
            "ministry" => f.ministry = value,
            "department" => f.department = value,
            "agency" => f.agency = value,
            "province" => f.province = value,
            "type" => f.unit_type = value,
            "subtype" => f.subtype = value,
            "category" => f.category = value,
            "level" => {
                f.level = Some(
                    citizeninfo_api::fields::level_of(value.as_deref().unwrap_or_default())
                        .ok_or_else(|| {
                            Failure::usage(
                                format!("-l {}: not a level", excerpt(s)),
                                "head_agency, central_unit or service_point",
                            )
                        })?,
                )
            }
            "status" => {
                f.status = Some(
                    citizeninfo_api::fields::status_of(value.as_deref().unwrap_or_default())
                        .ok_or_else(|| {
                            Failure::usage(
                                format!("-l {}: not a status", excerpt(s)),
                                "shown or hidden",
                            )
                        })?,
                )
            }
            other => {
                return Err(Failure::usage(
                    format!("-l: {} is not a key to select by", excerpt(other)),
                    format!("use one of {}", SELECT_KEYS.join(", ")),
                )
                .into());
            }
        }
    }
    Ok(f)
}
