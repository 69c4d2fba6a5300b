//! Rehearsing on your own data: `dump` from a service, `citizeninfo-sandbox --load`
//! the dump into a fresh sandbox, and the copy answers `diff` and `apply` as the
//! service would.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails loudly on what it did not expect"
)]

use citizeninfo_testkit as common;

use std::process::{Command, Stdio};

use common::{Cli, Sandbox, bin, json, s, write};

#[tokio::test]
async fn a_dump_loaded_into_a_fresh_sandbox_diffs_as_no_change_and_rehearses_an_edit_exactly() {
    let service = Sandbox::start(&["--demo", "300"]);
    let real = Cli::new(&service);
    real.login("admin");
    let dir = tempfile::tempdir().unwrap();
    let all = dir.path().join("all.yaml");
    let r = real.run(&["dump", "-O", s(&all)]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    // A folder of one file a department, as a team keeps them.
    let split = dir.path().join("split");
    std::fs::create_dir(&split).unwrap();
    for d in ["1401", "1402"] {
        let file = split.join(format!("{d}.yaml"));
        let r = real.run(&["dump", "--department", d, "-O", s(&file)]);
        assert_eq!(r.code, 0, "{}", r.transcript());
    }

    let copy = Sandbox::start(&["--load", s(&all)]);
    assert!(
        copy.banner
            .iter()
            .any(|l| l.starts_with("loaded 300 service points and ")),
        "{:?}",
        copy.banner
    );
    let rehearsal = Cli::new(&copy);
    rehearsal.login("admin");
    let r = rehearsal.run(&["diff", "-f", s(&all), "--exit-code"]);
    assert_eq!(r.code, 0, "dump → load → diff is empty: {}", r.transcript());
    let again = rehearsal.run(&["dump"]);
    assert_eq!(
        again.stdout,
        std::fs::read_to_string(&all).unwrap(),
        "the copy dumps as the service did, byte for byte"
    );

    // One edit, rehearsed on the copy: the plan is exactly the one the service would get.
    let text = std::fs::read_to_string(&all).unwrap();
    let mut edits = 0;
    let edited: Vec<String> = text
        .lines()
        .map(|l| match l.split_once("telephone: ") {
            Some((indent, _)) if edits == 0 && indent.trim().is_empty() => {
                edits += 1;
                format!("{indent}telephone: 0 2221 9999")
            }
            _ => l.to_owned(),
        })
        .collect();
    let edited = edited.join("\n") + "\n";
    assert_ne!(edited, text);
    let edited = write(dir.path(), "edited.yaml", &edited);
    let on_copy = rehearsal.run(&["diff", "-f", s(&edited), "-o", "json"]);
    let on_service = real.run(&["diff", "-f", s(&edited), "-o", "json"]);
    let plan = json(&on_copy.stdout);
    let points = plan["points"].as_array().unwrap();
    assert_eq!(points.len(), 1, "{plan}");
    let changes = points[0]["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 1, "{plan}");
    assert_eq!(changes[0]["field"], "telephone");
    assert_eq!(changes[0]["new"], "0 2221 9999");
    assert_eq!(
        plan["points"],
        json(&on_service.stdout)["points"],
        "the rehearsal plans what the service would"
    );
    let r = rehearsal.run(&["apply", "-f", s(&edited), "--yes"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let r = rehearsal.run(&["diff", "-f", s(&edited), "--exit-code"]);
    assert_eq!(r.code, 0, "applied on the copy: {}", r.transcript());
    let r = real.run(&["diff", "-f", s(&edited), "--exit-code"]);
    assert_eq!(r.code, 3, "the service is untouched: {}", r.transcript());

    // A folder of split dumps loads as well.
    let copy = Sandbox::start(&["--load", s(&split)]);
    let cli = Cli::new(&copy);
    cli.login("admin");
    let r = cli.run(&["diff", "-f", s(&split), "--exit-code"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let r = cli.run(&["points", "list", "--all", "-o", "json"]);
    let listed = json(&r.stdout);
    let listed = listed.as_array().unwrap();
    assert_eq!(listed.len(), 40, "20 demo points in each department");
    assert!(
        listed
            .iter()
            .all(|p| ["1401", "1402"].contains(&p["department_id"].as_str().unwrap()))
    );
}

#[tokio::test]
async fn a_load_takes_the_manifests_validate_takes_one_point_documents_defaults_and_creations() {
    let dir = tempfile::tempdir().unwrap();
    // A `kind: ServicePoint` document of one whole point, with `include` processes.
    write(
        dir.path(),
        "a-parent.yaml",
        r#"apiVersion: citizeninfo/v1
kind: ServicePoint
code: "1401010000001"
name_th: ที่ทำการปกครองจังหวัดนนทบุรี
name_en: Nonthaburi Provincial Administration Office
full_name: กรมการปกครอง ที่ทำการปกครองจังหวัดนนทบุรี
address_th: ถนนรัตนาธิเบศร์ อ.เมืองนนทบุรี จ.นนทบุรี 11000
province: นนทบุรี
lat: 13.8609
lng: 100.5131
hours: mon-fri 08:30-16:30
telephone: 0 2580 0705
status: shown
processes:
  include: [P00001, P00003]
"#,
    );
    // Creations under `defaults`, children of the point above, as written for `apply`.
    let example =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/new-points.yaml");
    std::fs::copy(&example, dir.path().join("b-new-points.yaml")).unwrap();

    let copy = Sandbox::start(&["--load", s(dir.path())]);
    assert!(
        copy.banner
            .iter()
            .any(|l| l.starts_with("loaded 2 service points and ")),
        "{:?}",
        copy.banner
    );
    let cli = Cli::new(&copy);
    cli.login("admin");
    let r = cli.run(&["validate", "-f", s(dir.path())]);
    assert_eq!(r.code, 0, "validate takes them too: {}", r.transcript());
    let r = cli.run(&["diff", "-f", s(dir.path()), "--exit-code"]);
    assert_eq!(r.code, 0, "the copy is what they state: {}", r.transcript());
    let r = cli.run(&["points", "show", "1401019100001", "-o", "json"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let shown = json(&r.stdout);
    assert_eq!(shown["point"]["parent_code"], "1401010000001", "{shown}");
    assert_eq!(
        shown["point"]["type"], "ส่วนราชการ",
        "the creation's own type: {shown}"
    );

    // A point that is not whole cannot be made, and is named at its place.
    let partial = write(
        dir.path(),
        "c-partial.yaml",
        "apiVersion: citizeninfo/v1\nkind: ServicePoint\ncode: \"1401010000008\"\nname_en: District Office\n",
    );
    let (code, _, stderr) = sandbox_to_its_end(&["--load", s(&partial)]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains(&format!("{}:3:7: name_th: ", partial.display())),
        "{stderr}"
    );
}

/// Runs the sandbox with these flags to its end, as a person would start it.
fn sandbox_to_its_end(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(bin("citizeninfo-sandbox"))
        .args(["--listen", "127.0.0.1:0"])
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn a_load_naming_what_the_reference_data_lacks_is_refused_at_its_place_and_nothing_is_served() {
    let dir = tempfile::tempdir().unwrap();
    let point = |code: &str, processes: &str| {
        format!(
            r#"  - code: "{code}"
    name_th: สำนักงานทดลอง
    name_en: Trial Office
    full_name: สำนักงานทดลอง กระทรวงมหาดไทย
    address_th: 1 ถนนราชดำเนินกลาง เขตพระนคร กรุงเทพมหานคร 10200
    province: กรุงเทพมหานคร
    lat: 13.756
    lng: 100.501
    hours: mon-fri 08:30-16:30
    status: shown
    processes:
      exact: [{processes}]
"#
        )
    };
    let text = format!(
        "apiVersion: citizeninfo/v1\nkind: ServicePoints\npoints:\n{}{}{}",
        point("1401010000001", "P00001"),
        point("9901010000001", "P00001"),
        point("1401010000002", "P00001, P99999"),
    );
    let file = write(dir.path(), "mine.yaml", &text);
    let (code, stdout, stderr) = sandbox_to_its_end(&["--load", s(&file)]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        !stdout.contains("listening on"),
        "nothing is served: {stdout}"
    );
    let at = |line: u32, column: u32| format!("{}:{line}:{column}: ", file.display());
    assert!(
        stderr.contains(&format!(
            "{}the point 9901010000001: its code names agency 990101",
            at(16, 11)
        )),
        "the missing agency, at the code naming it: {stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "{}the point 1401010000002: process P99999 is not a process",
            at(39, 7)
        )),
        "the missing process, at the processes listing it: {stderr}"
    );
    assert!(stderr.contains("2 problems"), "{stderr}");

    // A bad value is named at its point too, and a folder with no manifests is refused.
    let bad = write(
        dir.path(),
        "bad.yaml",
        &text.replacen("lat: 13.756", "lat: north", 1),
    );
    let (code, _, stderr) = sandbox_to_its_end(&["--load", s(&bad)]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains(&format!("{}:10:10: lat: ", bad.display())),
        "{stderr}"
    );
    let empty = tempfile::tempdir().unwrap();
    let (code, _, stderr) = sandbox_to_its_end(&["--load", s(empty.path())]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("without .yaml files"), "{stderr}");
}
