//! Bounded input and safe printing, end to end against the real sandbox: files too
//! big for their caps are refused fast with short messages, and text from the
//! service is shown escaped to people and exact as data.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails loudly on what it did not expect"
)]

use citizeninfo_testkit as common;

use common::{Cli, Sandbox, json, s};

/// Snapshot filters: the sandbox's port and times that depend on the clock.
fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.add_filter(r"127\.0\.0\.1:\d+", "127.0.0.1:PORT");
    s.add_filter(r"\d{1,2} [^\s]+ \d\d, \d\d\.\d\d น\.", "DATE");
    s
}

/// Forgets the requests the sandbox counted so far.
async fn forget_requests(sb: &Sandbox) {
    sb.http
        .delete(format!("{}/_sandbox/stats", sb.url))
        .send()
        .await
        .unwrap();
}

#[tokio::test]
async fn a_photo_over_the_cap_is_refused_by_its_size_before_it_is_read_or_sent() {
    let sb = Sandbox::start(&["--demo", "40"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    forget_requests(&sb).await;

    // 2 GiB, and sparse: reading it whole would take seconds and 2 GiB of memory.
    let big = cli.dir.path().join("huge.png");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(2 << 30)
        .unwrap();
    let r = cli.run(&["points", "edit", "1401010000004", "--add-photo", s(&big)]);
    assert_eq!(r.code, 7, "{}", r.transcript());
    assert!(
        r.stderr.contains(&format!(
            "--add-photo {} is 2048.0 MiB (2147483648 bytes); a photo may be at most 5.0 MiB (5242880 bytes)",
            s(&big)
        )),
        "{}",
        r.stderr
    );
    assert_eq!(sb.stats().await.total, 0, "nothing is read or sent");

    // A device that says it is empty and never ends: the capped reader stops it.
    #[cfg(unix)]
    {
        let r = cli.run(&[
            "points",
            "edit",
            "1401010000004",
            "--add-photo",
            "/dev/zero",
        ]);
        assert_eq!(r.code, 7, "{}", r.transcript());
        assert!(
            r.stderr.contains(
                "--add-photo /dev/zero is more than 5.0 MiB (5242880 bytes); a photo may be at most 5.0 MiB (5242880 bytes)"
            ),
            "{}",
            r.stderr
        );
        assert_eq!(sb.stats().await.total, 0, "nothing is sent");
    }
}

#[test]
fn a_sheet_over_its_caps_is_refused_with_a_short_message_naming_the_place_and_the_cap() {
    let sb = Sandbox::start(&[]);
    let cli = Cli::new(&sb);

    // One line of 64 MiB with no line break: refused once it passes 1 MiB.
    let line = cli.dir.path().join("one-line.csv");
    std::fs::write(&line, vec![b'a'; 64 << 20]).unwrap();
    let r = cli.run(&["import", "csv", s(&line)]);
    assert_eq!(r.code, 7, "{}", r.transcript());
    assert!(
        r.stderr.contains(&format!(
            "{}: line 1: the line is longer than 1.0 MiB (1048576 bytes), the longest a sheet's line may be",
            s(&line)
        )),
        "{}",
        r.stderr
    );
    assert!(r.stderr.len() < 2000, "{} bytes of stderr", r.stderr.len());

    // A cell over Excel's 32,767 characters: named by its line and column, cut.
    let cell = cli.dir.path().join("long-cell.csv");
    std::fs::write(
        &cell,
        format!(
            "รหัสหน่วยงาน,ชื่อหน่วยงาน\n1401010000004,{}\n",
            "ก".repeat(40_000)
        ),
    )
    .unwrap();
    let r = cli.run(&["import", "csv", s(&cell)]);
    assert_eq!(r.code, 7, "{}", r.transcript());
    assert!(
        r.stderr.contains(&format!(
            "{}: line 2, column 2: the cell \"{}…\" (40000 characters) is longer than 32767 characters, the most a cell may hold",
            s(&cell),
            "ก".repeat(60)
        )),
        "{}",
        r.stderr
    );
    assert!(r.stderr.len() < 2000, "{} bytes of stderr", r.stderr.len());

    // A header nobody knows, as long as a line may be: echoed cut.
    let header = cli.dir.path().join("long-header.csv");
    std::fs::write(&header, format!("รหัสหน่วยงาน,{}\n", "x".repeat(30_000))).unwrap();
    let r = cli.run(&["import", "csv", s(&header), "--strict"]);
    assert_eq!(r.code, 7, "{}", r.transcript());
    assert!(
        r.stderr.contains(&format!(
            "unknown header \"{}…\" (30000 characters)",
            "x".repeat(60)
        )),
        "{}",
        r.stderr
    );
    assert!(r.stderr.len() < 2000, "{} bytes of stderr", r.stderr.len());

    // A file over 256 MiB by its size (sparse), before a byte is read.
    for kind in ["csv", "xlsx"] {
        let big = cli.dir.path().join(format!("big.{kind}"));
        std::fs::File::create(&big)
            .unwrap()
            .set_len(300 << 20)
            .unwrap();
        let r = cli.run(&["import", kind, s(&big)]);
        assert_eq!(r.code, 7, "{}", r.transcript());
        assert!(
            r.stderr.contains(&format!(
                "{}: the file is 300.0 MiB (314572800 bytes); a sheet may be at most 256.0 MiB (268435456 bytes)",
                s(&big)
            )),
            "{}",
            r.stderr
        );
    }
}

/// A name with a colour escape, a window-title escape and a right-to-left
/// override, as text that predates the contract's rule, or that another client
/// wrote, may hold.
const HOSTILE: &str = "ที่ว่าการ\u{1b}[31mอำเภอ\u{1b}]0;title\u{7}เมือง\u{202E}กระบี่";

#[tokio::test]
async fn text_from_the_service_is_shown_escaped_to_people_and_exact_as_data() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("sandbox.db");
    let sb = Sandbox::start(&["--demo", "40", "--data", s(&file)]);
    let (status, stderr) = sb.terminate();
    assert!(status.success(), "{stderr}");
    // The contract refuses such a name, so it is written into the database itself.
    let conn = rusqlite::Connection::open(&file).unwrap();
    let changed = conn
        .execute(
            "UPDATE points SET name_th = ?1 WHERE code = '1401010000004'",
            [HOSTILE],
        )
        .unwrap();
    assert_eq!(changed, 1);
    drop(conn);

    let sb = Sandbox::start(&["--demo", "40", "--data", s(&file)]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    let escaped = "ที่ว่าการ\\u{1b}[31mอำเภอ\\u{1b}]0;title\\u{7}เมือง\\u{202e}กระบี่";

    let r = cli.run(&["points", "show", "1401010000004", "--section", "info"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    settings().bind(|| insta::assert_snapshot!("show_escaped", r.transcript()));
    assert!(r.stdout.contains(escaped), "{}", r.stdout);

    let r = cli.run(&[
        "points",
        "list",
        "--department",
        "1401",
        "--columns",
        "code,name_th,status",
        "--limit",
        "4",
    ]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    settings().bind(|| insta::assert_snapshot!("list_escaped", r.transcript()));
    assert!(r.stdout.contains(escaped), "{}", r.stdout);

    for run in [
        cli.run(&["points", "show", "1401010000004", "--section", "info"]),
        cli.run(&["points", "list", "--department", "1401", "--limit", "4"]),
        cli.run(&[
            "points",
            "edit",
            "1401010000004",
            "--name-en",
            "Krabi",
            "--dry-run",
        ]),
    ] {
        assert!(
            !run.stdout.contains(['\u{1b}', '\u{7}', '\u{202E}'])
                && !run.stderr.contains(['\u{1b}', '\u{7}', '\u{202E}']),
            "{}",
            run.transcript()
        );
    }

    // The tool refuses to write such a name, by the contract's own rule, before
    // sending anything.
    forget_requests(&sb).await;
    let r = cli.run(&[
        "points",
        "edit",
        "1401010000004",
        "--name-th",
        "ที่ว่าการ\u{202E}อำเภอ",
    ]);
    assert_eq!(r.code, 7, "{}", r.transcript());
    assert!(
        r.stderr
            .contains(&format!("--name-th {}", citizeninfo_api::rules::BIDI_RULE)),
        "{}",
        r.stderr
    );
    assert_eq!(sb.stats().await.count("PATCH", "/api/v1/points/{code}"), 0);

    let r = cli.run(&[
        "points",
        "show",
        "1401010000004",
        "--section",
        "info",
        "-o",
        "json",
    ]);
    assert_eq!(
        json(&r.stdout)["point"]["name_th"],
        HOSTILE,
        "data is exact"
    );
    let r = cli.run(&["points", "list", "--department", "1401", "-o", "json"]);
    let items = json(&r.stdout);
    assert!(
        items
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["name_th"] == HOSTILE),
        "{}",
        r.stdout
    );
}

#[test]
fn a_workbook_claiming_a_huge_sheet_is_refused_without_making_its_grid() {
    let sb = Sandbox::start(&[]);
    let cli = Cli::new(&sb);
    // A few kilobytes whose last cell is the sheet's very last one (XFD1048576):
    // read as a grid, that is seventeen billion cells.
    let path = cli.dir.path().join("huge.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "รหัสหน่วยงาน").unwrap();
    sheet.write_string(1_048_575, 16_383, "x").unwrap();
    book.save(&path).unwrap();
    assert!(std::fs::metadata(&path).unwrap().len() < 20_000);
    let r = cli.run(&["import", "xlsx", s(&path)]);
    assert_eq!(r.code, 7, "{}", r.transcript());
    assert!(
        r.stderr
            .contains("row 1048576: the sheet uses column 16384, past the 256 a sheet may use"),
        "{}",
        r.stderr
    );
}
