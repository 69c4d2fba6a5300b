//! The HTTP client of the CITIZENinfo API: typed calls, bearer tokens refreshed
//! when they expire, retries of what is safe to retry (one [`RetryPolicy`]), and
//! lists read lazily page by page ([`Pages`]). It knows nothing of the terminal:
//! tracing and saving refreshed tokens are hooks the caller supplies.

mod congestion;
mod openid;
mod pages;
mod retry;
mod transport;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, Utc};
use reqwest::RequestBuilder;
use reqwest::header::{ETAG, HeaderMap, IF_MATCH};
/// HTTP methods and statuses, as errors name them.
pub use reqwest::{Method, StatusCode, Url};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use citizeninfo_api::{
    Agency, Department, ErrorBody, ID_TOKEN_TYPE, Me, Ministry, NewPoint, OpenidProvider, OrgQuery,
    Page, Photo, PointCode, PointPatch, PointProcesses, PointQuery, PointStats, PointSummary,
    Process, ProcessId, ProcessQuery, ProcessSet, ProcessSummary, Registration, Revocation,
    ServicePoint, Status, StatusChange, TOKEN_EXCHANGE_GRANT_TYPE, TokenHint, TokenRequest,
    TokenResponse,
};

pub use openid::{BrowserEnd, BrowserSignIn, DeviceSignIn, Provider};
pub use pages::Pages;
use retry::IDEMPOTENCY_KEY;
use retry::{Repeat, RetryPolicy, Tried};
use transport::DEFAULT_TIMEOUT;
pub use transport::{Authorities, AuthoritiesError, Transport, deadline_for, plain_http_allowed};

/// What went wrong talking to the service.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    /// The service answered with an error.
    #[error("{} ({method} {path}: {status})", .body.error_description)]
    Api {
        /// The method of the request.
        method: Method,
        /// The path of the request.
        path: String,
        /// The status.
        status: StatusCode,
        /// The error body.
        body: ErrorBody,
    },
    /// The service could not be reached, or the connection broke.
    #[error("could not reach {url}: {}", root_cause(source))]
    Network {
        /// The address.
        url: String,
        /// The cause.
        #[source]
        source: reqwest::Error,
    },
    /// No answer came in time (or no connection could be made in time).
    #[error(
        "{} {url} within {} s{}",
        if *connecting { "could not connect to" } else { "no answer from" },
        after.as_secs_f64(),
        tries_said(*tries)
    )]
    Timeout {
        /// The address.
        url: String,
        /// The time allowed for each try (to connect, when `connecting`).
        after: Duration,
        /// How many tries were made.
        tries: u32,
        /// Whether it was the connection that could not be made in time.
        connecting: bool,
    },
    /// The service's TLS certificate was refused (never tried again).
    #[error("the certificate of {url} was refused: {problem}")]
    Certificate {
        /// The address.
        url: String,
        /// What is wrong with the certificate.
        problem: String,
    },
    /// The service answered with a redirect that is not followed (never tried again).
    #[error("{from} redirected to {to}, which is not followed: {reason}")]
    Redirect {
        /// The address asked.
        from: String,
        /// Where the redirect pointed.
        to: String,
        /// Why it was not followed.
        reason: String,
    },
    /// A browser sign-in that ended without a code to trade.
    #[error("the sign-in at {issuer} {why}")]
    BrowserSignIn {
        /// The provider.
        issuer: String,
        /// How it ended.
        why: openid::BrowserEnd,
    },
    /// An answer whose body is larger than any answer of the service can be.
    #[error("{url} answered more than {} MiB: it was not read further", transport::MAX_ANSWER_BYTES / (1024 * 1024))]
    TooLarge {
        /// The address.
        url: String,
    },
    /// A plain `http://` address of another computer, not allowed by the transport.
    #[error("{url} is plain http:// to another computer: only https:// is allowed there")]
    PlainHttp {
        /// The address.
        url: String,
    },
    /// The answer was not what the contract says.
    #[error("{what}: the service's answer could not be read: {message}")]
    Decode {
        /// What was being read.
        what: String,
        /// Why.
        message: String,
    },
    /// The OpenID provider could not sign the person in, or its answer was refused.
    #[error("OpenID sign-in at {issuer}: {message}")]
    OpenId {
        /// The provider's issuer.
        issuer: String,
        /// What went wrong.
        message: String,
    },
    /// No credentials to send.
    #[error("not signed in")]
    NotSignedIn,
    /// The service refused the token earlier in this run and it could not be
    /// refreshed: nothing more is sent with it.
    #[error("the service refused the token earlier in this run, so this request was not sent")]
    SessionEnded,
}

