//! `login`: password sign-in (with first-login registration), or OpenID at the
//! provider the service trusts: in the browser (code flow with PKCE) or by the
//! device flow (RFC 8628), the ID token then traded for the service's tokens.

use std::io::BufRead;
use std::time::Duration;

use super::Context;
use crate::exit::Failure;
use citizeninfo_api::{AuthorizeCode, Registration};
use citizeninfo_client::{Client, ClientError, Credentials, Provider};

/// Examples, one invocation a line (shown under "Examples" in `--help`).
pub const EXAMPLES: &str = "citizeninfo login\n\
         printenv CITIZENINFO_PASSWORD | citizeninfo login -u somchai --password-stdin\n\
         printf '%s\\n%s\\n' \"$PW\" \"$CODE\" | citizeninfo login -u newcomer --password-stdin --authorize-code-stdin\n\
         citizeninfo login --openid";

/// The arguments of `login`.
#[derive(Debug, clap::Args)]
#[command(after_long_help = EXAMPLES)]
pub struct Args {
    /// Sign in with OpenID (needed to add points): in the browser, or by a code to
    /// enter on another device over SSH, without a display, or with --device.
    #[arg(long, conflicts_with_all = ["username", "password_stdin"])]
    pub openid: bool,
    /// OpenID: the provider's issuer address (default: the profile's, else the one
    /// the service names).
    #[arg(long, value_name = "URL", requires = "openid")]
    pub issuer: Option<String>,
    /// OpenID: the public client id registered at the provider (default: the
    /// profile's, else the one the service names).
    #[arg(long, value_name = "ID", requires = "openid")]
    pub client_id: Option<String>,
    /// OpenID: sign in by the device flow (a code to enter in any browser) even
    /// where a browser could be opened here.
    #[arg(long, requires = "openid")]
    pub device: bool,
    /// Username; asked for on a terminal when not given.
    #[arg(long, short = 'u')]
    pub username: Option<String>,
    /// Read the password from the first line of stdin (for scripts).
    #[arg(long)]
    pub password_stdin: bool,
    /// First sign-in: the unit's Authorize Code (15 upper-case hexadecimal characters);
    /// asked for on a terminal, without echo, when not given. A code on the command
    /// line can be seen by others in the process list: prefer the prompt or
    /// --authorize-code-stdin.
    #[arg(long, value_name = "CODE")]
    pub authorize_code: Option<String>,
    /// First sign-in: read the Authorize Code from stdin, its first line, or its
    /// second after the password with --password-stdin.
    #[arg(long, conflicts_with = "authorize_code")]
    pub authorize_code_stdin: bool,
    /// First sign-in: the unit's ministry id.
    #[arg(long, value_name = "ID")]
    pub ministry: Option<String>,
    /// First sign-in: the unit's department id.
    #[arg(long, value_name = "ID")]
    pub department: Option<String>,
    /// First sign-in: the unit's agency id.
    #[arg(long, value_name = "ID")]
    pub agency: Option<String>,
    /// First sign-in: your name.
    #[arg(long, value_name = "NAME")]
    pub contact_name: Option<String>,
    /// First sign-in: your e-mail.
    #[arg(long)]
    pub email: Option<String>,
    /// First sign-in: your telephone.
    #[arg(long)]
    pub telephone: Option<String>,
}

/// How long a browser sign-in may take.
const BROWSER_WAIT: Duration = Duration::from_secs(300);

fn given_or_ask(
    ctx: &Context,
    value: &Option<String>,
    label: &str,
    flag: &str,
) -> anyhow::Result<String> {
    match value {
        Some(v) => Ok(v.clone()),
        None => ctx.printer.ask(label, flag),
    }
}

/// The longest line of stdin a secret is read from.
const MAX_SECRET_BYTES: u64 = 4096;

/// The next line of stdin, for a secret a script pipes in (`flag` says which);
/// an empty line is refused.
fn stdin_line(what: &str, flag: &str) -> anyhow::Result<String> {
    use std::io::Read;
    let mut line = String::new();
    // A line, not whatever is piped in: a secret is never longer than this.
    std::io::stdin()
        .lock()
        .take(MAX_SECRET_BYTES)
        .read_line(&mut line)?;
    if !line.ends_with('\n') && line.len() as u64 >= MAX_SECRET_BYTES {
        return Err(Failure::usage(
            format!("{flag} read a line longer than {MAX_SECRET_BYTES} bytes: that is no {what}"),
            "pipe in one line with the secret alone",
        )
        .into());
    }
    let value = line.trim_end_matches(['\r', '\n']).to_owned();
    if value.is_empty() {
        return Err(Failure::usage(
            format!("{flag} read no {what}: its line of stdin is empty"),
            "pipe it in, e.g. `printenv PW | citizeninfo login -u USER --password-stdin`",
        )
        .into());
    }
    Ok(value)
}

