//! The one engine behind every change, end to end against the real sandbox: the
//! dependency order of creations, exact versions instead of timestamps, one session
//! a run, rights checked before anything is sent, and one outcome shape.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails loudly on what it did not expect"
)]

use citizeninfo_testkit as common;

use std::collections::BTreeSet;

use common::{Cli, Sandbox, json, s, write};
use serde_json::Value;

/// A manifest creating `child` under `parent`, both new, the child written first.
fn child_before_parent(parent: &str, child: &str) -> String {
    format!(
        "apiVersion: citizeninfo/v1\nkind: ServicePoints\ndefaults:\n  agency_id: \"140101\"\n  type: ส่วนราชการ\n  subtype: ส่วนราชการ ที่ตั้งอยู่ในภูมิภาค\n  category: แจ้ง\n  province: นนทบุรี\n  address_th: ถนนรัตนาธิเบศร์ อ.เมืองนนทบุรี จ.นนทบุรี 11000\n  lat: 13.86\n  lng: 100.51\npoints:\n  - code: \"{child}\"\n    parent_code: \"{parent}\"\n    name_th: ห้องบริการย่อย {child}\n    name_en: Counter {child}\n    full_name: ห้องบริการย่อย {child} กรมการปกครอง\n  - code: \"{parent}\"\n    name_th: ศูนย์บริการ {parent}\n    name_en: Service centre {parent}\n    full_name: ศูนย์บริการ {parent} กรมการปกครอง\n"
    )
}

