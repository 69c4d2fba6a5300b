//! `export csv` and `export xlsx`: the structure list page by page, in constant
//! memory; with `-O`, an interrupted export leaves no partial file behind.

pub mod csv;
pub mod xlsx;

use std::path::PathBuf;

use std::collections::HashMap;

use super::Context;
use clap::Subcommand;

use crate::commands::args::Filters;
use crate::commands::points;
use crate::exit::{self, Failure};
use crate::output::Shape;
use crate::output::sheet::{Cell, CsvSink, Layout, SheetSink, XlsxSink};
use crate::sheet::{self, Headers, Kind, SheetCell, SheetColumn};
use citizeninfo_api::rules::MAX_PAGE_SIZE;
use citizeninfo_api::{ProcessId, Status};

/// `export`'s subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// CSV (RFC 4180) that Excel opens with Thai intact.
    Csv(csv::Args),
    /// An Excel workbook whose codes and telephones are text cells.
    Xlsx(xlsx::Args),
}

impl Command {
    /// What it prints: a spreadsheet, whatever `-o` says.
    pub fn shape(&self) -> Shape {
        Shape::Rows
    }

    /// Runs it.
    pub async fn run(self, ctx: &Context) -> anyhow::Result<u8> {
        match self {
            Command::Csv(a) => csv::run(ctx, a).await,
            Command::Xlsx(a) => xlsx::run(ctx, a).await,
        }
    }
}

/// What goes in an exported sheet, and where (`export csv` and `export xlsx`).
#[derive(Debug, clap::Args)]
pub struct Sheet {
    /// Filters, as `points list` takes them.
    #[command(flatten)]
    pub filters: Filters,
    /// Columns to add to the back office's own, comma-separated (e.g. name_en,hours,telephone).
    #[arg(long, value_delimiter = ',')]
    pub columns: Option<Vec<String>>,
    /// Header language.
    #[arg(long, value_enum, default_value = "th")]
    pub headers: crate::sheet::Headers,
    /// One row per point-process pair instead of one per point.
    #[arg(long)]
    pub bindings: bool,
    /// Write to this file (through a temporary file, renamed when complete).
    #[arg(short = 'O', long = "output-file", value_name = "FILE")]
    pub file: Option<PathBuf>,
}

/// Which spreadsheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spreadsheet {
    /// CSV.
    Csv,
    /// Excel.
    Xlsx,
}

async fn process_names(ctx: &Context) -> anyhow::Result<HashMap<ProcessId, (String, String)>> {
    let all = ctx.client()?.all_processes().await?;
    Ok(all
        .into_iter()
        .map(|(id, p)| (id, (p.name_th, p.category)))
        .collect())
}

fn binding_headers(h: Headers) -> Vec<&'static str> {
    match h {
        Headers::Th => vec![
            "รหัสหน่วยงาน",
            "หน่วยงาน",
            "รหัสกระบวนงาน",
            "กระบวนงาน",
            "หมวดหมู่",
        ],
        Headers::En => vec![
            "code",
            "name_th",
            "process_id",
            "process_name_th",
            "category",
        ],
    }
}

/// What the read-me says of an empty cell: what `import` does with one.
pub const EMPTY_CELL: &str =
    "ช่องว่างไม่เปลี่ยนค่า: an empty cell leaves it as it is; import with --empty-clears to clear it";

/// What a workbook of `columns` shows beside its cells: the status's drop-down
/// list, and the read-me sheet saying which columns may be edited.
fn layout(columns: &[&SheetColumn], h: Headers) -> Layout {
    let lists = columns
        .iter()
        .position(|c| c.key == "status")
        .map(|at| {
            let values = [Status::Shown, Status::Hidden]
                .iter()
                .map(|s| match h {
                    Headers::Th => s.name_th().to_owned(),
                    Headers::En => s.as_str().to_owned(),
                })
                .collect();
            (at as u16, values)
        })
        .into_iter()
        .collect();
    let mut readme = vec![vec![
        "คอลัมน์ (column)".to_owned(),
        "แก้ไขได้ (may be edited)".to_owned(),
        "คำอธิบาย (about)".to_owned(),
    ]];
    for c in columns {
        let may = if c.is_editable() {
            "แก้ไขได้ (yes)"
        } else if c.key == "code" {
            "ห้ามแก้ไข (no: the key of the row)"
        } else if c.key == "version" {
            "ห้ามแก้ไข (no: guards a colleague's edit)"
        } else {
            "ห้ามแก้ไข (no: not changed by an import)"
        };
        let about = if c.clearable && c.is_editable() {
            format!("{}; {EMPTY_CELL}", c.en)
        } else if c.help.is_empty() {
            c.en.to_owned()
        } else {
            c.help.to_owned()
        };
        readme.push(vec![c.header(h).to_owned(), may.to_owned(), about]);
    }
    readme.push(Vec::new());
    readme.push(vec![
        "นำเข้า (import)".to_owned(),
        "citizeninfo import xlsx FILE".to_owned(),
        "แสดงแผนการแก้ไข; --apply แก้ไขจริง (prints the plan; --apply makes the changes)".to_owned(),
    ]);
    Layout { lists, readme }
}

