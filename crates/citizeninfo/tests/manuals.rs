//! End-to-end tests of `citizeninfo manuals` against the real sandbox.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails loudly on what it did not expect"
)]

use citizeninfo_testkit as common;

use common::{Cli, Sandbox, json};
use serde_json::Value;

fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.add_filter(r"\d{1,2} [^\s]+ \d\d, \d\d\.\d\d น\.", "DATE");
    s
}

/// Processes of another department that a point of department 1401 may or may
/// not bind, found through the API.
async fn foreign(sb: &Sandbox, token: &str, point: &Value) -> (String, String) {
    let all = sb.get_json(token, "/processes?limit=1000").await;
    let bound: Vec<&str> = point["process_ids"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let pick = |open_to: &str| {
        all["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| {
                p["department_id"] != "1401"
                    && p["ministry_id"] != "14"
                    && p["open_to"] == open_to
                    && !bound.contains(&p["id"].as_str().unwrap())
            })
            .unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    (pick("all"), pick("department"))
}

#[tokio::test]
async fn listing_searching_and_showing_manuals() {
    let sb = Sandbox::start(&["--demo", "40"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    let r = cli.run(&["manuals", "list", "1401010000004"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    settings().bind(|| insta::assert_snapshot!("manuals_list", r.transcript()));
    let r = cli.run(&["manuals", "show", "P00003", "--lang", "en"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    insta::assert_snapshot!("manuals_show", r.transcript());

    let own = json(
        &cli.run(&["manuals", "search", "1401010000004", "--all", "-o", "json"])
            .stdout,
    );
    assert!(!own.as_array().unwrap().is_empty());
    assert!(
        own.as_array()
            .unwrap()
            .iter()
            .all(|p| p["department_id"] == "1401")
    );
    let other = json(
        &cli.run(&[
            "manuals",
            "search",
            "1401010000004",
            "--department",
            "0101",
            "--all",
            "-o",
            "json",
        ])
        .stdout,
    );
    assert!(!other.as_array().unwrap().is_empty());
    assert!(
        other
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["department_id"] == "0101" && p["open_to"] == "all")
    );
    let by_query = json(
        &cli.run(&[
            "manuals",
            "search",
            "1401010000004",
            "--query",
            "บัตรประจำตัว",
            "-o",
            "json",
        ])
        .stdout,
    );
    assert!(
        by_query
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["name_th"].as_str().unwrap().contains("บัตรประจำตัว"))
    );

    let r = cli.run(&["manuals", "show", "P99999"]);
    assert_eq!(r.code, 5, "{}", r.transcript());
    let r = cli.run(&["manuals", "show", "42"]);
    assert_eq!(r.code, 7, "{}", r.transcript());
    assert!(r.stderr.contains("P followed by 5 digits"), "{}", r.stderr);
}

#[tokio::test]
async fn binding_and_unbinding_one_point() {
    let sb = Sandbox::start(&["--demo", "40"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    let token = sb.token("demo", "demo").await;
    let code = "1401010000004";
    let point = sb.get_json(&token, &format!("/points/{code}")).await;
    let (open, closed) = foreign(&sb, &token, &point).await;
    let puts = || async {
        sb.stats()
            .await
            .count("PUT", "/api/v1/points/{code}/processes")
    };

    let r = cli.run(&["manuals", "bind", code, &open, "--dry-run"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert!(
        r.stdout.contains(&format!("    + bind {open} ")),
        "the process is named: {}",
        r.stdout
    );
    assert!(
        r.stdout.starts_with("Plan: 0 to create, 1 point to change"),
        "{}",
        r.stdout
    );
    assert_eq!(puts().await, 0);

    let r = cli.run(&["manuals", "bind", code, &open]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert!(
        r.stdout.starts_with(&format!("{code} +{open}\n")),
        "cross-department binding, open to all: {}",
        r.stdout
    );
    let r = cli.run(&["manuals", "bind", code, &open]);
    assert_eq!(r.stdout, "", "already bound is a no-op");
    assert!(r.stderr.contains("no changes"), "{}", r.stderr);
    assert_eq!(puts().await, 1);

    let r = cli.run(&["manuals", "bind", code, &closed]);
    assert_eq!(r.code, 7, "{}", r.transcript());
    assert!(
        r.stderr.contains(&format!("may not bind {closed}")),
        "{}",
        r.stderr
    );
    assert_eq!(puts().await, 1, "refused before anything was written");

    let r = cli.run_with(&["manuals", "unbind", code, "-"], &format!("{open}\n"), &[]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert!(
        r.stdout.starts_with(&format!("{code} -{open}\n")),
        "{}",
        r.stdout
    );
    let r = cli.run(&["manuals", "unbind", code, &open]);
    assert_eq!(r.stdout, "", "already unbound is a no-op");
    assert!(r.stderr.contains("no changes"), "{}", r.stderr);
    let after = sb.get_json(&token, &format!("/points/{code}")).await;
    assert_eq!(after["process_ids"], point["process_ids"]);

    let r = cli.run(&["manuals", "bind", code, "P99999"]);
    assert_eq!(r.code, 7, "{}", r.transcript());
    assert!(
        r.stderr.contains("the process P99999 does not exist"),
        "{}",
        r.stderr
    );
    let theirs = sb.get_json(&token, "/points/1402010000004").await["process_ids"][0]
        .as_str()
        .unwrap()
        .to_owned();
    let r = cli.run(&["manuals", "unbind", "1402010000004", &theirs]);
    assert_eq!(
        r.code,
        8,
        "outside the account's department: {}",
        r.transcript()
    );
    assert!(r.stderr.contains("1402010000004: "), "{}", r.stderr);
}

#[tokio::test]
async fn binding_many_points_at_once() {
    let sb = Sandbox::start(&["--demo", "200"]);
    let cli = Cli::new(&sb);
    cli.login("admin");
    let token = sb.token("admin", "admin").await;
    let points = sb
        .get_json(&token, "/points?department=1401&include=detail&limit=1000")
        .await;
    let points = points["items"].as_array().unwrap();
    assert!(points.len() >= 15);
    let codes: Vec<&str> = points.iter().map(|p| p["code"].as_str().unwrap()).collect();
    let file = cli.dir.path().join("codes.txt");
    std::fs::write(
        &file,
        format!("# the department's points\n{}\n", codes.join("\n")),
    )
    .unwrap();
    let (open, _) = foreign(&sb, &token, &points[0]).await;
    let already = points
        .iter()
        .filter(|p| {
            p["process_ids"]
                .as_array()
                .unwrap()
                .iter()
                .any(|v| v == open.as_str())
        })
        .count();

    sb.http
        .delete(format!("{}/_sandbox/stats", sb.url))
        .send()
        .await
        .unwrap();
    let r = cli.run(&[
        "manuals",
        "bind",
        "--points-from",
        file.to_str().unwrap(),
        &open,
        "-o",
        "json",
    ]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let report = json(&r.stdout);
    let changed = report["outcomes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["verdict"] == "applied")
        .count();
    assert_eq!(changed, codes.len() - already);
    let stats = sb.stats().await;
    assert_eq!(
        stats.count("GET", "/api/v1/points"),
        1,
        "every point read in one request"
    );
    assert_eq!(
        stats.count("PUT", "/api/v1/points/{code}/processes"),
        changed as u64
    );
    let after = sb
        .get_json(&token, "/points?department=1401&include=detail&limit=1000")
        .await;
    assert!(after["items"].as_array().unwrap().iter().all(|p| {
        p["process_ids"]
            .as_array()
            .unwrap()
            .iter()
            .any(|v| v == open.as_str())
    }));

    let r = cli.run(&[
        "manuals",
        "unbind",
        "--points-from",
        file.to_str().unwrap(),
        &open,
    ]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert_eq!(
        r.stdout
            .lines()
            .filter(|l| l.ends_with(&format!(" -{open}")))
            .count(),
        codes.len()
    );

    std::fs::write(&file, "1401010000004\n14010100005\n").unwrap();
    let r = cli.run(&[
        "manuals",
        "bind",
        "--points-from",
        file.to_str().unwrap(),
        &open,
    ]);
    assert_eq!(r.code, 7, "{}", r.transcript());
    assert!(
        r.stderr.contains("codes.txt:2: the code \"14010100005\""),
        "{}",
        r.stderr
    );
}
