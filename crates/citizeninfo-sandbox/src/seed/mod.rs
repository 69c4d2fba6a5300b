//! Deterministic demo data: the same `--demo N` gives the same records on every
//! machine, built from real ministries, departments, provinces and services.

pub(crate) mod data;
pub(crate) mod load;

use std::collections::HashMap;
use std::fmt;
use std::time::Instant;

use chrono::DateTime;
use rusqlite::{Connection, params};
use serde::Serialize;

use super::rng::Rng;
use super::store::accounts::{self, Account};
use super::store::points;
use super::store::stamp;
use citizeninfo_api::provinces::PROVINCES;
use citizeninfo_api::{
    AccountKind, Fee, Level, Manual, ManualStep, OpenTo, OpeningPeriod, RequiredDocument, Right,
    ScopeKind, Status, TimeOfDay, Weekday,
};
use data::{CATEGORIES, DOCUMENTS, MINISTRIES, ROADS, STEPS, UNIT_TYPES};

/// The password account scoped to one department.
pub(crate) const DEMO_ACCOUNT: &str = "demo";
/// The password account over the whole tree.
pub(crate) const ADMIN_ACCOUNT: &str = "admin";
/// The password account that has never signed in.
pub(crate) const NEWCOMER_ACCOUNT: &str = "newcomer";
/// The OpenID account, which may add points.
pub(crate) const OPENID_ACCOUNT: &str = "openid";
/// An OpenID account that has never signed in: it registers with an Authorize Code.
pub(crate) const OPENID_NEWCOMER_ACCOUNT: &str = "openid-newcomer";

/// The department the demo accounts act in: กรมการปกครอง when the data has it.
const DEMO_DEPARTMENT_EN: &str = "Department of Provincial Administration";

/// Agencies a department has: its central administration and four regional offices.
const AGENCIES_PER_DEPARTMENT: usize = 5;

/// Points an agency gets before the next agency is opened, for small `--demo N`.
const POINTS_PER_AGENCY: u32 = 20;

/// Regional offices' regions, in the order of agencies 2 to 5.
const REGIONS: [&[&str]; 4] = [
    &["ภาคเหนือ"],
    &["ภาคตะวันออกเฉียงเหนือ"],
    &["ภาคกลาง", "ภาคตะวันออก", "ภาคตะวันตก"],
    &["ภาคใต้"],
];

/// What seeding did, printed at start-up.
pub(crate) struct Report {
    lines: Vec<String>,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for line in &self.lines {
            writeln!(f, "{line}")?;
        }
        Ok(())
    }
}

struct Dept {
    id: String,
    ministry_id: String,
    name_th: &'static str,
    name_en: &'static str,
    processes: &'static [data::ProcessSeed],
}

struct AgencyRow {
    id: String,
    dept: usize,
    /// 0 for the central administration, 1 to 4 for regional offices.
    k: usize,
    name_th: String,
}

/// The organisation tree as the seed numbers it; the demo department comes first.
fn departments() -> Vec<Dept> {
    let mut out = Vec::new();
    for (mi, m) in MINISTRIES.iter().enumerate() {
        for (di, d) in m.departments.iter().enumerate() {
            out.push(Dept {
                id: format!("{:02}{:02}", mi + 1, di + 1),
                ministry_id: format!("{:02}", mi + 1),
                name_th: d.name_th,
                name_en: d.name_en,
                processes: d.processes,
            });
        }
    }
    let first = out
        .iter()
        .position(|d| d.name_en == DEMO_DEPARTMENT_EN)
        .unwrap_or(0);
    out.rotate_left(first);
    out
}

fn agencies(depts: &[Dept]) -> Vec<AgencyRow> {
    let mut out = Vec::new();
    for k in 0..AGENCIES_PER_DEPARTMENT {
        for (i, d) in depts.iter().enumerate() {
            out.push(AgencyRow {
                id: format!("{}{:02}", d.id, k + 1),
                dept: i,
                k,
                name_th: if k == 0 {
                    format!("{} ส่วนกลาง", d.name_th)
                } else {
                    format!("{} สำนักงานภาคที่ {k}", d.name_th)
                },
            });
        }
    }
    out
}

