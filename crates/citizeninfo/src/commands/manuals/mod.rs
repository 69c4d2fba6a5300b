//! `manuals`: citizen manuals (processes) and a point's bindings to them
//! (เชื่อมโยงคู่มือ).

pub mod bind;
pub mod list;
pub mod search;
pub mod show;
pub mod unbind;

use std::collections::BTreeMap;
use std::io;

use serde::Serialize;

use super::Context;
use super::listing;
use clap::Subcommand;

use crate::commands::points;
use crate::exit;
use crate::exit::Failure;
use crate::output::Shape;
use crate::output::records::{SearchRow, when};
use crate::output::render::write_csv;
use crate::output::{Human, Lang, Record, Render, Rows, Section};
use citizeninfo_api::hours;
use citizeninfo_api::{
    BoundProcess, OrgQuery, PointCode, PointProcesses, Process, ProcessId, ProcessQuery,
};

/// `manuals`' subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// The processes bound to a point now, by category.
    List(list::Args),
    /// Processes a point may bind: its own department's by default.
    Search(search::Args),
    /// One citizen manual: information, hours, duration, steps, documents, fees.
    Show(show::Args),
    /// Bind processes to a point, or to every point of --points-from.
    Bind(bind::Args),
    /// Unbind processes from a point, or from every point of --points-from.
    Unbind(unbind::Args),
}

impl Command {
    /// What it prints.
    pub fn shape(&self) -> Shape {
        match self {
            Command::List(_) | Command::Search(_) => Shape::Rows,
            Command::Show(_) | Command::Bind(_) | Command::Unbind(_) => Shape::DOCUMENT,
        }
    }

    /// Runs it.
    pub async fn run(self, ctx: &Context) -> anyhow::Result<u8> {
        match self {
            Command::List(a) => list::run(ctx, a).await.map(|()| exit::OK),
            Command::Search(a) => search::run(ctx, a).await.map(|()| exit::OK),
            Command::Show(a) => show::run(ctx, a).await.map(|()| exit::OK),
            Command::Bind(a) => bind::run(ctx, a).await,
            Command::Unbind(a) => unbind::run(ctx, a).await,
        }
    }
}

/// Parses a process id argument, refusing it before any request.
pub fn process_id(place: &str, value: &str) -> anyhow::Result<ProcessId> {
    value.trim().parse().map_err(|e: String| {
        Failure::invalid(
            format!("{place}: the process id {e}"),
            "`citizeninfo manuals search CODE` lists the ids",
        )
        .into()
    })
}

fn label(lang: Lang, th: &str, en: &str) -> String {
    match lang {
        Lang::Th => th.to_owned(),
        Lang::En => en.to_owned(),
    }
}

/// What `manuals list` prints: a point's bound processes; for people, by category.
#[derive(Serialize)]
#[serde(transparent)]
struct Bound {
    #[serde(skip)]
    code: PointCode,
    set: PointProcesses,
}

impl Render for Bound {
    fn human(&self, h: &mut Human<'_>) -> io::Result<()> {
        let lang = h.lang();
        let set = &self.set;
        let changed = set
            .updated_at
            .map_or_else(|| "-".to_owned(), |t| when(t, lang));
        h.line(&format!(
            "{}: {} {}, {} {changed}",
            self.code,
            set.items.len(),
            label(lang, "กระบวนงาน", "processes"),
            label(lang, "เปลี่ยนแปลงล่าสุด", "last changed"),
        ))?;
        h.line("")?;
        let mut by_category: BTreeMap<&str, Vec<&BoundProcess>> = BTreeMap::new();
        for item in &set.items {
            by_category
                .entry(&item.process.category)
                .or_default()
                .push(item);
        }
        let sections: Vec<Section> = by_category
            .into_iter()
            .map(|(category, items)| Section {
                title: format!("{category} ({})", items.len()),
                rows: items
                    .iter()
                    .map(|b| (b.process.id.to_string(), b.process.name_th.clone()))
                    .collect(),
            })
            .collect();
        h.sections(&sections)
    }

    fn csv(&self, out: &mut dyn io::Write) -> Option<io::Result<()>> {
        Some(write_csv(
            out,
            &self.set.items,
            &BoundProcess::pick(None).unwrap_or_default(),
        ))
    }
}

/// What `manuals show` prints: a citizen manual.
#[derive(Serialize)]
#[serde(transparent)]
struct Manual(Process);

impl Render for Manual {
    fn human(&self, h: &mut Human<'_>) -> io::Result<()> {
        let lang = h.lang();
        h.sections(&manual_sections(&self.0, lang))
    }
}

/// A manual's sections for people.
fn manual_sections(process: &Process, lang: Lang) -> Vec<Section> {
    let s = &process.summary;
    let m = &process.manual;
    let mut sections = vec![Section {
        title: format!(
            "{} {}",
            label(lang, "ข้อมูลเบื้องต้น", "Basic information"),
            s.id
        ),
        rows: vec![
            (label(lang, "ชื่อกระบวนงาน", "process"), s.name_th.clone()),
            (label(lang, "ชื่อภาษาอังกฤษ", "in English"), s.name_en.clone()),
            (label(lang, "หมวดหมู่", "category"), s.category.clone()),
            (label(lang, "กรม", "department"), s.department_id.clone()),
            (
                label(lang, "ผูกได้โดย", "may be bound by"),
                s.open_to.as_str().to_owned(),
            ),
            (
                label(lang, "รายละเอียด", "description"),
                m.description.clone(),
            ),
            (
                label(lang, "กฎหมายที่เกี่ยวข้อง", "legal basis"),
                m.legal_basis.clone(),
            ),
            (
                label(lang, "เวลาเปิดให้บริการ", "hours"),
                hours::format(&m.hours),
            ),
            (
                label(lang, "ระยะเวลาการให้บริการ", "duration"),
                format!("{} {}", m.duration_minutes, label(lang, "นาที", "minutes")),
            ),
        ],
    }];
    sections.push(Section {
        title: label(lang, "ขั้นตอน", "Steps"),
        rows: m
            .steps
            .iter()
            .map(|st| {
                (
                    format!("{}.", st.order),
                    format!(
                        "{} ({} {}, {})",
                        st.description,
                        st.minutes,
                        label(lang, "นาที", "min"),
                        st.responsible
                    ),
                )
            })
            .collect(),
    });
    sections.push(Section {
        title: label(lang, "เอกสารหลักฐาน", "Documents"),
        rows: m
            .documents
            .iter()
            .map(|d| {
                (
                    d.name.clone(),
                    format!(
                        "{}: {} {}, {} {}",
                        d.issuer,
                        d.originals,
                        label(lang, "ฉบับจริง", "original"),
                        d.copies,
                        label(lang, "สำเนา", "copies")
                    ),
                )
            })
            .collect(),
    });
    sections.push(Section {
        title: label(lang, "ค่าธรรมเนียม", "Fees"),
        rows: if m.fees.is_empty() {
            vec![(label(lang, "ไม่มีค่าธรรมเนียม", "none"), String::new())]
        } else {
            m.fees
                .iter()
                .map(|f| {
                    (
                        f.description.clone(),
                        format!("{} {}", f.amount_baht, label(lang, "บาท", "baht")),
                    )
                })
                .collect()
        },
    });
    sections
}
