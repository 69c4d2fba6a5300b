//! A service point's fields, declared once: wire key, Thai and English labels, the
//! flag that sets it, whether it is edited or only stated at creation, how a text
//! value is read into an edit, and how the value is read from a record. Flags,
//! spreadsheet columns, the editor form, plans and validation derive from this
//! table; each front end maps a field to its own place (a flag, a sheet cell,
//! `file:line:column`).
//!
//! Each field also says how the sandbox keeps it (its [`Column`]: the column of the
//! table `points` and how its value is stored), from which the sandbox's store makes
//! its SQL, and where `points show` lists it ([`Field::info`]).
//!
//! Adding a field: a row here (with its column), its member in the wire models
//! (`models.rs`), a migration adding its column (the sandbox's `db.rs`), and its
//! rule in [`validate_patch`] (`rules.rs`) if it has one. See the README's Layout.

use crate::checks::Checker;
use crate::hours;
use crate::rules::{MAX_ADDRESS_CHARS, MAX_NAME_CHARS, excerpt};
use unicode_normalization::UnicodeNormalization;

use crate::{
    FieldError, Level, NewPoint, OpeningPeriod, PointCode, PointPatch, PointSummary, ServicePoint,
    Status,
};

/// How a field may change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// Edited on an existing point, and stated when creating one.
    Editable,
    /// Stated only when creating a point.
    Creation,
    /// Set by the service.
    ReadOnly,
}

/// What a value is, which decides how a sheet or a table keeps it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value {
    /// Free text.
    Text,
    /// An identifier of digits and letters that must stay text (Authorize Codes, ids).
    Key,
    /// A unit's 13-digit code (รหัสหน่วยงาน): text, and a spreadsheet that took it
    /// for a number dropped its leading 0 (ministries 01 to 09).
    Code,
    /// Free text a spreadsheet must keep as text (telephones lose their leading 0).
    Phone,
    /// A number.
    Number,
    /// A moment, ISO 8601 in UTC (a workbook shows it as a date in Bangkok time).
    Time,
}

/// Which labels a value is shown with: the back office's Thai, or the wire's English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Labels {
    /// แสดง, จุดบริการ, ...
    Th,
    /// shown, service_point, ...
    En,
}

/// What an edit wants: the fields of a patch and the status.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Edit {
    /// The fields.
    pub patch: PointPatch,
    /// The status.
    pub status: Option<Status>,
}

/// How the sandbox keeps a field in its table of points: the column, and how the
/// wire value converts to the column's value and back. Plain data: the sandbox's
/// store builds its column lists, reads rows by column name, and makes its one
/// INSERT and its UPDATEs from these (this crate has no SQL).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// The column's name in the table `points`.
    pub name: &'static str,
    /// How its value is kept.
    pub storage: Storage,
}

/// How a wire value is kept in a column, and read back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Storage {
    /// Text, never null (`TEXT NOT NULL`): a string on the wire (names, codes, a
    /// wire-named level or status, a time in RFC 3339).
    Text,
    /// Text or null (`TEXT`): a string, or `null` on the wire.
    OptionalText,
    /// A number (`REAL NOT NULL`).
    Real,
    /// A whole number (`INTEGER NOT NULL`).
    Integer,
    /// Opening hours (`TEXT NOT NULL`): the wire's list of periods as JSON text,
    /// sorted by day and time.
    Hours,
}

impl Storage {
    /// True when the column may hold null.
    pub fn nullable(self) -> bool {
        self == Storage::OptionalText
    }
}

/// How a field's value is read from a record: from the summary every listing
/// carries, or from the whole point.
#[derive(Debug, Clone, Copy)]
pub enum Read {
    /// From the summary (listings, the structure list).
    Summary(fn(&PointSummary, Labels) -> String),
    /// From the whole point.
    Detail(fn(&ServicePoint, Labels) -> String),
}

/// Where an edited field lives in an [`Edit`]: how a text value is read into it,
/// how its value is written as text, and how it is copied from one edit to another.
#[derive(Debug, Clone, Copy)]
struct Slot {
    set: fn(&mut Edit, Option<&str>) -> Result<(), String>,
    get: fn(&Edit) -> Option<String>,
    copy: fn(&Edit, &mut Edit),
}

/// One field of a service point.
#[derive(Debug)]
pub struct Field {
    /// The wire key, also the manifest key and the English sheet header.
    pub key: &'static str,
    /// The back office's Thai label and sheet header.
    pub th: &'static str,
    /// The English label.
    pub en: &'static str,
    /// One line of help for its flag.
    pub help: &'static str,
    /// The command-line flag that sets it (without `--`), when there is one.
    pub flag: Option<&'static str>,
    /// How it may change.
    pub change: Change,
    /// What it holds.
    pub value: Value,
    /// Part of the back office's own structure list (and its export).
    pub listed: bool,
    /// May be emptied.
    pub clearable: bool,
    /// How the sandbox keeps it; `None` for a value the service computes (the
    /// processes bound, copy cancellation, satisfaction).
    pub column: Option<Column>,
    /// Its place in the information tab of `points show` (smaller first); `None`
    /// when the tab does not list it.
    pub info: Option<u8>,
    read: Read,
    slot: Option<Slot>,
}