fn agency_name_en(d: &Dept, k: usize) -> String {
    if k == 0 {
        format!("{} Central Administration", d.name_en)
    } else {
        format!("{} Regional Office {k}", d.name_en)
    }
}

/// A department's mail domain from its English initials, e.g. `dopa` is not
/// guessed, but `dpa.go.th` is a plausible shape.
fn domain(name_en: &str) -> String {
    let initials: String = name_en
        .split_whitespace()
        .filter(|w| !matches!(*w, "of" | "and" | "the" | "for" | "&"))
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    format!("{initials}.go.th")
}

fn t(h: u16, m: u16) -> TimeOfDay {
    TimeOfDay::at(h, m)
}

/// Opening hours with a lunch break, sometimes with Saturday mornings.
fn hours(rng: &mut Rng) -> Vec<OpeningPeriod> {
    let (open, lunch, back, close) = match rng.below(3) {
        0 => (t(8, 30), t(12, 0), t(13, 0), t(16, 30)),
        1 => (t(8, 0), t(12, 0), t(13, 0), t(16, 0)),
        _ => (t(8, 30), t(12, 0), t(13, 0), t(15, 30)),
    };
    let mut out = Vec::new();
    for day in &Weekday::ALL[..5] {
        out.push(OpeningPeriod {
            day: *day,
            open,
            close: lunch,
        });
        out.push(OpeningPeriod {
            day: *day,
            open: back,
            close,
        });
    }
    if rng.below(4) == 0 {
        out.push(OpeningPeriod {
            day: Weekday::Sat,
            open: t(9, 0),
            close: t(12, 0),
        });
    }
    out
}

/// A timestamp between 2019-01-01 and 2026-10-31, as stored.
fn past(rng: &mut Rng) -> String {
    let from: i64 = 1_546_300_800; // 2019-01-01T00:00:00Z
    let to: i64 = 1_793_404_800; // 2026-10-31T00:00:00Z
    let secs = from + rng.below((to - from) as u64) as i64;
    stamp(DateTime::from_timestamp(secs - secs % 60, 0).unwrap_or_default())
}

fn hex(rng: &mut Rng, n: usize) -> String {
    let mut s = format!("{:016X}{:016X}", rng.next_u64(), rng.next_u64());
    s.truncate(n);
    s
}

fn manual(rng: &mut Rng, process_th: &str, dept: &Dept, category: usize) -> Manual {
    let mut steps = Vec::new();
    let n_steps = 2 + rng.below(3) as usize;
    let start = rng.below(STEPS.len() as u64) as usize;
    for i in 0..n_steps {
        let (description, minutes) = STEPS[(start + i) % STEPS.len()];
        steps.push(ManualStep {
            order: i as u32 + 1,
            description: description.to_owned(),
            minutes,
            responsible: dept.name_th.to_owned(),
        });
    }
    let mut documents = Vec::new();
    let n_docs = 1 + rng.below(4) as usize;
    let start = rng.below(DOCUMENTS.len() as u64) as usize;
    for i in 0..n_docs {
        let (name, issuer) = DOCUMENTS[(start + i) % DOCUMENTS.len()];
        documents.push(RequiredDocument {
            name: name.to_owned(),
            issuer: issuer.to_owned(),
            originals: 1,
            copies: rng.below(2) as u32,
        });
    }
    let fees = if category == 0 || rng.below(3) == 0 {
        vec![Fee {
            description: format!("ค่าธรรมเนียม{process_th}"),
            amount_baht: [20, 50, 100, 200, 500, 1000][rng.below(6) as usize],
        }]
    } else {
        Vec::new()
    };
    Manual {
        description: format!("{process_th} ให้บริการโดย{} ตามคู่มือสำหรับประชาชน", dept.name_th),
        legal_basis: "พระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558".to_owned(),
        hours: vec![
            OpeningPeriod {
                day: Weekday::Mon,
                open: t(8, 30),
                close: t(16, 30),
            },
            OpeningPeriod {
                day: Weekday::Tue,
                open: t(8, 30),
                close: t(16, 30),
            },
            OpeningPeriod {
                day: Weekday::Wed,
                open: t(8, 30),
                close: t(16, 30),
            },
            OpeningPeriod {
                day: Weekday::Thu,
                open: t(8, 30),
                close: t(16, 30),
            },
            OpeningPeriod {
                day: Weekday::Fri,
                open: t(8, 30),
                close: t(16, 30),
            },
        ],
        duration_minutes: steps.iter().map(|s| s.minutes).sum(),
        steps,
        documents,
        fees,
    }
}

