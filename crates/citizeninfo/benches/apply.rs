//! Apply benchmark: updates against a sandbox answering every request after 20 ms,
//! at concurrency 32 (10,000 updates; the bound is 32 / 0.020 s = 1,600 a second),
//! and beside it at 8 (10,000; 400 a second) and 1 (500 updates, as 50 a second
//! would take 200 s for 10,000). Run with `cargo bench -p citizeninfo --bench
//! apply`; figures go in the README.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "a benchmark prints its figures and fails loudly"
)]

use std::process::{Command, Stdio};
use std::time::Instant;

use citizeninfo_api::PointSummary;

const POINTS: usize = 10_000;
const LATENCY_MS: u64 = 20;
/// Each run: its concurrency and how many updates it makes.
const RUNS: [(usize, usize); 3] = [(32, POINTS), (8, POINTS), (1, 500)];
/// The share of the bound `apply` is to reach at concurrency 32, in percent.
const TARGET_SHARE: f64 = 95.0;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    // The testkit's harness: it keeps reading the sandbox's output, so nothing the
    // sandbox prints can stop or hold it up.
    let sandbox = citizeninfo_testkit::Sandbox::start(&[
        "--demo",
        &POINTS.to_string(),
        "--latency-ms",
        &LATENCY_MS.to_string(),
    ]);
    let url = sandbox.url.clone();

    let token = sandbox.token("admin", "admin").await;
    let mut codes = Vec::new();
    sandbox
        .each_page::<PointSummary>(&token, "", |items| {
            codes.extend(items.into_iter().map(|p| p.code.to_string()))
        })
        .await;
    println!("apply benchmark: sandbox latency {LATENCY_MS} ms");
    for (run, (concurrency, updates)) in RUNS.into_iter().enumerate() {
        // Each run sets telephones no run before it set, so every point changes.
        let mut manifest =
            String::from("apiVersion: citizeninfo/v1\nkind: ServicePoints\npoints:\n");
        for (i, code) in codes.iter().take(updates).enumerate() {
            manifest.push_str(&format!(
                "  - code: \"{code}\"\n    telephone: 0 200{run} {:04}\n",
                i % 10_000
            ));
        }
        let file = dir.path().join(format!("updates-{concurrency}.yaml"));
        std::fs::write(&file, manifest)?;
        sandbox.reset_stats().await;

        let started = Instant::now();
        let out = Command::new(citizeninfo_testkit::bin("citizeninfo"))
            .args([
                "apply",
                "--yes",
                "--progress",
                "never",
                "--concurrency",
                &concurrency.to_string(),
                "-f",
            ])
            .arg(&file)
            .env("CITIZENINFO_URL", &url)
            .env("CITIZENINFO_TOKEN", &token)
            .env("CITIZENINFO_CONFIG_DIR", dir.path())
            .stdout(Stdio::null())
            .output()?;
        let secs = started.elapsed().as_secs_f64();
        anyhow::ensure!(out.status.success(), "apply failed: {}", out.status);
        // The command reports the time its updates took: "applied N of N in S s (R a second)".
        let stderr = String::from_utf8_lossy(&out.stderr);
        let applying: f64 = stderr
            .split(" in ")
            .nth(1)
            .and_then(|rest| rest.split(" s (").next())
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| anyhow::anyhow!("no timing in {stderr:?}"))?;
        let stats = sandbox.stats().await;
        let patched = stats.count("PATCH", "/api/v1/points/{code}");
        anyhow::ensure!(
            patched == updates as u64,
            "{patched} updates sent, not {updates}"
        );
        let bound = concurrency as f64 / (LATENCY_MS as f64 / 1000.0);
        let rate = patched as f64 / applying;
        let share = rate * 100.0 / bound;
        // The target is set at concurrency 32; the others are measured beside it.
        let target = if concurrency == 32 {
            format!(
                " at least {TARGET_SHARE}% of the bound: {}",
                if share >= TARGET_SHARE {
                    "met"
                } else {
                    "**missed**"
                }
            )
        } else {
            String::new()
        };
        println!(
            "| `citizeninfo apply`: {patched} updates at `--concurrency {concurrency}`, sandbox `--latency-ms {LATENCY_MS}` | updates {applying:.2} s = {rate:.0}/s, {share:.1}% of the {bound:.0}/s bound; the whole command {secs:.2} s with planning; {} requests |{target} |",
            stats.total
        );
    }
    drop(sandbox);
    Ok(())
}
