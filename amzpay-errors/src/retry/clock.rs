//! [`Clock`]: where the runner reads the time and waits, so that tests can be instant.

use std::cell::Cell;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// The time source of a retry runner.
pub trait Clock {
    /// Time elapsed on this clock since some fixed point (monotonic).
    fn elapsed(&self) -> Duration;
    /// The wall-clock time as time since the Unix epoch, to resolve `Retry-After` dates.
    fn unix_time(&self) -> Duration;
    /// Waits for `d` (the blocking runner calls it; the async runner awaits its sleep).
    fn sleep(&self, d: Duration);
}

/// The real clock: [`Instant`], [`SystemTime`] and [`std::thread::sleep`].
#[derive(Debug, Clone, Copy)]
pub struct SystemClock {
    start: Instant,
}

impl SystemClock {
    /// A clock that counts from now.
    #[must_use]
    pub fn new() -> Self {
        SystemClock {
            start: Instant::now(),
        }
    }
}

impl Default for SystemClock {
    fn default() -> Self {
        Self::new()
    }
}

impl Clock for SystemClock {
    fn elapsed(&self) -> Duration {
        self.start.elapsed()
    }
    fn unix_time(&self) -> Duration {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default()
    }
    fn sleep(&self, d: Duration) {
        std::thread::sleep(d);
    }
}

/// A clock that only moves when slept on: retry tests run instantly and see exactly the
/// waits the policy chose.
///
/// ```
/// use std::time::Duration;
/// use amzpay_errors::retry::{Clock, TestClock};
///
/// let clock = TestClock::new();
/// clock.sleep(Duration::from_secs(30));
/// assert_eq!(clock.elapsed(), Duration::from_secs(30));
/// assert_eq!(clock.slept(), [Duration::from_secs(30)]);
/// ```
#[derive(Debug, Default)]
pub struct TestClock {
    elapsed: Cell<Duration>,
    unix_start: Duration,
    slept: std::cell::RefCell<Vec<Duration>>,
}

impl TestClock {
    /// A clock at zero, whose wall clock reads 2026-01-01T00:00:00Z.
    #[must_use]
    pub fn new() -> Self {
        Self::at_unix(Duration::from_secs(1_767_225_600))
    }

    /// A clock at zero whose wall clock reads `unix` (time since the Unix epoch).
    #[must_use]
    pub fn at_unix(unix: Duration) -> Self {
        TestClock {
            elapsed: Cell::new(Duration::ZERO),
            unix_start: unix,
            slept: std::cell::RefCell::default(),
        }
    }

    /// Every wait so far, in order.
    #[must_use]
    pub fn slept(&self) -> Vec<Duration> {
        self.slept.borrow().clone()
    }

    /// Moves the clock without recording a wait (the time an attempt itself took).
    pub fn advance(&self, d: Duration) {
        self.elapsed.set(self.elapsed.get().saturating_add(d));
    }
}

impl Clock for TestClock {
    fn elapsed(&self) -> Duration {
        self.elapsed.get()
    }
    fn unix_time(&self) -> Duration {
        self.unix_start.saturating_add(self.elapsed.get())
    }
    fn sleep(&self, d: Duration) {
        self.slept.borrow_mut().push(d);
        self.advance(d);
    }
}

impl<C: Clock + ?Sized> Clock for &C {
    fn elapsed(&self) -> Duration {
        (**self).elapsed()
    }
    fn unix_time(&self) -> Duration {
        (**self).unix_time()
    }
    fn sleep(&self, d: Duration) {
        (**self).sleep(d);
    }
}
