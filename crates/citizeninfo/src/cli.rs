//! The command line, as clap parses it: the tool, its global options and its top
//! examples; the commands and their arguments are in `commands/`. No logic lives here.

use std::path::PathBuf;

use clap::{ArgAction, Args, Parser};

use crate::commands::Command;
use crate::output::{ColorMode, Format, Lang, ProgressMode};

/// Examples of the whole tool, one invocation a line.
pub const EXAMPLES: &str = "citizeninfo login\n\
         citizeninfo points list --department กรมการปกครอง --status shown\n\
         citizeninfo dump --department 1401 -O dopa.yaml && citizeninfo diff -f dopa.yaml";

/// Command-line administration of the CITIZENinfo registry of Thai government
/// service points.
#[derive(Debug, Parser)]
#[command(
    name = "citizeninfo",
    version = crate::commands::version::LINE,
    max_term_width = 100,
    after_long_help = EXAMPLES
)]
pub struct Cli {
    /// Options every command takes.
    #[command(flatten)]
    pub global: Global,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes. Those with an environment variable are read from it
/// when the flag is not given (`Settings::resolve`), not by clap, so that a
/// variable never shows in a usage line as if it had been typed.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct Global {
    /// Profile: one back office or account among several [env: CITIZENINFO_PROFILE]
    /// [default: default].
    #[arg(long, global = true, hide_short_help = true, value_name = "NAME")]
    pub profile: Option<String>,
    /// The service's address [env: CITIZENINFO_URL] [default: the profile's, else
    /// http://127.0.0.1:8787].
    #[arg(long, global = true, hide_short_help = true, value_name = "URL")]
    pub url: Option<String>,
    /// The longest one try of a request may wait for an answer, in seconds; a
    /// request gives up after three tries' worth in all, waits included
    /// [env: CITIZENINFO_TIMEOUT] [default: 20].
    #[arg(
        long,
        global = true, hide_short_help = true,
        value_name = "SECONDS",
        value_parser = clap::value_parser!(u64).range(crate::config::TIMEOUT_SECS)
    )]
    pub timeout: Option<u64>,
    /// Also trust the certificate authorities in this PEM file (an agency's own CA)
    /// [env: CITIZENINFO_CA_CERT].
    #[arg(long, global = true, hide_short_help = true, value_name = "FILE")]
    pub ca_cert: Option<PathBuf>,
    /// Allow plain http:// to another computer than this one (passwords and tokens
    /// then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1].
    #[arg(long, global = true, hide_short_help = true)]
    pub insecure_http: bool,
    /// Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the
    /// system's config folder].
    #[arg(long, global = true, hide_short_help = true, value_name = "DIR")]
    pub config_dir: Option<PathBuf>,
    /// Output format.
    #[arg(
        short = 'o',
        long,
        global = true,
        hide_short_help = true,
        value_enum,
        default_value = "table"
    )]
    pub output: Format,
    /// Language of table headers and dates (json, yaml and csv always carry ISO 8601).
    #[arg(
        long,
        global = true,
        hide_short_help = true,
        value_enum,
        default_value = "th"
    )]
    pub lang: Lang,
    /// Trace each HTTP call to stderr (the token is never shown).
    #[arg(short, long, global = true, hide_short_help = true, action = ArgAction::Count)]
    pub verbose: u8,
    /// Print only results and errors.
    #[arg(short, long, global = true, hide_short_help = true)]
    pub quiet: bool,
    /// Colour on a terminal (plans: created green, changed yellow, removed red)
    /// [env: NO_COLOR turns it off, CLICOLOR_FORCE on].
    #[arg(
        long,
        global = true,
        hide_short_help = true,
        value_enum,
        default_value = "auto",
        value_name = "WHEN"
    )]
    pub color: ColorMode,
    /// Progress bars on stderr.
    #[arg(
        long,
        global = true,
        hide_short_help = true,
        value_enum,
        default_value = "auto"
    )]
    pub progress: ProgressMode,
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        super::Cli::command().debug_assert();
    }
}
