//! Request and response bodies of the CITIZENinfo API (`/api/v1`), as `openapi.yaml`
//! describes them. Field names are the wire names; every body the service accepts
//! refuses unknown fields.

use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize};

use crate::provinces::ProvinceName;
use crate::rules::{
    AddressText, EmailAddress, MAX_OPENING_PERIODS, MAX_PAGE_SIZE, MAX_PHOTO_BYTES, MAX_PHOTOS,
    NameText, PointCodeList, SearchText, TelephoneNumber,
};
pub use crate::rules::{AuthorizeCode, PointCode, ProcessId, TimeOfDay};

/// Whether the public app and web site show a service point (สถานะ: แสดง / ซ่อน).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// แสดง: listed for citizens.
    Shown,
    /// ซ่อน: kept in the registry but not listed.
    Hidden,
}

impl Status {
    /// The wire name, as used in query strings and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Shown => "shown",
            Status::Hidden => "hidden",
        }
    }

    /// The back office's Thai label.
    pub fn name_th(self) -> &'static str {
        match self {
            Status::Shown => "แสดง",
            Status::Hidden => "ซ่อน",
        }
    }
}

/// The level of a unit in the structure list (ระดับ).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// หน่วยงานหลัก: the head agency.
    HeadAgency,
    /// หน่วยงานส่วนกลาง: a central unit.
    CentralUnit,
    /// จุดบริการ: a service point.
    ServicePoint,
}

impl Level {
    /// Every level, in tree order.
    pub const ALL: [Level; 3] = [Level::HeadAgency, Level::CentralUnit, Level::ServicePoint];

    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::HeadAgency => "head_agency",
            Level::CentralUnit => "central_unit",
            Level::ServicePoint => "service_point",
        }
    }

    /// The back office's Thai label.
    pub fn name_th(self) -> &'static str {
        match self {
            Level::HeadAgency => "หน่วยงานหลัก",
            Level::CentralUnit => "หน่วยงานส่วนกลาง",
            Level::ServicePoint => "จุดบริการ",
        }
    }
}

/// A day of the week in opening hours.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    /// Monday (จันทร์).
    Mon,
    /// Tuesday (อังคาร).
    Tue,
    /// Wednesday (พุธ).
    Wed,
    /// Thursday (พฤหัสบดี).
    Thu,
    /// Friday (ศุกร์).
    Fri,
    /// Saturday (เสาร์).
    Sat,
    /// Sunday (อาทิตย์).
    Sun,
}

impl Weekday {
    /// Monday to Sunday.
    pub const ALL: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];

    /// The three-letter wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Weekday::Mon => "mon",
            Weekday::Tue => "tue",
            Weekday::Wed => "wed",
            Weekday::Thu => "thu",
            Weekday::Fri => "fri",
            Weekday::Sat => "sat",
            Weekday::Sun => "sun",
        }
    }

    /// The Thai abbreviation, as the back office writes it (จ-ศ).
    pub const fn name_th(self) -> &'static str {
        match self {
            Weekday::Mon => "จ",
            Weekday::Tue => "อ",
            Weekday::Wed => "พ",
            Weekday::Thu => "พฤ",
            Weekday::Fri => "ศ",
            Weekday::Sat => "ส",
            Weekday::Sun => "อา",
        }
    }
}

/// One opening period of one day (เวลาทำการ): `open` is before `close`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(deny_unknown_fields)]
pub struct OpeningPeriod {
    /// The day.
    pub day: Weekday,
    /// Opening time, `HH:MM`.
    pub open: TimeOfDay,
    /// Closing time, `HH:MM`.
    pub close: TimeOfDay,
}

/// A photo of a service point (รูปภาพจุดบริการ).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Photo {
    /// The photo's id, unique in the service and never given to another photo, even
    /// after this one is removed.
    #[schemars(range(min = 1))]
    pub id: u64,
    /// The media type sniffed from the file's content.
    #[schemars(extend("enum" = ["image/jpeg", "image/png", "image/gif", "image/webp"]))]
    pub content_type: String,
    /// Size in bytes.
    #[schemars(range(min = 1, max = MAX_PHOTO_BYTES))]
    pub size: u64,
    /// When it was uploaded.
    pub uploaded_at: DateTime<Utc>,
    /// Where to fetch it, relative to the service's address.
    #[schemars(extend("format" = "uri-reference", "examples" = ["/api/v1/points/0113030601000/photos/12"]))]
    pub url: String,
}

