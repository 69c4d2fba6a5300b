//! Writing spreadsheets row by row: CSV (RFC 4180, with a UTF-8 byte-order mark so
//! Excel keeps Thai intact) and Excel workbooks whose key cells are text. A file is
//! written beside its target and renamed into place only when complete.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use rust_xlsxwriter::{DataValidation, ExcelDateTime, Format, Workbook, XlsxError};

use super::render::csv_io;
use crate::sheet::{BANGKOK_OFFSET_SECS, Kind, display_width, guard};

/// A cell and what it holds.
pub type Cell = (String, Kind);

/// Where rows go.
pub trait SheetSink {
    /// Writes the header row.
    fn header(&mut self, headers: &[&str]) -> io::Result<()>;
    /// Writes one row.
    fn row(&mut self, cells: &[Cell]) -> io::Result<()>;
    /// Completes the sheet: flushes, and renames a file into place.
    fn finish(self: Box<Self>) -> io::Result<()>;
}

/// A file being written beside its target, removed unless completed.
struct Pending {
    tmp: tempfile::NamedTempFile,
    target: PathBuf,
}

impl Pending {
    fn new(target: &Path) -> io::Result<Pending> {
        let dir = match target.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let name = target
            .file_name()
            .map_or_else(|| "export".into(), |n| n.to_string_lossy().into_owned());
        let tmp = tempfile::Builder::new()
            .prefix(&format!(".{name}.partial-"))
            .tempfile_in(dir)?;
        Ok(Pending {
            tmp,
            target: target.to_path_buf(),
        })
    }

    fn commit(self) -> io::Result<()> {
        self.tmp.as_file().sync_all()?;
        // A temporary file is private; an export is for sharing, like any file the user makes.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(self.tmp.path(), std::fs::Permissions::from_mode(0o644))?;
        }
        self.tmp.persist(&self.target).map_err(|e| e.error)?;
        Ok(())
    }
}

/// Writes a whole file through a temporary file renamed into place.
pub fn write_atomic(target: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut pending = Pending::new(target)?;
    pending.tmp.write_all(bytes)?;
    pending.commit()
}

/// A file written piece by piece beside its target, renamed into place by
/// [`AtomicFile::commit`]; removed if dropped before.
pub struct AtomicFile(Pending);

impl AtomicFile {
    /// Starts writing `target`.
    pub fn new(target: &Path) -> io::Result<AtomicFile> {
        Pending::new(target).map(AtomicFile)
    }

    /// Renames the complete file into place.
    pub fn commit(self) -> io::Result<()> {
        self.0.commit()
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.tmp.write(buf)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.0.tmp.flush()
    }
}

/// CSV to the result writer or a file.
pub struct CsvSink {
    writer: csv::Writer<Box<dyn Write>>,
    pending: Option<Pending>,
    raw: bool,
}

impl CsvSink {
    /// A CSV sink writing to `target`, or else to `results` (the printer's result
    /// writer); `bom` writes the UTF-8 byte-order mark first, `raw` turns the
    /// formula guard off.
    pub fn new(
        target: Option<&Path>,
        results: Box<dyn Write>,
        bom: bool,
        raw: bool,
    ) -> io::Result<CsvSink> {
        let (mut out, pending): (Box<dyn Write>, Option<Pending>) = match target {
            None => (Box::new(io::BufWriter::new(results)), None),
            Some(path) => {
                let pending = Pending::new(path)?;
                let file = pending.tmp.reopen()?;
                (Box::new(io::BufWriter::new(file)), Some(pending))
            }
        };
        if bom {
            out.write_all("\u{feff}".as_bytes())?;
        }
        Ok(CsvSink {
            writer: csv::Writer::from_writer(out),
            pending,
            raw,
        })
    }
}

impl SheetSink for CsvSink {
    fn header(&mut self, headers: &[&str]) -> io::Result<()> {
        self.writer.write_record(headers).map_err(csv_io)
    }

    fn row(&mut self, cells: &[Cell]) -> io::Result<()> {
        let raw = self.raw;
        self.writer
            .write_record(cells.iter().map(|(v, kind)| match kind {
                Kind::Text | Kind::TextKeep if !raw => guard(v.clone()),
                _ => v.clone(),
            }))
            .map_err(csv_io)
    }

