//! The quick start, on any machine Rust runs on (no shell needed), from the
//! repository's root:
//!
//! ```text
//! cargo run --release -p quickstart
//! ```
//!
//! A package of its own with no dependencies: cargo builds this small program in
//! seconds, and it builds the two programs once (their first build takes some
//! minutes, with cargo's progress shown), starts a sandbox with 1,000 demo service points on a
//! free port, signs in as the demo officer (in a temporary settings folder), runs
//! the everyday commands against it (list, show, an edit as a dry run and for
//! real, a manifest's diff and apply, a CSV export), and stops the sandbox. Nothing
//! is written outside the temporary folder.

// The quick start speaks to the person who runs it: printing is what it is for.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitCode, Stdio};

/// The manifest the quick start diffs and applies.
const MANIFEST: &str = "examples/department-hours.yaml";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("quickstart: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The repository's root: the `citizeninfo` package is `crates/citizeninfo` in it.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Builds both programs in the profile the quick start was built in, into the same
/// target folder, and returns that profile's folder (`target/release`).
fn build() -> Result<PathBuf, String> {
    let exe = std::env::current_exe().map_err(|e| format!("cannot find itself: {e}"))?;
    // <target>/<profile>/quickstart → <target>/<profile>
    let profile = exe
        .parent()
        .ok_or_else(|| format!("{} is not in a target folder", exe.display()))?
        .to_path_buf();
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut c = Command::new(cargo);
    c.args([
        "build",
        "--locked",
        "-p",
        "citizeninfo",
        "-p",
        "citizeninfo-sandbox",
        "--bins",
    ])
    .current_dir(root());
    if let Some(target) = profile.parent() {
        c.arg("--target-dir").arg(target);
    }
    if profile.file_name().is_some_and(|p| p == "release") {
        c.arg("--release");
    }
    println!(
        "Building citizeninfo and citizeninfo-sandbox: the first build takes about 8 minutes on a\n\
         2-core machine (cargo shows its progress below); later runs start at once.\n"
    );
    let status = c.status().map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err(format!("building the programs failed ({status})"));
    }
    Ok(profile)
}

/// A sandbox on a free port, stopped when dropped.
struct Sandbox {
    child: Child,
    url: String,
}