/// One row of the structure list (จุดบริการหน่วยงาน และโครงสร้าง).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PointSummary {
    /// รหัสหน่วยงาน: the 13-digit key.
    pub code: PointCode,
    /// ระดับ.
    pub level: Level,
    /// ประเภท.
    #[serde(rename = "type")]
    #[schemars(with = "NameText")]
    pub unit_type: String,
    /// ประเภทย่อย.
    #[schemars(with = "NameText")]
    pub subtype: String,
    /// หมวดหมู่.
    #[schemars(with = "NameText")]
    pub category: String,
    /// The ministry's id (2 digits).
    #[schemars(example = "01")]
    pub ministry_id: String,
    /// The department's id (4 digits: the ministry's 2, then 2).
    #[schemars(example = "0101")]
    pub department_id: String,
    /// The agency's id (6 digits: the department's 4, then 2).
    #[schemars(example = "010101")]
    pub agency_id: String,
    /// The parent unit's code (หน่วยงานที่สังกัด); `null` for a root of its agency,
    /// such as a head agency.
    pub parent_code: Option<PointCode>,
    /// Display name in Thai (หน่วยงาน).
    #[schemars(with = "NameText")]
    pub name_th: String,
    /// Display name in English.
    #[schemars(with = "NameText")]
    pub name_en: String,
    /// The province the point is in, in Thai.
    #[schemars(with = "ProvinceName")]
    pub province: String,
    /// Authorize Code of the unit; `null` for a point outside the caller's subtree,
    /// as the code proves membership of its unit.
    pub authorize_code: Option<AuthorizeCode>,
    /// สถานะ.
    pub status: Status,
    /// How many processes are bound (จำนวนกระบวนการ).
    pub process_count: u32,
    /// Grows with every change to the record; the point's `ETag` is this number
    /// quoted, `"<version>"`.
    #[schemars(range(min = 1))]
    pub version: u64,
    /// แก้ไขครั้งล่าสุด.
    pub updated_at: DateTime<Utc>,
}

/// A service point with every field (แก้ไขจุดบริการหน่วยงาน).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ServicePoint {
    /// The fields the structure list shows.
    #[serde(flatten)]
    pub summary: PointSummary,
    /// ชื่อเต็มของหน่วยงาน.
    #[schemars(with = "NameText")]
    pub full_name: String,
    /// ที่อยู่ (ภาษาไทย).
    #[schemars(with = "AddressText")]
    pub address_th: String,
    /// Latitude (WGS84).
    #[schemars(range(min = -90.0, max = 90.0))]
    pub lat: f64,
    /// Longitude (WGS84).
    #[schemars(range(min = -180.0, max = 180.0))]
    pub lng: f64,
    /// Opening hours (เวลาทำการ), sorted by day and time; each period opens before it
    /// closes, and periods of one day do not overlap.
    #[schemars(length(max = MAX_OPENING_PERIODS))]
    pub hours: Vec<OpeningPeriod>,
    /// Contact e-mail, or `null`.
    #[schemars(with = "Option<EmailAddress>")]
    pub email: Option<String>,
    /// Contact telephone, or `null`.
    #[schemars(with = "Option<TelephoneNumber>")]
    pub telephone: Option<String>,
    /// Photos of the point, by id.
    #[schemars(length(max = MAX_PHOTOS))]
    pub photos: Vec<Photo>,
    /// Version of the bound process set; its `ETag` is this number quoted after a
    /// `b`, `"b<version>"`.
    pub bindings_version: u64,
    /// When the bound process set last changed; `null` if it never has.
    pub bindings_updated_at: Option<DateTime<Utc>>,
    /// The bound process ids, when asked for (`include=detail` on a list, always on one point).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub process_ids: Option<Vec<ProcessId>>,
    /// Copy cancellation, as `GET /points/{code}/stats` gives it.
    pub copy_cancellation: CopyCancellation,
    /// Satisfaction, as `GET /points/{code}/stats` gives it.
    pub satisfaction: Satisfaction,
}

/// The `ETag` of a point at `version`.
pub fn point_etag(version: u64) -> String {
    format!("\"{version}\"")
}

/// The `ETag` of a point's bound process set at `version`.
pub fn bindings_etag(version: u64) -> String {
    format!("\"b{version}\"")
}

/// Deserializes a field that may be absent (leave alone), `null` (clear) or a value.
fn double_option<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d).map(Some)
}

/// Deserializes a field that may be absent but, when present, is not `null`.
fn present<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(d).map(Some)
}

