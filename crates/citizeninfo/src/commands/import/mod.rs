//! `import csv` and `import xlsx`: a sheet in the export's shape back into the
//! registry. Every row is checked first; then the plan is printed, and made with
//! `--apply`, through the same planning and applying code as the manifests.

pub mod csv;
pub mod xlsx;

use std::path::PathBuf;

use std::collections::HashMap;
use std::path::Path;

use clap::Subcommand;

use super::Context;
use super::change::{self, Carry};
use crate::commands::args::Bulk;
use crate::engine::Desired;
use crate::engine::diff::{self, minimal_patch};
use crate::engine::planner::{self, Planner};
use crate::exit::{self, Failure};
use crate::output::Shape;
use crate::sheet::{self, Headers, SheetCell, SheetColumn, Table, TextEncoding};
use citizeninfo_api::fields::{self, Edit};
use citizeninfo_api::rules::excerpt;
use citizeninfo_api::{PointCode, ServicePoint};
use citizeninfo_manifest::stated::{self, Written};

/// `import`'s subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read a CSV in the export's shape (UTF-8, UTF-16 or Windows-874; commas,
    /// semicolons or tabs).
    Csv(csv::Args),
    /// Read an Excel workbook in the export's shape.
    Xlsx(xlsx::Args),
}

impl Command {
    /// What it prints.
    pub fn shape(&self) -> Shape {
        Shape::DOCUMENT
    }

    /// Runs it.
    pub async fn run(self, ctx: &Context) -> anyhow::Result<u8> {
        match self {
            Command::Csv(a) => csv::run(ctx, a).await,
            Command::Xlsx(a) => xlsx::run(ctx, a).await,
        }
    }
}

/// The options of every import (`import csv`, `import xlsx`).
#[derive(Debug, clap::Args)]
pub struct Options {
    /// The file.
    pub file: PathBuf,
    /// Make the changes (without it, only the plan is printed).
    #[arg(long, conflicts_with = "to_manifest")]
    pub apply: bool,
    /// A cell left empty clears that field (otherwise it is left alone).
    #[arg(long)]
    pub empty_clears: bool,
    /// Accept coordinates outside Thailand.
    #[arg(long)]
    pub force: bool,
    /// Write the equivalent YAML manifest to FILE instead.
    #[arg(long, value_name = "FILE")]
    pub to_manifest: Option<PathBuf>,
    #[command(flatten)]
    pub bulk: Bulk,
    /// Refuse a column the tool does not know (without it, such a column, a
    /// remarks column or one without a header, is left out with a note).
    #[arg(long)]
    pub strict: bool,
}

/// What reading a sheet found.
struct Read {
    desired: Vec<(u64, Desired)>,
    /// The digits after the point the sheet shows each number field with.
    shown: Vec<(&'static str, u32)>,
    warnings: Vec<String>,
    notes: Vec<String>,
    errors: Vec<String>,
    /// The empty cells left as they are (no `--empty-clears`) of a field that may
    /// be cleared: the row's index in `desired`, and the column.
    empties: Vec<(usize, &'static SheetColumn)>,
}

/// The cells of a column a spreadsheet took for numbers, restored with their
/// leading 0: how many, and the first.
#[derive(Default)]
struct Restored {
    count: usize,
    first: Option<(u64, String, String)>,
}

impl Restored {
    /// Counts a cell of `line` read as `to`.
    fn add(&mut self, line: u64, from: &str, to: &str) {
        self.count += 1;
        self.first
            .get_or_insert_with(|| (line, from.to_owned(), to.to_owned()));
    }
}

/// The tally of a column's restored cells.
fn tally<'a>(
    restored: &'a mut Vec<(&'static SheetColumn, Restored)>,
    col: &'static SheetColumn,
) -> &'a mut Restored {
    let at = match restored.iter().position(|(c, _)| c.key == col.key) {
        Some(at) => at,
        None => {
            restored.push((col, Restored::default()));
            restored.len() - 1
        }
    };
    &mut restored[at].1
}

/// The code cell of a row: restored when a spreadsheet dropped its leading 0
/// ([`citizeninfo_api::fields::Field::unnumber`]), then parsed.
fn code_cell(
    col: &SheetColumn,
    raw: &str,
    line: u64,
    restored: &mut Restored,
) -> Result<PointCode, String> {
    let value = sheet::unguard(raw.trim()).trim();
    let value = match col.unnumber(value)? {
        Some(back) => {
            restored.add(line, value, &back);
            back
        }
        None => value.to_owned(),
    };
    value.parse().map_err(|e: String| format!("the code {e}"))
}

