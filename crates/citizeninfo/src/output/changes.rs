//! How the one engine's plans and reports are printed, for every command that
//! changes the registry.

use std::io::{self, Write};

use serde::{Serialize, Serializer};

use super::Paint;
use super::records::{self, Record};
use super::render::{Human, One, Render, new_table};
use crate::engine::{Action, Plan, Report, Verdict};
use citizeninfo_api::{PointSummary, Status};

/// A plan: the plan itself as data; for people, each point's changes, the points
/// left out and why, then the counts. `dry` words it as what would happen.
pub struct PlanView<'a> {
    /// The plan.
    pub plan: &'a Plan,
    /// Nothing is being done yet.
    pub dry: bool,
}

impl Serialize for PlanView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.plan.serialize(s)
    }
}

impl Render for PlanView<'_> {
    fn human(&self, out: &mut Human<'_>) -> io::Result<()> {
        let plan = self.plan;
        let planned = &plan.points;
        for n in &plan.creates {
            out.paint(
                Paint::Create,
                &format!("+ {} {}", n.point.code, n.point.name_th),
            )?;
            writeln!(out)?;
            if n.point.status == Status::Hidden {
                writeln!(out, "    status: hidden")?;
            }
            for id in &n.point.process_ids {
                out.paint(Paint::Create, &format!("    + bind {id}"))?;
                writeln!(out)?;
            }
        }
        for p in planned {
            out.paint(Paint::Change, &format!("~ {} {}", p.code, p.name_th))?;
            writeln!(out)?;
            for c in &p.changes {
                writeln!(
                    out,
                    "    {}: {} → {}",
                    c.field,
                    records::change_value(&c.field, &c.old),
                    records::change_value(&c.field, &c.new)
                )?;
            }
            if let Some(s) = &p.status {
                let word = match s.to {
                    Status::Hidden => "hide",
                    Status::Shown => "un-hide",
                };
                writeln!(out, "    {word}: {} → {}", s.from.as_str(), s.to.as_str())?;
            }
            for id in &p.bind {
                out.paint(Paint::Create, &format!("    + bind {id}"))?;
                writeln!(out)?;
            }
            for id in &p.unbind {
                out.paint(Paint::Remove, &format!("    - unbind {id}"))?;
                writeln!(out)?;
            }
            for photo in &p.add_photos {
                out.paint(Paint::Create, &format!("    + photo {}", photo.name))?;
                writeln!(out)?;
            }
            for id in &p.remove_photos {
                out.paint(Paint::Remove, &format!("    - photo {id}"))?;
                writeln!(out)?;
            }
        }
        for r in &plan.forbidden {
            out.paint(
                Paint::Remove,
                &format!(
                    "! {} {}: forbidden: {}",
                    r.code,
                    r.name_th.as_deref().unwrap_or_default(),
                    r.reason
                ),
            )?;
            writeln!(out)?;
        }
        for r in &plan.stale {
            writeln!(
                out,
                "! {} {}: left out: {}",
                r.code,
                r.name_th.as_deref().unwrap_or_default(),
                r.reason
            )?;
        }
        let fields: usize = planned.iter().map(|p| p.changes.len()).sum();
        let statuses = planned.iter().filter(|p| p.status.is_some()).count();
        let binds: usize = planned.iter().map(|p| p.bind.len()).sum();
        let unbinds: usize = planned.iter().map(|p| p.unbind.len()).sum();
        let verb = if self.dry { "to change" } else { "changing" };
        let mut left_out = String::new();
        if !plan.forbidden.is_empty() {
            left_out.push_str(&format!(" {} forbidden;", plan.forbidden.len()));
        }
        if !plan.stale.is_empty() {
            left_out.push_str(&format!(
                " {} changed in the service since it was read;",
                plan.stale.len()
            ));
        }
        writeln!(
            out,
            "Plan: {} to create, {} point{} {verb} ({fields} field{}, {statuses} status, {binds} bind, {unbinds} unbind);{left_out} {} unchanged.",
            plan.creates.len(),
            planned.len(),
            if planned.len() == 1 { "" } else { "s" },
            if fields == 1 { "" } else { "s" },
            plan.unchanged.len(),
        )
    }
}

/// What a run of changes came to: the whole report as data. For people, a dry
/// run's plan; otherwise, with `records`, each changed point's record; else, with
/// `each`, a line for each point changed, then a warning for each point that did not
/// apply, then a table counting what really happened.
pub struct ReportView<'a> {
    /// The report.
    pub report: &'a Report,
    /// A line for each point changed.
    pub each: bool,
    /// The changed points' records instead of the counts.
    pub records: bool,
}

