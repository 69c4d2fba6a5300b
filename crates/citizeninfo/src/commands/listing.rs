//! Listings read up to a limit: the items, whether more match, and the one note
//! people get about it.

use citizeninfo_client::{ClientResult, Pages};

use super::Context;
use crate::output::grouped;

/// Up to `wanted` items from `pages`, as each page is read (`each` sees the count
/// so far), and whether more match than were kept.
pub async fn read<T: Send + 'static>(
    pages: &mut Pages<T>,
    wanted: usize,
    each: impl Fn(usize),
) -> ClientResult<(Vec<T>, bool)> {
    let mut items: Vec<T> = Vec::new();
    while let Some(page) = pages.next_page().await? {
        items.extend(page);
        each(items.len());
        if items.len() >= wanted {
            break;
        }
    }
    let more = items.len() > wanted || !pages.is_finished();
    items.truncate(wanted);
    Ok((items, more))
}

/// Tells people on stderr that nothing matched, or that more matched than shown
/// (`what`: "points", "processes").
pub fn note(ctx: &Context, what: &str, shown: usize, more: bool) {
    if shown == 0 {
        ctx.printer.note(&format!("no {what} match"));
    } else if more {
        ctx.printer.note(&format!(
            "showing the first {} {what}; more match: pass --all for every one, or --limit N",
            grouped(shown)
        ));
    }
}
