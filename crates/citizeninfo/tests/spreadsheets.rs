//! End-to-end tests of `export` and `import` against the real sandbox.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails loudly on what it did not expect"
)]

use citizeninfo_testkit as common;

use std::collections::HashMap;

use common::{Cli, Sandbox};
use serde_json::{Value, json};

const EDITABLE: &str =
    "name_en,full_name,address_th,province,lat,lng,hours,email,telephone,status,parent_code";

fn json_of(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

/// Every point of department 1401 as the service has it, by code.
async fn service(sb: &Sandbox, token: &str) -> HashMap<String, Value> {
    let page = sb
        .get_json(token, "/points?department=1401&include=detail&limit=1000")
        .await;
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["code"].as_str().unwrap().to_owned(), p.clone()))
        .collect()
}

fn read_csv(path: &std::path::Path) -> (Vec<String>, Vec<Vec<String>>) {
    let bytes = std::fs::read(path).unwrap();
    assert!(
        bytes.starts_with("\u{feff}".as_bytes()),
        "a byte-order mark for Excel"
    );
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let headers = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (headers, rows)
}

fn write_csv(path: &std::path::Path, headers: &[String], rows: &[Vec<String>]) {
    let mut w = csv::Writer::from_path(path).unwrap();
    w.write_record(headers).unwrap();
    for r in rows {
        w.write_record(r).unwrap();
    }
    w.flush().unwrap();
}

