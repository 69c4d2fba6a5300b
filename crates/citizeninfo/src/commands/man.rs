//! `citizeninfo man`: manual pages generated from the command line's own
//! definition, one per command and subcommand.

use std::path::PathBuf;

use crate::commands::Context;
use crate::exit;

/// Examples, one invocation a line (shown under "Examples" in `--help`).
pub const EXAMPLES: &str =
    "citizeninfo man -O ~/.local/share/man/man1 && man citizeninfo-points-list";

/// The arguments of `man`.
#[derive(Debug, clap::Args)]
#[command(after_long_help = EXAMPLES)]
pub struct Args {
    /// The folder to write them into (created if missing).
    #[arg(short = 'O', long = "output-dir", value_name = "DIR")]
    pub dir: PathBuf,
}

/// One manual page: its file name (`citizeninfo-points-list.1`) and its roff text.
pub struct Page {
    /// The file name.
    pub name: String,
    /// The page, in roff.
    pub text: Vec<u8>,
}

/// Every page, the command's own first, then each subcommand's depth first, in the
/// order the command line declares them. The text carries no date, so the same
/// command line always gives the same bytes.
pub fn pages(command_line: clap::Command) -> std::io::Result<Vec<Page>> {
    fn walk(cmd: &clap::Command, out: &mut Vec<Page>) -> std::io::Result<()> {
        let man = clap_mangen::Man::new(cmd.clone())
            .source(concat!("citizeninfo ", env!("CARGO_PKG_VERSION")))
            .manual("CITIZENinfo");
        let mut text = Vec::new();
        man.render(&mut text)?;
        out.push(Page {
            name: man.get_filename(),
            text,
        });
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            walk(sub, out)?;
        }
        Ok(())
    }
    let mut cmd = command_line.disable_help_subcommand(true);
    cmd.build();
    let mut out = Vec::new();
    walk(&cmd, &mut out)?;
    Ok(out)
}

/// Writes every page into `dir`, creating it if needed; each file is written
/// whole or not at all.
pub fn run(ctx: &Context, a: Args) -> anyhow::Result<u8> {
    let dir = a.dir.as_path();
    let pages = pages((ctx.command_line)())?;
    std::fs::create_dir_all(dir)
        .map_err(|e| anyhow::anyhow!("could not create the folder {}: {e}", dir.display()))?;
    for page in &pages {
        let path = dir.join(&page.name);
        crate::output::write_file(&path, &page.text)
            .map_err(|e| anyhow::anyhow!("could not write {}: {e}", path.display()))?;
    }
    ctx.printer.note(&format!(
        "wrote {} manual pages to {} (read one with `man {}`)",
        pages.len(),
        dir.display(),
        dir.join("citizeninfo.1").display()
    ));
    Ok(exit::OK)
}
