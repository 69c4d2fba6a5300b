//! `citizeninfo`: parse, run, exit with a code from `exit`.

#![allow(
    unreachable_pub,
    reason = "a binary has no public API: `pub` marks what other modules of the CLI use"
)]

use std::process::ExitCode;

use clap::FromArgMatches;

mod cli;
#[cfg(test)]
mod command_tree;
mod commands;
mod config;
mod engine;
mod exit;
mod help;
mod output;
mod platform;
mod sheet;

use cli::Cli;
use commands::Context;
use config::{Settings, TransportFlags};
use output::Printer;

fn main() -> ExitCode {
    let cli = match Cli::from_arg_matches(&help::command().get_matches()) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    let g = &cli.global;
    let printer = Printer::new(g.output, g.lang, g.quiet, g.progress, g.color);
    let transport = TransportFlags {
        timeout: g.timeout,
        ca_cert: g.ca_cert.as_deref(),
        insecure_http: g.insecure_http,
    };
    let settings = match Settings::resolve(
        g.profile.as_deref(),
        g.url.as_deref(),
        g.config_dir.as_deref(),
        transport,
    ) {
        Ok(s) => s,
        Err(e) => {
            printer.error(&exit::report(&e, g.url.as_deref().unwrap_or_default()));
            return ExitCode::from(exit::report(&e, "").code);
        }
    };
    let url = settings.url.clone();
    let env_token = settings.env_token.is_some();
    let ctx = Context::new(settings, printer.clone(), g.verbose > 0, help::command);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            printer.error(&exit::report(&e.into(), &url));
            return ExitCode::from(exit::FAILURE);
        }
    };
    // The hints' commands repeat the profile and the address this call named.
    let mut call = String::new();
    if let Some(profile) = &g.profile {
        call.push_str(&format!(" --profile {profile}"));
    }
    if let Some(url) = &g.url {
        call.push_str(&format!(" --url {url}"));
    }
    match runtime.block_on(commands::run(&ctx, cli.command)) {
        Ok(code) => ExitCode::from(code),
        Err(e) if exit::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            let mut report = exit::report(&e, &url);
            if env_token && report.hint.as_deref() == Some(exit::SIGN_IN_AGAIN) {
                // The token in use is the environment's: signing in would not help.
                report.hint = Some(
                    "the token in CITIZENINFO_TOKEN was refused: give it a fresh one, or unset it to use the saved sign-in"
                        .to_owned(),
                );
            }
            if ctx.settings.openid.0.is_some() {
                report.hint = report.hint.map(|h| exit::for_openid(&h));
            }
            report.hint = report.hint.map(|h| exit::fit_hint(&h, &call));
            printer.error(&report);
            ExitCode::from(report.code)
        }
    }
}
