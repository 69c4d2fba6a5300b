//! What each record type shows: its columns, their Thai and English headers, and
//! each cell for people (`cell`) and for machines (`raw`).

use std::borrow::Cow;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::Lang;
use super::thai_date;
use citizeninfo_api::{Level, PointSummary, Status};

/// A column of a record type.
#[derive(Debug, PartialEq, Eq)]
pub struct Column {
    /// Machine name, used by `--columns` and as the CSV header.
    pub key: &'static str,
    /// Thai header.
    pub th: &'static str,
    /// English header, as a label (capitalised when it heads a column).
    pub en: &'static str,
    /// Shown when no `--columns` is given.
    pub default: bool,
}

impl Column {
    /// The header in a language; an English label is capitalised here, once for
    /// every column.
    pub fn header(&self, lang: Lang) -> Cow<'static, str> {
        match lang {
            Lang::Th => Cow::Borrowed(self.th),
            Lang::En => capitalised(self.en),
        }
    }
}

/// A label with its first letter in capitals: `last modified` → `Last modified`.
fn capitalised(label: &'static str) -> Cow<'static, str> {
    let mut chars = label.chars();
    match chars.next() {
        Some(first) if first.is_lowercase() => {
            Cow::Owned(first.to_uppercase().chain(chars).collect())
        }
        _ => Cow::Borrowed(label),
    }
}

/// A record printed as rows.
pub trait Record: Serialize {
    /// Every column, in display order.
    fn columns() -> &'static [Column];

    /// The value for machines: ISO 8601 dates, wire names.
    fn raw(&self, column: &Column) -> String;

    /// The value for people in a language.
    fn cell(&self, column: &Column, _lang: Lang) -> String {
        self.raw(column)
    }

    /// The columns named, in that order, or the default ones.
    fn pick(names: Option<&[String]>) -> Result<Vec<&'static Column>, String> {
        let columns = Self::columns();
        match names {
            None => Ok(columns.iter().filter(|c| c.default).collect()),
            Some(names) => names
                .iter()
                .map(|n| {
                    columns.iter().find(|c| c.key == n.trim()).ok_or_else(|| {
                        let all: Vec<&str> = columns.iter().map(|c| c.key).collect();
                        format!("\"{n}\" is not a column; choose from {}", all.join(", "))
                    })
                })
                .collect(),
        }
    }
}

/// A date for people: the back office's Buddhist-era form in Thai, else Bangkok time.
pub fn when(t: DateTime<Utc>, lang: Lang) -> String {
    match lang {
        Lang::Th => thai_date::short(t),
        Lang::En => thai_date::english(t),
    }
}

/// A level for people.
pub fn level(l: Level, lang: Lang) -> String {
    match lang {
        Lang::Th => l.name_th().to_owned(),
        Lang::En => l.as_str().replace('_', " "),
    }
}

/// A status for people.
pub fn status(s: Status, lang: Lang) -> String {
    match lang {
        Lang::Th => s.name_th().to_owned(),
        Lang::En => s.as_str().to_owned(),
    }
}

const fn col(key: &'static str, th: &'static str, en: &'static str, default: bool) -> Column {
    Column {
        key,
        th,
        en,
        default,
    }
}

impl Record for PointSummary {
    fn columns() -> &'static [Column] {
        const COLUMNS: &[Column] = &[
            col("code", "รหัสหน่วยงาน", "Code", true),
            col("name_th", "หน่วยงาน", "Name (Thai)", true),
            col("name_en", "ชื่อภาษาอังกฤษ", "Name (English)", false),
            col("type", "ประเภท", "Type", false),
            col("subtype", "ประเภทย่อย", "Subtype", false),
            col("category", "หมวดหมู่", "Category", false),
            col("level", "ระดับ", "Level", true),
            col("status", "สถานะ", "Status", true),
            col("province", "จังหวัด", "Province", true),
            col("process_count", "จำนวนกระบวนการ", "Processes", true),
            col("authorize_code", "Authorize Code", "Authorize Code", false),
            col("ministry_id", "กระทรวง", "Ministry", false),
            col("department_id", "กรม", "Department", false),
            col("agency_id", "หน่วยงานต้นสังกัด", "Agency", false),
            col("parent_code", "หน่วยงานที่สังกัด", "Parent", false),
            col("version", "รุ่น", "Version", false),
            col("updated_at", "แก้ไขครั้งล่าสุด", "Last modified", true),
        ];
        COLUMNS
    }

    fn raw(&self, column: &Column) -> String {
        match column.key {
            "code" => self.code.to_string(),
            "name_th" => self.name_th.clone(),
            "name_en" => self.name_en.clone(),
            "type" => self.unit_type.clone(),
            "subtype" => self.subtype.clone(),
            "category" => self.category.clone(),
            "level" => self.level.as_str().to_owned(),
            "status" => self.status.as_str().to_owned(),
            "province" => self.province.clone(),
            "process_count" => self.process_count.to_string(),
            "authorize_code" => self
                .authorize_code
                .as_ref()
                .map(|c| c.to_string())
                .unwrap_or_default(),
            "ministry_id" => self.ministry_id.clone(),
            "department_id" => self.department_id.clone(),
            "agency_id" => self.agency_id.clone(),
            "parent_code" => self
                .parent_code
                .as_ref()
                .map(|c| c.to_string())
                .unwrap_or_default(),
            "version" => self.version.to_string(),
            "updated_at" => self
                .updated_at
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            _ => String::new(),
        }
    }

    fn cell(&self, column: &Column, lang: Lang) -> String {
        match column.key {
            "level" => level(self.level, lang),
            "status" => status(self.status, lang),
            "updated_at" => when(self.updated_at, lang),
            _ => self.raw(column),
        }
    }
}

