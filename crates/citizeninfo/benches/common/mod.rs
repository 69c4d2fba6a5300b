//! What the benchmarks share: a run of the tool, timed, with its peak memory.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

/// A run of the tool: its time, its peak resident memory, what it wrote to stderr.
pub(crate) struct Measured {
    /// Its time, in seconds.
    pub(crate) secs: f64,
    /// Its peak resident memory (VmHWM), in KiB.
    pub(crate) peak_kib: u64,
    /// What it wrote to stderr.
    pub(crate) stderr: String,
}

impl Measured {
    /// Its peak, in MiB.
    pub(crate) fn mib(&self) -> f64 {
        self.peak_kib as f64 / 1024.0
    }
}

/// Runs `citizeninfo ARGS`, watching its peak resident memory (VmHWM) until it exits.
pub(crate) fn measure(
    url: &str,
    token: &str,
    dir: &Path,
    args: &[&str],
) -> anyhow::Result<Measured> {
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
    let (status, peak) = citizeninfo_testkit::wait_with_peak(&mut child)?;
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
