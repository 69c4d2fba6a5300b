//! `completions`: a shell's completion script, generated from the command line.

use super::Context;
use crate::exit;

/// Examples, one invocation a line (shown under "Examples" in `--help`).
pub const EXAMPLES: &str = "citizeninfo completions bash > ~/.local/share/bash-completion/completions/citizeninfo\n\
         citizeninfo completions powershell >> $PROFILE";

/// The arguments of `completions`.
#[derive(Debug, clap::Args)]
#[command(after_long_help = EXAMPLES)]
pub struct Args {
    /// The shell.
    pub shell: clap_complete::Shell,
}

/// Runs `completions`.
pub fn run(ctx: &Context, a: Args) -> anyhow::Result<u8> {
    let mut command = (ctx.command_line)();
    // Generated into memory: writing is the printer's, so a closed pipe stays an
    // I/O error.
    let mut script = Vec::new();
    clap_complete::generate(a.shell, &mut command, "citizeninfo", &mut script);
    ctx.printer.text(&String::from_utf8_lossy(&script))?;
    Ok(exit::OK)
}
