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
use std::process::{Command, Stdio};
use std::time::Instant;

use citizeninfo_api::{SandboxStats, TokenResponse};

const POINTS: u32 = 100_000;

/// A run of the tool: its time, its peak resident memory, what it wrote to stderr.
struct Measured {
    secs: f64,
    peak_kib: u64,
    stderr: String,
}

impl Measured {
    fn mib(&self) -> f64 {
        self.peak_kib as f64 / 1024.0
    }
}

/// Runs `citizeninfo ARGS`, watching its peak resident memory (VmHWM) until it exits.
fn measure(url: &str, token: &str, dir: &Path, args: &[&str]) -> anyhow::Result<Measured> {
    let started = Instant::now();
    let mut child = Command::new(citizeninfo_testkit::bin("citizeninfo"))
        .args(args)
        .env("CITIZENINFO_URL", url)
        .env("CITIZENINFO_TOKEN", token)
        .env("CITIZENINFO_CONFIG_DIR", dir)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()?;
    let mut err = child.stderr.take().expect("stderr is piped");
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = std::io::Read::read_to_string(&mut err, &mut text);
        text
    });
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak = 0u64;
    let status = loop {
        if let Ok(text) = std::fs::read_to_string(&status_file)
            && let Some(kib) = text
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        {
            peak = peak.max(kib);
        }
        if let Some(status) = child.try_wait()? {
            break status;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    };
    let secs = started.elapsed().as_secs_f64();
    let stderr = reader.join().unwrap_or_default();
    anyhow::ensure!(
        status.success(),
        "citizeninfo {} failed ({status}): {stderr}",
        args.join(" ")
    );
    Ok(Measured {
        secs,
        peak_kib: peak,
        stderr,
    })
}

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
    let http = reqwest::Client::new();
    let token: TokenResponse = http
        .post(format!("{url}/api/v1/auth/token"))
        .form(&[
            ("grant_type", "password"),
            ("username", "admin"),
            ("password", "admin"),
        ])
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    let token = token.access_token;
    let stats_url = format!("{url}/_sandbox/stats");
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
    http.delete(&stats_url).send().await?;
    let diff = measure(
        &url,
        &token,
        dir.path(),
        &["diff", "--exit-code", "-f", s(&file)],
    )?;
    let stats: SandboxStats = http.get(&stats_url).send().await?.json().await?;
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
    println!(
        "| `citizeninfo dump -O FILE` of all {POINTS} points | {:.1} s, peak {:.1} MiB, a {:.0} MiB file | under 64 MiB |",
        dump.secs,
        dump.mib(),
        bytes as f64 / 1048576.0
    );
    println!(
        "| `citizeninfo dump --split-by department -O DIR` | {:.1} s, peak {:.1} MiB, {files} files, {:.0} MiB | under 64 MiB |",
        dump_split.secs,
        dump_split.mib(),
        split_bytes as f64 / 1048576.0
    );
    println!(
        "| `citizeninfo validate -f FILE` of {POINTS} points | {:.1} s, peak {:.1} MiB | under 3 s |",
        validate.secs,
        validate.mib()
    );
    println!(
        "| `citizeninfo diff -f FILE` of the whole registry (no change) | {:.1} s, peak {:.1} MiB, {} requests | under 10 s and 250 MiB |",
        diff.secs,
        diff.mib(),
        stats.total
    );
    println!(
        "| `citizeninfo diff -f DIR` of the split folder (no change) | {:.1} s, peak {:.1} MiB | under 10 s and 250 MiB |",
        diff_split.secs,
        diff_split.mib()
    );
    Ok(())
}
