//! `points show`: the back office's four tabs of a point.

use std::io;

use serde::Serialize;
use tokio::task::JoinSet;

use super::super::Context;
use crate::output::render::write_csv;
use crate::output::{Human, Lang, Record, Render, Section, records};
use citizeninfo_api::fields;
use citizeninfo_api::{PointStats, Process, ServicePoint};
use clap::ValueEnum;

use crate::output::Shape;

/// A tab of `points show`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShowSection {
    /// ข้อมูล: information.
    Info,
    /// การยกเลิกสำเนา: copy cancellation.
    Copy,
    /// ความพึงพอใจ: satisfaction.
    Satisfaction,
    /// บริการ: the bound citizen manuals.
    Services,
}

/// Examples, one invocation a line (shown under "Examples" in `--help`).
pub const EXAMPLES: &str = "citizeninfo points show 1401010000001\n\
         citizeninfo points show 1401010000001 --section services\n\
         citizeninfo points show 1401010000001 -o json";

/// The arguments of `points show`.
#[derive(Debug, clap::Args)]
#[command(after_long_help = EXAMPLES)]
pub struct Args {
    /// The 13-digit code.
    pub code: String,
    /// Only this tab.
    #[arg(long, value_enum)]
    pub section: Option<ShowSection>,
}

impl Args {
    /// What it prints: the services tab is rows, any other tab a document.
    pub fn shape(&self) -> Shape {
        if self.section == Some(ShowSection::Services) {
            Shape::Rows
        } else {
            Shape::Document {
                rows_with: Some("--section services"),
            }
        }
    }
}

/// What `points show` prints: the tabs asked for.
#[derive(Serialize)]
struct Shown {
    #[serde(skip_serializing_if = "Option::is_none")]
    point: Option<ServicePoint>,
    #[serde(skip_serializing_if = "Option::is_none")]
    stats: Option<PointStats>,
    #[serde(skip_serializing_if = "Option::is_none")]
    services: Option<Vec<Process>>,
    /// The one tab asked for, if one was.
    #[serde(skip)]
    section: Option<ShowSection>,
}

impl Shown {
    fn wants(&self, s: ShowSection) -> bool {
        self.section.is_none_or(|x| x == s)
    }
}

impl Render for Shown {
    fn human(&self, h: &mut Human<'_>) -> io::Result<()> {
        let lang = h.lang();
        let mut sections = Vec::new();
        if let Some(point) = &self.point {
            sections.push(info(point, lang));
        }
        if let Some(s) = &self.stats {
            if self.wants(ShowSection::Copy) {
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
            if self.wants(ShowSection::Satisfaction) {
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
        h.sections(&sections)?;
        if let Some(list) = &self.services {
            if !sections.is_empty() {
                h.line("")?;
            }
            h.line(&format!(
                "{} ({})",
                label(lang, "บริการ", "Services"),
                list.len()
            ))?;
            h.records(list, &Process::pick(None).unwrap_or_default())?;
        }
        Ok(())
    }

    /// The services tab alone is a table.
    fn csv(&self, out: &mut dyn io::Write) -> Option<io::Result<()>> {
        match (&self.services, self.section) {
            (Some(list), Some(ShowSection::Services)) => Some(write_csv(
                out,
                list,
                &Process::pick(None).unwrap_or_default(),
            )),
            _ => None,
        }
    }
}

fn label(lang: Lang, th: &str, en: &str) -> String {
    match lang {
        Lang::Th => th.to_owned(),
        Lang::En => en.to_owned(),
    }
}

/// Runs `points show`.
pub async fn run(ctx: &Context, a: Args) -> anyhow::Result<()> {
    let code = super::code(&a.code)?;
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
    ctx.printer.show(&Shown {
        point: want(ShowSection::Info).then_some(point),
        stats,
        services,
        section: a.section,
    })
}

fn info(point: &ServicePoint, lang: Lang) -> Section {
    let s = &point.summary;
    let photos: Vec<String> = point
        .photos
        .iter()
        .map(|ph| format!("{} ({})", ph.id, ph.content_type))
        .collect();
    // The fields of the tab, in the back office's order, with their labels and
    // values: the field registry's.
    let mut rows: Vec<(String, String)> = fields::information()
        .into_iter()
        .map(|f| records::field_row(f, point, lang))
        .collect();
    rows.push((
        label(lang, "รูปภาพ", "Photos"),
        if photos.is_empty() {
            "-".to_owned()
        } else {
            photos.join(", ")
        },
    ));
    rows.extend(fields::field("updated_at").map(|f| records::field_row(f, point, lang)));
    Section {
        title: format!("{} {}", label(lang, "ข้อมูล", "Information"), s.code),
        rows,
    }
}