/// The body of `PATCH /points/{code}`: the editable fields of a point, and with
/// them, in the same request, its status and its bound set. Absent members are left
/// alone; `null` clears a field that may be empty. Everything given changes
/// together or not at all.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PointPatch {
    /// ชื่อสำหรับแสดงผล (ภาษาไทย).
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "NameText")]
    pub name_th: Option<String>,
    /// ชื่อสำหรับแสดงผล (ภาษาอังกฤษ).
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "NameText")]
    pub name_en: Option<String>,
    /// ชื่อเต็มของหน่วยงาน.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "NameText")]
    pub full_name: Option<String>,
    /// ที่อยู่ (ภาษาไทย).
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "AddressText")]
    pub address_th: Option<String>,
    /// Province, one of the 77, in Thai.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "ProvinceName")]
    pub province: Option<String>,
    /// Latitude (WGS84).
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "f64", range(min = -90.0, max = 90.0))]
    pub lat: Option<f64>,
    /// Longitude (WGS84).
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "f64", range(min = -180.0, max = 180.0))]
    pub lng: Option<f64>,
    /// Opening hours: the whole week, replacing what was there; each period opens
    /// before it closes, and periods of one day do not overlap.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Vec<OpeningPeriod>", length(max = MAX_OPENING_PERIODS))]
    pub hours: Option<Vec<OpeningPeriod>>,
    /// E-mail; `null` clears it.
    #[serde(
        default,
        deserialize_with = "double_option",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Option<EmailAddress>")]
    pub email: Option<Option<String>>,
    /// Telephone; `null` clears it.
    #[serde(
        default,
        deserialize_with = "double_option",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Option<TelephoneNumber>")]
    pub telephone: Option<Option<String>>,
    /// The new parent unit; `null` makes the point a root of its agency. It must
    /// exist, be inside the caller's scope, and be neither the point nor a unit
    /// under it.
    #[serde(
        default,
        deserialize_with = "double_option",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Option<PointCode>")]
    pub parent_code: Option<Option<PointCode>>,
    /// Shows or hides the point (needs the right `hide_points`), with the fields.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Status")]
    pub status: Option<Status>,
    /// Replaces the bound set (needs the right `bind_processes`), with the fields,
    /// only if the set is still at the version given.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "ProcessSetAt")]
    pub processes: Option<ProcessSetAt>,
}

impl PointPatch {
    /// True when the patch changes nothing.
    pub fn is_empty(&self) -> bool {
        *self == PointPatch::default()
    }

    /// True when it changes no field of the record (a status or a bound set only).
    pub fn changes_no_field(&self) -> bool {
        PointPatch {
            status: None,
            processes: None,
            ..self.clone()
        }
        .is_empty()
    }
}

/// A bound set sent with an edit: the ids it becomes, if it is still at `version`
/// (the `version` of `GET /points/{code}/processes`, the point's
/// `bindings_version`); otherwise the edit is `412 precondition_failed`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProcessSetAt {
    /// The ids the set becomes.
    pub process_ids: Vec<ProcessId>,
    /// The version of the set they replace.
    pub version: u64,
}

/// A new point (`POST /points`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NewPoint {
    /// The 13-digit code.
    pub code: PointCode,
    /// The agency the point belongs to; its ministry and department follow from it.
    pub agency_id: String,
    /// The parent unit, in the same agency and inside the caller's scope; absent or
    /// `null` for a root.
    #[serde(default)]
    pub parent_code: Option<PointCode>,
    /// ระดับ.
    pub level: Level,
    /// ประเภท.
    #[serde(rename = "type")]
    #[schemars(with = "NameText")]
    pub unit_type: String,
    /// ประเภทย่อย.
    #[schemars(with = "NameText")]
    pub subtype: String,
    /// หมวดหมู่.
    #[schemars(with = "NameText")]
    pub category: String,
    /// Thai display name.
    #[schemars(with = "NameText")]
    pub name_th: String,
    /// English display name.
    #[schemars(with = "NameText")]
    pub name_en: String,
    /// Full name.
    #[schemars(with = "NameText")]
    pub full_name: String,
    /// Thai address.
    #[schemars(with = "AddressText")]
    pub address_th: String,
    /// Province, one of the 77, in Thai.
    #[schemars(with = "ProvinceName")]
    pub province: String,
    /// Latitude (WGS84).
    #[schemars(range(min = -90.0, max = 90.0))]
    pub lat: f64,
    /// Longitude (WGS84).
    #[schemars(range(min = -180.0, max = 180.0))]
    pub lng: f64,
    /// Opening hours; none when absent. Each period opens before it closes, and
    /// periods of one day do not overlap.
    #[serde(default)]
    #[schemars(length(max = MAX_OPENING_PERIODS))]
    pub hours: Vec<OpeningPeriod>,
    /// Contact e-mail.
    #[serde(default)]
    #[schemars(with = "Option<EmailAddress>")]
    pub email: Option<String>,
    /// Contact telephone.
    #[serde(default)]
    #[schemars(with = "Option<TelephoneNumber>")]
    pub telephone: Option<String>,
    /// Shown unless said otherwise.
    #[serde(default = "shown")]
    pub status: Status,
    /// Processes bound to it as it is created (needs the right `bind_processes`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub process_ids: Vec<ProcessId>,
}

