//! The spreadsheet shape of the structure list, shared by `export` and `import`:
//! its columns with Thai and English headers, how each cell is written, and the
//! formula guard (OWASP's CSV-injection advice) and its undoing.

use std::io::Read;
use std::path::Path;

use citizeninfo_api::ServicePoint;
use citizeninfo_api::fields::{FIELDS, Field, Labels, Value};
use citizeninfo_api::rules::excerpt;

/// What a column holds, which decides how it is written and guarded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Free text: guarded against formulas.
    Text,
    /// A key typed and validated by the tool (codes, Authorize Codes): written as it is,
    /// and as a text cell in a workbook.
    Key,
    /// Free text a spreadsheet must keep as text (telephone): guarded, and a text cell.
    TextKeep,
    /// A number the tool validated: written plain.
    Number,
}

/// A column of the sheet: one field of the registry.
pub type SheetColumn = Field;

/// Every column, the back office's own first, in its order: the field registry.
pub const COLUMNS: &[SheetColumn] = FIELDS;

/// Header language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Headers {
    /// The back office's Thai headers.
    Th,
    /// English (machine) headers.
    En,
}

/// What a sheet needs of a field.
pub trait SheetCell {
    /// The header in a language: the Thai label, or the wire key.
    fn header(&self, h: Headers) -> &'static str;
    /// The cell of a point, as text; numbers and keys plain, labels in the headers'
    /// language.
    fn value(&self, p: &ServicePoint, h: Headers) -> String;
    /// How its cells are written.
    fn kind(&self) -> Kind;
}

impl SheetCell for SheetColumn {
    fn header(&self, h: Headers) -> &'static str {
        match h {
            Headers::Th => self.th,
            Headers::En => self.key,
        }
    }

    fn value(&self, p: &ServicePoint, h: Headers) -> String {
        self.read(
            p,
            match h {
                Headers::Th => Labels::Th,
                Headers::En => Labels::En,
            },
        )
    }

    fn kind(&self) -> Kind {
        match self.value {
            Value::Text => Kind::Text,
            Value::Key => Kind::Key,
            Value::Phone => Kind::TextKeep,
            Value::Number => Kind::Number,
        }
    }
}

/// Finds a column by its key or either header (trimmed, BOM removed).
pub fn by_header(header: &str) -> Option<&'static SheetColumn> {
    let h = header.trim().trim_start_matches('\u{feff}').trim();
    COLUMNS
        .iter()
        .find(|c| c.key == h || c.th == h || c.en == h || c.key.eq_ignore_ascii_case(h))
}

/// The columns to export: the back office's own, then those asked for.
pub fn pick(extra: Option<&[String]>) -> Result<Vec<&'static SheetColumn>, String> {
    let mut out: Vec<&'static SheetColumn> = COLUMNS.iter().filter(|c| c.listed).collect();
    for name in extra.unwrap_or_default() {
        let col = by_header(name).ok_or_else(|| {
            let all: Vec<&str> = COLUMNS.iter().map(|c| c.key).collect();
            format!(
                "{} is not a column; choose from {}",
                excerpt(name),
                all.join(", ")
            )
        })?;
        if !out.iter().any(|c| c.key == col.key) {
            out.push(col);
        }
    }
    Ok(out)
}

/// Characters a spreadsheet takes as the start of a formula.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Neutralises a free-text cell a spreadsheet would run as a formula, by a leading `'`.
pub fn guard(cell: String) -> String {
    if cell.starts_with(FORMULA_START) {
        format!("'{cell}")
    } else {
        cell
    }
}

/// Undoes [`guard`].
pub fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_START) => rest,
        _ => cell,
    }
}

/// Largest spreadsheet `import` reads, in bytes: a bigger file is refused by its
/// size before it is read, and reading stops one byte past it whatever the size
/// said (a pipe, a device).
pub const MAX_SHEET_BYTES: u64 = 256 << 20;
/// Longest line of a CSV sheet, in bytes: reading stops there, so one enormous
/// line is refused as soon as it passes the cap, never held whole.
pub const MAX_LINE_BYTES: u64 = 1 << 20;
/// Most characters one cell may hold: Excel's own limit for a cell.
pub const MAX_CELL_CHARS: usize = 32_767;

/// A size for people: MiB with one decimal, and the exact bytes.
pub fn size_text(bytes: u64) -> String {
    format!("{:.1} MiB ({bytes} bytes)", bytes as f64 / 1048576.0)
}

/// A sheet as read: header cells, and rows with the line (CSV) or row number
/// (workbook) people see.
pub struct Table {
    /// The first row.
    pub headers: Vec<String>,
    /// The other rows.
    pub rows: Vec<(u64, Vec<String>)>,
}

/// The file of a sheet, opened: refused when its metadata says it is bigger than
/// [`MAX_SHEET_BYTES`].
fn open_sheet(path: &Path) -> Result<(std::fs::File, std::fs::Metadata), String> {
    let file = std::fs::File::open(path).map_err(|e| e.to_string())?;
    let meta = file.metadata().map_err(|e| e.to_string())?;
    if meta.len() > MAX_SHEET_BYTES {
        return Err(format!(
            "the file is {}; a sheet may be at most {}",
            size_text(meta.len()),
            size_text(MAX_SHEET_BYTES)
        ));
    }
    Ok((file, meta))
}

/// A reader that refuses, with the message people see, a file longer than
/// [`MAX_SHEET_BYTES`] or a line longer than [`MAX_LINE_BYTES`], as soon as the
/// bytes read pass either cap.
struct Bounded<R> {
    inner: R,
    total: u64,
    line: u64,
    line_bytes: u64,
}

