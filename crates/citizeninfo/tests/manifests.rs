//! End-to-end tests of `validate`, `diff`, `apply` and `dump` against the real sandbox.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails loudly on what it did not expect"
)]

use citizeninfo_testkit as common;

use std::path::Path;

use common::{Cli, Sandbox, json, s, write};

#[tokio::test]
async fn validation_names_every_problem_with_its_place() {
    let sb = Sandbox::start(&[]);
    let cli = Cli::new(&sb);
    let dir = cli.dir.path();
    let points = write(
        dir,
        "points.yaml",
        r#"apiVersion: citizeninfo/v1
kind: ServicePoints
defaults:
  hours: mon-fri 08:30-16:30
points:
  - code: "1401010000004"
    lat: 100.5
    lng: 13.7
  - code: "140101000005"
    email: not-mail
  - code: "1401010000006"
    hours: mon-fri 8:30-noon
    status: gone
    processes:
      exact: [P00001, P1, P00001]
  - code: "1401010000007"
    lat: 48.85
    lng: 2.35
---
apiVersion: citizeninfo/v2
kind: ServicePoint
code: "1401010000008"
---
apiVersion: citizeninfo/v1
kind: ServicePiont
code: "1401010000009"
---
apiVersion: citizeninfo/v1
kind: ServicePoint
code: "1401010000010"
nmae_th: typo
---
apiVersion: citizeninfo/v1
kind: ServicePoint
code: "1401010000011"
lat: north
---
apiVersion: citizeninfo/v1
kind: ServicePoint
code: "1401010000012"
processes:
  exact: [P00001]
  include: [P00002]
---
apiVersion: citizeninfo/v1
kind: ServicePoint
code: "1401010000013"
agency_id: "140101"
name_th: จุดบริการใหม่
"#,
    );
    let other = write(
        dir,
        "more.yaml",
        "apiVersion: citizeninfo/v1\nkind: ServicePoint\ncode: \"1401010000004\"\n",
    );
    let broken = write(
        dir,
        "broken.yaml",
        "apiVersion: citizeninfo/v1\nkind: [ServicePoint\n",
    );
    let r = cli.run(&[
        "validate",
        "-f",
        s(&points),
        "-f",
        s(&other),
        "-f",
        s(&broken),
    ]);
    assert_eq!(r.code, 7, "{}", r.transcript());
    let mut settings = insta::Settings::clone_current();
    settings.add_filter(r"/tmp/[^\s:]+/", "DIR/");
    settings.bind(|| insta::assert_snapshot!("validate_problems", r.transcript()));

    let r = cli.run(&["validate", "-f", s(&points), "-o", "json"]);
    let rows = json(&r.stdout);
    assert!(
        rows.as_array()
            .unwrap()
            .iter()
            .all(|p| p["line"].as_u64().unwrap() > 0 && p["column"].as_u64().unwrap() > 0)
    );
    assert_eq!(sb.stats().await.total, 0, "validation needs no network");
}

#[test]
fn alias_bombs_and_enormous_files_are_refused_in_bounded_memory() {
    let sb = Sandbox::start(&[]);
    let cli = Cli::new(&sb);
    // A "billion laughs" under a real field: ten levels of ten aliases each.
    let mut bomb = String::from(
        "apiVersion: citizeninfo/v1\nkind: ServicePoint\ncode: \"1401010000004\"\nprocesses:\n  include: [&a0 [P00001, P00001, P00001, P00001, P00001, P00001, P00001, P00001, P00001, P00001]",
    );
    for i in 1..12 {
        let prev = vec![format!("*a{}", i - 1); 10].join(", ");
        bomb.push_str(&format!(", &a{i} [{prev}]"));
    }
    bomb.push_str("]\n");
    let path = write(cli.dir.path(), "bomb.yaml", &bomb);
    let started = std::time::Instant::now();
    let r = cli.run(&["validate", "-f", s(&path)]);
    assert_eq!(r.code, 7, "{}", r.transcript());
    assert!(
        r.stdout.starts_with(&format!("{}:5:", path.display())),
        "refused at its place: {}",
        r.stdout
    );
    assert!(
        started.elapsed() < std::time::Duration::from_secs(10),
        "not expanded"
    );
    let big = cli.dir.path().join("big.yaml");
    let file = std::fs::File::create(&big).unwrap();
    // Over the cap of 1 GiB (a sparse file: nothing is written).
    file.set_len(1024 * 1024 * 1024 + 1).unwrap();
    let r = cli.run(&["validate", "-f", s(&big)]);
    assert_eq!(r.code, 7, "{}", r.transcript());
    assert!(
        r.stdout.contains("the most a manifest may be")
            && r.stdout.contains("dump --split-by department -O DIR"),
        "{}",
        r.stdout
    );
    // A line with no end (17 MiB of zeros and then more) is refused at its line
    // once it passes the cap of a line, not read whole.
    let long = cli.dir.path().join("long.yaml");
    std::fs::File::create(&long)
        .unwrap()
        .set_len(65 * 1024 * 1024)
        .unwrap();
    let r = cli.run(&["validate", "-f", s(&long)]);
    assert_eq!(r.code, 7, "{}", r.transcript());
    assert!(
        r.stdout.contains(":1:1: the line is longer than"),
        "{}",
        r.stdout
    );
}

