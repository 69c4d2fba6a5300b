//! Writing spreadsheets row by row: CSV (RFC 4180, with a UTF-8 byte-order mark so
//! Excel keeps Thai intact) and Excel workbooks whose key cells are text. A file is
//! written beside its target and renamed into place only when complete.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use rust_xlsxwriter::{Format, Workbook, XlsxError};

use super::render::csv_io;
use crate::sheet::{Kind, guard};

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

/// An Excel workbook, written in constant memory.
pub struct XlsxSink {
    workbook: Workbook,
    row: u32,
    text: Format,
    pending: Pending,
}

fn xlsx_error(e: XlsxError) -> io::Error {
    io::Error::other(e.to_string())
}

impl XlsxSink {
    /// A workbook to be saved at `target`.
    pub fn new(target: &Path) -> io::Result<XlsxSink> {
        let mut workbook = Workbook::new();
        workbook
            .add_worksheet_with_constant_memory()
            .map_err(xlsx_error)?;
        Ok(XlsxSink {
            workbook,
            row: 0,
            text: Format::new().set_num_format("@"),
            pending: Pending::new(target)?,
        })
    }
}

impl SheetSink for XlsxSink {
    fn header(&mut self, headers: &[&str]) -> io::Result<()> {
        let bold = Format::new().set_bold();
        let sheet = self.workbook.worksheet_from_index(0).map_err(xlsx_error)?;
        sheet.set_name("points").map_err(xlsx_error)?;
        for (col, h) in headers.iter().enumerate() {
            sheet
                .write_string_with_format(0, col as u16, *h, &bold)
                .map_err(xlsx_error)?;
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
        let sheet = self.workbook.worksheet_from_index(0).map_err(xlsx_error)?;
        for (col, (value, kind)) in cells.iter().enumerate() {
            let col = col as u16;
            match kind {
                Kind::Number => match value.parse::<f64>() {
                    Ok(n) => sheet.write_number(self.row, col, n).map_err(xlsx_error)?,
                    Err(_) => sheet
                        .write_string(self.row, col, value)
                        .map_err(xlsx_error)?,
                },
                Kind::Key | Kind::TextKeep => sheet
                    .write_string_with_format(self.row, col, value, &self.text)
                    .map_err(xlsx_error)?,
                Kind::Text => sheet
                    .write_string(self.row, col, value)
                    .map_err(xlsx_error)?,
            };
        }
        self.row += 1;
        Ok(())
    }

    fn finish(mut self: Box<Self>) -> io::Result<()> {
        let file = self.pending.tmp.reopen()?;
        self.workbook
            .save_to_writer(io::BufWriter::new(file))
            .map_err(xlsx_error)?;
        self.pending.commit()
    }
}
