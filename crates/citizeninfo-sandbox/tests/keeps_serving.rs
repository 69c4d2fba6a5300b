//! Nothing the sandbox prints can stop it: a reader that takes its first line and
//! goes away (`citizeninfo-sandbox | head -1`, a benchmark dropping the pipe), or a
//! stdout and stderr closed from the start, leave it serving.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]

use std::io::{BufRead, BufReader};
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use citizeninfo_testkit::{bin, wait_until_async};

/// Makes requests that have the sandbox answer and write: sign-ins (right and
/// wrong), an unknown route, a list; then asserts it still serves its contract.
async fn still_serves(url: &str, child: &mut Child) {
    let http = reqwest::Client::new();
    for (username, password) in [("demo", "demo"), ("demo", "wrong"), ("admin", "admin")] {
        let r = http
            .post(format!("{url}/api/v1/auth/token"))
            .form(&[
                ("grant_type", "password"),
                ("username", username),
                ("password", password),
            ])
            .send()
            .await
            .expect("the sandbox answers a sign-in");
        if password != "wrong" {
            let body: serde_json::Value = r.json().await.unwrap();
            let token = body["access_token"].as_str().unwrap();
            for _ in 0..5 {
                let r = http
                    .get(format!("{url}/api/v1/points?limit=5"))
                    .bearer_auth(token)
                    .send()
                    .await
                    .expect("the sandbox answers a list");
                assert_eq!(r.status(), 200);
            }
        }
    }
    let r = http
        .get(format!("{url}/api/v1/no-such-route"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
    let r = http
        .get(format!("{url}/api/v1/openapi.yaml"))
        .send()
        .await
        .expect("the sandbox still answers");
    assert_eq!(r.status(), 200);
    assert!(
        child.try_wait().unwrap().is_none(),
        "the sandbox exited: {:?}",
        child.try_wait()
    );
}

/// Waits (at most 60 s) until `url` answers, failing at once if `child` exits.
async fn wait_until_serving(url: &str, child: &mut Child) {
    let http = reqwest::Client::new();
    let what = format!("the sandbox to serve {url}");
    wait_until_async(&what, Duration::from_secs(60), async || {
        if let Some(status) = child.try_wait().unwrap() {
            panic!("the sandbox exited before serving: {status}");
        }
        http.get(format!("{url}/api/v1/openapi.yaml"))
            .send()
            .await
            .is_ok_and(|r| r.status() == 200)
    })
    .await;
}

/// A process started here, killed when dropped (a failing test leaves nothing
/// running); a shell with its whole process group.
struct Started {
    child: Child,
    group: bool,
}

impl Drop for Started {
    fn drop(&mut self) {
        if self.group {
            let _ = Command::new("kill")
                .args(["-KILL", "--", &format!("-{}", self.child.id())])
                .status();
        } else {
            let _ = self.child.kill();
        }
        let _ = self.child.wait();
    }
}

fn terminate(child: &mut Child) -> std::process::ExitStatus {
    Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    child.wait().unwrap()
}

/// Whether a write after the reader left fails depends on timing (the banner may
/// reach the pipe before the reader closes it), so each scenario below runs this
/// many sandboxes side by side: before the fix, about four in ten died.
const TRIES: usize = 8;

#[tokio::test]
async fn a_reader_that_takes_the_first_line_and_closes_the_pipe_does_not_stop_it() {
    let mut running = Vec::new();
    for _ in 0..TRIES {
        let child = Command::new(bin("citizeninfo-sandbox"))
            .args(["--listen", "127.0.0.1:0", "--demo", "5"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut started = Started {
            child,
            group: false,
        };
        let mut first = String::new();
        {
            let mut stdout = BufReader::new(started.child.stdout.take().unwrap());
            stdout.read_line(&mut first).unwrap();
            // The pipe is closed here, the banner perhaps not yet written.
        }
        let url = first
            .trim_end()
            .strip_prefix("listening on ")
            .unwrap()
            .to_owned();
        running.push((url, started));
    }
    for (url, mut started) in running {
        still_serves(&url, &mut started.child).await;
        assert!(terminate(&mut started.child).success());
    }
}

#[tokio::test]
async fn a_stdout_and_stderr_closed_from_the_start_do_not_stop_it() {
    // A free port, since nobody can read the address it would print.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let (out_reader, out_writer) = std::io::pipe().unwrap();
    let (err_reader, err_writer) = std::io::pipe().unwrap();
    drop(out_reader);
    drop(err_reader);
    let child = Command::new(bin("citizeninfo-sandbox"))
        .args(["--listen", &format!("127.0.0.1:{port}"), "--demo", "5"])
        .stdout(out_writer)
        .stderr(err_writer)
        .spawn()
        .unwrap();
    let mut started = Started {
        child,
        group: false,
    };
    let url = format!("http://127.0.0.1:{port}");
    wait_until_serving(&url, &mut started.child).await;
    still_serves(&url, &mut started.child).await;
    // Its last log line, "shutting down", cannot be written either: still exit 0.
    let status = terminate(&mut started.child);
    assert!(status.success(), "{status}");
}

#[tokio::test]
async fn piped_into_head_it_keeps_serving() {
    // `citizeninfo-sandbox ... | head -1`, as a user types it: head prints the
    // address and exits, closing the pipe; the shell then waits for the sandbox.
    let mut running = Vec::new();
    for _ in 0..TRIES {
        let mut shell = Command::new("bash")
            .args([
                "-c",
                r#""$SANDBOX" --listen 127.0.0.1:0 --demo 5 2>/dev/null | head -1"#,
            ])
            .env("SANDBOX", bin("citizeninfo-sandbox"))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .unwrap();
        let mut first = String::new();
        BufReader::new(shell.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        let url = first
            .trim_end()
            .strip_prefix("listening on ")
            .unwrap_or_else(|| panic!("unexpected first line {first:?}"))
            .to_owned();
        running.push((
            url,
            Started {
                child: shell,
                group: true,
            },
        ));
    }
    for (url, mut started) in running {
        // The pipeline, and so the shell, still runs only if the sandbox does.
        still_serves(&url, &mut started.child).await;
    }
}
