//! `citizeninfo-sandbox`: serves the CITIZENinfo API locally with demo data.

use std::process::ExitCode;

use citizeninfo_sandbox::{Config, run};
use clap::Parser;

#[allow(
    clippy::print_stderr,
    reason = "the last word of the process, after the server stopped"
)]
#[tokio::main]
async fn main() -> ExitCode {
    let config = Config::parse();
    match run(config).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
