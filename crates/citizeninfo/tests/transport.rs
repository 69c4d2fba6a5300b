//! How the tool reaches the service, end to end with the real binary: time limits
//! against a host that never answers, plain http only to this computer, redirects
//! within the service's origin only, and the certificate authorities it trusts.
//! The hostile hosts are plain listeners on 127.0.0.1 (behaviour the sandbox cannot
//! serve); the TLS test puts a TLS front before a real sandbox.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails loudly on what it did not expect"
)]

use citizeninfo_testkit as common;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use common::{Cli, Run, Sandbox, s, write};

/// The environment variables that would steer the tool elsewhere than a test says.
const STEERING: &[&str] = &[
    "CITIZENINFO_URL",
    "CITIZENINFO_TOKEN",
    "CITIZENINFO_PROFILE",
    "CITIZENINFO_TIMEOUT",
    "CITIZENINFO_CA_CERT",
    "CITIZENINFO_INSECURE_HTTP",
    "HTTP_PROXY",
    "http_proxy",
    "HTTPS_PROXY",
    "https_proxy",
    "ALL_PROXY",
    "all_proxy",
    "NO_PROXY",
    "no_proxy",
    "SSL_CERT_FILE",
    "SSL_CERT_DIR",
];

/// Runs `citizeninfo` with a settings folder of its own, `stdin` as its input and
/// these variables; how long it took.
fn citizeninfo(dir: &Path, args: &[&str], stdin: &str, env: &[(&str, &str)]) -> (Run, Duration) {
    let mut c = Command::new(common::bin("citizeninfo"));
    c.args(args)
        .env("CITIZENINFO_CONFIG_DIR", dir)
        .env("NO_COLOR", "1");
    for var in STEERING {
        c.env_remove(var);
    }
    for (k, v) in env {
        c.env(k, v);
    }
    let started = Instant::now();
    let run = common::run(c, stdin);
    let took = started.elapsed();
    (run, took)
}

/// A host that accepts connections and never answers: each is kept open, unread.
fn black_hole() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for conn in listener.incoming().flatten() {
            held.push(conn);
        }
    });
    addr
}

/// Reads one request's head (through the blank line) from `conn`.
fn read_head(conn: &mut TcpStream) -> String {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        match conn.read(&mut byte) {
            Ok(1) => head.push(byte[0]),
            _ => break,
        }
    }
    String::from_utf8_lossy(&head).into_owned()
}

/// A host that answers every request with `answer`, counting them and keeping the
/// head of each.
fn answering(answer: String) -> (SocketAddr, Arc<std::sync::Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let heads = Arc::new(std::sync::Mutex::new(Vec::new()));
    let seen = Arc::clone(&heads);
    std::thread::spawn(move || {
        for mut conn in listener.incoming().flatten() {
            let head = read_head(&mut conn);
            seen.lock().unwrap().push(head);
            let _ = conn.write_all(answer.as_bytes());
        }
    });
    (addr, heads)
}

