//! Manifests at registry scale: what `dump` writes, in one file or one file a unit,
//! always reads back as no change, and a manifest far over the old caps (16 MiB a
//! file, 250,000 YAML nodes a document) is read, its problems still at their places.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

use citizeninfo_testkit as common;

use common::{Cli, Sandbox, s, write};

const POINTS: usize = 20_000;

#[test]
fn a_dump_of_twenty_thousand_points_diffs_as_no_change_in_one_file_and_split_by_department() {
    let sb = Sandbox::start(&["--demo", &POINTS.to_string()]);
    let cli = Cli::new(&sb);
    cli.login("admin");
    let one = cli.dir.path().join("registry.yaml");
    let dir = cli.dir.path().join("registry");
    // Counts for people are grouped by thousands.
    let unchanged = format!("{},{:03} unchanged", POINTS / 1000, POINTS % 1000);
    // Two lines of work at once, so two cores are kept busy; every step is still
    // checked as it ends. One: the dump in one file and its diff. The other: the
    // split dump and its diff. (That a split dump validates file by file, applies as
    // no change and dumps again byte for byte holds at any size:
    // `manifests::a_split_dump_validates_file_by_file_applies_as_no_change_and_dumps_again_byte_for_byte`.)
    std::thread::scope(|lines| {
        lines.spawn(|| {
            let r = cli.run(&["dump", "--split-by", "department", "-O", s(&dir)]);
            assert_eq!(r.code, 0, "{}", r.transcript());
            split_dump_is_no_change(&cli, &dir, &unchanged);
        });
        lines.spawn(|| {
            let r = cli.run(&["dump", "-O", s(&one)]);
            assert_eq!(r.code, 0, "{}", r.transcript());
            let text = std::fs::read_to_string(&one).unwrap();
            assert_eq!(
                text.matches("\n- code: ").count() + usize::from(text.starts_with("- code: ")),
                POINTS
            );
            let r = cli.run(&["diff", "-f", s(&one), "--exit-code"]);
            assert_eq!(r.code, 0, "dump → diff is no change: {}", r.transcript());
            assert!(r.stdout.contains(&unchanged), "{}", r.stdout);
        });
    });
    let r = cli.run(&["dump", "--split-by", "agency", "-O", s(&one)]);
    assert_eq!(
        r.code,
        2,
        "a split dump writes a folder: {}",
        r.transcript()
    );
}

/// The files of a split dump, in order.
fn files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
}

/// A dump split by department: one file a department holding its points and no
/// other, every point once, read back by `diff` as no change.
fn split_dump_is_no_change(cli: &Cli, dir: &std::path::Path, unchanged: &str) {
    let files = files(dir);
    assert!(files.len() > 1, "one file a department: {files:?}");
    let mut stated = 0;
    for f in &files {
        // Each file is the department named by its file name, and nothing else.
        let department = f.file_stem().unwrap().to_str().unwrap().to_owned();
        assert_eq!(f.extension().unwrap(), "yaml");
        let text = std::fs::read_to_string(f).unwrap();
        for code in text.lines().filter_map(|l| l.strip_prefix("- code: ")) {
            assert!(
                code.trim_matches('"').starts_with(&department),
                "{code} in {}",
                f.display()
            );
            stated += 1;
        }
    }
    assert_eq!(stated, POINTS, "every point once, across the files");
    let r = cli.run(&["diff", "-f", s(dir), "--exit-code"]);
    assert_eq!(
        r.code,
        0,
        "split dump → diff is no change: {}",
        r.transcript()
    );
    assert!(r.stdout.contains(unchanged), "{}", r.stdout);
}

/// A point of a generated manifest: every editable field and 40 processes, about
/// 1.2 KiB, some 60 YAML nodes.
fn point(i: usize, hours: &str) -> String {
    let mut p = format!(
        "  - code: \"14010{i:08}\"\n    name_th: สำนักงานทดสอบที่ {i} สาขาที่ว่าการอำเภอเมืองกระบี่\n    name_en: Test Office {i}, Mueang Krabi District Office branch\n    full_name: สำนักงานทดสอบที่ {i} กรมการปกครอง กระทรวงมหาดไทย จังหวัดกระบี่\n    address_th: {i} ถนนอุตรกิจ ตำบลปากน้ำ อำเภอเมืองกระบี่ จังหวัดกระบี่ 81000\n    province: กระบี่\n    lat: 8.0{i:05}\n    lng: 98.9{i:05}\n    hours: {hours}\n    email: office{i}@dopa.go.th\n    telephone: 0 7561 {:04}\n    status: shown\n    processes:\n      exact:\n",
        i % 10_000
    );
    for k in 0..40 {
        p.push_str(&format!("      - P{:05}\n", k * 7 + 1));
    }
    p
}

#[test]
fn a_manifest_over_the_old_caps_validates_and_its_problems_keep_their_places() {
    let dir = tempfile::tempdir().unwrap();
    let hours = "mon-fri 08:30-12:00,13:00-16:30; sat 09:00-12:00";
    let mut text = String::from("apiVersion: citizeninfo/v1\nkind: ServicePoints\npoints:\n");
    for i in 0..POINTS {
        text.push_str(&point(i, hours));
    }
    assert!(
        text.len() > 16 * 1024 * 1024,
        "over the old cap: {} bytes",
        text.len()
    );
    // One document: far over serde-saphyr's default budget of 250,000 nodes.
    let big = write(dir.path(), "big.yaml", &text);
    let cli = common::run(
        {
            let mut c = std::process::Command::new(common::bin("citizeninfo"));
            c.args(["validate", "-f", s(&big)])
                .env("CITIZENINFO_CONFIG_DIR", dir.path());
            c
        },
        "",
    );
    assert_eq!(cli.code, 0, "{}", cli.transcript());
    assert!(
        cli.stderr.contains(&format!("{POINTS} points stated")),
        "{}",
        cli.stderr
    );

    // A problem in the last point is named at its line and column in the file.
    let mut text = String::from("apiVersion: citizeninfo/v1\nkind: ServicePoints\npoints:\n");
    for i in 0..POINTS - 1 {
        text.push_str(&point(i, hours));
    }
    let line = text.lines().count() + 9;
    text.push_str(&point(POINTS - 1, "mon-fri 08:30-25:00"));
    let bad = write(dir.path(), "bad.yaml", &text);
    let mut c = std::process::Command::new(common::bin("citizeninfo"));
    c.args(["validate", "-f", s(&bad)])
        .env("CITIZENINFO_CONFIG_DIR", dir.path());
    let r = common::run(c, "");
    assert_eq!(r.code, 7, "{}", r.transcript());
    assert!(
        r.stdout
            .starts_with(&format!("{}:{line}:12: ", bad.display())),
        "at its place: {}",
        r.stdout
    );
    assert_eq!(r.stdout.lines().count(), 1, "{}", r.stdout);
}
