//! `version`: which program this is (its version, the commit and the day it was built
//! from, the system it was built for), for a support request; `-o json` gives the
//! same as data. `citizeninfo --version` prints it on one line.

use std::io;

use serde::Serialize;

use super::Context;
use crate::exit;
use crate::output::{Human, Render, Section};

/// Examples, one invocation a line (shown under "Examples" in `--help`).
pub const EXAMPLES: &str = "citizeninfo version\ncitizeninfo version -o json";

/// What `citizeninfo --version` prints after the program's name: the version, and
/// the commit and day of a release build (`build.rs` writes it from the same values
/// as [`BUILD`]).
pub const LINE: &str = env!("CITIZENINFO_VERSION_LINE");

/// It takes no arguments of its own.
#[derive(Debug, clap::Args)]
#[command(after_long_help = EXAMPLES)]
pub struct Args {}

/// This program, as built (see `build.rs`).
#[derive(Debug, Serialize)]
pub struct Build {
    /// The version, as in `Cargo.toml`.
    pub version: &'static str,
    /// The commit it was built from (12 digits); none for a development build or
    /// one from outside a git checkout.
    pub commit: Option<&'static str>,
    /// The day it was built (UTC, YYYY-MM-DD); none for a development build.
    pub build_date: Option<&'static str>,
    /// The system it was built for (a Rust target, e.g. `x86_64-pc-windows-msvc`).
    pub target: &'static str,
}

/// This program.
pub const BUILD: Build = Build {
    version: env!("CARGO_PKG_VERSION"),
    commit: option_env!("CITIZENINFO_COMMIT"),
    build_date: option_env!("CITIZENINFO_BUILD_DATE"),
    target: env!("CITIZENINFO_TARGET"),
};

impl Render for Build {
    fn human(&self, h: &mut Human<'_>) -> io::Result<()> {
        h.sections(&[Section {
            title: format!("citizeninfo {}", self.version),
            rows: vec![
                (
                    "commit".to_owned(),
                    self.commit.unwrap_or("(not known)").to_owned(),
                ),
                (
                    "built".to_owned(),
                    self.build_date
                        .unwrap_or("(a development build)")
                        .to_owned(),
                ),
                ("for".to_owned(), self.target.to_owned()),
            ],
        }])
    }
}

/// Runs `version`.
pub fn run(ctx: &Context, _: Args) -> anyhow::Result<u8> {
    ctx.printer.show(&BUILD)?;
    Ok(exit::OK)
}
