//! `citizeninfo-sandbox`: a local backend serving the CITIZENinfo API contract
//! (`openapi.yaml`) from SQLite, with production-like demo data and fault flags.

mod clock;
mod db;
mod error;
mod extract;
mod faults;
mod now;
mod oidc;
mod rng;
mod routes;
mod seed;
mod server;
mod store;

/// Where the sandbox prints: its address and banner go to stdout, its log to stderr.
#[derive(Debug, Clone, Copy)]
pub enum Stream {
    /// Standard output: the `listening on` line and the banner.
    Out,
    /// Standard error: the log.
    Err,
}

/// All the sandbox prints goes through here. Nothing it prints can stop it: a
/// closed pipe (`citizeninfo-sandbox | head -1`), a closed or full terminal, any
/// write error is ignored and the text dropped, so the server keeps serving. (Rust
/// ignores SIGPIPE, so a closed pipe is only an error here, never a signal; and
/// `println!` would panic on it, which is why nothing uses it.)
pub fn say(stream: Stream, text: &str) {
    fn write_all(mut w: impl Write, text: &str) {
        let _ = w.write_all(text.as_bytes()).and_then(|()| w.flush());
    }
    match stream {
        Stream::Out => write_all(std::io::stdout().lock(), text),
        Stream::Err => write_all(std::io::stderr().lock(), text),
    }
}

/// Writes one line of the sandbox's log to stderr, through [`say`].
pub(crate) fn log(line: &str) {
    say(Stream::Err, &format!("{line}\n"));
}

pub use db::SCHEMA_VERSION;

/// Every route the sandbox serves, as (method, path template): the list the
/// contract test compares with `openapi.yaml`.
pub fn served_routes() -> Vec<(String, String)> {
    routes::served()
}

use std::io::Write;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

use anyhow::Context;
use clap::Parser;

use db::Db;
use faults::{Counter, Faults};
use rng::Rng;

