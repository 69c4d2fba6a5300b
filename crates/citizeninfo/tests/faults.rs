//! Changes under a failing network, against the sandbox's fault flags: every change
//! lands once, in one run.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails loudly on what it did not expect"
)]

use citizeninfo_testkit as common;

use common::{Cli, Sandbox, json, s, write};

/// Failures, dropped connections and lost answers, before a rate limit.
const FAULTS: [&str; 6] = [
    "--fail-rate",
    "0.1",
    "--drop-rate",
    "0.05",
    "--lose-rate",
    "0.05",
];

/// Points the demo data holds, each changed by the password account.
const UPDATES: usize = 1800;
/// Points the OpenID account adds.
const CREATES: usize = 200;
/// Points changed under the tight rate limit: enough for the tool to settle to the
/// limit (a minute at 50 requests a second would prove no more, only later).
const THROTTLED_UPDATES: usize = 600;

/// The demo points (`points` of them) with every English name changed, every other
/// status flipped and every third point's last process unbound.
fn updated(dump: &str, points: usize) -> String {
    let mut docs = Vec::new();
    let mut n = 0usize;
    for doc in dump.split("\n---\n") {
        let mut doc: serde_json::Value = serde_saphyr::from_str(doc).unwrap();
        for point in doc["points"].as_array_mut().unwrap() {
            let name = point["name_en"].as_str().unwrap().to_owned();
            point["name_en"] = format!("{name} (2026)").into();
            n += 1;
            if n.is_multiple_of(2) {
                let flipped = if point["status"] == "shown" {
                    "hidden"
                } else {
                    "shown"
                };
                point["status"] = flipped.into();
            }
            if n.is_multiple_of(3)
                && let Some(exact) = point["processes"]["exact"].as_array_mut()
            {
                exact.pop();
            }
        }
        docs.push(serde_saphyr::to_string(&doc).unwrap());
    }
    assert_eq!(n, points);
    docs.join("---\n")
}

/// New points of the OpenID account's department, every fourth hidden and every
/// other one with a process bound.
fn created() -> String {
    let mut text = String::from(
        "apiVersion: citizeninfo/v1\nkind: ServicePoints\ndefaults:\n  agency_id: \"140101\"\n  type: ส่วนราชการ\n  subtype: ส่วนราชการ ที่ตั้งอยู่ในภูมิภาค\n  category: แจ้ง\n  province: นนทบุรี\n  address_th: ถนนรัตนาธิเบศร์ อ.เมืองนนทบุรี จ.นนทบุรี 11000\n  lat: 13.86\n  lng: 100.51\n  hours: mon-fri 08:30-12:00,13:00-16:30\npoints:\n",
    );
    for i in 0..CREATES {
        text.push_str(&format!(
            "  - code: \"14010190{i:05}\"\n    name_th: จุดบริการเคลื่อนที่ {i}\n    name_en: Mobile service point {i}\n    full_name: จุดบริการเคลื่อนที่ {i} กรมการปกครอง\n"
        ));
        if i % 4 == 0 {
            text.push_str("    status: hidden\n");
        }
        if i % 2 == 0 {
            text.push_str("    processes:\n      exact: [P00001]\n");
        }
    }
    text
}

/// Applies the manifest in one run and checks that it landed: exit 0, every point
/// applied, the report in its documented shape, and `diff` finding nothing left.
fn converges(cli: &Cli, manifest: &std::path::Path, points: usize, extra: &[&str]) -> u64 {
    let mut args = vec!["apply", "-f", s(manifest), "--yes", "-o", "json"];
    args.extend_from_slice(extra);
    let r = cli.run(&args);
    assert!(!r.stdout.is_empty(), "{}", r.transcript());
    let report = json(&r.stdout);
    let bad: Vec<&serde_json::Value> = report["outcomes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["verdict"] != "applied")
        .collect();
    assert_eq!(r.code, 0, "{}\n{}\n{bad:?}", r.stderr, report["summary"]);
    let summary = &report["summary"];
    assert_eq!(summary["applied"], points, "{summary}");
    assert_eq!(summary["conflict"], 0, "{summary}");
    assert!(
        common::schema_errors("report.schema.json", &report).is_empty(),
        "the documented shape"
    );
    // The service is what the manifest says: a second look finds nothing to do.
    let r = cli.run(&["diff", "-f", s(manifest), "--exit-code"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    summary["retries"].as_u64().unwrap()
}

/// `updates` updates (fields, statuses, bindings) by a password account and 200
/// creations by an OpenID account, through the sandbox started with `faults`.
async fn changes(updates: usize, faults: &[&str], extra: &[&str]) -> (Sandbox, u64) {
    let demo = updates.to_string();
    let mut args = vec![
        "--demo",
        demo.as_str(),
        "--openid-auto-approve",
        "--device-interval",
        "1",
    ];
    args.extend_from_slice(faults);
    let sb = Sandbox::start(&args);

    let admin = Cli::new(&sb);
    admin.login("admin");
    let dump = admin.dir.path().join("all.yaml");
    let r = admin.run(&["dump", "-O", s(&dump)]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let wanted = updated(&std::fs::read_to_string(&dump).unwrap(), updates);
    let wanted = write(admin.dir.path(), "wanted.yaml", &wanted);
    let r = admin.run(&["validate", "-f", s(&wanted)]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let mut retries = converges(&admin, &wanted, updates, extra);

    let openid = Cli::new(&sb);
    let r = openid.run(&["login", "--openid"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let new = write(openid.dir.path(), "new.yaml", &created());
    let mut extra = extra.to_vec();
    extra.push("--allow-empty");
    retries += converges(&openid, &new, CREATES, &extra);
    (sb, retries)
}

#[tokio::test]
async fn two_thousand_changes_converge_in_one_run_through_failures_drops_lost_answers_and_a_rate_limit()
 {
    let (_sb, retries) = changes(
        UPDATES,
        &[&FAULTS[..], &["--rate-limit", "200"]].concat(),
        &[],
    )
    .await;
    assert!(retries > 0, "the summary counts the retries");
}

#[tokio::test]
async fn a_tight_rate_limit_slows_the_tool_down_instead_of_failing_it() {
    let (sb, _) = changes(
        THROTTLED_UPDATES,
        &[&FAULTS[..], &["--rate-limit", "50"]].concat(),
        &["--concurrency", "32"],
    )
    .await;
    let stats = sb.stats().await;
    let throttled = stats.with_status(429);
    assert!(
        throttled * 100 < stats.total * 15,
        "{throttled} of {} requests answered 429",
        stats.total
    );
}