/// ", after N tries" when there were several.
fn tries_said(tries: u32) -> String {
    if tries > 1 {
        format!(" (tried {tries} times)")
    } else {
        String::new()
    }
}

impl ClientError {
    /// The machine code of the service's error, when it answered with one.
    pub fn code(&self) -> Option<&str> {
        match self {
            ClientError::Api { body, .. } => Some(&body.error),
            _ => None,
        }
    }

    /// True when the service refused the credentials (`401`), now or earlier in the
    /// run: nothing sent with them can succeed.
    pub fn is_unauthorized(&self) -> bool {
        matches!(self, ClientError::SessionEnded)
            || matches!(self, ClientError::Api { status, .. } if *status == StatusCode::UNAUTHORIZED)
            || self.code() == Some("invalid_grant")
    }
}

/// What a call returns.
pub type ClientResult<T> = Result<T, ClientError>;

/// A signed-in session as it is saved between runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Credentials {
    /// The bearer token.
    pub access_token: String,
    /// Trades for a new access token; none for a token given by the environment.
    #[serde(default)]
    pub refresh_token: Option<String>,
    /// When the access token expires; none when unknown.
    #[serde(default)]
    pub expires_at: Option<DateTime<Utc>>,
    /// Who signed in.
    #[serde(default)]
    pub username: Option<String>,
}

impl Credentials {
    /// Credentials from a token answer.
    pub fn from_token(t: &TokenResponse, username: Option<String>) -> Credentials {
        Credentials {
            access_token: t.access_token.clone(),
            refresh_token: Some(t.refresh_token.clone()),
            expires_at: Some(Utc::now() + chrono::Duration::seconds(t.expires_in as i64)),
            username,
        }
    }

    fn expired(&self) -> bool {
        self.expires_at
            .is_some_and(|at| at <= Utc::now() + chrono::Duration::seconds(1))
    }
}

/// Called with a line describing each HTTP exchange (token redacted).
pub type TraceHook = Arc<dyn Fn(&str) + Send + Sync>;
/// Called with new credentials after a refresh, to save them.
pub(crate) type RefreshHook = Arc<dyn Fn(&Credentials) + Send + Sync>;

/// The API client.
#[derive(Clone)]
pub struct Client {
    base: String,
    http: reqwest::Client,
    credentials: Arc<Mutex<Option<Credentials>>>,
    /// One refresh at a time: a refresh token is good for one use.
    refreshing: Arc<tokio::sync::Mutex<()>>,
    trace: Option<TraceHook>,
    on_refresh: Option<RefreshHook>,
    retry: RetryPolicy,
    /// The longest one try may take.
    timeout: Duration,
    tally: Arc<Tally>,
    /// How many requests may be in flight at once, across clones; halved on `429`.
    gate: Arc<congestion::Gate>,
}

/// How often a client's requests were sent again, counted across its clones.
#[derive(Debug, Default)]
struct Tally {
    retries: std::sync::atomic::AtomicU64,
    throttled: std::sync::atomic::AtomicU64,
    /// The service refused the token and it could not be refreshed.
    ended: std::sync::atomic::AtomicBool,
}

/// What a client's retry policy did in a run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Retries {
    /// Requests sent again after a failure (no answer, a `5xx`, a `429`).
    pub retries: u64,
    /// Answers `429 Too Many Requests`.
    pub throttled: u64,
}

/// Whether a request carries the bearer token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Auth {
    /// Signed with the access token, refreshed when it has expired.
    Bearer,
    /// Sent as it is (signing in).
    None,
}

/// The OAuth client id this tool signs in as.
const CLIENT_ID: &str = "citizeninfo";

/// How many requests a client has in flight at most, unless told otherwise.
const DEFAULT_CONCURRENCY: usize = 16;