fn shown() -> Status {
    Status::Shown
}

/// The body of `PUT /points/{code}/status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StatusChange {
    /// The new status.
    pub status: Status,
}

/// One page of a list, with the cursor of the next page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(rename = "{T}Page")]
pub struct Page<T> {
    /// The records of this page, in key order.
    #[schemars(length(max = MAX_PAGE_SIZE))]
    pub items: Vec<T>,
    /// Pass as `cursor` to read the next page; absent on the last page. Opaque:
    /// never build or change one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub next_cursor: Option<String>,
}

/// Copy cancellation (การยกเลิกสำเนา): services given without asking for photocopies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CopyCancellation {
    /// Services given in the period.
    pub services_total: u64,
    /// Of those, given without asking for photocopies of documents.
    pub without_copies: u64,
    /// `without_copies` as a percentage of `services_total`, one decimal; 0 when no
    /// service was given.
    #[schemars(range(min = 0.0, max = 100.0))]
    pub percent: f64,
}

/// Citizen satisfaction (ความพึงพอใจ) from ratings of 1 to 5.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Satisfaction {
    /// How many citizens rated.
    pub responses: u64,
    /// Mean rating, two decimals; 0 when nobody rated.
    #[schemars(range(min = 0.0, max = 5.0))]
    pub average: f64,
    /// Ratings of 1, 2, 3, 4 and 5, in that order.
    pub distribution: [u64; 5],
}

/// `GET /points/{code}/stats`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PointStats {
    /// The point.
    pub code: PointCode,
    /// Copy cancellation.
    pub copy_cancellation: CopyCancellation,
    /// Satisfaction.
    pub satisfaction: Satisfaction,
}

/// Which points may bind a process besides those of its own department.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum OpenTo {
    /// Points of the process's own department only.
    Department,
    /// Points of any department of the same ministry.
    Ministry,
    /// Any point (กระบวนงานจากกรมอื่น).
    All,
}

impl OpenTo {
    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            OpenTo::Department => "department",
            OpenTo::Ministry => "ministry",
            OpenTo::All => "all",
        }
    }
}

/// A process (กระบวนงาน) as lists show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ProcessSummary {
    /// The process id.
    pub id: ProcessId,
    /// Thai name.
    pub name_th: String,
    /// English name.
    pub name_en: String,
    /// Category, e.g. อนุญาต/ออกใบอนุญาต/รับรอง.
    pub category: String,
    /// Owning ministry.
    pub ministry_id: String,
    /// Owning department.
    pub department_id: String,
    /// Which points may bind it.
    pub open_to: OpenTo,
}

/// One step of a citizen manual.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ManualStep {
    /// 1-based order.
    #[schemars(range(min = 1))]
    pub order: u32,
    /// What happens.
    pub description: String,
    /// How long it takes, in minutes.
    pub minutes: u32,
    /// Who does it.
    pub responsible: String,
}

/// A document the citizen must bring (เอกสารหลักฐาน).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RequiredDocument {
    /// The document.
    pub name: String,
    /// Who issues it.
    pub issuer: String,
    /// Originals to show.
    pub originals: u32,
    /// Photocopies to hand in.
    pub copies: u32,
}

/// A fee (ค่าธรรมเนียม).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Fee {
    /// What is paid for.
    pub description: String,
    /// Amount in baht.
    pub amount_baht: u32,
}

