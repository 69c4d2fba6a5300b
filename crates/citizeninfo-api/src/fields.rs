//! A service point's fields, declared once: wire key, Thai and English labels, the
//! flag that sets it, whether it is edited or only stated at creation, how a text
//! value is read into an edit, and how the value is read from a record. Flags,
//! spreadsheet columns, the editor form, plans and validation derive from this
//! table; each front end maps a field to its own place (a flag, a sheet cell,
//! `file:line:column`).
//!
//! Adding a field: a row here (and its wire model in `models.rs`), and its column in
//! the sandbox's store.

use crate::hours;
use crate::rules::{Checker, MAX_ADDRESS_CHARS, MAX_NAME_CHARS};
use crate::{FieldError, Level, NewPoint, PointCode, PointPatch, ServicePoint, Status};

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
    /// An identifier of digits and letters that must stay text (codes).
    Key,
    /// Free text a spreadsheet must keep as text (telephones lose their leading 0).
    Phone,
    /// A number.
    Number,
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
    read: fn(&ServicePoint, Labels) -> String,
    set: Option<Setter>,
}

/// Reads a text value (none: empty) into an edit.
type Setter = fn(&mut Edit, Option<&str>) -> Result<(), String>;

impl Field {
    /// The value of a record, as text; empty when the field is empty.
    pub fn read(&self, p: &ServicePoint, labels: Labels) -> String {
        (self.read)(p, labels)
    }

    /// True when an edit may set it.
    pub fn is_editable(&self) -> bool {
        self.change == Change::Editable && self.set.is_some()
    }