fn password(ctx: &Context, args: &Args) -> anyhow::Result<String> {
    if args.password_stdin {
        return stdin_line("password", "--password-stdin");
    }
    ctx.printer
        .ask_secret("Password", "pass --password-stdin and pipe the password in")
}

/// The Authorize Code: from stdin, the flag, or a prompt that does not echo it.
fn authorize_code(ctx: &Context, args: &Args) -> anyhow::Result<String> {
    if args.authorize_code_stdin {
        return stdin_line("Authorize Code", "--authorize-code-stdin");
    }
    match &args.authorize_code {
        Some(code) => Ok(code.clone()),
        None => ctx.printer.ask_secret(
            "Authorize Code",
            "pass --authorize-code-stdin and pipe the code in (or --authorize-code CODE)",
        ),
    }
}

/// Runs `login`.
pub async fn run(ctx: &Context, args: Args) -> anyhow::Result<()> {
    if (args.authorize_code.is_some() || args.authorize_code_stdin)
        && args.password_stdin
        && args.username.is_none()
    {
        return Err(
            Failure::usage("--authorize-code needs --username", "pass --username USER").into(),
        );
    }
    let client = ctx.anonymous_client()?;
    let credentials = if args.openid {
        openid_flow(ctx, &client, &args).await?
    } else {
        password_flow(ctx, &client, &args).await?
    };
    let signed = client.with_credentials(Some(credentials));
    let me = signed.me().await?;
    // Saved after the first call, which may already have refreshed a short-lived token.
    let credentials = signed
        .credentials()
        .ok_or_else(|| anyhow::anyhow!("the sign-in left no credentials"))?;
    ctx.settings.save_credentials(&credentials)?;
    ctx.settings.remember_url()?;
    ctx.printer.note(&format!(
        "signed in to {} as {} ({}), profile {}",
        ctx.settings.url, me.username, me.display_name, ctx.settings.profile
    ));
    if ctx.settings.env_token.is_some() {
        ctx.printer
            .warn("CITIZENINFO_TOKEN is set, and commands use it before the saved credentials");
    }
    Ok(())
}

async fn password_flow(ctx: &Context, client: &Client, args: &Args) -> anyhow::Result<Credentials> {
    let username = given_or_ask(ctx, &args.username, "Username", "--username")?;
    let password = password(ctx, args)?;
    match client.sign_in(&username, &password).await {
        Ok(tokens) => Ok(Credentials::from_token(&tokens, Some(username))),
        Err(e) if e.code() == Some("registration_required") => {
            ctx.printer.note(&format!(
                "{username} has never signed in: register it with your unit's Authorize Code"
            ));
            let tokens = client
                .register(&registration(ctx, args, Who::Password(username.clone(), password))?)
                .await?;
            Ok(Credentials::from_token(&tokens, Some(username)))
        }
        Err(e) if e.code() == Some("invalid_grant") => Err(Failure::auth(
            format!("could not sign in as {username}: {}", api_message(&e)),
            "check the username and password; OpenID accounts sign in with `citizeninfo login --openid`",
        )
        .into()),
        Err(e) => Err(e.into()),
    }
}

fn api_message(e: &ClientError) -> String {
    match e {
        ClientError::Api { body, .. } => body.error_description.clone(),
        other => other.to_string(),
    }
}

/// An answer to a registration question, checked as it is typed: asked again on
/// a mistake when it was asked, refused naming its flag when it was given.
fn answer(
    ctx: &Context,
    value: &Option<String>,
    label: &str,
    flag: &str,
    check: &dyn Fn(&str) -> Result<String, String>,
) -> anyhow::Result<(String, bool)> {
    match value {
        Some(v) => check(v)
            .map(|v| (v, false))
            .map_err(|e| Failure::invalid(format!("{flag} {e}"), "").into()),
        None => Ok((ctx.printer.ask_until(label, flag, check)?, true)),
    }
}

/// A unit id of `digits` digits that sits under `parent` (the id of the unit
/// above, when there is one).
fn unit_id(digits: usize, parent: Option<&str>) -> impl Fn(&str) -> Result<String, String> {
    move |v: &str| {
        let v = v.trim();
        if v.len() != digits || !v.chars().all(|c| c.is_ascii_digit()) {
            return Err(format!(
                "{} is not a unit id here: it has {digits} digits",
                citizeninfo_api::rules::excerpt(v)
            ));
        }
        match parent {
            Some(p) if !v.starts_with(p) => Err(format!(
                "{v} is not under {p}: its id starts with the id of the unit above"
            )),
            _ => Ok(v.to_owned()),
        }
    }
}

/// Who registers: a password account, or an OpenID person by their ID token.
enum Who {
    Password(String, String),
    Openid(String),
}

