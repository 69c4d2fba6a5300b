//! At a real terminal: the tool run on a pseudo-terminal (`script`) 80 columns wide,
//! as a newcomer sees it: tables that fit, colour there and never in a pipe, the
//! points that did not apply listed at the end, and Ctrl-C during a bulk change.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails loudly on what it did not expect"
)]

use citizeninfo_testkit as common;

use std::io::Write;
use std::process::Stdio;

use common::{Cli, Person, Sandbox, on_terminal, s, write};

/// The route of a point's edit, as the sandbox's counter names it.
const EDITS: &str = "/api/v1/points/{code}";

/// How many columns a line takes on screen: escape sequences take none, nor does
/// a Thai vowel sign or tone mark, which sits on the letter before it.
fn cells(line: &str) -> usize {
    let mut n = 0;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            // CSI: ESC [ parameters, ending in a letter.
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
            continue;
        }
        let mark = c == '\u{0E31}'
            || ('\u{0E34}'..='\u{0E3A}').contains(&c)
            || ('\u{0E47}'..='\u{0E4E}').contains(&c);
        if !mark && !c.is_control() {
            n += 1;
        }
    }
    n
}

/// What the tool printed on the terminal, and its exit code.
fn terminal(cli: &Cli, args: &str) -> (i32, String) {
    let out = cli.shell(&format!("{} < /dev/null", on_terminal(args)));
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n"),
    )
}

/// A manifest that renames every point of department 1401 that `dump` writes.
fn renaming(cli: &Cli) -> std::path::PathBuf {
    renaming_of(cli, &["--department", "1401"])
}

/// A manifest that renames every point `dump` with these filters writes.
fn renaming_of(cli: &Cli, filters: &[&str]) -> std::path::PathBuf {
    let mut args = vec!["dump"];
    args.extend(filters);
    let r = cli.run(&args);
    assert_eq!(r.code, 0, "{}", r.transcript());
    // Names on one line get a prefix; a long name `dump` folds is left as it is.
    let wanted: String = r
        .stdout
        .lines()
        .map(|l| match l.split_once("name_en: ") {
            Some((indent, name)) if !name.starts_with('>') && !name.starts_with('|') => {
                format!("{indent}name_en: 2026 {name}\n")
            }
            _ => format!("{l}\n"),
        })
        .collect();
    assert_ne!(wanted, r.stdout);
    write(cli.dir.path(), "renamed.yaml", &wanted)
}

