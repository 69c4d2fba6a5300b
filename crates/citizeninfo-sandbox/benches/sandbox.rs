//! Sandbox benchmark: seeding `--demo 100000` into a database file, then paging
//! through every point 1000 at a time, counting requests with the sandbox's own
//! counter. Run with `cargo bench -p citizeninfo-sandbox --bench sandbox`; figures go in the README.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "a benchmark prints its figures and fails loudly"
)]

use std::process::{Command, Stdio};
use std::time::Instant;

use citizeninfo_api::{PointSummary, ServicePoint};
use serde::de::DeserializeOwned;

const POINTS: u32 = 100_000;
const PAGE: u32 = 1000;

/// Pages through every point (`extra`: more of the query): how many, and the time.
async fn page_through<T: DeserializeOwned>(
    sandbox: &citizeninfo_testkit::Sandbox,
    token: &str,
    extra: &str,
) -> (usize, f64) {
    let started = Instant::now();
    let mut seen = 0;
    sandbox
        .each_page::<T>(token, extra, |items| seen += items.len())
        .await;
    (seen, started.elapsed().as_secs_f64())
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let data = dir.path().join("bench.db");
    // The testkit's harness: it keeps reading the sandbox's output.
    let sandbox = citizeninfo_testkit::Sandbox::start(&[
        "--demo",
        &POINTS.to_string(),
        "--data",
        citizeninfo_testkit::s(&data),
    ]);
    let ready = sandbox.ready_in.as_secs_f64();
    let report = sandbox.banner.first().cloned().unwrap_or_default();
    let url = sandbox.url.clone();

    let token = sandbox.token("admin", "admin").await;

    sandbox.reset_stats().await;
    let (rows, rows_secs) = page_through::<PointSummary>(&sandbox, &token, "").await;
    let rows_requests = sandbox.stats().await.count("GET", "/api/v1/points");

    sandbox.reset_stats().await;
    let (detail, detail_secs) =
        page_through::<ServicePoint>(&sandbox, &token, "&include=detail").await;
    let detail_requests = sandbox.stats().await.count("GET", "/api/v1/points");

    let export_csv = export_peak(&url, &token, "csv", dir.path())?;
    let export_xlsx = export_peak(&url, &token, "xlsx", dir.path())?;

    drop(sandbox);
    let size = std::fs::metadata(&data).map(|m| m.len()).unwrap_or(0);

    println!("sandbox benchmark, {POINTS} points, pages of {PAGE}");
    println!("{}", report.trim());
    println!("| measure | figure |");
    println!("| --- | --- |");
    println!(
        "| `--demo {POINTS} --data FILE`: start to listening (seeding included) | {ready:.1} s |"
    );
    println!(
        "| database file after seeding | {:.0} MiB |",
        size as f64 / 1048576.0
    );
    println!(
        "| page through all points, list rows | {rows} points in {rows_requests} requests, {rows_secs:.1} s |"
    );
    println!(
        "| page through all points, `include=detail` (every field and bound process ids) | {detail} points in {detail_requests} requests, {detail_secs:.1} s |"
    );
    for (kind, (peak, secs, bytes)) in [("csv", export_csv), ("xlsx", export_xlsx)] {
        println!(
            "| `citizeninfo export {kind}` of all {POINTS} points: peak memory (VmHWM) | {:.1} MiB, {secs:.1} s, a {:.0} MiB file |",
            peak as f64 / 1024.0,
            bytes as f64 / 1048576.0
        );
    }
    Ok(())
}

/// Runs `citizeninfo export KIND` of every point and watches its peak resident
/// memory (VmHWM, in KiB) until it exits; also the time taken and the file's size.
fn export_peak(
    url: &str,
    token: &str,
    kind: &str,
    dir: &std::path::Path,
) -> anyhow::Result<(u64, f64, u64)> {
    let file = dir.join(format!("export.{kind}"));
    let started = Instant::now();
    let mut child = Command::new(citizeninfo_testkit::bin("citizeninfo"))
        .args(["export", kind, "-O"])
        .arg(&file)
        .env("CITIZENINFO_URL", url)
        .env("CITIZENINFO_TOKEN", token)
        .env("CITIZENINFO_CONFIG_DIR", dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    let (status, peak) = citizeninfo_testkit::wait_with_peak(&mut child)?;
    anyhow::ensure!(status.success(), "export {kind} failed: {status}");
    let bytes = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
    Ok((peak, started.elapsed().as_secs_f64(), bytes))
}
