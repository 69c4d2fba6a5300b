//! OpenID Connect in the sandbox: the issuer it trusts (an external one named by
//! `--oidc-issuer`, or its own under `/_oidc/`) and the checks an ID token passes
//! before the API trades it for tokens of its own (RFC 8693); and the built-in
//! issuer's signing key.

use std::collections::HashMap;
use std::sync::{Mutex, RwLock};

use anyhow::Context;
use jsonwebtoken::jwk::{Jwk, JwkSet, PublicKeyUse, ThumbprintHash};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation, errors::ErrorKind};
use serde::Deserialize;
use serde_json::Value;
use sha2::Digest;

use crate::error::{ApiError, ApiResult};
use crate::unix_now;

/// How far a clock may be off, either way: `exp`, `nbf` and `iat` are read with
/// this leeway.
pub(crate) const LEEWAY_SECS: i64 = citizeninfo_api::CLOCK_SKEW_SECS as i64;

/// The shortest time between two fetches of an external issuer's keys: a token
/// with an unknown key id fetches them again at most this often, so forged tokens
/// cannot make the service hammer the issuer.
pub(crate) const KEYS_REFETCH_SECS: i64 = 60;

/// The oldest an ID token may be (by its `iat`) to be traded: a sign-in is traded
/// at once, so an old token is one kept, or taken, to be used later.
pub(crate) const MAX_AGE_SECS: i64 = 600;

/// The algorithms an ID token may be signed with: asymmetric ones only, as a shared
/// secret would let anyone who knows the client id forge a token.
const ASYMMETRIC: &[Algorithm] = &[
    Algorithm::RS256,
    Algorithm::RS384,
    Algorithm::RS512,
    Algorithm::PS256,
    Algorithm::PS384,
    Algorithm::PS512,
    Algorithm::ES256,
    Algorithm::ES384,
    Algorithm::EdDSA,
];

/// The built-in issuer's signing key (ES256).
pub(crate) struct SigningKey {
    key: EncodingKey,
    /// Its public half, as the JWKS serves it.
    pub jwk: Jwk,
}

impl SigningKey {
    /// A key made now, or read from a PKCS#8 PEM file (`--oidc-signing-key`).
    pub(crate) fn new(pem: Option<&std::path::Path>) -> anyhow::Result<SigningKey> {
        let key = match pem {
            Some(path) => {
                let text = std::fs::read(path).with_context(|| {
                    format!("could not read the signing key {}", path.display())
                })?;
                EncodingKey::from_ec_pem(&text).with_context(|| {
                    format!(
                        "{} is not a P-256 private key in PEM (PKCS#8)",
                        path.display()
                    )
                })?
            }
            None => {
                use aws_lc_rs::signature::{ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair};
                let pair = EcdsaKeyPair::generate(&ECDSA_P256_SHA256_FIXED_SIGNING)
                    .map_err(|_| anyhow::anyhow!("could not make a signing key"))?;
                let der = pair
                    .to_pkcs8v1()
                    .map_err(|_| anyhow::anyhow!("could not encode the signing key"))?;
                EncodingKey::from_ec_der(der.as_ref())
            }
        };
        let mut jwk = Jwk::from_encoding_key(&key, Algorithm::ES256)?;
        jwk.common.public_key_use = Some(PublicKeyUse::Signature);
        jwk.common.key_id = Some(jwk.thumbprint(ThumbprintHash::SHA256)?);
        Ok(SigningKey { key, jwk })
    }

    /// Signs claims as a JWT, with this key's id in the header.
    pub(crate) fn sign(&self, claims: &Value) -> ApiResult<String> {
        let mut header = Header::new(Algorithm::ES256);
        header.kid = self.jwk.common.key_id.clone();
        jsonwebtoken::encode(&header, claims, &self.key)
            .map_err(|e| ApiError::internal(format!("could not sign the ID token: {e}")))
    }
}

/// The issuer whose ID tokens the API accepts.
pub(crate) struct Trust {
    /// Its `issuer`, matched exactly against `iss`.
    pub issuer: String,
    /// The audience (client id) an ID token must be for.
    pub audience: String,
    /// The claim naming the sandbox account.
    pub username_claim: String,
    /// Where its keys are fetched again when an unknown key id appears; none for
    /// the built-in issuer, whose key is known.
    jwks_uri: Option<String>,
    keys: RwLock<JwkSet>,
    /// When the keys were last fetched (Unix seconds, the sandbox's clock).
    fetched_at: Mutex<Option<i64>>,
    http: reqwest::Client,
}

/// What discovery says (OpenID Connect Discovery 1.0 §3), as far as it is read here.
#[derive(Debug, Deserialize)]
struct Discovery {
    issuer: String,
    jwks_uri: String,
}