/// The word for a kind of scope.
pub fn scope_word(kind: citizeninfo_api::ScopeKind) -> &'static str {
    use citizeninfo_api::ScopeKind;
    match kind {
        ScopeKind::All => "the whole tree",
        ScopeKind::Ministry => "ministry",
        ScopeKind::Department => "department",
        ScopeKind::Agency => "agency",
        ScopeKind::Unit => "unit",
    }
}

impl Record for citizeninfo_api::Process {
    fn columns() -> &'static [Column] {
        const COLUMNS: &[Column] = &[
            col("id", "รหัส", "Id", true),
            col("name_th", "ชื่อกระบวนงาน", "Process", true),
            col("name_en", "ชื่อภาษาอังกฤษ", "Process (English)", false),
            col("category", "หมวดหมู่", "Category", true),
            col("duration_minutes", "ระยะเวลา (นาที)", "Minutes", true),
            col("fees", "ค่าธรรมเนียม (บาท)", "Fees (baht)", true),
        ];
        COLUMNS
    }

    fn raw(&self, column: &Column) -> String {
        let s = &self.summary;
        match column.key {
            "id" => s.id.to_string(),
            "name_th" => s.name_th.clone(),
            "name_en" => s.name_en.clone(),
            "category" => s.category.clone(),
            "duration_minutes" => self.manual.duration_minutes.to_string(),
            "fees" => self
                .manual
                .fees
                .iter()
                .map(|f| f.amount_baht)
                .sum::<u32>()
                .to_string(),
            _ => String::new(),
        }
    }
}

impl Record for citizeninfo_api::BoundProcess {
    fn columns() -> &'static [Column] {
        const COLUMNS: &[Column] = &[
            col("id", "รหัส", "Id", true),
            col("name_th", "ชื่อกระบวนงาน", "Process", true),
            col("category", "หมวดหมู่", "Category", true),
            col("department_id", "กรม", "Department", true),
            col("bound_at", "ผูกเมื่อ", "Bound", true),
        ];
        COLUMNS
    }

    fn raw(&self, column: &Column) -> String {
        match column.key {
            "bound_at" => self
                .bound_at
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            other => process_raw(&self.process, other),
        }
    }

    fn cell(&self, column: &Column, lang: Lang) -> String {
        match column.key {
            "bound_at" => when(self.bound_at, lang),
            _ => self.raw(column),
        }
    }
}

fn process_raw(p: &citizeninfo_api::ProcessSummary, key: &str) -> String {
    match key {
        "id" => p.id.to_string(),
        "name_th" => p.name_th.clone(),
        "name_en" => p.name_en.clone(),
        "category" => p.category.clone(),
        "department_id" => p.department_id.clone(),
        "ministry_id" => p.ministry_id.clone(),
        "open_to" => p.open_to.as_str().to_owned(),
        _ => String::new(),
    }
}

/// A process found by `manuals search`, and whether the point has it bound.
#[derive(Debug, Clone, Serialize)]
pub struct SearchRow {
    /// The process.
    #[serde(flatten)]
    pub process: citizeninfo_api::ProcessSummary,
    /// Bound to the point already.
    pub bound: bool,
}

impl Record for SearchRow {
    fn columns() -> &'static [Column] {
        const COLUMNS: &[Column] = &[
            col("id", "รหัส", "Id", true),
            col("name_th", "ชื่อกระบวนงาน", "Process", true),
            col("category", "หมวดหมู่", "Category", true),
            col("department_id", "กรม", "Department", true),
            col("open_to", "ผูกได้โดย", "Open to", true),
            col("bound", "ผูกแล้ว", "Bound", true),
        ];
        COLUMNS
    }

    fn raw(&self, column: &Column) -> String {
        match column.key {
            "bound" => self.bound.to_string(),
            other => process_raw(&self.process, other),
        }
    }

    fn cell(&self, column: &Column, lang: Lang) -> String {
        match (column.key, self.bound, lang) {
            ("bound", true, Lang::Th) => "✓".to_owned(),
            ("bound", true, Lang::En) => "yes".to_owned(),
            ("bound", false, _) => String::new(),
            _ => self.raw(column),
        }
    }
}

/// A changed value for people: text quoted, so spaces show; numbers and hours as
/// they are; `(none)` for empty.
pub fn change_value(field: &str, value: &Option<String>) -> String {
    match value {
        None => "(none)".to_owned(),
        Some(v) if matches!(field, "lat" | "lng" | "hours") => v.clone(),
        Some(v) => format!("\"{v}\""),
    }
}
