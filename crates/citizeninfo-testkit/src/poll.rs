//! The one way a test waits: it checks for the state it needs (a count of requests,
//! a process that ended, a server that answers) again and again, a few
//! milliseconds apart, until the state is there or a deadline passes, which fails
//! the test naming what never came. No test sleeps a fixed time: a fixed sleep is
//! too short on a busy machine and too long on an idle one. `.ci/run` fails on a
//! `sleep` in a test anywhere but in this file.

use std::time::{Duration, Instant};

/// How long between two checks.
const EVERY: Duration = Duration::from_millis(5);

/// Checks `done` until it is true; panics naming `what` if `within` passes first.
pub fn wait_until(what: &str, within: Duration, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + within;
    while !done() {
        assert!(
            Instant::now() < deadline,
            "waited {within:?} for {what}, in vain"
        );
        std::thread::sleep(EVERY);
    }
}

/// [`wait_until`] for a condition that is checked by awaiting (a request to the
/// sandbox, say); it waits on the async runtime's timer, so the test's other tasks
/// keep running meanwhile.
pub async fn wait_until_async(what: &str, within: Duration, mut done: impl AsyncFnMut() -> bool) {
    let deadline = Instant::now() + within;
    while !done().await {
        assert!(
            Instant::now() < deadline,
            "waited {within:?} for {what}, in vain"
        );
        tokio::time::sleep(EVERY).await;
    }
}
