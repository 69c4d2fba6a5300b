//! Sheets benchmark: against a 100,000-point sandbox, `export csv` of the whole
//! registry, then `import csv` of that sheet planned back (no change), each with
//! its time and its peak memory (VmHWM). The database is the registry
//! benchmark's, seeded once and kept in the target folder. Run with
//! `cargo bench -p citizeninfo --bench sheets`; figures go in the README.

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

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let data = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("registry-{POINTS}.db"));
    let sandbox = citizeninfo_testkit::Sandbox::start(&[
        "--demo",
        &POINTS.to_string(),
        "--data",
        citizeninfo_testkit::s(&data),
    ]);
    let url = sandbox.url.clone();
    let token = sandbox.token("admin", "admin").await;
    let s = citizeninfo_testkit::s;
    let file = dir.path().join("registry.csv");
    let export = measure(&url, &token, dir.path(), &["export", "csv", "-O", s(&file)])?;
    anyhow::ensure!(
        export.stderr.contains(&format!("exported {POINTS} points")),
        "{}",
        export.stderr
    );
    let bytes = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
    let import = measure(&url, &token, dir.path(), &["import", "csv", s(&file)])?;
    drop(sandbox);

    println!("sheets benchmark, {POINTS} points");
    println!("| measure | figure | target |");
    println!("| --- | --- | --- |");
    let verdict = |met: bool| if met { "met" } else { "**missed**" };
    println!(
        "| `citizeninfo export csv -O FILE` of all {POINTS} points | {:.1} s, peak {:.1} MiB, a {:.0} MiB file | under 64 MiB: {} |",
        export.secs,
        export.mib(),
        bytes as f64 / 1048576.0,
        verdict(export.mib() < 64.0)
    );
    println!(
        "| `citizeninfo import csv FILE` of that sheet, planned back (no change) | {:.1} s, peak {:.1} MiB | at most 64 MiB: {} |",
        import.secs,
        import.mib(),
        verdict(import.mib() <= 64.0)
    );
    Ok(())
}
