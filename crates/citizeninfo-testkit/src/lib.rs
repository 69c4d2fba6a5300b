//! Starts the real `citizeninfo-sandbox` and `citizeninfo` binaries for tests and
//! benchmarks: the sandbox on a free port with its real database, the CLI pointed
//! at it with a settings folder of its own; and checks every JSON answer a test
//! reads against the answer `openapi.yaml` documents for it.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test support: a test fails loudly on what it did not expect"
)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

mod poll;
pub use poll::{wait_until, wait_until_async};

use reqwest::{Client, Method, Response, StatusCode};
use serde_json::Value;

/// The contract, `openapi.yaml` at the workspace's root, read once.
pub fn openapi() -> &'static Value {
    static DOC: OnceLock<Value> = OnceLock::new();
    DOC.get_or_init(|| {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../openapi.yaml");
        let text = std::fs::read_to_string(path).expect("openapi.yaml is readable");
        serde_saphyr::from_str(&text).expect("openapi.yaml is YAML")
    })
}

/// The document's path template a concrete path answers to, e.g.
/// `/api/v1/points/0113030601000/stats` → `/api/v1/points/{code}/stats`; a
/// literal segment wins over a parameter. The query string is ignored.
pub fn path_template(path: &str) -> Option<String> {
    let path = path.split('?').next().unwrap_or_default();
    let wanted: Vec<&str> = path.split('/').collect();
    let paths = openapi()["paths"].as_object()?;
    paths
        .keys()
        .filter_map(|template| {
            let segments: Vec<&str> = template.split('/').collect();
            if segments.len() != wanted.len() {
                return None;
            }
            let mut params = 0;
            for (t, w) in segments.iter().zip(&wanted) {
                if t.starts_with('{') && t.ends_with('}') && !w.is_empty() {
                    params += 1;
                } else if t != w {
                    return None;
                }
            }
            Some((params, template))
        })
        .min()
        .map(|(_, t)| t.clone())
}