#[tokio::test]
async fn a_new_child_listed_before_its_new_parent_is_created_after_it() {
    let sb = Sandbox::start(&["--demo", "40", "--openid-auto-approve"]);
    let cli = Cli::new(&sb);
    let r = cli.run(&["login", "--openid"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let token = sb.token("admin", "admin").await;
    for (concurrency, parent, child) in [
        ("1", "1401019100001", "1401019100000"),
        ("8", "1401019200001", "1401019200000"),
    ] {
        let m = write(
            cli.dir.path(),
            &format!("tree-{concurrency}.yaml"),
            &child_before_parent(parent, child),
        );
        let r = cli.run(&[
            "apply",
            "-f",
            s(&m),
            "--yes",
            "--allow-empty",
            "--concurrency",
            concurrency,
        ]);
        assert_eq!(r.code, 0, "concurrency {concurrency}: {}", r.transcript());
        let made = sb.get_json(&token, &format!("/points/{child}")).await;
        assert_eq!(made["parent_code"], parent, "{made}");
        sb.get_json(&token, &format!("/points/{parent}")).await;
        // A second apply of the same file changes nothing.
        let r = cli.run(&["apply", "-f", s(&m), "--yes", "-o", "json"]);
        assert_eq!(r.code, 0, "{}", r.transcript());
        assert_eq!(json(&r.stdout)["summary"]["unchanged"], 2, "{}", r.stdout);
    }
}

#[tokio::test]
async fn a_new_child_is_planned_under_a_new_parent_stated_a_thousand_points_later() {
    // The manifests are planned a thousand points a batch as they are read: the
    // parent is in another batch than its child, and must still count as created.
    let sb = Sandbox::start(&["--demo", "40", "--openid-auto-approve"]);
    let cli = Cli::new(&sb);
    let r = cli.run(&["login", "--openid"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let (parent, child) = ("1401019300001", "1401019300000");
    let whole = child_before_parent(parent, child);
    let (head, rest) = whole.split_at(whole.find("  - code: \"1401019300001\"").unwrap());
    let mut text = head.to_owned();
    for i in 0..1_000 {
        text.push_str(&format!(
            "  - code: \"14010194{i:05}\"\n    name_th: จุดบริการทดสอบที่ {i}\n    name_en: Test point {i}\n    full_name: จุดบริการทดสอบที่ {i} กรมการปกครอง\n"
        ));
    }
    text.push_str(rest);
    let m = write(cli.dir.path(), "far.yaml", &text);
    let r = cli.run(&["diff", "-f", s(&m), "-o", "json"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let plan = json(&r.stdout);
    let creates = plan["creates"].as_array().unwrap();
    assert_eq!(creates.len(), 1_002, "{}", r.stdout);
    assert!(
        creates
            .iter()
            .any(|c| c["point"]["code"] == child && c["point"]["parent_code"] == parent),
        "{}",
        r.stdout
    );
}

#[tokio::test]
async fn an_expired_session_is_refreshed_once_for_the_whole_run() {
    let sb = Sandbox::start(&["--demo", "40"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    // The saved access token has expired: the run must refresh it, once, although
    // the export reads both the points and the processes.
    let path = cli.dir.path().join("credentials/default.json");
    let mut saved = json(&std::fs::read_to_string(&path).unwrap());
    saved["expires_at"] = Value::from("2000-01-01T00:00:00Z");
    std::fs::write(&path, serde_json::to_string(&saved).unwrap()).unwrap();
    sb.http
        .delete(format!("{}/_sandbox/stats", sb.url))
        .send()
        .await
        .unwrap();
    let file = cli.dir.path().join("bindings.csv");
    let r = cli.run(&[
        "export",
        "csv",
        "--department",
        "1401",
        "--bindings",
        "-O",
        s(&file),
    ]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert!(std::fs::read_to_string(&file).unwrap().lines().count() > 1);
    assert_eq!(
        sb.stats().await.count("POST", "/api/v1/auth/token"),
        1,
        "one refresh for the whole run"
    );
    let after = json(&std::fs::read_to_string(&path).unwrap());
    assert_ne!(
        after["refresh_token"], saved["refresh_token"],
        "refreshed and saved"
    );
    let r = cli.run(&["auth", "status"]);
    assert_eq!(r.code, 0, "still signed in: {}", r.transcript());
}

#[tokio::test]
async fn a_command_naming_a_point_outside_the_unit_changes_nothing() {
    let sb = Sandbox::start(&["--demo", "40"]);
    let cli = Cli::new(&sb);
    cli.login("demo"); // กรมการปกครอง (1401) only
    let (inside, outside) = ("1401010000010", "1402010000004");
    let r = cli.run(&["points", "hide", inside, outside]);
    assert_eq!(r.code, 8, "{}", r.transcript());
    assert!(
        r.stderr.contains(&format!(
            "{outside}: outside your account's department 1401"
        )),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("--skip-forbidden"), "{}", r.stderr);
    assert_eq!(
        sb.stats()
            .await
            .count("PUT", "/api/v1/points/{code}/status"),
        0,
        "nothing was sent"
    );
    let token = sb.token("admin", "admin").await;
    assert_eq!(
        sb.get_json(&token, &format!("/points/{inside}")).await["status"],
        "shown"
    );

    // Told to, it leaves the outside point out and says so.
    let r = cli.run(&[
        "points",
        "hide",
        inside,
        outside,
        "--skip-forbidden",
        "-o",
        "json",
    ]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let report = json(&r.stdout);
    let errors = common::schema_errors("report.schema.json", &report);
    assert!(errors.is_empty(), "{errors:?}");
    let verdicts: Vec<(&str, &str)> = report["outcomes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| (o["code"].as_str().unwrap(), o["verdict"].as_str().unwrap()))
        .collect();
    assert_eq!(verdicts, [(inside, "applied"), (outside, "forbidden")]);
    assert!(r.stderr.contains("left out 1 point"), "{}", r.stderr);
    assert_eq!(
        sb.get_json(&token, &format!("/points/{inside}")).await["status"],
        "hidden"
    );
    assert_eq!(
        sb.get_json(&token, &format!("/points/{outside}")).await["status"],
        "shown"
    );
}

#[tokio::test]
async fn a_dry_run_and_a_diff_say_what_is_forbidden() {
    let sb = Sandbox::start(&["--demo", "40"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    let outside = "1402010000004";
    let r = cli.run(&["points", "hide", outside, "--dry-run"]);
    assert_eq!(r.code, 8, "{}", r.transcript());
    assert!(
        r.stdout.contains(&format!("! {outside} "))
            && r.stdout
                .contains(": forbidden: outside your account's department 1401"),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains(&format!("~ {outside}")), "{}", r.stdout);
    let r = cli.run(&[
        "points",
        "edit",
        outside,
        "--telephone",
        "0 2000 0002",
        "--dry-run",
    ]);
    assert_eq!(r.code, 8, "{}", r.transcript());
    assert!(r.stdout.contains("forbidden"), "{}", r.stdout);
    let token = sb.token("admin", "admin").await;
    let bound = sb
        .get_json(&token, &format!("/points/{outside}/processes"))
        .await;
    let id = bound["items"][0]["id"].as_str().unwrap().to_owned();
    let r = cli.run(&["manuals", "unbind", outside, &id, "--dry-run", "-o", "json"]);
    assert_eq!(r.code, 8, "{}", r.transcript());
    let report = json(&r.stdout);
    assert_eq!(report["dry_run"], true);
    assert_eq!(report["plan"]["forbidden"][0]["code"], outside, "{report}");

    let m = write(
        cli.dir.path(),
        "other.yaml",
        &format!(
            "apiVersion: citizeninfo/v1\nkind: ServicePoint\ncode: \"{outside}\"\nname_en: Not ours\n"
        ),
    );
    let r = cli.run(&["diff", "-f", s(&m)]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert!(r.stdout.contains(": forbidden: "), "{}", r.stdout);
    let r = cli.run(&["diff", "-f", s(&m), "-o", "json"]);
    assert_eq!(
        json(&r.stdout)["forbidden"][0]["code"],
        outside,
        "{}",
        r.stdout
    );
    let r = cli.run(&["apply", "-f", s(&m), "--yes"]);
    assert_eq!(r.code, 8, "{}", r.transcript());

    // An import without --apply is a dry run like the others: the row outside the
    // unit is marked, and the command refuses.
    let sheet = write(
        cli.dir.path(),
        "other.csv",
        &format!("รหัสหน่วยงาน,โทรศัพท์\n{outside},0 2000 0003\n"),
    );
    let r = cli.run(&["import", "csv", s(&sheet), "-o", "json"]);
    assert_eq!(r.code, 8, "{}", r.transcript());
    let report = json(&r.stdout);
    assert_eq!(report["dry_run"], true, "{report}");
    assert_eq!(report["plan"]["forbidden"][0]["code"], outside, "{report}");
    assert_eq!(
        report["plan"]["forbidden"][0]["action"], "update",
        "{report}"
    );
    assert!(common::schema_errors("report.schema.json", &report).is_empty());
}

/// The keys of a JSON object, and of the first element of each array inside it.
fn shape(v: &Value) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    if let Some(map) = v.as_object() {
        for (k, inner) in map {
            out.insert(k.clone());
            let first = inner.as_array().and_then(|a| a.first()).unwrap_or(inner);
            if let Some(m) = first.as_object() {
                for key in m.keys() {
                    out.insert(format!("{k}.{key}"));
                }
            }
        }
    }
    out
}

#[tokio::test]
async fn every_mutating_command_reports_the_same_shape() {
    let sb = Sandbox::start(&["--demo", "40"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    let sheet = write(
        cli.dir.path(),
        "one.csv",
        "รหัสหน่วยงาน,โทรศัพท์\n1401010000007,0 2000 1234\n",
    );
    let manifest = write(
        cli.dir.path(),
        "one.yaml",
        "apiVersion: citizeninfo/v1\nkind: ServicePoint\ncode: \"1401010000008\"\nname_en: From a manifest\n",
    );
    // A process the point may bind and has not bound yet.
    let token = sb.token("demo", "demo").await;
    let bound = sb.get_json(&token, "/points/1401010000011/processes").await;
    let bound: Vec<&str> = bound["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    let open = sb
        .get_json(&token, "/processes?bindable_to=1401010000011&limit=1000")
        .await;
    let open = open["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_owned())
        .find(|id| !bound.contains(&id.as_str()))
        .unwrap();
    let runs: [&[&str]; 5] = [
        &["points", "hide", "1401010000010"],
        &["manuals", "bind", "1401010000011", &open],
        &["points", "edit", "1401010000012", "--name-en", "Edited"],
        &["import", "csv", s(&sheet), "--apply"],
        &["apply", "-f", s(&manifest), "--yes"],
    ];
    let mut shapes = Vec::new();
    for args in runs {
        let mut args = args.to_vec();
        args.extend(["-o", "json"]);
        let r = cli.run(&args);
        assert_eq!(r.code, 0, "{args:?}: {}", r.transcript());
        let v = json(&r.stdout);
        assert_eq!(v["dry_run"], false, "{args:?}: {v}");
        assert_eq!(v["outcomes"].as_array().unwrap().len(), 1, "{args:?}: {v}");
        assert_eq!(v["outcomes"][0]["verdict"], "applied", "{args:?}: {v}");
        assert_eq!(v["summary"]["applied"], 1, "{args:?}: {v}");
        // Every report is the documented shape, nothing more or less.
        let errors = common::schema_errors("report.schema.json", &v);
        assert!(errors.is_empty(), "{args:?}: {errors:?}\n{v}");
        // The changes differ; the record around them does not.
        let keys: BTreeSet<String> = shape(&v)
            .into_iter()
            .filter(|k| {
                !k.starts_with("plan.") && !k.starts_with("outcomes.")
                    || ["outcomes.code", "outcomes.action", "outcomes.verdict"]
                        .contains(&k.as_str())
            })
            .collect();
        shapes.push((args[0..2].join(" "), keys));
    }
    for (name, keys) in &shapes[1..] {
        assert_eq!(keys, &shapes[0].1, "{name} and {} differ", shapes[0].0);
    }
}

#[tokio::test]
async fn a_point_is_never_moved_outside_the_unit_under_a_missing_parent_or_under_itself() {
    let sb = Sandbox::start(&["--demo", "40"]);
    let cli = Cli::new(&sb);
    cli.login("demo"); // กรมการปกครอง (1401) only
    let token = sb.token("admin", "admin").await;
    let (point, outside) = ("1401010000010", "1402010000004");
    let before = sb.get_json(&token, &format!("/points/{point}")).await;

    // Under another department's point: the point would leave the account's tree.
    let r = cli.run(&["points", "edit", point, "--parent", outside]);
    assert_eq!(r.code, 8, "{}", r.transcript());
    assert!(
        r.stderr
            .contains(&format!("may not move it under {outside}")),
        "{}",
        r.stderr
    );
    // Under a point that does not exist.
    let r = cli.run(&["points", "edit", point, "--parent", "1401019999999"]);
    assert_eq!(r.code, 7, "{}", r.transcript());
    assert!(
        r.stderr.contains("the parent 1401019999999 does not exist"),
        "{}",
        r.stderr
    );
    // Under itself.
    let r = cli.run(&["points", "edit", point, "--parent", point]);
    assert_eq!(r.code, 7, "{}", r.transcript());
    assert!(r.stderr.contains("itself or below it"), "{}", r.stderr);
    // Its parent under it, in a manifest: the tree would have a loop.
    let parent = before["parent_code"].as_str().unwrap().to_owned();
    let manifest = write(
        cli.dir.path(),
        "move.yaml",
        &format!(
            "apiVersion: citizeninfo/v1\nkind: ServicePoint\ncode: \"{parent}\"\nparent_code: \"{point}\"\n"
        ),
    );
    let r = cli.run(&["apply", "-f", s(&manifest), "--yes"]);
    assert_eq!(r.code, 7, "{}", r.transcript());
    assert!(
        r.stdout
            .contains(&format!("{parent} cannot be placed under {point}")),
        "{}",
        r.transcript()
    );
    assert_eq!(
        sb.stats().await.count("PATCH", "/api/v1/points/{code}"),
        0,
        "nothing was sent"
    );
    let after = sb.get_json(&token, &format!("/points/{point}")).await;
    assert_eq!(before["parent_code"], after["parent_code"]);
}
