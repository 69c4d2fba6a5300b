//! Commands run inside the test's own process against the real sandbox, the
//! printer writing into memory: whole outputs asserted without spawning the binary.

use clap::Parser;

use super::{Context, run};
use crate::cli::Cli;
use crate::config::Settings;
use crate::exit;
use crate::output;
use citizeninfo_testkit::Sandbox;

/// What a command run in process printed and how it ended, as `main` would: the
/// error reported on the message writer.
struct Ran {
    code: u8,
    out: String,
    err: String,
}

impl Ran {
    /// The whole run as one text, for snapshots.
    fn transcript(&self) -> String {
        format!(
            "exit: {}\n--- stdout\n{}--- stderr\n{}",
            self.code, self.out, self.err
        )
    }
}

/// Parses `args` as the command line and runs the command against the sandbox,
/// signed in with `token` (as CI passes `CITIZENINFO_TOKEN`), printing into memory.
async fn run_in_process(sb: &Sandbox, token: &str, args: &[&str]) -> Ran {
    let cli = Cli::try_parse_from(std::iter::once("citizeninfo").chain(args.iter().copied()))
        .unwrap_or_else(|e| panic!("{args:?} does not parse: {e}"));
    let (printer, out, err) = output::in_memory(cli.global.output, cli.global.lang);
    let dir = tempfile::tempdir().unwrap();
    let settings = Settings {
        profile: "default".to_owned(),
        url: sb.url.clone(),
        dir: dir.path().to_path_buf(),
        env_token: Some(token.to_owned()),
        transport: citizeninfo_client::Transport::default(),
        openid: Default::default(),
    };
    let ctx = Context::new(settings, printer.clone(), false, crate::help::command);
    let code = match run(&ctx, cli.command).await {
        Ok(code) => code,
        Err(e) => {
            let report = exit::report(&e, &sb.url);
            printer.error(&report);
            report.code
        }
    };
    Ran {
        code,
        out: out.text(),
        err: err.text(),
    }
}

/// Requests the sandbox has answered on the API (its own counter left out).
async fn api_requests(sb: &Sandbox) -> u64 {
    sb.stats()
        .await
        .routes
        .iter()
        .filter(|r| !r.route.starts_with("/_sandbox"))
        .map(|r| r.count)
        .sum()
}

#[tokio::test]
async fn points_list_prints_into_the_printers_writer() {
    let sb = Sandbox::start(&["--demo", "20"]);
    let token = sb.token("demo", "demo").await;
    let r = run_in_process(&sb, &token, &["points", "list", "--limit", "4"]).await;
    assert_eq!(r.code, exit::OK, "{}", r.transcript());
    insta::assert_snapshot!("points_list_th", r.transcript());

    // Headers and values are the field registry's: its Thai label for the version,
    // its English labels capitalised, its wire names in CSV.
    let columns = "code,level,version,updated_at";
    let r = run_in_process(
        &sb,
        &token,
        &["points", "list", "--limit", "2", "--columns", columns],
    )
    .await;
    assert_eq!(
        r.out
            .lines()
            .next()
            .map(|h| h.split_whitespace().collect::<Vec<_>>()),
        Some(vec!["รหัสหน่วยงาน", "ระดับ", "เวอร์ชัน", "แก้ไขครั้งล่าสุด"]),
        "{}",
        r.transcript()
    );
    let r = run_in_process(
        &sb,
        &token,
        &[
            "points",
            "list",
            "--limit",
            "2",
            "--lang",
            "en",
            "--columns",
            columns,
        ],
    )
    .await;
    insta::assert_snapshot!("points_list_en", r.transcript());
    let r = run_in_process(
        &sb,
        &token,
        &[
            "points",
            "list",
            "--limit",
            "2",
            "-o",
            "csv",
            "--columns",
            columns,
        ],
    )
    .await;
    assert_eq!(
        r.transcript(),
        "exit: 0\n--- stdout\n\
         code,level,version,updated_at\n\
         1401010000001,head_agency,1,2019-03-30T08:03:00Z\n\
         1401010000002,central_unit,1,2022-12-29T03:27:00Z\n\
         --- stderr\n\
         showing the first 2 points; more match: pass --all for every one, or --limit N\n"
    );
}

#[tokio::test]
async fn points_show_prints_into_the_printers_writer() {
    let sb = Sandbox::start(&["--demo", "20"]);
    let token = sb.token("demo", "demo").await;
    let r = run_in_process(
        &sb,
        &token,
        &[
            "points",
            "show",
            "1401010000004",
            "--section",
            "satisfaction",
        ],
    )
    .await;
    assert_eq!(r.code, exit::OK, "{}", r.transcript());
    insta::assert_snapshot!("points_show_satisfaction", r.transcript());
    let r = run_in_process(
        &sb,
        &token,
        &[
            "points",
            "show",
            "1401010000004",
            "--section",
            "services",
            "-o",
            "csv",
        ],
    )
    .await;
    assert_eq!(r.code, exit::OK, "{}", r.transcript());
    assert!(
        r.out
            .starts_with("id,name_th,category,duration_minutes,fees\nP0"),
        "{}",
        r.transcript()
    );
}

#[tokio::test]
async fn csv_is_refused_before_anything_is_sent() {
    let sb = Sandbox::start(&["--demo", "20"]);
    let token = sb.token("admin", "admin").await;
    let before = api_requests(&sb).await;
    for args in [
        &["points", "show", "1401010000004"][..],
        &["points", "hide", "1401010000004"],
        &[
            "points",
            "edit",
            "1401010000004",
            "--telephone",
            "0 2222 2222",
        ],
        &["manuals", "show", "P00001"],
        &["manuals", "bind", "1401010000004", "P00001"],
        &["auth", "status"],
        &["schema"],
    ] {
        let args: Vec<&str> = args.iter().copied().chain(["-o", "csv"]).collect();
        let r = run_in_process(&sb, &token, &args).await;
        assert_eq!(r.code, exit::USAGE, "{args:?}: {}", r.transcript());
        assert_eq!(r.out, "", "{args:?}: nothing is printed");
        assert!(
            r.err.starts_with(
                "error: -o csv writes tables, and what this command prints is not one\nhint: "
            ),
            "{args:?}: {}",
            r.err
        );
    }
    assert_eq!(
        api_requests(&sb).await,
        before,
        "a refused -o csv sends nothing"
    );
    let r = run_in_process(
        &sb,
        &token,
        &["points", "show", "1401010000004", "-o", "csv"],
    )
    .await;
    assert_eq!(
        r.err,
        "error: -o csv writes tables, and what this command prints is not one\n\
         hint: with --section services it prints a table that -o csv writes; otherwise use -o json or -o yaml\n"
    );
    let r = run_in_process(&sb, &token, &["auth", "status", "-o", "csv"]).await;
    assert_eq!(
        r.err,
        "error: -o csv writes tables, and what this command prints is not one\n\
         hint: use -o json or -o yaml for data, or -o table to read it\n"
    );
}
