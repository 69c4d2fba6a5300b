//! OpenID sign-in end to end, with two sandboxes: one the issuer (the built-in one,
//! under `/_oidc/`), the other trusting it with `--oidc-issuer`. The real
//! `citizeninfo` signs in by the device flow and by the code flow with PKCE, a test
//! browser (`fake-browser` of the testkit) playing the person through `$BROWSER`;
//! the service trades the ID token for its own tokens, and refuses tokens crafted
//! to be wrong.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails loudly on what it did not expect"
)]

use citizeninfo_testkit as common;

use std::path::PathBuf;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use common::{Cli, Sandbox, expect_error, json, s, write};
use reqwest::StatusCode;
use serde_json::{Value, json};

/// The issuer's signing key in the refusal tests, and a key it never published.
fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn issuer_of(sb: &Sandbox) -> String {
    format!("{}/_oidc", sb.url)
}

/// A sandbox trusting `issuer`'s built-in issuer.
fn trusting(issuer: &Sandbox, extra: &[&str]) -> Sandbox {
    let url = issuer_of(issuer);
    let mut args = vec!["--demo", "40", "--oidc-issuer", url.as_str()];
    args.extend_from_slice(extra);
    Sandbox::start(&args)
}

fn fake_browser() -> String {
    common::bin_of("citizeninfo-testkit", "fake-browser")
        .to_str()
        .unwrap()
        .to_owned()
}

