//! End-to-end tests of the `citizeninfo` binary against the real sandbox.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails loudly on what it did not expect"
)]

use citizeninfo_testkit as common;

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use common::{Cli, Person, Sandbox, json};

/// Snapshot filters: the sandbox's port and times that depend on the clock.
fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.add_filter(r"127\.0\.0\.1:\d+", "127.0.0.1:PORT");
    s.add_filter(r"\d{1,2} [^\s]+ \d\d, \d\d\.\d\d น\.", "DATE");
    s.add_filter(r"/tmp/[^\s]+", "TMP");
    s.add_filter(
        r"Authorize Code is [0-9A-F]{15}",
        "Authorize Code is AUTHORIZE_CODE",
    );
    s
}

async fn requests(sb: &Sandbox, method: &str, route: &str) -> u64 {
    sb.stats().await.count(method, route)
}

#[test]
fn command_line_usage_errors_exit_2() {
    let sb = Sandbox::start(&[]);
    let cli = Cli::new(&sb);
    let r = cli.run(&["points", "list", "--level", "minister"]);
    assert_eq!(r.code, 2, "{}", r.transcript());
    assert!(r.stderr.contains("is not a level"));
    let r = cli.run(&["points", "list", "--url", "ftp://x"]);
    assert_eq!(r.code, 2, "{}", r.transcript());
    assert!(r.stderr.contains("is not a service address"));
}

