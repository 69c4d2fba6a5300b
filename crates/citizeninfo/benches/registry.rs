//! Registry benchmark: against a 100,000-point sandbox, side by side in one run,
//! `dump` into one file and split by department, `validate` of the file, and `diff`
//! of the whole registry (the file and the folder), each with its time and its
//! peak memory (VmHWM). The sandbox's database is seeded once and kept in the
//! target folder. Run with `cargo bench -p citizeninfo` (this and the apply
//! benchmark); figures go in the README.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "a benchmark prints its figures and fails loudly"
)]

use std::path::Path;

mod common;
use common::measure;

const POINTS: u32 = 100_000;

fn dir_size(dir: &Path) -> (usize, u64) {
    let files: Vec<u64> = std::fs::read_dir(dir)
        .map(|r| {
            r.flatten()
                .filter_map(|e| e.metadata().ok().map(|m| m.len()))
                .collect()
        })
        .unwrap_or_default();
    (files.len(), files.iter().sum())
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    // Seeding 100,000 points takes half a minute: the database is kept between runs.
    let data = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("registry-{POINTS}.db"));
    let seeded = data.exists();
    let sandbox = citizeninfo_testkit::Sandbox::start(&[
        "--demo",
        &POINTS.to_string(),
        "--data",
        citizeninfo_testkit::s(&data),
    ]);
    let url = sandbox.url.clone();
    let token = sandbox.token("admin", "admin").await;
    let s = citizeninfo_testkit::s;

    let file = dir.path().join("registry.yaml");
    let split = dir.path().join("registry");
    let dump = measure(&url, &token, dir.path(), &["dump", "-O", s(&file)])?;
    let bytes = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
    let dump_split = measure(
        &url,
        &token,
        dir.path(),
        &["dump", "--split-by", "department", "-O", s(&split)],
    )?;
    let (files, split_bytes) = dir_size(&split);
    let validate = measure(&url, &token, dir.path(), &["validate", "-f", s(&file)])?;
    anyhow::ensure!(
        validate.stderr.contains(&format!("{POINTS} points stated")),
        "{}",
        validate.stderr
    );
    sandbox.reset_stats().await;
    let diff = measure(
        &url,
        &token,
        dir.path(),
        &["diff", "--exit-code", "-f", s(&file)],
    )?;
    let stats = sandbox.stats().await;
    let diff_split = measure(
        &url,
        &token,
        dir.path(),
        &["diff", "--exit-code", "-f", s(&split)],
    )?;
    drop(sandbox);

    println!(
        "registry benchmark, {POINTS} points (database {})",
        if seeded {
            "kept from an earlier run"
        } else {
            "seeded now"
        }
    );
    println!("| measure | figure | target |");
    println!("| --- | --- | --- |");
    let row = |what: String, figure: String, target: &str, met: bool| {
        let verdict = if met { "met" } else { "**missed**" };
        println!("| {what} | {figure} | {target}: {verdict} |");
    };
    row(
        format!("`citizeninfo dump -O FILE` of all {POINTS} points"),
        format!(
            "{:.1} s, peak {:.1} MiB, a {:.0} MiB file",
            dump.secs,
            dump.mib(),
            bytes as f64 / 1048576.0
        ),
        "under 64 MiB",
        dump.mib() < 64.0,
    );
    row(
        "`citizeninfo dump --split-by department -O DIR`".to_owned(),
        format!(
            "{:.1} s, peak {:.1} MiB, {files} files, {:.0} MiB",
            dump_split.secs,
            dump_split.mib(),
            split_bytes as f64 / 1048576.0
        ),
        "under 64 MiB",
        dump_split.mib() < 64.0,
    );
    row(
        format!("`citizeninfo validate -f FILE` of {POINTS} points"),
        format!("{:.1} s, peak {:.1} MiB", validate.secs, validate.mib()),
        "under 3 s",
        validate.secs < 3.0,
    );
    for (what, m, requests) in [
        (
            "`citizeninfo diff -f FILE` of the whole registry (no change)",
            &diff,
            Some(stats.total),
        ),
        (
            "`citizeninfo diff -f DIR` of the split folder (no change)",
            &diff_split,
            None,
        ),
    ] {
        let requests = requests
            .map(|n| format!(", {n} requests"))
            .unwrap_or_default();
        row(
            what.to_owned(),
            format!("{:.1} s, peak {:.1} MiB{requests}", m.secs, m.mib()),
            "under 10 s and 250 MiB",
            m.secs < 10.0 && m.mib() < 250.0,
        );
    }
    Ok(())
}
