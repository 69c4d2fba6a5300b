//! Records what `citizeninfo --version` and `citizeninfo version` name: the commit
//! the program was built from and the day it was built, for support requests.
//!
//! A release build asks git (or takes `CITIZENINFO_BUILD_COMMIT`, for a build from
//! a source archive) and is built again when the commit changes; the day is
//! `SOURCE_DATE_EPOCH`'s, for a reproducible build, else today's (UTC). A debug
//! build names neither (it says it is a development build), so that a commit does
//! not rebuild every test.

use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8(out.stdout).ok()?;
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=CITIZENINFO_BUILD_COMMIT");
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    let release = std::env::var("PROFILE").is_ok_and(|p| p == "release");
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let line = if release {
        let commit = std::env::var("CITIZENINFO_BUILD_COMMIT")
            .ok()
            .filter(|c| !c.is_empty())
            .or_else(|| git(&["rev-parse", "--short=12", "HEAD"]));
        // Built again when HEAD moves: HEAD itself, the branch it names, and the
        // packed branches (those of the files that exist: a missing one would
        // rebuild every time).
        let branch = git(&["symbolic-ref", "-q", "HEAD"]);
        for path in ["HEAD", "packed-refs"].into_iter().chain(branch.as_deref()) {
            if let Some(file) = git(&["rev-parse", "--git-path", path])
                && std::path::Path::new(&file).exists()
            {
                println!("cargo:rerun-if-changed={file}");
            }
        }
        let seconds = std::env::var("SOURCE_DATE_EPOCH")
            .ok()
            .and_then(|s| s.trim().parse::<i64>().ok())
            .unwrap_or_else(|| chrono::Utc::now().timestamp());
        let date = chrono::DateTime::from_timestamp(seconds, 0)
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default();
        println!("cargo:rustc-env=CITIZENINFO_BUILD_DATE={date}");
        match commit {
            Some(commit) => {
                println!("cargo:rustc-env=CITIZENINFO_COMMIT={commit}");
                format!("{version} (commit {commit}, built {date})")
            }
            None => format!("{version} (built {date}, from no git checkout)"),
        }
    } else {
        format!("{version} (a development build)")
    };
    println!("cargo:rustc-env=CITIZENINFO_VERSION_LINE={line}");
    let target = std::env::var("TARGET").unwrap_or_default();
    println!("cargo:rustc-env=CITIZENINFO_TARGET={target}");
}
