//! Carrying out a plan, the same way for every command that changes the registry:
//! refuse forbidden points before anything is sent (unless told to leave them out),
//! show the plan, ask when asked to, execute, and report one outcome per point.

use super::Context;
use crate::engine::executor::{self, Interrupt, Options};
use crate::engine::planner::{Planned, Problem};
use crate::engine::{Desired, Plan, Report, Verdict};
use crate::exit::{self, Failure};
use crate::output::changes::ReportView;
use crate::output::{Printer, closed_ok, grouped};

/// How a command wants its plan carried out.
#[derive(Debug, Clone, Copy)]
pub struct Carry {
    /// Print the plan and send nothing.
    pub dry_run: bool,
    /// Leave out points the account may not change, instead of refusing.
    pub skip_forbidden: bool,
    /// Most requests at once.
    pub concurrency: usize,
    /// Stop at the first point that does not apply.
    pub fail_fast: bool,
    /// Print the plan before executing it (on a dry run it is always printed).
    pub show_plan: bool,
    /// Show the plan's counts only.
    pub brief: bool,
    /// Ask on a terminal before executing; `Some(true)` when `--yes` was given.
    pub confirm: Option<bool>,
    /// For people, show the changed points' records instead of the counts.
    pub show_records: bool,
}

impl Carry {
    /// Straight to work: no question, no plan shown first.
    pub fn direct(dry_run: bool, skip_forbidden: bool, concurrency: u16) -> Carry {
        Carry {
            dry_run,
            skip_forbidden,
            concurrency: usize::from(concurrency),
            fail_fast: false,
            show_plan: dry_run,
            brief: false,
            confirm: None,
            show_records: false,
        }
    }
}

