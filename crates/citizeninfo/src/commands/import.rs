//! `import csv` and `import xlsx`: a sheet in the export's shape back into the
//! registry. Every row is checked first; then the plan is printed, and made with
//! `--apply`, through the same planning and applying code as the manifests.

use std::collections::HashMap;
use std::path::Path;

use super::Context;
use super::change::{self, Carry};
use super::export::Spreadsheet;
use crate::cli::ImportArgs;
use crate::engine::Desired;
use crate::engine::diff::minimal_patch;
use crate::engine::planner::{Options, Planner};
use crate::exit::{self, Failure};
use crate::sheet::{self, SheetColumn, Table};
use crate::stated::{self, Written};
use citizeninfo_api::fields::{self, Edit};
use citizeninfo_api::rules::excerpt;
use citizeninfo_api::{PointCode, ServicePoint};

/// What reading a sheet found.
struct Read {
    desired: Vec<(u64, Desired)>,
    warnings: Vec<String>,
    errors: Vec<String>,
}

/// A code cell as a spreadsheet may have mangled it: leading zeros restored with a
/// warning; a number in scientific notation refused, its digits are lost.
fn code_cell(raw: &str, place: &str, warnings: &mut Vec<String>) -> Result<PointCode, String> {
    let value = sheet::unguard(raw.trim()).trim();
    let upper = value.to_ascii_uppercase();
    if upper.contains("E+")
        && upper
            .chars()
            .all(|c| c.is_ascii_digit() || ".E+".contains(c))
    {
        return Err(format!(
            "{place}: the code {} was turned into a number in scientific notation by a spreadsheet, and its digits are lost; export as xlsx, or format the column as text before typing codes",
            excerpt(value)
        ));
    }
    if !value.is_empty() && value.len() < 13 && value.bytes().all(|b| b.is_ascii_digit()) {
        let restored = format!("{value:0>13}");
        warnings.push(format!(
            "{place}: the code {value} lost its leading zeros in a spreadsheet; read as {restored}"
        ));
        return restored
            .parse()
            .map_err(|e: String| format!("{place}: the code {e}"));
    }
    value
        .parse()
        .map_err(|e: String| format!("{place}: the code {e}"))
}

/// Reads one editable cell into the desired state, through the field registry: its
/// form is checked here, so a bad cell is named by row and column. The rules are
/// checked once the current state is known, on what the row changes only: a value
/// the service already holds is not the sheet's to judge.
fn read_cell(
    col: &SheetColumn,
    value: &str,
    empty_clears: bool,
    d: &mut Desired,
) -> Result<(), String> {
    if value.is_empty() && !empty_clears {
        return Ok(());
    }
    let value = Some(value).filter(|v| !v.is_empty());
    let mut edit = Edit {
        patch: std::mem::take(&mut d.patch),
        status: d.status,
    };
    let result = col.set(&mut edit, value);
    d.patch = edit.patch;
    d.status = edit.status;
    result
}

/// Every rule broken by what a row changes, each named by its row and column:
/// field rules on the changed fields, and the coordinates as a pair (with the
/// other one as it is now) when either changes.
fn check_changes(place: &str, now: &ServicePoint, d: &Desired, force: bool) -> Vec<String> {
    let (patch, _) = minimal_patch(now, &d.patch);
    let mut out = Vec::new();
    let pair = patch.lat.is_some() || patch.lng.is_some();
    if pair {
        let lat = patch.lat.unwrap_or(now.lat);
        let lng = patch.lng.unwrap_or(now.lng);
        if let Err((message, hint)) = stated::thailand(lat, lng, force, Written::Columns) {
            out.push(if hint.is_empty() {
                format!("{place}: {message}")
            } else {
                format!("{place}: {message} ({hint})")
            });
        }
    }
    for e in fields::validate_patch(&patch).err().unwrap_or_default() {
        let key = e.field.split('[').next().unwrap_or_default();
        if pair && (key == "lat" || key == "lng") {
            continue;
        }
        let th = fields::field(key).map_or("", |f| f.th);
        out.push(format!("{place}, column {key} ({th}): {}", e.message));
    }
    out
}

