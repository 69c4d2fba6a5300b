//! `manuals bind` and `manuals unbind`: one point or many, every input checked
//! before anything is written; each point's set is replaced in one request under
//! `If-Match`, with bounded concurrency.

use std::sync::Arc;

use serde::Serialize;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

use super::super::{Context, input};
use crate::cli::BindArgs;
use crate::exit::{self, Failure};
use crate::output::Format;
use citizeninfo_api::rules::may_bind;
use citizeninfo_api::{PointCode, ProcessId, ProcessSummary, ServicePoint, bindings_etag};
use citizeninfo_client::Client;

/// Binding or unbinding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Add the processes to each point's set.
    Bind,
    /// Take them out.
    Unbind,
}

/// What happened to one point.
#[derive(Debug, Serialize)]
struct Outcome {
    code: PointCode,
    result: &'static str,
    bound: Vec<ProcessId>,
    unbound: Vec<ProcessId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
    #[serde(skip)]
    exit_code: u8,
}

/// The processes named, read in one request; an unknown id stops the command.
async fn read_processes(client: &Client, ids: &[ProcessId]) -> anyhow::Result<Vec<ProcessSummary>> {
    let mut all = client.all_processes().await?;
    ids.iter()
        .map(|id| {
            all.remove(id).ok_or_else(|| {
                Failure::invalid(
                    format!("the process {id} does not exist: nothing was changed"),
                    "`citizeninfo manuals search CODE` lists the processes a point may bind",
                )
                .into()
            })
        })
        .collect()
}

/// The set a point should have, and what changes to get there.
fn target(
    point: &ServicePoint,
    ids: &[ProcessId],
    dir: Direction,
) -> (Vec<ProcessId>, Vec<ProcessId>, Vec<ProcessId>) {
    let current = point.process_ids.clone().unwrap_or_default();
    match dir {
        Direction::Bind => {
            let add: Vec<ProcessId> = ids
                .iter()
                .filter(|id| !current.contains(id))
                .cloned()
                .collect();
            let mut set = current;
            set.extend(add.iter().cloned());
            (set, add, Vec::new())
        }
        Direction::Unbind => {
            let remove: Vec<ProcessId> = ids
                .iter()
                .filter(|id| current.contains(id))
                .cloned()
                .collect();
            let set = current
                .into_iter()
                .filter(|id| !remove.contains(id))
                .collect();
            (set, Vec::new(), remove)
        }
    }
}

/// Replaces a point's set; on a conflict, reads it again and retries once, so a
/// binding someone made meanwhile is kept.
async fn apply(client: &Client, point: ServicePoint, ids: &[ProcessId], dir: Direction) -> Outcome {
    let code = point.summary.code.clone();
    let mut point = point;
    for attempt in 0..2 {
        let (set, bound, unbound) = target(&point, ids, dir);
        if bound.is_empty() && unbound.is_empty() {
            return Outcome {
                code,
                result: "unchanged",
                bound,
                unbound,
                error: None,
                exit_code: exit::OK,
            };
        }
        match client
            .replace_bound(&code, &bindings_etag(point.bindings_version), &set)
            .await
        {
            Ok(_) => {
                return Outcome {
                    code,
                    result: "changed",
                    bound,
                    unbound,
                    error: None,
                    exit_code: exit::OK,
                };
            }
            Err(e) if attempt == 0 && e.code() == Some("precondition_failed") => {
                match client.point(&code).await {
                    Ok((fresh, _)) => point = fresh,
                    Err(e) => return failed(code, e.into()),
                }
            }
            Err(e) => return failed(code, e.into()),
        }
    }
    failed(
        code,
        Failure::new(
            exit::CONFLICT,
            "the bound set kept changing while it was being written",
            "",
        )
        .into(),
    )
}

fn failed(code: PointCode, error: anyhow::Error) -> Outcome {
    Outcome {
        code,
        result: "failed",
        bound: Vec::new(),
        unbound: Vec::new(),
        exit_code: exit::report(&error, "").code,
        error: Some(error.to_string()),
    }
}

