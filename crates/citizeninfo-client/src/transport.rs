//! How the client reaches the service: time limits, the certificate authorities it
//! trusts, which addresses may be plain `http://`, which redirects it follows, and
//! how a failed try is told apart (no answer in time, a certificate refused, a
//! redirect refused, or any other network failure).

use std::fmt;
use std::net::IpAddr;
use std::time::Duration;

use reqwest::Url;
use reqwest::redirect;
use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;

use crate::ClientError;

/// The longest one try of a request may take, when the caller names no other.
pub(crate) const DEFAULT_TIMEOUT: Duration = Duration::from_secs(20);

/// A request's tries and waits all end within this many times the try timeout (so
/// by default within a minute).
pub(crate) const DEADLINE_TRIES: u32 = 3;

/// The longest a connection may take to be made: a tenth of this is plenty on any
/// working network, and an address that does not answer is told soon.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// How many redirects within the service's own origin are followed.
const MAX_REDIRECTS: usize = 10;

/// How the client reaches the service.
#[derive(Debug, Clone)]
pub struct Transport {
    /// The longest one try of a request may take; all tries of a request end
    /// within [`deadline`](Transport::deadline).
    pub timeout: Duration,
    /// Certificate authorities trusted besides the system's.
    pub authorities: Option<Authorities>,
    /// Whether plain `http://` is allowed to a host other than this computer.
    pub insecure_http: bool,
}

impl Default for Transport {
    fn default() -> Transport {
        Transport {
            timeout: DEFAULT_TIMEOUT,
            authorities: None,
            insecure_http: false,
        }
    }
}

impl Transport {
    /// The most time one request may take, all its tries and waits included.
    pub fn deadline(&self) -> Duration {
        deadline_for(self.timeout)
    }

    /// The longest a connection may take to be made: at most the try timeout.
    pub(crate) fn connect_timeout(&self) -> Duration {
        connect_timeout_for(self.timeout)
    }
}

/// The connect timeout of a transport whose tries may each take `timeout`.
fn connect_timeout_for(timeout: Duration) -> Duration {
    CONNECT_TIMEOUT.min(timeout)
}

/// The deadline of a request whose tries may each take `timeout`:
/// [`DEADLINE_TRIES`] times it.
pub fn deadline_for(timeout: Duration) -> Duration {
    timeout.saturating_mul(DEADLINE_TRIES)
}

/// Certificate authorities read from a PEM file (an agency's own CA), trusted
/// besides the system's.
#[derive(Clone)]
pub struct Authorities {
    certificates: Vec<reqwest::Certificate>,
}

impl fmt::Debug for Authorities {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Authorities({} certificates)", self.certificates.len())
    }
}

/// Why a file of certificate authorities cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuthoritiesError {
    /// Not PEM, or a PEM block that does not decode.
    #[error("it is not a PEM file of certificates: {0}")]
    NotPem(String),
    /// PEM, but with no `CERTIFICATE` block.
    #[error("it holds no certificate (no -----BEGIN CERTIFICATE----- block)")]
    Empty,
    /// A `CERTIFICATE` block that is not a certificate a TLS library can trust.
    #[error("certificate number {number} in it cannot be used as an authority: {message}")]
    Unusable {
        /// Which block, counted from 1.
        number: usize,
        /// Why.
        message: String,
    },
}

impl Authorities {
    /// The certificates of a PEM file (one or several `CERTIFICATE` blocks; other
    /// blocks are skipped), each checked as a trust anchor.
    pub fn from_pem(pem: &[u8]) -> Result<Authorities, AuthoritiesError> {
        let mut certificates = Vec::new();
        for (i, der) in CertificateDer::pem_slice_iter(pem).enumerate() {
            let der = der.map_err(|e| AuthoritiesError::NotPem(e.to_string()))?;
            let mut store = rustls::RootCertStore::empty();
            store
                .add(der.clone())
                .map_err(|e| AuthoritiesError::Unusable {
                    number: i + 1,
                    message: e.to_string(),
                })?;
            let cert =
                reqwest::Certificate::from_der(&der).map_err(|e| AuthoritiesError::Unusable {
                    number: i + 1,
                    message: e.to_string(),
                })?;
            certificates.push(cert);
        }
        if certificates.is_empty() {
            return Err(AuthoritiesError::Empty);
        }
        Ok(Authorities { certificates })
    }

    /// How many authorities.
    pub fn len(&self) -> usize {
        self.certificates.len()
    }

    /// Never: an empty file is refused.
    pub fn is_empty(&self) -> bool {
        self.certificates.is_empty()
    }
}