struct ProcessIndex {
    by_department: Vec<Vec<String>>,
    ministry_open: HashMap<String, Vec<(usize, String)>>,
    all_open: Vec<String>,
}

fn seed_tree(
    conn: &Connection,
    depts: &[Dept],
    agencies: &[AgencyRow],
    rng: &mut Rng,
) -> anyhow::Result<ProcessIndex> {
    for (mi, m) in MINISTRIES.iter().enumerate() {
        conn.execute(
            "INSERT INTO ministries (id, name_th, name_en) VALUES (?1, ?2, ?3)",
            params![format!("{:02}", mi + 1), m.name_th, m.name_en],
        )?;
    }
    for d in depts {
        conn.execute(
            "INSERT INTO departments (id, ministry_id, name_th, name_en) VALUES (?1, ?2, ?3, ?4)",
            params![d.id, d.ministry_id, d.name_th, d.name_en],
        )?;
    }
    for a in agencies {
        let d = &depts[a.dept];
        conn.execute(
            "INSERT INTO agencies (id, department_id, ministry_id, name_th, name_en) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![a.id, d.id, d.ministry_id, a.name_th, agency_name_en(d, a.k)],
        )?;
    }
    let mut index = ProcessIndex {
        by_department: vec![Vec::new(); depts.len()],
        ministry_open: HashMap::new(),
        all_open: Vec::new(),
    };
    let mut n = 0;
    for (position, d) in depts.iter().enumerate() {
        for p in d.processes {
            n += 1;
            let id = format!("P{n:05}");
            let open_to = match n % 5 {
                0 => OpenTo::All,
                1 => OpenTo::Ministry,
                _ => OpenTo::Department,
            };
            let category = p.category.min(CATEGORIES.len() - 1);
            let manual = manual(rng, p.name_th, d, category);
            conn.execute(
                "INSERT INTO processes (id, ministry_id, department_id, category, name_th, name_en, open_to, manual) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    id,
                    d.ministry_id,
                    d.id,
                    CATEGORIES[category].name_th,
                    p.name_th,
                    p.name_en,
                    open_to.as_str(),
                    serde_json::to_string(&manual)?
                ],
            )?;
            index.by_department[position].push(id.clone());
            match open_to {
                OpenTo::All => index.all_open.push(id),
                OpenTo::Ministry => index
                    .ministry_open
                    .entry(d.ministry_id.clone())
                    .or_default()
                    .push((position, id)),
                OpenTo::Department => {}
            }
        }
    }
    Ok(index)
}

/// What the demo data states of a point, by wire key, as a creation would: the
/// store keeps each as the field registry says, and leaves a field it does not
/// state empty.
#[derive(Serialize)]
struct DemoPoint<'a> {
    code: &'a str,
    agency_id: &'a str,
    parent_code: Option<&'a str>,
    level: Level,
    #[serde(rename = "type")]
    unit_type: &'a str,
    subtype: &'a str,
    category: &'a str,
    name_th: &'a str,
    name_en: &'a str,
    full_name: &'a str,
    address_th: &'a str,
    province: &'a str,
    lat: f64,
    lng: f64,
    hours: Vec<OpeningPeriod>,
    email: &'a str,
    telephone: &'a str,
    status: Status,
}