/// A citizen manual (คู่มือประชาชน).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Manual {
    /// Basic information (ข้อมูลเบื้องต้น).
    pub description: String,
    /// The law the service rests on.
    pub legal_basis: String,
    /// When the service is given.
    pub hours: Vec<OpeningPeriod>,
    /// Total duration in minutes (ระยะเวลาการให้บริการ).
    pub duration_minutes: u32,
    /// The steps.
    pub steps: Vec<ManualStep>,
    /// Documents required.
    pub documents: Vec<RequiredDocument>,
    /// Fees.
    pub fees: Vec<Fee>,
}

/// `GET /processes/{id}`: a process with its manual.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Process {
    /// The list fields.
    #[serde(flatten)]
    pub summary: ProcessSummary,
    /// The citizen manual.
    pub manual: Manual,
}

/// A process bound to a point.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct BoundProcess {
    /// The process.
    #[serde(flatten)]
    pub process: ProcessSummary,
    /// When it was bound.
    pub bound_at: DateTime<Utc>,
}

/// `GET /points/{code}/processes`: the bound set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PointProcesses {
    /// The point.
    pub code: PointCode,
    /// Version of the set; the `ETag` is `"b<version>"`.
    pub version: u64,
    /// When the set last changed.
    pub updated_at: Option<DateTime<Utc>>,
    /// The bound processes, by id.
    pub items: Vec<BoundProcess>,
}

/// The body of `PUT /points/{code}/processes`: the whole bound set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProcessSet {
    /// The ids the set becomes.
    pub process_ids: Vec<ProcessId>,
}

/// A ministry (กระทรวง).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Ministry {
    /// Two-digit id.
    pub id: String,
    /// Thai name.
    pub name_th: String,
    /// English name.
    pub name_en: String,
}

/// A department (กรม).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Department {
    /// Four-digit id: the ministry's two, then two.
    pub id: String,
    /// Owning ministry.
    pub ministry_id: String,
    /// Thai name.
    pub name_th: String,
    /// English name.
    pub name_en: String,
}

/// An agency (หน่วยงาน): a department's central administration or a regional office.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Agency {
    /// Six-digit id: the department's four, then two.
    pub id: String,
    /// Owning department.
    pub department_id: String,
    /// Owning ministry.
    pub ministry_id: String,
    /// Thai name.
    pub name_th: String,
    /// English name.
    pub name_en: String,
}

/// How an account signs in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AccountKind {
    /// CITIZENinfo username and password.
    Password,
    /// OpenID: signed in at an OpenID Connect provider, whose ID token the service
    /// trades for its own tokens.
    Openid,
}

/// The part of the organisation tree an account acts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ScopeKind {
    /// The whole tree.
    All,
    /// One ministry.
    Ministry,
    /// One department.
    Department,
    /// One agency.
    Agency,
    /// One unit and the units under it.
    Unit,
}

/// An account's scope.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Scope {
    /// What kind of subtree.
    pub kind: ScopeKind,
    /// The id or code of its root; none for the whole tree.
    pub id: Option<String>,
    /// The root's Thai name.
    pub name_th: Option<String>,
}

/// What an account may change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Right {
    /// Edit a point's fields and photos.
    EditPoints,
    /// Hide and un-hide points.
    HidePoints,
    /// Add points (OpenID accounts only).
    CreatePoints,
    /// Bind and unbind processes.
    BindProcesses,
}

impl Right {
    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Right::EditPoints => "edit_points",
            Right::HidePoints => "hide_points",
            Right::CreatePoints => "create_points",
            Right::BindProcesses => "bind_processes",
        }
    }
}

/// `GET /me`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Me {
    /// Username.
    pub username: String,
    /// Name to greet.
    pub display_name: String,
    /// How the account signs in.
    pub kind: AccountKind,
    /// Where it may act.
    pub scope: Scope,
    /// What it may change.
    #[schemars(extend("uniqueItems" = true))]
    pub rights: Vec<Right>,
    /// When the token used for this call expires.
    pub token_expires_at: DateTime<Utc>,
}

/// A successful answer of `POST /auth/token` (RFC 6749 §5.1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TokenResponse {
    /// The bearer token.
    pub access_token: String,
    /// Always `Bearer`.
    #[schemars(extend("enum" = ["Bearer"]))]
    pub token_type: String,
    /// Seconds until `access_token` expires.
    #[schemars(range(min = 1))]
    pub expires_in: u64,
    /// Trade for a new access token with the `refresh_token` grant; good for one use
    /// within 30 days.
    pub refresh_token: String,
}