/// Resolves on Ctrl-C or SIGTERM: an export stops cleanly on either.
async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

/// How a CSV is written: with the UTF-8 byte-order mark, and with cells that start
/// like a formula kept as they are (`raw`) or made text.
#[derive(Debug, Clone, Copy)]
pub struct CsvForm {
    /// Start with the byte-order mark.
    pub bom: bool,
    /// Keep formula-like cells as they are.
    pub raw: bool,
}

impl Default for CsvForm {
    fn default() -> CsvForm {
        CsvForm {
            bom: true,
            raw: false,
        }
    }
}

/// Writes the sheet (`export csv`, `export xlsx`).
pub async fn run(ctx: &Context, a: Sheet, kind: Spreadsheet, form: CsvForm) -> anyhow::Result<u8> {
    let mut columns = sheet::pick(a.columns.as_deref())
        .map_err(|e| Failure::usage(format!("--columns: {e}"), ""))?;
    // A workbook keeps the version, which no one edits, at the end; the CSV keeps
    // the back office's shape.
    if kind == Spreadsheet::Xlsx
        && let Some(at) = columns.iter().position(|c| c.key == "version")
    {
        let version = columns.remove(at);
        columns.push(version);
    }
    if kind == Spreadsheet::Xlsx && a.file.is_none() {
        return Err(Failure::usage(
            "export xlsx writes a file: give it with -O FILE",
            "for example -O points.xlsx",
        )
        .into());
    }
    if let Some(path) = &a.file {
        let folder = path
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(std::path::Path::new("."));
        if path.is_dir() {
            return Err(Failure::usage(
                format!("-O {} is a folder: give a file name", path.display()),
                "",
            )
            .into());
        }
        if !folder.is_dir() {
            return Err(Failure::usage(
                format!(
                    "-O {}: the folder {} does not exist",
                    path.display(),
                    folder.display()
                ),
                "",
            )
            .into());
        }
    }
    let client = ctx.client()?;
    let names = if a.bindings {
        Some(process_names(ctx).await?)
    } else {
        None
    };
    let mut sink: Box<dyn SheetSink> = match (kind, &a.file) {
        (Spreadsheet::Xlsx, Some(path)) => Box::new(XlsxSink::new(
            path,
            match &names {
                Some(_) => Layout::default(),
                None => layout(&columns, a.headers),
            },
        )?),
        _ => Box::new(CsvSink::new(
            a.file.as_deref(),
            ctx.printer.results(),
            form.bom,
            form.raw,
        )?),
    };
    match &names {
        Some(_) => sink.header(&binding_headers(a.headers))?,
        None => sink.header(
            &columns
                .iter()
                .map(|c| c.header(a.headers))
                .collect::<Vec<_>>(),
        )?,
    }
    let mut q = points::resolve(client, &a.filters).await?;
    q.limit = Some(MAX_PAGE_SIZE);
    let bar = ctx.printer.progress(None, "exporting points");
    let mut count = 0u64;
    let interrupted = stop_signal();
    tokio::pin!(interrupted);
    // One page in memory at a time; a signal stops the export while it waits for one.
    let mut pages = client.points_detail_pages(&q);
    loop {
        let page = tokio::select! {
            // A page that has arrived is written first, and past the last page
            // there is no request to wait for: the export ends as it would have.
            biased;
            page = pages.next_page() => page?,
            _ = &mut interrupted => {
                drop(sink);
                return Err(Failure::new(
                    exit::INTERRUPTED,
                    "the export was interrupted; no file was written",
                    "",
                ).into());
            }
        };
        let Some(page) = page else { break };
        for p in &page {
            match &names {
                Some(names) => {
                    for id in p.process_ids.as_deref().unwrap_or_default() {
                        let (name, category) = names.get(id).cloned().unwrap_or_default();
                        let cells: [Cell; 5] = [
                            (p.summary.code.to_string(), Kind::Key),
                            (p.summary.name_th.clone(), Kind::Text),
                            (id.to_string(), Kind::Key),
                            (name, Kind::Text),
                            (category, Kind::Text),
                        ];
                        sink.row(&cells)?;
                    }
                }
                None => {
                    let cells: Vec<Cell> = columns
                        .iter()
                        .map(|c| {
                            let value = c.value(p, a.headers);
                            match (kind, c.kind()) {
                                // A CSV shows the moment as text: in Bangkok time.
                                (Spreadsheet::Csv, Kind::Time) => {
                                    (sheet::bangkok_text(&value).unwrap_or(value), Kind::Time)
                                }
                                (_, k) => (value, k),
                            }
                        })
                        .collect();
                    sink.row(&cells)?;
                }
            }
        }
        count += page.len() as u64;
        bar.set_position(count);
    }
    sink.finish()?;
    bar.finish_and_clear();
    if let Some(path) = &a.file {
        ctx.printer
            .note(&format!("exported {count} points to {}", path.display()));
    }
    Ok(exit::OK)
}