/// Seeds `n` points and their bindings; returns the codes of the first agency's
/// first service point (for the newcomer to register with).
fn seed_points(
    conn: &Connection,
    n: u32,
    depts: &[Dept],
    agencies: &[AgencyRow],
    index: &ProcessIndex,
    rng: &mut Rng,
) -> anyhow::Result<u64> {
    let used = (n.div_ceil(POINTS_PER_AGENCY) as usize).clamp(1, agencies.len());
    let mut bind = conn.prepare(
        "INSERT OR IGNORE INTO bindings (code, process_id, bound_at) VALUES (?1, ?2, ?3)",
    )?;
    let bangkok = PROVINCES
        .iter()
        .position(|p| p.name_th == "กรุงเทพมหานคร")
        .unwrap_or(0);
    let regional: Vec<Vec<usize>> = REGIONS
        .iter()
        .map(|names| {
            let found: Vec<usize> = (0..PROVINCES.len())
                .filter(|&i| names.contains(&PROVINCES[i].region_th))
                .collect();
            if found.is_empty() {
                (0..PROVINCES.len()).collect()
            } else {
                found
            }
        })
        .collect();
    let mut names_seen: HashMap<(usize, String), u32> = HashMap::new();
    let mut bindings = 0u64;
    for i in 0..n {
        let a = &agencies[i as usize % used];
        let seq = i / used as u32;
        let d = &depts[a.dept];
        let ministry = &MINISTRIES[d
            .ministry_id
            .parse::<usize>()
            .unwrap_or(1)
            .saturating_sub(1)];
        let code = format!("{}{:07}", a.id, seq + 1);
        let parent = match seq {
            0 => None,
            1 | 2 => Some(format!("{}{:07}", a.id, 1)),
            s => Some(format!("{}{:07}", a.id, 1 + s % 3)),
        };
        let level = match seq {
            0 => Level::HeadAgency,
            1 | 2 => Level::CentralUnit,
            _ => Level::ServicePoint,
        };
        let province = if level != Level::ServicePoint {
            bangkok
        } else if a.k == 0 {
            rng.below(PROVINCES.len() as u64) as usize
        } else {
            *rng.pick(&regional[a.k - 1])
        };
        let prov = &PROVINCES[province];
        let (mut name_th, mut name_en) = match level {
            Level::HeadAgency => (a.name_th.clone(), agency_name_en(d, a.k)),
            Level::CentralUnit if seq == 1 => (
                format!("{} ศูนย์บริการประชาชน", a.name_th),
                format!("{} Public Service Centre", agency_name_en(d, a.k)),
            ),
            Level::CentralUnit => (
                format!("{} สำนักบริหารกลาง", a.name_th),
                format!("{} Central Administration Office", agency_name_en(d, a.k)),
            ),
            Level::ServicePoint if province == bangkok => (
                format!("{} สำนักงาน{}", d.name_th, prov.name_th),
                format!("{}, {} Office", d.name_en, prov.name_en),
            ),
            Level::ServicePoint => (
                format!("{} สำนักงานจังหวัด{}", d.name_th, prov.name_th),
                format!("{}, {} Provincial Office", d.name_en, prov.name_en),
            ),
        };
        let seen = names_seen.entry((a.dept, name_th.clone())).or_default();
        *seen += 1;
        if *seen > 1 {
            name_th = format!("{name_th} แห่งที่ {seen}");
            name_en = format!("{name_en} No. {seen}");
        }
        let full_name = format!("{name_th} {}", ministry.name_th);
        let road = rng.pick(ROADS);
        let number = 1 + rng.below(999);
        let address = if province == bangkok {
            format!(
                "{number} {road} เขต{} {} {}",
                prov.capital_th, prov.name_th, prov.postcode
            )
        } else {
            format!(
                "{number} {road} อ.{} จ.{} {}",
                prov.capital_th, prov.name_th, prov.postcode
            )
        };
        let lat = ((prov.lat + (rng.unit() - 0.5) * 0.16) * 1e6).round() / 1e6;
        let lng = ((prov.lng + (rng.unit() - 0.5) * 0.16) * 1e6).round() / 1e6;
        let (unit_type, subtype) = if rng.below(7) == 0 {
            let ty = rng.pick(&UNIT_TYPES[1..]);
            (ty.name_th, *rng.pick(ty.subtypes))
        } else {
            let ty = &UNIT_TYPES[0];
            let sub = if level == Level::ServicePoint && ty.subtypes.len() > 1 {
                ty.subtypes[1]
            } else {
                ty.subtypes[0]
            };
            (ty.name_th, sub)
        };
        let telephone = if province == bangkok {
            format!("0 2{:03} {:04}", rng.below(1000), rng.below(10000))
        } else {
            format!(
                "0 {:02}{:02} {:04}",
                32 + rng.below(46),
                rng.below(100),
                rng.below(10000)
            )
        };
        let email = format!("saraban.{code}@{}", domain(d.name_en));
        let status = if rng.below(20) == 0 {
            Status::Hidden
        } else {
            Status::Shown
        };
        let total = rng.below(20_000);
        let without = (total as f64 * (0.3 + 0.7 * rng.unit())) as u64;
        let voters = total / 10;
        let weights = [
            1 + rng.below(3),
            2 + rng.below(5),
            10 + rng.below(15),
            30 + rng.below(20),
            40 + rng.below(30),
        ];
        let sum: u64 = weights.iter().sum();
        let ratings = weights.map(|w| voters * w / sum);
        let bound_at = past(rng);
        // In the order the demo data has always drawn them.
        let category = CATEGORIES[rng.below(CATEGORIES.len() as u64) as usize].name_th;
        let hours = hours(rng);
        let authorize_code = hex(rng, 15);
        let updated_at = past(rng);
        let point = DemoPoint {
            code: &code,
            agency_id: &a.id,
            parent_code: parent.as_deref(),
            level,
            unit_type,
            subtype,
            category,
            name_th: &name_th,
            name_en: &name_en,
            full_name: &full_name,
            address_th: &address,
            province: prov.name_th,
            lat,
            lng,
            hours,
            email: &email,
            telephone: &telephone,
            status,
        };
        points::insert_point(
            conn,
            &point,
            &points::Service {
                ministry_id: &d.ministry_id,
                department_id: &d.id,
                authorize_code: &authorize_code,
                version: 1,
                updated_at,
                bindings_version: 1,
                bindings_updated_at: Some(bound_at.clone()),
                services_total: total,
                without_copies: without,
                ratings,
            },
        )
        .map_err(|e| anyhow::anyhow!(e.message))?;
        let own = &index.by_department[a.dept];
        let target = 15 + rng.below(11) as usize;
        let mut chosen: Vec<&String> = own.iter().collect();
        if let Some(open) = index.ministry_open.get(&d.ministry_id) {
            chosen.extend(
                open.iter()
                    .filter(|(dept, _)| *dept != a.dept)
                    .map(|(_, id)| id)
                    .take(3),
            );
        }
        let mut guard = 0;
        while chosen.len() < target && !index.all_open.is_empty() && guard < 100 {
            guard += 1;
            let id = rng.pick(&index.all_open);
            if !chosen.contains(&id) {
                chosen.push(id);
            }
        }
        for id in chosen {
            bindings += bind.execute(params![code, id, bound_at])? as u64;
        }
    }
    Ok(bindings)
}