/// The form of `POST /auth/token` (RFC 6749 and RFC 8693); which fields are needed
/// depends on `grant_type`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TokenRequest {
    /// `password`, `refresh_token` or
    /// `urn:ietf:params:oauth:grant-type:token-exchange` (an OpenID Connect ID token
    /// traded for the service's tokens); any other value is 400
    /// `unsupported_grant_type`.
    #[schemars(extend("enum" = ["password", "refresh_token", TOKEN_EXCHANGE_GRANT_TYPE]))]
    pub grant_type: String,
    /// For `password`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// For `password`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// For `refresh_token`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    /// For the token exchange: the ID token the trusted issuer gave.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject_token: Option<String>,
    /// For the token exchange: `urn:ietf:params:oauth:token-type:id_token`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("enum" = [ID_TOKEN_TYPE]))]
    pub subject_token_type: Option<String>,
    /// The client's id; optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// Requested scope; ignored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
}

/// The token exchange's `grant_type` (RFC 8693 §2.1).
pub const TOKEN_EXCHANGE_GRANT_TYPE: &str = "urn:ietf:params:oauth:grant-type:token-exchange";

/// How far an OpenID provider's clock may be off from ours, either way, when an ID
/// token's `iat`, `nbf` and `exp` are read: five minutes, as common practice allows.
pub const CLOCK_SKEW_SECS: u64 = 300;

/// The token type of an OpenID Connect ID token (RFC 8693 §3).
pub const ID_TOKEN_TYPE: &str = "urn:ietf:params:oauth:token-type:id_token";

/// `GET /auth/openid`: the OpenID Connect issuer the service trusts, and the public
/// client id to sign in there as (the audience its ID tokens must name).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct OpenidProvider {
    /// The issuer, exactly as its discovery document names itself (a final `/`
    /// included); discovery is at `{issuer}/.well-known/openid-configuration`, a
    /// final `/` of the issuer taken off first (OpenID Connect Discovery 1.0 §4).
    #[schemars(extend("format" = "uri"))]
    pub issuer: String,
    /// The public client id (no secret; PKCE in the browser, or the device grant).
    pub client_id: String,
}

/// Where an issuer's discovery document is: the issuer with any final `/` taken
/// off, then `/.well-known/openid-configuration` (OpenID Connect Discovery 1.0
/// §4); the issuer itself is matched exactly, its final `/` included.
pub fn discovery_url(issuer: &str) -> String {
    format!(
        "{}/.well-known/openid-configuration",
        issuer.trim_end_matches('/')
    )
}

/// The form of `POST /auth/revoke` (RFC 7009).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Revocation {
    /// The access or refresh token to revoke.
    pub token: String,
    /// Which kind of token it is, to look it up faster; any token is found anyway.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_type_hint: Option<TokenHint>,
    /// The client's id; optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
}

/// The kinds of token a revocation may name (RFC 7009 §2.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TokenHint {
    /// An access token.
    AccessToken,
    /// A refresh token.
    RefreshToken,
}

/// The device grant's `grant_type` (RFC 8628), at the OpenID provider.
pub const DEVICE_GRANT_TYPE: &str = "urn:ietf:params:oauth:grant-type:device_code";

/// `POST /auth/register`: the first sign-in of an account, binding it to a unit. A
/// password account gives `username` and `password`; an OpenID person gives
/// `subject_token`, the ID token the trade refused with `registration_required`,
/// and is bound to its issuer and subject.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Registration {
    /// Username (password accounts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// Password (password accounts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// The ID token (OpenID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject_token: Option<String>,
    /// The unit's Authorize Code.
    pub authorize_code: AuthorizeCode,
    /// The unit's ministry, as the person states it.
    pub ministry_id: String,
    /// The unit's department.
    pub department_id: String,
    /// The unit's agency.
    pub agency_id: String,
    /// The person's name.
    #[schemars(with = "NameText")]
    pub contact_name: String,
    /// The person's e-mail.
    #[schemars(with = "EmailAddress")]
    pub email: String,
    /// The person's telephone.
    #[schemars(with = "TelephoneNumber")]
    pub telephone: String,
}

/// The form of the built-in issuer's `POST /_oidc/device_authorization` (RFC 8628
/// §3.1); the body may be left out.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DeviceRequest {
    /// The client's id; optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// Requested scope; ignored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
}

/// The form of `POST /_oidc/device`, where a person approves or refuses a device
/// sign-in at the sandbox's built-in issuer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DeviceVerification {
    /// The code the device shows; case and surrounding spaces do not matter.
    pub user_code: String,
    /// The person's OpenID.
    pub username: String,
    /// The person's password.
    pub password: String,
    /// `approve` (อนุญาต) or `deny` (ปฏิเสธ); anything else is answered with an HTML
    /// page and 400.
    #[schemars(extend("enum" = ["approve", "deny"]))]
    pub action: String,
}