/// A person as a checked ID token names them.
#[derive(Debug, Clone)]
pub(crate) struct Person {
    /// The issuer.
    pub iss: String,
    /// The subject: who the person is at the issuer.
    pub sub: String,
    /// The sandbox account it maps to (the username claim).
    pub username: String,
    /// A name to greet, when the token gives one.
    pub name: Option<String>,
    /// What makes this token spent once traded: its `jti`, else its hash.
    pub spent_key: String,
    /// Until when it must be remembered as spent.
    pub exp: i64,
}

fn refused(message: impl Into<String>) -> ApiError {
    ApiError::bad_request("invalid_grant", message)
}

impl Trust {
    /// The built-in issuer at `issuer`, with its own key.
    pub(crate) fn built_in(
        issuer: String,
        audience: String,
        claim: String,
        key: &SigningKey,
    ) -> Trust {
        Trust {
            issuer,
            audience,
            username_claim: claim,
            jwks_uri: None,
            keys: RwLock::new(JwkSet {
                keys: vec![key.jwk.clone()],
            }),
            fetched_at: Mutex::default(),
            http: reqwest::Client::new(),
        }
    }

    /// An external issuer: its discovery document and keys fetched now.
    pub(crate) async fn external(
        issuer: &str,
        audience: String,
        claim: String,
    ) -> anyhow::Result<Trust> {
        let http = reqwest::Client::builder()
            .timeout(std::time::Duration::from_secs(20))
            .build()?;
        // The identifier is matched exactly, a final `/` included.
        let issuer = issuer.to_owned();
        let at = citizeninfo_api::discovery_url(&issuer);
        let discovery: Discovery = http
            .get(&at)
            .send()
            .await
            .and_then(reqwest::Response::error_for_status)
            .with_context(|| format!("could not read the issuer's discovery document {at}"))?
            .json()
            .await
            .with_context(|| format!("{at} is not an OpenID discovery document"))?;
        if discovery.issuer != issuer {
            anyhow::bail!(
                "{at} names the issuer {}, not {issuer}: give --oidc-issuer exactly as the issuer names itself",
                discovery.issuer
            );
        }
        let trust = Trust {
            issuer,
            audience,
            username_claim: claim,
            jwks_uri: Some(discovery.jwks_uri),
            keys: RwLock::new(JwkSet { keys: Vec::new() }),
            fetched_at: Mutex::default(),
            http,
        };
        trust
            .refresh_keys()
            .await
            .map_err(|e| anyhow::anyhow!(e.message))?;
        Ok(trust)
    }

    async fn refresh_keys(&self) -> ApiResult<()> {
        let Some(uri) = &self.jwks_uri else {
            return Ok(());
        };
        {
            let now = unix_now();
            let mut last = self.fetched_at.lock().unwrap_or_else(|p| p.into_inner());
            if last.is_some_and(|at| now - at < KEYS_REFETCH_SECS) {
                return Ok(());
            }
            *last = Some(now);
        }
        let set: JwkSet = async {
            self.http
                .get(uri)
                .send()
                .await?
                .error_for_status()?
                .json()
                .await
        }
        .await
        .map_err(|e| {
            ApiError::new(
                axum::http::StatusCode::BAD_GATEWAY,
                "issuer_unreachable",
                format!("could not read the issuer's keys at {uri}: {e}"),
            )
        })?;
        *self.keys.write().unwrap_or_else(|p| p.into_inner()) = set;
        Ok(())
    }

    fn key(&self, kid: Option<&str>) -> Option<Jwk> {
        let keys = self.keys.read().unwrap_or_else(|p| p.into_inner());
        match kid {
            Some(kid) => keys.find(kid).cloned(),
            None if keys.keys.len() == 1 => keys.keys.first().cloned(),
            None => None,
        }
    }