impl Field {
    /// The value of a record, as text; empty when the field is empty.
    pub fn read(&self, p: &ServicePoint, labels: Labels) -> String {
        match self.read {
            Read::Summary(read) => read(&p.summary, labels),
            Read::Detail(read) => read(p, labels),
        }
    }

    /// The value of a listing's summary, when the summary carries it.
    pub fn read_summary(&self, s: &PointSummary, labels: Labels) -> Option<String> {
        match self.read {
            Read::Summary(read) => Some(read(s, labels)),
            Read::Detail(_) => None,
        }
    }

    /// True when an edit may set it.
    pub fn is_editable(&self) -> bool {
        self.change == Change::Editable && self.slot.is_some()
    }

    /// Reads a text value into an edit: `None` (an empty cell, an empty string)
    /// clears the field where that is allowed. The value's own form is checked here
    /// (a number, opening hours, a code); the rules across fields by [`validate_patch`].
    /// Text is trimmed and NFC-normalised.
    pub fn set(&self, edit: &mut Edit, text: Option<&str>) -> Result<(), String> {
        let Some(slot) = self.slot.filter(|_| self.change == Change::Editable) else {
            return Err(format!("{} is not edited: the service sets it", self.key));
        };
        let text = text.map(str::trim).filter(|t| !t.is_empty());
        if text.is_none() && !self.clearable {
            return Err("cannot be emptied: this field must have a value".to_owned());
        }
        (slot.set)(edit, text)
    }

    /// What an edit states for it, as text (empty: cleared); `None` when the edit
    /// leaves it alone. Reading this text back with [`Field::set`] gives the same value.
    pub fn written(&self, edit: &Edit) -> Option<String> {
        self.slot.and_then(|s| (s.get)(edit))
    }

    /// Copies its value, stated or not, from one edit into another.
    pub fn copy(&self, from: &Edit, to: &mut Edit) {
        if let Some(s) = self.slot {
            (s.copy)(from, to);
        }
    }

    /// True when two values of it are the same: numbers by value, text once
    /// normalised (Thai typed on another keyboard is not a change).
    pub fn same(&self, a: &str, b: &str) -> bool {
        match self.value {
            Value::Number => match (a.trim().parse::<f64>(), b.trim().parse::<f64>()) {
                (Ok(x), Ok(y)) => (x - y).abs() <= 1e-9,
                _ => normal(a) == normal(b),
            },
            _ => normal(a) == normal(b),
        }
    }

    /// Two values of it as [`Field::same`] compares them, or, for a number shown
    /// with `decimals` digits after the point (a sheet's precision), when `now`
    /// rounded to them is `shown` ([`rounds_to`]): 13.761867 shown as 13.762 is no
    /// change.
    pub fn same_as_shown(&self, now: &str, shown: &str, decimals: Option<u32>) -> bool {
        if self.same(now, shown) {
            return true;
        }
        match (
            self.value,
            decimals,
            now.trim().parse::<f64>(),
            shown.trim().parse::<f64>(),
        ) {
            (Value::Number, Some(d), Ok(n), Ok(s)) => rounds_to(n, s, d),
            _ => false,
        }
    }

    /// A value a spreadsheet may have taken for a number, as it was typed: `None`
    /// when it is as typed, the value with its leading 0 back when exactly one 0
    /// gives the field's form (a code of 12 digits; a telephone of 8 digits 2 to 7,
    /// a landline, or 9 digits 6, 8 or 9, a mobile), and an error when a
    /// spreadsheet lost digits no one can restore (scientific notation, or no
    /// single 0 gives the form). Only codes and telephones are mangled so.
    pub fn unnumber(&self, text: &str) -> Result<Option<String>, String> {
        let t = text.trim();
        if !matches!(self.value, Value::Code | Value::Phone) || t.is_empty() {
            return Ok(None);
        }
        let upper = t.to_ascii_uppercase();
        if upper.contains("E+")
            && upper
                .chars()
                .all(|c| c.is_ascii_digit() || ".,E+".contains(c))
        {
            return Err(format!(
                "{} was turned into a number in scientific notation by a spreadsheet, and its digits are lost; export as xlsx, or format the column as text before typing {}",
                excerpt(t),
                if self.value == Value::Code {
                    "codes"
                } else {
                    "telephones"
                }
            ));
        }
        if t.starts_with('0') || !t.bytes().all(|b| b.is_ascii_digit()) {
            return Ok(None);
        }
        let first = t.as_bytes()[0];
        let restored = match (self.value, t.len()) {
            (Value::Code, 13) => return Ok(None),
            (Value::Code, 12) => Some(format!("0{t}")),
            (Value::Code, _) => None,
            // A 4-digit hotline (1111, 1548) is as typed.
            (_, 4) if first == b'1' => return Ok(None),
            (_, 8) if (b'2'..=b'7').contains(&first) => Some(format!("0{t}")),
            (_, 9) if [b'6', b'8', b'9'].contains(&first) => Some(format!("0{t}")),
            _ => None,
        };
        restored.map(Some).ok_or_else(|| match self.value {
            Value::Code => format!(
                "{} is not a code of 13 digits, and no single leading 0 makes it one; a spreadsheet may have taken it for a number: format the column as text and type the code again",
                excerpt(t)
            ),
            _ => format!(
                "{} has no leading 0, and no single 0 makes it a Thai telephone (9 digits for a landline, 0 2 to 0 7; 10 for a mobile, 06, 08, 09); a spreadsheet may have taken it for a number: format the column as text and type it again, e.g. with spaces",
                excerpt(t)
            ),
        })
    }

