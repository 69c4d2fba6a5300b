//! `points list`.

use super::super::Context;
use super::super::listing;
use crate::cli::ListArgs;
use crate::exit::Failure;
use crate::output::{Record, Rows};
use citizeninfo_api::PointSummary;
use citizeninfo_api::rules::MAX_PAGE_SIZE;

/// Runs `points list`.
pub async fn run(ctx: &Context, a: ListArgs) -> anyhow::Result<()> {
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