impl Client {
    /// A client of the service at `base` with this tool's user agent, reaching it as
    /// `transport` says: its try timeout (and a request's deadline, all tries
    /// included, [`Transport::deadline`]), its certificate authorities, redirects
    /// followed within the service's origin only, plain `http://` only to this
    /// computer unless allowed; proxies come from the environment (`HTTPS_PROXY`,
    /// `HTTP_PROXY`, `NO_PROXY`).
    pub fn connect(base: &str, transport: &Transport) -> ClientResult<Client> {
        if let Ok(u) = reqwest::Url::parse(base) {
            refuse_plain_http(base, &u, transport)?;
        }
        let http =
            transport::http_client(transport, base).map_err(|source| ClientError::Network {
                url: base.to_owned(),
                source,
            })?;
        let mut client = Client::new(base, http);
        client.timeout = transport.timeout;
        client.retry.deadline = transport.deadline();
        Ok(client)
    }

    /// A client of the service at `base` (e.g. `http://127.0.0.1:8787`).
    pub fn new(base: &str, http: reqwest::Client) -> Client {
        Client {
            base: base.trim_end_matches('/').to_owned(),
            http,
            credentials: Arc::new(Mutex::new(None)),
            refreshing: Arc::new(tokio::sync::Mutex::new(())),
            trace: None,
            on_refresh: None,
            retry: RetryPolicy::default(),
            timeout: DEFAULT_TIMEOUT,
            tally: Arc::default(),
            gate: Arc::new(congestion::Gate::new(DEFAULT_CONCURRENCY)),
        }
    }

    /// From now on at most `max` requests in flight at once, for this client and its
    /// clones: fewer while the service answers `429 Too Many Requests` (halved at
    /// each burst), growing back one at a time once it is calm again.
    pub fn limit_concurrency(&self, max: usize) {
        self.gate.reset(max);
    }

    /// How many requests may be in flight now.
    pub fn concurrency(&self) -> usize {
        self.gate.limit()
    }

    /// How often requests were sent again so far, by this client and its clones.
    pub fn retries(&self) -> Retries {
        use std::sync::atomic::Ordering;
        Retries {
            retries: self.tally.retries.load(Ordering::Relaxed),
            throttled: self.tally.throttled.load(Ordering::Relaxed),
        }
    }

    /// Counts a retry (and a throttled answer) and waits before it.
    async fn wait_to_retry(&self, wait: Duration, throttled: bool) {
        use std::sync::atomic::Ordering;
        self.tally.retries.fetch_add(1, Ordering::Relaxed);
        if throttled {
            self.tally.throttled.fetch_add(1, Ordering::Relaxed);
        }
        tokio::time::sleep(wait).await;
    }

    /// The service's address.
    pub fn base_url(&self) -> &str {
        &self.base
    }

    /// Sends these credentials from now on.
    pub fn with_credentials(self, c: Option<Credentials>) -> Client {
        if let Ok(mut slot) = self.credentials.lock() {
            *slot = c;
        }
        self
    }

    /// Traces each exchange through `hook`.
    pub fn with_trace(mut self, hook: TraceHook) -> Client {
        self.trace = Some(hook);
        self
    }

    /// Calls `hook` after each refresh.
    pub fn with_refresh_hook(mut self, hook: RefreshHook) -> Client {
        self.on_refresh = Some(hook);
        self
    }

    /// The credentials in use.
    pub fn credentials(&self) -> Option<Credentials> {
        self.credentials.lock().ok().and_then(|c| c.clone())
    }

    fn url(&self, path: &str) -> String {
        format!("{}/api/v1{path}", self.base)
    }

    fn trace(&self, line: impl FnOnce() -> String) {
        if let Some(t) = &self.trace {
            t(&line());
        }
    }

    /// Trades the refresh token for a new access token, unless the token `used` has
    /// been replaced meanwhile by another task's refresh. True when a newer token is
    /// there to use.
    async fn refresh(&self, used: &str) -> ClientResult<bool> {
        let _one_at_a_time = self.refreshing.lock().await;
        let Some(current) = self.credentials() else {
            return Ok(false);
        };
        if current.access_token != used {
            return Ok(true);
        }
        let Some(refresh) = current.refresh_token.clone() else {
            return Ok(false);
        };
        let form = TokenRequest {
            grant_type: "refresh_token".to_owned(),
            refresh_token: Some(refresh),
            client_id: Some(CLIENT_ID.to_owned()),
            ..TokenRequest::default()
        };
        // Boxed: signing in and refreshing share the send path, which refreshes.
        let tokens: TokenResponse = match Box::pin(self.token(&form)).await {
            Ok(tokens) => tokens,
            Err(e) => {
                if e.code() == Some("invalid_grant") {
                    // Refused: no later request of the run can be signed.
                    self.tally
                        .ended
                        .store(true, std::sync::atomic::Ordering::Relaxed);
                }
                return Err(e);
            }
        };
        let fresh = Credentials::from_token(&tokens, current.username.clone());
        if let Ok(mut slot) = self.credentials.lock() {
            *slot = Some(fresh.clone());
        }
        if let Some(hook) = &self.on_refresh {
            hook(&fresh);
        }
        Ok(true)
    }