    /// True when a person states it in a point document or manifest: the code, and
    /// every field that is not set by the service.
    pub fn is_stated(&self) -> bool {
        self.key == "code" || self.change != Change::ReadOnly
    }

    /// The flag, with its dashes: `--name-th`.
    pub fn flag_name(&self) -> String {
        self.flag
            .map_or_else(|| self.key.to_owned(), |f| format!("--{f}"))
    }
}

/// Text as compared and sent: NFC-normalised and trimmed, so Thai typed on another
/// keyboard is not a change.
pub fn normal(s: &str) -> std::borrow::Cow<'_, str> {
    let s = s.trim();
    // Most text is in NFC already: a quick check spares composing it again.
    if s.is_ascii()
        || unicode_normalization::is_nfc_quick(s.chars())
            == unicode_normalization::IsNormalized::Yes
    {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(s.nfc().collect())
}

/// Digits after the decimal point of a number as written: 3 in `13.762`, 2 in
/// `100.50`, none in `100`.
pub fn decimals(text: &str) -> Option<u32> {
    let t = text.trim();
    t.parse::<f64>().ok()?;
    let (_, fraction) = t.split_once('.')?;
    let digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
    u32::try_from(digits).ok().filter(|d| *d > 0)
}

/// True when `now` rounded to `decimals` digits after the point is `shown`: it is
/// within half a unit of the last digit shown.
pub fn rounds_to(now: f64, shown: f64, decimals: u32) -> bool {
    let half = 0.5 * 10f64.powi(-i32::try_from(decimals).unwrap_or(i32::MAX));
    (now - shown).abs() <= half * (1.0 + 1e-9)
}

/// A value an edit holds, read from text and written back as text.
trait SlotValue: Sized + Clone {
    /// From a trimmed, non-empty text, or `None` to clear.
    fn parse(text: Option<&str>) -> Result<Self, String>;
    /// As text; `None` when not stated, empty when cleared.
    fn text(&self) -> Option<String>;
}

impl SlotValue for Option<String> {
    fn parse(text: Option<&str>) -> Result<Self, String> {
        text.map(|t| Some(normal(t).into_owned()))
            .ok_or_else(|| "cannot be emptied: this field must have a value".to_owned())
    }
    fn text(&self) -> Option<String> {
        self.clone()
    }
}

impl SlotValue for Option<Option<String>> {
    fn parse(text: Option<&str>) -> Result<Self, String> {
        Ok(Some(text.map(|t| normal(t).into_owned())))
    }
    fn text(&self) -> Option<String> {
        self.as_ref().map(|v| v.clone().unwrap_or_default())
    }
}

impl SlotValue for Option<f64> {
    fn parse(text: Option<&str>) -> Result<Self, String> {
        let v = text.unwrap_or_default();
        v.parse::<f64>()
            .ok()
            .filter(|n| n.is_finite())
            .map(Some)
            .ok_or_else(|| format!("{} is not a number", excerpt(v)))
    }
    fn text(&self) -> Option<String> {
        self.map(|v| v.to_string())
    }
}

impl SlotValue for Option<Vec<OpeningPeriod>> {
    fn parse(text: Option<&str>) -> Result<Self, String> {
        // An empty value (an unset shell variable, an empty cell) never wipes a
        // week's hours: the parser refuses it, and `closed` says there are none.
        hours::parse(text.unwrap_or_default())
            .map(Some)
            .map_err(|e| e.to_string())
    }
    fn text(&self) -> Option<String> {
        self.as_ref().map(|h| {
            let mut h = h.clone();
            h.sort();
            h.dedup();
            hours::format(&h)
        })
    }
}

impl SlotValue for Option<Option<PointCode>> {
    fn parse(text: Option<&str>) -> Result<Self, String> {
        match text {
            Some(v) => Ok(Some(Some(
                v.parse().map_err(|e: String| format!("the code {e}"))?,
            ))),
            None => Ok(Some(None)),
        }
    }
    fn text(&self) -> Option<String> {
        self.as_ref().map(code_text)
    }
}

impl SlotValue for Option<Status> {
    fn parse(text: Option<&str>) -> Result<Self, String> {
        let v = text.unwrap_or_default();
        status_of(v).map(Some).ok_or_else(|| {
            format!(
                "{} is not a status: write แสดง/ซ่อน or shown/hidden",
                excerpt(v)
            )
        })
    }
    fn text(&self) -> Option<String> {
        self.map(|s| s.as_str().to_owned())
    }
}