    /// Reads a text value into an edit: `None` (an empty cell, an empty string)
    /// clears the field where that is allowed. The value's own form is checked here
    /// (a number, opening hours, a code); the rules across fields by [`validate_patch`].
    pub fn set(&self, edit: &mut Edit, text: Option<&str>) -> Result<(), String> {
        let Some(set) = self.set.filter(|_| self.change == Change::Editable) else {
            return Err(format!("{} is not edited: the service sets it", self.key));
        };
        let text = text.map(str::trim).filter(|t| !t.is_empty());
        if text.is_none() && !self.clearable {
            return Err("cannot be emptied: this field must have a value".to_owned());
        }
        set(edit, text)
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

fn number(v: &str) -> Result<f64, String> {
    v.parse::<f64>()
        .ok()
        .filter(|n| n.is_finite())
        .ok_or_else(|| format!("\"{v}\" is not a number"))
}

fn text(slot: &mut Option<String>, v: Option<&str>) -> Result<(), String> {
    *slot = v.map(str::to_owned);
    Ok(())
}

fn opt(slot: &mut Option<Option<String>>, v: Option<&str>) -> Result<(), String> {
    *slot = Some(v.map(str::to_owned));
    Ok(())
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
    ($key:literal, $th:literal, $en:literal, $help:literal, $flag:expr, $change:ident, $value:ident, listed: $listed:literal, clearable: $clear:literal, read: $read:expr, set: $set:expr) => {
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
            read: $read,
            set: $set,
        }
    };
}

/// Every field, the back office's structure list first, in its order.
pub const FIELDS: &[Field] = &[
    field!("code", "รหัสหน่วยงาน", "code", "", None, ReadOnly, Key, listed: true, clearable: false,
        read: |p, _| p.summary.code.to_string(), set: None),
    field!("type", "ประเภท", "type", "Type (ประเภท).", Some("type"), Creation, Text, listed: true, clearable: false,
        read: |p, _| p.summary.unit_type.clone(), set: None),
    field!("subtype", "ประเภทย่อย", "subtype", "Subtype (ประเภทย่อย).", Some("subtype"), Creation, Text, listed: true, clearable: false,
        read: |p, _| p.summary.subtype.clone(), set: None),
    field!("name_th", "หน่วยงาน", "Thai name", "Display name in Thai.", Some("name-th"), Editable, Text, listed: true, clearable: false,
        read: |p, _| p.summary.name_th.clone(), set: Some(|e, v| text(&mut e.patch.name_th, v))),
    field!("authorize_code", "Authorize Code", "Authorize Code", "", None, ReadOnly, Key, listed: true, clearable: false,
        read: |p, _| p.summary.authorize_code.as_ref().map(|c| c.to_string()).unwrap_or_default(), set: None),
    field!("level", "ระดับ", "level", "Level [default: service_point].", Some("level"), Creation, Text, listed: true, clearable: false,
        read: |p, l| match l { Labels::Th => p.summary.level.name_th().to_owned(), Labels::En => p.summary.level.as_str().to_owned() },
        set: None),
    field!("updated_at", "แก้ไขครั้งล่าสุด", "last modified", "", None, ReadOnly, Text, listed: true, clearable: false,
        read: |p, _| p.summary.updated_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true), set: None),
    // The exact version a record was read at: an import sends it as `If-Match` and
    // leaves out a row whose point changed since, so a colleague's edit made in the
    // same second is never undone.
    field!("version", "เวอร์ชัน", "version", "", None, ReadOnly, Number, listed: true, clearable: false,
        read: |p, _| p.summary.version.to_string(), set: None),
    field!("name_en", "ชื่อภาษาอังกฤษ", "English name", "Display name in English.", Some("name-en"), Editable, Text, listed: false, clearable: false,
        read: |p, _| p.summary.name_en.clone(), set: Some(|e, v| text(&mut e.patch.name_en, v))),
    field!("full_name", "ชื่อเต็มของหน่วยงาน", "full name", "Full name of the unit.", Some("full-name"), Editable, Text, listed: false, clearable: false,
        read: |p, _| p.full_name.clone(), set: Some(|e, v| text(&mut e.patch.full_name, v))),
    field!("address_th", "ที่อยู่", "address", "Address in Thai.", Some("address"), Editable, Text, listed: false, clearable: false,
        read: |p, _| p.address_th.clone(), set: Some(|e, v| text(&mut e.patch.address_th, v))),
    field!("province", "จังหวัด", "province", "Province, in Thai.", Some("province"), Editable, Text, listed: false, clearable: false,
        read: |p, _| p.summary.province.clone(), set: Some(|e, v| text(&mut e.patch.province, v))),
    field!("lat", "ละติจูด", "latitude", "Latitude (Thailand: 5.6 to 20.5).", Some("lat"), Editable, Number, listed: false, clearable: false,
        read: |p, _| p.lat.to_string(),
        set: Some(|e, v| { e.patch.lat = v.map(number).transpose()?; Ok(()) })),
    field!("lng", "ลองจิจูด", "longitude", "Longitude (Thailand: 97.3 to 105.7).", Some("lng"), Editable, Number, listed: false, clearable: false,
        read: |p, _| p.lng.to_string(),
        set: Some(|e, v| { e.patch.lng = v.map(number).transpose()?; Ok(()) })),
    field!("hours", "เวลาทำการ", "opening hours", "Opening hours, e.g. \"mon-fri 08:30-12:00,13:00-16:30; sat 09:00-12:00\".", Some("hours"), Editable, Text, listed: false, clearable: true,
    read: |p, _| hours::format(&p.hours),
    set: Some(|e, v| {
        // An empty value (an unset shell variable, an empty cell) never wipes a
        // week's hours: the parser refuses it, and `closed` says there are none.
        e.patch.hours = Some(hours::parse(v.unwrap_or_default()).map_err(|e| e.to_string())?);
        Ok(())
    })),
    field!("email", "อีเมล", "e-mail", "E-mail; an empty value clears it.", Some("email"), Editable, Text, listed: false, clearable: true,
        read: |p, _| p.email.clone().unwrap_or_default(), set: Some(|e, v| opt(&mut e.patch.email, v))),
    field!("telephone", "โทรศัพท์", "telephone", "Telephone; an empty value clears it.", Some("telephone"), Editable, Phone, listed: false, clearable: true,
        read: |p, _| p.telephone.clone().unwrap_or_default(), set: Some(|e, v| opt(&mut e.patch.telephone, v))),
    field!("status", "สถานะ", "status", "", None, Editable, Text, listed: false, clearable: false,
    read: |p, l| match l { Labels::Th => p.summary.status.name_th().to_owned(), Labels::En => p.summary.status.as_str().to_owned() },
    set: Some(|e, v| {
        let v = v.unwrap_or_default();
        e.status = Some(status_of(v).ok_or_else(|| format!("\"{v}\" is not a status: write แสดง/ซ่อน or shown/hidden"))?);
        Ok(())
    })),
    field!("parent_code", "หน่วยงานที่สังกัด", "parent unit", "Parent unit's code; an empty value makes it a root of its agency.", Some("parent"), Editable, Key, listed: false, clearable: true,
    read: |p, _| code_text(&p.summary.parent_code),
    set: Some(|e, v| {
        e.patch.parent_code = Some(match v {
            Some(v) => Some(v.parse().map_err(|e: String| format!("the code {e}"))?),
            None => None,
        });
        Ok(())
    })),
    field!("category", "หมวดหมู่", "category", "Category (หมวดหมู่).", Some("category"), Creation, Text, listed: false, clearable: false,
        read: |p, _| p.summary.category.clone(), set: None),
    field!("ministry_id", "กระทรวง", "ministry", "", None, ReadOnly, Key, listed: false, clearable: false,
        read: |p, _| p.summary.ministry_id.clone(), set: None),
    field!("department_id", "กรม", "department", "", None, ReadOnly, Key, listed: false, clearable: false,
        read: |p, _| p.summary.department_id.clone(), set: None),
    field!("agency_id", "รหัสหน่วยงานต้นสังกัด", "agency", "The agency id it belongs to.", Some("agency"), Creation, Key, listed: false, clearable: false,
        read: |p, _| p.summary.agency_id.clone(), set: None),
    field!("process_count", "จำนวนกระบวนการ", "processes bound", "", None, ReadOnly, Number, listed: false, clearable: false,
        read: |p, _| p.summary.process_count.to_string(), set: None),
    field!("copy_cancellation_percent", "ร้อยละการยกเลิกสำเนา", "copy cancellation %", "", None, ReadOnly, Number, listed: false, clearable: false,
        read: |p, _| p.copy_cancellation.percent.to_string(), set: None),
    field!("satisfaction_average", "คะแนนความพึงพอใจ", "satisfaction", "", None, ReadOnly, Number, listed: false, clearable: false,
        read: |p, _| p.satisfaction.average.to_string(), set: None),
];

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
        parent_code: None,
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