fn read(table: &Table, file: &Path, a: &ImportArgs) -> Read {
    let mut out = Read {
        desired: Vec::new(),
        warnings: Vec::new(),
        errors: Vec::new(),
    };
    let name = file.display();
    let mut columns: Vec<&SheetColumn> = Vec::new();
    for (i, h) in table.headers.iter().enumerate() {
        match sheet::by_header(h) {
            None => {
                let known: Vec<&str> = sheet::COLUMNS.iter().map(|c| c.th).collect();
                out.errors.push(format!(
                    "{name}: column {}: unknown header {}; the export's headers are {}",
                    i + 1,
                    excerpt(h),
                    known.join(", ")
                ));
            }
            Some(c) if columns.iter().any(|x| x.key == c.key) => {
                out.errors.push(format!(
                    "{name}: column {}: {} is there twice",
                    i + 1,
                    excerpt(h)
                ));
            }
            Some(c) => columns.push(c),
        }
    }
    let Some(code_at) = columns.iter().position(|c| c.key == "code") else {
        out.errors.push(format!(
            "{name}: no รหัสหน่วยงาน (code) column: every row needs its code"
        ));
        return out;
    };
    if !out.errors.is_empty() {
        return out;
    }
    let mut seen: HashMap<PointCode, u64> = HashMap::new();
    for (line, cells) in &table.rows {
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let place = format!("{name}:{line}");
        let code = match code_cell(
            cells.get(code_at).map_or("", String::as_str),
            &place,
            &mut out.warnings,
        ) {
            Ok(c) => c,
            Err(e) => {
                out.errors.push(e);
                continue;
            }
        };
        if let Some(first) = seen.insert(code.clone(), *line) {
            out.errors.push(format!(
                "{place}: the code {code} is also on line {first}: a point may appear once"
            ));
            continue;
        }
        let mut d = Desired::new(code);
        for (col, cell) in columns.iter().zip(cells) {
            if col.key == "version" && !cell.trim().is_empty() {
                match cell.trim().parse::<u64>() {
                    Ok(v) => d.base_version = Some(v),
                    Err(_) => out.errors.push(format!(
                        "{place}, column version ({}): {} is not a version: it is the number the export wrote; leave it as it is",
                        col.th,
                        excerpt(cell.trim())
                    )),
                }
            }
            if !col.is_editable() {
                continue;
            }
            let value = sheet::unguard(cell.trim()).trim();
            if let Err(e) = read_cell(col, value, a.empty_clears, &mut d) {
                out.errors
                    .push(format!("{place}, column {} ({}): {e}", col.key, col.th));
            }
        }
        out.desired.push((*line, d));
    }
    out
}

/// Runs `import csv` or `import xlsx`.
pub async fn run(ctx: &Context, a: ImportArgs, kind: Spreadsheet) -> anyhow::Result<u8> {
    let table = match kind {
        Spreadsheet::Csv => sheet::read_csv(&a.file),
        Spreadsheet::Xlsx => sheet::read_xlsx(&a.file),
    }
    .map_err(|e| Failure::invalid(format!("{}: {e}", a.file.display()), "nothing was sent"))?;
    let read = read(&table, &a.file, &a);
    let p = &ctx.printer;
    for w in &read.warnings {
        p.warn(w);
    }
    if !read.errors.is_empty() {
        return Err(Failure::invalid(
            format!(
                "{} has {} problem{}; nothing was sent:\n  {}",
                a.file.display(),
                read.errors.len(),
                if read.errors.len() == 1 { "" } else { "s" },
                read.errors.join("\n  ")
            ),
            "fix the sheet and import it again",
        )
        .into());
    }
    if let Some(path) = &a.to_manifest {
        let desired: Vec<Desired> = read.desired.into_iter().map(|(_, d)| d).collect();
        crate::output::write_file(path, crate::manifest::to_yaml(&desired)?.as_bytes())?;
        p.note(&format!(
            "wrote {} points to {}",
            desired.len(),
            path.display()
        ));
        return Ok(exit::OK);
    }
    if !table
        .headers
        .iter()
        .any(|h| sheet::by_header(h).is_some_and(|c| c.key == "version"))
    {
        p.warn(&format!(
            "{} has no version column (เวอร์ชัน): its rows are compared with the service as it is now, so an edit a colleague made since the sheet was filled in cannot be told apart; export again to be guarded",
            a.file.display()
        ));
    }
    let wanted: Vec<Desired> = read.desired.iter().map(|(_, d)| d.clone()).collect();
    let mut planner = Planner::new(ctx.client()?);
    planner
        .read(&wanted.iter().map(|d| d.code.clone()).collect::<Vec<_>>())
        .await?;
    let mut refused: Vec<String> = Vec::new();
    for (line, d) in &read.desired {
        if let Some(now) = planner.current(&d.code) {
            let place = format!("{}:{line}", a.file.display());
            refused.extend(check_changes(&place, now, d, a.force));
        }
    }
    let planned = planner.plan(&wanted, Options::default()).await?;
    for (i, problem) in &planned.problems {
        let (line, d) = &read.desired[*i];
        refused.push(format!(
            "{}:{line}: {}",
            a.file.display(),
            problem.describe(&d.code)
        ));
    }
    if !refused.is_empty() {
        return Err(Failure::invalid(
            format!("{}; nothing was sent", refused.join("\n  ")),
            "fix the sheet and import it again; an import changes points that exist (add new ones with `citizeninfo points add`)",
        )
        .into());
    }
    change::carry(
        ctx,
        planned.plan,
        Carry {
            dry_run: !a.apply,
            skip_forbidden: a.skip_forbidden,
            concurrency: usize::from(a.concurrency),
            fail_fast: false,
            show_plan: true,
            confirm: None,
            show_records: false,
        },
    )
    .await
}