/// A status as written in either language (แสดง / shown): the one reader of its
/// labels.
pub fn status_of(v: &str) -> Option<Status> {
    let v = v.trim();
    [Status::Shown, Status::Hidden]
        .into_iter()
        .find(|s| s.as_str().eq_ignore_ascii_case(v) || s.name_th() == v)
}

/// A level as written in either language (จุดบริการ / service_point): the one
/// reader of its labels.
pub fn level_of(v: &str) -> Option<Level> {
    let v = v.trim();
    Level::ALL
        .into_iter()
        .find(|l| l.as_str().eq_ignore_ascii_case(v) || l.name_th() == v)
}

fn code_text(c: &Option<PointCode>) -> String {
    c.as_ref().map(|c| c.to_string()).unwrap_or_default()
}

macro_rules! field {
    (@slot) => { None };
    // An edited field: `edit: <its place in an Edit>`.
    (@slot $($slot:ident).+) => {
        Some(Slot {
            set: |e, v| {
                e.$($slot).+ = SlotValue::parse(v)?;
                Ok(())
            },
            get: |e| SlotValue::text(&e.$($slot).+),
            copy: |from, to| to.$($slot).+ = from.$($slot).+.clone(),
        })
    };
    (@column) => { None };
    // A kept field: `column: "<its column>" as <its Storage>`.
    (@column $name:literal $storage:ident) => {
        Some(Column { name: $name, storage: Storage::$storage })
    };
    (@info) => { None };
    (@info $info:literal) => { Some($info) };
    ($key:literal, $th:literal, $en:literal, $help:literal, $flag:expr, $change:ident, $value:ident, listed: $listed:literal, clearable: $clear:literal, read: $read:expr
        $(, edit: $($slot:ident).+)? $(, column: $column:literal as $storage:ident)? $(, info: $info:literal)?) => {
        Field {
            key: $key,
            th: $th,
            en: $en,
            help: $help,
            flag: $flag,
            change: Change::$change,
            value: Value::$value,
            listed: $listed,
            clearable: $clear,
            column: field!(@column $($column $storage)?),
            info: field!(@info $($info)?),
            read: $read,
            slot: field!(@slot $($($slot).+)?),
        }
    };
}