/// The sandbox's command line.
#[derive(Debug, Clone, Parser)]
#[command(
    name = "citizeninfo-sandbox",
    version,
    about = "A local CITIZENinfo back office: the same API, a real SQLite database, demo data and fault injection"
)]
pub struct Config {
    /// Address to listen on; port 0 picks a free port.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8787")]
    pub listen: String,
    /// Database file; kept between runs. Default: in memory, gone at exit.
    #[arg(long, value_name = "FILE")]
    pub data: Option<PathBuf>,
    /// Seed N service points of demo data into an empty database.
    #[arg(long, value_name = "N")]
    pub demo: Option<u32>,
    /// Seed the service points of these manifests (files, or folders of .yaml
    /// files, as `citizeninfo dump` writes them) into an empty database, to
    /// rehearse a change on a copy of your own data.
    #[arg(long, value_name = "PATH", num_args = 1.., conflicts_with = "demo")]
    pub load: Vec<PathBuf>,
    /// Answer every API request MS milliseconds after it came in (or when its work
    /// is done, if later), as a distant or slow service does; at most an hour.
    #[arg(long, value_name = "MS", default_value_t = 0,
          value_parser = clap::value_parser!(u64).range(..=3_600_000))]
    pub latency_ms: u64,
    /// Share of requests (0 to 1) answered with 500, 502 or 503.
    #[arg(long, value_name = "P", default_value_t = 0.0, value_parser = probability)]
    pub fail_rate: f64,
    /// The message of the answers --fail-rate gives, as a faulty service may word
    /// one (a newline or an escape sequence in it, say).
    #[arg(
        long,
        value_name = "TEXT",
        default_value = "a failure injected by --fail-rate"
    )]
    pub fail_text: String,
    /// The status of the answers --fail-rate gives (400 to 599); default 500, 502
    /// or 503 in turn.
    #[arg(long, value_name = "STATUS", value_parser = clap::value_parser!(u16).range(400..=599))]
    pub fail_status: Option<u16>,
    /// Share of requests (0 to 1) whose connection is closed without an answer.
    #[arg(long, value_name = "P", default_value_t = 0.0, value_parser = probability)]
    pub drop_rate: f64,
    /// Share of requests (0 to 1) carried out, then their connection closed without
    /// the answer: the change is made and the client never learns it.
    #[arg(long, value_name = "P", default_value_t = 0.0, value_parser = probability)]
    pub lose_rate: f64,
    /// Apply the fault flags (latency, failures, drops, lost answers) only to this
    /// route, as the request counter names it (e.g. `/api/v1/auth/token`); may be
    /// given more than once. Default: every API route.
    #[arg(long, value_name = "ROUTE")]
    pub faults_on: Vec<String>,
    /// Where the fault flags' random stream starts: the same seed and the same
    /// requests give the same faults.
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub fault_seed: u64,
    /// Answer every API request (or those of `--faults-on`) with 200 and a body
    /// that never ends, as a broken proxy or a hostile host would.
    #[arg(long)]
    pub endless_body: bool,
    /// Answer 429 with Retry-After past N requests a second.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub rate_limit: Option<u32>,
    /// Built-in issuer: approve every OpenID sign-in at once (in the browser and by
    /// the device flow), as the demo OpenID account.
    #[arg(long)]
    pub openid_auto_approve: bool,
    /// Trust this OpenID Connect issuer (its discovery and keys are read at start)
    /// instead of being one under /_oidc/.
    #[arg(long, value_name = "URL")]
    pub oidc_issuer: Option<String>,
    /// The audience (client id) an ID token must be for.
    #[arg(long, value_name = "ID", default_value = "citizeninfo-cli")]
    pub oidc_audience: String,
    /// The ID token's claim that names the sandbox account.
    #[arg(long, value_name = "CLAIM", default_value = "sub")]
    pub oidc_username_claim: String,
    /// Built-in issuer: sign ID tokens with this P-256 key (PKCS#8 PEM) instead of
    /// one made at start.
    #[arg(long, value_name = "FILE")]
    pub oidc_signing_key: Option<PathBuf>,
    /// Built-in issuer: name itself `{base}/_oidc/`, with a final slash, as some
    /// providers write their identifier.
    #[arg(long)]
    pub oidc_issuer_slash: bool,
    /// Built-in issuer, a fault: its discovery document names its authorization,
    /// token and device endpoints at this origin (such as a plain `http://` one on
    /// another computer) instead of its own.
    #[arg(long, value_name = "URL")]
    pub oidc_endpoints_at: Option<String>,
    /// Built-in issuer, a fault: its authorization responses name this issuer in
    /// `iss` (RFC 9207) instead of its own, as in a mix-up of providers.
    #[arg(long, value_name = "URL")]
    pub oidc_response_iss: Option<String>,
    /// Lifetime of an access token, in seconds.
    #[arg(long, value_name = "SECS", default_value_t = 900, value_parser = clap::value_parser!(u64).range(1..))]
    pub token_ttl: u64,
    /// Built-in issuer: seconds a device-flow client must wait between polls.
    #[arg(long, value_name = "SECS", default_value_t = 5)]
    pub device_interval: u64,
    /// Built-in issuer: lifetime of a device-flow code, in seconds.
    #[arg(long, value_name = "SECS", default_value_t = 600, value_parser = clap::value_parser!(u64).range(1..))]
    pub device_expires_in: u64,
}

fn probability(s: &str) -> Result<f64, String> {
    let p: f64 = s.parse().map_err(|_| format!("{s:?} is not a number"))?;
    if (0.0..=1.0).contains(&p) {
        Ok(p)
    } else {
        Err(format!("{p} is not a share: give a number from 0 to 1"))
    }
}

/// What every handler can reach.
#[derive(Clone)]
pub(crate) struct AppState {
    /// The database.
    pub db: Db,
    /// The command line.
    pub config: Arc<Config>,
    /// The request counter.
    pub counter: Arc<Counter>,
    /// The fault flags' state.
    pub faults: Arc<Faults>,
    /// The issuer whose ID tokens are accepted.
    pub trust: Arc<oidc::Trust>,
    /// The built-in issuer; none when `--oidc-issuer` names another.
    pub issuer: Option<Arc<oidc::Issuer>>,
    secrets: Arc<Mutex<Rng>>,
}

