//! Starts the real `citizeninfo-sandbox` and `citizeninfo` binaries for tests and
//! benchmarks: the sandbox on a free port with its real database, the CLI pointed
//! at it with a settings folder of its own.

use std::path::PathBuf;
use std::sync::Mutex;

use std::io::{BufRead, BufReader};
use std::process::{Child, ChildStdout, Command, Stdio};

use reqwest::{Client, Response, StatusCode};
use serde_json::Value;

/// The path of one of the workspace's binaries (`citizeninfo` or
/// `citizeninfo-sandbox`, each the package of the same name), in the same profile as
/// the running test or benchmark. `cargo test --workspace` builds both before any
/// test runs; when a run of one package alone finds the other missing or older than
/// its sources, it is built here, once per process, so a test never runs a stale
/// binary.
pub fn bin(name: &str) -> PathBuf {
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
        if is_stale(&path, name) {
            let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
            let mut build = Command::new(cargo);
            build.args(["build", "--quiet", "-p", name, "--bin", name]);
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
    [package, "citizeninfo-api", "citizeninfo-client"]
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

/// A running sandbox, killed when dropped.
pub struct Sandbox {
    child: Child,
    /// `http://127.0.0.1:PORT`.
    pub url: String,
    /// What it printed after its first line.
    pub banner: Vec<String>,
    stdout: BufReader<ChildStdout>,
    /// An HTTP client.
    pub http: Client,
}

impl Sandbox {
    /// Starts the sandbox with extra flags, in memory unless `--data` is given.
    pub fn start(args: &[&str]) -> Sandbox {
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
        Sandbox {
            child,
            url,
            banner,
            stdout,
            http: Client::new(),
        }
    }

    /// The full address of an API path such as `/points`.
    pub fn api(&self, path: &str) -> String {
        format!("{}/api/v1{path}", self.url)
    }

    /// Posts a form to the token endpoint.
    pub async fn post_token(&self, form: &[(&str, &str)]) -> Response {
        self.http
            .post(self.api("/auth/token"))
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
        assert_eq!(r.status(), StatusCode::OK, "sign-in as {username}");
        let body: Value = r.json().await.unwrap();
        body["access_token"].as_str().unwrap().to_owned()
    }

    /// Signs in as the OpenID demo account; the sandbox must run with `--openid-auto-approve`.
    pub async fn openid_token(&self) -> String {
        let d: Value = self
            .http
            .post(self.api("/auth/device"))
            .form(&[("client_id", "tests")])
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let r = self
            .http
            .post(self.api("/auth/token"))
            .form(&[
                ("grant_type", "urn:ietf:params:oauth:grant-type:device_code"),
                ("device_code", d["device_code"].as_str().unwrap()),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::OK);
        let body: Value = r.json().await.unwrap();
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

    /// GETs an API path and returns the JSON body, asserting 200.
    pub async fn get_json(&self, token: &str, path: &str) -> Value {
        let r = self.get(token, path).await;
        let status = r.status();
        let body: Value = r.json().await.unwrap();
        assert_eq!(status, StatusCode::OK, "GET {path}: {body}");
        body
    }

    /// The request counter.
    pub async fn stats(&self) -> citizeninfo_api::SandboxStats {
        self.http
            .get(format!("{}/_sandbox/stats", self.url))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    }

    /// Sends SIGTERM and waits; returns the exit status and what it wrote to stderr.
    pub fn terminate(mut self) -> (std::process::ExitStatus, String) {
        let pid = self.child.id().to_string();
        Command::new("kill").args(["-TERM", &pid]).status().unwrap();
        let status = self.child.wait().unwrap();
        let mut err = String::new();
        if let Some(mut e) = self.child.stderr.take() {
            std::io::Read::read_to_string(&mut e, &mut err).unwrap();
        }
        (status, err)
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = &self.stdout;
    }
}

/// Asserts a response's status and error code, returning the error body.
pub async fn expect_error(r: Response, status: StatusCode, code: &str) -> Value {
    let got = r.status();
    let body: Value = r.json().await.unwrap();
    assert_eq!(got, status, "body: {body}");
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
            .env_remove("VISUAL");
        c
    }

    /// Runs with `stdin` as standard input.
    pub fn run_with(&self, args: &[&str], stdin: &str, env: &[(&str, &str)]) -> Run {
        use std::io::Write;
        let mut c = self.command(args);
        for (k, v) in env {
            c.env(k, v);
        }
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

    /// Runs with empty stdin.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with(args, "", &[])
    }

    /// Runs a bash script where `$BIN` is the `citizeninfo` binary, pointed at this
    /// sandbox and settings folder (for pipes and pseudo-terminals).
    pub fn shell(&self, script: &str) -> std::process::Output {
        Command::new("bash")
            .args(["-c", script])
            .env("BIN", bin("citizeninfo"))
            .env("CITIZENINFO_URL", &self.url)
            .env("CITIZENINFO_CONFIG_DIR", self.dir.path())
            .output()
            .unwrap()
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