fn count(conn: &Connection, table: &str) -> anyhow::Result<u64> {
    Ok(conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))?)
}

fn demo_accounts(conn: &Connection, dept: &Dept) -> anyhow::Result<()> {
    let all = vec![Right::EditPoints, Right::HidePoints, Right::BindProcesses];
    let given = data::GIVEN_NAMES;
    let surnames = data::SURNAMES;
    let name = |i: usize| {
        format!(
            "{} {}",
            given[i % given.len()],
            surnames[i % surnames.len()]
        )
    };
    for a in [
        Account {
            username: DEMO_ACCOUNT.to_owned(),
            password: DEMO_ACCOUNT.to_owned(),
            kind: AccountKind::Password,
            display_name: name(0),
            scope_kind: ScopeKind::Department,
            scope_id: Some(dept.id.clone()),
            rights: all.clone(),
            registered: true,
        },
        Account {
            username: ADMIN_ACCOUNT.to_owned(),
            password: ADMIN_ACCOUNT.to_owned(),
            kind: AccountKind::Password,
            display_name: name(1),
            scope_kind: ScopeKind::All,
            scope_id: None,
            rights: all.clone(),
            registered: true,
        },
        Account {
            username: NEWCOMER_ACCOUNT.to_owned(),
            password: NEWCOMER_ACCOUNT.to_owned(),
            kind: AccountKind::Password,
            display_name: name(2),
            scope_kind: ScopeKind::Unit,
            scope_id: None,
            rights: all.clone(),
            registered: false,
        },
        Account {
            username: OPENID_ACCOUNT.to_owned(),
            password: OPENID_ACCOUNT.to_owned(),
            kind: AccountKind::Openid,
            display_name: name(3),
            scope_kind: ScopeKind::Department,
            scope_id: Some(dept.id.clone()),
            rights: [all.clone(), vec![Right::CreatePoints]].concat(),
            registered: true,
        },
        Account {
            username: OPENID_NEWCOMER_ACCOUNT.to_owned(),
            password: OPENID_NEWCOMER_ACCOUNT.to_owned(),
            kind: AccountKind::Openid,
            display_name: name(4),
            scope_kind: ScopeKind::Unit,
            scope_id: None,
            rights: [all, vec![Right::CreatePoints]].concat(),
            registered: false,
        },
    ] {
        accounts::put(conn, &a).map_err(|e| anyhow::anyhow!(e.message))?;
    }
    Ok(())
}