/// Whether `host` (as a URL writes it, IPv6 in brackets) is this computer:
/// `localhost`, an address in `127.0.0.0/8`, or `[::1]`. Nothing else is, not
/// `0.0.0.0` and not a name that merely starts so.
pub(crate) fn is_loopback(host: &str) -> bool {
    let bare = host
        .strip_prefix('[')
        .and_then(|h| h.strip_suffix(']'))
        .unwrap_or(host);
    match bare.parse::<IpAddr>() {
        Ok(ip) => ip.is_loopback(),
        Err(_) => bare.eq_ignore_ascii_case("localhost"),
    }
}

/// Whether a service at `url` may be reached as it says: `https://` anywhere, plain
/// `http://` only to this computer ([`is_loopback`]), where nothing crosses a
/// network.
pub fn plain_http_allowed(url: &Url) -> bool {
    match url.scheme() {
        "http" => url.host_str().is_some_and(is_loopback),
        _ => true,
    }
}

/// Why a redirect was not followed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum RedirectRefused {
    /// It pointed to another scheme, host or port (https to http among them).
    #[error("it points to another origin ({to}) than the service's ({from})")]
    OtherOrigin {
        /// The service's origin.
        from: String,
        /// Where it pointed.
        to: String,
    },
    /// Too many redirects within the origin.
    #[error("more than {MAX_REDIRECTS} redirects")]
    TooMany,
}

/// Whether a redirect to `next` is followed after the requests to `previous` (the
/// first one the request as sent): only within the origin of the first (same
/// scheme, host and port, so never from https to http, and a body is never sent
/// to another host), and at most ten times.
pub(crate) fn follow_redirect(next: &Url, previous: &[Url]) -> Result<(), RedirectRefused> {
    let Some(first) = previous.first() else {
        return Ok(());
    };
    if first.origin() != next.origin() {
        return Err(RedirectRefused::OtherOrigin {
            from: first.origin().ascii_serialization(),
            to: next.to_string(),
        });
    }
    if previous.len() > MAX_REDIRECTS {
        return Err(RedirectRefused::TooMany);
    }
    Ok(())
}

/// The redirect policy of every client: [`follow_redirect`].
pub(crate) fn redirect_policy() -> redirect::Policy {
    redirect::Policy::custom(
        |attempt| match follow_redirect(attempt.url(), attempt.previous()) {
            Ok(()) => attempt.follow(),
            Err(refused) => attempt.error(refused),
        },
    )
}

/// The HTTP client of a transport for the service at `base`: this tool's user
/// agent, its time limits, its authorities and redirect policy; proxies from the
/// environment, except for a service on this computer, which is reached directly
/// (a proxy could not reach it, and plain http to it must not cross a network).
pub(crate) fn http_client(t: &Transport, base: &str) -> Result<reqwest::Client, reqwest::Error> {
    let mut builder = reqwest::Client::builder()
        .user_agent(concat!("citizeninfo/", env!("CARGO_PKG_VERSION")))
        .connect_timeout(t.connect_timeout())
        .timeout(t.timeout)
        .redirect(redirect_policy());
    let on_this_computer = Url::parse(base)
        .ok()
        .and_then(|u| u.host_str().map(is_loopback))
        .unwrap_or(false);
    if on_this_computer {
        builder = builder.no_proxy();
    }
    if let Some(a) = &t.authorities {
        builder = builder.tls_certs_merge(a.certificates.iter().cloned());
    }
    builder.build()
}

/// The most an answer's body may hold: far more than the largest answer of the
/// service (a page of a thousand points, a photo), so an endless or huge body is
/// cut here instead of filling the memory.
pub(crate) const MAX_ANSWER_BYTES: usize = 64 * 1024 * 1024;

/// Why an answer's body could not be read whole.
pub(crate) enum BodyError {
    /// It holds, or says it holds, more than [`MAX_ANSWER_BYTES`].
    TooLarge,
    /// The connection failed while it was read.
    Failed(reqwest::Error),
}

