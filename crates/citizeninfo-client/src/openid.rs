//! Signing in at an OpenID Connect provider, any that follows the standards: its
//! discovery document (its `issuer` matching exactly), the authorization code flow
//! with PKCE (S256), `state` and `nonce` through a browser and a listener on
//! `127.0.0.1` (RFC 8252), or the device flow (RFC 8628); the ID token checked
//! (signature, `iss`, `aud`, `nonce`, `exp`) before it is handed back, to be traded
//! for the service's own tokens ([`Client::exchange_id_token`](crate::Client::exchange_id_token)).
//! The flows are the `oauth2` crate's, over the project's reqwest through a small
//! adapter; nothing here prints: the caller shows the address or the code.

use std::future::Future;
use std::pin::Pin;
use std::time::{Duration, Instant};

use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::{DecodingKey, Validation};
use oauth2::basic::{
    BasicErrorResponse, BasicRevocationErrorResponse, BasicTokenIntrospectionResponse,
    BasicTokenType,
};
use oauth2::{
    AuthUrl, AuthorizationCode, ClientId, CsrfToken, DeviceAuthorizationUrl, EndpointNotSet,
    EndpointSet, ErrorResponse, PkceCodeChallenge, PkceCodeVerifier, RedirectUrl,
    RequestTokenError, Scope, StandardDeviceAuthorizationResponse, StandardRevocableToken,
    StandardTokenResponse, TokenUrl,
};
use serde::{Deserialize, Serialize};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::transport::{self, Transport};
use crate::{ClientError, ClientResult, TraceHook};

/// How far the provider's clock may be off from ours, either way.
const LEEWAY_SECS: u64 = citizeninfo_api::CLOCK_SKEW_SECS;

/// The scopes asked for: an ID token and the person's name.
const SCOPES: [&str; 2] = ["openid", "profile"];

/// What a provider's discovery document says (OpenID Connect Discovery 1.0 §3),
/// as far as this tool reads it.
#[derive(Debug, Clone, Deserialize)]
struct Discovery {
    issuer: String,
    authorization_endpoint: String,
    token_endpoint: String,
    jwks_uri: String,
    #[serde(default)]
    device_authorization_endpoint: Option<String>,
    /// Whether its authorization responses name it in `iss` (RFC 9207).
    #[serde(default)]
    authorization_response_iss_parameter_supported: bool,
}

/// The token endpoint's answer, with the ID token OpenID Connect adds.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct IdTokenField {
    id_token: String,
}

impl oauth2::ExtraTokenFields for IdTokenField {}

type Answer = StandardTokenResponse<IdTokenField, BasicTokenType>;

type OAuthClient<HasAuth, HasDevice> = oauth2::Client<
    BasicErrorResponse,
    Answer,
    BasicTokenIntrospectionResponse,
    StandardRevocableToken,
    BasicRevocationErrorResponse,
    HasAuth,
    HasDevice,
    EndpointNotSet,
    EndpointNotSet,
    EndpointSet,
>;

/// The adapter that lets the `oauth2` crate send its requests with reqwest, each
/// traced as the service's are (address and status only: the forms carry codes).
struct Http<'a>(&'a reqwest::Client, &'a Trace);

/// Where the calls to the provider are traced (`-v`), if anywhere.
#[derive(Clone, Default)]
struct Trace(Option<TraceHook>);

impl Trace {
    fn call(&self, method: &reqwest::Method, url: &str, started: Instant, outcome: &str) {
        if let Some(hook) = &self.0 {
            hook(&format!(
                "{method} {url} -> {outcome} ({} ms)",
                started.elapsed().as_millis()
            ));
        }
    }
}

impl<'c> oauth2::AsyncHttpClient<'c> for Http<'_> {
    type Error = ClientError;
    type Future =
        Pin<Box<dyn Future<Output = Result<oauth2::HttpResponse, ClientError>> + Send + 'c>>;

    fn call(&'c self, request: oauth2::HttpRequest) -> Self::Future {
        Box::pin(async move {
            let (parts, body) = request.into_parts();
            let url = parts.uri.to_string();
            let method = parts.method.clone();
            let started = Instant::now();
            let answer = self
                .0
                .request(parts.method, &url)
                .headers(parts.headers)
                .body(body)
                .send()
                .await
                .map_err(|source| {
                    self.1
                        .call(&method, &url, started, &format!("failed: {source}"));
                    ClientError::Network {
                        url: url.clone(),
                        source,
                    }
                })?;
            let status = answer.status();
            self.1
                .call(&method, &url, started, &status.as_u16().to_string());
            let headers = answer.headers().clone();
            let bytes = transport::read_body(answer)
                .await
                .map_err(|e| body_error(&url, e))?;
            let mut out = http::Response::new(bytes);
            *out.status_mut() = status;
            *out.headers_mut() = headers;
            Ok(out)
        })
    }
}

