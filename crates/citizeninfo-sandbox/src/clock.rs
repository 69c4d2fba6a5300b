//! When a delayed answer goes (`--latency-ms`): to a fraction of a millisecond.
//!
//! tokio's timer counts whole milliseconds and wakes up to a few late, which
//! `--latency-ms 20` would add to every answer; a sleep on a thread of its own is
//! finer but comes back late too (a third of a millisecond on average, measured on
//! a virtual machine of two cores), and a thread a request costs a thread's wake-ups
//! for each. So one thread, the clock, keeps every waiting answer in time order,
//! sleeps until the first is nearly due and wakes it as much earlier as its wakes
//! have lately come late, and a quarter more; the request waits the rest on its own
//! worker, awake, and answers within some tens of microseconds of its time.

use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering as Atomic};
use std::sync::{Arc, Condvar, Mutex, OnceLock, PoisonError};
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant};

/// How early an answer is woken, at most: what the clock saves is spent awake.
const EARLY_MAX: Duration = Duration::from_millis(1);

/// Waits until `at`; at once if it has passed.
pub(crate) async fn until(at: Instant) {
    if at <= Instant::now() {
        return;
    }
    match clock() {
        Some(clock) => {
            Woken {
                at,
                clock,
                slot: None,
            }
            .await
        }
        None => tokio::time::sleep_until(at.into()).await,
    }
    // The last stretch awake on this worker.
    while Instant::now() < at {
        tokio::task::yield_now().await;
    }
}

/// The one clock, started at the first delayed answer; `None` if its thread could
/// not be started (the answers are then waited on tokio's timer).
fn clock() -> Option<&'static Arc<Clock>> {
    static CLOCK: OnceLock<Option<Arc<Clock>>> = OnceLock::new();
    CLOCK
        .get_or_init(|| {
            let clock = Arc::new(Clock::default());
            let ticking = clock.clone();
            std::thread::Builder::new()
                .name("clock".into())
                .spawn(move || ticking.run())
                .ok()
                .map(|_| clock)
        })
        .as_ref()
}

/// The answers waiting, first due first, and how late the clock's wakes have come.
#[derive(Default)]
struct Clock {
    waiting: Mutex<BinaryHeap<Reverse<Due>>>,
    sooner: Condvar,
    /// How late an answer has lately been woken, with its hand over to its worker:
    /// a running mean over the last sixteen or so, in sixteenths of a microsecond.
    late: AtomicU64,
}

/// One answer waiting: when it is due, when it began to wait, and where to wake it.
struct Due {
    at: Instant,
    since: Instant,
    slot: Arc<Mutex<Slot>>,
}

/// Shared by an answer and the clock.
enum Slot {
    /// Not yet woken: the waker to wake it with.
    Waiting(Waker),
    /// Woken by the clock, which meant to wake it at this instant.
    Woken(Instant),
}

impl PartialEq for Due {
    fn eq(&self, other: &Due) -> bool {
        self.at == other.at
    }
}
impl Eq for Due {}
impl PartialOrd for Due {
    fn partial_cmp(&self, other: &Due) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Due {
    fn cmp(&self, other: &Due) -> Ordering {
        self.at.cmp(&other.at)
    }
}

impl Clock {
    /// How much before its time an answer is woken now.
    fn lead(&self) -> Duration {
        let late = Duration::from_micros(self.late.load(Atomic::Relaxed) / 16);
        (late + late / 4).min(EARLY_MAX)
    }