#[test]
fn a_listing_fits_80_columns_and_shows_its_statuses_in_colour() {
    let sb = Sandbox::start(&["--demo", "200"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    let (code, text) = terminal(&cli, "points list --department 1401 --limit 20");
    assert_eq!(code, 0, "{text}");
    // A progress line is drawn again over itself after a carriage return.
    let lines: Vec<&str> = text.split(['\n', '\r']).filter(|l| !l.is_empty()).collect();
    assert!(lines.len() > 20, "a header and 20 rows:\n{text}");
    for line in &lines {
        assert!(cells(line) <= 80, "{} cells: {line}", cells(line));
    }
    assert!(text.contains('…'), "long names are cut to fit:\n{text}");
    assert!(
        text.contains("\u{1b}[38;5;2m"),
        "a shown status is green on a terminal:\n{text:?}"
    );
    assert!(
        text.contains("1401010000001  "),
        "codes are never cut:\n{text}"
    );

    // Into a pipe: the same rows, whole, and no colour.
    let r = cli.run_with(
        &["points", "list", "--department", "1401", "--limit", "20"],
        "",
        &[("NO_COLOR", "")],
    );
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert!(!r.stdout.contains('\u{1b}'), "{}", r.stdout);
    assert!(!r.stdout.contains('…'), "{}", r.stdout);
    assert!(r.stdout.lines().any(|l| cells(l) > 80), "{}", r.stdout);
}

#[test]
fn a_plan_is_coloured_on_a_terminal_and_plain_in_a_pipe() {
    let sb = Sandbox::start(&["--demo", "60"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    let m = renaming(&cli);
    let (code, text) = terminal(&cli, &format!("diff -f {}", s(&m)));
    assert_eq!(code, 0, "{text}");
    assert!(
        text.contains("\u{1b}[33m~ "),
        "a change is yellow:\n{text:?}"
    );
    let r = cli.run_with(&["diff", "-f", s(&m)], "", &[("NO_COLOR", "")]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert!(r.stdout.contains("~ 1401"), "{}", r.stdout);
    assert!(!r.stdout.contains('\u{1b}'), "{}", r.stdout);
}

/// Waits, a bounded time, until the sandbox has answered `n` edits.
async fn until_edits(sb: &Sandbox, n: u64) {
    sb.until_counted(&format!("{n} edits saved"), |stats| {
        stats.answered("PATCH", EDITS, 200) >= n
    })
    .await;
}

#[tokio::test]
async fn ctrl_c_during_apply_finishes_what_is_in_flight_says_what_was_not_done_and_a_rerun_finishes()
 {
    let sb = Sandbox::start(&["--demo", "100", "--latency-ms", "100"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    let m = renaming(&cli);
    let planned = std::fs::read_to_string(&m)
        .unwrap()
        .matches("name_en: 2026 ")
        .count() as u64;
    assert!(planned > 10, "{planned}");

    let mut apply = cli.shell_command(&on_terminal(&format!(
        "apply -f {} --yes --concurrency 2",
        s(&m)
    )));
    let mut child = apply
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut keys = child.stdin.take().unwrap();
    until_edits(&sb, 4).await;
    // Ctrl-C, typed at the terminal.
    keys.write_all(b"\x03").unwrap();
    keys.flush().unwrap();
    let out = tokio::task::spawn_blocking(move || child.wait_with_output())
        .await
        .unwrap()
        .unwrap();
    drop(keys);
    let text = String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n");
    assert_eq!(out.status.code(), Some(130), "{text}");
    assert!(
        text.contains("interrupted: finishing the requests in flight"),
        "{text}"
    );
    assert!(
        text.contains("run the same command again to finish"),
        "{text}"
    );
    let saved = sb.stats().await.answered("PATCH", EDITS, 200);
    assert!(saved < planned, "it stopped: {saved} of {planned}");
    // The points not tried are listed at the end, one line each.
    let table = text
        .split(&format!("Not applied ({}):\n", planned - saved))
        .nth(1)
        .unwrap_or_else(|| panic!("no table of what was not done:\n{text}"));
    let listed = table
        .lines()
        .filter(|l| l.starts_with("1401") && l.contains("skipped"))
        .count() as u64;
    assert_eq!(listed, planned - saved, "{text}");

    // The same command again does the rest, and nothing twice.
    let r = cli.run(&["apply", "-f", s(&m), "--yes"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let stats = sb.stats().await;
    assert_eq!(stats.answered("PATCH", EDITS, 200), planned, "{stats:?}");
    assert_eq!(stats.answered("PATCH", EDITS, 412), 0, "{stats:?}");
    let r = cli.run(&["diff", "-f", s(&m), "--exit-code"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
}

#[tokio::test]
async fn the_points_that_did_not_apply_are_listed_at_the_end_with_why() {
    let sb = Sandbox::start(&["--demo", "100", "--latency-ms", "50"]);
    let cli = Cli::new(&sb);
    cli.login("demo");
    let m = renaming(&cli);
    let text = std::fs::read_to_string(&m).unwrap();
    let last = text
        .lines()
        .filter_map(|l| l.trim().strip_prefix("- code: "))
        .map(|c| c.trim_matches('"').to_owned())
        .next_back()
        .unwrap();
    let mut apply = cli.command(&["apply", "-f", s(&m), "--yes", "--concurrency", "1"]);
    let run = std::thread::spawn(move || apply.output().unwrap());
    // A colleague edits the last point while the run is under way.
    until_edits(&sb, 1).await;
    let token = sb.token("admin", "admin").await;
    let colleague = Cli::new(&sb);
    let r = colleague.run_with(
        &["points", "edit", &last, "--telephone", "0 2999 9999"],
        "",
        &[("CITIZENINFO_TOKEN", token.as_str())],
    );
    assert_eq!(r.code, 0, "{}", r.transcript());
    let out = run.join().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(9), "{stdout}");
    let table = stdout
        .split("Not applied (1):\n")
        .nth(1)
        .unwrap_or_else(|| panic!("no table of what did not apply:\n{stdout}"));
    let mut rows = table.lines();
    let header = rows.next().unwrap();
    assert!(header.starts_with("code"), "{header}");
    let row = rows.next().unwrap();
    assert!(row.starts_with(&format!("{last}  ")), "{row}");
    assert!(row.contains("conflict"), "{row}");
    assert_eq!(rows.next(), None, "{table}");
}

#[tokio::test]
async fn registration_asks_a_bad_e_mail_again_and_keeps_every_other_answer() {
    let sb = Sandbox::start(&["--demo", "40"]);
    let cli = Cli::new(&sb);
    let (code, _) = sb.newcomer();
    let mut person = Person::at(&cli, "login --username newcomer");
    person.sees_secret_prompt("Password: ");
    person.types("newcomer");
    person.sees_secret_prompt("Authorize Code: ");
    // Typed in lower case: taken in upper case, not refused.
    person.types(&code.to_lowercase());
    person.sees("Ministry id: ");
    person.types("14");
    person.sees("Department id: ");
    person.types("1501");
    let refused = person.sees("Department id: ");
    assert!(refused.contains("1501 is not under 14"), "{refused}");
    person.types("1401");
    person.sees("Agency id: ");
    person.types("140101");
    person.sees("Your name: ");
    person.types("สมหญิง รักงาน");
    person.sees("Your e-mail: ");
    person.types("somying at dopa");
    let refused = person.sees("Your e-mail: ");
    assert!(
        refused.contains("\"somying at dopa\" is not an e-mail address"),
        "{refused}"
    );
    person.types("somying@dopa.go.th");
    person.sees("Your telephone: ");
    person.types("0 2221 2141");
    let summary = person.sees("Send this registration? [y/N] ");
    for typed in [
        "newcomer",
        "14 / 1401 / 140101",
        "สมหญิง รักงาน",
        "<somying@dopa.go.th>",
        "0 2221 2141",
    ] {
        assert!(summary.contains(typed), "{typed} in {summary}");
    }
    assert_eq!(
        sb.stats().await.count("POST", "/api/v1/auth/register"),
        0,
        "nothing is sent before the yes"
    );
    person.types("y");
    let (exit, screen) = person.leaves();
    assert_eq!(exit, 0, "{screen}");
    assert!(screen.contains("signed in to"), "{screen}");
    assert_eq!(sb.stats().await.count("POST", "/api/v1/auth/register"), 1);
    let r = cli.run(&["auth", "status", "-o", "json"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert!(
        r.stdout.contains("somying@dopa.go.th") || r.stdout.contains("newcomer"),
        "{}",
        r.stdout
    );
}

#[test]
fn a_long_plan_opens_in_the_pager_counts_first_and_summary_shows_the_counts_only() {
    let sb = Sandbox::start(&["--demo", "80"]);
    let cli = Cli::new(&sb);
    cli.login("admin");
    let m = renaming_of(&cli, &[]);
    let wanted = std::fs::read_to_string(&m).unwrap();
    let changes = wanted.matches("name_en: 2026 ").count();
    assert!(changes > 50, "a long plan: {changes}");

    // The pager is a program that keeps what it is given.
    let paged = cli.dir.path().join("paged.txt");
    let out = cli.shell(&format!(
        "export PAGER='tee {}'; {} < /dev/null",
        paged.display(),
        on_terminal(&format!("diff -f {}", s(&m)))
    ));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let text = std::fs::read_to_string(&paged).unwrap();
    assert!(
        text.starts_with(&format!("Plan: 0 to create, {changes} points to change")),
        "the counts come first:\n{text}"
    );
    assert_eq!(text.matches("~ ").count(), changes, "{text}");
    assert!(text.contains("\u{1b}[33m~ "), "in colour, for less -R");

    // In a pipe, no pager; with --summary, the counts alone.
    let r = cli.run(&["diff", "-f", s(&m), "--summary"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert_eq!(r.stdout.lines().count(), 1, "{}", r.stdout);
    assert!(r.stdout.starts_with("Plan: 0 to create, "), "{}", r.stdout);
}