/// The first cell of each column that reads mis-decoded ([`sheet::misdecoded`]),
/// and how many more there are: the file was read in the wrong encoding and saved
/// again, so its text cannot be trusted.
fn misdecoded(table: &Table, name: &str) -> Vec<String> {
    let mut found: Vec<(usize, String, usize)> = Vec::new();
    let header = std::iter::once((1, &table.headers));
    for (line, cells) in header.chain(table.rows.iter().map(|(l, c)| (*l, c))) {
        for (i, cell) in cells.iter().enumerate() {
            let Some(how) = sheet::misdecoded(cell) else {
                continue;
            };
            match found.iter_mut().find(|(at, _, _)| *at == i) {
                Some((_, _, more)) => *more += 1,
                None => found.push((
                    i,
                    format!(
                        "{}, column {} ({}): {} reads as text that was mis-decoded ({how}) and saved again",
                        table.place(name, line),
                        i + 1,
                        excerpt(table.headers.get(i).map_or("", String::as_str)),
                        excerpt(cell)
                    ),
                    0,
                )),
            }
        }
    }
    found
        .into_iter()
        .map(|(_, first, more)| {
            let more = match more {
                0 => String::new(),
                1 => ", and 1 more cell of the column".to_owned(),
                n => format!(", and {n} more cells of the column"),
            };
            format!(
                "{first}{more}: save it again as CSV UTF-8 from the original, or pass --encoding with the encoding the original was saved in"
            )
        })
        .collect()
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
    let (patch, _) = minimal_patch(now, &d.patch, &d.shown);
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

fn read(table: &Table, file: &Path, a: &Options) -> Read {
    let mut out = Read {
        desired: Vec::new(),
        shown: Vec::new(),
        warnings: Vec::new(),
        notes: Vec::new(),
        errors: Vec::new(),
        empties: Vec::new(),
    };
    let file = file.display().to_string();
    // The file, and the workbook's sheet.
    let name = match &table.sheet {
        Some(s) => format!("{file}, sheet {s}"),
        None => file.clone(),
    };
    out.errors = misdecoded(table, &name);
    if !out.errors.is_empty() {
        return out;
    }
    // Each cell's column, or none for a column left out.
    let mut columns: Vec<Option<&SheetColumn>> = Vec::new();
    let mut left_out: Vec<String> = Vec::new();
    for (i, h) in table.headers.iter().enumerate() {
        match sheet::by_header(h) {
            None => {
                let what = if h.trim().is_empty() {
                    format!("column {} (no header)", i + 1)
                } else {
                    format!("column {} ({})", i + 1, excerpt(h.trim()))
                };
                if a.strict {
                    let known: Vec<&str> = sheet::COLUMNS.iter().map(|c| c.th).collect();
                    out.errors.push(format!(
                        "{name}: {what}: unknown header {}; the export's headers are {} (without --strict, it is left out)",
                        excerpt(h),
                        known.join(", ")
                    ));
                }
                left_out.push(what);
                columns.push(None);
            }
            Some(c) if columns.iter().flatten().any(|x| x.key == c.key) => {
                out.errors.push(format!(
                    "{name}: column {}: {} is there twice",
                    i + 1,
                    excerpt(h)
                ));
                columns.push(None);
            }
            Some(c) => columns.push(Some(c)),
        }
    }
    if !left_out.is_empty() && !a.strict {
        out.notes.push(format!(
            "{name}: left out {}: the tool does not know {}; --strict refuses them",
            left_out.join(", "),
            if left_out.len() == 1 { "it" } else { "them" }
        ));
    }
    let Some((code_at, code_col)) = columns
        .iter()
        .enumerate()
        .find_map(|(i, c)| c.filter(|c| c.key == "code").map(|c| (i, c)))
    else {
        out.errors.push(format!(
            "{name}: no รหัสหน่วยงาน (code) column: every row needs its code"
        ));
        return out;
    };
    if !out.errors.is_empty() {
        return out;
    }
    // The precision the sheet shows each number with: the most digits after the
    // point any of its cells has.
    for (i, col) in columns.iter().enumerate() {
        let Some(col) = col.filter(|c| c.is_editable() && c.value == fields::Value::Number) else {
            continue;
        };
        let most = table
            .rows
            .iter()
            .filter_map(|(_, cells)| cells.get(i).and_then(|c| fields::decimals(c)))
            .max();
        if let Some(d) = most {
            out.shown.push((col.key, d));
        }
    }
    let mut restored: Vec<(&SheetColumn, Restored)> = Vec::new();
    let mut seen: HashMap<PointCode, u64> = HashMap::new();
    let versioned = columns.iter().flatten().any(|c| c.key == "version");
    for (line, cells) in &table.rows {
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let place = table.place(&file, *line);
        let code = match code_cell(
            code_col,
            cells.get(code_at).map_or("", String::as_str),
            *line,
            tally(&mut restored, code_col),
        ) {
            Ok(c) => c,
            Err(e) => {
                out.errors.push(format!(
                    "{place}, column {} ({}): {e}",
                    code_col.key, code_col.th
                ));
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
        d.shown.clone_from(&out.shown);
        for (col, cell) in columns.iter().zip(cells) {
            let Some(col) = *col else {
                continue;
            };
            if col.key == "version" && cell.trim().is_empty() && versioned {
                out.errors.push(format!(
                    "{place}, column version ({}): the row has no version, so nothing shows its point was read before it was edited (a row added by hand?); export again and make the edit in the new sheet",
                    col.th
                ));
            }
            // The moment the export wrote: Bangkok time, or UTC in older sheets.
            if col.kind() == sheet::Kind::Time
                && table.sheet.is_none()
                && !cell.trim().is_empty()
                && sheet::bangkok_text(cell).is_none()
            {
                out.errors.push(format!(
                    "{place}, column {} ({}): {} is not a moment in ISO 8601 (2024-05-01T21:30:00+07:00, or UTC ending in Z): it is what the export wrote; leave it as it is",
                    col.key,
                    col.th,
                    excerpt(cell.trim())
                ));
            }
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
            let mut value = sheet::unguard(cell.trim()).trim().to_owned();
            match col.unnumber(&value) {
                Ok(None) => {}
                Ok(Some(back)) => {
                    tally(&mut restored, col).add(*line, &value, &back);
                    value = back;
                }
                Err(e) => {
                    out.errors
                        .push(format!("{place}, column {} ({}): {e}", col.key, col.th));
                    continue;
                }
            }
            if value.is_empty() && !a.empty_clears && col.clearable {
                out.empties.push((out.desired.len(), col));
            }
            if let Err(e) = read_cell(col, &value, a.empty_clears, &mut d) {
                out.errors
                    .push(format!("{place}, column {} ({}): {e}", col.key, col.th));
            }
        }
        out.desired.push((*line, d));
    }
    for (col, r) in restored {
        let Some((line, from, to)) = r.first else {
            continue;
        };
        out.warnings.push(format!(
            "{name}: {} of column {} ({}) had lost {} leading 0 to a spreadsheet that took {} for a number, and {} read with it (the first, line {line}: {from} read as {to})",
            if r.count == 1 { "1 cell".to_owned() } else { format!("{} cells", r.count) },
            col.th,
            col.key,
            if r.count == 1 { "its" } else { "their" },
            if r.count == 1 { "it" } else { "them" },
            if r.count == 1 { "is" } else { "are" },
        ));
    }
    out
}

/// The lines of a list, as people read them: `4, 9 and 12`, the first ten.
fn lines_text(lines: &[u64]) -> String {
    let shown: Vec<String> = lines.iter().take(10).map(u64::to_string).collect();
    let more = lines.len().saturating_sub(10);
    match (shown.split_last(), more) {
        (None, _) => String::new(),
        (Some((last, [])), 0) => last.clone(),
        (Some((last, rest)), 0) => format!("{} and {last}", rest.join(", ")),
        (Some(_), more) => format!("{} and {more} more", shown.join(", ")),
    }
}

/// Leaves as it is each text cell a Windows-874 file could not hold: the service's
/// value but for a `?` in place of a character Windows-874 lacks
/// ([`sheet::lost_to_874`]). Returns a note per column naming its rows.
fn keep_lost_characters(
    desired: &mut [(u64, Desired)],
    planner: &Planner,
    table: &Table,
    file: &str,
) -> Vec<String> {
    let mut kept: Vec<(&'static SheetColumn, Vec<u64>)> = Vec::new();
    for (line, d) in desired.iter_mut() {
        let Some(now) = planner.current(&d.code) else {
            continue;
        };
        for col in sheet::COLUMNS.iter().filter(|c| c.is_editable()) {
            let mut edit = Edit {
                patch: std::mem::take(&mut d.patch),
                status: d.status,
            };
            let was = col.value(now, Headers::En);
            if col
                .written(&edit)
                .is_some_and(|cell| sheet::lost_to_874(&cell, &was))
                && col.set(&mut edit, Some(&was)).is_ok()
            {
                match kept.iter_mut().find(|(c, _)| c.key == col.key) {
                    Some((_, lines)) => lines.push(*line),
                    None => kept.push((col, vec![*line])),
                }
            }
            d.patch = edit.patch;
            d.status = edit.status;
        }
    }
    kept.into_iter()
        .map(|(col, lines)| {
            format!(
                "{file}: column {} ({}), {} {}: the sheet holds `?` where the service has a character Windows-874 lacks (é, a zero-width space), so {} no change; save as CSV UTF-8 to change {}",
                col.key,
                col.th,
                if table.sheet.is_none() { "line" } else { "row" },
                lines_text(&lines),
                if lines.len() == 1 { "it is" } else { "they are" },
                if lines.len() == 1 { "it" } else { "them" },
            )
        })
        .collect()
}

/// A note per column of the empty cells left as they are, without
/// `--empty-clears`, where the service holds a value.
fn left_empty(read: &Read, planner: &Planner, table: &Table, file: &str) -> Vec<String> {
    let mut left: Vec<(&'static SheetColumn, Vec<u64>)> = Vec::new();
    for (at, col) in &read.empties {
        let Some((line, d)) = read.desired.get(*at) else {
            continue;
        };
        let Some(now) = planner.current(&d.code) else {
            continue;
        };
        if col.value(now, Headers::En).trim().is_empty() {
            continue;
        }
        match left.iter_mut().find(|(c, _)| c.key == col.key) {
            Some((_, lines)) => lines.push(*line),
            None => left.push((col, vec![*line])),
        }
    }
    left.into_iter()
        .map(|(col, lines)| {
            format!(
                "{file}: column {} ({}): {} {} with an empty cell left as {} ({} {}): an empty cell clears a field only with --empty-clears",
                col.key,
                col.th,
                lines.len(),
                if lines.len() == 1 { "row" } else { "rows" },
                if lines.len() == 1 { "it is" } else { "they are" },
                if table.sheet.is_none() { "line" } else { "row" },
                lines_text(&lines),
            )
        })
        .collect()
}

/// What an import reads.
#[derive(Debug, Clone, Copy)]
pub enum Source {
    /// A CSV, in the encoding forced, if one is.
    Csv(Option<TextEncoding>),
    /// A workbook.
    Xlsx,
}

/// Reads the sheet, plans, and with `--apply` carries the plan out (`import csv`, `import xlsx`).
pub async fn run(ctx: &Context, a: Options, source: Source) -> anyhow::Result<u8> {
    let table = match source {
        Source::Csv(encoding) => sheet::read_csv(&a.file, encoding),
        Source::Xlsx => sheet::read_xlsx(&a.file),
    }
    .map_err(|e| Failure::invalid(format!("{}: {e}", a.file.display()), "nothing was sent"))?;
    let p = &ctx.printer;
    for n in &table.notes {
        p.note(&format!("{}: {n}", a.file.display()));
    }
    let mut read = read(&table, &a.file, &a);
    for n in &read.notes {
        p.note(n);
    }
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
        crate::output::write_file(
            path,
            citizeninfo_manifest::write::to_yaml(&desired)?.as_bytes(),
        )?;
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
    let mut planner = Planner::new(ctx.client()?);
    planner
        .read(
            &read
                .desired
                .iter()
                .map(|(_, d)| d.code.clone())
                .collect::<Vec<_>>(),
        )
        .await?;
    let file = a.file.display().to_string();
    if table.windows_874 {
        for note in keep_lost_characters(&mut read.desired, &planner, &table, &file) {
            p.note(&note);
        }
    }
    for note in left_empty(&read, &planner, &table, &file) {
        p.note(&note);
    }
    let wanted: Vec<Desired> = read.desired.iter().map(|(_, d)| d.clone()).collect();
    let mut refused: Vec<String> = Vec::new();
    let mut rounded: Vec<(&'static str, usize)> = Vec::new();
    for (line, d) in &read.desired {
        if let Some(now) = planner.current(&d.code) {
            let place = table.place(&file, *line);
            refused.extend(check_changes(&place, now, d, a.force));
            for key in diff::rounded(now, d) {
                match rounded.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, n)) => *n += 1,
                    None => rounded.push((key, 1)),
                }
            }
        }
    }
    if !rounded.is_empty() {
        let total: usize = rounded.iter().map(|(_, n)| n).sum();
        let each: Vec<String> = rounded
            .iter()
            .map(|(key, n)| {
                let th = fields::field(key).map_or("", |f| f.th);
                let d = read
                    .shown
                    .iter()
                    .find(|(k, _)| k == key)
                    .map_or(0, |(_, d)| *d);
                format!("{n} of {th} ({key}), shown with {d} decimals")
            })
            .collect();
        p.note(&format!(
            "{}: {total} cell{} {} the service's value rounded to the sheet's decimals ({}), so {} no change; type every decimal to change a value by less than that",
            a.file.display(),
            if total == 1 { "" } else { "s" },
            if total == 1 { "is" } else { "are" },
            each.join("; "),
            if total == 1 { "it is" } else { "they are" },
        ));
    }
    let planned = planner.plan(&wanted, planner::Options::default()).await?;
    for (i, problem) in &planned.problems {
        let (line, d) = &read.desired[*i];
        refused.push(format!(
            "{}: {}",
            table.place(&file, *line),
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
            skip_forbidden: a.bulk.skip_forbidden,
            concurrency: usize::from(a.bulk.concurrency),
            fail_fast: false,
            show_plan: true,
            brief: false,
            confirm: None,
            show_records: false,
        },
    )
    .await
}