#[tokio::test]
async fn dump_then_diff_is_empty_and_apply_twice_changes_once() {
    let sb = Sandbox::start(&["--demo", "200"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    let dump = cli.dir.path().join("dept.yaml");
    let r = cli.run(&["dump", "--department", "1401", "-O", s(&dump)]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let again = cli.run(&["dump", "-l", "department=กรมการปกครอง"]);
    assert_eq!(
        std::fs::read_to_string(&dump).unwrap(),
        again.stdout,
        "byte-stable, selectors by name too"
    );
    let r = cli.run(&["diff", "-f", s(&dump), "--exit-code"]);
    assert_eq!(r.code, 0, "dump → diff is empty: {}", r.transcript());

    // Change one name, hide one point, bind one more process, through the same file.
    let text = std::fs::read_to_string(&dump).unwrap();
    let text = text.replacen("  status: shown\n", "  status: hidden\n", 1);
    let text = text.replacen(
        "name_en: Department of Provincial Administration Central Administration\n",
        "name_en: DOPA Central\n",
        1,
    );
    let edited = write(cli.dir.path(), "edited.yaml", &text);
    let r = cli.run(&["diff", "-f", s(&edited), "--exit-code"]);
    assert_eq!(r.code, 3, "{}", r.transcript());
    assert!(
        !r.stdout.contains('\x1b'),
        "no colour in a pipe: {}",
        r.stdout
    );
    // On a terminal the plan is coloured (a change yellow), unless told not to.
    let on_terminal = |env: &str, flags: &str| {
        let out = cli.shell(&format!(
            "{env} script -qec '\"$BIN\" diff -f {} {flags}' /dev/null",
            s(&edited)
        ));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let screen = on_terminal("", "");
    assert!(screen.contains("\x1b[33m~ "), "{screen:?}");
    assert!(!on_terminal("NO_COLOR=1", "").contains("\x1b[33m"));
    assert!(!on_terminal("", "--color never").contains("\x1b[33m"));
    let r = cli.run(&["diff", "-f", s(&edited), "--color", "always"]);
    assert!(r.stdout.contains("\x1b[33m~ "), "{}", r.stdout);
    let r = cli.run(&["diff", "-f", s(&edited), "-o", "json"]);
    let plan = json(&r.stdout);
    assert_eq!(plan["points"].as_array().unwrap().len(), 1);
    assert_eq!(plan["points"][0]["status"]["to"], "hidden");

    let r = cli.run(&["apply", "-f", s(&edited)]);
    assert_eq!(r.code, 2, "no terminal and no --yes: {}", r.transcript());
    // At a terminal, a person who answers no cancels it: not a mistake of theirs.
    let out = cli.shell(&format!(
        "printf 'n\\n' | script -qec '\"$BIN\" apply -f {}' /dev/null",
        s(&edited)
    ));
    let screen = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{screen}");
    assert!(screen.contains("Apply these changes? [y/N]"), "{screen}");
    assert!(
        screen.contains("Apply cancelled: nothing was changed."),
        "{screen}"
    );
    assert!(!screen.contains("error:"), "{screen}");
    let r = cli.run(&["diff", "-f", s(&edited), "--exit-code"]);
    assert_eq!(r.code, 3, "still pending: {}", r.transcript());
    let r = cli.run(&["apply", "-f", s(&edited), "--yes"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let r = cli.run(&["apply", "-f", s(&edited), "--yes"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert!(
        r.stderr.contains("no changes"),
        "apply → apply is empty: {}",
        r.transcript()
    );
    let r = cli.run(&["diff", "-f", s(&edited), "--exit-code"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
}

/// What a split dump writes, at any size (`scale.rs` holds it at 20,000 points): each
/// file is a manifest on its own, the folder applies as no change, and the same
/// state dumps again to the same files, byte for byte.
#[tokio::test]
async fn a_split_dump_validates_file_by_file_applies_as_no_change_and_dumps_again_byte_for_byte() {
    let sb = Sandbox::start(&["--demo", "300"]);
    let cli = Cli::new(&sb);
    cli.login("admin");
    let dir = cli.dir.path().join("registry");
    let r = cli.run(&["dump", "--split-by", "department", "-O", s(&dir)]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(files.len() > 1, "one file a department: {files:?}");
    assert!(
        r.stderr
            .contains(&format!("wrote 300 points in {} files", files.len())),
        "the count said is the files written: {}",
        r.stderr
    );
    for f in &files {
        let r = cli.run(&["validate", "-f", s(f)]);
        assert_eq!(r.code, 0, "each file is a manifest: {}", r.transcript());
    }
    sb.http
        .delete(format!("{}/_sandbox/stats", sb.url))
        .send()
        .await
        .unwrap();
    let r = cli.run(&["apply", "-f", s(&dir), "--yes"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert!(r.stdout.contains("300 unchanged"), "{}", r.transcript());
    let stats = sb.stats().await;
    assert!(stats.writes().is_empty(), "nothing written: {stats:?}");
    assert!(stats.count("GET", "/api/v1/points") > 0, "read: {stats:?}");

    let again = cli.dir.path().join("again");
    let r = cli.run(&["dump", "--split-by", "department", "-O", s(&again)]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    for f in &files {
        let name = f.file_name().unwrap();
        assert_eq!(
            std::fs::read(f).unwrap(),
            std::fs::read(again.join(name)).unwrap(),
            "{name:?} is byte-stable"
        );
    }
    assert_eq!(std::fs::read_dir(&again).unwrap().count(), files.len());
}

#[tokio::test]
async fn a_concurrent_edit_makes_a_saved_plan_stale_and_survives() {
    let sb = Sandbox::start(&["--demo", "40"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    let m = write(
        cli.dir.path(),
        "m.yaml",
        "apiVersion: citizeninfo/v1\nkind: ServicePoint\ncode: \"1401010000004\"\nname_en: From the manifest\n",
    );
    let plan = cli.dir.path().join("plan.json");
    let r = cli.run(&["diff", "-f", s(&m), "--out", s(&plan)]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    // Someone else edits the point after the plan was made.
    let r = cli.run(&[
        "points",
        "edit",
        "1401010000004",
        "--telephone",
        "0 2000 0001",
    ]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let r = cli.run(&["apply", s(&plan), "--yes"]);
    assert_eq!(r.code, 6, "{}", r.transcript());
    assert!(
        r.stderr
            .contains("is stale, the service changed since it was made: 1401010000004 was edited"),
        "{}",
        r.stderr
    );
    let token = sb.token("demo", "demo").await;
    let point = sb.get_json(&token, "/points/1401010000004").await;
    assert_eq!(point["telephone"], "0 2000 0001", "the other edit survives");
    assert_ne!(point["name_en"], "From the manifest");
    // A fresh plan goes through.
    cli.run(&["diff", "-f", s(&m), "--out", s(&plan)]);
    let r = cli.run(&["apply", s(&plan), "--yes"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
}

const NEW_POINTS: usize = 30;

fn creations(points: usize) -> String {
    let mut text = String::from(
        "apiVersion: citizeninfo/v1\nkind: ServicePoints\ndefaults:\n  agency_id: \"140101\"\n  type: ส่วนราชการ\n  subtype: ส่วนราชการ ที่ตั้งอยู่ในภูมิภาค\n  category: แจ้ง\n  province: นนทบุรี\n  address_th: ถนนรัตนาธิเบศร์ อ.เมืองนนทบุรี จ.นนทบุรี 11000\n  lat: 13.86\n  lng: 100.51\n  hours: mon-fri 08:30-12:00,13:00-16:30\npoints:\n",
    );
    for i in 0..points {
        text.push_str(&format!(
            "  - code: \"14010190{i:05}\"\n    name_th: จุดบริการเคลื่อนที่ {i}\n    name_en: Mobile service point {i}\n    full_name: จุดบริการเคลื่อนที่ {i} กรมการปกครอง\n"
        ));
    }
    text
}

#[tokio::test]
async fn an_interrupted_apply_reruns_to_the_same_end_with_no_duplicate() {
    let sb = Sandbox::start(&[
        "--demo",
        "40",
        "--openid-auto-approve",
        "--device-interval",
        "1",
        "--latency-ms",
        "150",
    ]);
    let cli = Cli::new(&sb);
    let r = cli.run(&["login", "--openid"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let m = write(cli.dir.path(), "new.yaml", &creations(NEW_POINTS));
    let mut child = cli
        .command(&[
            "apply",
            "-f",
            s(&m),
            "--yes",
            "--allow-empty",
            "--concurrency",
            "2",
        ])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Killed once a few points are made: with two in flight at 150 ms each, the
    // rest would take seconds more.
    const BEFORE_KILL: u64 = 4;
    sb.until_counted("the first points to be made", |stats| {
        stats.answered("POST", "/api/v1/points", 201) >= BEFORE_KILL
    })
    .await;
    child.kill().unwrap();
    child.wait().unwrap();
    let token = sb.token("admin", "admin").await;
    let made = sb
        .get_json(&token, "/points?q=Mobile%20service%20point&limit=1000")
        .await["items"]
        .as_array()
        .unwrap()
        .len();
    assert!(
        made >= BEFORE_KILL as usize && made < NEW_POINTS,
        "killed part way: {made} made"
    );

    let r = cli.run(&["apply", "-f", s(&m), "--yes", "--concurrency", "8"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let all = sb
        .get_json(&token, "/points?q=Mobile%20service%20point&limit=1000")
        .await;
    assert_eq!(
        all["items"].as_array().unwrap().len(),
        NEW_POINTS,
        "each point once"
    );
    let r = cli.run(&["diff", "-f", s(&m), "--exit-code"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
}

#[tokio::test]
async fn guards_stop_accidents() {
    let sb = Sandbox::start(&["--demo", "40"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    let m = write(
        cli.dir.path(),
        "exact.yaml",
        "apiVersion: citizeninfo/v1\nkind: ServicePoint\ncode: \"1401010000004\"\nprocesses:\n  exact: [P00001]\n",
    );
    let r = cli.run(&["apply", "-f", s(&m), "--yes", "--max-unbind", "3"]);
    assert_eq!(r.code, 2, "{}", r.transcript());
    assert!(
        r.stderr
            .contains("more than --max-unbind 3: nothing was changed"),
        "{}",
        r.stderr
    );
    let r = cli.run(&["apply", "-f", s(&m), "--yes"]);
    assert_eq!(r.code, 0, "within the default of 50: {}", r.transcript());

    // A manifest whose points all do not exist: the wrong service, most likely.
    let other = Sandbox::start(&[
        "--demo",
        "20",
        "--openid-auto-approve",
        "--device-interval",
        "1",
    ]);
    let elsewhere = Cli::new(&other);
    assert_eq!(elsewhere.run(&["login", "--openid"]).code, 0);
    let m = write(elsewhere.dir.path(), "new.yaml", &creations(2));
    let r = elsewhere.run(&["apply", "-f", s(&m), "--yes"]);
    assert_eq!(r.code, 2, "{}", r.transcript());
    assert!(
        r.stderr
            .contains("none of the points in the manifests exists"),
        "{}",
        r.stderr
    );
    let r = elsewhere.run(&["apply", "-f", s(&m), "--yes", "--allow-empty"]);
    assert_eq!(r.code, 0, "{}", r.transcript());

    // -l limits a run to a slice.
    let m = write(
        cli.dir.path(),
        "two.yaml",
        "apiVersion: citizeninfo/v1\nkind: ServicePoints\npoints:\n  - code: \"1401010000004\"\n    name_en: In Krabi\n  - code: \"1401010000005\"\n    name_en: Elsewhere\n",
    );
    let token = sb.token("demo", "demo").await;
    let province = sb.get_json(&token, "/points/1401010000004").await["province"]
        .as_str()
        .unwrap()
        .to_owned();
    let r = cli.run(&[
        "diff",
        "-f",
        s(&m),
        "-l",
        &format!("province={province}"),
        "-o",
        "json",
    ]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let plan = json(&r.stdout);
    let codes: Vec<&str> = plan["points"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["1401010000004"]);
    let r = cli.run(&["diff", "-f", s(&m), "-l", "colour=red"]);
    assert_eq!(r.code, 2, "{}", r.transcript());
}

#[tokio::test]
async fn planning_ten_thousand_points_reads_them_in_pages() {
    let sb = Sandbox::start(&["--demo", "10000"]);
    let cli = Cli::new(&sb);
    cli.login("admin");
    let dump = cli.dir.path().join("all.yaml");
    let r = cli.run(&["dump", "-O", s(&dump)]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    sb.http
        .delete(format!("{}/_sandbox/stats", sb.url))
        .send()
        .await
        .unwrap();
    let r = cli.run(&["diff", "-f", s(&dump), "--exit-code"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let stats = sb.stats().await;
    assert!(
        stats.total <= 10_000u64.div_ceil(1000) + 10,
        "{} requests to plan 10,000 points: {stats:?}",
        stats.total
    );
}

#[tokio::test]
async fn the_examples_are_valid_and_apply() {
    let sb = Sandbox::start(&[
        "--demo",
        "40",
        "--openid-auto-approve",
        "--device-interval",
        "1",
    ]);
    let cli = Cli::new(&sb);
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let r = cli.run(&["validate", "-f", s(&examples)]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert_eq!(cli.run(&["login", "--openid"]).code, 0);
    let r = cli.run(&["apply", "-f", s(&examples), "--yes"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let r = cli.run(&["diff", "-f", s(&examples), "--exit-code"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
}

#[tokio::test]
async fn created_points_keep_status_and_processes_and_bad_processes_are_refused() {
    let sb = Sandbox::start(&[
        "--demo",
        "40",
        "--openid-auto-approve",
        "--device-interval",
        "1",
    ]);
    let cli = Cli::new(&sb);
    assert_eq!(cli.run(&["login", "--openid"]).code, 0);
    let mut text = creations(1);
    text.push_str("    status: hidden\n    processes:\n      include: [P00001, P00003]\n");
    let m = write(cli.dir.path(), "new.yaml", &text);
    let r = cli.run(&["diff", "-f", s(&m)]);
    assert!(
        r.stdout.contains("+ 1401019000000") && r.stdout.contains("+ bind P00003"),
        "{}",
        r.stdout
    );
    // The process is named, not only its id.
    let bind = r.stdout.lines().find(|l| l.contains("+ bind P00003"));
    assert!(
        bind.is_some_and(|l| l.trim().len() > "+ bind P00003".len()),
        "{}",
        r.stdout
    );
    let r = cli.run(&["apply", "-f", s(&m), "--yes", "--allow-empty"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let r = cli.run(&["diff", "-f", s(&m), "--exit-code"]);
    assert_eq!(
        r.code,
        0,
        "the created point is as stated, status and processes included: {}",
        r.transcript()
    );

    // A process that does not exist, or that the point may not bind, stops the plan.
    let token = sb.token("demo", "demo").await;
    let foreign = sb.get_json(&token, "/processes?limit=1000").await["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["open_to"] == "department" && p["ministry_id"] != "14")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let bad = write(
        cli.dir.path(),
        "bad.yaml",
        &format!(
            "apiVersion: citizeninfo/v1\nkind: ServicePoints\npoints:\n  - code: \"1401010000004\"\n    name_en: Changed\n    processes:\n      include: [P99999, {foreign}]\n"
        ),
    );
    let r = cli.run(&["apply", "-f", s(&bad), "--yes"]);
    assert_eq!(r.code, 7, "{}", r.transcript());
    assert!(
        r.stdout.contains("bad.yaml:4:") && r.stdout.contains("the process P99999 does not exist"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains(&format!("may not bind {foreign}")),
        "{}",
        r.stdout
    );
    assert_ne!(
        sb.get_json(&token, "/points/1401010000004").await["name_en"],
        "Changed",
        "nothing written"
    );
}

#[test]
fn a_closed_pipe_keeps_the_drift_exit_code() {
    let sb = Sandbox::start(&["--demo", "1500"]);
    let cli = Cli::new(&sb);
    cli.login("admin");
    let dump = cli.run(&["dump"]);
    assert_eq!(dump.code, 0);
    // Every point drifts, so the plan is far larger than a pipe holds.
    let drifted = dump
        .stdout
        .replace("  status: shown\n", "  status: hidden\n");
    let m = write(cli.dir.path(), "m.yaml", &drifted);
    let out = common::closing_the_pipe(|| cli.command(&["diff", "-f", s(&m), "--exit-code"]));
    assert_eq!(
        out.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The documents of a YAML text, as JSON values.
fn documents(text: &str) -> Vec<serde_json::Value> {
    text.split("\n---\n")
        .map(|d| serde_saphyr::from_str(d).unwrap())
        .collect()
}

#[tokio::test]
async fn what_the_tool_writes_is_a_point_document_the_schema_and_the_reader_accept() {
    let sb = Sandbox::start(&["--demo", "1500"]);
    let cli = Cli::new(&sb);
    cli.login("admin");
    // A dump of more than one page: every document validates against the
    // committed schema, which derives from the field registry.
    let r = cli.run(&["dump"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let docs = documents(&r.stdout);
    assert!(docs.len() >= 2, "one document a page");
    for doc in &docs {
        let errors = common::schema_errors("manifest.schema.json", doc);
        assert!(errors.is_empty(), "{errors:?}");
    }
    let point = &docs[0]["points"][0];
    let keys: Vec<&str> = point
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert!(keys.contains(&"telephone") && keys.contains(&"processes"));

    // The schema refuses what the reader refuses: an unknown key, a number for a code.
    let bad = serde_json::json!({
        "apiVersion": "citizeninfo/v1", "kind": "ServicePoint",
        "code": "1401010000001", "nmae_th": "x",
    });
    assert!(!common::schema_errors("manifest.schema.json", &bad).is_empty());
    let bad = serde_json::json!({
        "apiVersion": "citizeninfo/v1", "kind": "ServicePoints",
        "points": [{ "code": 1401010000001u64 }],
    });
    assert!(!common::schema_errors("manifest.schema.json", &bad).is_empty());

    // A manifest point and `points add --from` read the same document: an
    // unquoted telephone loses its 0 and is refused by both, at its place.
    let doc = "apiVersion: citizeninfo/v1\nkind: ServicePoint\ncode: \"1401010000001\"\ntelephone: 021234567\n";
    let manifest = write(cli.dir.path(), "one.yaml", doc);
    let r = cli.run(&["validate", "-f", s(&manifest)]);
    assert_eq!(r.code, 7, "{}", r.transcript());
    assert!(
        r.stdout.contains("one.yaml:4:12: telephone:") && r.stdout.contains("write it in quotes"),
        "{}",
        r.stdout
    );
    let from = write(
        cli.dir.path(),
        "point.yaml",
        "code: \"1401019000009\"\ntelephone: 021234567\n",
    );
    let r = cli.run(&["points", "add", "--from", s(&from)]);
    assert_eq!(r.code, 7, "{}", r.transcript());
    assert!(
        r.stderr.contains("point.yaml:2:12: telephone:") && r.stderr.contains("write it in quotes"),
        "{}",
        r.stderr
    );
}