/// Every field, the back office's structure list first, in its order.
pub const FIELDS: &[Field] = &[
    field!("code", "รหัสหน่วยงาน", "code", "", None, ReadOnly, Code, listed: true, clearable: false,
        read: Read::Summary(|s, _| s.code.to_string()), column: "code" as Text),
    field!("type", "ประเภท", "type", "Type (ประเภท).", Some("type"), Creation, Text, listed: true, clearable: false,
        read: Read::Summary(|s, _| s.unit_type.clone()), column: "unit_type" as Text, info: 5),
    field!("subtype", "ประเภทย่อย", "subtype", "Subtype (ประเภทย่อย).", Some("subtype"), Creation, Text, listed: true, clearable: false,
        read: Read::Summary(|s, _| s.subtype.clone()), column: "subtype" as Text, info: 6),
    field!("name_th", "หน่วยงาน", "Thai name", "Display name in Thai.", Some("name-th"), Editable, Text, listed: true, clearable: false,
        read: Read::Summary(|s, _| s.name_th.clone()), edit: patch.name_th, column: "name_th" as Text, info: 1),
    field!("authorize_code", "Authorize Code", "Authorize Code", "", None, ReadOnly, Key, listed: true, clearable: false,
        read: Read::Summary(|s, _| s.authorize_code.as_ref().map(|c| c.to_string()).unwrap_or_default()), column: "authorize_code" as Text, info: 17),
    field!("level", "ระดับ", "level", "Level [default: service_point].", Some("level"), Creation, Text, listed: true, clearable: false,
        read: Read::Summary(|s, l| match l { Labels::Th => s.level.name_th().to_owned(), Labels::En => s.level.as_str().to_owned() }), column: "level" as Text, info: 4),
    field!("updated_at", "แก้ไขครั้งล่าสุด", "last modified", "", None, ReadOnly, Time, listed: true, clearable: false,
        read: Read::Summary(|s, _| s.updated_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)), column: "updated_at" as Text),
    // The exact version a record was read at: an import sends it as `If-Match` and
    // leaves out a row whose point changed since, so a colleague's edit made in the
    // same second is never undone.
    field!("version", "เวอร์ชัน", "version", "", None, ReadOnly, Number, listed: true, clearable: false,
        read: Read::Summary(|s, _| s.version.to_string()), column: "version" as Integer),
    field!("name_en", "ชื่อภาษาอังกฤษ", "English name", "Display name in English.", Some("name-en"), Editable, Text, listed: false, clearable: false,
        read: Read::Summary(|s, _| s.name_en.clone()), edit: patch.name_en, column: "name_en" as Text, info: 2),
    field!("full_name", "ชื่อเต็มของหน่วยงาน", "full name", "Full name of the unit.", Some("full-name"), Editable, Text, listed: false, clearable: false,
        read: Read::Detail(|p, _| p.full_name.clone()), edit: patch.full_name, column: "full_name" as Text, info: 3),
    field!("address_th", "ที่อยู่", "address", "Address in Thai.", Some("address"), Editable, Text, listed: false, clearable: false,
        read: Read::Detail(|p, _| p.address_th.clone()), edit: patch.address_th, column: "address_th" as Text, info: 10),
    field!("province", "จังหวัด", "province", "Province, in Thai.", Some("province"), Editable, Text, listed: false, clearable: false,
        read: Read::Summary(|s, _| s.province.clone()), edit: patch.province, column: "province" as Text, info: 11),
    field!("lat", "ละติจูด", "latitude", "Latitude (Thailand: 5.6 to 20.5).", Some("lat"), Editable, Number, listed: false, clearable: false,
        read: Read::Detail(|p, _| p.lat.to_string()), edit: patch.lat, column: "lat" as Real, info: 12),
    field!("lng", "ลองจิจูด", "longitude", "Longitude (Thailand: 97.3 to 105.7).", Some("lng"), Editable, Number, listed: false, clearable: false,
        read: Read::Detail(|p, _| p.lng.to_string()), edit: patch.lng, column: "lng" as Real, info: 13),
    field!("hours", "เวลาทำการ", "opening hours", "Opening hours, e.g. \"mon-fri 08:30-12:00,13:00-16:30; sat 09:00-12:00\".", Some("hours"), Editable, Text, listed: false, clearable: true,
        read: Read::Detail(|p, l| match l { Labels::Th => hours::format_th(&p.hours), Labels::En => hours::format(&p.hours) }), edit: patch.hours, column: "hours" as Hours, info: 14),
    field!("email", "อีเมล", "e-mail", "E-mail; an empty value clears it.", Some("email"), Editable, Text, listed: false, clearable: true,
        read: Read::Detail(|p, _| p.email.clone().unwrap_or_default()), edit: patch.email, column: "email" as OptionalText, info: 15),
    field!("telephone", "โทรศัพท์", "telephone", "Telephone; an empty value clears it.", Some("telephone"), Editable, Phone, listed: false, clearable: true,
        read: Read::Detail(|p, _| p.telephone.clone().unwrap_or_default()), edit: patch.telephone, column: "telephone" as OptionalText, info: 16),
    field!("status", "สถานะ", "status", "", None, Editable, Text, listed: false, clearable: false,
        read: Read::Summary(|s, l| match l { Labels::Th => s.status.name_th().to_owned(), Labels::En => s.status.as_str().to_owned() }),
        edit: status, column: "status" as Text, info: 8),
    field!("parent_code", "หน่วยงานที่สังกัด", "parent unit", "Parent unit's code; an empty value makes it a root of its agency.", Some("parent"), Editable, Code, listed: false, clearable: true,
        read: Read::Summary(|s, _| code_text(&s.parent_code)), edit: patch.parent_code, column: "parent_code" as OptionalText, info: 9),
    field!("category", "หมวดหมู่", "category", "Category (หมวดหมู่).", Some("category"), Creation, Text, listed: false, clearable: false,
        read: Read::Summary(|s, _| s.category.clone()), column: "category" as Text, info: 7),
    field!("ministry_id", "กระทรวง", "ministry", "", None, ReadOnly, Key, listed: false, clearable: false,
        read: Read::Summary(|s, _| s.ministry_id.clone()), column: "ministry_id" as Text),
    field!("department_id", "กรม", "department", "", None, ReadOnly, Key, listed: false, clearable: false,
        read: Read::Summary(|s, _| s.department_id.clone()), column: "department_id" as Text),
    field!("agency_id", "รหัสหน่วยงานต้นสังกัด", "agency", "The agency id it belongs to.", Some("agency"), Creation, Key, listed: false, clearable: false,
        read: Read::Summary(|s, _| s.agency_id.clone()), column: "agency_id" as Text),
    field!("process_count", "จำนวนกระบวนการ", "processes bound", "", None, ReadOnly, Number, listed: false, clearable: false,
        read: Read::Summary(|s, _| s.process_count.to_string())),
    field!("copy_cancellation_percent", "ร้อยละการยกเลิกสำเนา", "copy cancellation %", "", None, ReadOnly, Number, listed: false, clearable: false,
        read: Read::Detail(|p, _| p.copy_cancellation.percent.to_string())),
    field!("satisfaction_average", "คะแนนความพึงพอใจ", "satisfaction", "", None, ReadOnly, Number, listed: false, clearable: false,
        read: Read::Detail(|p, _| p.satisfaction.average.to_string())),
];

/// The message of a field a creation needs and does not state.
pub const NEEDED_TO_CREATE: &str = "is needed to create a point";

/// What a new point must state, by wire key; the others are optional.
pub const REQUIRED_TO_CREATE: [&str; 12] = [
    "code",
    "agency_id",
    "type",
    "subtype",
    "category",
    "name_th",
    "name_en",
    "full_name",
    "address_th",
    "province",
    "lat",
    "lng",
];

/// A field by its wire key.
pub fn field(key: &str) -> Option<&'static Field> {
    FIELDS.iter().find(|f| f.key == key)
}