/// An OpenID Connect provider, discovered, and the public client to sign in as.
pub struct Provider {
    /// The issuer, as it names itself.
    pub issuer: String,
    /// The public client id.
    pub client_id: String,
    discovery: Discovery,
    http: reqwest::Client,
    trace: Trace,
}

fn failed(issuer: &str, message: impl Into<String>) -> ClientError {
    ClientError::OpenId {
        issuer: issuer.to_owned(),
        message: message.into(),
    }
}

/// How a browser sign-in ended without a code to trade, each told apart.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BrowserEnd {
    /// The person cancelled it (or the provider refused it) in the browser.
    #[error("was cancelled in the browser ({error}{})", if description.is_empty() { String::new() } else { format!(": {description}") })]
    Cancelled {
        /// The OAuth error, such as `access_denied`.
        error: String,
        /// The provider's words.
        description: String,
    },
    /// The browser came back with another sign-in's `state`.
    #[error("came back with another sign-in's state: it was not started here")]
    OtherState,
    /// Nobody came back in time.
    #[error("was not finished in the browser within {secs} s")]
    TimedOut {
        /// The time waited.
        secs: u64,
    },
    /// The answer names another issuer (RFC 9207): meant for another provider.
    #[error(
        "came back from the issuer {iss}, not this one: an answer meant for another provider (RFC 9207)"
    )]
    OtherIssuer {
        /// The issuer it named.
        iss: String,
    },
    /// The answer does not name the issuer, which the provider promises it does.
    #[error(
        "came back without the issuer's name (iss), which the provider says it always sends (RFC 9207)"
    )]
    NoIssuer,
    /// It came back without a code.
    #[error("came back without a code")]
    NoCode,
}

/// A device sign-in waiting for the person (RFC 8628 §3.2).
pub struct DeviceSignIn {
    /// The code the person types.
    pub user_code: String,
    /// Where they type it.
    pub verification_uri: String,
    /// The same with the code filled in, when the provider gives one.
    pub verification_uri_complete: Option<String>,
    /// How long the code lasts.
    pub expires_in: Duration,
    details: StandardDeviceAuthorizationResponse,
}

/// A browser sign-in waiting for the redirect back to this computer.
pub struct BrowserSignIn {
    /// The address to open in the browser.
    pub url: String,
    listener: tokio::net::TcpListener,
    redirect: RedirectUrl,
    state: CsrfToken,
    nonce: String,
    verifier: PkceCodeVerifier,
}

impl Provider {
    /// Reads `{issuer}/.well-known/openid-configuration`, whose `issuer` must be
    /// exactly the one given, reaching it as `transport` says; every call to the
    /// provider is traced through `trace`, when given.
    pub async fn discover(
        issuer: &str,
        client_id: &str,
        transport: &Transport,
        trace: Option<TraceHook>,
    ) -> ClientResult<Provider> {
        let trace = Trace(trace);
        // Matched exactly, a final `/` included (OpenID Connect Discovery 1.0 §4.3).
        let issuer = issuer.to_owned();
        reachable(&issuer, &issuer, transport)?;
        let http =
            transport::http_client(transport, &issuer).map_err(|source| ClientError::Network {
                url: issuer.clone(),
                source,
            })?;
        let at = citizeninfo_api::discovery_url(&issuer);
        let discovery: Discovery = get_json(&http, &trace, &at, &issuer).await?;
        if discovery.issuer != issuer {
            return Err(failed(
                &issuer,
                format!(
                    "its discovery document names the issuer {}: the issuer must be given exactly as it names itself",
                    discovery.issuer
                ),
            ));
        }
        // Every address the flows send to is held to the rule the issuer is.
        for endpoint in [
            Some(&discovery.authorization_endpoint),
            Some(&discovery.token_endpoint),
            Some(&discovery.jwks_uri),
            discovery.device_authorization_endpoint.as_ref(),
        ]
        .into_iter()
        .flatten()
        {
            reachable(&issuer, endpoint, transport)?;
        }
        Ok(Provider {
            issuer,
            client_id: client_id.to_owned(),
            discovery,
            http,
            trace,
        })
    }

