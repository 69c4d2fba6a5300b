//! The spreadsheet shape of the structure list, shared by `export` and `import`:
//! its columns with Thai and English headers, how each cell is written, and the
//! formula guard (OWASP's CSV-injection advice) and its undoing.

use citizeninfo_api::hours;
use citizeninfo_api::{Level, ServicePoint, Status};

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

/// A column of the sheet.
#[derive(Debug)]
pub struct SheetColumn {
    /// Machine name, for `--columns` and the English header.
    pub key: &'static str,
    /// The back office's Thai header.
    pub th: &'static str,
    /// English header.
    pub en: &'static str,
    /// What it holds.
    pub kind: Kind,
    /// Part of the back office's own export.
    pub default: bool,
    /// An import may change it.
    pub editable: bool,
}

const fn c(
    key: &'static str,
    th: &'static str,
    en: &'static str,
    kind: Kind,
    default: bool,
    editable: bool,
) -> SheetColumn {
    SheetColumn {
        key,
        th,
        en,
        kind,
        default,
        editable,
    }
}

/// Every column, the back office's own first, in its order.
pub const COLUMNS: &[SheetColumn] = &[
    c("code", "รหัสหน่วยงาน", "code", Kind::Key, true, false),
    c("type", "ประเภท", "type", Kind::Text, true, false),
    c("subtype", "ประเภทย่อย", "subtype", Kind::Text, true, false),
    c("name_th", "หน่วยงาน", "name_th", Kind::Text, true, true),
    c(
        "authorize_code",
        "Authorize Code",
        "authorize_code",
        Kind::Key,
        true,
        false,
    ),
    c("level", "ระดับ", "level", Kind::Text, true, false),
    c(
        "updated_at",
        "แก้ไขครั้งล่าสุด",
        "updated_at",
        Kind::Text,
        true,
        false,
    ),
    // The exact version the row was exported at: an import sends it as `If-Match`
    // and leaves out a row whose point changed since, so a colleague's edit made in
    // the same second is never undone.
    c("version", "เวอร์ชัน", "version", Kind::Number, true, false),
    c("name_en", "ชื่อภาษาอังกฤษ", "name_en", Kind::Text, false, true),
    c(
        "full_name",
        "ชื่อเต็มของหน่วยงาน",
        "full_name",
        Kind::Text,
        false,
        true,
    ),
    c("address_th", "ที่อยู่", "address_th", Kind::Text, false, true),
    c("province", "จังหวัด", "province", Kind::Text, false, true),
    c("lat", "ละติจูด", "lat", Kind::Number, false, true),
    c("lng", "ลองจิจูด", "lng", Kind::Number, false, true),
    c("hours", "เวลาทำการ", "hours", Kind::Text, false, true),
    c("email", "อีเมล", "email", Kind::Text, false, true),
    c(
        "telephone",
        "โทรศัพท์",
        "telephone",
        Kind::TextKeep,
        false,
        true,
    ),
    c("status", "สถานะ", "status", Kind::Text, false, true),
    c(
        "parent_code",
        "หน่วยงานที่สังกัด",
        "parent_code",
        Kind::Key,
        false,
        true,
    ),
    c("category", "หมวดหมู่", "category", Kind::Text, false, false),
    c(
        "ministry_id",
        "กระทรวง",
        "ministry_id",
        Kind::Key,
        false,
        false,
    ),
    c(
        "department_id",
        "กรม",
        "department_id",
        Kind::Key,
        false,
        false,
    ),
    c(
        "agency_id",
        "รหัสหน่วยงานต้นสังกัด",
        "agency_id",
        Kind::Key,
        false,
        false,
    ),
    c(
        "process_count",
        "จำนวนกระบวนการ",
        "process_count",
        Kind::Number,
        false,
        false,
    ),
    c(
        "copy_cancellation_percent",
        "ร้อยละการยกเลิกสำเนา",
        "copy_cancellation_percent",
        Kind::Number,
        false,
        false,
    ),
    c(
        "satisfaction_average",
        "คะแนนความพึงพอใจ",
        "satisfaction_average",
        Kind::Number,
        false,
        false,
    ),
];

/// Header language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Headers {
    /// The back office's Thai headers.
    Th,
    /// English (machine) headers.
    En,
}

impl SheetColumn {
    /// The header in a language.
    pub fn header(&self, h: Headers) -> &'static str {
        match h {
            Headers::Th => self.th,
            Headers::En => self.en,
        }
    }

    /// The cell of a point, as text; numbers and keys plain.
    pub fn value(&self, p: &ServicePoint, h: Headers) -> String {
        let s = &p.summary;
        match self.key {
            "code" => s.code.to_string(),
            "type" => s.unit_type.clone(),
            "subtype" => s.subtype.clone(),
            "name_th" => s.name_th.clone(),
            "authorize_code" => s
                .authorize_code
                .as_ref()
                .map(|c| c.to_string())
                .unwrap_or_default(),
            "level" => match h {
                Headers::Th => s.level.name_th().to_owned(),
                Headers::En => s.level.as_str().to_owned(),
            },
            "updated_at" => s
                .updated_at
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            "version" => s.version.to_string(),
            "name_en" => s.name_en.clone(),
            "full_name" => p.full_name.clone(),
            "address_th" => p.address_th.clone(),
            "province" => s.province.clone(),
            "lat" => p.lat.to_string(),
            "lng" => p.lng.to_string(),
            "hours" => hours::format(&p.hours),
            "email" => p.email.clone().unwrap_or_default(),
            "telephone" => p.telephone.clone().unwrap_or_default(),
            "status" => match h {
                Headers::Th => s.status.name_th().to_owned(),
                Headers::En => s.status.as_str().to_owned(),
            },
            "parent_code" => s
                .parent_code
                .as_ref()
                .map(|c| c.to_string())
                .unwrap_or_default(),
            "category" => s.category.clone(),
            "ministry_id" => s.ministry_id.clone(),
            "department_id" => s.department_id.clone(),
            "agency_id" => s.agency_id.clone(),
            "process_count" => s.process_count.to_string(),
            "copy_cancellation_percent" => p.copy_cancellation.percent.to_string(),
            "satisfaction_average" => p.satisfaction.average.to_string(),
            _ => String::new(),
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
    let mut out: Vec<&'static SheetColumn> = COLUMNS.iter().filter(|c| c.default).collect();
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

/// Reads a level as written in either language.
pub fn level(s: &str) -> Option<Level> {
    Level::ALL
        .into_iter()
        .find(|l| l.as_str() == s || l.name_th() == s)
}

/// Reads a status as written in either language.
pub fn status(s: &str) -> Option<Status> {
    [Status::Shown, Status::Hidden]
        .into_iter()
        .find(|st| st.as_str() == s.trim() || st.name_th() == s.trim())
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