#[tokio::test]
async fn export_equals_the_service_field_for_field() {
    let sb = Sandbox::start(&["--demo", "60"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    let token = sb.token("demo", "demo").await;
    let file = cli.dir.path().join("points.csv");
    let r = cli.run(&[
        "export",
        "csv",
        "--department",
        "1401",
        "--columns",
        EDITABLE,
        "-O",
        file.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let (headers, rows) = read_csv(&file);
    assert_eq!(
        headers[..7],
        [
            "รหัสหน่วยงาน",
            "ประเภท",
            "ประเภทย่อย",
            "หน่วยงาน",
            "Authorize Code",
            "ระดับ",
            "แก้ไขครั้งล่าสุด"
        ],
        "the back office's own columns first"
    );
    let points = service(&sb, &token).await;
    assert_eq!(rows.len(), points.len());
    let at = |name: &str| headers.iter().position(|h| h == name).unwrap();
    for row in &rows {
        let p = &points[&row[0]];
        assert_eq!(row[at("ประเภท")], p["type"].as_str().unwrap());
        assert_eq!(
            row[at("หน่วยงาน")],
            p["name_th"].as_str().unwrap(),
            "Thai intact"
        );
        assert_eq!(
            row[at("Authorize Code")],
            p["authorize_code"].as_str().unwrap()
        );
        // The same moment, in Bangkok time.
        assert_eq!(
            chrono::DateTime::parse_from_rfc3339(&row[at("แก้ไขครั้งล่าสุด")]).unwrap(),
            chrono::DateTime::parse_from_rfc3339(p["updated_at"].as_str().unwrap()).unwrap()
        );
        assert_eq!(row[at("ชื่อภาษาอังกฤษ")], p["name_en"].as_str().unwrap());
        assert_eq!(row[at("ที่อยู่")], p["address_th"].as_str().unwrap());
        assert_eq!(
            row[at("ละติจูด")].parse::<f64>().unwrap(),
            p["lat"].as_f64().unwrap()
        );
        assert_eq!(
            row[at("ลองจิจูด")].parse::<f64>().unwrap(),
            p["lng"].as_f64().unwrap()
        );
        assert_eq!(
            row[at("โทรศัพท์")],
            p["telephone"].as_str().unwrap_or_default()
        );
        assert_eq!(row[at("อีเมล")], p["email"].as_str().unwrap_or_default());
        assert_eq!(
            row[at("สถานะ")],
            if p["status"] == "shown" {
                "แสดง"
            } else {
                "ซ่อน"
            }
        );
        assert_eq!(
            row[at("หน่วยงานที่สังกัด")],
            p["parent_code"].as_str().unwrap_or_default()
        );
        let hours = citizeninfo_api::hours::parse(&row[at("เวลาทำการ")]).unwrap();
        assert_eq!(serde_json::to_value(hours).unwrap(), p["hours"]);
    }

    // English headers, no byte-order mark, on stdout; one row per binding.
    let r = cli.run(&[
        "export",
        "csv",
        "--department",
        "1401",
        "--headers",
        "en",
        "--no-bom",
        "--limit-is-not-a-flag",
    ]);
    assert_eq!(r.code, 2);
    let r = cli.run(&[
        "export",
        "csv",
        "--department",
        "1401",
        "--headers",
        "en",
        "--no-bom",
    ]);
    assert!(
        r.stdout
            .starts_with("code,type,subtype,name_th,authorize_code,level,updated_at,version\n"),
        "{}",
        r.stdout
    );
    let r = cli.run(&[
        "export",
        "csv",
        "--department",
        "1401",
        "--bindings",
        "--headers",
        "en",
        "--no-bom",
    ]);
    let bindings: usize = points
        .values()
        .map(|p| p["process_ids"].as_array().unwrap().len())
        .sum();
    assert_eq!(r.stdout.lines().count(), bindings + 1);
    assert!(
        r.stdout
            .starts_with("code,name_th,process_id,process_name_th,category\n")
    );
}

#[tokio::test]
async fn formulas_are_neutralised_and_restored() {
    let sb = Sandbox::start(&["--demo", "60"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    let token = sb.token("demo", "demo").await;
    let dangerous = [
        "=HYPERLINK(\"http://x\")",
        "+66 2 123 4567",
        "-1+1",
        "@SUM(A1)",
    ];
    let codes = [
        "1401010000004",
        "1401010000005",
        "1401010000006",
        "1401010000007",
    ];
    for (code, value) in codes.iter().zip(dangerous) {
        let etag = sb.get(&token, &format!("/points/{code}")).await.headers()["etag"].clone();
        let r = sb
            .http
            .patch(sb.api(&format!("/points/{code}")))
            .bearer_auth(&token)
            .header("if-match", etag)
            .json(&json!({"name_en": value}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
    }
    let file = cli.dir.path().join("points.csv");
    let r = cli.run(&[
        "export",
        "csv",
        "--department",
        "1401",
        "--columns",
        "name_en,lat,lng",
        "-O",
        file.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let (headers, rows) = read_csv(&file);
    let name_en = headers.iter().position(|h| h == "ชื่อภาษาอังกฤษ").unwrap();
    let lng = headers.iter().position(|h| h == "ลองจิจูด").unwrap();
    for (code, value) in codes.iter().zip(dangerous) {
        let row = rows.iter().find(|r| r[0] == *code).unwrap();
        assert_eq!(row[name_en], format!("'{value}"), "neutralised");
        assert!(!row[lng].starts_with('\''), "numbers are written plain");
    }
    // Read back: the guard is undone, so nothing changes.
    let r = cli.run(&["import", "csv", file.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert!(r.stdout.contains("0 points to change"), "{}", r.stdout);
    let raw = cli.run(&[
        "export",
        "csv",
        "--department",
        "1401",
        "--columns",
        "name_en",
        "--raw",
        "--no-bom",
    ]);
    assert!(
        raw.stdout.contains("=HYPERLINK") && !raw.stdout.contains("'=HYPERLINK"),
        "--raw keeps them: {}",
        raw.stdout
    );
}

#[tokio::test]
async fn editing_one_cell_plans_exactly_that_change_and_applies_it() {
    let sb = Sandbox::start(&["--demo", "60"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    let token = sb.token("demo", "demo").await;
    let file = cli.dir.path().join("points.csv");
    let r = cli.run(&[
        "export",
        "csv",
        "--department",
        "1401",
        "--columns",
        EDITABLE,
        "-O",
        file.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let (headers, mut rows) = read_csv(&file);
    let tel = headers.iter().position(|h| h == "โทรศัพท์").unwrap();
    rows[3][tel] = "0 2221 9999".to_owned();
    let code = rows[3][0].clone();
    let edited = cli.dir.path().join("edited.csv");
    write_csv(&edited, &headers, &rows);

    let r = cli.run(&["import", "csv", edited.to_str().unwrap(), "-o", "json"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let report = json_of(&r.stdout);
    assert_eq!(report["dry_run"], true, "the report every change prints");
    let plan = &report["plan"];
    assert_eq!(plan["points"].as_array().unwrap().len(), 1, "{plan}");
    assert_eq!(plan["points"][0]["code"], code.as_str());
    assert_eq!(
        plan["points"][0]["changes"],
        json!([{"field": "telephone", "old": plan["points"][0]["changes"][0]["old"], "new": "0 2221 9999"}])
    );
    assert_eq!(plan["unchanged"].as_array().unwrap().len(), rows.len() - 1);

    sb.http
        .delete(format!("{}/_sandbox/stats", sb.url))
        .send()
        .await
        .unwrap();
    let r = cli.run(&["import", "csv", edited.to_str().unwrap(), "--apply"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let summary: Vec<Vec<&str>> = r
        .stdout
        .lines()
        .rev()
        .take(2)
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert_eq!(
        summary,
        [
            vec!["1", "0", "0", "0", "0", "1"],
            vec![
                "applied", "partly", "conflict", "failed", "skipped", "total"
            ]
        ],
        "{}",
        r.stdout
    );
    let stats = sb.stats().await;
    assert_eq!(stats.count("PATCH", "/api/v1/points/{code}"), 1);
    assert_eq!(
        stats.count("GET", "/api/v1/points"),
        1,
        "the current state read in one request"
    );
    assert_eq!(
        sb.get_json(&token, &format!("/points/{code}")).await["telephone"],
        "0 2221 9999"
    );
    let r = cli.run(&["import", "csv", edited.to_str().unwrap()]);
    assert!(r.stdout.contains("0 points to change"), "{}", r.stdout);

    // The same sheet as a manifest.
    let manifest = cli.dir.path().join("points.yaml");
    let r = cli.run(&[
        "import",
        "csv",
        edited.to_str().unwrap(),
        "--to-manifest",
        manifest.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let text = std::fs::read_to_string(&manifest).unwrap();
    assert!(
        text.starts_with("apiVersion: citizeninfo/v1\nkind: ServicePoints\n"),
        "{text}"
    );
    assert!(text.contains(&format!("- code: \"{code}\"")), "{text}");
    assert!(text.contains("telephone: 0 2221 9999"), "{text}");
}

#[tokio::test]
async fn lost_leading_zeros_and_scientific_codes() {
    let sb = Sandbox::start(&["--demo", "2000"]);
    let cli = Cli::new(&sb);
    cli.login("admin");
    let file = cli.dir.path().join("office.csv");
    // Ministry 01's codes start with 0, as a spreadsheet would lose it.
    std::fs::write(&file, "รหัสหน่วยงาน,ชื่อภาษาอังกฤษ\n101010000004,Loei Office\n").unwrap();
    let r = cli.run(&["import", "csv", file.to_str().unwrap(), "-o", "json"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert!(
        r.stderr.contains(
            "office.csv: 1 cell of column รหัสหน่วยงาน (code) had lost its leading 0 to a spreadsheet that took it for a number, and is read with it (the first, line 2: 101010000004 read as 0101010000004)"
        ),
        "{}",
        r.stderr
    );
    assert_eq!(
        json_of(&r.stdout)["plan"]["points"][0]["code"],
        "0101010000004"
    );

    std::fs::write(&file, "รหัสหน่วยงาน,ชื่อภาษาอังกฤษ\n1.01010E+11,Loei Office\n").unwrap();
    let r = cli.run(&["import", "csv", file.to_str().unwrap()]);
    assert_eq!(r.code, 7, "{}", r.transcript());
    assert!(
        r.stderr.contains(
            "office.csv:2, column code (รหัสหน่วยงาน): \"1.01010E+11\" was turned into a number in scientific notation"
        ),
        "{}",
        r.stderr
    );
}

#[tokio::test]
async fn bad_sheets_are_refused_naming_row_and_field() {
    let sb = Sandbox::start(&["--demo", "60"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    let file = cli.dir.path().join("bad.csv");
    let cases: [(&str, &str); 9] = [
        (
            "รหัสหน่วยงาน,จังหวัด\n1401010000004,กรุงเทพ\n",
            "bad.csv:2, column province (จังหวัด): ",
        ),
        (
            "รหัสหน่วยงาน,โทรศัพท์\n1401010000004,2123456\n",
            "bad.csv:2, column telephone (โทรศัพท์): \"2123456\" has no leading 0, and no single 0 makes it a Thai telephone",
        ),
        (
            "รหัสหน่วยงาน,หน่วยงานที่สังกัด\n1401010000004,14010100001\n",
            "bad.csv:2, column parent_code (หน่วยงานที่สังกัด): \"14010100001\" is not a code of 13 digits, and no single leading 0 makes it one",
        ),
        (
            "รหัสหน่วยงาน,อีเมล\n1401010000004,a@b.go.th\n1401010000004,c@d.go.th\n",
            "bad.csv:3: the code 1401010000004 is also on line 2",
        ),
        (
            "รหัสหน่วยงาน,อีเมล\n1401010000004\n",
            "found record with 1 field",
        ),
        (
            "รหัสหน่วยงาน,เวลาทำการ\n1401010000004,mon-fri 9-5\n",
            "bad.csv:2, column hours",
        ),
        (
            "รหัสหน่วยงาน,ละติจูด,ลองจิจูด\n1401010000004,100.5,13.7\n",
            "swap the two cells, so that ละติจูด is 13.7 and ลองจิจูด is 100.5",
        ),
        (
            "รหัสหน่วยงาน,อีเมล\n1401019999999,a@b.go.th\n",
            "bad.csv:2: no service point has the code 1401019999999",
        ),
        (
            "รหัสหน่วยงาน,โทรศัพท์\n1401010000004,8.12345E+08\n",
            "bad.csv:2, column telephone (โทรศัพท์): \"8.12345E+08\" was turned into a number in scientific notation",
        ),
    ];
    for (text, message) in cases {
        std::fs::write(&file, text).unwrap();
        let r = cli.run(&["import", "csv", file.to_str().unwrap(), "--apply"]);
        assert_eq!(r.code, 7, "{text}: {}", r.transcript());
        assert!(r.stderr.contains(message), "{text}: {}", r.stderr);
    }
    // A column the tool does not know is refused with --strict, and left out
    // with a note without it.
    std::fs::write(&file, "รหัสหน่วยงาน,colour\n1401010000004,red\n").unwrap();
    let r = cli.run(&[
        "import",
        "csv",
        file.to_str().unwrap(),
        "--strict",
        "--apply",
    ]);
    assert_eq!(r.code, 7, "{}", r.transcript());
    assert!(
        r.stderr
            .contains("bad.csv: column 2 (\"colour\"): unknown header \"colour\""),
        "{}",
        r.stderr
    );
    let r = cli.run(&["import", "csv", file.to_str().unwrap(), "--apply"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert!(
        r.stderr.contains("bad.csv: left out column 2 (\"colour\"): the tool does not know it; --strict refuses them"),
        "{}",
        r.stderr
    );
    assert_eq!(
        sb.stats().await.count("PATCH", "/api/v1/points/{code}"),
        0,
        "nothing was written"
    );

    // An empty cell leaves the field alone, unless --empty-clears says so.
    std::fs::write(&file, "รหัสหน่วยงาน,อีเมล\n1401010000004,\n").unwrap();
    let r = cli.run(&["import", "csv", file.to_str().unwrap()]);
    assert!(r.stdout.contains("0 points to change"), "{}", r.stdout);
    let r = cli.run(&["import", "csv", file.to_str().unwrap(), "--empty-clears"]);
    assert!(r.stdout.contains("email: \""), "{}", r.stdout);
    assert!(r.stdout.contains("→ (none)"), "{}", r.stdout);
}

#[tokio::test]
async fn workbooks_round_trip_losslessly() {
    let sb = Sandbox::start(&["--demo", "60"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    let token = sb.token("demo", "demo").await;
    let book = cli.dir.path().join("points.xlsx");
    let r = cli.run(&[
        "export",
        "xlsx",
        "--department",
        "1401",
        "--columns",
        EDITABLE,
        "-O",
        book.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let r = cli.run(&["import", "xlsx", book.to_str().unwrap(), "-o", "json"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let plan = &json_of(&r.stdout)["plan"];
    assert_eq!(plan["points"], json!([]), "nothing lost on the way: {plan}");
    assert_eq!(
        plan["unchanged"].as_array().unwrap().len(),
        service(&sb, &token).await.len()
    );

    // Codes and telephones are text cells: the workbook keeps the leading zeros.
    use calamine::Reader;
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(&book).unwrap();
    let range = wb.worksheet_range_at(0).unwrap().unwrap();
    assert!(matches!(range.get((1, 0)), Some(calamine::Data::String(s)) if s.len() == 13));
}

#[tokio::test]
async fn an_interrupted_export_leaves_no_file() {
    // Three pages of 1,000, each answered 400 ms after it is asked for.
    let sb = Sandbox::start(&["--demo", "3000", "--latency-ms", "400"]);
    let cli = Cli::new(&sb);
    cli.login("admin");
    let file = cli.dir.path().join("all.csv");
    let partial = || {
        std::fs::read_dir(cli.dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().contains("partial"))
            .count()
    };
    for signal in ["-INT", "-KILL"] {
        sb.reset_stats().await;
        let mut child = cli
            .command(&["export", "csv", "-O", file.to_str().unwrap()])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // Interrupted once the first page has come, while it waits for the second:
        // the file is being written, and two pages are still 800 ms away at least.
        sb.until_counted("the first page of the export", |stats| {
            stats.answered("GET", "/api/v1/points", 200) >= 1
        })
        .await;
        assert!(
            partial() >= 1,
            "{signal}: the export is writing beside its file"
        );
        std::process::Command::new("kill")
            .args([signal, &child.id().to_string()])
            .status()
            .unwrap();
        let status = child.wait().unwrap();
        assert!(!status.success(), "{signal}");
        assert!(
            !file.exists(),
            "{signal}: no truncated file where the export was going"
        );
        if signal == "-INT" {
            assert_eq!(status.code(), Some(130));
            assert_eq!(partial(), 0, "the partial file is removed on Ctrl-C");
        }
    }
}

#[tokio::test]
async fn an_old_sheet_never_undoes_a_colleagues_edit() {
    let sb = Sandbox::start(&["--demo", "40"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    let file = cli.dir.path().join("before.csv");
    let r = cli.run(&[
        "export",
        "csv",
        "--department",
        "1401",
        "--columns",
        "telephone",
        "-O",
        file.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    // At once, in the same second as the export, a colleague changes a telephone in
    // the service: only the exact version, never a timestamp, can tell.
    let other = Cli::new(&sb);
    other.login("demo");
    assert_eq!(
        other
            .run(&[
                "points",
                "edit",
                "1401010000004",
                "--telephone",
                "0 2555 5555"
            ])
            .code,
        0
    );
    sb.http
        .delete(format!("{}/_sandbox/stats", sb.url))
        .send()
        .await
        .unwrap();
    let r = cli.run(&["import", "csv", file.to_str().unwrap(), "--apply"]);
    assert_eq!(
        r.code,
        6,
        "a conflict, and nothing else to do: {}",
        r.transcript()
    );
    assert!(
        r.stdout.contains(
            "1401010000004 กรมการปกครอง สำนักงานจังหวัดชลบุรี: left out: edited in the service since it was read (version 1, now 2)"
        ),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("0 points"), "{}", r.stdout);
    assert_eq!(sb.stats().await.count("PATCH", "/api/v1/points/{code}"), 0);
    let token = sb.token("demo", "demo").await;
    assert_eq!(
        sb.get_json(&token, "/points/1401010000004").await["telephone"],
        "0 2555 5555"
    );

    // As data, the row is one outcome among the others, a conflict.
    let r = cli.run(&[
        "import",
        "csv",
        file.to_str().unwrap(),
        "--apply",
        "-o",
        "json",
    ]);
    assert_eq!(r.code, 6, "{}", r.transcript());
    let report = json_of(&r.stdout);
    let conflicts: Vec<&Value> = report["outcomes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["verdict"] == "conflict")
        .collect();
    assert_eq!(conflicts.len(), 1, "{report}");
    assert_eq!(conflicts[0]["code"], "1401010000004");
    assert_eq!(report["summary"]["conflict"], 1);
}

#[tokio::test]
async fn a_value_the_service_already_holds_does_not_block_an_import() {
    // An embassy abroad, placed with --force: its coordinates are outside Thailand.
    let sb = Sandbox::start(&["--demo", "20"]);
    let cli = Cli::new(&sb);
    cli.login("admin");
    let code = "1401010000002";
    let r = cli.run(&[
        "points", "edit", code, "--lat", "48.85", "--lng", "2.35", "--force",
    ]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let file = cli.dir.path().join("points.csv");
    let r = cli.run(&[
        "export",
        "csv",
        "--columns",
        EDITABLE,
        "-O",
        file.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let (headers, mut rows) = read_csv(&file);
    let tel = headers.iter().position(|h| h == "โทรศัพท์").unwrap();
    let row = rows.iter().position(|r| r[0] == code).unwrap();
    rows[row][tel] = "0 2221 9999".to_owned();
    let edited = cli.dir.path().join("edited.csv");
    write_csv(&edited, &headers, &rows);
    // Only the telephone changes, so the coordinates are not the sheet's to judge.
    let r = cli.run(&[
        "import",
        "csv",
        edited.to_str().unwrap(),
        "--apply",
        "-o",
        "json",
    ]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let report = json_of(&r.stdout);
    assert_eq!(report["summary"]["applied"], 1, "{report}");
    // Moving it elsewhere abroad is the sheet's change, and is refused without --force.
    let lat = headers.iter().position(|h| h == "ละติจูด").unwrap();
    rows[row][tel] = "0 2221 9999".to_owned();
    rows[row][lat] = "48.86".to_owned();
    write_csv(&edited, &headers, &rows);
    let r = cli.run(&["import", "csv", edited.to_str().unwrap(), "--apply"]);
    assert_eq!(r.code, 7, "{}", r.transcript());
    assert!(r.stderr.contains("outside Thailand"), "{}", r.stderr);
}

/// The fixtures of the tests below, made from an export the way spreadsheet
/// programs save a sheet (Excel and LibreOffice, as tried by hand in issue 11):
/// run by every test that uses them, so they are never stale.
mod excel {
    use encoding_rs::WINDOWS_874;

    /// How a sheet is saved.
    #[derive(Debug, Clone, Copy)]
    pub(crate) enum Save {
        /// Thai Excel's "CSV (Comma delimited)": Windows-874, commas.
        Windows874Csv,
        /// Excel's "Unicode Text": UTF-16 LE with a byte-order mark, tabs.
        UnicodeText,
        /// LibreOffice's (and European Excel's) CSV: UTF-8, semicolons.
        SemicolonCsv,
    }

    /// Cells as a spreadsheet leaves them once it took them for numbers: a code,
    /// a parent code or a telephone of digits loses its leading 0, and a
    /// coordinate is shown, and saved, with three decimals. Returns how many
    /// coordinates lost decimals.
    pub(crate) fn as_numbers(headers: &[String], rows: &mut [Vec<String>]) -> usize {
        let at = |name: &str| headers.iter().position(|h| h == name).unwrap();
        let mut rounded = 0;
        for row in rows.iter_mut() {
            for col in [at("รหัสหน่วยงาน"), at("หน่วยงานที่สังกัด"), at("โทรศัพท์")]
            {
                let cell = &mut row[col];
                if cell.bytes().all(|b| b.is_ascii_digit()) && cell.starts_with('0') {
                    *cell = cell.trim_start_matches('0').to_owned();
                }
            }
            for col in [at("ละติจูด"), at("ลองจิจูด")] {
                let cell = &mut row[col];
                let decimals = cell.split_once('.').map_or(0, |(_, f)| f.len());
                if decimals > 3 {
                    rounded += 1;
                }
                *cell = format!("{:.3}", cell.parse::<f64>().unwrap());
            }
        }
        rounded
    }

    /// A remarks column (หมายเหตุ) and one without a header, as people add.
    pub(crate) fn with_remarks(headers: &mut Vec<String>, rows: &mut [Vec<String>]) {
        headers.push("หมายเหตุ".to_owned());
        headers.push(String::new());
        for (i, row) in rows.iter_mut().enumerate() {
            row.push(if i % 2 == 0 {
                "ตรวจแล้ว".to_owned()
            } else {
                String::new()
            });
            row.push(if i == 0 {
                "x".to_owned()
            } else {
                String::new()
            });
        }
    }

    /// The bytes of the sheet as the program saves it.
    pub(crate) fn save(how: Save, headers: &[String], rows: &[Vec<String>]) -> Vec<u8> {
        let delimiter = match how {
            Save::Windows874Csv => b',',
            Save::UnicodeText => b'\t',
            Save::SemicolonCsv => b';',
        };
        let mut w = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::new());
        w.write_record(headers).unwrap();
        for r in rows {
            w.write_record(r).unwrap();
        }
        let text = String::from_utf8(w.into_inner().unwrap()).unwrap();
        match how {
            Save::Windows874Csv => {
                let (bytes, _, lossy) = WINDOWS_874.encode(&text);
                assert!(!lossy, "every character has a Windows-874 byte");
                bytes.into_owned()
            }
            Save::UnicodeText => [0xFF, 0xFE]
                .into_iter()
                .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
                .collect(),
            Save::SemicolonCsv => text.into_bytes(),
        }
    }
}

#[tokio::test]
async fn sheets_as_spreadsheet_programs_save_them_import_exactly_the_edited_cell() {
    use excel::Save;
    // Ministry 01's codes start with 0, as do every parent code and telephone.
    let sb = Sandbox::start(&["--demo", "2000"]);
    let cli = Cli::new(&sb);
    cli.login("admin");
    let token = sb.token("admin", "admin").await;
    // Telephones typed as digits, which a spreadsheet takes for numbers.
    for (code, tel) in [
        ("0101010000002", "021234567"),
        ("0101010000003", "0812345678"),
    ] {
        let r = cli.run(&["points", "edit", code, "--telephone", tel]);
        assert_eq!(r.code, 0, "{}", r.transcript());
    }
    let saves = [
        (
            Save::Windows874Csv,
            "read as Windows-874 (Thai Excel's CSV)\n",
        ),
        (
            Save::UnicodeText,
            "read as UTF-16 LE (Excel's Unicode Text), separated by tabs\n",
        ),
        (Save::SemicolonCsv, "separated by semicolons\n"),
    ];
    for (i, (how, read_as)) in saves.into_iter().enumerate() {
        let export = cli.dir.path().join("points.csv");
        let r = cli.run(&[
            "export",
            "csv",
            "--department",
            "0101",
            "--columns",
            EDITABLE,
            "-O",
            export.to_str().unwrap(),
        ]);
        assert_eq!(r.code, 0, "{}", r.transcript());
        let (mut headers, mut rows) = read_csv(&export);
        let address = headers.iter().position(|h| h == "ที่อยู่").unwrap();
        let row = 4 + i;
        let code = rows[row][0].clone();
        let wanted = format!("ที่ว่าการอำเภอเมือง ถนนศรีสุริยวงศ์ ห้อง {i}");
        rows[row][address] = wanted.clone();
        let rounded = excel::as_numbers(&headers, &mut rows);
        assert!(
            rounded > 30,
            "most coordinates have more decimals: {rounded}"
        );
        excel::with_remarks(&mut headers, &mut rows);
        let sheet = cli.dir.path().join(format!("saved-{i}.csv"));
        std::fs::write(&sheet, excel::save(how, &headers, &rows)).unwrap();
        let name = sheet.to_str().unwrap();

        let r = cli.run(&["import", "csv", name, "-o", "json"]);
        assert_eq!(r.code, 0, "{how:?}: {}", r.transcript());
        let plan = &json_of(&r.stdout)["plan"];
        assert_eq!(
            plan["points"].as_array().unwrap().len(),
            1,
            "{how:?}: {plan}"
        );
        assert_eq!(plan["points"][0]["code"], code.as_str());
        assert_eq!(
            plan["points"][0]["changes"],
            json!([{"field": "address_th", "old": plan["points"][0]["changes"][0]["old"], "new": wanted}]),
            "{how:?}: exactly the edited cell: {plan}"
        );
        assert_eq!(plan["unchanged"].as_array().unwrap().len(), rows.len() - 1);
        let notes = [
            format!("{name}: {read_as}"),
            format!(
                "{name}: left out column {} (\"หมายเหตุ\"), column {} (no header): the tool does not know them; --strict refuses them\n",
                headers.len() - 1,
                headers.len()
            ),
            format!(
                "warning: {name}: 20 cells of column รหัสหน่วยงาน (code) had lost their leading 0 to a spreadsheet that took them for a number, and are read with it (the first, line 2: 101010000001 read as 0101010000001)\n"
            ),
            format!(
                "warning: {name}: 19 cells of column หน่วยงานที่สังกัด (parent_code) had lost their leading 0"
            ),
            format!(
                "warning: {name}: 2 cells of column โทรศัพท์ (telephone) had lost their leading 0 to a spreadsheet that took them for a number, and are read with it (the first, line 3: 21234567 read as 021234567)\n"
            ),
            format!(
                "{name}: {rounded} cells are the service's value rounded to the sheet's decimals ("
            ),
        ];
        for note in &notes {
            assert!(r.stderr.contains(note), "{how:?}: {note}\n{}", r.stderr);
        }
        assert_eq!(
            r.stderr.matches("warning:").count(),
            3,
            "one warning a column, not one a row: {}",
            r.stderr
        );
        let r = cli.run(&["import", "csv", name, "--strict"]);
        assert_eq!(r.code, 7, "{}", r.transcript());
        assert!(
            r.stderr.contains("unknown header \"หมายเหตุ\""),
            "{}",
            r.stderr
        );

        sb.http
            .delete(format!("{}/_sandbox/stats", sb.url))
            .send()
            .await
            .unwrap();
        let r = cli.run(&["import", "csv", name, "--apply", "-o", "json"]);
        assert_eq!(r.code, 0, "{how:?}: {}", r.transcript());
        assert_eq!(json_of(&r.stdout)["summary"]["applied"], 1);
        assert_eq!(sb.stats().await.count("PATCH", "/api/v1/points/{code}"), 1);
        let now = sb.get_json(&token, &format!("/points/{code}")).await;
        assert_eq!(now["address_th"], wanted.as_str(), "Thai intact");
        let kept = sb.get_json(&token, "/points/0101010000002").await;
        assert_eq!(kept["telephone"], "021234567");
        assert_eq!(kept["parent_code"], "0101010000001");
        let r = cli.run(&["import", "csv", name]);
        assert!(r.stdout.contains("0 points to change"), "{}", r.stdout);
    }

    // Forced into another encoding than it is in, a sheet is refused by its line.
    let (headers, rows) = read_csv(&cli.dir.path().join("points.csv"));
    let sheet = cli.dir.path().join("thai-excel.csv");
    std::fs::write(&sheet, excel::save(Save::Windows874Csv, &headers, &rows)).unwrap();
    let r = cli.run(&[
        "import",
        "csv",
        sheet.to_str().unwrap(),
        "--encoding",
        "utf-8",
    ]);
    assert_eq!(r.code, 7, "{}", r.transcript());
    assert!(
        r.stderr.contains(&format!(
            "{}: line 1: 0xC3 is not UTF-8: the file is not in the encoding it was read in; if Thai Excel saved it as CSV, pass --encoding windows-874",
            sheet.display()
        )),
        "{}",
        r.stderr
    );
    let r = cli.run(&[
        "import",
        "csv",
        sheet.to_str().unwrap(),
        "--encoding",
        "windows-874",
    ]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert!(r.stdout.contains("0 points to change"), "{}", r.stdout);
}

#[tokio::test]
async fn numbers_a_spreadsheet_reformatted_are_no_change_and_a_real_move_is() {
    let sb = Sandbox::start(&["--demo", "60"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    let token = sb.token("demo", "demo").await;
    let now = sb.get_json(&token, "/points/1401010000004").await;
    let (lat, lng) = (now["lat"].as_f64().unwrap(), now["lng"].as_f64().unwrap());
    let file = cli.dir.path().join("points.csv");
    // Rounded to three decimals, and with a trailing zero: the same place.
    std::fs::write(
        &file,
        format!("รหัสหน่วยงาน,ละติจูด,ลองจิจูด\n1401010000004,{lat:.3},{lng:.6}0\n"),
    )
    .unwrap();
    let r = cli.run(&["import", "csv", file.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert!(r.stdout.contains("0 points to change"), "{}", r.stdout);
    assert!(
        r.stderr.contains(
            "1 cell is the service's value rounded to the sheet's decimals (1 of ละติจูด (lat), shown with 3 decimals), so it is no change"
        ),
        "{}",
        r.stderr
    );
    // One unit of the last decimal away is a move.
    std::fs::write(
        &file,
        format!(
            "รหัสหน่วยงาน,ละติจูด,ลองจิจูด\n1401010000004,{:.3},{lng}\n",
            lat + 0.001
        ),
    )
    .unwrap();
    let r = cli.run(&["import", "csv", file.to_str().unwrap(), "-o", "json"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let plan = &json_of(&r.stdout)["plan"];
    assert_eq!(plan["points"][0]["changes"][0]["field"], "lat", "{plan}");
    assert_eq!(plan["points"][0]["changes"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn a_misdecoded_sheet_is_refused_and_nothing_is_sent() {
    let sb = Sandbox::start(&["--demo", "60"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    let file = cli.dir.path().join("points.csv");
    let r = cli.run(&[
        "export",
        "csv",
        "--department",
        "1401",
        "--headers",
        "en",
        "--no-bom",
        "--columns",
        EDITABLE,
        "-O",
        file.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    // An English cell edited, so the sheet has a change to make.
    let text =
        std::fs::read_to_string(&file)
            .unwrap()
            .replacen("Provincial Office", "Provincial Hall", 1);
    // Opened as Windows-874 (or Latin-1) and saved again as UTF-8 with its
    // English headers: every Thai letter became two or three others.
    let cases = [
        (
            encoding_rs::WINDOWS_874,
            "Thai in UTF-8 read as Windows-874",
        ),
        (
            encoding_rs::WINDOWS_1252,
            "UTF-8 read as Latin-1 or Windows-1252",
        ),
    ];
    for (encoding, how) in cases {
        let (misread, _) = encoding.decode_without_bom_handling(text.as_bytes());
        let sheet = cli.dir.path().join("misread.csv");
        std::fs::write(&sheet, misread.as_bytes()).unwrap();
        sb.http
            .delete(format!("{}/_sandbox/stats", sb.url))
            .send()
            .await
            .unwrap();
        let r = cli.run(&["import", "csv", sheet.to_str().unwrap(), "--apply"]);
        assert_eq!(r.code, 7, "{how}: {}", r.transcript());
        let name = sheet.display();
        assert!(
            r.stderr.contains(&format!(
                "{name}:2, column 4 (\"name_th\"): \""
            )) && r.stderr.contains(&format!(
                "reads as text that was mis-decoded ({how}) and saved again, and 19 more cells of the column: save it again as CSV UTF-8 from the original, or pass --encoding"
            )),
            "{how}: {}",
            r.stderr
        );
        assert!(
            r.stderr.contains("column 12 (\"province\")"),
            "{}",
            r.stderr
        );
        assert_eq!(
            sb.stats().await.count("PATCH", "/api/v1/points/{code}"),
            0,
            "{how}: nothing sent"
        );
    }
}

/// A file of a workbook (a zip of XML), as text.
fn workbook_part(book: &std::path::Path, part: &str) -> String {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::fs::File::open(book).unwrap()).unwrap();
    let mut text = String::new();
    zip.by_name(part)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

#[tokio::test]
async fn a_workbook_export_is_one_people_can_read() {
    use calamine::Reader;
    let sb = Sandbox::start(&["--demo", "60"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    let token = sb.token("demo", "demo").await;
    let book = cli.dir.path().join("points.xlsx");
    let r = cli.run(&[
        "export",
        "xlsx",
        "--department",
        "1401",
        "--columns",
        EDITABLE,
        "-O",
        book.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(&book).unwrap();
    assert_eq!(wb.sheet_names(), ["points", "อ่านก่อน"]);
    let range = wb.worksheet_range_at(0).unwrap().unwrap();
    let headers: Vec<String> = range
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(
        headers.last().map(String::as_str),
        Some("เวอร์ชัน"),
        "the version at the end: {headers:?}"
    );
    let rows = range.height() - 1;
    let at = |name: &str| headers.iter().position(|h| h == name).unwrap();

    // Dates are date cells, in Bangkok time.
    let points = service(&sb, &token).await;
    for row in range.rows().skip(1) {
        let code = row[0].to_string();
        let utc =
            chrono::DateTime::parse_from_rfc3339(points[&code]["updated_at"].as_str().unwrap())
                .unwrap();
        let bangkok = utc.naive_utc() + chrono::Duration::hours(7);
        let epoch = chrono::NaiveDate::from_ymd_opt(1899, 12, 30)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap();
        let serial = (bangkok - epoch).num_seconds() as f64 / 86_400.0;
        match &row[at("แก้ไขครั้งล่าสุด")] {
            calamine::Data::DateTime(d) => {
                assert!(
                    (d.as_f64() - serial).abs() < 1e-6,
                    "{code}: {} for {serial}",
                    d.as_f64()
                )
            }
            other => panic!("{code}: {other:?} is not a date cell"),
        }
    }
    let styles = workbook_part(&book, "xl/styles.xml");
    assert!(
        styles.contains("formatCode=\"[$-0107041E]d mmm yyyy hh:mm\""),
        "a Buddhist-era date: {styles}"
    );

    // A frozen header, a filter over every row, the status's list, fitted widths.
    let sheet = workbook_part(&book, "xl/worksheets/sheet1.xml");
    assert!(
        sheet.contains("ySplit=\"1\"") && sheet.contains("state=\"frozen\""),
        "{sheet}"
    );
    let last = char::from(b'A' + u8::try_from(headers.len() - 1).unwrap());
    assert!(
        sheet.contains(&format!("<autoFilter ref=\"A1:{last}{}\"", rows + 1)),
        "{sheet}"
    );
    assert!(sheet.contains("<dataValidation type=\"list\""), "{sheet}");
    assert!(
        sheet.contains("<formula1>\"แสดง,ซ่อน\"</formula1>"),
        "{sheet}"
    );
    let width = |col: usize| -> f64 {
        let tag = format!("<col min=\"{n}\" max=\"{n}\" width=\"", n = col + 1);
        let from = sheet
            .find(&tag)
            .unwrap_or_else(|| panic!("no width for column {col}: {sheet}"))
            + tag.len();
        sheet[from..].split('"').next().unwrap().parse().unwrap()
    };
    assert!(width(0) >= 14.0, "a code reads whole: {}", width(0));
    assert!(
        width(at("หน่วยงาน")) > 30.0,
        "names read whole: {}",
        width(at("หน่วยงาน"))
    );
    assert!(width(at("หน่วยงาน")) <= 61.0);

    // The read-me sheet says which columns may be edited.
    let readme = wb.worksheet_range_at(1).unwrap().unwrap();
    let said: HashMap<String, String> = readme
        .rows()
        .skip(1)
        .filter(|r| r.len() > 1)
        .map(|r| (r[0].to_string(), r[1].to_string()))
        .collect();
    assert_eq!(said["ที่อยู่"], "แก้ไขได้ (yes)");
    assert_eq!(said["รหัสหน่วยงาน"], "ห้ามแก้ไข (no: the key of the row)");
    assert_eq!(
        said["แก้ไขครั้งล่าสุด"],
        "ห้ามแก้ไข (no: not changed by an import)"
    );

    // And it reads back as it was.
    let r = cli.run(&["import", "xlsx", book.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert!(r.stdout.contains("0 points to change"), "{}", r.stdout);
}

/// Exports department 1401 as CSV with the editable columns; returns the file,
/// its headers and rows.
fn export_csv(cli: &Cli) -> (std::path::PathBuf, Vec<String>, Vec<Vec<String>>) {
    let file = cli.dir.path().join("points.csv");
    let r = cli.run(&[
        "export",
        "csv",
        "--department",
        "1401",
        "--columns",
        EDITABLE,
        "-O",
        file.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let (headers, rows) = read_csv(&file);
    (file, headers, rows)
}

#[tokio::test]
async fn a_character_windows_874_lacks_saved_as_a_question_mark_is_no_change() {
    let sb = Sandbox::start(&["--demo", "30"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    let (_, headers, mut rows) = export_csv(&cli);
    let name_en = headers.iter().position(|h| h == "ชื่อภาษาอังกฤษ").unwrap();
    let tel = headers.iter().position(|h| h == "โทรศัพท์").unwrap();
    // On the service: a name with é, and one with a zero-width space.
    for (row, name) in [(1, "Café Amphoe"), (2, "Bang\u{200b}Rak")] {
        let code = rows[row][0].clone();
        let r = cli.run(&["points", "edit", &code, "--name-en", name]);
        assert_eq!(r.code, 0, "{}", r.transcript());
    }
    let (_, _, fresh) = export_csv(&cli);
    rows = fresh;
    // As Thai Excel saves it: each character it lacks becomes `?`.
    for row in rows.iter_mut() {
        row[name_en] = row[name_en].replace(['é', '\u{200b}'], "?");
    }
    assert_eq!(rows[1][name_en], "Caf? Amphoe");
    rows[3][tel] = "0 2221 9999".to_owned();
    let file = cli.dir.path().join("thai.csv");
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    w.write_record(&headers).unwrap();
    for r in &rows {
        w.write_record(r).unwrap();
    }
    let text = String::from_utf8(w.into_inner().unwrap()).unwrap();
    let (bytes, _, _) = encoding_rs::WINDOWS_874.encode(&text);
    std::fs::write(&file, &bytes).unwrap();

    let r = cli.run(&["import", "csv", file.to_str().unwrap(), "-o", "json"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let plan = &json_of(&r.stdout)["plan"];
    assert_eq!(plan["points"].as_array().unwrap().len(), 1, "{plan}");
    assert_eq!(
        plan["points"][0]["changes"][0]["field"], "telephone",
        "{plan}"
    );
    let notes: Vec<&str> = r
        .stderr
        .lines()
        .filter(|l| l.contains("Windows-874 lacks"))
        .collect();
    assert_eq!(notes.len(), 1, "one note: {}", r.stderr);
    assert!(notes[0].contains("name_en"), "{}", notes[0]);
    // A `?` the service does not hold at that place is a change.
    rows[1][name_en] = "Caf? Amphoe?".to_owned();
    rows[3][tel] = rows[4][tel].clone();
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(&headers).unwrap();
    for r in &rows {
        w.write_record(r).unwrap();
    }
    let text = String::from_utf8(w.into_inner().unwrap()).unwrap();
    let (bytes, _, _) = encoding_rs::WINDOWS_874.encode(&text);
    std::fs::write(&file, &bytes).unwrap();
    let r = cli.run(&["import", "csv", file.to_str().unwrap(), "-o", "json"]);
    let plan = &json_of(&r.stdout)["plan"];
    assert!(
        plan["points"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["changes"][0]["new"] == "Caf? Amphoe?"),
        "{plan}"
    );
}

#[tokio::test]
async fn an_empty_cell_is_left_as_the_read_me_says_with_a_note() {
    use calamine::Reader;
    let sb = Sandbox::start(&["--demo", "30"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    let token = sb.token("demo", "demo").await;
    let book = cli.dir.path().join("points.xlsx");
    let r = cli.run(&[
        "export",
        "xlsx",
        "--department",
        "1401",
        "--columns",
        EDITABLE,
        "-O",
        book.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(&book).unwrap();
    let readme = wb.worksheet_range("อ่านก่อน").unwrap();
    let text: Vec<String> = readme
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| c.to_string())
                .collect::<Vec<_>>()
                .join(" | ")
        })
        .collect();
    let text = text.join("\n");
    assert!(!text.contains("empty value clears"), "{text}");
    for col in ["โทรศัพท์", "อีเมล", "หน่วยงานที่สังกัด"]
    {
        let line = text.lines().find(|l| l.starts_with(col)).unwrap();
        assert!(
            line.contains("an empty cell leaves it as it is") && line.contains("--empty-clears"),
            "{line}"
        );
    }

    let (file, headers, mut rows) = export_csv(&cli);
    let tel = headers.iter().position(|h| h == "โทรศัพท์").unwrap();
    let points = service(&sb, &token).await;
    let with_tel: Vec<usize> = (0..rows.len())
        .filter(|i| points[&rows[*i][0]]["telephone"].is_string())
        .take(2)
        .collect();
    assert_eq!(with_tel.len(), 2);
    for i in &with_tel {
        rows[*i][tel] = String::new();
    }
    write_csv(&file, &headers, &rows);
    let r = cli.run(&["import", "csv", file.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert!(r.stdout.contains("0 points to change"), "{}", r.stdout);
    let note = r
        .stderr
        .lines()
        .find(|l| l.contains("--empty-clears"))
        .unwrap_or_else(|| panic!("a note: {}", r.stderr));
    assert!(
        note.contains("telephone") && note.contains("2 rows"),
        "{note}"
    );
    let r = cli.run(&[
        "import",
        "csv",
        file.to_str().unwrap(),
        "--empty-clears",
        "-o",
        "json",
    ]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert_eq!(
        json_of(&r.stdout)["plan"]["points"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

#[tokio::test]
async fn a_row_added_by_hand_without_a_version_is_refused() {
    let sb = Sandbox::start(&["--demo", "30"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    let (file, headers, mut rows) = export_csv(&cli);
    let version = headers.iter().position(|h| h == "เวอร์ชัน").unwrap();
    let tel = headers.iter().position(|h| h == "โทรศัพท์").unwrap();
    rows[2][version] = String::new();
    rows[2][tel] = "0 2221 9999".to_owned();
    write_csv(&file, &headers, &rows);
    sb.http
        .delete(format!("{}/_sandbox/stats", sb.url))
        .send()
        .await
        .unwrap();
    let r = cli.run(&["import", "csv", file.to_str().unwrap(), "--apply"]);
    assert_eq!(r.code, 7, "{}", r.transcript());
    let line = rows.len().min(2) + 2;
    assert!(
        r.stderr
            .contains(&format!("points.csv:{line}, column version (เวอร์ชัน)")),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("export again"), "{}", r.stderr);
    let stats = sb.stats().await;
    assert_eq!(stats.count("PATCH", "/api/v1/points/{code}"), 0);
}

#[tokio::test]
async fn a_printed_workbook_is_landscape_one_page_wide_with_titles_repeated() {
    let sb = Sandbox::start(&["--demo", "30"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    let book = cli.dir.path().join("points.xlsx");
    let r = cli.run(&[
        "export",
        "xlsx",
        "--department",
        "1401",
        "--columns",
        EDITABLE,
        "-O",
        book.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let sheet = workbook_part(&book, "xl/worksheets/sheet1.xml");
    assert!(sheet.contains("orientation=\"landscape\""), "{sheet}");
    // One page wide (fitToWidth's default, 1), as many pages tall as it takes.
    assert!(
        sheet.contains("fitToHeight=\"0\"") && !sheet.contains("fitToWidth="),
        "{sheet}"
    );
    assert!(sheet.contains("<pageSetUpPr fitToPage=\"1\"/>"), "{sheet}");
    let workbook = workbook_part(&book, "xl/workbook.xml");
    assert!(
        workbook.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">points!$A:$A,points!$1:$1</definedName>"),
        "{workbook}"
    );
}

#[tokio::test]
async fn a_workbook_is_read_from_the_sheet_with_the_code_column_and_errors_name_it() {
    let sb = Sandbox::start(&["--demo", "30"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    let (_, headers, mut rows) = export_csv(&cli);
    let tel = headers.iter().position(|h| h == "โทรศัพท์").unwrap();
    let lat = headers.iter().position(|h| h == "ละติจูด").unwrap();
    rows[1][tel] = "0 2221 9999".to_owned();
    let write = |rows: &[Vec<String>]| {
        let book = cli.dir.path().join("by-hand.xlsx");
        let mut wb = rust_xlsxwriter::Workbook::new();
        let cover = wb.add_worksheet().set_name("ปก").unwrap();
        cover.write_string(0, 0, "รายชื่อหน่วยบริการ").unwrap();
        let data = wb.add_worksheet().set_name("ข้อมูล").unwrap();
        for (c, h) in headers.iter().enumerate() {
            data.write_string(0, c as u16, h).unwrap();
        }
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                data.write_string(r as u32 + 1, c as u16, cell).unwrap();
            }
        }
        wb.save(&book).unwrap();
        book
    };
    let book = write(&rows);
    let r = cli.run(&["import", "xlsx", book.to_str().unwrap(), "-o", "json"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let plan = &json_of(&r.stdout)["plan"];
    assert_eq!(plan["points"].as_array().unwrap().len(), 1, "{plan}");
    assert_eq!(plan["points"][0]["code"], rows[1][0].as_str());

    rows[2][lat] = "north".to_owned();
    let book = write(&rows);
    let r = cli.run(&["import", "xlsx", book.to_str().unwrap()]);
    assert_eq!(r.code, 7, "{}", r.transcript());
    assert!(
        r.stderr
            .contains("by-hand.xlsx, sheet ข้อมูล, row 4, column lat (ละติจูด)"),
        "{}",
        r.stderr
    );
}

#[tokio::test]
async fn a_csv_export_writes_bangkok_time_and_an_import_reads_both_forms() {
    let sb = Sandbox::start(&["--demo", "30"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    let token = sb.token("demo", "demo").await;
    let (file, headers, mut rows) = export_csv(&cli);
    let at = headers.iter().position(|h| h == "แก้ไขครั้งล่าสุด").unwrap();
    let points = service(&sb, &token).await;
    for row in &rows {
        let utc =
            chrono::DateTime::parse_from_rfc3339(points[&row[0]]["updated_at"].as_str().unwrap())
                .unwrap();
        assert!(row[at].ends_with("+07:00"), "{}", row[at]);
        assert_eq!(chrono::DateTime::parse_from_rfc3339(&row[at]).unwrap(), utc);
        let bangkok = utc.naive_utc() + chrono::Duration::hours(7);
        assert_eq!(row[at][..10], bangkok.format("%Y-%m-%d").to_string());
    }
    let r = cli.run(&["import", "csv", file.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert!(r.stdout.contains("0 points to change"), "{}", r.stdout);
    // An older sheet, in UTC.
    for row in rows.iter_mut() {
        row[at] = points[&row[0]]["updated_at"].as_str().unwrap().to_owned();
    }
    write_csv(&file, &headers, &rows);
    let r = cli.run(&["import", "csv", file.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert!(r.stdout.contains("0 points to change"), "{}", r.stdout);
    // Not a moment: named.
    rows[0][at] = "yesterday".to_owned();
    write_csv(&file, &headers, &rows);
    let r = cli.run(&["import", "csv", file.to_str().unwrap()]);
    assert_eq!(r.code, 7, "{}", r.transcript());
    assert!(r.stderr.contains("column updated_at"), "{}", r.stderr);
}
