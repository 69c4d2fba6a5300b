//! `manuals search`: the processes a point may bind.

use super::super::Context;
use super::*;

/// Examples, one invocation a line (shown under "Examples" in `--help`).
pub const EXAMPLES: &str = "citizeninfo manuals search 1401010000001 --query \"บัตรประชาชน\"\n\
         citizeninfo manuals search 1401010000001 --department 1402 --all";

/// The arguments of `manuals search`.
#[derive(Debug, clap::Args)]
#[command(after_long_help = EXAMPLES)]
pub struct Args {
    /// The point that would bind them.
    pub code: String,
    /// Processes of this ministry instead of the point's department.
    #[arg(long, conflicts_with_all = ["department", "agency"])]
    pub ministry: Option<String>,
    /// Processes of this department instead of the point's own.
    #[arg(long, conflicts_with = "agency")]
    pub department: Option<String>,
    /// Processes of this agency's department.
    #[arg(long)]
    pub agency: Option<String>,
    /// Category, exactly.
    #[arg(long)]
    pub category: Option<String>,
    /// Text anywhere in the Thai or English name.
    #[arg(long)]
    pub query: Option<String>,
    /// At most this many.
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u32).range(1..))]
    pub limit: u32,
    /// Every match, page after page.
    #[arg(long, conflicts_with = "limit")]
    pub all: bool,
}

/// Runs `manuals search`.
pub async fn run(ctx: &Context, a: Args) -> anyhow::Result<()> {
    let code = points::code(&a.code)?;
    let client = ctx.client()?;
    let (point, _) = client.point(&code).await?;
    // Units by id or name, as `points list` takes them; an unknown one is refused.
    let wanted = crate::commands::args::Filters {
        ministry: a.ministry.clone(),
        department: a.department.clone(),
        agency: a.agency.clone(),
        ..Default::default()
    };
    let units = points::resolve(client, &wanted).await?;
    let department = match (&units.department, &units.agency, &units.ministry) {
        (Some(d), _, _) => Some(d.clone()),
        (None, Some(agency), _) => client
            .agencies(&OrgQuery::default())
            .await?
            .into_iter()
            .find(|x| &x.id == agency)
            .map(|x| x.department_id),
        (None, None, Some(_)) => None,
        (None, None, None) => Some(point.summary.department_id.clone()),
    };
    let q = ProcessQuery {
        ministry: units.ministry.clone(),
        department,
        category: a.category.clone(),
        q: a.query.clone(),
        bindable_to: Some(code.clone()),
        limit: Some(if a.all {
            citizeninfo_api::rules::MAX_PAGE_SIZE
        } else {
            a.limit.min(citizeninfo_api::rules::MAX_PAGE_SIZE)
        }),
        cursor: None,
    };
    let wanted = if a.all { usize::MAX } else { a.limit as usize };
    let (found, more) = listing::read(&mut client.processes_pages(&q), wanted, |_| {}).await?;
    let shown = found.len();
    let bound = point.process_ids.unwrap_or_default();
    let rows: Vec<SearchRow> = found
        .into_iter()
        .map(|process| SearchRow {
            bound: bound.contains(&process.id),
            process,
        })
        .collect();
    ctx.printer.show(&Rows {
        items: &rows,
        columns: &SearchRow::pick(None).unwrap_or_default(),
    })?;
    super::listing::note(ctx, "processes", shown, more);
    Ok(())
}