/// Escapes a key for a JSON pointer (RFC 6901).
fn pointer_key(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// A JSON pointer as a URI fragment: characters a fragment may not hold, such as
/// the braces of a path template, percent-encoded.
fn fragment(pointer: &str) -> String {
    let mut out = String::with_capacity(pointer.len());
    for c in pointer.chars() {
        if c.is_ascii_alphanumeric() || "-._~/!$&'()*+,;=:@".contains(c) {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

/// Follows a `$ref` within the document, returning the pointer it lands on.
fn follow(mut pointer: String) -> String {
    for _ in 0..8 {
        match openapi()
            .pointer(&pointer)
            .and_then(|v| v.get("$ref"))
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix('#'))
        {
            Some(target) => pointer = target.to_owned(),
            None => break,
        }
    }
    pointer
}

/// Where the schema of an operation's JSON answer with `status` is in the
/// document, as a JSON pointer; an error saying what is missing otherwise.
fn response_schema_pointer(method: &str, template: &str, status: u16) -> Result<String, String> {
    let operation = format!(
        "/paths/{}/{}",
        pointer_key(template),
        method.to_ascii_lowercase()
    );
    if openapi().pointer(&operation).is_none() {
        return Err(format!("{method} {template} is not in openapi.yaml"));
    }
    let response = follow(format!("{operation}/responses/{status}"));
    if openapi().pointer(&response).is_none() {
        return Err(format!(
            "{method} {template} answered {status}, which openapi.yaml does not document for it"
        ));
    }
    let schema = format!("{response}/content/application~1json/schema");
    if openapi().pointer(&schema).is_none() {
        return Err(format!(
            "{method} {template} answered {status} with JSON, but openapi.yaml documents no JSON body for it"
        ));
    }
    Ok(schema)
}

/// A validator for the schema at `pointer`, its `$ref`s resolved in the document.
fn validator(pointer: &str) -> Arc<jsonschema::Validator> {
    static CACHE: OnceLock<Mutex<HashMap<String, Arc<jsonschema::Validator>>>> = OnceLock::new();
    let mut cache = CACHE
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    cache
        .entry(pointer.to_owned())
        .or_insert_with(|| {
            // The whole document is the root, so `#/components/...` resolves.
            let mut root = openapi().clone();
            root["$ref"] = Value::String(format!("#{}", fragment(pointer)));
            let validator = jsonschema::options()
                .with_draft(jsonschema::Draft::Draft202012)
                .should_validate_formats(true)
                .build(&root)
                .unwrap_or_else(|e| panic!("the schema at {pointer} does not compile: {e}"));
            Arc::new(validator)
        })
        .clone()
}

/// Validates a JSON body against the schema at `pointer`; panics naming `what`
/// and every error.
fn validate_at(pointer: &str, what: &str, body: &Value) {
    let validator = validator(pointer);
    let errors: Vec<String> = validator
        .iter_errors(body)
        .take(10)
        .map(|e| format!("  at {}: {e}", e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{what}: the body disagrees with openapi.yaml ({pointer}):\n{}\nbody: {body}",
        errors.join("\n")
    );
}

/// True when `value` validates against the document's component schema `name`
/// (`#/components/schemas/<name>`), e.g. to check that a rule's pattern accepts
/// what the service accepts.
pub fn schema_accepts(name: &str, value: &Value) -> bool {
    let pointer = format!("/components/schemas/{}", pointer_key(name));
    assert!(
        openapi().pointer(&pointer).is_some(),
        "openapi.yaml has no schema {name}"
    );
    validator(&pointer).is_valid(value)
}

/// Every way `value` disagrees with a JSON Schema committed at the repository's
/// root (`manifest.schema.json`, `report.schema.json`); empty when it validates.
pub fn schema_errors(file: &str, value: &Value) -> Vec<String> {
    static CACHE: OnceLock<Mutex<HashMap<String, Arc<jsonschema::Validator>>>> = OnceLock::new();
    let validator = CACHE
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .entry(file.to_owned())
        .or_insert_with(|| {
            let path = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../..")
                .join(file);
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{} cannot be read: {e}", path.display()));
            let schema: Value = serde_json::from_str(&text)
                .unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()));
            let validator = jsonschema::options()
                .with_draft(jsonschema::Draft::Draft202012)
                .build(&schema)
                .unwrap_or_else(|e| panic!("{file} does not compile: {e}"));
            Arc::new(validator)
        })
        .clone();
    validator
        .iter_errors(value)
        .take(10)
        .map(|e| format!("at {}: {e}", e.instance_path()))
        .collect()
}

/// Asserts that `body`, answered with `status` to `method path_template`, is what
/// `openapi.yaml` documents for that operation and status: the status is
/// documented, with a JSON body, and the body validates against its schema
/// (references resolved into `components`). Panics with the path and the
/// validation errors otherwise.
pub fn check_body(method: &str, path_template: &str, status: u16, body: &Value) {
    match response_schema_pointer(method, path_template, status) {
        Ok(pointer) => validate_at(
            &pointer,
            &format!("{method} {path_template} {status}"),
            body,
        ),
        Err(e) => panic!("{e}; body: {body}"),
    }
}

/// Reads a JSON answer to `method` and checks it with [`check_body`], finding the
/// path template from the answer's address; returns the status and the body.
pub async fn checked(method: Method, r: Response) -> (StatusCode, Value) {
    let status = r.status();
    let path = r.url().path().to_owned();
    let body: Value = r.json().await.unwrap_or_else(|e| {
        panic!("{method} {path} answered {status} with a body that is not JSON: {e}")
    });
    let template = path_template(&path)
        .unwrap_or_else(|| panic!("{method} {path} is not a path of openapi.yaml"));
    check_body(method.as_str(), &template, status.as_u16(), &body);
    (status, body)
}

/// Checks an error body: every error has the one shape, `ErrorBody`. On a path of
/// the document, some operation of the path must document `status`, and the body
/// must validate against its schema; an unknown path (404 `no_such_route`) or a
/// method the path does not take (405) is checked against `ErrorBody` itself.
fn check_error_body(path: &str, status: StatusCode, body: &Value) {
    let generic = "/components/schemas/ErrorBody";
    let template = match path_template(path) {
        Some(t) if status != StatusCode::METHOD_NOT_ALLOWED => t,
        _ => return validate_at(generic, &format!("{path} {status}"), body),
    };
    let methods: Vec<String> = openapi()["paths"][&template]
        .as_object()
        .map(|item| item.keys().cloned().collect())
        .unwrap_or_default();
    let found = methods
        .iter()
        .find_map(|m| response_schema_pointer(m, &template, status.as_u16()).ok());
    match found {
        Some(pointer) => validate_at(&pointer, &format!("{template} {status}"), body),
        None => panic!(
            "{template} answered {status}, which openapi.yaml documents for none of its operations; body: {body}"
        ),
    }
}

/// The path of one of the workspace's binaries (`citizeninfo` or
/// `citizeninfo-sandbox`, each the package of the same name), in the same profile as
/// the running test or benchmark. `cargo test --workspace` builds both before any
/// test runs; when a run of one package alone finds the other missing or older than
/// its sources, it is built here, once per process, so a test never runs a stale
/// binary.
pub fn bin(name: &str) -> PathBuf {
    bin_of(name, name)
}

/// The path of the binary `name` of the workspace's package `package`, built as
/// [`bin`] says.
pub fn bin_of(package: &str, name: &str) -> PathBuf {
    static CHECKED: Mutex<Vec<String>> = Mutex::new(Vec::new());
    let exe = std::env::current_exe().expect("the test knows its own path");
    // target/<profile>/deps/<test> → target/<profile>
    let dir = exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("tests run from target/<profile>/deps")
        .to_path_buf();
    let path = dir.join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    let mut checked = CHECKED.lock().unwrap_or_else(|e| e.into_inner());
    if !checked.iter().any(|b| b == name) {
        if is_stale(&path, package) {
            let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
            let mut build = Command::new(cargo);
            build.args(["build", "--quiet", "-p", package, "--bin", name]);
            if let Some(target) = dir.parent() {
                build.arg("--target-dir").arg(target);
            }
            if dir.file_name().is_some_and(|p| p == "release") {
                build.arg("--release");
            }
            let status = build
                .current_dir(env!("CARGO_MANIFEST_DIR"))
                .status()
                .expect("cargo runs");
            assert!(status.success(), "building {name} failed");
        }
        checked.push(name.to_owned());
    }
    assert!(path.exists(), "{} was not built", path.display());
    path
}

/// True when the binary is missing or older than a source file of its package or of
/// the crates every binary uses.
fn is_stale(binary: &std::path::Path, package: &str) -> bool {
    let Ok(built) = binary.metadata().and_then(|m| m.modified()) else {
        return true;
    };
    let crates = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    [
        package,
        "citizeninfo-api",
        "citizeninfo-client",
        "citizeninfo-manifest",
    ]
    .iter()
    .any(|c| newer_than(&crates.join(c).join("src"), built))
}

fn newer_than(dir: &std::path::Path, time: std::time::SystemTime) -> bool {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return false;
    };
    entries.flatten().any(|e| {
        let path = e.path();
        if path.is_dir() {
            newer_than(&path, time)
        } else {
            e.metadata()
                .and_then(|m| m.modified())
                .is_ok_and(|m| m > time)
        }
    })
}

/// A running sandbox, killed when dropped. Tests and benchmarks all start it here:
/// after its address and banner, its stdout and stderr keep being read on threads
/// of their own until it exits, so a full pipe never holds it up.
pub struct Sandbox {
    child: Child,
    /// `http://127.0.0.1:PORT`.
    pub url: String,
    /// What it printed after its first line.
    pub banner: Vec<String>,
    /// How long it took from the start to its `listening on` line (seeding included).
    pub ready_in: std::time::Duration,
    /// What it writes to stderr, collected until it exits.
    stderr: Option<std::thread::JoinHandle<String>>,
    /// An HTTP client.
    pub http: Client,
}

impl Sandbox {
    /// Starts the sandbox with extra flags, in memory unless `--data` is given.
    pub fn start(args: &[&str]) -> Sandbox {
        let started = std::time::Instant::now();
        let mut child = Command::new(bin("citizeninfo-sandbox"))
            .args(["--listen", "127.0.0.1:0"])
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the sandbox starts");
        let mut stdout = BufReader::new(child.stdout.take().expect("stdout is piped"));
        let mut first = String::new();
        stdout
            .read_line(&mut first)
            .expect("the sandbox prints its address");
        let ready_in = started.elapsed();
        let url = first
            .trim_end()
            .strip_prefix("listening on ")
            .unwrap_or_else(|| panic!("unexpected first line: {first:?}"))
            .to_owned();
        let mut banner = Vec::new();
        loop {
            let mut line = String::new();
            if stdout.read_line(&mut line).unwrap_or(0) == 0 {
                break;
            }
            let done = line.starts_with("  openid");
            banner.push(line.trim_end().to_owned());
            if done {
                break;
            }
        }
        std::thread::spawn(move || std::io::copy(&mut stdout, &mut std::io::sink()));
        let mut err = child.stderr.take().expect("stderr is piped");
        let stderr = std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = std::io::Read::read_to_end(&mut err, &mut bytes);
            String::from_utf8_lossy(&bytes).into_owned()
        });
        Sandbox {
            child,
            url,
            banner,
            ready_in,
            stderr: Some(stderr),
            http: Client::new(),
        }
    }

    /// The never-signed-in account's unit Authorize Code and the code of its
    /// unit, as the banner prints them.
    pub fn newcomer(&self) -> (String, String) {
        let line = self
            .banner
            .iter()
            .find(|l| l.contains("newcomer /"))
            .expect("the banner names the newcomer account");
        let code = line.split("Authorize Code ").nth(1).unwrap()[..15].to_owned();
        let unit = line.split("(unit ").nth(1).unwrap()[..13].to_owned();
        (code, unit)
    }

    /// The full address of an API path such as `/points`.
    pub fn api(&self, path: &str) -> String {
        format!("{}/api/v1{path}", self.url)
    }

    /// Posts a form to the token endpoint; the answer is not read.
    pub async fn post_token(&self, form: &[(&str, &str)]) -> Response {
        self.post_form("/auth/token", form).await
    }

    /// Posts a form to an API path such as `/auth/revoke`; the answer is not read.
    pub async fn post_form(&self, path: &str, form: &[(&str, &str)]) -> Response {
        self.http
            .post(self.api(path))
            .form(form)
            .send()
            .await
            .unwrap()
    }

    /// Signs in with a password and returns the access token.
    pub async fn token(&self, username: &str, password: &str) -> String {
        let r = self
            .http
            .post(self.api("/auth/token"))
            .form(&[
                ("grant_type", "password"),
                ("username", username),
                ("password", password),
            ])
            .send()
            .await
            .unwrap();
        let (status, body) = checked(Method::POST, r).await;
        assert_eq!(status, StatusCode::OK, "sign-in as {username}: {body}");
        body["access_token"].as_str().unwrap().to_owned()
    }

    /// An ID token of this sandbox's built-in issuer for the OpenID demo account,
    /// by the device flow; the sandbox must run with `--openid-auto-approve`.
    pub async fn id_token(&self) -> String {
        let r = self
            .http
            .post(format!("{}/_oidc/device_authorization", self.url))
            .form(&[("client_id", "citizeninfo-cli")])
            .send()
            .await
            .unwrap();
        let (_, d) = checked(Method::POST, r).await;
        let r = self
            .http
            .post(format!("{}/_oidc/token", self.url))
            .form(&[
                ("grant_type", "urn:ietf:params:oauth:grant-type:device_code"),
                ("device_code", d["device_code"].as_str().unwrap()),
                ("client_id", "citizeninfo-cli"),
            ])
            .send()
            .await
            .unwrap();
        let (status, body) = checked(Method::POST, r).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        body["id_token"].as_str().unwrap().to_owned()
    }

    /// Trades an ID token for the service's tokens (RFC 8693); the answer is not read.
    pub async fn exchange(&self, id_token: &str) -> Response {
        self.post_token(&[
            (
                "grant_type",
                "urn:ietf:params:oauth:grant-type:token-exchange",
            ),
            ("subject_token", id_token),
            (
                "subject_token_type",
                "urn:ietf:params:oauth:token-type:id_token",
            ),
        ])
        .await
    }

    /// Signs in as the OpenID demo account at the built-in issuer and trades its ID
    /// token; the sandbox must run with `--openid-auto-approve`.
    pub async fn openid_token(&self) -> String {
        let id_token = self.id_token().await;
        let (status, body) = checked(Method::POST, self.exchange(&id_token).await).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        body["access_token"].as_str().unwrap().to_owned()
    }

    /// GETs an API path with a token.
    pub async fn get(&self, token: &str, path: &str) -> Response {
        self.http
            .get(self.api(path))
            .bearer_auth(token)
            .send()
            .await
            .unwrap()
    }

    /// GETs an API path and returns the JSON body, asserting 200 and that the body
    /// is what `openapi.yaml` documents ([`check_body`]).
    pub async fn get_json(&self, token: &str, path: &str) -> Value {
        let r = self.get(token, path).await;
        let (status, body) = checked(Method::GET, r).await;
        assert_eq!(status, StatusCode::OK, "GET {path}: {body}");
        body
    }

    /// Pages through every point `GET /points?limit=1000` lists (`extra`: more of
    /// the query, e.g. `&include=detail`), handing each page's items to `each`.
    pub async fn each_page<T: serde::de::DeserializeOwned>(
        &self,
        token: &str,
        extra: &str,
        mut each: impl FnMut(Vec<T>),
    ) {
        let mut cursor: Option<String> = None;
        loop {
            let mut address = self.api(&format!("/points?limit=1000{extra}"));
            if let Some(c) = &cursor {
                address.push_str(&format!("&cursor={c}"));
            }
            let r = self
                .http
                .get(address)
                .bearer_auth(token)
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), StatusCode::OK, "GET /points");
            let page: citizeninfo_api::Page<T> = r.json().await.unwrap();
            each(page.items);
            match page.next_cursor {
                Some(c) => cursor = Some(c),
                None => break,
            }
        }
    }

    /// Sets the request counter back to zero.
    pub async fn reset_stats(&self) {
        let r = self
            .http
            .delete(format!("{}/_sandbox/stats", self.url))
            .send()
            .await
            .unwrap();
        assert!(r.status().is_success(), "{}", r.status());
    }

    /// The request counter, checked against the document.
    pub async fn stats(&self) -> citizeninfo_api::SandboxStats {
        let r = self
            .http
            .get(format!("{}/_sandbox/stats", self.url))
            .send()
            .await
            .unwrap();
        let (status, body) = checked(Method::GET, r).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        serde_json::from_value(body).unwrap()
    }

    /// Waits (at most two minutes) until the request counter shows what `reached`
    /// looks for, such as a number of answered edits, and returns the counter then;
    /// `what` names it in the failure if it never comes.
    pub async fn until_counted(
        &self,
        what: &str,
        reached: impl Fn(&citizeninfo_api::SandboxStats) -> bool,
    ) -> citizeninfo_api::SandboxStats {
        let mut last = None;
        wait_until_async(what, Duration::from_secs(120), async || {
            let stats = self.stats().await;
            let done = reached(&stats);
            last = Some(stats);
            done
        })
        .await;
        last.expect("the counter was read")
    }

    /// Moves the sandbox's clock forward by `secs` (`POST /_sandbox/clock`): a token
    /// or code that lasts less than that has expired when this returns, with no
    /// wait. The answer is checked against the document.
    pub async fn advance_clock(&self, secs: u32) -> citizeninfo_api::SandboxClock {
        let r = self
            .http
            .post(format!("{}/_sandbox/clock", self.url))
            .json(&citizeninfo_api::ClockAdvance { advance_secs: secs })
            .send()
            .await
            .unwrap();
        let (status, body) = checked(Method::POST, r).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        serde_json::from_value(body).unwrap()
    }

    /// Sends SIGTERM and waits; returns the exit status and what it wrote to stderr.
    pub fn terminate(mut self) -> (std::process::ExitStatus, String) {
        let pid = self.child.id().to_string();
        Command::new("kill").args(["-TERM", &pid]).status().unwrap();
        let status = self.child.wait().unwrap();
        let err = self
            .stderr
            .take()
            .map(|t| t.join().unwrap_or_default())
            .unwrap_or_default();
        (status, err)
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Asserts a response's status and error code, returning the error body, after
/// checking it against the error answers `openapi.yaml` documents for its path.
pub async fn expect_error(r: Response, status: StatusCode, code: &str) -> Value {
    let got = r.status();
    let path = r.url().path().to_owned();
    let body: Value = r.json().await.unwrap();
    assert_eq!(got, status, "body: {body}");
    check_error_body(&path, got, &body);
    assert_eq!(body["error"], code, "body: {body}");
    assert!(
        body["error_description"]
            .as_str()
            .is_some_and(|m| !m.is_empty())
    );
    body
}

/// The `citizeninfo` binary, pointed at this sandbox with its own settings folder.
pub struct Cli {
    /// The settings folder.
    pub dir: tempfile::TempDir,
    url: String,
}

/// What a run printed and how it ended.
pub struct Run {
    /// Exit code.
    pub code: i32,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

impl Run {
    /// The whole run as one text, for snapshots.
    pub fn transcript(&self) -> String {
        format!(
            "exit: {}\n--- stdout\n{}--- stderr\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

impl Cli {
    /// A CLI for a sandbox, with a fresh settings folder.
    pub fn new(sb: &Sandbox) -> Cli {
        Cli {
            dir: tempfile::tempdir().unwrap(),
            url: sb.url.clone(),
        }
    }

    /// The command, with the environment a test controls.
    pub fn command(&self, args: &[&str]) -> std::process::Command {
        let mut c = Command::new(bin("citizeninfo"));
        c.args(args)
            .env("CITIZENINFO_URL", &self.url)
            .env("CITIZENINFO_CONFIG_DIR", self.dir.path())
            .env("NO_COLOR", "1")
            .env_remove("CITIZENINFO_TOKEN")
            .env_remove("CITIZENINFO_PROFILE")
            .env_remove("EDITOR")
            .env_remove("VISUAL")
            // `login --openid` takes the device flow, never a real browser.
            .env_remove("BROWSER")
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .env_remove("SSH_CONNECTION")
            .env_remove("SSH_TTY");
        c
    }

    /// Runs with `stdin` as standard input.
    pub fn run_with(&self, args: &[&str], stdin: &str, env: &[(&str, &str)]) -> Run {
        let mut c = self.command(args);
        for (k, v) in env {
            c.env(k, v);
        }
        run(c, stdin)
    }

    /// Runs with empty stdin.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with(args, "", &[])
    }

    /// Runs a bash script where `$BIN` is the `citizeninfo` binary, pointed at this
    /// sandbox and settings folder (for pipes and pseudo-terminals).
    pub fn shell(&self, script: &str) -> std::process::Output {
        self.shell_command(script).output().unwrap()
    }

    /// The bash command of [`Cli::shell`], to start and talk to while it runs.
    pub fn shell_command(&self, script: &str) -> Command {
        let mut c = Command::new("bash");
        c.args(["-c", script])
            .env("BIN", bin("citizeninfo"))
            .env("CITIZENINFO_URL", &self.url)
            .env("CITIZENINFO_CONFIG_DIR", self.dir.path());
        c
    }

    /// Signs in with a password; asserts success.
    pub fn login(&self, username: &str) -> &Cli {
        let r = self.run_with(
            &["login", "--username", username, "--password-stdin"],
            &format!("{username}\n"),
            &[],
        );
        assert_eq!(r.code, 0, "{}", r.transcript());
        self
    }
}

/// Runs a command with `stdin` as its standard input, to its end.
pub fn run(mut c: Command, stdin: &str) -> Run {
    use std::io::Write;
    let mut child = c
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

/// Waits for a process to end, watching its peak resident memory (VmHWM, from
/// `/proc`) while it runs: its exit status, and that peak in KiB (0 where `/proc`
/// is not there to read).
pub fn wait_with_peak(
    child: &mut std::process::Child,
) -> std::io::Result<(std::process::ExitStatus, u64)> {
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak = 0u64;
    let mut ended = None;
    wait_until("the process to end", Duration::from_secs(3600), || {
        if let Ok(text) = std::fs::read_to_string(&status_file)
            && let Some(kib) = text
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        {
            peak = peak.max(kib);
        }
        ended = child.try_wait().transpose();
        ended.is_some()
    });
    let status = ended.expect("the wait ended with the process")?;
    Ok((status, peak))
}

/// Parses a command's JSON output, failing with the text when it is not JSON.
pub fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

/// Writes a file into a test's folder and returns its path.
pub fn write(dir: &std::path::Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// A path as an argument.
pub fn s(p: &std::path::Path) -> &str {
    p.to_str().unwrap()
}

/// The shell line that runs the tool (`$BIN`, as [`Cli::shell`] sets it) with
/// `args` on a pseudo-terminal 80 columns wide, by `script`.
pub fn on_terminal(args: &str) -> String {
    format!("script -qec 'stty cols 80 rows 40; \"$BIN\" {args}' /dev/null")
}

/// A person at a terminal: reads what the tool shows on a pseudo-terminal
/// ([`on_terminal`]), and types only once it asks.
pub struct Person {
    child: Child,
    keys: std::process::ChildStdin,
    screen: std::sync::mpsc::Receiver<Vec<u8>>,
    seen: String,
    read_to: usize,
}

impl Person {
    /// Runs the tool with `args` on a terminal of its own.
    pub fn at(cli: &Cli, args: &str) -> Person {
        let mut child = cli
            .shell_command(&on_terminal(args))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let keys = child.stdin.take().unwrap();
        let mut out = child.stdout.take().unwrap();
        let (tx, screen) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = std::io::Read::read(&mut out, &mut buf) {
                if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        Person {
            child,
            keys,
            screen,
            seen: String::new(),
            read_to: 0,
        }
    }

    /// Waits (at most a minute) until the screen shows `text` after what was read
    /// before; what it showed up to its end.
    pub fn sees(&mut self, text: &str) -> String {
        let deadline = std::time::Instant::now() + Duration::from_secs(60);
        loop {
            if let Some(at) = self.seen[self.read_to..].find(text) {
                let shown = self.seen[self.read_to..self.read_to + at + text.len()].to_owned();
                self.read_to += at + text.len();
                return shown;
            }
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match self.screen.recv_timeout(left) {
                Ok(bytes) => self.seen.push_str(&String::from_utf8_lossy(&bytes)),
                Err(_) => panic!("never saw {text:?}; the screen:\n{}", self.seen),
            }
        }
    }

    /// [`Person::sees`] a prompt for a secret, then waits (at most a minute) until
    /// the terminal has stopped echoing, so what is typed next is not shown. The
    /// tool shows the prompt a moment before it turns the echo off; a person never
    /// types within that moment, a test could.
    pub fn sees_secret_prompt(&mut self, text: &str) -> String {
        let shown = self.sees(text);
        wait_until(
            "the terminal to stop echoing",
            Duration::from_secs(60),
            || self.terminal().is_some_and(|tty| !echoes(&tty)),
        );
        shown
    }

    /// The pseudo-terminal the tool runs on: the standard input of a process
    /// started under this one (by `script`).
    fn terminal(&self) -> Option<PathBuf> {
        let mut family = vec![self.child.id()];
        // bash, script, the shell `script` runs, the tool: each pass finds the
        // children of those found so far.
        for _ in 0..4 {
            for entry in std::fs::read_dir("/proc").ok()?.flatten() {
                let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
                    continue;
                };
                // `pid (name) state ppid ...`, where the name may hold anything.
                let Some(ppid) = std::fs::read_to_string(entry.path().join("stat"))
                    .ok()
                    .and_then(|stat| {
                        stat.rsplit(')')
                            .next()?
                            .split_whitespace()
                            .nth(1)?
                            .parse::<u32>()
                            .ok()
                    })
                else {
                    continue;
                };
                if family.contains(&ppid) && !family.contains(&pid) {
                    family.push(pid);
                }
            }
        }
        family.iter().find_map(|pid| {
            std::fs::read_link(format!("/proc/{pid}/fd/0"))
                .ok()
                .filter(|p| p.starts_with("/dev/pts/"))
        })
    }

    /// Types a line and Enter.
    pub fn types(&mut self, line: &str) {
        use std::io::Write;
        self.keys.write_all(format!("{line}\r").as_bytes()).unwrap();
        self.keys.flush().unwrap();
    }

    /// Waits for the tool to end; its exit code and all the screen showed.
    pub fn leaves(mut self) -> (i32, String) {
        let code = self.child.wait().unwrap().code().unwrap_or(-1);
        // The screen's last words, until the terminal closes (at most a minute).
        while let Ok(bytes) = self.screen.recv_timeout(Duration::from_secs(60)) {
            self.seen.push_str(&String::from_utf8_lossy(&bytes));
        }
        (code, self.seen)
    }
}

/// How many bytes a pipe holds: sixteen pages (64 KiB where a page is 4 KiB).
fn pipe_capacity() -> usize {
    let page = Command::new("getconf")
        .arg("PAGESIZE")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|s| s.trim().parse::<usize>().ok())
        .unwrap_or(4096);
    16 * page
}

/// How a command ends when the reader of its standard output leaves after the first
/// byte, as `command | head -c 1` does: its exit status and standard error.
///
/// It does not depend on timing. The command, made by `make`, is first run to its
/// end, and its output must be more than a pipe holds; then it is run again, one
/// byte is read and the read end closed. By then it can have written at most that
/// byte and a pipe's worth, so the rest is written after the reader left: it meets
/// the closed pipe (EPIPE) every time, however fast or slow either side runs.
pub fn closing_the_pipe(mut make: impl FnMut() -> Command) -> std::process::Output {
    use std::io::Read;
    let whole = make().stdin(Stdio::null()).output().unwrap();
    let holds = pipe_capacity();
    assert!(
        whole.stdout.len() > holds + 1,
        "the output ({} bytes) fits in a pipe ({holds} bytes), so it would never meet the closed pipe",
        whole.stdout.len()
    );
    let mut child = make()
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut byte = [0u8; 1];
    out.read_exact(&mut byte).unwrap();
    drop(out);
    child.wait_with_output().unwrap()
}

/// Whether a terminal echoes what is typed, as `stty` reads its settings.
fn echoes(tty: &Path) -> bool {
    let Ok(out) = Command::new("stty").arg("-a").arg("-F").arg(tty).output() else {
        return true;
    };
    !String::from_utf8_lossy(&out.stdout)
        .split([' ', ';', '\n'])
        .any(|setting| setting == "-echo")
}