/// The answer of the built-in issuer's `POST /_oidc/device_authorization` (RFC 8628
/// §3.2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DeviceAuthorization {
    /// Poll the token endpoint with this.
    pub device_code: String,
    /// The person types this on the verification page: 8 letters without vowels, as
    /// `XXXX-XXXX`.
    #[schemars(
        regex(pattern = "^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$"),
        example = "BCDF-GHJK"
    )]
    pub user_code: String,
    /// The verification page, `/_oidc/device`.
    #[schemars(extend("format" = "uri"))]
    pub verification_uri: String,
    /// The verification page with the code filled in.
    #[schemars(extend("format" = "uri"))]
    pub verification_uri_complete: String,
    /// Seconds until the codes expire (600 by default).
    #[schemars(range(min = 1))]
    pub expires_in: u64,
    /// Seconds to wait between polls (5 by default); grows by 5 after each
    /// `slow_down`.
    pub interval: u64,
}

/// What was wrong with one field of a request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct FieldError {
    /// The field's path, e.g. `lat` or `hours[2].open`.
    pub field: String,
    /// The rule it broke.
    pub message: String,
}

/// The one error shape of the API. It follows RFC 6749 §5.2 (`error`,
/// `error_description`) so OAuth clients read it unchanged, and adds `details`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ErrorBody {
    /// Machine-readable code, e.g. `not_found`, `precondition_failed`.
    pub error: String,
    /// One sentence for people.
    pub error_description: String,
    /// Per-field problems; absent when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(length(min = 1))]
    pub details: Vec<FieldError>,
}

/// One counter of the sandbox's request statistics.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct RouteCount {
    /// HTTP method.
    pub method: String,
    /// The route as declared, e.g. `/api/v1/points/{code}`.
    pub route: String,
    /// Status answered; 0 for a connection closed without an answer.
    #[schemars(range(max = 599))]
    pub status: u16,
    /// How many requests.
    #[schemars(range(min = 1))]
    pub count: u64,
}

/// `GET /_sandbox/stats`: requests counted since start or the last reset.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct SandboxStats {
    /// All requests counted.
    pub total: u64,
    /// Per route and status, sorted.
    pub routes: Vec<RouteCount>,
}

impl SandboxStats {
    /// Requests counted for one method and route, whatever their status.
    pub fn count(&self, method: &str, route: &str) -> u64 {
        self.routes
            .iter()
            .filter(|r| r.method == method && r.route == route)
            .map(|r| r.count)
            .sum()
    }

    /// Requests counted for one method and route with this status (0: the
    /// connection was closed without an answer).
    pub fn answered(&self, method: &str, route: &str, status: u16) -> u64 {
        self.routes
            .iter()
            .filter(|r| r.method == method && r.route == route && r.status == status)
            .map(|r| r.count)
            .sum()
    }

    /// The requests counted that may write (every method but GET), as
    /// `METHOD route`: what a test asserts empty when nothing may be written.
    pub fn writes(&self) -> Vec<String> {
        self.routes
            .iter()
            .filter(|r| r.method != "GET")
            .map(|r| format!("{} {}", r.method, r.route))
            .collect()
    }

    /// Requests counted with this status, on every route.
    pub fn with_status(&self, status: u16) -> u64 {
        self.routes
            .iter()
            .filter(|r| r.status == status)
            .map(|r| r.count)
            .sum()
    }
}

/// The body of `POST /_sandbox/clock`: how far to move the sandbox's clock forward.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ClockAdvance {
    /// Seconds to add to the sandbox's time of day; the clock never goes back.
    pub advance_secs: u32,
}

/// `POST /_sandbox/clock`: the sandbox's clock after it moved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct SandboxClock {
    /// Now, by the sandbox's clock.
    pub now: DateTime<Utc>,
    /// How far ahead of the system's clock it is, in seconds.
    #[schemars(range(min = 0))]
    pub ahead_secs: i64,
}

/// What `GET /points` adds to each row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Include {
    /// Every field of each point and its bound process ids.
    Detail,
}