fn registration(ctx: &Context, args: &Args, who: Who) -> anyhow::Result<Registration> {
    let (username, password, subject_token) = match who {
        Who::Password(u, p) => (Some(u), Some(p), None),
        Who::Openid(token) => (None, None, Some(token)),
    };
    let asked_code = !args.authorize_code_stdin && args.authorize_code.is_none();
    let fold =
        |code: &str| -> Result<AuthorizeCode, String> { code.trim().to_ascii_uppercase().parse() };
    let authorize_code = loop {
        let code = authorize_code(ctx, args)?;
        match fold(&code) {
            Ok(code) => break code,
            Err(e) if asked_code => ctx
                .printer
                .warn(&format!("the Authorize Code {e}; try again")),
            Err(e) => {
                return Err(Failure::invalid(
                    format!("--authorize-code {e}"),
                    "copy the Authorize Code of your unit from the structure list (15 characters, 0-9 and A-F)",
                )
                .into());
            }
        }
    };
    let (ministry_id, a1) = answer(
        ctx,
        &args.ministry,
        "Ministry id",
        "--ministry",
        &unit_id(2, None),
    )?;
    let (department_id, a2) = answer(
        ctx,
        &args.department,
        "Department id",
        "--department",
        &unit_id(4, Some(&ministry_id)),
    )?;
    let (agency_id, a3) = answer(
        ctx,
        &args.agency,
        "Agency id",
        "--agency",
        &unit_id(6, Some(&department_id)),
    )?;
    let (contact_name, a4) = answer(
        ctx,
        &args.contact_name,
        "Your name",
        "--contact-name",
        &|v| {
            let v = v.trim();
            if v.is_empty() {
                Err("a name is needed".to_owned())
            } else {
                Ok(v.to_owned())
            }
        },
    )?;
    let (email, a5) = answer(ctx, &args.email, "Your e-mail", "--email", &|v| {
        let v = v.trim();
        if citizeninfo_api::rules::is_email(v) {
            Ok(v.to_owned())
        } else {
            Err(format!(
                "{} is not an e-mail address (name@example.go.th)",
                citizeninfo_api::rules::excerpt(v)
            ))
        }
    })?;
    let (telephone, a6) = answer(
        ctx,
        &args.telephone,
        "Your telephone",
        "--telephone",
        &|v| {
            let v = v.trim();
            if citizeninfo_api::rules::is_telephone(v) {
                Ok(v.to_owned())
            } else {
                Err(format!(
                    "{} is not a telephone number: use digits, spaces, + - ( ) , and ต่อ for an extension",
                    citizeninfo_api::rules::excerpt(v)
                ))
            }
        },
    )?;
    let registration = Registration {
        username,
        password,
        subject_token,
        authorize_code,
        ministry_id,
        department_id,
        agency_id,
        contact_name,
        email,
        telephone,
    };
    // What was typed is shown once more before it is sent.
    if [asked_code, a1, a2, a3, a4, a5, a6].contains(&true) {
        let r = &registration;
        ctx.printer.note(&format!(
            "Register {} in unit {} / {} / {} as {} <{}>, telephone {}.",
            r.username.as_deref().unwrap_or("your OpenID account"),
            r.ministry_id,
            r.department_id,
            r.agency_id,
            r.contact_name,
            r.email,
            r.telephone
        ));
        if ctx.printer.can_ask() && !ctx.printer.confirm("Send this registration?")? {
            return Err(Failure::new(
                crate::exit::FAILURE,
                "Registration cancelled: nothing was sent",
                "run `citizeninfo login` again to register",
            )
            .into());
        }
    }
    Ok(registration)
}

/// True where no browser can be opened for the person: over SSH, or on Linux
/// without a display (unless `$BROWSER` names one).
fn headless() -> bool {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    if set("SSH_CONNECTION") || set("SSH_TTY") {
        return true;
    }
    cfg!(target_os = "linux") && !set("DISPLAY") && !set("WAYLAND_DISPLAY") && !set("BROWSER")
}

/// Opens `url` in the browser: `$BROWSER` (run with the address as its argument),
/// else the system's opener.
fn open_browser(url: &str) -> std::io::Result<()> {
    use std::process::{Command, Stdio};
    let mut command = match std::env::var("BROWSER")
        .ok()
        .filter(|b| !b.trim().is_empty())
    {
        Some(browser) => {
            let mut words = browser.split_whitespace();
            let mut c = Command::new(words.next().unwrap_or_default());
            c.args(words);
            c
        }
        None if cfg!(target_os = "macos") => Command::new("open"),
        None if cfg!(windows) => {
            let mut c = Command::new("cmd");
            c.args(["/C", "start", ""]);
            c
        }
        None => Command::new("xdg-open"),
    };
    command
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map(drop)
}

