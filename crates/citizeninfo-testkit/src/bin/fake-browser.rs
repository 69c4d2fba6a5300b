//! A browser for tests, run by `citizeninfo login --openid` as `$BROWSER URL`: it
//! follows redirects over plain HTTP, and on the built-in issuer's login page signs
//! in as `FAKE_BROWSER_LOGIN` (`username:password`) and approves (or what
//! `FAKE_BROWSER_ACTION` says, such as `deny`), as a person would; it stops at the
//! first answer that is no redirect and no login page, and writes that page to the
//! file `FAKE_BROWSER_PAGE` when named. `FAKE_BROWSER_STATE` replaces the `state`
//! of the address it is given, as a sign-in started elsewhere would come back.

#![allow(
    clippy::print_stderr,
    reason = "a test helper: it says where it went, for the test's transcript"
)]

use std::io::{Read, Write};
use std::net::TcpStream;

/// One HTTP/1.1 exchange: the status, the `Location` header and the body.
fn fetch(url: &str, form: Option<&str>) -> Result<(u16, Option<String>, String), String> {
    let rest = url
        .strip_prefix("http://")
        .ok_or_else(|| format!("{url} is not plain http"))?;
    let (host, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    let mut stream = TcpStream::connect(host).map_err(|e| format!("{host}: {e}"))?;
    let request = match form {
        None => format!("GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"),
        Some(body) => format!(
            "POST {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        ),
    };
    stream
        .write_all(request.as_bytes())
        .map_err(|e| e.to_string())?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&answer).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or("no status")?;
    let location = head.lines().find_map(|l| {
        let (name, value) = l.split_once(':')?;
        name.eq_ignore_ascii_case("location")
            .then(|| value.trim().to_owned())
    });
    let location = location.map(|l| {
        if l.starts_with('/') {
            format!("http://{host}{l}")
        } else {
            l
        }
    });
    Ok((status, location, body.to_owned()))
}

fn main() -> std::process::ExitCode {
    let Some(mut url) = std::env::args().nth(1) else {
        eprintln!("usage: fake-browser URL");
        return std::process::ExitCode::from(2);
    };
    let login = std::env::var("FAKE_BROWSER_LOGIN").ok();
    let action = std::env::var("FAKE_BROWSER_ACTION").unwrap_or_else(|_| "approve".to_owned());
    if let Ok(state) = std::env::var("FAKE_BROWSER_STATE")
        && let Some((head, query)) = url.clone().split_once('?')
    {
        let query: Vec<String> = query
            .split('&')
            .map(|p| match p.split_once('=') {
                Some(("state", _)) => format!("state={state}"),
                _ => p.to_owned(),
            })
            .collect();
        url = format!("{head}?{}", query.join("&"));
    }
    let mut form: Option<String> = None;
    for _ in 0..10 {
        eprintln!(
            "fake-browser: {} {url}",
            if form.is_some() { "POST" } else { "GET" }
        );
        let (status, location, body) = match fetch(&url, form.as_deref()) {
            Ok(answer) => answer,
            Err(e) => {
                eprintln!("fake-browser: {e}");
                return std::process::ExitCode::FAILURE;
            }
        };
        form = None;
        if let (300..=399, Some(next)) = (status, location) {
            url = next;
            continue;
        }
        if let (200, Some(login), true) =
            (status, &login, body.contains("action=\"/_oidc/authorize\""))
        {
            // The login page's form holds the request's parameters: post them back
            // with the person's answer.
            let (user, password) = login.split_once(':').unwrap_or((login.as_str(), ""));
            let query = url.split_once('?').map(|(_, q)| q).unwrap_or_default();
            form = Some(format!(
                "{query}&username={user}&password={password}&action={action}"
            ));
            url = url.split('?').next().unwrap_or_default().to_owned();
            continue;
        }
        eprintln!("fake-browser: stopped at {status}");
        if let Ok(file) = std::env::var("FAKE_BROWSER_PAGE")
            && let Err(e) = std::fs::write(&file, format!("{status}\n{body}"))
        {
            eprintln!("fake-browser: {file}: {e}");
        }
        return std::process::ExitCode::SUCCESS;
    }
    eprintln!("fake-browser: too many redirects");
    std::process::ExitCode::FAILURE
}
