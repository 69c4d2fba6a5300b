//! Changes under a failing network, against the sandbox's fault flags: every change
//! lands once, in one run.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails loudly on what it did not expect"
)]

use citizeninfo_testkit as common;

use common::{Cli, Sandbox, json, s, write};

#[tokio::test]
async fn two_thousand_changes_converge_in_one_run_through_failures_drops_lost_answers_and_a_rate_limit()
 {
    let sb = Sandbox::start(&[
        "--demo",
        "2000",
        "--fail-rate",
        "0.1",
        "--drop-rate",
        "0.05",
        "--lose-rate",
        "0.05",
        "--rate-limit",
        "200",
    ]);
    let cli = Cli::new(&sb);
    cli.login("admin");
    let dump = cli.dir.path().join("all.yaml");
    let r = cli.run(&["dump", "-O", s(&dump)]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    // Every point gets a new English name; every other one is hidden.
    let mut docs = Vec::new();
    let mut n = 0usize;
    for doc in std::fs::read_to_string(&dump).unwrap().split("\n---\n") {
        let mut doc: serde_json::Value = serde_saphyr::from_str(doc).unwrap();
        for point in doc["points"].as_array_mut().unwrap() {
            let name = point["name_en"].as_str().unwrap().to_owned();
            point["name_en"] = format!("{name} (2026)").into();
            n += 1;
            if n.is_multiple_of(2) {
                point["status"] = "hidden".into();
            }
        }
        docs.push(serde_saphyr::to_string(&doc).unwrap());
    }
    assert_eq!(n, 2000);
    let text = docs.join("---\n");
    let wanted = write(cli.dir.path(), "wanted.yaml", &text);
    let r = cli.run(&["validate", "-f", s(&wanted)]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let r = cli.run(&["apply", "-f", s(&wanted), "--yes", "-o", "json"]);
    let report = json(&r.stdout);
    let bad: Vec<&serde_json::Value> = report["outcomes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["verdict"] != "applied")
        .collect();
    assert_eq!(r.code, 0, "{}\n{}\n{bad:?}", r.stderr, report["summary"]);
    let summary = &report["summary"];
    assert_eq!(summary["applied"], 2000, "{summary}");
    assert_eq!(summary["conflict"], 0, "{summary}");
    assert!(summary["retries"].as_u64().unwrap() > 0, "{summary}");
    assert!(
        common::schema_errors("report.schema.json", &report).is_empty(),
        "the documented shape"
    );
    // The service is what the manifest says: a second run finds nothing to do.
    let r = cli.run(&["diff", "-f", s(&wanted), "--exit-code"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
}