    async fn bearer(&self) -> ClientResult<String> {
        let creds = self.credentials().ok_or(ClientError::NotSignedIn)?;
        if creds.expired() && self.refresh(&creds.access_token).await? {
            return self
                .credentials()
                .map(|c| c.access_token)
                .ok_or(ClientError::NotSignedIn);
        }
        Ok(creds.access_token)
    }

    /// Sends a signed request built by `build`, with retries as the policy allows,
    /// and one refresh when the token has expired.
    async fn send(
        &self,
        method: Method,
        path: &str,
        repeat: Repeat,
        build: impl Fn(RequestBuilder) -> RequestBuilder,
    ) -> ClientResult<(StatusCode, HeaderMap, Vec<u8>)> {
        self.exchange(Auth::Bearer, method, path, repeat, build)
            .await
    }

    /// The one path of every request: `build` makes it afresh for each try, and the
    /// retry policy decides from the request as built (its method and headers) and
    /// from what `repeat` adds whether a failed try is sent again.
    async fn exchange(
        &self,
        auth: Auth,
        method: Method,
        path: &str,
        repeat: Repeat,
        build: impl Fn(RequestBuilder) -> RequestBuilder,
    ) -> ClientResult<(StatusCode, HeaderMap, Vec<u8>)> {
        let url = self.url(path);
        let policy = &self.retry;
        let mut refreshed = auth == Auth::None;
        // Tries that failed for a fault, and tries throttled: counted apart.
        let (mut attempt, mut throttled, mut connects) = (0u32, 0u32, 0u32);
        let first = std::time::Instant::now();
        // A wait that would end past the deadline is not waited.
        let in_time = |wait: Duration| first.elapsed() + wait < policy.deadline;
        loop {
            let left = policy.deadline.saturating_sub(first.elapsed());
            let mut builder = build(self.http.request(method.clone(), &url));
            if left < self.timeout {
                builder = builder.timeout(left.max(Duration::from_millis(1)));
            }
            let mut used = String::new();
            if auth == Auth::Bearer {
                if self.tally.ended.load(std::sync::atomic::Ordering::Relaxed) {
                    return Err(ClientError::SessionEnded);
                }
                used = self.bearer().await?;
                builder = builder.bearer_auth(&used);
            }
            let request = match builder.build() {
                Ok(request) => request,
                // Never sent, and built the same way again it would fail the same way.
                Err(source) => {
                    self.trace(|| format!("{method} {url} -> failed: {source}"));
                    return Err(ClientError::Network { url, source });
                }
            };
            let repeatable = policy.may_repeat(request.method(), request.headers(), repeat);
            // Waiting for a place counts against the deadline like any wait.
            let Ok(place) = tokio::time::timeout(left, self.gate.enter()).await else {
                return Err(ClientError::Timeout {
                    url,
                    after: self.timeout,
                    tries: attempt + throttled,
                    connecting: false,
                });
            };
            let started = std::time::Instant::now();
            let outcome = self.http.execute(request).await;
            let (status, headers, body) = match outcome {
                Err(source) => {
                    drop(place);
                    self.trace(|| format!("{method} {url} -> failed: {source}"));
                    attempt += 1;
                    connects += u32::from(source.is_connect());
                    // A certificate or a redirect refused is refused again.
                    let fault = transport::Fault::of(&source);
                    let random = retry::random_fraction();
                    if let Some(wait) = policy
                        .next_wait(attempt, repeatable, Tried::NoAnswer, random)
                        .filter(|w| in_time(*w))
                        .filter(|_| connects < policy.connect_attempts)
                        .filter(|_| fault.may_retry())
                    {
                        self.wait_to_retry(wait, false).await;
                        continue;
                    }
                    return Err(fault.error(url, source, self.timeout, attempt));
                }
                Ok(r) => {
                    let status = r.status();
                    let headers = r.headers().clone();
                    let body = transport::read_body(r).await.map_err(|e| match e {
                        transport::BodyError::TooLarge => {
                            self.trace(|| {
                                format!("{method} {url} -> {} (too large)", status.as_u16())
                            });
                            ClientError::TooLarge { url: url.clone() }
                        }
                        transport::BodyError::Failed(source) => {
                            let fault = transport::Fault::of(&source);
                            fault.error(url.clone(), source, self.timeout, attempt + 1)
                        }
                    })?;
                    // The service's wait, as the policy would wait it: never longer.
                    place.answered((status == StatusCode::TOO_MANY_REQUESTS).then(|| {
                        retry::retry_after(&headers)
                            .unwrap_or(Duration::ZERO)
                            .min(policy.max_wait)
                    }));
                    (status, headers, body)
                }
            };
            self.trace(|| {
                format!(
                    "{method} {url} -> {} ({} ms{})",
                    status.as_u16(),
                    started.elapsed().as_millis(),
                    if auth == Auth::Bearer {
                        ", Authorization: Bearer <redacted>"
                    } else {
                        ""
                    }
                )
            });
            if status == StatusCode::UNAUTHORIZED && !refreshed {
                refreshed = true;
                // A refresh that could not be made (no answer) is that error, not a
                // session ended; one refused ends it (see `refresh`).
                if self.refresh(&used).await? {
                    continue;
                }
            }
            if status == StatusCode::UNAUTHORIZED && auth == Auth::Bearer {
                // Refused and not refreshable: every later request would be refused too.
                self.tally
                    .ended
                    .store(true, std::sync::atomic::Ordering::Relaxed);
            }
            let tried = Tried::Answered(status, &headers);
            let is_throttled = status == StatusCode::TOO_MANY_REQUESTS;
            let count = if is_throttled {
                throttled += 1;
                throttled
            } else {
                attempt += 1;
                attempt
            };
            if let Some(wait) = policy
                .next_wait(count, repeatable, tried, retry::random_fraction())
                .filter(|w| in_time(*w))
            {
                self.wait_to_retry(wait, is_throttled).await;
                continue;
            }
            if !status.is_success() {
                return Err(api_error(method, path, status, &body));
            }
            return Ok((status, headers, body));
        }
    }