    fn finish(mut self: Box<Self>) -> io::Result<()> {
        self.writer.flush()?;
        drop(self.writer);
        match self.pending {
            Some(p) => p.commit(),
            None => Ok(()),
        }
    }
}

/// Rows an Excel sheet holds, the header included.
const XLSX_MAX_ROWS: u32 = 1_048_576;

/// The widest a workbook's column is made, in characters.
const XLSX_MAX_WIDTH: usize = 60;

/// How a workbook shows a moment: a Thai date with a Buddhist-era year, in
/// Bangkok time (locale `0107041E`: Western digits, the Thai Buddhist calendar,
/// Thai), e.g. `16 เม.ย. 2563 09:03`.
pub const XLSX_DATE_FORMAT: &str = "[$-0107041E]d mmm yyyy hh:mm";

/// What a workbook shows beside its cells: the values a column's drop-down list
/// offers (the status), and the rows of its sheet "อ่านก่อน" (read me).
#[derive(Debug, Default)]
pub struct Layout {
    /// A column's index and the values its list offers.
    pub lists: Vec<(u16, Vec<String>)>,
    /// The read-me sheet's rows.
    pub readme: Vec<Vec<String>>,
}

/// The name of the read-me sheet.
pub const README_SHEET: &str = "อ่านก่อน";

/// An Excel workbook, written in constant memory: text cells for keys, date cells
/// for moments, columns as wide as their widest cell, a frozen bold header with a
/// filter, and drop-down lists.
pub struct XlsxSink {
    workbook: Workbook,
    row: u32,
    text: Format,
    date: Format,
    widths: Vec<usize>,
    layout: Layout,
    pending: Pending,
}

fn xlsx_error(e: XlsxError) -> io::Error {
    io::Error::other(e.to_string())
}

/// A moment in ISO 8601 as a workbook date in Bangkok time; `None` when it is not
/// one.
fn bangkok(text: &str) -> Option<ExcelDateTime> {
    use chrono::{Datelike, Timelike};
    let offset = chrono::FixedOffset::east_opt(BANGKOK_OFFSET_SECS)?;
    let t = chrono::DateTime::parse_from_rfc3339(text)
        .ok()?
        .with_timezone(&offset);
    ExcelDateTime::from_ymd(
        u16::try_from(t.year()).ok()?,
        u8::try_from(t.month()).ok()?,
        u8::try_from(t.day()).ok()?,
    )
    .and_then(|d| {
        d.and_hms(
            u16::try_from(t.hour()).unwrap_or_default(),
            u8::try_from(t.minute()).unwrap_or_default(),
            t.second(),
        )
    })
    .ok()
}

impl XlsxSink {
    /// A workbook to be saved at `target`.
    pub fn new(target: &Path, layout: Layout) -> io::Result<XlsxSink> {
        let mut workbook = Workbook::new();
        workbook
            .add_worksheet_with_constant_memory()
            .map_err(xlsx_error)?;
        Ok(XlsxSink {
            workbook,
            row: 0,
            text: Format::new().set_num_format("@"),
            date: Format::new().set_num_format(XLSX_DATE_FORMAT),
            widths: Vec::new(),
            layout,
            pending: Pending::new(target)?,
        })
    }

    /// Widens a column to hold `width` characters.
    fn fit(&mut self, col: usize, width: usize) {
        if self.widths.len() <= col {
            self.widths.resize(col + 1, 0);
        }
        self.widths[col] = self.widths[col].max(width.min(XLSX_MAX_WIDTH));
    }
}

impl SheetSink for XlsxSink {
    fn header(&mut self, headers: &[&str]) -> io::Result<()> {
        let bold = Format::new().set_bold();
        let sheet = self.workbook.worksheet_from_index(0).map_err(xlsx_error)?;
        sheet.set_name("points").map_err(xlsx_error)?;
        // Printed: landscape, one page wide, the header row and the code column
        // on every page.
        sheet.set_landscape();
        sheet.set_print_fit_to_pages(1, 0);
        sheet.set_repeat_rows(0, 0).map_err(xlsx_error)?;
        sheet.set_repeat_columns(0, 0).map_err(xlsx_error)?;
        for (col, h) in headers.iter().enumerate() {
            sheet
                .write_string_with_format(0, col as u16, *h, &bold)
                .map_err(xlsx_error)?;
        }
        for (col, h) in headers.iter().enumerate() {
            // Room for the filter's button.
            self.fit(col, display_width(h) + 3);
        }
        self.row = 1;
        Ok(())
    }