    /// Checks an ID token: signed by the issuer's key with an asymmetric algorithm,
    /// `iss` exactly the issuer, `aud` the audience (and `azp` when present), not
    /// expired, issued lately; the person it names.
    pub(crate) async fn check(&self, token: &str) -> ApiResult<Person> {
        let header = jsonwebtoken::decode_header(token).map_err(|e| {
            refused(format!(
                "the subject_token is not an ID token signed with an asymmetric algorithm: {e}"
            ))
        })?;
        if !ASYMMETRIC.contains(&header.alg) {
            return Err(refused(format!(
                "the ID token is signed with {:?}: only asymmetric algorithms are accepted",
                header.alg
            )));
        }
        let kid = header.kid.as_deref();
        let jwk = match self.key(kid) {
            Some(k) => k,
            None => {
                // A key the issuer added since: fetch its keys again, at most
                // once a minute.
                self.refresh_keys().await?;
                self.key(kid).ok_or_else(|| {
                    refused(format!(
                        "the ID token is signed with a key the issuer {} does not publish",
                        self.issuer
                    ))
                })?
            }
        };
        let key = DecodingKey::from_jwk(&jwk)
            .map_err(|e| refused(format!("the issuer's key cannot be used: {e}")))?;
        let mut v = Validation::new(header.alg);
        v.set_issuer(&[&self.issuer]);
        v.set_audience(&[&self.audience]);
        v.set_required_spec_claims(&["exp", "iat", "iss", "aud", "sub"]);
        // `exp` and `nbf` are read below, by the sandbox's clock, not the system's.
        v.validate_exp = false;
        v.validate_nbf = false;
        let claims: Value = jsonwebtoken::decode(token, &key, &v)
            .map_err(|e| {
                refused(match e.kind() {
                    ErrorKind::InvalidSignature => {
                        "the ID token's signature is not the issuer's".to_owned()
                    }
                    ErrorKind::InvalidIssuer => {
                        format!(
                            "the ID token was not issued by the trusted issuer {}",
                            self.issuer
                        )
                    }
                    ErrorKind::InvalidAudience => format!(
                        "the ID token is not meant for this service (its audience is not {})",
                        self.audience
                    ),
                    other => format!("the ID token was refused: {other:?}"),
                })
            })?
            .claims;
        let now = unix_now();
        // A number of seconds, as RFC 7519 has it (a fraction allowed).
        let seconds = |name: &str| match claims.get(name) {
            None => Ok(None),
            Some(v) => v.as_f64().map(Some).ok_or_else(|| {
                refused(format!(
                    "the ID token's {name} claim is not a number of seconds"
                ))
            }),
        };
        let leeway = LEEWAY_SECS as f64;
        if seconds("exp")?.is_some_and(|exp| exp < now as f64 - leeway) {
            return Err(refused("the ID token has expired: sign in again"));
        }
        if seconds("nbf")?.is_some_and(|nbf| nbf > now as f64 + leeway) {
            return Err(refused("the ID token is not valid yet"));
        }
        let text = |name: &str| claims.get(name).and_then(Value::as_str).map(str::to_owned);
        if let Some(azp) = text("azp")
            && azp != self.audience
        {
            return Err(refused(format!(
                "the ID token was issued to the client {azp}, not {}",
                self.audience
            )));
        }
        let iat = claims
            .get("iat")
            .and_then(Value::as_i64)
            .unwrap_or_default();
        if iat > now + LEEWAY_SECS || iat < now - MAX_AGE_SECS - LEEWAY_SECS {
            return Err(refused(format!(
                "the ID token was issued {} s ago: trade it for tokens as soon as you sign in",
                now - iat
            )));
        }
        let sub = text("sub")
            .filter(|s| !s.is_empty())
            .ok_or_else(|| refused("the ID token names no subject"))?;
        let username = match claims.get(&self.username_claim) {
            Some(Value::String(s)) if !s.is_empty() => s.clone(),
            _ => {
                return Err(refused(format!(
                    "the ID token has no {} claim to name the account by",
                    self.username_claim
                )));
            }
        };
        let spent_key = match text("jti") {
            Some(jti) => format!("jti:{}:{jti}", self.issuer),
            None => format!("sha256:{:x}", sha2::Sha256::digest(token.as_bytes())),
        };
        Ok(Person {
            iss: self.issuer.clone(),
            sub,
            username,
            name: text("name"),
            spent_key,
            exp: claims.get("exp").and_then(Value::as_i64).unwrap_or(now) + LEEWAY_SECS,
        })
    }
}

/// An authorization code waiting to be traded (built-in issuer).
#[derive(Debug, Clone)]
pub(crate) struct PendingCode {
    /// The client it was issued to.
    pub client_id: String,
    /// The redirect it was sent to; the trade must name the same.
    pub redirect_uri: String,
    /// The PKCE challenge (S256).
    pub code_challenge: String,
    /// The client's nonce, put in the ID token.
    pub nonce: Option<String>,
    /// Who approved.
    pub username: String,
    /// Unix seconds.
    pub expires_at: i64,
}

/// The built-in issuer's state: its key and the codes waiting to be traded.
pub(crate) struct Issuer {
    /// `{base}/_oidc`, or `{base}/_oidc/` with `--oidc-issuer-slash`: its
    /// identifier, written exactly so in discovery and in every `iss`.
    pub issuer: String,
    /// Where its endpoints are named (`{base}/_oidc`, unless a fault flag says).
    pub endpoints: String,
    /// The `iss` of its authorization responses (RFC 9207): its identifier, unless
    /// a fault flag says.
    pub response_iss: String,
    /// Its signing key.
    pub key: SigningKey,
    /// Authorization codes, each good once.
    pub codes: Mutex<HashMap<String, PendingCode>>,
}
