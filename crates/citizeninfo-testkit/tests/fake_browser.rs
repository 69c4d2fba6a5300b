//! The test browser the OpenID tests hand to `citizeninfo login --openid` as
//! `$BROWSER`: on the built-in issuer's login page it signs in and approves, as a
//! person would, and follows the redirect back to the client. Being a test of this
//! package, it also has `cargo test` build the browser with every other test
//! binary, so no test builds it while the tests run.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::PathBuf;
use std::time::Duration;

use citizeninfo_testkit::{Sandbox, bin_of};

#[test]
fn it_signs_in_on_the_login_page_and_comes_back_to_the_client_with_a_code() {
    let sb = Sandbox::start(&[]);
    // The client's loopback listener: it answers the redirect and tells what it got.
    let client = TcpListener::bind("127.0.0.1:0").unwrap();
    let redirect = format!(
        "http://127.0.0.1:{}/callback",
        client.local_addr().unwrap().port()
    );
    let (got, arrived) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let (mut stream, _) = client.accept().unwrap();
        let mut request = String::new();
        BufReader::new(&stream).read_line(&mut request).unwrap();
        stream
            .write_all(
                b"HTTP/1.1 200 OK\r\nContent-Length: 9\r\nConnection: close\r\n\r\nsigned in",
            )
            .unwrap();
        got.send(request).unwrap();
    });
    let url = reqwest::Url::parse_with_params(
        &format!("{}/_oidc/authorize", sb.url),
        [
            ("response_type", "code"),
            ("client_id", "citizeninfo-cli"),
            ("redirect_uri", redirect.as_str()),
            ("scope", "openid profile"),
            ("state", "st4te"),
            ("nonce", "n0nce"),
            (
                "code_challenge",
                "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
            ),
            ("code_challenge_method", "S256"),
        ],
    )
    .unwrap();
    let browser = env!("CARGO_BIN_EXE_fake-browser");
    let out = std::process::Command::new(browser)
        .arg(url.as_str())
        .env("FAKE_BROWSER_LOGIN", "openid:openid")
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{said}");
    assert!(said.contains("POST "), "it posted the login form: {said}");
    assert!(said.contains("stopped at 200"), "{said}");
    let request = arrived
        .recv_timeout(Duration::from_secs(60))
        .unwrap_or_else(|_| panic!("the browser never came back to the client: {said}"));
    assert!(request.starts_with("GET /callback?code="), "{request}");
    assert!(request.contains("state=st4te"), "{request}");

    // The browser the OpenID tests find is this one, already built.
    assert_eq!(
        bin_of("citizeninfo-testkit", "fake-browser"),
        PathBuf::from(browser)
    );
}