/// Seeds an empty database: the organisation tree, the processes, the demo
/// accounts, `n` points with their bindings, and the points of the manifests to
/// load. A database that already holds data is left as it is (and refuses a load).
pub(crate) fn seed(conn: &mut Connection, n: u32, load: &[load::Loaded]) -> anyhow::Result<Report> {
    let started = Instant::now();
    let depts = departments();
    let agencies = agencies(&depts);
    let mut rng = Rng::new(0x0C17_12E4_1F0D);
    let mut lines = Vec::new();
    let fresh = count(conn, "ministries")? == 0;
    if fresh {
        let tx = conn.transaction()?;
        let index = seed_tree(&tx, &depts, &agencies, &mut rng)?;
        demo_accounts(&tx, &depts[0])?;
        seed_points(&tx, n, &depts, &agencies, &index, &mut rng)?;
        if !load.is_empty() {
            match load::insert(&tx, load)? {
                Ok(bindings) => lines.push(format!(
                    "loaded {} service points and {bindings} bindings from the manifests",
                    load.len()
                )),
                // Nothing is kept: the transaction is dropped, and so rolled back.
                Err(problems) => return Err(load::refused(&problems)),
            }
        }
        tx.commit()?;
        // Fold the seed's write-ahead log into the database file now, not at exit.
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    } else if !load.is_empty() {
        anyhow::bail!(
            "--load seeds an empty database, and this one already holds data: give a new --data file, or none (in memory)"
        );
    } else if n > 0 {
        lines.push(format!(
            "note: the database already holds data, so --demo {n} added nothing"
        ));
    }
    let points = count(conn, "points")?;
    lines.push(format!(
        "demo data: {points} service points, {} ministries, {} departments, {} agencies, {} processes, {} bindings{}",
        count(conn, "ministries")?,
        count(conn, "departments")?,
        count(conn, "agencies")?,
        count(conn, "processes")?,
        count(conn, "bindings")?,
        if fresh { format!(" (seeded in {:.1} s)", started.elapsed().as_secs_f64()) } else { String::new() }
    ));
    let dept = &depts[0];
    let unit: Option<(String, String)> = conn
        .query_row(
            "SELECT code, authorize_code FROM points WHERE department_id = ?1 AND level = 'service_point' ORDER BY code LIMIT 1",
            [&dept.id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .ok();
    lines.push("demo accounts:".to_owned());
    lines.push(format!(
        "  {DEMO_ACCOUNT} / {DEMO_ACCOUNT}          password; may change {} (department {})",
        dept.name_th, dept.id
    ));
    lines.push(format!(
        "  {ADMIN_ACCOUNT} / {ADMIN_ACCOUNT}        password; may change the whole tree"
    ));
    if let Some((code, authorize)) = unit {
        lines.push(format!(
            "  {NEWCOMER_ACCOUNT} / {NEWCOMER_ACCOUNT}  password, never signed in: register with Authorize Code {authorize} (unit {code}, ministry {}, department {}, agency {})",
            dept.ministry_id,
            dept.id,
            &code[..6]
        ));
    } else {
        lines.push(format!("  {NEWCOMER_ACCOUNT} / {NEWCOMER_ACCOUNT}  password, never signed in: must register with a unit's Authorize Code"));
    }
    lines.push(format!(
        "  {OPENID_ACCOUNT} / {OPENID_ACCOUNT}      OpenID (login --openid; sign in at the built-in issuer /_oidc/); may change {} and add points",
        dept.name_th
    ));
    lines.push(format!(
        "  {OPENID_NEWCOMER_ACCOUNT} / {OPENID_NEWCOMER_ACCOUNT}  OpenID, never signed in: registers like newcomer"
    ));
    Ok(Report { lines })
}