/// The fields an edit may set, in table order.
pub fn editable() -> impl Iterator<Item = &'static Field> {
    FIELDS.iter().filter(|f| f.is_editable())
}

/// The fields the information tab of `points show` lists, in its order
/// ([`Field::info`]).
pub fn information() -> Vec<&'static Field> {
    let mut shown: Vec<&'static Field> = FIELDS.iter().filter(|f| f.info.is_some()).collect();
    shown.sort_by_key(|f| f.info);
    shown
}

/// The fields the sandbox keeps in columns, in table order, each with its column.
pub fn columns() -> impl Iterator<Item = (&'static Field, Column)> {
    FIELDS.iter().filter_map(|f| f.column.map(|c| (f, c)))
}

/// A point as a person states it, value by value (flags, a point document, a
/// manifest entry): its code, the edit of its editable fields, and the values only a
/// creation states. Each front end names a problem at its own place.
#[derive(Debug, Clone, Default)]
pub struct Statement {
    /// The code, when stated.
    pub code: Option<PointCode>,
    /// The editable fields and the status.
    pub edit: Edit,
    creation: Vec<(&'static Field, String)>,
}

impl Statement {
    /// Reads one value of a field; `None` or empty text is an empty value. The
    /// value's own form is checked here; the rules across fields by [`validate_patch`].
    pub fn state(&mut self, f: &'static Field, text: Option<&str>) -> Result<(), String> {
        let text = text.map(str::trim).filter(|t| !t.is_empty());
        match f.change {
            Change::Editable => f.set(&mut self.edit, text),
            Change::Creation => {
                let Some(t) = text else {
                    return Err("cannot be emptied: this field must have a value".to_owned());
                };
                if f.key == "level" && level_of(t).is_none() {
                    return Err(format!(
                        "{} is not a level: head_agency, central_unit or service_point",
                        excerpt(t)
                    ));
                }
                self.creation.retain(|(x, _)| x.key != f.key);
                self.creation.push((f, normal(t).into_owned()));
                Ok(())
            }
            Change::ReadOnly if f.key == "code" => {
                self.code = Some(text.unwrap_or_default().parse()?);
                Ok(())
            }
            Change::ReadOnly => Err(format!("{} is not stated: the service sets it", f.key)),
        }
    }

    /// The fields only a creation states that are stated, in the order stated.
    pub fn creation_fields(&self) -> impl Iterator<Item = &'static Field> + '_ {
        self.creation.iter().map(|(f, _)| *f)
    }

    /// True when it states a value for the field.
    pub fn states(&self, key: &str) -> bool {
        match field(key) {
            Some(f) if f.key == "code" => self.code.is_some(),
            Some(f) if f.change == Change::Creation => self.creation_text(key).is_some(),
            Some(f) => f.written(&self.edit).is_some_and(|v| !v.is_empty()),
            None => false,
        }
    }

    fn creation_text(&self, key: &str) -> Option<String> {
        self.creation
            .iter()
            .find(|(f, _)| f.key == key)
            .map(|(_, v)| v.clone())
    }

