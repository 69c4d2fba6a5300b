//! End-to-end tests of saved plans (`diff --out`, `apply PLAN`) against the real sandbox.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails loudly on what it did not expect"
)]

use citizeninfo_testkit as common;

use common::{Cli, Sandbox, json, s, write};
use serde_json::Value;

/// Writes a plan `diff --out` saved from a manifest changing two points of 1401.
fn saved_plan(cli: &Cli) -> (std::path::PathBuf, Value) {
    let m = write(
        cli.dir.path(),
        "m.yaml",
        "apiVersion: citizeninfo/v1\nkind: ServicePoints\npoints:\n  - code: \"1401010000004\"\n    name_en: From the manifest\n  - code: \"1401010000010\"\n    telephone: 0 2000 0004\n",
    );
    let plan = cli.dir.path().join("plan.json");
    let r = cli.run(&["diff", "-f", s(&m), "--out", s(&plan)]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let saved = json(&std::fs::read_to_string(&plan).unwrap());
    (plan, saved)
}

#[tokio::test]
async fn a_saved_plan_edited_after_it_was_saved_is_refused_before_anything_is_sent() {
    let sb = Sandbox::start(&["--demo", "40"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    let (path, saved) = saved_plan(&cli);
    type Tamper = fn(&mut Value);
    let cases: [(&str, Tamper, &str); 7] = [
        (
            "the telephone sent, not the one shown",
            |p| p["plan"]["points"][1]["patch"]["telephone"] = "0 2999 9999".into(),
            "1401010000010 differs from what was saved",
        ),
        (
            "a new English name, shown and sent",
            |p| {
                p["plan"]["points"][0]["patch"]["name_en"] = "Forged".into();
                p["plan"]["points"][0]["changes"][0]["new"] = "Forged".into();
            },
            "1401010000004 differs from what was saved",
        ),
        (
            "a point added",
            |p| {
                let mut extra = p["plan"]["points"][1].clone();
                extra["code"] = "1401010000011".into();
                p["plan"]["points"].as_array_mut().unwrap().push(extra);
            },
            "1401010000011 was added",
        ),
        (
            "a point removed",
            |p| {
                p["plan"]["points"].as_array_mut().unwrap().remove(0);
            },
            "1401010000004 was removed",
        ),
        (
            "the fingerprint zeroed",
            |p| p["fingerprint"] = "0000000000000000".into(),
            "the fingerprint does not match",
        ),
        (
            "the fingerprint changed",
            |p| p["fingerprint"] = "0123456789abcdef".into(),
            "the fingerprint does not match",
        ),
        (
            "the state's versions",
            |p| p["state"][0][1] = 99.into(),
            "the state saved for 1401010000004 differs",
        ),
    ];
    for (what, tamper, says) in cases {
        let mut plan = saved.clone();
        tamper(&mut plan);
        std::fs::write(&path, serde_json::to_string_pretty(&plan).unwrap()).unwrap();
        sb.reset_stats().await;
        let r = cli.run(&["apply", s(&path), "--yes"]);
        assert_eq!(r.code, 7, "{what}: {}", r.transcript());
        assert!(
            r.stderr.contains("was changed after it was saved") && r.stderr.contains(says),
            "{what}: {}",
            r.stderr
        );
        assert!(
            r.stderr.contains("make a new plan with `citizeninfo diff"),
            "{what}: a hint to make a new plan: {}",
            r.stderr
        );
        let stats = sb.stats().await;
        assert!(stats.writes().is_empty(), "{what}: {stats:?}");
        assert_eq!(stats.total, 0, "{what}: nothing is sent: {stats:?}");
    }
    // Untouched, it applies.
    std::fs::write(&path, serde_json::to_string_pretty(&saved).unwrap()).unwrap();
    let r = cli.run(&["apply", s(&path), "--yes"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
}

#[tokio::test]
async fn a_saved_plan_is_applied_under_the_rights_of_who_applies_it() {
    let sb = Sandbox::start(&["--demo", "40"]);
    let admin = Cli::new(&sb);
    admin.login("admin");
    let (inside, outside) = ("1401010000010", "1402010000004");
    let m = write(
        admin.dir.path(),
        "m.yaml",
        &format!(
            "apiVersion: citizeninfo/v1\nkind: ServicePoints\npoints:\n  - code: \"{inside}\"\n    telephone: 0 2000 0004\n  - code: \"{outside}\"\n    telephone: 0 2000 0005\n"
        ),
    );
    let plan = admin.dir.path().join("plan.json");
    let r = admin.run(&["diff", "-f", s(&m), "--out", s(&plan)]);
    assert_eq!(r.code, 0, "{}", r.transcript());

    let officer = Cli::new(&sb);
    officer.login("demo"); // กรมการปกครอง (1401) only
    sb.reset_stats().await;
    let r = officer.run(&["apply", s(&plan), "--yes"]);
    assert_eq!(r.code, 8, "{}", r.transcript());
    assert!(
        r.stderr.contains(&format!(
            "{outside}: outside your account's department 1401"
        )),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("--skip-forbidden"), "{}", r.stderr);
    let stats = sb.stats().await;
    assert!(stats.writes().is_empty(), "nothing written: {stats:?}");

    // Told to, it leaves the outside point out, as `apply -f` does.
    let r = officer.run(&["apply", s(&plan), "--yes", "--skip-forbidden"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert!(r.stderr.contains("left out 1 point"), "{}", r.stderr);
    let token = sb.token("admin", "admin").await;
    let got = |code: &'static str| {
        let (sb, token) = (&sb, &token);
        async move { sb.get_json(token, &format!("/points/{code}")).await["telephone"].clone() }
    };
    assert_eq!(got(inside).await, "0 2000 0004");
    assert_ne!(got(outside).await, "0 2000 0005");
}

/// What the service says in an error, and what the user typed, is shown as one
/// visible line: a newline cannot forge a second `error:` line, an escape sequence
/// cannot colour the terminal, a zero-width space is shown.
#[tokio::test]
async fn an_error_shows_the_services_text_and_the_users_code_visibly() {
    let sb = Sandbox::start(&[
        "--demo",
        "40",
        "--fail-rate",
        "1",
        "--faults-on",
        "/api/v1/points/{code}",
        "--fail-status",
        "400",
        "--fail-text",
        "busy\nerror: forged \u{1b}[31mred",
    ]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    let r = cli.run(&["points", "show", "1401010000004"]);
    assert_ne!(r.code, 0, "{}", r.transcript());
    let errors = r.stderr.lines().filter(|l| l.starts_with("error:")).count();
    assert_eq!(errors, 1, "one error line: {}", r.stderr);
    assert!(!r.stderr.contains('\u{1b}'), "{}", r.stderr);
    assert!(
        r.stderr.contains("busy\\u{a}error: forged \\u{1b}[31mred"),
        "{}",
        r.stderr
    );

    let r = cli.run(&["points", "show", "14010100000\u{200b}04"]);
    assert_eq!(r.code, 7, "{}", r.transcript());
    assert!(r.stderr.contains("14010100000\\u{200b}04"), "{}", r.stderr);
    assert!(!r.stderr.contains('\u{200b}'), "{}", r.stderr);
}
