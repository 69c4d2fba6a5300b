//! `citizeninfo-sandbox`: serves the CITIZENinfo API locally with demo data.

use std::process::ExitCode;

use citizeninfo_sandbox::{Config, Stream, run, say};
use clap::Parser;

/// Every request allocates for each value it reads and writes, on every thread.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> ExitCode {
    let config = Config::parse();
    match run(config).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            say(Stream::Err, &format!("error: {e:#}\n"));
            ExitCode::FAILURE
        }
    }
}