    /// The clock's thread: wakes each answer its lead before it is due (or as soon as
    /// it begins to wait, when less than that is left).
    fn run(&self) {
        let mut ready = Vec::new();
        loop {
            let mut waiting = self.waiting.lock().unwrap_or_else(PoisonError::into_inner);
            let lead = self.lead();
            let now = Instant::now();
            while let Some(Reverse(first)) = waiting.peek()
                && first.at <= now + lead
            {
                if let Some(Reverse(due)) = waiting.pop() {
                    let mut slot = due.slot.lock().unwrap_or_else(PoisonError::into_inner);
                    let meant = due.at.checked_sub(lead).unwrap_or(due.at).max(due.since);
                    if let Slot::Waiting(waker) = std::mem::replace(&mut *slot, Slot::Woken(meant))
                    {
                        ready.push(waker);
                    }
                }
            }
            if !ready.is_empty() {
                // Woken with no lock held: the requests coming in meanwhile need it.
                drop(waiting);
                ready.drain(..).for_each(Waker::wake);
                continue;
            }
            let next = waiting
                .peek()
                .map(|Reverse(first)| first.at.checked_sub(lead).unwrap_or(first.at));
            drop(match next {
                None => self
                    .sooner
                    .wait(waiting)
                    .unwrap_or_else(PoisonError::into_inner),
                Some(wake) => {
                    self.sooner
                        .wait_timeout(waiting, wake.saturating_duration_since(Instant::now()))
                        .unwrap_or_else(PoisonError::into_inner)
                        .0
                }
            });
        }
    }

    /// An answer woken `late` after the clock meant to: folded into the mean.
    fn woken(&self, late: Duration) {
        let late = late.min(EARLY_MAX).as_micros() as u64;
        let mean = self.late.load(Atomic::Relaxed);
        // Races between answers lose an update now and then, which a mean can spare.
        self.late.store(mean - mean / 16 + late, Atomic::Relaxed);
    }
}

/// Ready once the clock has woken this answer.
struct Woken {
    at: Instant,
    clock: &'static Arc<Clock>,
    slot: Option<Arc<Mutex<Slot>>>,
}

impl Future for Woken {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if let Some(slot) = &self.slot {
            let mut state = slot.lock().unwrap_or_else(PoisonError::into_inner);
            return match &mut *state {
                Slot::Woken(meant) => {
                    self.clock
                        .woken(Instant::now().saturating_duration_since(*meant));
                    Poll::Ready(())
                }
                // Polled again before its time: the waker it has now is the one to wake.
                Slot::Waiting(waker) => {
                    waker.clone_from(cx.waker());
                    Poll::Pending
                }
            };
        }
        let slot = Arc::new(Mutex::new(Slot::Waiting(cx.waker().clone())));
        self.slot = Some(slot.clone());
        let mut waiting = self
            .clock
            .waiting
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let first = waiting.peek().is_none_or(|Reverse(f)| self.at < f.at);
        waiting.push(Reverse(Due {
            at: self.at,
            since: Instant::now(),
            slot,
        }));
        drop(waiting);
        if first {
            self.clock.sooner.notify_one();
        }
        Poll::Pending
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn no_answer_goes_before_its_time_and_every_one_goes() {
        // Answers due in every order, some at once, some together, many waiting.
        let start = Instant::now();
        let mut waiting = tokio::task::JoinSet::new();
        for i in 0..200u64 {
            let at = start + Duration::from_micros((i * 7_919) % 30_000);
            waiting.spawn(async move {
                until(at).await;
                Instant::now() >= at
            });
        }
        let mut answered = 0;
        // A wake lost would keep an answer waiting for good: a failure, not a hang.
        let all = async {
            while let Some(on_time) = waiting.join_next().await {
                assert!(on_time.unwrap(), "an answer went before its time");
                answered += 1;
            }
        };
        tokio::time::timeout(Duration::from_secs(10), all)
            .await
            .expect("every answer goes");
        assert_eq!(answered, 200);
        // Polled again before its time, an answer keeps waiting (the waker it has
        // now is the one woken).
        let at = Instant::now() + Duration::from_millis(50);
        let woken = Woken {
            at,
            clock: clock().unwrap(),
            slot: None,
        };
        tokio::pin!(woken);
        let waker = std::task::Waker::noop();
        let mut cx = Context::from_waker(waker);
        assert!(woken.as_mut().poll(&mut cx).is_pending());
        assert!(woken.as_mut().poll(&mut cx).is_pending());
        tokio::time::timeout(Duration::from_secs(10), woken)
            .await
            .expect("woken through its newest waker");
        assert!(Instant::now() + clock().unwrap().lead() >= at);
    }
}
