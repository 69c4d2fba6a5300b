//! `points list`.

use super::super::Context;
use crate::cli::ListArgs;
use crate::exit::Failure;
use crate::output::{Record, Rows};
use citizeninfo_api::PointSummary;
use citizeninfo_api::rules::MAX_PAGE_SIZE;

/// Runs `points list`.
pub async fn run(ctx: &Context, a: ListArgs) -> anyhow::Result<()> {
    let columns = PointSummary::pick(a.columns.as_deref())
        .map_err(|e| Failure::usage(format!("--columns: {e}"), ""))?;
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
    let mut items: Vec<PointSummary> = Vec::new();
    while let Some(page) = pages.next_page().await? {
        items.extend(page);
        bar.set_position(items.len() as u64);
        if items.len() >= wanted {
            break;
        }
    }
    bar.finish_and_clear();
    items.truncate(wanted);
    ctx.printer.show(&Rows {
        items: &items,
        columns: &columns,
    })
}