impl<R: Read> Read for Bounded<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.total += n as u64;
        if self.total > MAX_SHEET_BYTES {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!(
                    "the file holds more than {}, the most a sheet may hold",
                    size_text(MAX_SHEET_BYTES)
                ),
            ));
        }
        for part in buf[..n].split_inclusive(|b| *b == b'\n') {
            self.line_bytes += part.len() as u64;
            if self.line_bytes > MAX_LINE_BYTES + 1 {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    format!(
                        "line {}: the line is longer than {}, the longest a sheet's line may be",
                        self.line,
                        size_text(MAX_LINE_BYTES)
                    ),
                ));
            }
            if part.ends_with(b"\n") {
                self.line += 1;
                self.line_bytes = 0;
            }
        }
        Ok(n)
    }
}

/// A CSV error as people read it: a refusal of [`Bounded`] as it is, others with
/// their line.
fn csv_error(e: csv::Error) -> String {
    match (e.kind(), e.position()) {
        (csv::ErrorKind::Io(io), _) => io.to_string(),
        (_, Some(pos)) => format!("line {}: {e}", pos.line()),
        (_, None) => e.to_string(),
    }
}

/// Refuses a cell longer than [`MAX_CELL_CHARS`], naming its row and column.
fn check_cells(place: &str, cells: &[String]) -> Result<(), String> {
    for (i, cell) in cells.iter().enumerate() {
        let chars = cell.chars().count();
        if chars > MAX_CELL_CHARS {
            return Err(format!(
                "{place}, column {}: the cell {} is longer than {MAX_CELL_CHARS} characters, the most a cell may hold",
                i + 1,
                excerpt(cell)
            ));
        }
    }
    Ok(())
}

/// Reads a CSV file (RFC 4180, with or without a byte-order mark), record by
/// record through a [`Bounded`] reader: at most [`MAX_SHEET_BYTES`] in all, lines
/// of at most [`MAX_LINE_BYTES`], cells of at most [`MAX_CELL_CHARS`] characters.
pub fn read_csv(path: &Path) -> Result<Table, String> {
    let (file, _) = open_sheet(path)?;
    let bounded = Bounded {
        inner: file.take(MAX_SHEET_BYTES + 1),
        total: 0,
        line: 1,
        line_bytes: 0,
    };
    // The header is read as the first record, so every record's line number is
    // counted from the top of the file.
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(false)
        .from_reader(bounded);
    let mut records = reader.records();
    let headers: Vec<String> = match records.next() {
        Some(h) => h
            .map_err(csv_error)?
            .iter()
            .map(|h| h.trim_start_matches('\u{feff}').to_owned())
            .collect(),
        None => return Err("the file is empty".to_owned()),
    };
    check_cells("line 1", &headers)?;
    let mut rows = Vec::new();
    for record in records {
        let record = record.map_err(csv_error)?;
        let line = record.position().map_or(0, |p| p.line());
        let cells: Vec<String> = record.iter().map(str::to_owned).collect();
        check_cells(&format!("line {line}"), &cells)?;
        rows.push((line, cells));
    }
    Ok(Table { headers, rows })
}

/// A workbook cell as text: integral numbers without a decimal point.
fn cell_text(d: &calamine::Data) -> String {
    use calamine::Data;
    match d {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        other => other.to_string(),
    }
}

/// Reads the first sheet of an Excel workbook.
///
/// The file must be a regular file of at most [`MAX_SHEET_BYTES`] (a workbook is
/// read by seeking in it), and every cell may hold at most [`MAX_CELL_CHARS`]
/// characters.
pub fn read_xlsx(path: &Path) -> Result<Table, String> {
    use calamine::Reader;
    let (_, meta) = open_sheet(path)?;
    if !meta.is_file() {
        return Err("a workbook must be a file: it is read by seeking in it".to_owned());
    }
    let mut book = calamine::open_workbook_auto(path).map_err(|e| e.to_string())?;
    let range = book
        .worksheet_range_at(0)
        .ok_or_else(|| "the workbook has no sheet".to_owned())?
        .map_err(|e| e.to_string())?;
    let first_row = u64::from(range.start().map_or(0, |(r, _)| r)) + 1;
    let mut rows = range.rows();
    let headers: Vec<String> = rows
        .next()
        .ok_or_else(|| "the sheet is empty".to_owned())?
        .iter()
        .map(cell_text)
        .collect();
    check_cells(&format!("row {first_row}"), &headers)?;
    let mut out = Vec::new();
    for (i, r) in rows.enumerate() {
        let row = first_row + 1 + i as u64;
        let cells: Vec<String> = r.iter().map(cell_text).collect();
        check_cells(&format!("row {row}"), &cells)?;
        out.push((row, cells));
    }
    Ok(Table { headers, rows: out })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_formula_start_is_guarded_and_restored() {
        for start in FORMULA_START {
            let cell = format!("{start}SUM(A1:A2)");
            let guarded = guard(cell.clone());
            assert_eq!(guarded, format!("'{cell}"));
            assert_eq!(unguard(&guarded), cell);
        }
        assert_eq!(guard("ที่ว่าการอำเภอ".to_owned()), "ที่ว่าการอำเภอ");
        assert_eq!(unguard("'quoted on purpose"), "'quoted on purpose");
    }

    #[test]
    fn headers_in_both_languages() {
        assert_eq!(by_header("\u{feff}รหัสหน่วยงาน").map(|c| c.key), Some("code"));
        assert_eq!(by_header(" name_en ").map(|c| c.key), Some("name_en"));
        assert!(by_header("colour").is_none());
    }
}