    async fn call<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        repeat: Repeat,
        build: impl Fn(RequestBuilder) -> RequestBuilder,
    ) -> ClientResult<(T, Option<String>)> {
        let (_, headers, body) = self.send(method, path, repeat, build).await?;
        let etag = headers
            .get(ETAG)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        Ok((decode(path, &body)?, etag))
    }

    async fn get<T: DeserializeOwned>(&self, path: &str) -> ClientResult<T> {
        Ok(self.call(Method::GET, path, Repeat::AsSent, |r| r).await?.0)
    }

    /// `POST /auth/token` with any grant; no bearer token is sent. Retried like a
    /// read: a password grant sent twice only issues a spare token, and a refresh
    /// token or a device code repeated within the service's reuse grace period
    /// gets the same answer as the first time, so an answer lost on the way is not
    /// a session lost.
    pub async fn token(&self, form: &TokenRequest) -> ClientResult<TokenResponse> {
        let path = "/auth/token";
        let (_, _, body) = self
            .exchange(Auth::None, Method::POST, path, Repeat::Harmless, |r| {
                r.form(form)
            })
            .await?;
        decode(path, &body)
    }

    /// Revokes a token at the service (RFC 7009): it is refused from then on. An
    /// unknown or already revoked token is not an error.
    pub async fn revoke(&self, token: &str, hint: TokenHint) -> ClientResult<()> {
        let form = Revocation {
            token: token.to_owned(),
            token_type_hint: Some(hint),
            client_id: Some(CLIENT_ID.to_owned()),
        };
        self.exchange(
            Auth::None,
            Method::POST,
            "/auth/revoke",
            Repeat::Harmless,
            |r| r.form(&form),
        )
        .await?;
        Ok(())
    }

    /// Signs in with a username and password.
    pub async fn sign_in(&self, username: &str, password: &str) -> ClientResult<TokenResponse> {
        self.token(&TokenRequest {
            grant_type: "password".to_owned(),
            username: Some(username.to_owned()),
            password: Some(password.to_owned()),
            ..TokenRequest::default()
        })
        .await
    }

    /// `GET /auth/openid`: the OpenID Connect issuer the service trusts, and the
    /// public client id to sign in there as.
    pub async fn openid_provider(&self) -> ClientResult<OpenidProvider> {
        let path = "/auth/openid";
        let (_, _, body) = self
            .exchange(Auth::None, Method::GET, path, Repeat::AsSent, |r| r)
            .await?;
        decode(path, &body)
    }

    /// Trades an ID token of the trusted issuer for the service's tokens (RFC 8693
    /// token exchange). A person the service does not know yet is refused with
    /// `registration_required`: register them with [`register`](Client::register),
    /// giving the ID token as `subject_token`.
    pub async fn exchange_id_token(&self, id_token: &str) -> ClientResult<TokenResponse> {
        // Retried like a refresh: the service answers a repeat within its grace
        // period with the first answer, and refuses any other second trade.
        let path = "/auth/token";
        let form = TokenRequest {
            grant_type: TOKEN_EXCHANGE_GRANT_TYPE.to_owned(),
            subject_token: Some(id_token.to_owned()),
            subject_token_type: Some(ID_TOKEN_TYPE.to_owned()),
            client_id: Some(CLIENT_ID.to_owned()),
            ..TokenRequest::default()
        };
        let (_, _, body) = self
            .exchange(Auth::None, Method::POST, path, Repeat::Harmless, |r| {
                r.form(&form)
            })
            .await?;
        decode(path, &body)
    }

    /// Registers an account at its first sign-in.
    pub async fn register(&self, r: &Registration) -> ClientResult<TokenResponse> {
        let path = "/auth/register";
        let (_, _, body) = self
            .exchange(Auth::None, Method::POST, path, Repeat::AsSent, |b| {
                b.json(r)
            })
            .await?;
        decode(path, &body)
    }

    /// `GET /me`.
    pub async fn me(&self) -> ClientResult<Me> {
        self.get("/me").await
    }

    /// Every ministry.
    pub async fn ministries(&self) -> ClientResult<Vec<Ministry>> {
        self.get("/ministries").await
    }

    /// Departments, filtered.
    pub async fn departments(&self, q: &OrgQuery) -> ClientResult<Vec<Department>> {
        Ok(self
            .call(Method::GET, "/departments", Repeat::AsSent, |r| r.query(q))
            .await?
            .0)
    }

    /// Agencies, filtered.
    pub async fn agencies(&self, q: &OrgQuery) -> ClientResult<Vec<Agency>> {
        Ok(self
            .call(Method::GET, "/agencies", Repeat::AsSent, |r| r.query(q))
            .await?
            .0)
    }

    /// One page of the structure list.
    pub async fn points(&self, q: &PointQuery) -> ClientResult<Page<PointSummary>> {
        let q = PointQuery {
            include: None,
            ..q.clone()
        };
        Ok(self
            .call(Method::GET, "/points", Repeat::AsSent, |r| r.query(&q))
            .await?
            .0)
    }

    /// One page of the structure list with every field and the bound process ids.
    pub async fn points_detail(&self, q: &PointQuery) -> ClientResult<Page<ServicePoint>> {
        let q = PointQuery {
            include: Some(citizeninfo_api::Include::Detail),
            ..q.clone()
        };
        Ok(self
            .call(Method::GET, "/points", Repeat::AsSent, |r| r.query(&q))
            .await?
            .0)
    }

    /// The named points with every field and their bound process ids, read 1000
    /// a request; codes the service does not know are simply absent.
    pub async fn points_by_code(
        &self,
        codes: &[PointCode],
    ) -> ClientResult<std::collections::BTreeMap<PointCode, ServicePoint>> {
        let mut found = std::collections::BTreeMap::new();
        for chunk in codes.chunks(citizeninfo_api::rules::MAX_PAGE_SIZE as usize) {
            let q = PointQuery {
                limit: Some(citizeninfo_api::rules::MAX_PAGE_SIZE),
                ..PointQuery::default()
            }
            .with_codes(chunk);
            let mut pages = self.points_detail_pages(&q);
            while let Some(p) = pages.next_item().await? {
                found.insert(p.summary.code.clone(), p);
            }
        }
        Ok(found)
    }

    /// The structure list that `q` filters, read page by page from `q.cursor` on,
    /// `q.limit` a page; a request is made only when the next page is asked for.
    pub fn points_pages(&self, q: &PointQuery) -> Pages<PointSummary> {
        let client = self.clone();
        let q = q.clone();
        Pages::new(q.cursor.clone(), move |cursor| {
            let client = client.clone();
            let q = PointQuery {
                cursor,
                ..q.clone()
            };
            async move { client.points(&q).await }
        })
    }

    /// The structure list that `q` filters, with every field and the bound process
    /// ids, read page by page like [`points_pages`](Client::points_pages).
    pub fn points_detail_pages(&self, q: &PointQuery) -> Pages<ServicePoint> {
        let client = self.clone();
        let q = q.clone();
        Pages::new(q.cursor.clone(), move |cursor| {
            let client = client.clone();
            let q = PointQuery {
                cursor,
                ..q.clone()
            };
            async move { client.points_detail(&q).await }
        })
    }

    /// One point and its ETag.
    pub async fn point(&self, code: &PointCode) -> ClientResult<(ServicePoint, String)> {
        let path = format!("/points/{code}");
        let (point, etag) = self.call(Method::GET, &path, Repeat::AsSent, |r| r).await?;
        Ok((point, etag.unwrap_or_default()))
    }

    /// Edits a point under `If-Match`; the new record's list fields and its ETag.
    /// Only those fields of the answer are read: a bulk `apply` makes thousands of
    /// edits and keeps no more of each, and reading the whole record (its hours,
    /// its texts) took a fifth of the client's time per edit.
    pub async fn edit_point(
        &self,
        code: &PointCode,
        etag: &str,
        patch: &PointPatch,
    ) -> ClientResult<(PointSummary, String)> {
        let path = format!("/points/{code}");
        let (point, etag) = self
            .call(Method::PATCH, &path, Repeat::AsSent, |r| {
                r.header(IF_MATCH, etag).json(patch)
            })
            .await?;
        Ok((point, etag.unwrap_or_default()))
    }

    /// Adds a point; the key makes a retried request return the first answer.
    pub async fn create_point(
        &self,
        new: &NewPoint,
        idempotency_key: &str,
    ) -> ClientResult<ServicePoint> {
        Ok(self
            .call(Method::POST, "/points", Repeat::AsSent, |r| {
                r.header(IDEMPOTENCY_KEY, idempotency_key).json(new)
            })
            .await?
            .0)
    }

    /// Shows or hides a point.
    pub async fn set_status(&self, code: &PointCode, status: Status) -> ClientResult<ServicePoint> {
        let path = format!("/points/{code}/status");
        let body = StatusChange { status };
        Ok(self
            .call(Method::PUT, &path, Repeat::Harmless, |r| r.json(&body))
            .await?
            .0)
    }

    /// Copy cancellation and satisfaction of a point.
    pub async fn stats(&self, code: &PointCode) -> ClientResult<PointStats> {
        self.get(&format!("/points/{code}/stats")).await
    }

    /// Uploads a photo.
    pub async fn upload_photo(
        &self,
        code: &PointCode,
        file_name: &str,
        bytes: Vec<u8>,
    ) -> ClientResult<Photo> {
        let path = format!("/points/{code}/photos");
        let name = file_name.to_owned();
        Ok(self
            .call(Method::POST, &path, Repeat::AsSent, move |r| {
                let part = reqwest::multipart::Part::bytes(bytes.clone()).file_name(name.clone());
                r.multipart(reqwest::multipart::Form::new().part("photo", part))
            })
            .await?
            .0)
    }

    /// Removes a photo.
    pub async fn remove_photo(&self, code: &PointCode, id: u64) -> ClientResult<()> {
        let path = format!("/points/{code}/photos/{id}");
        self.send(Method::DELETE, &path, Repeat::AsSent, |r| r)
            .await?;
        Ok(())
    }

    /// One page of processes.
    pub async fn processes(&self, q: &ProcessQuery) -> ClientResult<Page<ProcessSummary>> {
        Ok(self
            .call(Method::GET, "/processes", Repeat::AsSent, |r| r.query(q))
            .await?
            .0)
    }

    /// The processes that `q` filters, read page by page from `q.cursor` on,
    /// `q.limit` a page; a request is made only when the next page is asked for.
    pub fn processes_pages(&self, q: &ProcessQuery) -> Pages<ProcessSummary> {
        let client = self.clone();
        let q = q.clone();
        Pages::new(q.cursor.clone(), move |cursor| {
            let client = client.clone();
            let q = ProcessQuery {
                cursor,
                ..q.clone()
            };
            async move { client.processes(&q).await }
        })
    }

    /// Every process, by id (a few hundred: one request of 1000).
    pub async fn all_processes(
        &self,
    ) -> ClientResult<std::collections::BTreeMap<ProcessId, ProcessSummary>> {
        let mut pages = self.processes_pages(&ProcessQuery {
            limit: Some(citizeninfo_api::rules::MAX_PAGE_SIZE),
            ..ProcessQuery::default()
        });
        let mut all = std::collections::BTreeMap::new();
        while let Some(p) = pages.next_item().await? {
            all.insert(p.id.clone(), p);
        }
        Ok(all)
    }

    /// One process with its manual.
    pub async fn process(&self, id: &ProcessId) -> ClientResult<Process> {
        self.get(&format!("/processes/{id}")).await
    }

    /// The processes bound to a point, and the set's ETag.
    pub async fn bound(&self, code: &PointCode) -> ClientResult<(PointProcesses, String)> {
        let path = format!("/points/{code}/processes");
        let (set, etag) = self.call(Method::GET, &path, Repeat::AsSent, |r| r).await?;
        Ok((set, etag.unwrap_or_default()))
    }

    /// Binds one process; true when it was not bound before.
    pub async fn bind(&self, code: &PointCode, id: &ProcessId) -> ClientResult<bool> {
        let path = format!("/points/{code}/processes/{id}");
        let (status, _, _) = self
            .send(Method::PUT, &path, Repeat::Harmless, |r| r)
            .await?;
        Ok(status == StatusCode::CREATED)
    }

    /// Unbinds one process; false when it was not bound.
    pub async fn unbind(&self, code: &PointCode, id: &ProcessId) -> ClientResult<bool> {
        let path = format!("/points/{code}/processes/{id}");
        match self
            .send(Method::DELETE, &path, Repeat::Harmless, |r| r)
            .await
        {
            Ok(_) => Ok(true),
            Err(e) if e.code() == Some("binding_not_found") => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// Replaces the bound set under `If-Match`.
    pub async fn replace_bound(
        &self,
        code: &PointCode,
        etag: &str,
        ids: &[ProcessId],
    ) -> ClientResult<(PointProcesses, String)> {
        let path = format!("/points/{code}/processes");
        let body = ProcessSet {
            process_ids: ids.to_vec(),
        };
        let (set, etag) = self
            .call(Method::PUT, &path, Repeat::AsSent, |r| {
                r.header(IF_MATCH, etag).json(&body)
            })
            .await?;
        Ok((set, etag.unwrap_or_default()))
    }
}

/// The plain-http rule of every address this tool sends to (the service's and an
/// OpenID provider's): `http://` only to this computer, unless `--insecure-http`.
pub(crate) fn refuse_plain_http(
    url: &str,
    parsed: &reqwest::Url,
    transport: &Transport,
) -> ClientResult<()> {
    if plain_http_allowed(parsed) || transport.insecure_http {
        Ok(())
    } else {
        Err(ClientError::PlainHttp {
            url: url.to_owned(),
        })
    }
}

fn api_error(method: Method, path: &str, status: StatusCode, body: &[u8]) -> ClientError {
    let body = serde_json::from_slice::<ErrorBody>(body).unwrap_or_else(|_| ErrorBody {
        error: format!("http_{}", status.as_u16()),
        error_description: format!(
            "the service answered {status} without an error body{}",
            if body.is_empty() {
                String::new()
            } else {
                format!(
                    ": {}",
                    String::from_utf8_lossy(&body[..body.len().min(200)])
                )
            }
        ),
        details: Vec::new(),
    });
    ClientError::Api {
        method,
        path: path.to_owned(),
        status,
        body,
    }
}

fn decode<T: DeserializeOwned>(what: &str, body: &[u8]) -> ClientResult<T> {
    serde_json::from_slice(body).map_err(|e| ClientError::Decode {
        what: what.to_owned(),
        message: e.to_string(),
    })
}

/// The innermost cause of an error: what went wrong (`Connection refused`), not the
/// layers that carried it (`error sending request`, `client error (Connect)`).
fn root_cause(e: &(dyn std::error::Error + 'static)) -> String {
    let mut cause = e;
    while let Some(next) = cause.source() {
        cause = next;
    }
    cause.to_string()
}