    fn url<T>(
        &self,
        what: &str,
        url: &str,
        make: impl Fn(String) -> Result<T, oauth2::url::ParseError>,
    ) -> ClientResult<T> {
        make(url.to_owned()).map_err(|e| {
            failed(
                &self.issuer,
                format!("its {what} {url} is not an address: {e}"),
            )
        })
    }

    /// Starts a device sign-in: the code to show the person.
    pub async fn start_device(&self) -> ClientResult<DeviceSignIn> {
        let Some(device) = &self.discovery.device_authorization_endpoint else {
            return Err(failed(
                &self.issuer,
                "it offers no device flow (no device_authorization_endpoint)",
            ));
        };
        let client = self.device_client(device)?;
        let details: StandardDeviceAuthorizationResponse = client
            .exchange_device_code()
            .add_scopes(SCOPES.map(|s| Scope::new(s.to_owned())))
            .request_async(&Http(&self.http, &self.trace))
            .await
            .map_err(|e| self.token_error(device, e))?;
        Ok(DeviceSignIn {
            user_code: details.user_code().secret().clone(),
            verification_uri: details.verification_uri().to_string(),
            verification_uri_complete: details
                .verification_uri_complete()
                .map(|u| u.secret().clone()),
            expires_in: details.expires_in(),
            details,
        })
    }

    fn device_client(
        &self,
        device: &str,
    ) -> ClientResult<OAuthClient<EndpointNotSet, EndpointSet>> {
        Ok(oauth2::Client::new(ClientId::new(self.client_id.clone()))
            .set_token_uri(self.url(
                "token endpoint",
                &self.discovery.token_endpoint,
                TokenUrl::new,
            )?)
            .set_device_authorization_url(self.url(
                "device endpoint",
                device,
                DeviceAuthorizationUrl::new,
            )?))
    }

    /// Polls until the person approves the device sign-in (as often as the
    /// provider allows, slower when it says `slow_down`), refuses it, or the code
    /// expires; the checked ID token.
    pub async fn finish_device(&self, d: DeviceSignIn) -> ClientResult<String> {
        let device = self
            .discovery
            .device_authorization_endpoint
            .clone()
            .unwrap_or_default();
        let client = self.device_client(&device)?;
        let answer = client
            .exchange_device_access_token(&d.details)
            .request_async(&Http(&self.http, &self.trace), tokio::time::sleep, None)
            .await
            .map_err(|e| self.token_error(&self.discovery.token_endpoint, e))?;
        self.checked_id_token(&answer, None).await
    }

