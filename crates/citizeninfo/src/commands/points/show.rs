//! `points show`: the back office's four tabs of a point.

use serde::Serialize;
use tokio::task::JoinSet;

use super::super::Context;
use crate::cli::{ShowArgs, ShowSection};
use crate::exit::Failure;
use crate::output::{Format, Lang, Record, Section, records};
use citizeninfo_api::hours;
use citizeninfo_api::{PointStats, Process, ServicePoint};

/// What `points show` prints as data.
#[derive(Serialize)]
struct Shown {
    #[serde(skip_serializing_if = "Option::is_none")]
    point: Option<ServicePoint>,
    #[serde(skip_serializing_if = "Option::is_none")]
    stats: Option<PointStats>,
    #[serde(skip_serializing_if = "Option::is_none")]
    services: Option<Vec<Process>>,
}

fn label(lang: Lang, th: &str, en: &str) -> String {
    match lang {
        Lang::Th => th.to_owned(),
        Lang::En => en.to_owned(),
    }
}

/// Runs `points show`.
pub async fn run(ctx: &Context, a: ShowArgs) -> anyhow::Result<()> {
    let code = super::code(&a.code)?;
    if ctx.printer.format == Format::Csv && a.section != Some(ShowSection::Services) {
        return Err(Failure::usage(
            "points show -o csv prints one table: the services tab",
            "add --section services, or use -o json for every tab",
        )
        .into());
    }
    let client = ctx.client()?;
    let want = |s: ShowSection| a.section.is_none_or(|x| x == s);
    // The point is read first: a wrong code stops here with one clear error.
    let (point, _) = client.point(&code).await?;
    let stats = if want(ShowSection::Copy) || want(ShowSection::Satisfaction) {
        Some(client.stats(&code).await?)
    } else {
        None
    };
    let services = if want(ShowSection::Services) {
        let ids = point.process_ids.clone().unwrap_or_default();
        let mut tasks = JoinSet::new();
        for id in ids {
            let client = client.clone();
            tasks.spawn(async move { client.process(&id).await });
        }
        let mut list = Vec::new();
        while let Some(done) = tasks.join_next().await {
            list.push(done??);
        }
        list.sort_by(|a, b| a.summary.id.cmp(&b.summary.id));
        Some(list)
    } else {
        None
    };
    let p = &ctx.printer;
    if matches!(p.format, Format::Json | Format::Yaml) {
        let shown = Shown {
            point: (a.section.is_none() || a.section == Some(ShowSection::Info)).then_some(point),
            stats,
            services,
        };
        return Ok(p.value(&shown)?);
    }
    let lang = p.lang;
    let mut sections = Vec::new();
    if want(ShowSection::Info) {
        sections.push(info(&point, lang));
    }
    if let Some(s) = &stats {
        if want(ShowSection::Copy) {
            let c = &s.copy_cancellation;
            sections.push(Section {
                title: label(lang, "การยกเลิกสำเนา", "Copy cancellation"),
                rows: vec![
                    (
                        label(lang, "การให้บริการทั้งหมด", "services given"),
                        c.services_total.to_string(),
                    ),
                    (
                        label(lang, "ไม่เรียกสำเนาเอกสาร", "without photocopies"),
                        c.without_copies.to_string(),
                    ),
                    (
                        label(lang, "ร้อยละ", "percent"),
                        format!("{:.1}%", c.percent),
                    ),
                ],
            });
        }
        if want(ShowSection::Satisfaction) {
            let sat = &s.satisfaction;
            let mut rows = vec![
                (
                    label(lang, "ผู้ประเมิน", "responses"),
                    sat.responses.to_string(),
                ),
                (
                    label(lang, "คะแนนเฉลี่ย", "average"),
                    format!("{:.2} / 5", sat.average),
                ),
            ];
            for (i, n) in sat.distribution.iter().enumerate().rev() {
                rows.push((
                    format!("{} {}", label(lang, "คะแนน", "score"), i + 1),
                    n.to_string(),
                ));
            }
            sections.push(Section {
                title: label(lang, "ความพึงพอใจ", "Satisfaction"),
                rows,
            });
        }
    }
    p.sections(&sections)?;
    if let (Some(list), Format::Csv) = (&services, p.format) {
        return Ok(p.records(list, &Process::pick(None).unwrap_or_default())?);
    }
    if let Some(list) = &services {
        if !sections.is_empty() {
            p.line("")?;
        }
        p.line(&format!(
            "{} ({})",
            label(lang, "บริการ", "Services"),
            list.len()
        ))?;
        let columns = Process::pick(None).unwrap_or_default();
        p.records(list, &columns)?;
    }
    Ok(())
}

fn info(point: &ServicePoint, lang: Lang) -> Section {
    let s = &point.summary;
    let none = || "-".to_owned();
    let photos: Vec<String> = point
        .photos
        .iter()
        .map(|ph| format!("{} ({})", ph.id, ph.content_type))
        .collect();
    Section {
        title: format!("{} {}", label(lang, "ข้อมูล", "Information"), s.code),
        rows: vec![
            (
                label(lang, "ชื่อสำหรับแสดงผล (ภาษาไทย)", "name (Thai)"),
                s.name_th.clone(),
            ),
            (
                label(lang, "ชื่อสำหรับแสดงผล (ภาษาอังกฤษ)", "name (English)"),
                s.name_en.clone(),
            ),
            (
                label(lang, "ชื่อเต็มของหน่วยงาน", "full name"),
                point.full_name.clone(),
            ),
            (label(lang, "ระดับ", "level"), records::level(s.level, lang)),
            (
                label(lang, "ประเภท", "type"),
                format!("{} / {}", s.unit_type, s.subtype),
            ),
            (label(lang, "หมวดหมู่", "category"), s.category.clone()),
            (
                label(lang, "สถานะ", "status"),
                records::status(s.status, lang),
            ),
            (
                label(lang, "หน่วยงานที่สังกัด", "parent unit"),
                s.parent_code.as_ref().map_or_else(none, |c| c.to_string()),
            ),
            (label(lang, "ที่อยู่", "address"), point.address_th.clone()),
            (
                label(lang, "พิกัดสถานที่", "coordinates"),
                format!("{}, {}", point.lat, point.lng),
            ),
            (
                label(lang, "เวลาทำการ", "opening hours"),
                hours::format(&point.hours),
            ),
            (
                label(lang, "อีเมล", "e-mail"),
                point.email.clone().unwrap_or_else(none),
            ),
            (
                label(lang, "โทรศัพท์", "telephone"),
                point.telephone.clone().unwrap_or_else(none),
            ),
            (
                label(lang, "รูปภาพ", "photos"),
                if photos.is_empty() {
                    none()
                } else {
                    photos.join(", ")
                },
            ),
            (
                "Authorize Code".to_owned(),
                s.authorize_code
                    .as_ref()
                    .map_or_else(none, |c| c.to_string()),
            ),
            (
                label(lang, "แก้ไขครั้งล่าสุด", "last modified"),
                records::when(s.updated_at, lang),
            ),
        ],
    }
}