fn status(cli: &Cli) -> Value {
    let r = cli.run(&["auth", "status", "-o", "json"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    json(&r.stdout)
}

#[test]
fn device_flow_at_the_issuer_signs_in_at_the_sandbox_that_trusts_it() {
    let a = Sandbox::start(&["--openid-auto-approve", "--device-interval", "1"]);
    let b = trusting(&a, &[]);
    let cli = Cli::new(&b);
    let r = cli.run(&["login", "--openid", "--device"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert!(
        r.stderr
            .contains(&format!("open {}/device and enter the code", issuer_of(&a))),
        "{}",
        r.transcript()
    );
    assert!(
        r.stderr.contains("The code expires in 10 min"),
        "{}",
        r.stderr
    );
    let v = status(&cli);
    assert_eq!(v["account"]["username"], "openid");
    assert_eq!(v["account"]["kind"], "openid");
    // The issuer and client id the service named are kept in the profile.
    let config = std::fs::read_to_string(cli.dir.path().join("config.yaml")).unwrap();
    assert!(
        config.contains(&format!("openid_issuer: {}", issuer_of(&a))),
        "{config}"
    );
    assert!(
        config.contains("openid_client_id: citizeninfo-cli"),
        "{config}"
    );

    // Over SSH the device flow is chosen, even where a browser is named.
    let r = cli.run_with(
        &["login", "--openid"],
        "",
        &[
            ("SSH_CONNECTION", "10.0.0.1 50000 10.0.0.2 22"),
            ("BROWSER", "false"),
        ],
    );
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert!(r.stderr.contains("and enter the code"), "{}", r.stderr);
}

#[test]
fn code_flow_with_pkce_signs_in_through_the_browser_and_its_login_page() {
    // No auto-approval: the browser signs in on the issuer's login page.
    let a = Sandbox::start(&[]);
    let b = trusting(&a, &[]);
    let cli = Cli::new(&b);
    let browser = fake_browser();
    let r = cli.run_with(
        &["login", "--openid"],
        "",
        &[
            ("BROWSER", &browser),
            ("FAKE_BROWSER_LOGIN", "openid:openid"),
        ],
    );
    assert_eq!(r.code, 0, "{}", r.transcript());
    // The address is always printed, with PKCE S256, a state and a nonce, and a
    // loopback redirect.
    let url = r
        .stderr
        .lines()
        .find(|l| l.contains("/_oidc/authorize?"))
        .unwrap_or_else(|| panic!("no address printed: {}", r.stderr));
    for part in [
        "response_type=code",
        "client_id=citizeninfo-cli",
        "code_challenge_method=S256",
        "code_challenge=",
        "state=",
        "nonce=",
        "redirect_uri=http%3A%2F%2F127.0.0.1%3A",
        "scope=openid",
    ] {
        assert!(url.contains(part), "{part} missing from {url}");
    }
    assert_eq!(status(&cli)["account"]["username"], "openid");

    // With --openid-auto-approve the authorization endpoint sends the browser
    // straight back: a browser that only follows redirects signs in.
    let a2 = Sandbox::start(&["--openid-auto-approve"]);
    let b2 = trusting(&a2, &[]);
    let cli2 = Cli::new(&b2);
    let r = cli2.run_with(&["login", "--openid"], "", &[("BROWSER", &browser)]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert_eq!(status(&cli2)["account"]["kind"], "openid");
}

#[test]
fn the_services_tokens_refresh_after_an_openid_sign_in() {
    let a = Sandbox::start(&["--openid-auto-approve", "--device-interval", "1"]);
    let b = trusting(&a, &["--token-ttl", "1"]);
    let cli = Cli::new(&b);
    let r = cli.run(&["login", "--openid", "--device"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let saved = || {
        let path = cli.dir.path().join("credentials/default.json");
        json(&std::fs::read_to_string(path).unwrap())["access_token"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let first = saved();
    // The access token lasts one second; a call after that refreshes it.
    common::wait_until("the token to be refreshed", Duration::from_secs(20), || {
        let v = status(&cli);
        assert_eq!(v["account"]["username"], "openid");
        saved() != first
    });
}

/// The newcomer's Authorize Code and unit from the sandbox's banner.
fn newcomer_unit(sb: &Sandbox) -> (String, String, String, String) {
    let line = sb
        .banner
        .iter()
        .find(|l| l.contains("register with Authorize Code"))
        .unwrap_or_else(|| panic!("{:?}", sb.banner));
    let word_after = |w: &str| {
        line.split(w)
            .nth(1)
            .unwrap()
            .trim_start()
            .split([' ', ',', ')'])
            .next()
            .unwrap()
            .to_owned()
    };
    (
        word_after("Authorize Code"),
        word_after("ministry"),
        word_after("department"),
        word_after("agency"),
    )
}

#[test]
fn a_person_the_service_does_not_know_registers_with_the_authorize_code() {
    let a = Sandbox::start(&[]);
    let b = trusting(&a, &[]);
    let cli = Cli::new(&b);
    let browser = fake_browser();
    let env = [
        ("BROWSER", browser.as_str()),
        ("FAKE_BROWSER_LOGIN", "openid-newcomer:openid-newcomer"),
    ];
    let (code, ministry, department, agency) = newcomer_unit(&b);
    let r = cli.run_with(
        &[
            "login",
            "--openid",
            "--authorize-code-stdin",
            "--ministry",
            &ministry,
            "--department",
            &department,
            "--agency",
            &agency,
            "--contact-name",
            "สมหญิง ใจดี",
            "--email",
            "somying@example.go.th",
            "--telephone",
            "021234567",
        ],
        &format!("{code}\n"),
        &env,
    );
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert!(
        r.stderr.contains("has never signed in here"),
        "{}",
        r.transcript()
    );
    let v = status(&cli);
    assert_eq!(v["account"]["username"], "openid-newcomer");
    assert_eq!(v["account"]["scope"]["kind"], "unit");

    // Bound to the person: the next sign-in goes straight in.
    let r = cli.run_with(&["login", "--openid"], "", &env);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert!(!r.stderr.contains("never signed in"), "{}", r.stderr);
}

#[test]
fn an_openid_account_signed_in_at_the_trusted_issuer_adds_a_point() {
    let a = Sandbox::start(&["--openid-auto-approve", "--device-interval", "1"]);
    let b = trusting(&a, &[]);
    let cli = Cli::new(&b);
    let r = cli.run(&["login", "--openid", "--device"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let file = write(
        cli.dir.path(),
        "point.yaml",
        "code: \"1401019000001\"\nagency_id: \"140101\"\nparent_code: \"1401010000001\"\ntype: ส่วนราชการ\n\
         subtype: ส่วนราชการ ที่ตั้งอยู่ในภูมิภาค\ncategory: แจ้ง\nname_th: ที่ว่าการอำเภอบางกรวย\n\
         name_en: Bang Kruai District Office\nfull_name: ที่ว่าการอำเภอบางกรวย จังหวัดนนทบุรี\n\
         address_th: ถนนบางกรวย-ไทรน้อย อ.บางกรวย จ.นนทบุรี 11130\nprovince: นนทบุรี\nlat: 13.805\nlng: 100.473\n\
         hours: mon-fri 08:30-16:30\n",
    );
    let r = cli.run(&["points", "add", "--from", s(&file)]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let r = cli.run(&["points", "show", "1401019000001", "-o", "json"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
}

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// Claims of a good ID token from `iss` for the demo OpenID account.
fn claims(iss: &str) -> Value {
    let now = now();
    json!({
        "iss": iss,
        "sub": "openid",
        "aud": "citizeninfo-cli",
        "azp": "citizeninfo-cli",
        "exp": now + 300,
        "iat": now,
        "jti": format!("test-{}", now),
    })
}

fn sign(key: &str, kid: &str, claims: &Value) -> String {
    let pem = std::fs::read(fixture(key)).unwrap();
    let key = jsonwebtoken::EncodingKey::from_ec_pem(&pem).unwrap();
    let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::ES256);
    header.kid = Some(kid.to_owned());
    jsonwebtoken::encode(&header, claims, &key).unwrap()
}

fn b64(v: &Value) -> String {
    // Base64url without padding, as a JWT's parts are.
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let bytes = v.to_string().into_bytes();
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (k, b)| n | u32::from(*b) << (16 - 8 * k));
        for k in 0..=chunk.len() {
            out.push(A[(n >> (18 - 6 * k) & 63) as usize] as char);
        }
    }
    out
}

async fn refused(b: &Sandbox, token: &str, says: &str) {
    let body = expect_error(
        b.exchange(token).await,
        StatusCode::BAD_REQUEST,
        "invalid_grant",
    )
    .await;
    let message = body["error_description"].as_str().unwrap();
    assert!(message.contains(says), "{says:?} not in {message:?}");
}

#[tokio::test]
async fn id_tokens_that_are_wrong_are_refused() {
    let a = Sandbox::start(&[
        "--oidc-signing-key",
        fixture("oidc-key.pem").to_str().unwrap(),
    ]);
    let b = trusting(&a, &[]);
    let iss = issuer_of(&a);
    let jwks: Value = reqwest::get(format!("{iss}/jwks"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let kid = jwks["keys"][0]["kid"].as_str().unwrap().to_owned();

    // The wrong audience, the wrong issuer, another client, expired, issued long ago.
    let mut c = claims(&iss);
    c["aud"] = json!("another-app");
    refused(
        &b,
        &sign("oidc-key.pem", &kid, &c),
        "not meant for this service",
    )
    .await;
    let mut c = claims("http://127.0.0.1:9/elsewhere");
    c["jti"] = json!("wrong-iss");
    refused(
        &b,
        &sign("oidc-key.pem", &kid, &c),
        "not issued by the trusted issuer",
    )
    .await;
    let mut c = claims(&iss);
    c["azp"] = json!("another-app");
    refused(
        &b,
        &sign("oidc-key.pem", &kid, &c),
        "issued to the client another-app",
    )
    .await;
    let mut c = claims(&iss);
    // Past the five minutes a clock may be off.
    c["exp"] = json!(now() - 360);
    c["iat"] = json!(now() - 660);
    refused(&b, &sign("oidc-key.pem", &kid, &c), "expired").await;
    let mut c = claims(&iss);
    c["iat"] = json!(now() - 3600);
    refused(&b, &sign("oidc-key.pem", &kid, &c), "was issued 3600 s ago").await;
    // Signed by a key the issuer never published, under its key id.
    refused(
        &b,
        &sign("oidc-other-key.pem", &kid, &claims(&iss)),
        "signature",
    )
    .await;
    // Not signed at all.
    let none = format!(
        "{}.{}.",
        b64(&json!({"alg": "none", "typ": "JWT"})),
        b64(&claims(&iss))
    );
    refused(&b, &none, "asymmetric").await;
    // Signed with a shared secret: the client id would be enough to forge it.
    let hs = jsonwebtoken::encode(
        &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
        &claims(&iss),
        &jsonwebtoken::EncodingKey::from_secret(b"citizeninfo-cli").unwrap(),
    )
    .unwrap();
    refused(&b, &hs, "only asymmetric").await;

    // A good one is traded once. Sent again at once (an answer lost on the way) it
    // gets that same answer, not new tokens; once those tokens are used, or after
    // the grace period, it is refused.
    let good = sign("oidc-key.pem", &kid, &claims(&iss));
    let first: Value = b.exchange(&good).await.json().await.unwrap();
    assert!(first["access_token"].is_string(), "{first}");
    let again: Value = b.exchange(&good).await.json().await.unwrap();
    assert_eq!(again, first);
    let r = b
        .post_token(&[
            ("grant_type", "refresh_token"),
            ("refresh_token", first["refresh_token"].as_str().unwrap()),
        ])
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    refused(&b, &good, "the session it started has been ended").await;
}

/// Signs in by the device flow through `b`, which trusts `a`'s built-in issuer.
fn device_login(b: &Sandbox) -> (Cli, common::Run) {
    let cli = Cli::new(b);
    let r = cli.run(&["login", "--openid", "--device"]);
    (cli, r)
}

#[test]
fn an_issuer_whose_identifier_ends_in_a_slash_is_used_exactly_as_written() {
    let a = Sandbox::start(&[
        "--openid-auto-approve",
        "--device-interval",
        "1",
        "--oidc-issuer-slash",
    ]);
    let iss = format!("{}/", issuer_of(&a));
    let b = Sandbox::start(&["--demo", "40", "--oidc-issuer", &iss]);
    let (cli, r) = device_login(&b);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert_eq!(status(&cli)["account"]["username"], "openid");
    let config = std::fs::read_to_string(cli.dir.path().join("config.yaml")).unwrap();
    assert!(
        config.contains(&format!("openid_issuer: {iss}\n")),
        "{config}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_provider_whose_clock_is_five_minutes_ahead_or_behind_signs_in() {
    // Ahead: the issuer's clock is moved forward.
    let a = Sandbox::start(&["--openid-auto-approve", "--device-interval", "1"]);
    let b = trusting(&a, &[]);
    a.advance_clock(300).await;
    let (cli, r) = tokio::task::block_in_place(|| device_login(&b));
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert_eq!(status(&cli)["account"]["username"], "openid");
    // Behind: the service's clock is moved forward instead.
    let a = Sandbox::start(&["--openid-auto-approve", "--device-interval", "1"]);
    let b = trusting(&a, &[]);
    b.advance_clock(300).await;
    let (cli, r) = tokio::task::block_in_place(|| device_login(&b));
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert_eq!(status(&cli)["account"]["username"], "openid");
}

#[test]
fn plain_http_endpoints_of_a_discovery_document_on_another_computer_are_refused() {
    let a = Sandbox::start(&[
        "--openid-auto-approve",
        "--oidc-endpoints-at",
        "http://login.example.net",
    ]);
    let b = trusting(&a, &[]);
    // Refused before anything is sent there (the host does not even exist).
    let (_, r) = device_login(&b);
    assert_eq!(r.code, 4, "{}", r.transcript());
    assert!(
        r.stderr.contains(
            "http://login.example.net/_oidc/authorize is plain http:// to another computer"
        ),
        "{}",
        r.transcript()
    );
    assert!(!r.stderr.contains("could not reach"), "{}", r.transcript());
}

#[tokio::test]
async fn unknown_key_ids_fetch_the_issuers_keys_at_most_once_a_minute() {
    let a = Sandbox::start(&[
        "--oidc-signing-key",
        fixture("oidc-key.pem").to_str().unwrap(),
    ]);
    let b = trusting(&a, &[]);
    let iss = issuer_of(&a);
    a.reset_stats().await;
    let forged = |n: usize| {
        let mut c = claims(&iss);
        c["jti"] = json!(format!("forged-{n}"));
        sign("oidc-other-key.pem", &format!("unknown-{n}"), &c)
    };
    for n in 0..20 {
        refused(&b, &forged(n), "does not publish").await;
    }
    // The keys were read when the service started, less than a minute ago.
    let fetches = || async { a.stats().await.count("GET", "/_oidc/jwks") };
    assert_eq!(fetches().await, 0);
    b.advance_clock(61).await;
    for n in 20..40 {
        refused(&b, &forged(n), "does not publish").await;
    }
    assert_eq!(fetches().await, 1);
}

/// Signs in through the fake browser with extra settings: the run, and the page
/// the browser was left on (once it has written it).
fn browser_login(b: &Sandbox, env: &[(&str, &str)]) -> (common::Run, String) {
    let cli = Cli::new(b);
    let browser = fake_browser();
    let page = cli.dir.path().join("page.html");
    let mut all = vec![
        ("BROWSER", browser.as_str()),
        ("FAKE_BROWSER_LOGIN", "openid:openid"),
        ("FAKE_BROWSER_PAGE", s(&page)),
    ];
    all.extend_from_slice(env);
    let r = cli.run_with(&["login", "--openid"], "", &all);
    common::wait_until("the browser's page", Duration::from_secs(20), || {
        std::fs::read_to_string(&page).is_ok_and(|p| p.contains("</html>"))
    });
    (r, std::fs::read_to_string(&page).unwrap())
}

#[test]
fn the_browsers_return_is_checked_and_each_ending_says_what_happened() {
    let a = Sandbox::start(&[]);
    let b = trusting(&a, &[]);
    // Signed in: the page says so once the code was traded.
    let (r, page) = browser_login(&b, &[]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert!(page.contains("Signed in"), "{page}");

    // Another issuer's answer (RFC 9207 mix-up): refused, and the page does not
    // say signed in.
    let mixed = Sandbox::start(&["--oidc-response-iss", "http://127.0.0.1:9/other"]);
    let b2 = trusting(&mixed, &[]);
    let (r, page) = browser_login(&b2, &[]);
    assert_eq!(r.code, 4, "{}", r.transcript());
    assert!(
        r.stderr
            .contains("came back from the issuer http://127.0.0.1:9/other"),
        "{}",
        r.transcript()
    );
    assert!(!page.contains("Signed in"), "{page}");

    // Cancelled at the provider.
    let (r, page) = browser_login(&b, &[("FAKE_BROWSER_ACTION", "deny")]);
    assert_eq!(r.code, 4, "{}", r.transcript());
    assert!(r.stderr.contains("cancelled"), "{}", r.transcript());
    assert!(!r.stderr.contains("check the issuer"), "{}", r.transcript());
    assert!(!page.contains("Signed in"), "{page}");

    // Another sign-in's state.
    let (r, _) = browser_login(&b, &[("FAKE_BROWSER_STATE", "not-this-one")]);
    assert_eq!(r.code, 4, "{}", r.transcript());
    assert!(r.stderr.contains("another sign-in"), "{}", r.transcript());
    assert!(!r.stderr.contains("check the issuer"), "{}", r.transcript());
}

#[test]
fn after_logout_of_an_openid_profile_the_hint_names_login_openid() {
    let a = Sandbox::start(&["--openid-auto-approve", "--device-interval", "1"]);
    let b = trusting(&a, &[]);
    let (cli, r) = device_login(&b);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let r = cli.run(&["logout"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let r = cli.run(&["points", "list"]);
    assert_eq!(r.code, 4, "{}", r.transcript());
    assert!(
        r.stderr.contains("`citizeninfo login --openid`"),
        "{}",
        r.transcript()
    );
}

#[test]
fn verbose_traces_the_calls_to_the_provider_without_secrets() {
    let a = Sandbox::start(&["--openid-auto-approve", "--device-interval", "1"]);
    let b = trusting(&a, &[]);
    let cli = Cli::new(&b);
    let r = cli.run(&["-v", "login", "--openid", "--device"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let iss = issuer_of(&a);
    for call in [
        format!("GET {iss}/.well-known/openid-configuration -> 200"),
        format!("POST {iss}/device_authorization -> 200"),
        format!("POST {iss}/token -> 200"),
        format!("GET {iss}/jwks -> 200"),
    ] {
        assert!(r.stderr.contains(&call), "{call} not traced: {}", r.stderr);
    }
    // No token (a JWT starts eyJ) and no device code.
    assert!(!r.stderr.contains("eyJ"), "{}", r.stderr);
    assert!(!r.stderr.contains("device_code="), "{}", r.stderr);
}