/// Reads an answer's body, at most [`MAX_ANSWER_BYTES`]: refused at once when its
/// `Content-Length` says more, else when more than that has come; what came is
/// dropped then, so memory stays bounded.
pub(crate) async fn read_body(mut answer: reqwest::Response) -> Result<Vec<u8>, BodyError> {
    let said = answer.content_length().unwrap_or(0);
    if said > MAX_ANSWER_BYTES as u64 {
        return Err(BodyError::TooLarge);
    }
    let mut body = Vec::with_capacity(said as usize);
    while let Some(chunk) = answer.chunk().await.map_err(BodyError::Failed)? {
        if body.len() + chunk.len() > MAX_ANSWER_BYTES {
            return Err(BodyError::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// A failed try, told apart: whether it may be tried again, and the error it is.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Fault {
    /// No connection (`connecting`), or no answer, within the time allowed.
    Timeout {
        /// Whether the connection could not be made in time.
        connecting: bool,
    },
    /// The service's certificate was refused: trying again changes nothing.
    Certificate(String),
    /// A redirect was refused: trying again changes nothing.
    Redirect(String),
    /// Anything else (refused, reset, unreachable).
    Other,
}

impl Fault {
    /// What failed in `e`.
    pub(crate) fn of(e: &reqwest::Error) -> Fault {
        if let Some(problem) = certificate_problem(e) {
            return Fault::Certificate(problem);
        }
        if e.is_redirect() {
            let to = causes(e)
                .find_map(|c| c.downcast_ref::<RedirectRefused>())
                .and_then(|r| match r {
                    RedirectRefused::OtherOrigin { to, .. } => Some(to.clone()),
                    RedirectRefused::TooMany => None,
                })
                .or_else(|| e.url().map(Url::to_string))
                .unwrap_or_default();
            return Fault::Redirect(to);
        }
        if e.is_timeout() {
            return Fault::Timeout {
                connecting: e.is_connect(),
            };
        }
        Fault::Other
    }

    /// Whether a try that failed so may be sent again (as the policy allows).
    pub(crate) fn may_retry(&self) -> bool {
        matches!(self, Fault::Timeout { .. } | Fault::Other)
    }

    /// The error a request that failed so returns, after `tries` tries each allowed
    /// `timeout`.
    pub(crate) fn error(
        self,
        url: String,
        source: reqwest::Error,
        timeout: Duration,
        tries: u32,
    ) -> ClientError {
        match self {
            Fault::Timeout { connecting } => ClientError::Timeout {
                url,
                after: if connecting {
                    connect_timeout_for(timeout)
                } else {
                    timeout
                },
                tries,
                connecting,
            },
            Fault::Certificate(problem) => ClientError::Certificate { url, problem },
            Fault::Redirect(to) => ClientError::Redirect {
                from: url,
                to,
                reason: causes(&source)
                    .find_map(|c| c.downcast_ref::<RedirectRefused>())
                    .map_or_else(|| source.to_string(), ToString::to_string),
            },
            Fault::Other => ClientError::Network { url, source },
        }
    }
}

/// The error and its causes, looking inside I/O errors too (their `source` skips
/// the error they wrap, where TLS puts its own).
fn causes<'a>(
    e: &'a (dyn std::error::Error + 'static),
) -> impl Iterator<Item = &'a (dyn std::error::Error + 'static)> {
    let mut next = Some(e);
    std::iter::from_fn(move || {
        let current = next?;
        next = match current.downcast_ref::<std::io::Error>() {
            Some(io) => io
                .get_ref()
                .map(|inner| inner as &(dyn std::error::Error + 'static)),
            None => current.source(),
        };
        Some(current)
    })
}

/// What was wrong with the service's certificate, when that is why `e` failed.
fn certificate_problem(e: &(dyn std::error::Error + 'static)) -> Option<String> {
    causes(e)
        .find_map(|c| c.downcast_ref::<rustls::Error>())
        .and_then(describe_tls)
}

/// A TLS error, in words, when it is about the service's certificate.
fn describe_tls(e: &rustls::Error) -> Option<String> {
    use rustls::CertificateError as C;
    let rustls::Error::InvalidCertificate(c) = e else {
        return matches!(e, rustls::Error::NoCertificatesPresented)
            .then(|| "the service sent no certificate".to_owned());
    };
    Some(match c {
        C::UnknownIssuer => {
            "it is signed by a certificate authority this computer does not trust (UnknownIssuer)"
                .to_owned()
        }
        C::Expired | C::ExpiredContext { .. } => format!("it has expired ({c})"),
        C::NotValidYet | C::NotValidYetContext { .. } => format!("it is not valid yet ({c})"),
        C::NotValidForName | C::NotValidForNameContext { .. } => {
            format!("it is not for this host name ({c})")
        }
        C::Revoked => "it has been revoked".to_owned(),
        C::BadSignature => "its signature does not verify (BadSignature)".to_owned(),
        other => other.to_string(),
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "a test fails loudly")]

    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    #[test]
    fn plain_http_is_for_this_computer_only() {
        for ok in [
            "http://localhost:8787",
            "http://LOCALHOST/",
            "http://127.0.0.1:8787",
            "http://127.1.2.3",
            "http://[::1]:8787",
            "https://backoffice.example.go.th",
            "https://10.0.0.1",
        ] {
            assert!(plain_http_allowed(&url(ok)), "{ok}");
        }
        for refused in [
            "http://127.0.0.1.evil.com",
            "http://localhost.evil.com",
            "http://evil.com#@localhost",
            "http://0.0.0.0:8787",
            "http://10.0.0.1",
            "http://[::ffff:127.0.0.1]",
            "http://backoffice.example.go.th",
        ] {
            assert!(!plain_http_allowed(&url(refused)), "{refused}");
        }
    }

    #[test]
    fn redirects_are_followed_within_the_origin_only() {
        let from = [url("https://bo.example.go.th/api/v1/auth/token")];
        assert_eq!(
            follow_redirect(&url("https://bo.example.go.th/v2/auth/token"), &from),
            Ok(())
        );
        assert_eq!(
            follow_redirect(&url("https://BO.example.go.th:443/x"), &from),
            Ok(()),
            "the default port is the same origin"
        );
        for other in [
            "http://bo.example.go.th/api/v1/auth/token",
            "https://bo.example.go.th:8443/api/v1/auth/token",
            "https://evil.example.com/api/v1/auth/token",
            "https://bo.example.go.th.evil.com/",
        ] {
            let refused = follow_redirect(&url(other), &from).unwrap_err();
            assert!(
                matches!(&refused, RedirectRefused::OtherOrigin { to, .. } if to == &url(other).to_string()),
                "{other}: {refused:?}"
            );
        }
        let local = [url("http://127.0.0.1:8787/api/v1/me")];
        assert!(follow_redirect(&url("http://127.0.0.1:8788/api/v1/me"), &local).is_err());
        assert!(follow_redirect(&url("https://127.0.0.1:8787/api/v1/me"), &local).is_err());
        let many = vec![url("https://bo.example.go.th/a"); MAX_REDIRECTS + 1];
        assert_eq!(
            follow_redirect(&url("https://bo.example.go.th/b"), &many),
            Err(RedirectRefused::TooMany)
        );
    }

    #[test]
    fn certificate_errors_are_told_apart_and_not_retried() {
        let unknown = rustls::Error::InvalidCertificate(rustls::CertificateError::UnknownIssuer);
        let wrapped = std::io::Error::new(std::io::ErrorKind::InvalidData, unknown);
        #[derive(Debug, thiserror::Error)]
        #[error("client error (Connect)")]
        struct Outer(#[source] std::io::Error);
        let outer = Outer(wrapped);
        let problem = certificate_problem(&outer).unwrap();
        assert!(problem.contains("does not trust"), "{problem}");
        let expired = rustls::Error::InvalidCertificate(rustls::CertificateError::Expired);
        assert!(describe_tls(&expired).unwrap().contains("expired"));
        let alert = rustls::Error::AlertReceived(rustls::AlertDescription::HandshakeFailure);
        assert_eq!(describe_tls(&alert), None, "not about the certificate");
        let plain = std::io::Error::other("connection reset");
        assert_eq!(certificate_problem(&plain), None);
        assert!(!Fault::Certificate(problem).may_retry());
        assert!(!Fault::Redirect(String::new()).may_retry());
        assert!(Fault::Timeout { connecting: false }.may_retry());
        assert!(Fault::Other.may_retry());
    }

    #[test]
    fn a_pem_file_of_authorities_is_checked() {
        assert_eq!(
            Authorities::from_pem(b"not a certificate\n").unwrap_err(),
            AuthoritiesError::Empty
        );
        let junk = b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n";
        assert!(matches!(
            Authorities::from_pem(junk).unwrap_err(),
            AuthoritiesError::Unusable { number: 1, .. }
        ));
        let broken = b"-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----\n";
        assert!(matches!(
            Authorities::from_pem(broken).unwrap_err(),
            AuthoritiesError::NotPem(_)
        ));
    }

    #[test]
    fn the_deadline_is_three_tries_and_the_default_ends_within_a_minute() {
        let t = Transport::default();
        assert_eq!(t.deadline(), Duration::from_secs(60));
        let quick = Transport {
            timeout: Duration::from_secs(2),
            ..Transport::default()
        };
        assert_eq!(quick.deadline(), Duration::from_secs(6));
        assert_eq!(quick.connect_timeout(), Duration::from_secs(2));
        assert_eq!(t.connect_timeout(), CONNECT_TIMEOUT);
    }
}