impl Sandbox {
    fn start(program: &Path) -> Result<Sandbox, String> {
        let mut child = Command::new(program)
            .args(["--listen", "127.0.0.1:0", "--demo", "1000"])
            .stdout(Stdio::piped())
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", program.display()))?;
        let Some(out) = child.stdout.take() else {
            return Err("the sandbox's output is not piped".to_owned());
        };
        let mut out = BufReader::new(out);
        let mut first = String::new();
        let read = out.read_line(&mut first);
        let url = first
            .trim_end()
            .strip_prefix("listening on ")
            .map(str::to_owned);
        let Some(url) = url.filter(|_| read.is_ok()) else {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!(
                "the sandbox did not say where it listens (its first line: {first:?})"
            ));
        };
        // Keep reading the rest of what it prints (its banner), so it never waits on
        // a full pipe.
        std::thread::spawn(move || std::io::copy(&mut out, &mut std::io::sink()));
        Ok(Sandbox { child, url })
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Arguments as a person would type them: quoted when they hold a space or `;`.
fn shown(args: &[&str]) -> String {
    let quoted: Vec<String> = args
        .iter()
        .map(|a| {
            if a.contains([' ', ';']) {
                format!("\"{a}\"")
            } else {
                (*a).to_owned()
            }
        })
        .collect();
    quoted.join(" ")
}

/// Runs `citizeninfo` with these arguments after saying what the step shows; fails
/// unless it exits with `expect`.
fn step(
    tool: &Path,
    env: &[(&str, &str)],
    what: &str,
    args: &[&str],
    stdin: Option<&str>,
    expect: i32,
) -> Result<(), String> {
    println!("\n{what}");
    println!("$ citizeninfo {}", shown(args));
    let mut c = Command::new(tool);
    c.args(args).envs(env.iter().copied()).current_dir(root());
    let status = match stdin {
        None => c.stdin(Stdio::null()).status(),
        Some(text) => c.stdin(Stdio::piped()).spawn().and_then(|mut child| {
            use std::io::Write;
            if let Some(mut pipe) = child.stdin.take() {
                pipe.write_all(text.as_bytes())?;
            }
            child.wait()
        }),
    }
    .map_err(|e| format!("cannot run citizeninfo: {e}"))?;
    if status.code() == Some(expect) {
        Ok(())
    } else {
        Err(format!(
            "`citizeninfo {}` ended with {status}, not exit {expect}",
            shown(args)
        ))
    }
}

fn run() -> Result<(), String> {
    println!(
        "Building citizeninfo and citizeninfo-sandbox (the first build takes a few minutes)..."
    );
    let bin = build()?;
    let exe = std::env::consts::EXE_SUFFIX;
    let tool = bin.join(format!("citizeninfo{exe}"));
    let settings =
        tempfile::tempdir().map_err(|e| format!("cannot make a temporary folder: {e}"))?;
    let sandbox = Sandbox::start(&bin.join(format!("citizeninfo-sandbox{exe}")))?;
    println!(
        "A sandbox with 1,000 demo service points is listening on {}; the settings live in {} until the end.",
        sandbox.url,
        settings.path().display()
    );
    let dir = settings.path().to_string_lossy().into_owned();
    let csv = settings
        .path()
        .join("1401.csv")
        .to_string_lossy()
        .into_owned();
    let env = [
        ("CITIZENINFO_URL", sandbox.url.as_str()),
        ("CITIZENINFO_CONFIG_DIR", dir.as_str()),
    ];
    let hours = "จ-ศ 08:00-12:00,13:00-16:00; sat 09:00-12:00";
    let steps: [(&str, Vec<&str>, Option<&str>, i32); 11] = [
        (
            "Sign in as the demo officer, who may change one department (กรมการปกครอง); the password comes on stdin, as a script gives it.",
            vec!["login", "--username", "demo", "--password-stdin"],
            Some("demo\n"),
            0,
        ),
        (
            "Who you are signed in as, where, and what you may change.",
            vec!["auth", "status"],
            None,
            0,
        ),
        (
            "The first service points of the department, as the back office lists them.",
            vec!["points", "list", "--department", "1401", "--limit", "8"],
            None,
            0,
        ),
        (
            "One point with every field.",
            vec!["points", "show", "1401010000004"],
            None,
            0,
        ),
        (
            "A dry run shows what an edit would change (opening hours typed with Thai day names), and sends nothing.",
            vec![
                "points",
                "edit",
                "1401010000004",
                "--hours",
                hours,
                "--dry-run",
            ],
            None,
            0,
        ),
        (
            "The edit for real: only the changed field is sent, under the version it was read at.",
            vec![
                "points",
                "edit",
                "1401010000004",
                "--telephone",
                "0 2221 2141",
            ],
            None,
            0,
        ),
        (
            "What the example manifest would change: the same hours for four points, a telephone, one point hidden.",
            vec!["diff", "-f", MANIFEST],
            None,
            0,
        ),
        (
            "Apply exactly that plan (--yes, as a script says it).",
            vec!["apply", "-f", MANIFEST, "--yes"],
            None,
            0,
        ),
        (
            "The service now is what the manifest states: diff finds nothing, and --exit-code says so with 0 (3 would be drift).",
            vec!["diff", "-f", MANIFEST, "--exit-code"],
            None,
            0,
        ),
        (
            "The hidden points of the department, with English headers.",
            vec![
                "points",
                "list",
                "--department",
                "1401",
                "--status",
                "hidden",
                "--lang",
                "en",
            ],
            None,
            0,
        ),
        (
            "The department as the back office's CSV export, ready for Excel.",
            vec!["export", "csv", "--department", "1401", "-O", &csv],
            None,
            0,
        ),
    ];
    for (what, args, stdin, expect) in &steps {
        step(&tool, &env, what, args, *stdin, *expect)?;
    }
    if let Ok(text) = std::fs::read_to_string(&csv) {
        println!("Its first lines (a byte-order mark first, so Excel reads the Thai):");
        for line in text.trim_start_matches('\u{feff}').lines().take(3) {
            println!("  {line}");
        }
    }
    println!(
        "\nStopping the sandbox; its in-memory data and the temporary settings are gone with it."
    );
    drop(sandbox);
    println!(
        "Done. Next: `cargo test --workspace --locked` runs the tests, and the README walks through the rest."
    );
    Ok(())
}
