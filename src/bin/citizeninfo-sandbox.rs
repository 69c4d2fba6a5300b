//! `citizeninfo-sandbox`: serves the CITIZENinfo API locally with demo data.

use std::process::ExitCode;

use citizeninfo::sandbox::{Config, run};
use clap::Parser;

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
