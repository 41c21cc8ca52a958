//! The time the server goes by. The rules that depend on time (the log-in throttle, when a
//! session expires) read it from the app's `Clock` rather than from the system, so that a
//! test moves time forward instead of sleeping, and the time rules still to come (retention,
//! deadlines, reminders) can be tested the same way. The clock is the system's plus an offset
//! that only tests change; it is shared by every clone of the app's state.

use chrono::{DateTime, Duration, Utc};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

/// The server's clock.
#[derive(Clone, Debug, Default)]
pub struct Clock {
    offset_ms: Arc<AtomicI64>,
    /// Told when the clock is moved, so that whoever waits for a time by this clock (a live
    /// stream, for its session's end) looks again.
    moved: Arc<tokio::sync::Notify>,
}

impl Clock {
    /// The system's time.
    pub fn system() -> Clock {
        Clock::default()
    }

    /// Now, by this clock.
    pub fn now(&self) -> DateTime<Utc> {
        Utc::now() + Duration::milliseconds(self.offset_ms.load(Ordering::Relaxed))
    }

    /// Moves this clock (and every clone of it) forward by `by`.
    pub fn advance(&self, by: Duration) {
        self.offset_ms
            .fetch_add(by.num_milliseconds(), Ordering::Relaxed);
        self.moved.notify_waiters();
    }

    /// Completes when the clock is next moved after this call (never, outside tests).
    pub fn moved(&self) -> tokio::sync::futures::Notified<'_> {
        self.moved.notified()
    }

    /// How long until `at` by this clock, in real time as it passes now (zero if past).
    pub fn until(&self, at: DateTime<Utc>) -> std::time::Duration {
        (at - self.now()).to_std().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_advanced_clock_runs_ahead_in_every_clone() {
        let clock = Clock::system();
        let clone = clock.clone();
        clock.advance(Duration::hours(2));
        let ahead = clone.now() - Utc::now();
        assert!(ahead >= Duration::minutes(119) && ahead <= Duration::minutes(121));
    }
}