impl Serialize for ReportView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.report.serialize(s)
    }
}

impl Render for ReportView<'_> {
    fn human(&self, out: &mut Human<'_>) -> io::Result<()> {
        let report = self.report;
        if report.dry_run {
            return PlanView {
                plan: &report.plan,
                dry: true,
            }
            .human(out);
        }
        if self.records {
            let columns = PointSummary::pick(None).unwrap_or_default();
            for o in &report.outcomes {
                if let Some(point) = &o.point {
                    if let (Action::Create, Some(code)) = (o.action, &point.authorize_code) {
                        out.note(&format!(
                            "added {}; its Authorize Code is {code}",
                            point.code
                        ));
                    }
                    One {
                        item: point,
                        columns: &columns,
                    }
                    .human(out)?;
                }
            }
            return Ok(());
        }
        if self.each {
            for o in report
                .outcomes
                .iter()
                .filter(|o| matches!(o.verdict, Verdict::Applied | Verdict::Partly))
            {
                let mut parts: Vec<String> = Vec::new();
                if o.action == Action::Create {
                    parts.push("created".to_owned());
                }
                if !o.changes.is_empty() {
                    let fields: Vec<&str> = o.changes.iter().map(|c| c.field.as_str()).collect();
                    parts.push(format!("{} changed", fields.join(", ")));
                }
                if let Some(s) = &o.status {
                    parts.push(match s.to {
                        Status::Hidden => "hidden".to_owned(),
                        Status::Shown => "shown".to_owned(),
                    });
                }
                let ids: Vec<String> = o
                    .bind
                    .iter()
                    .map(|id| format!("+{id}"))
                    .chain(o.unbind.iter().map(|id| format!("-{id}")))
                    .collect();
                if !ids.is_empty() {
                    parts.push(ids.join(" "));
                }
                for id in &o.photos_added {
                    parts.push(format!("+photo {id}"));
                }
                for id in &o.photos_removed {
                    parts.push(format!("-photo {id}"));
                }
                if o.verdict == Verdict::Partly {
                    parts.push("(partly)".to_owned());
                }
                writeln!(out, "{} {}", o.code, parts.join(", "))?;
            }
        }
        let s = &report.summary;
        let mut columns = vec![
            Verdict::Applied,
            Verdict::Partly,
            Verdict::Conflict,
            Verdict::Failed,
            Verdict::Skipped,
        ];
        if s.forbidden > 0 {
            columns.push(Verdict::Forbidden);
        }
        let mut table = new_table();
        let mut header: Vec<&str> = columns.iter().map(|v| v.as_str()).collect();
        header.push("total");
        table.set_header(header);
        let mut row: Vec<String> = columns.iter().map(|v| s.count(*v).to_string()).collect();
        row.push((s.total - s.unchanged).to_string());
        table.add_row(row);
        out.table(table)?;
        not_applied(report, out)
    }
}

/// The points that did not apply, at the end where they cannot scroll past: code,
/// name, what happened and why.
fn not_applied(report: &Report, out: &mut Human<'_>) -> io::Result<()> {
    let missed: Vec<&crate::engine::Outcome> = report
        .outcomes
        .iter()
        .filter(|o| !o.verdict.is_success() && o.verdict != Verdict::Forbidden)
        .collect();
    if missed.is_empty() {
        return Ok(());
    }
    let name = |code: &citizeninfo_api::PointCode| -> String {
        let plan = &report.plan;
        plan.points
            .iter()
            .find(|p| &p.code == code)
            .map(|p| p.name_th.clone())
            .or_else(|| {
                plan.creates
                    .iter()
                    .find(|c| &c.point.code == code)
                    .map(|c| c.point.name_th.clone())
            })
            .unwrap_or_default()
    };
    writeln!(out)?;
    writeln!(out, "Not applied ({}):", super::grouped(missed.len()))?;
    let mut table = new_table();
    table.set_header(["code", "name", "verdict", "reason"]);
    for o in &missed {
        table.add_row([
            o.code.to_string(),
            name(&o.code),
            o.verdict.as_str().to_owned(),
            o.error.clone().unwrap_or_default(),
        ]);
    }
    out.table_keeping(table, &[true, false, true, false])
}