/// Whether anything connected to `listener` (that no thread accepts from).
fn was_connected(listener: &TcpListener) -> bool {
    listener.set_nonblocking(true).unwrap();
    match listener.accept() {
        Ok(_) => true,
        Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => false,
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn black_hole_gives_up_within_the_timeout() {
    let hole = black_hole();
    let url = format!("http://{hole}");
    let dir = tempfile::tempdir().unwrap();
    // A read is tried again until the deadline: three tries' worth of --timeout.
    let (r, took) = citizeninfo(
        dir.path(),
        &["--url", &url, "--timeout", "2", "points", "list"],
        "",
        &[("CITIZENINFO_TOKEN", "t")],
    );
    assert_eq!(r.code, 1, "{}", r.transcript());
    assert!(
        r.stderr
            .contains(&format!("error: no answer from {url}/api/v1/points")),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("within 2 s"), "{}", r.stderr);
    assert!(
        r.stderr
            .contains("hint: give it longer with --timeout SECONDS"),
        "{}",
        r.stderr
    );
    assert!(took < Duration::from_secs(15), "took {took:?}");
    assert!(took >= Duration::from_secs(2), "took {took:?}");

    // The environment sets it too; signing in is tried again like a read.
    let (r, took) = citizeninfo(
        dir.path(),
        &["login", "-u", "demo", "--password-stdin"],
        "demo\n",
        &[("CITIZENINFO_URL", &url), ("CITIZENINFO_TIMEOUT", "1")],
    );
    assert_eq!(r.code, 1, "{}", r.transcript());
    assert!(r.stderr.contains("within 1 s"), "{}", r.stderr);
    assert!(r.stderr.contains("--timeout"), "{}", r.stderr);
    assert!(took < Duration::from_secs(15), "took {took:?}");
}

#[test]
fn plain_http_to_another_computer_is_refused_before_any_connection() {
    let dir = tempfile::tempdir().unwrap();
    // A proxy that would see any request: the tool sends none.
    let invalid_grant =
        r#"{"error":"invalid_grant","error_description":"wrong username or password"}"#;
    let (proxy, heads) = answering(format!(
        "HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{invalid_grant}",
        invalid_grant.len()
    ));
    let proxy_url = format!("http://{proxy}");
    let env = [("HTTP_PROXY", proxy_url.as_str())];
    for url in [
        "http://example.invalid",
        "http://10.0.0.1:8787",
        "http://0.0.0.0:8787",
    ] {
        let (r, _) = citizeninfo(
            dir.path(),
            &["--url", url, "login", "-u", "demo", "--password-stdin"],
            "demo\n",
            &env,
        );
        assert_eq!(r.code, 2, "{url}: {}", r.transcript());
        assert!(
            r.stderr.contains(&format!("\"{url}\" is plain http://")),
            "{}",
            r.stderr
        );
        assert!(
            r.stderr
                .contains("only for this computer (localhost, 127.0.0.0/8, [::1])"),
            "{}",
            r.stderr
        );
        assert!(r.stderr.contains("--insecure-http"), "{}", r.stderr);
    }
    assert!(heads.lock().unwrap().is_empty(), "nothing was sent");

    // Allowed when asked for: the request goes out (here, through the proxy, which
    // proves HTTP_PROXY is honoured) and fails for what the service answers.
    for allow in [
        &["--insecure-http"][..],
        &[][..], // CITIZENINFO_INSECURE_HTTP below
    ] {
        let mut args = vec!["--url", "http://example.invalid"];
        args.extend_from_slice(allow);
        args.extend(["login", "-u", "demo", "--password-stdin"]);
        let mut env = env.to_vec();
        if allow.is_empty() {
            env.push(("CITIZENINFO_INSECURE_HTTP", "1"));
        }
        let (r, _) = citizeninfo(dir.path(), &args, "demo\n", &env);
        assert_eq!(r.code, 4, "{}", r.transcript());
        assert!(!r.stderr.contains("plain http://"), "{}", r.stderr);
    }
    let heads = heads.lock().unwrap();
    assert_eq!(heads.len(), 2, "{heads:?}");
    assert!(
        heads
            .iter()
            .all(|h| h.starts_with("POST http://example.invalid/api/v1/auth/token HTTP/1.1")),
        "{heads:?}"
    );
    // Loopback addresses need no flag (nothing listens on port 9 here).
    for url in ["http://localhost:9", "http://127.0.0.2:9", "http://[::1]:9"] {
        let (r, _) = citizeninfo(dir.path(), &["--url", url, "auth", "status"], "", &[]);
        assert_ne!(r.code, 2, "{url}: {}", r.transcript());
    }
}

#[test]
fn a_service_on_this_computer_is_reached_directly_whatever_the_proxy_settings() {
    let sb = common::Sandbox::start(&["--demo", "5"]);
    let dir = tempfile::tempdir().unwrap();
    // A proxy that would see the password in the clear: it sees nothing.
    let (proxy, heads) =
        answering("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n".to_owned());
    let proxy_url = format!("http://{proxy}");
    let env = [
        ("HTTP_PROXY", proxy_url.as_str()),
        ("ALL_PROXY", proxy_url.as_str()),
    ];
    let (r, _) = citizeninfo(
        dir.path(),
        &["--url", &sb.url, "login", "-u", "demo", "--password-stdin"],
        "demo\n",
        &env,
    );
    assert_eq!(r.code, 0, "{}", r.transcript());
    let (r, _) = citizeninfo(dir.path(), &["--url", &sb.url, "points", "list"], "", &env);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert!(
        heads.lock().unwrap().is_empty(),
        "nothing went through the proxy"
    );
}

#[test]
fn a_redirect_to_another_origin_is_not_followed() {
    // Where the redirect points: nothing may connect to it.
    let elsewhere = TcpListener::bind("127.0.0.1:0").unwrap();
    let there = format!(
        "http://{}/api/v1/auth/token",
        elsewhere.local_addr().unwrap()
    );
    let (redirecting, heads) = answering(format!(
        "HTTP/1.1 307 Temporary Redirect\r\nLocation: {there}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    ));
    let url = format!("http://{redirecting}");
    let dir = tempfile::tempdir().unwrap();
    let (r, _) = citizeninfo(
        dir.path(),
        &["--url", &url, "login", "-u", "demo", "--password-stdin"],
        "secret\n",
        &[],
    );
    assert_eq!(r.code, 1, "{}", r.transcript());
    assert!(
        r.stderr.contains(&format!(
            "error: {url}/api/v1/auth/token redirected to {there}, which is not followed"
        )),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("another origin"), "{}", r.stderr);
    assert!(
        r.stderr.contains("hint: a redirect is followed only"),
        "{}",
        r.stderr
    );
    assert!(!was_connected(&elsewhere), "the password went elsewhere");
    assert_eq!(
        heads.lock().unwrap().len(),
        1,
        "a refused redirect is not retried"
    );
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/tls")
        .join(name)
}

#[test]
fn a_ca_file_that_is_not_a_certificate_is_refused_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let junk = write(dir.path(), "agency-ca.pem", "not a certificate\n");
    let missing = dir.path().join("missing.pem");
    for (file, why) in [
        (&junk, "holds no certificate"),
        (&missing, "could not read"),
        (&fixture("README.md"), "holds no certificate"),
    ] {
        let (r, _) = citizeninfo(
            dir.path(),
            &["--ca-cert", s(file), "auth", "status"],
            "",
            &[],
        );
        assert_eq!(r.code, 2, "{}", r.transcript());
        assert!(r.stderr.contains(s(file)), "{}", r.stderr);
        assert!(r.stderr.contains("--ca-cert"), "{}", r.stderr);
        assert!(r.stderr.contains(why), "{}", r.stderr);
    }
    let (r, _) = citizeninfo(
        dir.path(),
        &["auth", "status"],
        "",
        &[("CITIZENINFO_CA_CERT", s(&junk))],
    );
    assert_eq!(r.code, 2, "{}", r.transcript());
    assert!(r.stderr.contains(s(&junk)), "{}", r.stderr);
}

/// A TLS front on 127.0.0.1 for `upstream`, with the test CA's server certificate;
/// counts the connections it accepts.
fn tls_front(upstream: SocketAddr) -> (SocketAddr, Arc<AtomicUsize>) {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(fixture("server.pem"))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let key = PrivateKeyDer::from_pem_file(fixture("server.key")).unwrap();
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let addr = listener.local_addr().unwrap();
    let accepted = Arc::new(AtomicUsize::new(0));
    let count = Arc::clone(&accepted);
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).unwrap();
            while let Ok((tcp, _)) = listener.accept().await {
                count.fetch_add(1, Ordering::SeqCst);
                let acceptor = acceptor.clone();
                tokio::spawn(async move {
                    let Ok(mut tls) = acceptor.accept(tcp).await else {
                        return;
                    };
                    let Ok(mut back) = tokio::net::TcpStream::connect(upstream).await else {
                        return;
                    };
                    let _ = tokio::io::copy_bidirectional(&mut tls, &mut back).await;
                });
            }
        });
    });
    (addr, accepted)
}