    /// Starts a browser sign-in: listens on a free port of 127.0.0.1 and makes the
    /// authorization address (PKCE S256, `state`, `nonce`) for the browser.
    pub async fn start_browser(&self) -> ClientResult<BrowserSignIn> {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0))
            .await
            .map_err(|e| {
                failed(
                    &self.issuer,
                    format!("could not listen on 127.0.0.1 for the browser's return: {e}"),
                )
            })?;
        let port = listener
            .local_addr()
            .map_err(|e| failed(&self.issuer, e.to_string()))?
            .port();
        let redirect = self.url(
            "redirect",
            &format!("http://127.0.0.1:{port}/callback"),
            RedirectUrl::new,
        )?;
        let client: OAuthClient<EndpointSet, EndpointNotSet> =
            oauth2::Client::new(ClientId::new(self.client_id.clone()))
                .set_auth_uri(self.url(
                    "authorization endpoint",
                    &self.discovery.authorization_endpoint,
                    AuthUrl::new,
                )?)
                .set_token_uri(self.url(
                    "token endpoint",
                    &self.discovery.token_endpoint,
                    TokenUrl::new,
                )?)
                .set_redirect_uri(redirect.clone());
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let nonce = CsrfToken::new_random().secret().clone();
        let (url, state) = client
            .authorize_url(CsrfToken::new_random)
            .add_scopes(SCOPES.map(|s| Scope::new(s.to_owned())))
            .set_pkce_challenge(challenge)
            .add_extra_param("nonce", nonce.clone())
            .url();
        Ok(BrowserSignIn {
            url: url.to_string(),
            listener,
            redirect,
            state,
            nonce,
            verifier,
        })
    }

    /// Waits up to `wait` for the browser to come back with a code, trades it
    /// (with the PKCE verifier) and returns the checked ID token; the browser is
    /// told it is signed in only then.
    pub async fn finish_browser(&self, b: BrowserSignIn, wait: Duration) -> ClientResult<String> {
        let (mut stream, code) = tokio::time::timeout(wait, self.callback(&b))
            .await
            .map_err(|_| {
                self.ended(BrowserEnd::TimedOut {
                    secs: wait.as_secs(),
                })
            })??;
        let token = self.trade_code(&b, code).await;
        match &token {
            Ok(_) => {
                respond(
                    &mut stream,
                    "200 OK",
                    "Signed in to CITIZENinfo. You can close this window and go back to the terminal.",
                )
                .await;
            }
            Err(_) => {
                respond(
                    &mut stream,
                    "200 OK",
                    "The sign-in did not succeed: the terminal says why. You can close this window.",
                )
                .await;
            }
        }
        token
    }

    /// Trades the code the browser brought back (with the PKCE verifier): the
    /// checked ID token.
    async fn trade_code(&self, b: &BrowserSignIn, code: String) -> ClientResult<String> {
        let client: OAuthClient<EndpointNotSet, EndpointNotSet> =
            oauth2::Client::new(ClientId::new(self.client_id.clone()))
                .set_token_uri(self.url(
                    "token endpoint",
                    &self.discovery.token_endpoint,
                    TokenUrl::new,
                )?)
                .set_redirect_uri(b.redirect.clone());
        let verifier = PkceCodeVerifier::new(b.verifier.secret().clone());
        let answer = client
            .exchange_code(AuthorizationCode::new(code))
            .set_pkce_verifier(verifier)
            .request_async(&Http(&self.http, &self.trace))
            .await
            .map_err(|e| self.token_error(&self.discovery.token_endpoint, e))?;
        self.checked_id_token(&answer, Some(&b.nonce)).await
    }

    fn ended(&self, why: BrowserEnd) -> ClientError {
        ClientError::BrowserSignIn {
            issuer: self.issuer.clone(),
            why,
        }
    }

    /// Answers requests on the listener until one comes to `/callback`: the
    /// connection, to answer once the code is traded, and the code, once its
    /// `state` is the one sent and its `iss` this issuer (RFC 9207).
    async fn callback(&self, b: &BrowserSignIn) -> ClientResult<(tokio::net::TcpStream, String)> {
        loop {
            let (mut stream, _) = b
                .listener
                .accept()
                .await
                .map_err(|e| failed(&self.issuer, e.to_string()))?;
            let mut head = Vec::new();
            let mut buf = [0u8; 2048];
            while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 16 * 1024 {
                match stream.read(&mut buf).await {
                    Ok(0) | Err(_) => break,
                    Ok(n) => head.extend_from_slice(&buf[..n]),
                }
            }
            let text = String::from_utf8_lossy(&head);
            let target = text
                .lines()
                .next()
                .and_then(|l| l.strip_prefix("GET "))
                .and_then(|l| l.split(' ').next())
                .unwrap_or_default();
            let Ok(url) = reqwest::Url::parse(&format!("http://127.0.0.1{target}")) else {
                respond(&mut stream, "400 Bad Request", "Not a sign-in.").await;
                continue;
            };
            if url.path() != "/callback" {
                respond(&mut stream, "404 Not Found", "Not a sign-in.").await;
                continue;
            }
            let param = |name: &str| {
                url.query_pairs()
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v.into_owned())
            };
            let refused = match param("iss") {
                Some(iss) if iss != self.issuer => Some(BrowserEnd::OtherIssuer { iss }),
                None if self
                    .discovery
                    .authorization_response_iss_parameter_supported =>
                {
                    Some(BrowserEnd::NoIssuer)
                }
                _ if param("state").as_deref() != Some(b.state.secret().as_str()) => {
                    Some(BrowserEnd::OtherState)
                }
                _ => param("error").map(|error| BrowserEnd::Cancelled {
                    error,
                    description: param("error_description").unwrap_or_default(),
                }),
            };
            if let Some(why) = refused {
                let page = match why {
                    BrowserEnd::Cancelled { .. } => "Sign-in cancelled. You can close this window.",
                    _ => {
                        "This sign-in was not started here, or not by this provider: go back to the terminal."
                    }
                };
                respond(&mut stream, "400 Bad Request", page).await;
                return Err(self.ended(why));
            }
            let Some(code) = param("code") else {
                respond(&mut stream, "400 Bad Request", "No code came back.").await;
                return Err(self.ended(BrowserEnd::NoCode));
            };
            return Ok((stream, code));
        }
    }

    /// The ID token of a token answer, checked: signed by one of the provider's
    /// keys, for this client, from this issuer, not expired, with our nonce.
    async fn checked_id_token(&self, answer: &Answer, nonce: Option<&str>) -> ClientResult<String> {
        let token = answer.extra_fields().id_token.clone();
        let header = jsonwebtoken::decode_header(&token)
            .map_err(|e| failed(&self.issuer, format!("its ID token cannot be read: {e}")))?;
        let keys: JwkSet = get_json(
            &self.http,
            &self.trace,
            &self.discovery.jwks_uri,
            &self.issuer,
        )
        .await?;
        let jwk = match &header.kid {
            Some(kid) => keys.find(kid),
            None => keys.keys.first(),
        }
        .ok_or_else(|| {
            failed(
                &self.issuer,
                "its ID token is signed with a key it does not publish",
            )
        })?;
        let key = DecodingKey::from_jwk(jwk)
            .map_err(|e| failed(&self.issuer, format!("its key cannot be used: {e}")))?;
        let mut v = Validation::new(header.alg);
        v.set_issuer(&[&self.issuer]);
        v.set_audience(&[&self.client_id]);
        v.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        v.leeway = LEEWAY_SECS;
        let claims: serde_json::Value = jsonwebtoken::decode(&token, &key, &v)
            .map_err(|e| failed(&self.issuer, format!("its ID token was refused: {e}")))?
            .claims;
        if let Some(nonce) = nonce
            && claims.get("nonce").and_then(|n| n.as_str()) != Some(nonce)
        {
            return Err(failed(
                &self.issuer,
                "its ID token does not carry the nonce this sign-in sent",
            ));
        }
        Ok(token)
    }

    fn token_error<T: ErrorResponse + 'static>(
        &self,
        url: &str,
        e: RequestTokenError<ClientError, T>,
    ) -> ClientError {
        match e {
            RequestTokenError::ServerResponse(r) => {
                let json = serde_json::to_value(&r).unwrap_or_default();
                let text = |k: &str| json.get(k).and_then(|v| v.as_str()).map(str::to_owned);
                let error = text("error").unwrap_or_else(|| "error".to_owned());
                ClientError::Api {
                    method: reqwest::Method::POST,
                    path: url.to_owned(),
                    status: reqwest::StatusCode::BAD_REQUEST,
                    body: citizeninfo_api::ErrorBody {
                        error_description: text("error_description")
                            .unwrap_or_else(|| format!("the provider answered {error}")),
                        error,
                        details: Vec::new(),
                    },
                }
            }
            RequestTokenError::Request(e) => e,
            RequestTokenError::Parse(e, _) => ClientError::Decode {
                what: url.to_owned(),
                message: e.to_string(),
            },
            RequestTokenError::Other(m) => failed(&self.issuer, m),
        }
    }
}