/// The query of `GET /points`: the back office's filters, free text and paging.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PointQuery {
    /// Ministry id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ministry: Option<String>,
    /// Department id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<String>,
    /// Agency id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<String>,
    /// ประเภท, exactly.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub unit_type: Option<String>,
    /// ประเภทย่อย, exactly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtype: Option<String>,
    /// หมวดหมู่, exactly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// ระดับ.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    /// สถานะ.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// Province, exactly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub province: Option<String>,
    /// Direct children of this unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<PointCode>,
    /// Only these points: codes separated by commas, at most 1000.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub codes: Option<String>,
    /// Free text, matched anywhere in the Thai, English or full name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    /// Where the previous page ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Page size, 1 to 1000; 100 when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// `detail` for every field and the bound process ids.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Include>,
}

impl PointQuery {
    /// Narrows the query to these codes (at most 1000).
    pub fn with_codes(mut self, codes: &[PointCode]) -> PointQuery {
        self.codes = Some(
            codes
                .iter()
                .map(|c| c.as_str())
                .collect::<Vec<_>>()
                .join(","),
        );
        self
    }
}

/// The query of `GET /processes`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProcessQuery {
    /// Owning ministry id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ministry: Option<String>,
    /// Owning department id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<String>,
    /// Category, exactly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// Free text over the Thai and English names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    /// Only processes this point may bind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bindable_to: Option<PointCode>,
    /// Where the previous page ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Page size, 1 to 1000; 100 when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

/// The query of `GET /departments` and `GET /agencies`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrgQuery {
    /// Only those of this ministry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ministry: Option<String>,
    /// Only those of this department (agencies).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<String>,
}

/// The contract's component schemas (`components.schemas` of `openapi.yaml`),
/// generated from the types of this crate in JSON Schema 2020-12, as OpenAPI 3.1
/// takes it: request bodies as the service reads them, answers as it writes them,
/// and the parameters' rules. References point into `#/components/schemas/`.
///
/// A name that two types would both claim, or that reads differently as a
/// request and as an answer, is an error naming it.
pub fn component_schemas() -> Result<serde_json::Map<String, serde_json::Value>, String> {
    use schemars::generate::SchemaSettings;

    let settings = SchemaSettings::draft2020_12().with(|s| {
        s.definitions_path = "/components/schemas".into();
        s.meta_schema = None;
    });
    let mut requests = settings.clone().for_deserialize().into_generator();
    requests.subschema_for::<TokenRequest>();
    requests.subschema_for::<Registration>();
    requests.subschema_for::<DeviceRequest>();
    requests.subschema_for::<DeviceVerification>();
    requests.subschema_for::<Revocation>();
    requests.subschema_for::<PointPatch>();
    requests.subschema_for::<NewPoint>();
    requests.subschema_for::<StatusChange>();
    requests.subschema_for::<ProcessSet>();
    requests.subschema_for::<ClockAdvance>();
    // Parameters of paths and queries.
    requests.subschema_for::<PointCode>();
    requests.subschema_for::<ProcessId>();
    requests.subschema_for::<Level>();
    requests.subschema_for::<Status>();
    requests.subschema_for::<Include>();
    requests.subschema_for::<ProvinceName>();
    requests.subschema_for::<SearchText>();
    requests.subschema_for::<PointCodeList>();

    let mut answers = settings.for_serialize().into_generator();
    answers.subschema_for::<TokenResponse>();
    answers.subschema_for::<DeviceAuthorization>();
    answers.subschema_for::<OpenidProvider>();
    answers.subschema_for::<Me>();
    answers.subschema_for::<Ministry>();
    answers.subschema_for::<Department>();
    answers.subschema_for::<Agency>();
    answers.subschema_for::<Page<PointSummary>>();
    answers.subschema_for::<Page<ServicePoint>>();
    answers.subschema_for::<ServicePoint>();
    answers.subschema_for::<PointStats>();
    answers.subschema_for::<Photo>();
    answers.subschema_for::<PointProcesses>();
    answers.subschema_for::<Page<ProcessSummary>>();
    answers.subschema_for::<Process>();
    answers.subschema_for::<ErrorBody>();
    answers.subschema_for::<SandboxStats>();
    answers.subschema_for::<SandboxClock>();

    let mut schemas = requests.take_definitions(true);
    for (name, schema) in answers.take_definitions(true) {
        match schemas.get(&name) {
            Some(known) if *known != schema => {
                return Err(format!(
                    "the schema {name} reads differently as a request and as an answer: give one of the two types another name"
                ));
            }
            Some(_) => {}
            None => {
                schemas.insert(name, schema);
            }
        }
    }
    Ok(schemas)
}
