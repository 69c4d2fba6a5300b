//! Exit codes, and how any error becomes one plain sentence, its cause, a hint and
//! a code.

use std::fmt;

use citizeninfo_client::StatusCode;

use citizeninfo_client::{BrowserEnd, ClientError};

use crate::engine::{Cause, Outcome, Report as ChangeReport, Verdict};

/// Success.
pub const OK: u8 = 0;
/// Any other failure.
pub const FAILURE: u8 = 1;
/// The command line was wrong (clap's own code).
pub const USAGE: u8 = 2;
/// `diff --exit-code`: changes are pending.
pub const CHANGES_PENDING: u8 = 3;
/// Not signed in, or the token was refused.
pub const AUTH: u8 = 4;
/// What was asked for does not exist.
pub const NOT_FOUND: u8 = 5;
/// Someone changed the record meanwhile, or it already exists.
pub const CONFLICT: u8 = 6;
/// Input broke a rule.
pub const INVALID: u8 = 7;
/// The account may not do that.
pub const FORBIDDEN: u8 = 8;
/// A bulk command where some items failed and the rest were done.
pub const PARTIAL: u8 = 9;

/// Stopped by Ctrl-C (128 + SIGINT, as shells report it).
pub const INTERRUPTED: u8 = 130;

/// A failure the tool explains itself: what failed, the next step, the exit code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// Exit code.
    pub code: u8,
    /// One sentence: what failed and why.
    pub message: String,
    /// The next step.
    pub hint: Option<String>,
}

impl Failure {
    /// A failure with a code, message and hint.
    pub fn new(code: u8, message: impl Into<String>, hint: impl Into<String>) -> Failure {
        Failure {
            code,
            message: message.into(),
            hint: Some(hint.into()).filter(|h: &String| !h.is_empty()),
        }
    }

    /// Bad input (exit 7).
    pub fn invalid(message: impl Into<String>, hint: impl Into<String>) -> Failure {
        Failure::new(INVALID, message, hint)
    }

    /// A usage problem the parser could not see (exit 2).
    pub fn usage(message: impl Into<String>, hint: impl Into<String>) -> Failure {
        Failure::new(USAGE, message, hint)
    }

