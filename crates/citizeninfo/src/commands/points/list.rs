//! `points list`.

use super::super::Context;
use super::super::listing;
use crate::commands::args::Filters;

use crate::exit::Failure;
use crate::output::{Record, Rows};
use citizeninfo_api::PointSummary;
use citizeninfo_api::rules::MAX_PAGE_SIZE;

/// Examples, one invocation a line (shown under "Examples" in `--help`).
pub const EXAMPLES: &str = "citizeninfo points list --province นนทบุรี --level service_point\n\
         citizeninfo points list --query \"ศูนย์บริการ\" --all -o csv > points.csv\n\
         citizeninfo points list --department 1401 --columns code,name_th,status";

/// The arguments of `points list`.
#[derive(Debug, clap::Args)]
#[command(after_long_help = EXAMPLES)]
pub struct Args {
    /// Filters.
    #[command(flatten)]
    pub filters: Filters,
    /// At most this many points.
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u32).range(1..))]
    pub limit: u32,
    /// Every matching point, page after page.
    #[arg(long, conflicts_with = "limit")]
    pub all: bool,
    /// Columns to show, comma-separated (e.g. code,name_th,province).
    #[arg(long, value_delimiter = ',')]
    pub columns: Option<Vec<String>>,
}

/// Runs `points list`.
pub async fn run(ctx: &Context, a: Args) -> anyhow::Result<()> {
    let columns = match a.columns.as_deref() {
        None => crate::output::records::point_defaults(ctx.printer.lang),
        names => {
            PointSummary::pick(names).map_err(|e| Failure::usage(format!("--columns: {e}"), ""))?
        }
    };
    let client = ctx.client()?;
    let mut q = super::resolve(client, &a.filters).await?;
    let wanted = if a.all { usize::MAX } else { a.limit as usize };
    q.limit = Some(if a.all {
        MAX_PAGE_SIZE
    } else {
        a.limit.min(MAX_PAGE_SIZE)
    });
    let bar = ctx.printer.progress(None, "reading points");
    let mut pages = client.points_pages(&q);
    let (items, more) = listing::read(&mut pages, wanted, |n| bar.set_position(n as u64)).await?;
    bar.finish_and_clear();
    ctx.printer.show(&Rows {
        items: &items,
        columns: &columns,
    })?;
    listing::note(ctx, "points", items.len(), more);
    Ok(())
}