    fn row(&mut self, cells: &[Cell]) -> io::Result<()> {
        if self.row >= XLSX_MAX_ROWS {
            return Err(io::Error::other(format!(
                "a workbook sheet holds at most {XLSX_MAX_ROWS} rows, and this export has more: narrow it with filters, or export csv"
            )));
        }
        let mut widths = Vec::with_capacity(cells.len());
        let sheet = self.workbook.worksheet_from_index(0).map_err(xlsx_error)?;
        for (col, (value, kind)) in cells.iter().enumerate() {
            let c = col as u16;
            let mut width = display_width(value);
            match kind {
                Kind::Number => match value.parse::<f64>() {
                    Ok(n) => sheet.write_number(self.row, c, n).map_err(xlsx_error)?,
                    Err(_) => sheet.write_string(self.row, c, value).map_err(xlsx_error)?,
                },
                Kind::Time => match bangkok(value) {
                    Some(t) => {
                        // `16 เม.ย. 2563 09:03`
                        width = 18;
                        sheet
                            .write_datetime_with_format(self.row, c, t, &self.date)
                            .map_err(xlsx_error)?
                    }
                    None => sheet.write_string(self.row, c, value).map_err(xlsx_error)?,
                },
                Kind::Key | Kind::TextKeep => sheet
                    .write_string_with_format(self.row, c, value, &self.text)
                    .map_err(xlsx_error)?,
                Kind::Text => sheet.write_string(self.row, c, value).map_err(xlsx_error)?,
            };
            widths.push(width + 1);
        }
        for (col, w) in widths.into_iter().enumerate() {
            self.fit(col, w);
        }
        self.row += 1;
        Ok(())
    }

    fn finish(mut self: Box<Self>) -> io::Result<()> {
        let last_row = self.row.saturating_sub(1);
        let last_col = self.widths.len().saturating_sub(1) as u16;
        let sheet = self.workbook.worksheet_from_index(0).map_err(xlsx_error)?;
        for (col, w) in self.widths.iter().enumerate() {
            sheet
                .set_column_width(col as u16, *w as f64)
                .map_err(xlsx_error)?;
        }
        sheet.set_freeze_panes(1, 0).map_err(xlsx_error)?;
        if !self.widths.is_empty() {
            sheet
                .autofilter(0, 0, last_row, last_col)
                .map_err(xlsx_error)?;
        }
        for (col, values) in &self.layout.lists {
            let list = DataValidation::new()
                .allow_list_strings(values)
                .map_err(xlsx_error)?;
            sheet
                .add_data_validation(1, *col, XLSX_MAX_ROWS - 1, *col, &list)
                .map_err(xlsx_error)?;
        }
        if !self.layout.readme.is_empty() {
            let bold = Format::new().set_bold();
            let readme = self.workbook.add_worksheet();
            readme.set_name(README_SHEET).map_err(xlsx_error)?;
            let mut widths: Vec<usize> = Vec::new();
            for (r, cells) in self.layout.readme.iter().enumerate() {
                for (c, text) in cells.iter().enumerate() {
                    if r == 0 {
                        readme
                            .write_string_with_format(0, c as u16, text, &bold)
                            .map_err(xlsx_error)?;
                    } else {
                        readme
                            .write_string(r as u32, c as u16, text)
                            .map_err(xlsx_error)?;
                    }
                    if widths.len() <= c {
                        widths.resize(c + 1, 0);
                    }
                    widths[c] = widths[c].max((display_width(text) + 2).min(XLSX_MAX_WIDTH * 2));
                }
            }
            for (c, w) in widths.iter().enumerate() {
                readme
                    .set_column_width(c as u16, *w as f64)
                    .map_err(xlsx_error)?;
            }
            readme.set_freeze_panes(1, 0).map_err(xlsx_error)?;
        }
        let file = self.pending.tmp.reopen()?;
        self.workbook
            .save_to_writer(io::BufWriter::new(file))
            .map_err(xlsx_error)?;
        self.pending.commit()
    }
}