/// The issuer and client id: each from its flag, else the profile, else the service.
async fn provider_of(
    ctx: &Context,
    client: &Client,
    args: &Args,
) -> anyhow::Result<(String, String)> {
    let (saved_issuer, saved_client) = ctx.settings.openid.clone();
    let issuer = args.issuer.clone().or(saved_issuer);
    let client_id = args.client_id.clone().or(saved_client);
    if let (Some(i), Some(c)) = (&issuer, &client_id) {
        return Ok((i.clone(), c.clone()));
    }
    let named = client.openid_provider().await.map_err(|e| {
        Failure::auth(
            format!(
                "could not learn which OpenID provider {} trusts: {e}",
                ctx.settings.url
            ),
            "name it with `citizeninfo login --openid --issuer URL --client-id ID` (ask the service's administrators)",
        )
    })?;
    Ok((
        issuer.unwrap_or(named.issuer),
        client_id.unwrap_or(named.client_id),
    ))
}

async fn openid_flow(ctx: &Context, client: &Client, args: &Args) -> anyhow::Result<Credentials> {
    let (issuer, client_id) = provider_of(ctx, client, args).await?;
    let trace = ctx.verbose.then(|| ctx.printer.trace_hook());
    let provider = Provider::discover(&issuer, &client_id, &ctx.settings.transport, trace)
        .await
        .map_err(|e| {
            Failure::auth(
                format!("could not use the OpenID provider {issuer}: {e}"),
                "check the issuer address (--issuer): its discovery document is at ISSUER/.well-known/openid-configuration",
            )
        })?;
    let id_token = if args.device || headless() {
        device_flow(ctx, &provider).await?
    } else {
        browser_flow(ctx, &provider).await?
    };
    ctx.settings.remember_openid(&issuer, &client_id)?;
    match client.exchange_id_token(&id_token).await {
        Ok(tokens) => Ok(Credentials::from_token(&tokens, None)),
        Err(e) if e.code() == Some("registration_required") => {
            ctx.printer.note(&format!(
                "{}: register with your unit's Authorize Code",
                api_message(&e)
            ));
            let tokens = client
                .register(&registration(ctx, args, Who::Openid(id_token))?)
                .await?;
            Ok(Credentials::from_token(&tokens, None))
        }
        Err(e) if e.code() == Some("invalid_grant") => Err(Failure::auth(
            format!(
                "{} refused the OpenID sign-in: {}",
                ctx.settings.url,
                api_message(&e)
            ),
            "run `citizeninfo login --openid` again; if it is refused again, ask the service's administrators which issuer and client id it trusts",
        )
        .into()),
        Err(e) => Err(e.into()),
    }
}

async fn browser_flow(ctx: &Context, provider: &Provider) -> anyhow::Result<String> {
    let b = provider.start_browser().await?;
    ctx.printer.note(&format!(
        "To sign in with OpenID at {}, open this address in your browser:\n{}",
        provider.issuer, b.url
    ));
    if let Err(e) = open_browser(&b.url) {
        ctx.printer.warn(&format!(
            "could not open a browser ({e}): open the address yourself, or run `citizeninfo login --openid --device`"
        ));
    }
    let bar = ctx.printer.progress(None, "waiting for the browser");
    let token = provider.finish_browser(b, BROWSER_WAIT).await;
    bar.finish_and_clear();
    Ok(token?)
}

async fn device_flow(ctx: &Context, provider: &Provider) -> anyhow::Result<String> {
    let d = provider.start_device().await.map_err(|e| {
        Failure::auth(
            format!("could not start a device sign-in at {}: {e}", provider.issuer),
            "sign in in the browser instead: `citizeninfo login --openid` on a computer with a display",
        )
    })?;
    let expires =
        chrono::Local::now() + chrono::Duration::from_std(d.expires_in).unwrap_or_default();
    ctx.printer.note(&format!(
        "To sign in with OpenID, open {} and enter the code {}{}\nThe code expires in {} min (at {}).",
        d.verification_uri,
        d.user_code,
        d.verification_uri_complete
            .as_deref()
            .map(|u| format!("\n(or open {u})"))
            .unwrap_or_default(),
        d.expires_in.as_secs().div_ceil(60),
        expires.format("%H:%M")
    ));
    let user_code = d.user_code.clone();
    let bar = ctx.printer.progress(None, "waiting for approval");
    let answer = provider.finish_device(d).await;
    bar.finish_and_clear();
    answer.map_err(|e| match e.code() {
        Some("access_denied") => Failure::auth(
            "the OpenID sign-in was refused on the approval page",
            "run `citizeninfo login --openid` again to retry",
        )
        .into(),
        Some("expired_token") => Failure::auth(
            format!("the code {user_code} expired before anyone approved it"),
            "run `citizeninfo login --openid` again and approve the new code sooner",
        )
        .into(),
        _ => anyhow::Error::from(e),
    })
}