    /// The new point it states, checked by every rule at once: first each field a
    /// creation needs that is missing ([`REQUIRED_TO_CREATE`]), then [`validate_new`].
    pub fn new_point(&self) -> Result<NewPoint, Vec<FieldError>> {
        let missing: Vec<FieldError> = REQUIRED_TO_CREATE
            .iter()
            .filter(|k| !self.states(k))
            .map(|k| FieldError {
                field: (*k).to_owned(),
                message: NEEDED_TO_CREATE.to_owned(),
            })
            .collect();
        let Some(code) = self.code.clone().filter(|_| missing.is_empty()) else {
            return Err(missing);
        };
        let p = &self.edit.patch;
        let text = |k: &str| self.creation_text(k).unwrap_or_default();
        let new = NewPoint {
            code,
            agency_id: text("agency_id"),
            parent_code: p.parent_code.clone().flatten(),
            level: level_of(&text("level")).unwrap_or(Level::ServicePoint),
            unit_type: text("type"),
            subtype: text("subtype"),
            category: text("category"),
            name_th: p.name_th.clone().unwrap_or_default(),
            name_en: p.name_en.clone().unwrap_or_default(),
            full_name: p.full_name.clone().unwrap_or_default(),
            address_th: p.address_th.clone().unwrap_or_default(),
            province: p.province.clone().unwrap_or_default(),
            lat: p.lat.unwrap_or_default(),
            lng: p.lng.unwrap_or_default(),
            hours: p.hours.clone().unwrap_or_default(),
            email: p.email.clone().flatten(),
            telephone: p.telephone.clone().flatten(),
            status: self.edit.status.unwrap_or(Status::Shown),
            process_ids: Vec::new(),
        };
        validate_new(&new).map(|()| new)
    }
}

/// Checks an edit's fields against every rule at once: lengths, control
/// characters, provinces, coordinates, opening hours, e-mail and telephone. Each
/// problem names the field by its wire key. Used by the tool before sending and by
/// the service on receipt.
pub fn validate_patch(p: &PointPatch) -> Result<(), Vec<FieldError>> {
    let mut check = Checker::new();
    texts(
        &mut check,
        [
            ("name_th", p.name_th.as_deref(), MAX_NAME_CHARS),
            ("name_en", p.name_en.as_deref(), MAX_NAME_CHARS),
            ("full_name", p.full_name.as_deref(), MAX_NAME_CHARS),
            ("address_th", p.address_th.as_deref(), MAX_ADDRESS_CHARS),
        ],
    );
    if let Some(v) = &p.province {
        check.province("province", v);
    }
    check.coordinates(p.lat, p.lng);
    if let Some(h) = &p.hours {
        check.hours("hours", h);
    }
    if let Some(Some(e)) = &p.email {
        check.email("email", e);
    }
    if let Some(Some(t)) = &p.telephone {
        check.telephone("telephone", t);
    }
    check.finish()
}

/// Checks a new point against every rule at once, as [`validate_patch`] does, and
/// the fields only a creation states.
pub fn validate_new(n: &NewPoint) -> Result<(), Vec<FieldError>> {
    // Every member named (no `..`), so a field added to the wire models is checked
    // here too, or the build says where.
    let mut errors = validate_patch(&PointPatch {
        name_th: Some(n.name_th.clone()),
        name_en: Some(n.name_en.clone()),
        full_name: Some(n.full_name.clone()),
        address_th: Some(n.address_th.clone()),
        province: Some(n.province.clone()),
        lat: Some(n.lat),
        lng: Some(n.lng),
        hours: Some(n.hours.clone()),
        email: Some(n.email.clone()),
        telephone: Some(n.telephone.clone()),
        parent_code: Some(n.parent_code.clone()),
        status: Some(n.status),
        processes: None,
    })
    .err()
    .unwrap_or_default();
    let mut check = Checker::new();
    texts(
        &mut check,
        [
            ("type", Some(n.unit_type.as_str()), MAX_NAME_CHARS),
            ("subtype", Some(n.subtype.as_str()), MAX_NAME_CHARS),
            ("category", Some(n.category.as_str()), MAX_NAME_CHARS),
        ],
    );
    if let Err(more) = check.finish() {
        errors.extend(more);
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

fn texts<'a>(
    check: &mut Checker,
    fields: impl IntoIterator<Item = (&'a str, Option<&'a str>, usize)>,
) {
    for (key, value, max) in fields {
        if let Some(v) = value {
            check.text(key, v, max);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_declared_once() {
        let mut keys: Vec<&str> = FIELDS.iter().map(|f| f.key).collect();
        let n = keys.len();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), n);
        let mut flags: Vec<&str> = FIELDS.iter().filter_map(|f| f.flag).collect();
        let n = flags.len();
        flags.sort();
        flags.dedup();
        assert_eq!(flags.len(), n);
    }

    #[test]
    fn every_column_and_place_is_declared_once() {
        let mut names: Vec<&str> = columns().map(|(_, c)| c.name).collect();
        let n = names.len();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), n);
        let mut places: Vec<u8> = FIELDS.iter().filter_map(|f| f.info).collect();
        let n = places.len();
        places.sort();
        places.dedup();
        assert_eq!(places.len(), n);
        // What a person states is kept: every editable or stated field has a column.
        for f in FIELDS.iter().filter(|f| f.is_stated()) {
            assert!(f.column.is_some(), "{} has no column", f.key);
        }
        // A field that may be emptied is kept in a column that may hold null, or as
        // hours (an empty week).
        for (f, c) in columns() {
            if f.clearable && f.is_editable() {
                assert!(
                    c.storage.nullable() || c.storage == Storage::Hours,
                    "{} may be emptied but its column may not",
                    f.key
                );
            }
        }
    }

    #[test]
    fn text_values_read_into_an_edit() {
        let mut e = Edit::default();
        field("lat").unwrap().set(&mut e, Some("13.75")).unwrap();
        field("email").unwrap().set(&mut e, None).unwrap();
        field("status").unwrap().set(&mut e, Some("ซ่อน")).unwrap();
        field("hours")
            .unwrap()
            .set(&mut e, Some("จ-ศ 08:30-16:30"))
            .unwrap();
        assert_eq!(e.patch.lat, Some(13.75));
        assert_eq!(e.patch.email, Some(None));
        assert_eq!(e.status, Some(Status::Hidden));
        assert_eq!(e.patch.hours.as_ref().map(Vec::len), Some(5));
        assert!(field("lat").unwrap().set(&mut e, Some("north")).is_err());
        assert!(field("name_th").unwrap().set(&mut e, None).is_err());
        assert!(field("code").unwrap().set(&mut e, Some("x")).is_err());
    }