/// Runs `manuals bind` or `manuals unbind`; exit 9 when some points failed.
pub async fn run(ctx: &Context, a: BindArgs, dir: Direction) -> anyhow::Result<u8> {
    let (codes, ids): (Vec<PointCode>, Vec<ProcessId>) = match &a.points_from {
        Some(path) => (
            input::parse_all(input::file(path)?, "code")?,
            input::parse_all(input::arguments(&a.args, 1)?, "process id")?,
        ),
        None => {
            let code = super::super::points::code(&a.args[0])?;
            (
                vec![code],
                input::parse_all(input::arguments(&a.args[1..], 2)?, "process id")?,
            )
        }
    };
    let client = ctx.client()?;
    let processes = read_processes(&client, &ids).await?;
    let points = client.points_by_code(&codes).await?;
    let missing: Vec<String> = codes
        .iter()
        .filter(|c| !points.contains_key(c))
        .map(|c| c.to_string())
        .collect();
    if !missing.is_empty() {
        return Err(Failure::new(
            exit::NOT_FOUND,
            format!(
                "no service point has the code {}: nothing was changed",
                missing.join(", ")
            ),
            "check the codes; `citizeninfo points list --query TEXT` finds points by name",
        )
        .into());
    }
    if dir == Direction::Bind {
        let refused: Vec<String> = points
            .values()
            .flat_map(|p| {
                processes
                    .iter()
                    .filter(|pr| !may_bind(pr, &p.summary))
                    .map(move |pr| (p, pr))
            })
            .map(|(p, pr)| {
                format!(
                    "{} (department {}) may not bind {} of department {}, open to its {} only",
                    p.summary.code,
                    p.summary.department_id,
                    pr.id,
                    pr.department_id,
                    pr.open_to.as_str()
                )
            })
            .collect();
        if !refused.is_empty() {
            return Err(Failure::invalid(
                format!("{}; nothing was changed", refused.join("; ")),
                "`citizeninfo manuals search CODE --department ID` lists what a point may bind from another department",
            )
            .into());
        }
    }
    let p = &ctx.printer;
    let mut outcomes: Vec<Outcome> = Vec::new();
    if a.dry_run {
        for point in points.values() {
            let (_, bound, unbound) = target(point, &ids, dir);
            let result = if bound.is_empty() && unbound.is_empty() {
                "unchanged"
            } else {
                "would change"
            };
            outcomes.push(Outcome {
                code: point.summary.code.clone(),
                result,
                bound,
                unbound,
                error: None,
                exit_code: exit::OK,
            });
        }
    } else {
        let bar = p.progress(Some(points.len() as u64), "points");
        let limit = Arc::new(Semaphore::new(usize::from(a.concurrency)));
        let ids = Arc::new(ids);
        let mut tasks = JoinSet::new();
        for point in points.into_values() {
            let (client, limit, ids) = (client.clone(), limit.clone(), ids.clone());
            tasks.spawn(async move {
                let _permit = limit.acquire_owned().await;
                apply(&client, point, &ids, dir).await
            });
        }
        while let Some(done) = tasks.join_next().await {
            outcomes.push(done?);
            bar.inc(1);
        }
        bar.finish_and_clear();
        outcomes.sort_by(|x, y| x.code.cmp(&y.code));
    }
    report(ctx, &outcomes)
}

fn report(ctx: &Context, outcomes: &[Outcome]) -> anyhow::Result<u8> {
    let p = &ctx.printer;
    if matches!(p.format, Format::Json | Format::Yaml) {
        p.value(&outcomes)?;
    } else {
        for o in outcomes {
            let mut line = format!("{} {}", o.code, o.result);
            for id in &o.bound {
                line.push_str(&format!(" +{id}"));
            }
            for id in &o.unbound {
                line.push_str(&format!(" -{id}"));
            }
            match &o.error {
                None => p.line(&line)?,
                Some(e) => p.warn(&format!("{}: {e}", o.code)),
            }
        }
    }
    let count = |r: &str| outcomes.iter().filter(|o| o.result == r).count();
    let failed = count("failed");
    p.note(&format!(
        "{} point{}: {} changed, {} would change, {} unchanged, {failed} failed",
        outcomes.len(),
        if outcomes.len() == 1 { "" } else { "s" },
        count("changed"),
        count("would change"),
        count("unchanged")
    ));
    Ok(match failed {
        0 => exit::OK,
        n if n == outcomes.len() => outcomes.first().map_or(exit::FAILURE, |o| o.exit_code),
        _ => exit::PARTIAL,
    })
}
