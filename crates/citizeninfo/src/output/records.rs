//! What each record type shows: its columns, their Thai and English headers, and
//! each cell for people (`cell`) and for machines (`raw`). A service point's columns
//! are the field registry's: its labels are their headers, and it reads their values.

use std::borrow::Cow;
use std::sync::LazyLock;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::Lang;
use super::thai_date;
use citizeninfo_api::PointSummary;
use citizeninfo_api::fields::{self, Field, Labels};

/// A column of a record type.
#[derive(Debug)]
pub struct Column {
    /// Machine name, used by `--columns` and as the CSV header.
    pub key: &'static str,
    /// Thai header.
    pub th: &'static str,
    /// English header, as a label (capitalised when it heads a column).
    pub en: &'static str,
    /// Shown when no `--columns` is given.
    pub default: bool,
    /// The registry's field, for a service point's columns.
    pub field: Option<&'static Field>,
}

impl PartialEq for Column {
    fn eq(&self, other: &Column) -> bool {
        self.key == other.key
    }
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

    /// A service point's column: the registry's field, its labels as headers.
    fn of(field: &'static Field, default: bool) -> Column {
        Column {
            key: field.key,
            th: field.th,
            en: field.en,
            default,
            field: Some(field),
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
                        format!(
                            "{} is not a column; choose from {}",
                            citizeninfo_api::rules::excerpt(n),
                            all.join(", ")
                        )
                    })
                })
                .collect(),
        }
    }
}

/// The registry's labels for a language: Thai, or the wire's English.
pub fn labels(lang: Lang) -> Labels {
    match lang {
        Lang::Th => Labels::Th,
        Lang::En => Labels::En,
    }
}

/// One field of a whole point for people, as `points show` lists it: the registry's
/// label in a language, and its value (`-` when empty, a date as people read it).
pub fn field_row(f: &Field, p: &citizeninfo_api::ServicePoint, lang: Lang) -> (String, String) {
    let header = match lang {
        Lang::Th => f.th.to_owned(),
        Lang::En => capitalised(f.en).into_owned(),
    };
    let value = match f.key {
        "updated_at" => when(p.summary.updated_at, lang),
        _ => f.read(p, labels(lang)),
    };
    let value = if value.trim().is_empty() {
        "-".to_owned()
    } else {
        value
    };
    (header, value)
}

/// A date for people: the back office's Buddhist-era form in Thai, else Bangkok time.
pub fn when(t: DateTime<Utc>, lang: Lang) -> String {
    match lang {
        Lang::Th => thai_date::short(t),
        Lang::En => thai_date::english(t),
    }
}

const fn col(key: &'static str, th: &'static str, en: &'static str, default: bool) -> Column {
    Column {
        key,
        th,
        en,
        default,
        field: None,
    }
}

/// The columns a listing offers, by the registry's key, in the order a table shows
/// them: every field the registry reads from a listing's summary (a test keeps the
/// two together). Which, and in which order, is a choice of presentation; headers
/// and values are the registry's.
const POINT_COLUMNS: [&str; 17] = [
    "code",
    "name_th",
    "name_en",
    "type",
    "subtype",
    "category",
    "level",
    "status",
    "province",
    "process_count",
    "authorize_code",
    "ministry_id",
    "department_id",
    "agency_id",
    "parent_code",
    "version",
    "updated_at",
];

/// The columns a table shows when no `--columns` is given.
const POINT_DEFAULT: [&str; 7] = [
    "code",
    "name_th",
    "level",
    "status",
    "province",
    "process_count",
    "updated_at",
];

impl Record for PointSummary {
    fn columns() -> &'static [Column] {
        static COLUMNS: LazyLock<Vec<Column>> = LazyLock::new(|| {
            POINT_COLUMNS
                .iter()
                .filter_map(|key| fields::field(key))
                .map(|f| Column::of(f, POINT_DEFAULT.contains(&f.key)))
                .collect()
        });
        &COLUMNS
    }

    fn raw(&self, column: &Column) -> String {
        column
            .field
            .and_then(|f| f.read_summary(self, Labels::En))
            .unwrap_or_default()
    }

    fn cell(&self, column: &Column, lang: Lang) -> String {
        match column.key {
            "updated_at" => when(self.updated_at, lang),
            _ => column
                .field
                .and_then(|f| f.read_summary(self, labels(lang)))
                .unwrap_or_default(),
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

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A listing's row, as the service sends it.
    pub(crate) fn summary() -> PointSummary {
        serde_json::from_value(serde_json::json!({
            "code": "1401010000004",
            "level": "service_point",
            "type": "ส่วนราชการ",
            "subtype": "ส่วนราชการ ที่ตั้งอยู่ในภูมิภาค",
            "category": "จดทะเบียน",
            "ministry_id": "14",
            "department_id": "1401",
            "agency_id": "140101",
            "parent_code": "1401010000001",
            "name_th": "กรมการปกครอง สำนักงานจังหวัดชลบุรี",
            "name_en": "Chon Buri Provincial Office",
            "province": "ชลบุรี",
            "authorize_code": "3D983601F41FF0E",
            "status": "hidden",
            "process_count": 24,
            "version": 7,
            "updated_at": "2020-04-16T02:03:00Z"
        }))
        .unwrap()
    }

    #[test]
    fn a_listings_columns_are_the_registrys_summary_fields() {
        let s = summary();
        let mut offered: Vec<&str> = PointSummary::columns().iter().map(|c| c.key).collect();
        let mut readable: Vec<&str> = fields::FIELDS
            .iter()
            .filter(|f| f.read_summary(&s, Labels::En).is_some())
            .map(|f| f.key)
            .collect();
        assert_eq!(offered.len(), POINT_COLUMNS.len(), "every key is a field");
        offered.sort_unstable();
        readable.sort_unstable();
        assert_eq!(offered, readable);
        let defaults: Vec<&str> = PointSummary::pick(None)
            .unwrap()
            .iter()
            .map(|c| c.key)
            .collect();
        assert_eq!(defaults, POINT_DEFAULT);
    }

    #[test]
    fn headers_and_values_are_the_registrys() {
        let s = summary();
        for c in PointSummary::columns() {
            let f = fields::field(c.key).unwrap();
            assert_eq!(c.header(Lang::Th), f.th);
            assert_eq!(
                c.header(Lang::En).to_lowercase(),
                f.en.to_lowercase(),
                "{}",
                c.key
            );
            assert_eq!(Some(s.raw(c)), f.read_summary(&s, Labels::En), "{}", c.key);
        }
        let version = PointSummary::pick(Some(&["version".to_owned()])).unwrap()[0];
        assert_eq!(version.header(Lang::Th), "เวอร์ชัน");
        assert_eq!(version.header(Lang::En), "Version");
        assert_eq!(s.cell(version, Lang::Th), "7");
        let updated = PointSummary::pick(Some(&["updated_at".to_owned()])).unwrap()[0];
        assert_eq!(updated.header(Lang::En), "Last modified");
        assert_eq!(s.raw(updated), "2020-04-16T02:03:00Z");
        assert_eq!(s.cell(updated, Lang::Th), "16 เม.ย. 63, 09.03 น.");
        let status = PointSummary::pick(Some(&["status".to_owned()])).unwrap()[0];
        assert_eq!(s.cell(status, Lang::Th), "ซ่อน");
        assert_eq!(s.cell(status, Lang::En), "hidden");
        let err = PointSummary::pick(Some(&["hours".to_owned()])).unwrap_err();
        assert!(
            err.starts_with("\"hours\" is not a column; choose from code, name_th,"),
            "{err}"
        );
    }
}