    #[test]
    fn every_edited_value_reads_back_as_it_was_written() {
        let texts = [
            ("name_th", "สำนักงานเขตบางรัก"),
            ("lat", "13.7563"),
            ("hours", "sat 09:00-12:00; mon-fri 08:30-16:30"),
            ("email", "saraban@example.go.th"),
            ("telephone", "021234567"),
            ("status", "ซ่อน"),
            ("parent_code", "0113030601000"),
        ];
        let mut edit = Edit::default();
        for (key, text) in texts {
            field(key).unwrap().set(&mut edit, Some(text)).unwrap();
        }
        for f in editable() {
            let Some(text) = f.written(&edit) else {
                continue;
            };
            let mut again = Edit::default();
            f.set(&mut again, Some(&text)).unwrap();
            let mut copied = Edit::default();
            f.copy(&edit, &mut copied);
            assert_eq!(f.written(&again), Some(text.clone()), "{}", f.key);
            assert_eq!(f.written(&copied), Some(text), "{}", f.key);
        }
        // Hours are written in one order, whatever order they were stated in.
        let mut other = Edit::default();
        let hours = field("hours").unwrap();
        hours
            .set(&mut other, Some("mon-fri 08:30-16:30; sat 09:00-12:00"))
            .unwrap();
        assert_eq!(hours.written(&other), hours.written(&edit));
    }

    #[test]
    fn a_statement_names_what_a_creation_lacks() {
        let mut s = Statement::default();
        s.state(field("code").unwrap(), Some("0113030601001"))
            .unwrap();
        s.state(field("name_th").unwrap(), Some("จุดบริการ")).unwrap();
        assert!(s.state(field("level").unwrap(), Some("tower")).is_err());
        assert!(s.state(field("version").unwrap(), Some("3")).is_err());
        let missing: Vec<String> = s
            .new_point()
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            missing,
            [
                "agency_id",
                "type",
                "subtype",
                "category",
                "name_en",
                "full_name",
                "address_th",
                "province",
                "lat",
                "lng"
            ]
        );
    }

    #[test]
    fn a_lost_leading_zero_is_restored_only_where_one_zero_gives_the_form() {
        let code = field("code").unwrap();
        let parent = field("parent_code").unwrap();
        let tel = field("telephone").unwrap();
        let back = |f: &Field, t: &str| f.unnumber(t);
        assert_eq!(
            back(code, "101010000004"),
            Ok(Some("0101010000004".to_owned()))
        );
        assert_eq!(
            back(parent, "113030601000"),
            Ok(Some("0113030601000".to_owned()))
        );
        assert_eq!(back(code, "1401010000004"), Ok(None));
        assert_eq!(back(code, "0101010000004"), Ok(None));
        assert!(
            back(code, "10101000000")
                .unwrap_err()
                .contains("no single leading 0")
        );
        assert!(
            back(code, "1.01010E+11")
                .unwrap_err()
                .contains("scientific notation")
        );
        // Landlines: 9 digits, 02 to 07; mobiles: 10 digits, 06, 08, 09.
        assert_eq!(back(tel, "21234567"), Ok(Some("021234567".to_owned())));
        assert_eq!(back(tel, "812345678"), Ok(Some("0812345678".to_owned())));
        assert_eq!(back(tel, "1548"), Ok(None), "a hotline");
        for as_typed in [
            "021234567",
            "0 2123 4567",
            "+66 2 123 4567",
            "02-123-4567 ต่อ 12",
            "",
        ] {
            assert_eq!(back(tel, as_typed), Ok(None), "{as_typed}");
        }
        for lost in ["2123456", "812345678901", "6621234567", "112345678"] {
            assert!(
                back(tel, lost).unwrap_err().contains("no single 0"),
                "{lost}"
            );
        }
        assert!(
            back(tel, "8.12346E+08")
                .unwrap_err()
                .contains("scientific notation")
        );
        // Other fields are never touched.
        assert_eq!(back(field("name_th").unwrap(), "21234567"), Ok(None));
        assert_eq!(back(field("lat").unwrap(), "13"), Ok(None));
    }

    #[test]
    fn a_number_shown_rounded_is_the_same_number() {
        assert_eq!(decimals("13.762"), Some(3));
        assert_eq!(decimals(" 100.50 "), Some(2));
        assert_eq!(decimals("100"), None);
        assert_eq!(decimals("north"), None);
        let lat = field("lat").unwrap();
        assert!(lat.same_as_shown("13.761867", "13.762", Some(3)));
        assert!(lat.same_as_shown("13.7615", "13.762", Some(3)), "half up");
        assert!(!lat.same_as_shown("13.761867", "13.763", Some(3)));
        assert!(
            !lat.same_as_shown("13.761867", "13.762", None),
            "exact without a precision"
        );
        assert!(!lat.same_as_shown("13.761867", "13.762", Some(6)));
        assert!(lat.same_as_shown("100.5", "100.50", None), "by value");
        assert!(
            !field("name_en")
                .unwrap()
                .same_as_shown("1.0", "1.04", Some(1)),
            "numbers only"
        );
    }

    #[test]
    fn validation_names_every_problem_at_once() {
        let p = PointPatch {
            name_th: Some(" ".to_owned()),
            lat: Some(95.0),
            email: Some(Some("nobody".to_owned())),
            ..PointPatch::default()
        };
        let errors = validate_patch(&p).unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["name_th", "lat", "email"]);
    }
}