/// Refuses an address of the provider that is not one, or that is plain `http://`
/// where the service's own address would be refused.
fn reachable(issuer: &str, url: &str, transport: &Transport) -> ClientResult<()> {
    let parsed = reqwest::Url::parse(url)
        .map_err(|e| failed(issuer, format!("{url} is not an address: {e}")))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(failed(issuer, format!("{url} is not an http(s) address")));
    }
    crate::refuse_plain_http(url, &parsed, transport)
}

async fn get_json<T: serde::de::DeserializeOwned>(
    http: &reqwest::Client,
    trace: &Trace,
    url: &str,
    issuer: &str,
) -> ClientResult<T> {
    let started = Instant::now();
    let answer = http.get(url).send().await.map_err(|source| {
        trace.call(
            &reqwest::Method::GET,
            url,
            started,
            &format!("failed: {source}"),
        );
        ClientError::Network {
            url: url.to_owned(),
            source,
        }
    })?;
    trace.call(
        &reqwest::Method::GET,
        url,
        started,
        &answer.status().as_u16().to_string(),
    );
    if !answer.status().is_success() {
        return Err(failed(
            issuer,
            format!("{url} answered {}", answer.status()),
        ));
    }
    let bytes = transport::read_body(answer)
        .await
        .map_err(|e| body_error(url, e))?;
    serde_json::from_slice(&bytes).map_err(|e| ClientError::Decode {
        what: url.to_owned(),
        message: e.to_string(),
    })
}

fn body_error(url: &str, e: transport::BodyError) -> ClientError {
    match e {
        transport::BodyError::TooLarge => ClientError::TooLarge {
            url: url.to_owned(),
        },
        transport::BodyError::Failed(source) => ClientError::Network {
            url: url.to_owned(),
            source,
        },
    }
}

/// Answers the browser with a short page.
async fn respond(stream: &mut tokio::net::TcpStream, status: &str, text: &str) {
    let body = format!(
        "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>CITIZENinfo</title></head><body><p>{text}</p></body></html>\n"
    );
    let answer = format!(
        "HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = stream.write_all(answer.as_bytes()).await;
    let _ = stream.shutdown().await;
}