impl AppState {
    /// A fresh random token of `bytes` random bytes, as lower-case hex.
    pub(crate) fn secret(&self, bytes: usize) -> String {
        let mut rng = self.secrets.lock().unwrap_or_else(|p| p.into_inner());
        let mut out = String::with_capacity(bytes * 2);
        while out.len() < bytes * 2 {
            out.push_str(&format!("{:016x}", rng.next_u64()));
        }
        out.truncate(bytes * 2);
        out
    }
}

/// Seconds since the Unix epoch, by the sandbox's clock ([`now`]).
pub(crate) fn unix_now() -> i64 {
    now::utc().timestamp()
}

pub(crate) use citizeninfo_api::{bindings_etag, point_etag};

/// Opens the database, seeds it, binds the address, prints where it listens and
/// serves until SIGINT or SIGTERM.
pub async fn run(config: Config) -> anyhow::Result<()> {
    let db = Db::open(config.data.as_deref()).with_context(|| match &config.data {
        Some(p) => format!("could not open the database {}", p.display()),
        None => "could not open the in-memory database".to_owned(),
    })?;
    if config.fail_rate + config.drop_rate + config.lose_rate > 1.0 {
        anyhow::bail!(
            "--fail-rate {}, --drop-rate {} and --lose-rate {} add up to more than 1: a request can fail only one way",
            config.fail_rate,
            config.drop_rate,
            config.lose_rate
        );
    }
    let demo = config.demo.unwrap_or(0);
    // Every manifest is read and checked before anything is served.
    let load = seed::load::read(&config.load).map_err(|p| seed::load::refused(&p))?;
    let report = db.with(|conn| seed::seed(conn, demo, &load))?;
    let listener = tokio::net::TcpListener::bind(&config.listen)
        .await
        .with_context(|| format!("could not listen on {}", config.listen))?;
    let addr = listener.local_addr()?;
    let base_url: Arc<str> = format!("http://{addr}").into();
    let clock = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or_default();
    let seed = config.fault_seed;
    let claim = config.oidc_username_claim.clone();
    let audience = config.oidc_audience.clone();
    let (trust, issuer) = match &config.oidc_issuer {
        Some(url) => (
            oidc::Trust::external(url, audience, claim)
                .await
                .with_context(|| format!("could not trust the issuer {url} (--oidc-issuer)"))?,
            None,
        ),
        None => {
            let slash = if config.oidc_issuer_slash { "/" } else { "" };
            let endpoints = config.oidc_endpoints_at.as_deref().unwrap_or(&base_url);
            let issuer = oidc::Issuer {
                issuer: format!("{base_url}/_oidc{slash}"),
                endpoints: format!("{}/_oidc", endpoints.trim_end_matches('/')),
                response_iss: config
                    .oidc_response_iss
                    .clone()
                    .unwrap_or_else(|| format!("{base_url}/_oidc{slash}")),
                key: oidc::SigningKey::new(config.oidc_signing_key.as_deref())?,
                codes: Mutex::default(),
            };
            let trust = oidc::Trust::built_in(issuer.issuer.clone(), audience, claim, &issuer.key);
            (trust, Some(Arc::new(issuer)))
        }
    };
    // One line first, on its own, so a reader that wants only the address can stop
    // there; then the banner. Neither can fail the server.
    say(Stream::Out, &format!("listening on {base_url}\n"));
    say(
        Stream::Out,
        &match &issuer {
            Some(i) => format!(
                "OpenID: the built-in issuer {} (client id {})\n",
                i.issuer, trust.audience
            ),
            None => format!(
                "OpenID: trusting the issuer {} (client id {})\n",
                trust.issuer, trust.audience
            ),
        },
    );
    say(Stream::Out, &report.to_string());
    let state = AppState {
        trust: Arc::new(trust),
        issuer,
        db: db.clone(),
        config: Arc::new(config),
        counter: Arc::new(Counter::default()),
        faults: Arc::new(Faults::new(seed)),
        secrets: Arc::new(Mutex::new(Rng::new(clock ^ u64::from(std::process::id())))),
    };
    server::serve(listener, routes::app(state), server::shutdown_signal()).await;
    log("shutting down");
    db.with(|conn| {
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    })?;
    Ok(())
}