/// `version` names the program for a support request, as data too, with no network;
/// `--version` on one line. (A release build's commit and date are checked by
/// `.ci/installers` on the installed program.)
#[tokio::test]
async fn version_names_the_program_as_text_and_as_data() {
    let sb = Sandbox::start(&[]);
    let cli = Cli::new(&sb);
    let r = cli.run(&["version", "-o", "json"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let v = json(&r.stdout);
    assert_eq!(v["version"], env!("CARGO_PKG_VERSION"), "{v}");
    assert!(v["target"].as_str().is_some_and(|t| t.contains('-')), "{v}");
    // A test runs a development build: it names no commit or day rather than a wrong one.
    assert!(v["commit"].is_null() && v["build_date"].is_null(), "{v}");
    let r = cli.run(&["--version"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert_eq!(
        r.stdout,
        format!(
            "citizeninfo {} (a development build)\n",
            env!("CARGO_PKG_VERSION")
        )
    );
    let r = cli.run(&["version"]);
    assert!(
        r.stdout.contains("commit") && r.stdout.contains("for"),
        "{}",
        r.stdout
    );
    assert_eq!(sb.stats().await.total, 0, "no request");
}

#[tokio::test]
async fn password_login_status_and_logout() {
    let sb = Sandbox::start(&["--demo", "40"]);
    let cli = Cli::new(&sb);
    let r = cli.run(&["auth", "status"]);
    assert_eq!(r.code, 4, "{}", r.transcript());
    settings().bind(|| insta::assert_snapshot!("status_signed_out", r.transcript()));

    let r = cli.run_with(&["login", "-u", "demo", "--password-stdin"], "wrong\n", &[]);
    assert_eq!(r.code, 4, "{}", r.transcript());
    assert!(
        r.stderr.contains("error: could not sign in as demo"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("hint:"));
    let r = cli.run(&["login", "-u", "demo"]);
    assert_eq!(
        r.code,
        2,
        "no terminal and no --password-stdin: {}",
        r.transcript()
    );

    cli.login("demo");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let file = cli.dir.path().join("credentials/default.json");
        assert_eq!(
            std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
            0o600
        );
        let folder = cli.dir.path().join("credentials");
        assert_eq!(
            std::fs::metadata(&folder).unwrap().permissions().mode() & 0o777,
            0o700
        );
    }
    let r = cli.run(&["auth", "status"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    settings().bind(|| insta::assert_snapshot!("status_table", r.transcript()));
    let r = cli.run(&["auth", "status", "-o", "json"]);
    let v = json(&r.stdout);
    assert_eq!(v["account"]["username"], "demo");
    assert_eq!(v["credentials"], "file");

    let r = cli.run(&["logout"]);
    assert_eq!(r.code, 0);
    assert!(!cli.dir.path().join("credentials/default.json").exists());
    assert_eq!(cli.run(&["points", "list"]).code, 4);
}

#[tokio::test]
async fn first_sign_in_registers_the_account() {
    let sb = Sandbox::start(&["--demo", "40"]);
    let cli = Cli::new(&sb);
    let (code, unit) = sb.newcomer();
    let base = [
        "login",
        "-u",
        "newcomer",
        "--password-stdin",
        "--ministry",
        "14",
        "--department",
        "1401",
        "--agency",
        "140101",
        "--contact-name",
        "สมหญิง รักงาน",
        "--email",
        "somying@dopa.go.th",
        "--telephone",
        "0 2221 2141",
    ];
    // A malformed code is refused before it is sent (its case is no mistake).
    let mut args = base.to_vec();
    args.extend(["--authorize-code", "2dbbea63c543bfz"]);
    let r = cli.run_with(&args, "newcomer\n", &[]);
    assert_eq!(r.code, 7, "{}", r.transcript());
    assert!(
        r.stderr.contains("15 upper-case hexadecimal"),
        "{}",
        r.stderr
    );
    assert_eq!(requests(&sb, "POST", "/api/v1/auth/register").await, 0);
    // Without the code and no terminal to ask on, it says which flag to pass.
    let r = cli.run_with(&base, "newcomer\n", &[]);
    assert_eq!(r.code, 2, "{}", r.transcript());
    assert!(r.stderr.contains("--authorize-code"), "{}", r.stderr);

    // The code read from stdin after the password, never on the command line.
    let mut args = base.to_vec();
    args.push("--authorize-code-stdin");
    let r = cli.run_with(&args, "newcomer\n\n", &[]);
    assert_eq!(r.code, 2, "{}", r.transcript());
    assert!(
        r.stderr
            .contains("--authorize-code-stdin read no Authorize Code"),
        "{}",
        r.stderr
    );
    // Typed in lower case, the code is taken in upper case.
    let r = cli.run_with(&args, &format!("newcomer\n{}\n", code.to_lowercase()), &[]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert!(r.stderr.contains("has never signed in"), "{}", r.stderr);
    let v = json(&cli.run(&["auth", "status", "-o", "json"]).stdout);
    assert_eq!(v["account"]["scope"]["kind"], "unit");
    assert_eq!(v["account"]["scope"]["id"], unit.as_str());
}

fn approve(sb: &Sandbox, user_code: &str) {
    let r = reqwest::blocking_free_post(sb, user_code);
    assert_eq!(r, 200);
}

mod reqwest {
    //! A tiny synchronous approval: the test thread is not async here.
    pub(crate) fn blocking_free_post(sb: &super::Sandbox, user_code: &str) -> u16 {
        let url = format!("{}/_oidc/device", sb.url);
        let code = user_code.to_owned();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Runtime::new().unwrap();
            rt.block_on(async {
                ::reqwest::Client::new()
                    .post(url)
                    .form(&[
                        ("user_code", code.as_str()),
                        ("username", "openid"),
                        ("password", "openid"),
                        ("action", "approve"),
                    ])
                    .send()
                    .await
                    .unwrap()
                    .status()
                    .as_u16()
            })
        })
        .join()
        .unwrap()
    }
}

/// The built-in issuer's token endpoint, which a device sign-in polls.
const ISSUER_TOKEN: &str = "/_oidc/token";

#[tokio::test]
async fn openid_device_flow_prints_the_code_and_waits_for_approval() {
    let sb = Sandbox::start(&["--demo", "20", "--device-interval", "1"]);
    let cli = Cli::new(&sb);
    let mut child = cli
        .command(&["login", "--openid"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut first = String::new();
    stderr.read_line(&mut first).unwrap();
    assert!(
        first.contains(&format!("open {}/_oidc/device and enter the code", sb.url)),
        "{first}"
    );
    let user_code = first.trim_end().rsplit(' ').next().unwrap().to_owned();
    // Approved only once the tool has polled and been told to wait.
    sb.until_counted("the tool to poll before the approval", |stats| {
        stats.answered("POST", ISSUER_TOKEN, 400) >= 1
    })
    .await;
    approve(&sb, &user_code);
    let status = child.wait().unwrap();
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut stderr, &mut rest).unwrap();
    assert!(status.success(), "{rest}");
    assert!(rest.contains("signed in to"), "{rest}");
    // It kept polling and took the approval on its next poll, once.
    let stats = sb.stats().await;
    assert_eq!(stats.answered("POST", ISSUER_TOKEN, 200), 1, "{stats:?}");
    let v = json(&cli.run(&["auth", "status", "-o", "json"]).stdout);
    assert_eq!(v["account"]["kind"], "openid");
}

#[tokio::test]
async fn openid_device_flow_reports_expiry() {
    let sb = Sandbox::start(&["--device-interval", "1"]);
    let cli = Cli::new(&sb);
    let login = cli.command(&["login", "--openid"]);
    let run = std::thread::spawn(move || common::run(login, ""));
    // The tool polls and is told to wait; then the code's ten minutes pass.
    sb.until_counted("the tool to poll for the approval", |stats| {
        stats.answered("POST", ISSUER_TOKEN, 400) >= 1
    })
    .await;
    sb.advance_clock(600).await;
    let r = run.join().unwrap();
    assert_eq!(r.code, 4, "{}", r.transcript());
    assert!(
        r.stderr.contains("expired before anyone approved it"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains("hint: run `citizeninfo login --openid` again"),
        "{}",
        r.stderr
    );
}

#[tokio::test]
async fn listing_points() {
    let sb = Sandbox::start(&["--demo", "1200"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    let r = cli.run(&["points", "list", "--limit", "6"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    settings().bind(|| insta::assert_snapshot!("list_table_th", r.transcript()));
    let r = cli.run(&[
        "points",
        "list",
        "--limit",
        "4",
        "--lang",
        "en",
        "--columns",
        "code,name_en,province,updated_at",
    ]);
    settings().bind(|| insta::assert_snapshot!("list_table_en_columns", r.transcript()));
    let r = cli.run(&["points", "list", "--limit", "2", "-o", "json"]);
    settings().bind(|| insta::assert_snapshot!("list_json", r.transcript()));
    // Nothing matches: said so, not a bare header; every match shown: no note.
    let r = cli.run(&["points", "list", "--query", "ไม่มีจุดบริการนี้"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert_eq!(r.stderr, "no points match\n", "{}", r.transcript());
    assert_eq!(r.stdout, "", "no bare header: {}", r.transcript());
    let r = cli.run(&["points", "list", "--all", "-o", "json"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert_eq!(r.stderr, "", "{}", r.transcript());
    let r = cli.run(&[
        "points",
        "list",
        "--limit",
        "3",
        "-o",
        "csv",
        "--columns",
        "code,name_th,status,updated_at",
    ]);
    settings().bind(|| insta::assert_snapshot!("list_csv", r.transcript()));

    let r = cli.run(&[
        "points",
        "list",
        "--status",
        "hidden",
        "--level",
        "service_point",
        "-o",
        "json",
        "--all",
    ]);
    let hidden = json(&r.stdout);
    assert!(!hidden.as_array().unwrap().is_empty());
    assert!(
        hidden
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["status"] == "hidden" && p["level"] == "service_point")
    );
    let r = cli.run(&[
        "points",
        "list",
        "--query",
        "ศูนย์บริการประชาชน",
        "-o",
        "json",
        "--all",
    ]);
    assert_eq!(json(&r.stdout).as_array().unwrap().len(), 60);

    sb.http
        .delete(format!("{}/_sandbox/stats", sb.url))
        .send()
        .await
        .unwrap();
    let r = cli.run(&["points", "list", "--all", "-o", "csv", "--columns", "code"]);
    assert_eq!(r.stdout.lines().count(), 1201);
    assert_eq!(
        requests(&sb, "GET", "/api/v1/points").await,
        2,
        "pages of 1000"
    );

    let r = cli.run(&["points", "list", "--columns", "code,colour"]);
    assert_eq!(r.code, 2, "{}", r.transcript());
    assert!(
        r.stderr.contains("\"colour\" is not a column"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let sb = Sandbox::start(&["--demo", "1500"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    let script = "\"$BIN\" points list --all -o csv | head -n 1; exit ${PIPESTATUS[0]}";
    let out = cli.shell(script);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "code,name_th,level,status,province,process_count,updated_at"
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[tokio::test]
async fn showing_a_point() {
    let sb = Sandbox::start(&["--demo", "40"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    let r = cli.run(&["points", "show", "1401010000004"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    settings().bind(|| insta::assert_snapshot!("show_th", r.transcript()));
    let r = cli.run(&[
        "points",
        "show",
        "1401010000004",
        "--section",
        "satisfaction",
        "--lang",
        "en",
    ]);
    settings().bind(|| insta::assert_snapshot!("show_satisfaction_en", r.transcript()));
    let r = cli.run(&[
        "points",
        "show",
        "1401010000004",
        "--section",
        "services",
        "-o",
        "json",
    ]);
    let v = json(&r.stdout);
    assert!(v.get("point").is_none());
    let services = v["services"].as_array().unwrap();
    assert!(services.len() >= 10);
    assert!(services[0]["manual"]["steps"].as_array().is_some());

    sb.http
        .delete(format!("{}/_sandbox/stats", sb.url))
        .send()
        .await
        .unwrap();
    let r = cli.run(&["points", "show", "14010100004"]);
    assert_eq!(r.code, 7, "{}", r.transcript());
    settings().bind(|| insta::assert_snapshot!("show_bad_code", r.transcript()));
    assert_eq!(sb.stats().await.total, 0, "refused before any request");
    let r = cli.run(&["points", "show", "1401019999999"]);
    assert_eq!(r.code, 5, "{}", r.transcript());
    settings().bind(|| insta::assert_snapshot!("show_not_found", r.transcript()));
    let r = cli.run(&["points", "show", "1401019999999", "-o", "json"]);
    let e = json(&r.stderr);
    assert_eq!(e["error"]["exit_code"], 5);
    assert_eq!(e["error"]["code"], "point_not_found");
}

const PNG: &[u8] =
    b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";

#[tokio::test]
async fn editing_sends_only_what_changed() {
    let sb = Sandbox::start(&["--demo", "40"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    let code = "1401010000004";
    let before = json(
        &cli.run(&["points", "show", code, "--section", "info", "-o", "json"])
            .stdout,
    )["point"]
        .clone();

    let r = cli.run(&[
        "points",
        "edit",
        code,
        "--name-en",
        "Krabi District Office",
        "--telephone",
        "0 7561 1111",
        "--name-th",
        before["name_th"].as_str().unwrap(),
        "--dry-run",
    ]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    settings().bind(|| insta::assert_snapshot!("edit_dry_run", r.transcript()));
    assert_eq!(requests(&sb, "PATCH", "/api/v1/points/{code}").await, 0);

    let r = cli.run(&[
        "points",
        "edit",
        code,
        "--name-en",
        "Krabi District Office",
        "--hours",
        "จ-ศ 07:30-11:30,12:30-15:30; sat 09:00-12:00",
        "-o",
        "json",
    ]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let v = json(&r.stdout);
    assert_eq!(v["outcomes"][0]["verdict"], "applied", "{v}");
    let fields: Vec<&str> = v["outcomes"][0]["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["name_en", "hours"]);
    let token = sb.token("demo", "demo").await;
    let v = sb.get_json(&token, &format!("/points/{code}")).await;
    assert_eq!(v["name_en"], "Krabi District Office");
    assert_eq!(v["hours"].as_array().unwrap().len(), 11);
    // The same edit again changes nothing and sends nothing.
    let r = cli.run(&["points", "edit", code, "--name-en", "Krabi District Office"]);
    assert_eq!(r.code, 0);
    assert!(r.stderr.contains("no changes"), "{}", r.stderr);
    assert_eq!(requests(&sb, "PATCH", "/api/v1/points/{code}").await, 1);

    // Bad input is refused with the rule, before any request.
    let cases: [(&[&str], &str); 6] = [
        (
            &["--lat", "100.52", "--lng", "13.75"],
            "did you mean --lat 13.75 --lng 100.52",
        ),
        (&["--lat", "48.85", "--lng", "2.35"], "outside Thailand"),
        (&["--hours", "mon-fri 8:30-noon"], "--hours"),
        (&["--email", "saraban-at-dopa"], "is not an e-mail address"),
        (&["--telephone", "call me"], "is not a telephone number"),
        (&["--parent", "12"], "exactly 13 digits"),
    ];
    for (flags, message) in cases {
        let mut args = vec!["points", "edit", code];
        args.extend_from_slice(flags);
        let r = cli.run(&args);
        assert_eq!(r.code, 7, "{flags:?}: {}", r.transcript());
        assert!(r.stderr.contains(message), "{flags:?}: {}", r.stderr);
    }
    let r = cli.run(&[
        "points",
        "edit",
        code,
        "--lat",
        "48.85",
        "--lng",
        "2.35",
        "--force",
        "--dry-run",
    ]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let not_image = cli.dir.path().join("notes.txt");
    std::fs::write(&not_image, "not a picture").unwrap();
    let r = cli.run(&[
        "points",
        "edit",
        code,
        "--add-photo",
        not_image.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 7, "{}", r.transcript());
    assert_eq!(requests(&sb, "PATCH", "/api/v1/points/{code}").await, 1);
    assert_eq!(
        requests(&sb, "POST", "/api/v1/points/{code}/photos").await,
        0
    );

    // Photos.
    let photo = cli.dir.path().join("front.png");
    std::fs::write(&photo, PNG).unwrap();
    let r = cli.run(&[
        "points",
        "edit",
        code,
        "--add-photo",
        photo.to_str().unwrap(),
        "-o",
        "json",
    ]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let id = json(&r.stdout)["outcomes"][0]["photos_added"][0]
        .as_u64()
        .unwrap();
    let r = cli.run(&["points", "edit", code, "--remove-photo", &id.to_string()]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert!(r.stdout.contains(&format!("- photo {id}")), "{}", r.stdout);
    let r = cli.run(&["points", "edit", code, "--remove-photo", &id.to_string()]);
    assert_eq!(r.code, 5, "{}", r.transcript());

    // Outside the account's department.
    let r = cli.run(&["points", "edit", "1402010000004", "--name-en", "Not mine"]);
    assert_eq!(r.code, 8, "{}", r.transcript());
    assert!(
        r.stderr
            .contains("hint: `citizeninfo auth status` shows what your account may change"),
        "{}",
        r.stderr
    );
}

/// Writes an editor script; `$1` is the file to edit.
fn editor(cli: &Cli, name: &str, body: &str) -> String {
    let path = cli.dir.path().join(name);
    std::fs::write(&path, format!("#!/bin/sh\nset -e\n{body}\n")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    path.to_str().unwrap().to_owned()
}

#[test]
fn editing_in_the_editor() {
    let sb = Sandbox::start(&["--demo", "40"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    let code = "1401010000005";
    let script = editor(
        &cli,
        "rename.sh",
        "sed -i 's/^name_en: .*/name_en: Nan Provincial Office/' \"$1\"",
    );
    let r = cli.run_with(&["points", "edit", code], "", &[("EDITOR", &script)]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert!(r.stdout.contains("    name_en:"), "{}", r.stdout);
    assert!(
        r.stdout.contains("→ \"Nan Provincial Office\""),
        "{}",
        r.stdout
    );
    let unchanged = editor(&cli, "noop.sh", "true");
    let r = cli.run_with(&["points", "edit", code], "", &[("EDITOR", &unchanged)]);
    assert_eq!(r.code, 0);
    assert!(r.stderr.contains("no changes"), "{}", r.stderr);
    // Broken, then saved unchanged when it is opened again: given up, and kept.
    let broken = editor(
        &cli,
        "broken.sh",
        "grep -q '^colour' \"$1\" || echo 'colour: red' >> \"$1\"",
    );
    let r = cli.run_with(&["points", "edit", code], "", &[("EDITOR", &broken)]);
    assert_eq!(r.code, 7, "{}", r.transcript());
    assert!(r.stderr.contains("colour"), "{}", r.stderr);
    assert!(
        r.stderr
            .contains(&format!("citizeninfo points edit {code} --from ")),
        "{}",
        r.stderr
    );
}

#[test]
fn an_invalid_edit_is_opened_again_with_every_problem_and_a_valid_second_save_applies() {
    let sb = Sandbox::start(&["--demo", "40"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    let code = "1401010000005";
    let seen = cli.dir.path().join("seen.yaml");
    // The first save swaps the coordinates and breaks the e-mail; the second sees
    // the problems at the top, keeps them for the test, and puts things right.
    let body = format!(
        "if [ -f {seen} ]; then\n  cp \"$1\" {seen}.second\n  sed -i -e 's/^email: .*/email: nan@dopa.go.th/' -e 's/^lat: .*/lat: 18.78/' -e 's/^lng: .*/lng: 100.77/' \"$1\"\nelse\n  cp \"$1\" {seen}\n  sed -i -e 's/^email: .*/email: not-an-address/' -e 's/^lat: .*/lat: 100.77/' -e 's/^lng: .*/lng: 18.78/' -e 's/^name_en: .*/name_en: Nan Office/' \"$1\"\nfi",
        seen = seen.display()
    );
    let script = editor(&cli, "twice.sh", &body);
    let r = cli.run_with(&["points", "edit", code], "", &[("EDITOR", &script)]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let second = std::fs::read_to_string(format!("{}.second", seen.display())).unwrap();
    let top: Vec<&str> = second.lines().take_while(|l| l.starts_with('#')).collect();
    assert!(top[0].starts_with("# The edit was refused"), "{second}");
    let named = top.iter().filter(|l| l.starts_with("#   line ")).count();
    assert!(named >= 2, "every problem is named: {top:?}");
    assert!(
        top.iter().any(|l| l.contains("email")),
        "the e-mail is named: {top:?}"
    );
    assert!(
        top.iter()
            .any(|l| l.contains("did you mean lat: 18.78 and lng: 100.77")),
        "the swapped coordinates get their hint: {top:?}"
    );
    // The line named is the line of the value in the file as opened again.
    let email_line = second
        .lines()
        .position(|l| l.starts_with("email: "))
        .unwrap()
        + 1;
    assert!(
        top.iter()
            .any(|l| l.starts_with(&format!("#   line {email_line}: ")) && l.contains("email")),
        "{second}"
    );
    assert!(
        second.contains("name_en: Nan Office"),
        "nothing typed is lost: {second}"
    );
    let v = json(
        &cli.run(&["points", "show", code, "--section", "info", "-o", "json"])
            .stdout,
    );
    assert_eq!(v["point"]["name_en"], "Nan Office");
    assert_eq!(v["point"]["email"], "nan@dopa.go.th");
}

#[test]
fn a_concurrent_edit_is_a_conflict_and_survives() {
    let sb = Sandbox::start(&["--demo", "40"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    let code = "1401010000006";
    // While the record is open in the editor, someone else changes it.
    let bin = citizeninfo_testkit::bin("citizeninfo");
    let bin = bin.display();
    let body = format!(
        "\"{bin}\" points edit {code} --telephone '0 2000 0001' >/dev/null\nsed -i 's/^name_en: .*/name_en: Mine/' \"$1\""
    );
    let script = editor(&cli, "race.sh", &body);
    let r = cli.run_with(&["points", "edit", code], "", &[("EDITOR", &script)]);
    assert_eq!(r.code, 6, "{}", r.transcript());
    settings().bind(|| insta::assert_snapshot!("edit_conflict", r.transcript()));
    let v = json(
        &cli.run(&["points", "show", code, "--section", "info", "-o", "json"])
            .stdout,
    );
    assert_eq!(
        v["point"]["telephone"], "0 2000 0001",
        "the other edit survives"
    );
    assert_ne!(v["point"]["name_en"], "Mine", "nothing was overwritten");
    // The edit was kept, with only what the person changed: taken up again, it
    // changes the name and leaves the colleague's telephone alone.
    let kept = r
        .stderr
        .rsplit("--from ")
        .next()
        .unwrap()
        .trim()
        .trim_end_matches('`');
    let r = cli.run(&["points", "edit", code, "--from", kept]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let v = json(
        &cli.run(&["points", "show", code, "--section", "info", "-o", "json"])
            .stdout,
    );
    assert_eq!(v["point"]["name_en"], "Mine");
    assert_eq!(v["point"]["telephone"], "0 2000 0001");
}

#[test]
fn adding_a_point_checks_for_it_first() {
    let sb = Sandbox::start(&[
        "--demo",
        "40",
        "--openid-auto-approve",
        "--device-interval",
        "1",
    ]);
    let cli = Cli::new(&sb);
    let r = cli.run(&["login", "--openid"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let file = cli.dir.path().join("point.yaml");
    std::fs::write(
        &file,
        "code: \"1401019000001\"\nagency_id: \"140101\"\nparent_code: \"1401010000001\"\ntype: ส่วนราชการ\n\
         subtype: ส่วนราชการ ที่ตั้งอยู่ในภูมิภาค\ncategory: แจ้ง\nname_th: ที่ว่าการอำเภอบางกรวย\n\
         name_en: Bang Kruai District Office\nfull_name: ที่ว่าการอำเภอบางกรวย จังหวัดนนทบุรี\n\
         address_th: ถนนบางกรวย-ไทรน้อย อ.บางกรวย จ.นนทบุรี 11130\nprovince: นนทบุรี\nlat: 13.805\nlng: 100.473\n\
         hours: mon-fri 08:30-16:30\n",
    )
    .unwrap();
    let from = file.to_str().unwrap();
    let r = cli.run(&["points", "add", "--from", from]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    settings().bind(|| insta::assert_snapshot!("add_created", r.transcript()));

    // Again: it exists and is shown, so nothing is added.
    let r = cli.run(&["points", "add", "--from", from]);
    assert_eq!(r.code, 6, "{}", r.transcript());
    assert!(
        r.stderr
            .contains("already exists with this code and is shown"),
        "{}",
        r.stderr
    );
    // Another code, a near-identical name under the same parent.
    let r = cli.run(&[
        "points",
        "add",
        "--from",
        from,
        "--code",
        "1401019000002",
        "--name-th",
        "ที่ว่าการอำเภอ บางกรวย",
    ]);
    assert_eq!(r.code, 6, "{}", r.transcript());
    assert!(
        r.stderr
            .contains("1401019000001 already exists with a near-identical name"),
        "{}",
        r.stderr
    );

    // Hidden: refused without a terminal to ask, shown again with --unhide-existing.
    assert_eq!(cli.run(&["points", "hide", "1401019000001"]).code, 0);
    let r = cli.run(&["points", "add", "--from", from]);
    assert_eq!(r.code, 6, "{}", r.transcript());
    assert!(r.stderr.contains("--unhide-existing"), "{}", r.stderr);
    let r = cli.run(&[
        "points",
        "add",
        "--from",
        from,
        "--unhide-existing",
        "-o",
        "json",
    ]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert_eq!(json(&r.stdout)["outcomes"][0]["status"]["to"], "shown");

    let r = cli.run(&["points", "add", "--code", "1401019000003"]);
    assert_eq!(r.code, 7, "{}", r.transcript());
    assert!(
        r.stderr.contains("a new point needs --agency, --type"),
        "{}",
        r.stderr
    );

    let password = Cli::new(&sb);
    password.login("admin");
    let r = password.run(&[
        "points",
        "add",
        "--from",
        from,
        "--code",
        "1401019000009",
        "--name-th",
        "จุดบริการใหม่",
        "--name-en",
        "New point",
    ]);
    assert_eq!(r.code, 8, "{}", r.transcript());
    assert!(
        r.stderr.contains("citizeninfo login --openid"),
        "{}",
        r.stderr
    );
}

#[tokio::test]
async fn hiding_and_unhiding_many() {
    let sb = Sandbox::start(&["--demo", "40"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    let r = cli.run(&["points", "hide", "1401010000010", "1401010000011"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    settings().bind(|| insta::assert_snapshot!("hide_two", r.transcript()));
    let r = cli.run_with(
        &["points", "unhide", "-"],
        "1401010000010\n\n1401010000011\n",
        &[],
    );
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert!(
        r.stdout
            .starts_with("1401010000010 shown\n1401010000011 shown\n"),
        "{}",
        r.stdout
    );

    let r = cli.run_with(
        &["points", "hide", "1401010000012", "-"],
        "1401019999999\n",
        &[],
    );
    // A code that does not exist stops the command before anything is hidden.
    assert_eq!(r.code, 5, "{}", r.transcript());
    settings().bind(|| insta::assert_snapshot!("hide_unknown_code", r.transcript()));
    let token = sb.token("demo", "demo").await;
    assert_eq!(
        sb.get_json(&token, "/points/1401010000012").await["status"],
        "shown"
    );

    sb.http
        .delete(format!("{}/_sandbox/stats", sb.url))
        .send()
        .await
        .unwrap();
    let r = cli.run(&["points", "hide", "1401010000012", "12345"]);
    assert_eq!(r.code, 7, "{}", r.transcript());
    assert!(
        r.stderr.contains("argument 2: the code \"12345\""),
        "{}",
        r.stderr
    );
    assert_eq!(
        sb.stats()
            .await
            .count("PUT", "/api/v1/points/{code}/status"),
        0
    );
    let r = cli.run(&["points", "hide", "1402010000004"]);
    assert_eq!(r.code, 8, "{}", r.transcript());
}

#[tokio::test]
async fn tokens_from_the_environment_verbose_traces_and_refresh() {
    let sb = Sandbox::start(&["--demo", "20", "--token-ttl", "600"]);
    let token = sb.token("admin", "admin").await;
    let cli = Cli::new(&sb);
    let r = cli.run_with(
        &["points", "list", "--limit", "1", "-v"],
        "",
        &[("CITIZENINFO_TOKEN", &token)],
    );
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert!(r.stderr.contains("GET http://127.0.0.1"), "{}", r.stderr);
    assert!(r.stderr.contains("<redacted>"));
    assert!(!r.stderr.contains(&token), "the token never shows");
    assert!(
        !cli.dir.path().join("credentials").exists(),
        "a CI token writes no file"
    );
    let r = cli.run_with(&["points", "list"], "", &[("CITIZENINFO_TOKEN", "bogus")]);
    assert_eq!(r.code, 4, "{}", r.transcript());
    settings().bind(|| insta::assert_snapshot!("token_refused", r.transcript()));

    // A saved session is refreshed when its access token has expired: when the
    // service says so (the tool's clock still gives it time)...
    let file = cli.dir.path().join("credentials/default.json");
    cli.login("demo");
    let before = std::fs::read_to_string(&file).unwrap();
    sb.advance_clock(601).await;
    sb.reset_stats().await;
    let r = cli.run(&["points", "list", "--limit", "1"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let after = std::fs::read_to_string(&file).unwrap();
    assert_ne!(before, after, "refreshed credentials are saved");
    let stats = sb.stats().await;
    assert_eq!(
        stats.answered("GET", "/api/v1/points", 401),
        1,
        "refused as expired once: {stats:?}"
    );
    assert_eq!(stats.answered("POST", "/api/v1/auth/token", 200), 1);
    assert_eq!(stats.answered("GET", "/api/v1/points", 200), 1);

    // ... and before it asks, when the tool's own clock says the token has expired.
    let mut saved = json(&after);
    saved["expires_at"] = serde_json::json!("2001-01-01T00:00:00Z");
    std::fs::write(&file, saved.to_string()).unwrap();
    sb.reset_stats().await;
    let r = cli.run(&["points", "list", "--limit", "1"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let refreshed = std::fs::read_to_string(&file).unwrap();
    assert_ne!(after, refreshed, "refreshed credentials are saved");
    let stats = sb.stats().await;
    assert_eq!(
        stats.answered("GET", "/api/v1/points", 401),
        0,
        "refreshed first: {stats:?}"
    );
    assert_eq!(stats.answered("POST", "/api/v1/auth/token", 200), 1);
}

#[test]
fn profiles_keep_back_offices_apart() {
    let a = Sandbox::start(&["--demo", "20"]);
    let b = Sandbox::start(&["--demo", "60"]);
    let cli = Cli::new(&a);
    let login = |profile: &str, url: &str| {
        let r = cli.run_with(
            &[
                "login",
                "--profile",
                profile,
                "--url",
                url,
                "-u",
                "admin",
                "--password-stdin",
            ],
            "admin\n",
            &[],
        );
        assert_eq!(r.code, 0, "{}", r.transcript());
    };
    login("small", &a.url);
    login("large", &b.url);
    let count = |profile: &str| {
        let mut c = cli.command(&[
            "points",
            "list",
            "--all",
            "-o",
            "json",
            "--profile",
            profile,
        ]);
        c.env_remove("CITIZENINFO_URL");
        let out = c.output().unwrap();
        json(&String::from_utf8(out.stdout).unwrap())
            .as_array()
            .unwrap()
            .len()
    };
    assert_eq!(count("small"), 20);
    assert_eq!(count("large"), 60);
    let config = std::fs::read_to_string(cli.dir.path().join("config.yaml")).unwrap();
    assert!(
        config.contains(&a.url) && config.contains(&b.url),
        "{config}"
    );
}

#[test]
fn an_unreachable_service_exits_1_with_a_hint() {
    let sb = Sandbox::start(&[]);
    let cli = Cli::new(&sb);
    let r = cli.run_with(
        &["points", "list"],
        "",
        &[
            ("CITIZENINFO_TOKEN", "t"),
            ("CITIZENINFO_URL", "http://127.0.0.1:9"),
        ],
    );
    assert_eq!(r.code, 1, "{}", r.transcript());
    assert!(
        r.stderr
            .contains("error: could not reach http://127.0.0.1:9/api/v1/points"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("hint: check the address"), "{}", r.stderr);
}

#[tokio::test]
async fn retries_ride_out_failures_and_dropped_connections() {
    let sb = Sandbox::start(&["--demo", "2500", "--fail-rate", "0.2", "--drop-rate", "0.1"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    let r = cli.run(&["points", "list", "--all", "-o", "csv", "--columns", "code"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert_eq!(r.stdout.lines().count(), 2501);
    let r = cli.run(&["points", "show", "1401010000004", "-o", "json"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let stats = sb.stats().await;
    let failed: u64 = stats
        .routes
        .iter()
        .filter(|r| r.status == 0 || r.status >= 500)
        .map(|r| r.count)
        .sum();
    assert!(
        failed >= 3,
        "faults were injected and ridden out: {stats:?}"
    );
}

#[test]
fn yaml_quiet_and_the_profile_from_the_environment() {
    let sb = Sandbox::start(&["--demo", "20"]);
    let cli = Cli::new(&sb);
    let r = cli.run_with(
        &["login", "-u", "demo", "--password-stdin", "-q"],
        "demo\n",
        &[("CITIZENINFO_PROFILE", "office")],
    );
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert_eq!(r.stderr, "", "-q prints only results and errors");
    assert!(cli.dir.path().join("credentials/office.json").exists());
    let r = cli.run(&["points", "list", "--limit", "1"]);
    assert_eq!(
        r.code,
        4,
        "the default profile is not signed in: {}",
        r.transcript()
    );
    let r = cli.run_with(
        &[
            "points",
            "list",
            "--limit",
            "2",
            "-o",
            "yaml",
            "--columns",
            "code",
        ],
        "",
        &[("CITIZENINFO_PROFILE", "office")],
    );
    assert_eq!(r.code, 0, "{}", r.transcript());
    settings().bind(|| insta::assert_snapshot!("list_yaml", r.transcript()));
}

#[test]
fn closed_pipes_with_json_and_completions_are_not_errors() {
    let sb = Sandbox::start(&["--demo", "1500"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    for command in [
        &["points", "list", "--all", "-o", "json"][..],
        &["completions", "bash"],
    ] {
        let out = common::closing_the_pipe(|| cli.command(command));
        assert!(
            out.status.success(),
            "{command:?}: {:?} {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.stderr.is_empty(),
            "{command:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn input_is_checked_before_anything_else() {
    let sb = Sandbox::start(&["--demo", "40"]);
    let cli = Cli::new(&sb);
    // Not signed in, yet the bad value is what is reported.
    for (flags, message) in [
        (["--hours", "garbage"], "--hours"),
        (["--email", "notanemail"], "is not an e-mail address"),
        (["--hours", ""], "no hours were given"),
    ] {
        let mut args = vec!["points", "edit", "1401010000004"];
        args.extend(flags);
        let r = cli.run(&args);
        assert_eq!(r.code, 7, "{flags:?}: {}", r.transcript());
        assert!(r.stderr.contains(message), "{flags:?}: {}", r.stderr);
    }
    cli.login("demo");
    let r = cli.run(&["points", "list", "--ministry", "1"]);
    assert_eq!(r.code, 7, "{}", r.transcript());
    assert!(
        r.stderr
            .contains("--ministry \"1\": no unit has this id or name"),
        "{}",
        r.stderr
    );
    let by_name = json(
        &cli.run(&[
            "points",
            "list",
            "--department",
            "กรมการปกครอง",
            "--all",
            "-o",
            "json",
        ])
        .stdout,
    );
    let by_id = json(
        &cli.run(&[
            "points",
            "list",
            "--department",
            "1401",
            "--all",
            "-o",
            "json",
        ])
        .stdout,
    );
    assert_eq!(by_name, by_id);
    assert!(!by_id.as_array().unwrap().is_empty());
    let r = cli.run(&["points", "show", "1401010000004", "-o", "csv"]);
    assert_eq!(r.code, 2, "{}", r.transcript());
    let r = cli.run(&[
        "points",
        "show",
        "1401010000004",
        "-o",
        "csv",
        "--section",
        "services",
    ]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert!(
        r.stdout
            .starts_with("id,name_th,category,duration_minutes,fees\n"),
        "{}",
        r.stdout
    );
}

/// A person at a terminal (`script` gives the command a pseudo-terminal) answers
/// each question once it is on the screen.
#[test]
fn login_on_a_terminal_asks_and_hides_the_password() {
    let sb = Sandbox::start(&["--demo", "20"]);
    let cli = Cli::new(&sb);
    let mut person = Person::at(&cli, "login");
    person.sees("Username: ");
    person.types("demo");
    person.sees_secret_prompt("Password: ");
    person.types("secret-demo-password");
    let (code, screen) = person.leaves();
    assert_eq!(code, 4, "{screen}");
    assert!(screen.contains("Username: demo"), "{screen}");
    assert!(
        !screen.contains("secret-demo-password"),
        "the password is not echoed: {screen}"
    );
    assert!(screen.contains("could not sign in as demo"), "{screen}");

    let mut person = Person::at(&cli, "login");
    person.sees("Username: ");
    person.types("demo");
    person.sees("Password: ");
    person.types("demo");
    let (code, screen) = person.leaves();
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("signed in to"), "{screen}");
    assert!(cli.dir.path().join("credentials/default.json").exists());
}

#[test]
fn help_shows_each_command_its_own_options_examples_and_the_global_ones_apart() {
    let sb = Sandbox::start(&[]);
    let cli = Cli::new(&sb);
    for (name, args) in [
        ("help_top_short", &["-h"][..]),
        ("help_top_long", &["--help"][..]),
        ("help_points_list_short", &["points", "list", "-h"][..]),
        ("help_points_list_long", &["points", "list", "--help"][..]),
        ("help_apply_short", &["apply", "-h"][..]),
        ("help_export_xlsx_short", &["export", "xlsx", "-h"][..]),
        ("help_login_long", &["login", "--help"][..]),
    ] {
        let r = cli.run(args);
        assert_eq!(r.code, 0, "{}", r.transcript());
        settings().bind(|| insta::assert_snapshot!(name, r.stdout));
    }
    // The version is the tool's, asked of the tool.
    let r = cli.run(&["points", "list", "-V"]);
    assert_eq!(r.code, 2, "{}", r.transcript());
}

#[test]
fn usage_lines_name_only_what_is_required_whatever_the_environment_sets() {
    let sb = Sandbox::start(&[]);
    let cli = Cli::new(&sb);
    let env = [
        ("CITIZENINFO_PROFILE", "office"),
        ("CITIZENINFO_TIMEOUT", "30"),
        ("CITIZENINFO_CA_CERT", "/etc/ssl/agency.pem"),
        ("CITIZENINFO_INSECURE_HTTP", "0"),
    ];
    // CITIZENINFO_URL and CITIZENINFO_CONFIG_DIR are set by the test's command.
    let r = cli.run_with(&["points", "show"], "", &env);
    assert_eq!(r.code, 2, "{}", r.transcript());
    assert!(
        r.stderr.contains("Usage: citizeninfo points show <CODE>\n"),
        "{}",
        r.stderr
    );
    let r = cli.run_with(&["apply"], "", &env);
    assert!(
        r.stderr
            .contains("Usage: citizeninfo apply <PLAN|--filename <PATH>>\n"),
        "{}",
        r.stderr
    );
    // A variable that says nothing usable is named.
    let r = cli.run_with(&["auth", "status"], "", &[("CITIZENINFO_TIMEOUT", "soon")]);
    assert_eq!(r.code, 2, "{}", r.transcript());
    assert!(
        r.stderr
            .contains("CITIZENINFO_TIMEOUT=\"soon\" is not a number of seconds from 1 to 3600"),
        "{}",
        r.stderr
    );
}

#[test]
fn hints_repeat_the_profile_and_address_the_call_named() {
    let sb = Sandbox::start(&[]);
    let cli = Cli::new(&sb);
    let r = cli.run(&["--profile", "nobody", "points", "list"]);
    assert_eq!(r.code, 4, "{}", r.transcript());
    assert!(
        r.stderr
            .contains("hint: sign in with `citizeninfo --profile nobody login`"),
        "{}",
        r.stderr
    );
    let url = sb.url.clone();
    let r = cli.run(&["--url", &url, "points", "list"]);
    assert!(
        r.stderr
            .contains(&format!("`citizeninfo --url {url} login`")),
        "{}",
        r.stderr
    );
}

#[test]
fn man_writes_the_committed_pages_one_per_command() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("new/man");
    let out = std::process::Command::new(common::bin("citizeninfo"))
        .args(["man", "-O"])
        .arg(&out_dir)
        .env("CITIZENINFO_CONFIG_DIR", dir.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty(), "pages go to files, not stdout");
    let committed = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../man");
    let mut names: Vec<String> = std::fs::read_dir(&out_dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    for wanted in [
        "citizeninfo.1",
        "citizeninfo-points.1",
        "citizeninfo-points-list.1",
        "citizeninfo-man.1",
    ] {
        assert!(names.iter().any(|n| n == wanted), "no {wanted}: {names:?}");
    }
    for name in &names {
        assert_eq!(
            std::fs::read(out_dir.join(name)).unwrap(),
            std::fs::read(committed.join(name)).unwrap_or_default(),
            "{name} differs from man/{name}"
        );
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("wrote {} manual pages", names.len())),
        "{stderr}"
    );
}

#[test]
fn an_unreachable_service_is_one_line_naming_why_and_a_hint() {
    let sb = Sandbox::start(&[]);
    let cli = Cli::new(&sb);
    // A port nothing listens on.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}");
    let r = cli.run_with(
        &["--url", &url, "points", "list"],
        "",
        &[("CITIZENINFO_TOKEN", "x")],
    );
    assert_eq!(r.code, 1, "{}", r.transcript());
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(lines.len(), 2, "{}", r.stderr);
    assert!(
        lines[0].starts_with(&format!("error: could not reach {url}/api/v1/points: ")),
        "{}",
        lines[0]
    );
    assert!(lines[0].to_lowercase().contains("refused"), "{}", lines[0]);
    assert!(lines[1].starts_with("hint: "), "{}", lines[1]);
}