/// Refuses a plan naming points the account may not change, before anything is
/// sent, unless `skip` leaves them out.
pub fn check_forbidden(ctx: &Context, plan: &Plan, skip: bool) -> anyhow::Result<()> {
    if plan.forbidden.is_empty() {
        return Ok(());
    }
    if skip {
        ctx.printer.warn(&format!(
            "left out {} point{} this account may not change (--skip-forbidden): {}",
            plan.forbidden.len(),
            if plan.forbidden.len() == 1 { "" } else { "s" },
            plan.forbidden
                .iter()
                .map(|r| r.code.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ));
        return Ok(());
    }
    let reasons: Vec<String> = plan
        .forbidden
        .iter()
        .map(|r| format!("{}: {}", r.code, r.reason))
        .collect();
    Err(Failure::new(
        exit::FORBIDDEN,
        format!(
            "this account may not make {} of the changes, so nothing was changed: {}",
            if plan.forbidden.len() == 1 {
                "one"
            } else {
                "some"
            },
            reasons.join("; ")
        ),
        plan.forbidden
            .iter()
            .find_map(|r| r.hint.clone())
            .unwrap_or_else(|| {
                let mut hint =
                    "`citizeninfo auth status` shows what your account may change".to_owned();
                if !plan.is_empty() {
                    hint.push_str("; pass --skip-forbidden to change only the others");
                }
                hint
            }),
    )
    .into())
}

/// Carries out a plan; the exit code of the run.
pub async fn carry(ctx: &Context, plan: Plan, how: Carry) -> anyhow::Result<u8> {
    let p = &ctx.printer;
    let as_data = p.is_data();
    let shown = |report: &Report, each: bool| {
        closed_ok(p.show(&ReportView {
            report,
            each,
            records: how.show_records,
        }))
    };
    if how.dry_run {
        let report = Report::dry(plan);
        shown(&report, false)?;
        check_forbidden(ctx, &report.plan, how.skip_forbidden)?;
        return Ok(exit::OK);
    }
    check_forbidden(ctx, &plan, how.skip_forbidden)?;
    if how.show_plan && !as_data {
        closed_ok(p.plan(&plan, true, how.brief))?;
    }
    if plan.is_empty() {
        let report = Report::of_run(plan, Vec::new());
        if as_data || report.summary.conflict > 0 {
            closed_ok(p.show(&ReportView {
                report: &report,
                each: false,
                records: false,
            }))?;
        }
        if report.summary.conflict == 0 {
            p.note("no changes: everything named is already as asked");
        }
        return Ok(exit::of_report(&report));
    }
    if !plan.is_empty() && how.confirm == Some(false) {
        if !p.can_ask() {
            return Err(Failure::usage(
                "nothing was changed: applying needs a yes, and there is no terminal to ask on",
                "pass --yes in scripts",
            )
            .into());
        }
        if !p.confirm("Apply these changes?")? {
            // The person said no: not a mistake, but nothing was done.
            p.note("Apply cancelled: nothing was changed.");
            return Ok(exit::FAILURE);
        }
    }
    let bar = p.progress(Some(plan.steps()), "applying");
    let started = std::time::Instant::now();
    let interrupt = Interrupt::default();
    let watch = on_ctrl_c(p.clone(), interrupt.clone());
    let outcomes = executor::execute(
        ctx.client()?,
        &plan,
        Options {
            concurrency: how.concurrency,
            fail_fast: how.fail_fast,
            interrupt: interrupt.clone(),
        },
        &|| bar.inc(1),
    )
    .await;
    watch.abort();
    let secs = started.elapsed().as_secs_f64();
    bar.finish_and_clear();
    let mut report = Report::of_run(plan, outcomes);
    let tally = ctx.client()?.retries();
    report.summary.retries = tally.retries;
    report.summary.throttled = tally.throttled;
    if tally.retries > 0 {
        p.note(&format!(
            "{} request{} sent again after a failure or a busy service ({} throttled)",
            tally.retries,
            if tally.retries == 1 { " was" } else { "s were" },
            tally.throttled
        ));
    }
    // A refused token stops the run: one message, not one failure per point.
    if report
        .outcomes
        .iter()
        .any(|o| exit::of_outcome(o) == exit::AUTH)
    {
        if as_data {
            shown(&report, true)?;
        }
        let applied = report.summary.count(Verdict::Applied);
        let again = "then run the same command again: what was applied is not done twice";
        return Err(Failure::auth(
            format!(
                "the service refused the token after {applied} of {} points were changed, so the run stopped there",
                report.summary.total
            ),
            if ctx.settings.env_token.is_some() {
                format!("CITIZENINFO_TOKEN has expired or was revoked: give it a fresh token, {again}")
            } else {
                format!("sign in again with `citizeninfo login`, {again}")
            },
        )
        .into());
    }
    if interrupt.raised() {
        shown(&report, !how.show_plan)?;
        let done = report.summary.count(Verdict::Applied) + report.summary.count(Verdict::Partly);
        let not_tried = report.summary.count(Verdict::Skipped);
        p.warn(&format!(
            "interrupted: {} of {} points were changed and {} not tried; run the same command again to finish: what was applied is not done twice",
            grouped(done),
            grouped(report.summary.total - report.summary.unchanged),
            grouped(not_tried),
        ));
        return Ok(exit::INTERRUPTED);
    }
    // One point that did not apply is an error like any other command's.
    if let [only] = report.outcomes.as_slice()
        && !only.verdict.is_success()
        && only.verdict != Verdict::Partly
        && !as_data
    {
        let hint = match only.verdict {
            Verdict::Conflict => format!(
                "run `citizeninfo points show {}` to see the current record, then try again",
                only.code
            ),
            _ => String::new(),
        };
        return Err(Failure::new(
            exit::of_outcome(only),
            only.error
                .clone()
                .unwrap_or_else(|| format!("{} was not changed", only.code)),
            hint,
        )
        .into());
    }
    shown(&report, !how.show_plan)?;
    let applied = report.summary.count(Verdict::Applied);
    if applied > 0 && how.confirm.is_some() {
        p.note(&format!(
            "applied {applied} of {} in {secs:.2} s ({:.0} a second)",
            report.summary.total,
            applied as f64 / secs.max(0.001)
        ));
    }
    Ok(exit::of_report(&report))
}

/// Watches for Ctrl-C while a plan is carried out: the first asks the run to start
/// nothing new and let what is in flight finish; a second stops at once.
fn on_ctrl_c(printer: Printer, interrupt: Interrupt) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        if tokio::signal::ctrl_c().await.is_err() {
            return;
        }
        interrupt.raise();
        printer.warn(
            "interrupted: finishing the requests in flight and starting no new ones (Ctrl-C again stops at once)",
        );
        if tokio::signal::ctrl_c().await.is_ok() {
            printer.warn("stopped at once: what was in flight may or may not have been saved; run the same command again to finish");
            std::process::exit(i32::from(exit::INTERRUPTED));
        }
    })
}

/// Refuses, before anything is sent, desired states the planner could not plan:
/// codes that do not exist (exit 5), processes that do not exist or may not be
/// bound (exit 7).
pub fn refuse_problems(planned: &Planned, wanted: &[Desired]) -> anyhow::Result<()> {
    if planned.problems.is_empty() {
        return Ok(());
    }
    let missing: Vec<String> = planned
        .problems
        .iter()
        .filter(|(_, p)| *p == Problem::NotFound)
        .map(|(i, _)| wanted[*i].code.to_string())
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
    let mut messages: Vec<String> = Vec::new();
    for (i, p) in &planned.problems {
        let m = p.describe(&wanted[*i].code);
        if !messages.contains(&m) {
            messages.push(m);
        }
    }
    let hint = if planned
        .problems
        .iter()
        .any(|(_, p)| matches!(p, Problem::MayNotBind { .. }))
    {
        "`citizeninfo manuals search CODE --department ID` lists what a point may bind from another department"
    } else {
        "`citizeninfo manuals search CODE` lists the processes a point may bind"
    };
    Err(Failure::invalid(
        format!("{}; nothing was changed", messages.join("; ")),
        hint,
    )
    .into())
}
