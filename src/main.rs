//! `citizeninfo`: command-line administration of the CITIZENinfo registry.

use clap::Parser;

/// Command-line administration of the CITIZENinfo registry of Thai government
/// service points. Try it against a local back office: `citizeninfo-sandbox --demo 1000`.
#[derive(Debug, Parser)]
#[command(name = "citizeninfo", version)]
struct Cli {}

fn main() {
    let Cli {} = Cli::parse();
}
