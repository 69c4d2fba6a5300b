//! `points hide` and `points unhide`: many codes at once, from arguments or stdin.

use serde::Serialize;

use super::super::{Context, input};
use crate::cli::CodesArgs;
use crate::exit;
use crate::output::Format;
use citizeninfo_api::{PointCode, Status};

/// The outcome for one code.
#[derive(Serialize)]
struct Outcome {
    code: PointCode,
    ok: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<Status>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

/// Runs `points hide` or `points unhide`; exit 9 when some failed and others were done.
pub async fn run(ctx: &Context, args: CodesArgs, status: Status) -> anyhow::Result<u8> {
    let codes: Vec<PointCode> = input::parse_all(input::arguments(&args.codes, 1)?, "code")?;
    let client = ctx.client()?;
    let verb = match status {
        Status::Hidden => "hidden",
        Status::Shown => "shown",
    };
    let bar = ctx.printer.progress(Some(codes.len() as u64), verb);
    let mut outcomes = Vec::new();
    let mut first_error: Option<anyhow::Error> = None;
    for code in codes {
        match client.set_status(&code, status).await {
            Ok(p) => outcomes.push(Outcome {
                code,
                ok: true,
                status: Some(p.summary.status),
                error: None,
            }),
            Err(e) => {
                outcomes.push(Outcome {
                    code,
                    ok: false,
                    status: None,
                    error: Some(e.to_string()),
                });
                first_error.get_or_insert(e.into());
            }
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    let failed = outcomes.iter().filter(|o| !o.ok).count();
    let p = &ctx.printer;
    if matches!(p.format, Format::Json | Format::Yaml) {
        p.value(&outcomes)?;
    } else {
        for o in &outcomes {
            match &o.error {
                None => p.line(&format!("{} {verb}", o.code))?,
                Some(e) => p.warn(&format!("{}: {e}", o.code)),
            }
        }
    }
    match (failed, first_error) {
        (0, _) => Ok(exit::OK),
        (n, Some(e)) if n == outcomes.len() => Err(e),
        (n, _) => {
            p.warn(&format!(
                "{n} of {} failed; the others are {verb}",
                outcomes.len()
            ));
            Ok(exit::PARTIAL)
        }
    }
}