    /// Not signed in (exit 4).
    pub fn auth(message: impl Into<String>, hint: impl Into<String>) -> Failure {
        Failure::new(AUTH, message, hint)
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Failure {}

/// How the top level reports an error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// Exit code.
    pub code: u8,
    /// The sentence after `error:`.
    pub message: String,
    /// Causes, outermost first.
    pub causes: Vec<String>,
    /// The next step.
    pub hint: Option<String>,
    /// The service's machine code, when it answered.
    pub api_code: Option<String>,
    /// Field problems the service named.
    pub details: Vec<citizeninfo_api::FieldError>,
}

/// True when the error is a closed pipe on output, which is not a failure.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// The exit code one point's outcome alone would give.
pub fn of_outcome(o: &Outcome) -> u8 {
    match &o.cause {
        None => OK,
        Some(Cause::Conflict) => CONFLICT,
        Some(Cause::NotTried) => FAILURE,
        Some(Cause::Service(e)) => client_report(e, "").0,
    }
}

/// The exit code of a run: 0 when every point is as asked; when something was
/// done and something not, 9; when nothing was done, the code of the failure.
pub fn of_report(report: &ChangeReport) -> u8 {
    let failed: Vec<&Outcome> = report
        .outcomes
        .iter()
        .filter(|o| !o.verdict.is_success())
        .collect();
    let done = report
        .outcomes
        .iter()
        .any(|o| matches!(o.verdict, Verdict::Applied | Verdict::Partly));
    match failed.first() {
        None => OK,
        Some(_) if done => PARTIAL,
        // The cause, not a point skipped because of it.
        Some(_) => failed
            .iter()
            .filter(|o| o.verdict != Verdict::Skipped)
            .chain(failed.iter())
            .map(|o| of_outcome(o))
            .find(|c| *c != OK)
            .unwrap_or(FAILURE),
    }
}

/// The next step when the service refuses the credentials.
pub const SIGN_IN_AGAIN: &str =
    "sign in again with `citizeninfo login` (or, in CI, give CITIZENINFO_TOKEN a fresh token)";

fn client_report(e: &ClientError, settings_url: &str) -> (u8, Option<String>) {
    match e {
        ClientError::NotSignedIn => (AUTH, Some("sign in with `citizeninfo login`".to_owned())),
        ClientError::SessionEnded => (AUTH, Some(SIGN_IN_AGAIN.to_owned())),
        ClientError::Network { .. } => (
            FAILURE,
            Some(format!(
                "check the address ({settings_url}), your network and any proxy (HTTPS_PROXY); for a local rehearsal start `citizeninfo-sandbox`"
            )),
        ),
        ClientError::Timeout {
            connecting: true, ..
        } => (
            FAILURE,
            Some(format!(
                "check the address ({settings_url}), your network and any proxy (HTTPS_PROXY): a connection that takes this long is not coming"
            )),
        ),
        ClientError::Timeout { after, .. } => (
            FAILURE,
            Some(format!(
                "give it longer with --timeout SECONDS (or CITIZENINFO_TIMEOUT; now {} s a try, and {} s for a request, all its tries included); check the address ({settings_url}), your network and any proxy (HTTPS_PROXY)",
                after.as_secs_f64(),
                citizeninfo_client::deadline_for(*after).as_secs_f64()
            )),
        ),
        ClientError::Certificate { .. } => (
            FAILURE,
            Some("if the service uses your agency's own certificate authority, trust it with --ca-cert FILE (or CITIZENINFO_CA_CERT), or point SSL_CERT_FILE at a bundle that holds it".to_owned()),
        ),
        ClientError::Redirect { .. } => (
            FAILURE,
            Some("a redirect is followed only within the service's own address (scheme, host and port), so a password or a token never goes elsewhere: if you trust where it pointed, give that address with --url".to_owned()),
        ),
        ClientError::BrowserSignIn { why, .. } => (
            AUTH,
            Some(match why {
                BrowserEnd::Cancelled { .. } | BrowserEnd::NoCode => {
                    "run `citizeninfo login --openid` again when you mean to sign in".to_owned()
                }
                BrowserEnd::OtherState => "close the other sign-in pages and run `citizeninfo login --openid` again; a sign-in page you did not open yourself may be someone's attempt to sign you in as them".to_owned(),
                BrowserEnd::TimedOut { .. } => "run `citizeninfo login --openid` again and finish in the browser, or sign in with a code: `citizeninfo login --openid --device`".to_owned(),
                BrowserEnd::OtherIssuer { .. } | BrowserEnd::NoIssuer => "the answer may have been meant for another provider, or tampered with: run `citizeninfo login --openid` again, and tell the service's administrators if it happens again".to_owned(),
            }),
        ),
        ClientError::TooLarge { .. } => (
            FAILURE,
            Some(format!(
                "check the address ({settings_url}) and any proxy (HTTPS_PROXY): the service never answers that much"
            )),
        ),
        ClientError::PlainHttp { .. } => (
            USAGE,
            Some("use the https:// address, or pass --insecure-http (CITIZENINFO_INSECURE_HTTP=1) if you accept that risk".to_owned()),
        ),
        ClientError::OpenId { .. } => (
            AUTH,
            Some("check the issuer (--issuer) and the client id (--client-id) with the provider's administrators, then run `citizeninfo login --openid` again".to_owned()),
        ),
        ClientError::Decode { .. } => (
            FAILURE,
            Some("the service may speak another version of the API; check --url".to_owned()),
        ),
        ClientError::Api { status, body, .. } => match *status {
            StatusCode::UNAUTHORIZED => (AUTH, Some(SIGN_IN_AGAIN.to_owned())),
            StatusCode::FORBIDDEN if body.error == "registration_required" => (
                AUTH,
                Some("register at first sign-in: `citizeninfo login --authorize-code CODE` with your unit's Authorize Code".to_owned()),
            ),
            StatusCode::FORBIDDEN if body.error == "openid_required" => (
                FORBIDDEN,
                Some("sign in with OpenID: `citizeninfo login --openid`".to_owned()),
            ),
            StatusCode::FORBIDDEN => (
                FORBIDDEN,
                Some("`citizeninfo auth status` shows what your account may change".to_owned()),
            ),
            StatusCode::NOT_FOUND if body.error == "process_not_found" => (
                NOT_FOUND,
                Some("check the id; `citizeninfo manuals search CODE` lists the processes a point may bind".to_owned()),
            ),
            StatusCode::NOT_FOUND => (NOT_FOUND, Some("check the code; `citizeninfo points list --query TEXT` finds points by name".to_owned())),
            StatusCode::CONFLICT => (CONFLICT, None),
            StatusCode::PRECONDITION_FAILED => (
                CONFLICT,
                Some("someone changed the record since it was read; nothing was overwritten: read it again and redo your change".to_owned()),
            ),
            StatusCode::BAD_REQUEST if body.error == "invalid_grant" => (AUTH, None),
            StatusCode::BAD_REQUEST
            | StatusCode::UNPROCESSABLE_ENTITY
            | StatusCode::PAYLOAD_TOO_LARGE
            | StatusCode::UNSUPPORTED_MEDIA_TYPE => (INVALID, None),
            StatusCode::TOO_MANY_REQUESTS => (FAILURE, Some("the service is limiting requests; try again in a minute".to_owned())),
            s if s.is_server_error() => (FAILURE, Some("the service failed; try again later".to_owned())),
            _ => (FAILURE, None),
        },
    }
}

/// A hint whose commands (`` `citizeninfo login` ``) repeat the global options of
/// the call that failed (`call`, e.g. ` --profile staging`), so they can be run as
/// they are.
pub fn fit_hint(hint: &str, call: &str) -> String {
    if call.is_empty() {
        return hint.to_owned();
    }
    hint.replace("`citizeninfo ", &format!("`citizeninfo{call} "))
}

/// A hint for a profile that signs in with OpenID: its sign-in command is
/// `citizeninfo login --openid`, not the password sign-in.
pub fn for_openid(hint: &str) -> String {
    hint.replace("`citizeninfo login`", "`citizeninfo login --openid`")
}

/// Classifies an error for the top level.
pub fn report(e: &anyhow::Error, settings_url: &str) -> Report {
    // Each cause once, and none the message already says: when the message names
    // the innermost cause, the layers between are the libraries', not the user's.
    let message = e.to_string();
    let mut causes: Vec<String> = Vec::new();
    for c in e.chain().skip(1).map(|c| c.to_string()) {
        if !message.contains(&c) && !causes.iter().any(|k| k.contains(&c)) {
            causes.push(c);
        }
    }
    if e.chain()
        .last()
        .is_some_and(|root| message.ends_with(&root.to_string()))
    {
        causes.clear();
    }
    if let Some(f) = e.chain().find_map(|c| c.downcast_ref::<Failure>()) {
        return Report {
            code: f.code,
            message: e.to_string(),
            causes: causes.into_iter().filter(|c| c != &f.message).collect(),
            hint: f.hint.clone(),
            api_code: None,
            details: Vec::new(),
        };
    }
    if let Some(c) = e.chain().find_map(|c| c.downcast_ref::<ClientError>()) {
        let (code, hint) = client_report(c, settings_url);
        let (api_code, details) = match c {
            ClientError::Api { body, .. } => (Some(body.error.clone()), body.details.clone()),
            _ => (None, Vec::new()),
        };
        return Report {
            code,
            message: e.to_string(),
            causes,
            hint,
            api_code,
            details,
        };
    }
    Report {
        code: FAILURE,
        message: e.to_string(),
        causes,
        hint: None,
        api_code: None,
        details: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn each_ending_of_a_browser_sign_in_has_its_own_message_and_hint() {
        let endings = [
            BrowserEnd::Cancelled {
                error: "access_denied".to_owned(),
                description: String::new(),
            },
            BrowserEnd::OtherState,
            BrowserEnd::TimedOut { secs: 300 },
            BrowserEnd::OtherIssuer {
                iss: "https://elsewhere.example".to_owned(),
            },
        ];
        let told: Vec<(String, String)> = endings
            .into_iter()
            .map(|why| {
                let e = ClientError::BrowserSignIn {
                    issuer: "https://id.example".to_owned(),
                    why,
                };
                let (code, hint) = client_report(&e, "");
                assert_eq!(code, AUTH);
                let hint = hint.unwrap_or_default();
                assert!(!hint.contains("check the issuer"), "{hint}");
                (e.to_string(), hint)
            })
            .collect();
        assert!(told[0].0.contains("cancelled"), "{told:?}");
        assert!(told[1].0.contains("another sign-in"), "{told:?}");
        assert!(told[2].0.contains("within 300 s"), "{told:?}");
        assert!(told[2].1.contains("--device"), "{told:?}");
        let hints: BTreeSet<&String> = told.iter().map(|(_, h)| h).collect();
        assert_eq!(hints.len(), 4, "each its own hint: {told:?}");
    }

    #[test]
    fn a_hint_repeats_the_profile_and_address_of_the_call() {
        assert_eq!(
            super::fit_hint(
                "sign in with `citizeninfo login`, or run `citizeninfo auth status`",
                " --profile staging"
            ),
            "sign in with `citizeninfo --profile staging login`, or run `citizeninfo --profile staging auth status`"
        );
        assert_eq!(
            super::fit_hint("check the address", " --profile x"),
            "check the address"
        );
        assert_eq!(
            super::fit_hint("`citizeninfo login`", ""),
            "`citizeninfo login`"
        );
    }

    #[test]
    fn exit_codes_of_runs() {
        let code: citizeninfo_api::PointCode = "1401010000004".parse().unwrap();
        let with = |verdicts: &[Verdict]| {
            let outcomes = verdicts
                .iter()
                .map(|v| {
                    let mut o = Outcome::bare(code.clone(), crate::engine::Action::Update, *v);
                    if !v.is_success() {
                        o.cause = Some(Cause::Conflict);
                    }
                    o
                })
                .collect();
            of_report(&ChangeReport::of_run(
                crate::engine::Plan::default(),
                outcomes,
            ))
        };
        assert_eq!(with(&[Verdict::Applied, Verdict::Unchanged]), OK);
        assert_eq!(with(&[Verdict::Applied, Verdict::Conflict]), PARTIAL);
        assert_eq!(with(&[Verdict::Conflict]), CONFLICT);
        assert_eq!(with(&[Verdict::Unchanged, Verdict::Conflict]), CONFLICT);
        assert_eq!(with(&[Verdict::Forbidden, Verdict::Applied]), OK);
    }
}
