//! The spreadsheet shape of the structure list, shared by `export` and `import`:
//! its columns with Thai and English headers, how each cell is written, and the
//! formula guard (OWASP's CSV-injection advice) and its undoing.

use citizeninfo_api::ServicePoint;
use citizeninfo_api::fields::{FIELDS, Field, Labels, Value};

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
            format!("\"{name}\" is not a column; choose from {}", all.join(", "))
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

/// A sheet as read: header cells, and rows with the line (CSV) or row number
/// (workbook) people see.
pub struct Table {
    /// The first row.
    pub headers: Vec<String>,
    /// The other rows.
    pub rows: Vec<(u64, Vec<String>)>,
}

/// Reads a CSV file (RFC 4180, with or without a byte-order mark).
pub fn read_csv(path: &std::path::Path) -> Result<Table, String> {
    // The header is read as the first record, so every record's line number is
    // counted from the top of the file.
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(false)
        .from_path(path)
        .map_err(|e| e.to_string())?;
    let mut records = reader.records();
    let headers = match records.next() {
        Some(h) => h
            .map_err(|e| e.to_string())?
            .iter()
            .map(|h| h.trim_start_matches('\u{feff}').to_owned())
            .collect(),
        None => return Err("the file is empty".to_owned()),
    };
    let mut rows = Vec::new();
    for record in records {
        let record = record.map_err(|e| match e.position() {
            Some(pos) => format!("line {}: {}", pos.line(), e),
            None => e.to_string(),
        })?;
        let line = record.position().map_or(0, |p| p.line());
        rows.push((line, record.iter().map(str::to_owned).collect()));
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
pub fn read_xlsx(path: &std::path::Path) -> Result<Table, String> {
    use calamine::Reader;
    let mut book = calamine::open_workbook_auto(path).map_err(|e| e.to_string())?;
    let range = book
        .worksheet_range_at(0)
        .ok_or_else(|| "the workbook has no sheet".to_owned())?
        .map_err(|e| e.to_string())?;
    let first_row = u64::from(range.start().map_or(0, |(r, _)| r)) + 1;
    let mut rows = range.rows();
    let headers = rows
        .next()
        .ok_or_else(|| "the sheet is empty".to_owned())?
        .iter()
        .map(cell_text)
        .collect();
    let rows = rows
        .enumerate()
        .map(|(i, r)| (first_row + 1 + i as u64, r.iter().map(cell_text).collect()))
        .collect();
    Ok(Table { headers, rows })
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