#[test]
fn an_agency_ca_is_trusted_with_ca_cert_and_a_certificate_refused_is_not_retried() {
    let sb = Sandbox::start(&["--demo", "20"]);
    let upstream: SocketAddr = sb.url.trim_start_matches("http://").parse().unwrap();
    let (front, accepted) = tls_front(upstream);
    let url = format!("https://{front}");
    let cli = Cli::new(&sb);
    let login = [
        "--url",
        url.as_str(),
        "login",
        "-u",
        "demo",
        "--password-stdin",
    ];

    let r = cli.run_with(&login, "demo\n", &[]);
    assert_eq!(r.code, 1, "{}", r.transcript());
    assert!(
        r.stderr.contains(&format!(
            "error: the certificate of {url}/api/v1/auth/token was refused: it is signed by a certificate authority this computer does not trust"
        )),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("--ca-cert FILE"), "{}", r.stderr);
    assert!(r.stderr.contains("SSL_CERT_FILE"), "{}", r.stderr);
    assert_eq!(accepted.load(Ordering::SeqCst), 1, "not tried again");

    let ca = fixture("ca.pem");
    let mut with_ca = vec!["--ca-cert", s(&ca)];
    with_ca.extend(login);
    let r = cli.run_with(&with_ca, "demo\n", &[]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert!(
        r.stderr.contains(&format!("signed in to {url}")),
        "{}",
        r.stderr
    );
    let r = cli.run_with(
        &["--url", &url, "auth", "status"],
        "",
        &[("CITIZENINFO_CA_CERT", s(&ca))],
    );
    assert_eq!(r.code, 0, "{}", r.transcript());
}

#[test]
fn an_endless_answer_is_cut_at_the_size_limit_with_memory_bounded() {
    // Only the listing answers without end; signing in is served as usual.
    let sb = Sandbox::start(&[
        "--demo",
        "5",
        "--endless-body",
        "--faults-on",
        "/api/v1/points",
    ]);
    let cli = Cli::new(&sb);
    cli.login("admin");
    let mut child = cli
        .command(&["points", "list"])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let (status, peak_kib) = common::wait_with_peak(&mut child).unwrap();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert!(!status.success(), "{stderr}");
    assert!(
        stderr.contains(&format!("{}/api/v1/points", sb.url))
            && stderr.contains("answered more than 64 MiB"),
        "{stderr}"
    );
    assert!(!stderr.contains("no answer within"), "{stderr}");
    assert!(peak_kib < 256 * 1024, "peak {peak_kib} KiB");
}
