//! [`RetryPolicy`]: how long to wait before each retry, and when to stop.

use std::fmt;
use std::time::Duration;

use crate::AmazonPay;

/// Where the waits come from.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Delays {
    /// Fixed waits, one per retry.
    Schedule(Vec<Duration>),
    /// `initial`, doubling each retry, never above `cap` (applied before jitter).
    Exponential {
        initial: Duration,
        cap: Duration,
        retries: u32,
    },
}

/// How a retry runner waits and when it stops.
///
/// The default is the source document's schedule: wait 1 s, 2 s, 4 s, 10 s and 30 s before
/// the five retries (six attempts in all), then stop and hand the error over for manual
/// follow-up. The optional immediate first retry the document allows is off by default.
///
/// ```
/// use std::time::Duration;
/// use amzpay_errors::retry::RetryPolicy;
///
/// let policy = RetryPolicy::default();
/// let waits: Vec<_> = (1..=6).map(|retry| policy.delay(retry, None)).collect();
/// assert_eq!(waits[..5], [1, 2, 4, 10, 30].map(|s| Some(Duration::from_secs(s))));
/// assert_eq!(waits[5], None); // the schedule is exhausted
/// assert_eq!(policy.max_attempts(), 6);
/// ```
pub struct RetryPolicy {
    delays: Delays,
    immediate_first_retry: bool,
    max_attempts: Option<u32>,
    max_total: Option<Duration>,
    max_server_hint: Duration,
    jitter: Option<std::sync::Mutex<Box<dyn FnMut() -> f64 + Send>>>,
}

impl RetryPolicy {
    /// The schedule of the source document (the spec's `retry.schedule_seconds`).
    #[must_use]
    pub fn documented() -> Self {
        Self::schedule(AmazonPay::RETRY_SCHEDULE.iter().copied())
    }

    /// These waits, one per retry, then stop.
    #[must_use]
    pub fn schedule(waits: impl IntoIterator<Item = Duration>) -> Self {
        Self::with_delays(Delays::Schedule(waits.into_iter().collect()))
    }

    /// `initial`, doubling on each retry up to `cap`, for `retries` retries.
    #[must_use]
    pub fn exponential(initial: Duration, cap: Duration, retries: u32) -> Self {
        Self::with_delays(Delays::Exponential {
            initial,
            cap,
            retries,
        })
    }

    fn with_delays(delays: Delays) -> Self {
        RetryPolicy {
            delays,
            immediate_first_retry: false,
            max_attempts: None,
            max_total: None,
            max_server_hint: Duration::from_secs(60),
            jitter: None,
        }
    }

    /// Retries once at once before the schedule starts, as the document allows.
    #[must_use]
    pub fn with_immediate_first_retry(mut self, on: bool) -> Self {
        self.immediate_first_retry = on;
        self
    }

    /// At most `n` attempts, the first one included (`1`: never retry).
    #[must_use]
    pub fn with_max_attempts(mut self, n: u32) -> Self {
        self.max_attempts = Some(n.max(1));
        self
    }

    /// Stops before a wait that would end later than `total` after the first attempt began.
    #[must_use]
    pub fn with_max_total(mut self, total: Duration) -> Self {
        self.max_total = Some(total);
        self
    }

    /// Honours a server's `Retry-After` for at most this long (default 60 s).
    #[must_use]
    pub fn with_max_server_hint(mut self, cap: Duration) -> Self {
        self.max_server_hint = cap;
        self
    }

    /// Full jitter: each wait becomes a random time in `[0, wait]`, with `random` giving
    /// numbers in `[0, 1)`. Inject a fixed source to make tests repeatable.
    #[must_use]
    pub fn with_full_jitter(mut self, random: impl FnMut() -> f64 + Send + 'static) -> Self {
        self.jitter = Some(std::sync::Mutex::new(Box::new(random)));
        self
    }

    /// Full jitter from the standard library's per-process random seed.
    #[must_use]
    pub fn with_random_full_jitter(self) -> Self {
        let mut state = crate::retry::Random::new();
        self.with_full_jitter(move || state.unit())
    }

    /// The most attempts this policy allows, the first one included.
    #[must_use]
    pub fn max_attempts(&self) -> u32 {
        let retries = match &self.delays {
            Delays::Schedule(waits) => u32::try_from(waits.len()).unwrap_or(u32::MAX),
            Delays::Exponential { retries, .. } => *retries,
        };
        let all = retries
            .saturating_add(u32::from(self.immediate_first_retry))
            .saturating_add(1);
        self.max_attempts.map_or(all, |m| m.min(all))
    }

    /// The longest the policy lets a run take, if it caps it.
    #[must_use]
    pub fn max_total(&self) -> Option<Duration> {
        self.max_total
    }

    /// The wait before retry number `retry` (1 for the first retry), honouring the server's
    /// hint (capped); `None` when the policy allows no such retry.
    #[must_use]
    pub fn delay(&self, retry: u32, server_hint: Option<Duration>) -> Option<Duration> {
        if retry == 0 || retry >= self.max_attempts() {
            return None;
        }
        let scheduled = if self.immediate_first_retry && retry == 1 {
            Duration::ZERO
        } else {
            let index = retry - 1 - u32::from(self.immediate_first_retry);
            match &self.delays {
                Delays::Schedule(waits) => *waits.get(usize::try_from(index).ok()?)?,
                Delays::Exponential { initial, cap, .. } => {
                    let factor = 2u32.checked_pow(index).unwrap_or(u32::MAX);
                    initial.saturating_mul(factor).min(*cap)
                }
            }
        };
        let jittered = match &self.jitter {
            Some(random) => {
                // A poisoned lock only means another thread panicked mid-draw; the source
                // itself is still usable.
                let mut random = random
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                let r = (random)();
                let r = if r.is_finite() {
                    r.clamp(0.0, 1.0)
                } else {
                    1.0
                };
                scheduled.mul_f64(r)
            }
            None => scheduled,
        };
        Some(match server_hint {
            Some(hint) => jittered.max(hint.min(self.max_server_hint)),
            None => jittered,
        })
    }
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self::documented()
    }
}

impl fmt::Debug for RetryPolicy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RetryPolicy")
            .field("delays", &self.delays)
            .field("immediate_first_retry", &self.immediate_first_retry)
            .field("max_attempts", &self.max_attempts())
            .field("max_total", &self.max_total)
            .field("max_server_hint", &self.max_server_hint)
            .field("jitter", &self.jitter.is_some())
            .finish()
    }
}

/// Reads a `Retry-After` value: whole seconds, or an HTTP date (`Sun, 06 Nov 1994 08:49:37
/// GMT`) resolved against `now` (time since the Unix epoch). A date in the past is zero.
///
/// ```
/// use std::time::Duration;
/// use amzpay_errors::retry::parse_retry_after;
///
/// assert_eq!(parse_retry_after("7", Duration::ZERO), Some(Duration::from_secs(7)));
/// let now = Duration::from_secs(784_111_770); // 1994-11-06T08:49:30Z
/// assert_eq!(parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", now), Some(Duration::from_secs(7)));
/// assert_eq!(parse_retry_after("soon", now), None);
/// ```
#[must_use]
pub fn parse_retry_after(value: &str, now: Duration) -> Option<Duration> {
    let value = value.trim();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        return value.parse().ok().map(Duration::from_secs);
    }
    let at = parse_http_date(value)?;
    Some(Duration::from_secs(at.saturating_sub(now.as_secs())))
}

/// An IMF-fixdate (RFC 9110), as seconds since the Unix epoch.
fn parse_http_date(s: &str) -> Option<u64> {
    // "Sun, 06 Nov 1994 08:49:37 GMT"
    let rest = s.get(5..)?;
    let mut parts = rest.split(' ');
    let day: u64 = parts.next()?.parse().ok()?;
    let month = parts.next()?;
    let year: i64 = parts.next()?.parse().ok()?;
    let time = parts.next()?;
    if parts.next()? != "GMT" || parts.next().is_some() {
        return None;
    }
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month = MONTHS.iter().position(|m| *m == month)? + 1;
    let mut hms = time.split(':').map(|p| p.parse::<u64>().ok());
    let (h, m, sec) = (hms.next()??, hms.next()??, hms.next()??);
    if hms.next().is_some() || h > 23 || m > 59 || sec > 60 || !(1..=31).contains(&day) {
        return None;
    }
    let days = days_from_civil(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?);
    let secs = days
        .checked_mul(86_400)?
        .checked_add(i64::try_from(h * 3600 + m * 60 + sec).ok()?)?;
    u64::try_from(secs).ok()
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secs(s: u64) -> Duration {
        Duration::from_secs(s)
    }

    #[test]
    fn the_immediate_retry_comes_first_when_on() {
        let p = RetryPolicy::default().with_immediate_first_retry(true);
        let waits: Vec<_> = (1..=7).map(|r| p.delay(r, None)).collect();
        assert_eq!(waits[0], Some(Duration::ZERO));
        assert_eq!(waits[1..6], [1, 2, 4, 10, 30].map(|s| Some(secs(s))));
        assert_eq!(waits[6], None);
        assert_eq!(p.max_attempts(), 7);
    }

    #[test]
    fn exponential_is_capped_before_jitter() {
        let p = RetryPolicy::exponential(secs(1), secs(5), 5).with_full_jitter(|| 0.999_999);
        let waits: Vec<_> = (1..=5).map(|r| p.delay(r, None).unwrap()).collect();
        assert!(waits.iter().all(|w| *w <= secs(5)), "{waits:?}");
        let exact = RetryPolicy::exponential(secs(1), secs(5), 5);
        let waits: Vec<_> = (1..=5).map(|r| exact.delay(r, None).unwrap()).collect();
        assert_eq!(waits, [1, 2, 4, 5, 5].map(secs));
    }

    #[test]
    fn full_jitter_stays_within_zero_and_the_wait() {
        let mut x = 0.0;
        let p = RetryPolicy::default().with_full_jitter(move || {
            x += 0.25;
            x % 1.0
        });
        assert_eq!(p.delay(1, None), Some(Duration::from_millis(250)));
        assert_eq!(p.delay(2, None), Some(secs(1)));
        assert_eq!(p.delay(3, None), Some(Duration::from_secs(3)));
    }

    #[test]
    fn max_attempts_counts_the_first() {
        let p = RetryPolicy::default().with_max_attempts(3);
        assert_eq!(p.max_attempts(), 3);
        assert!(p.delay(2, None).is_some());
        assert_eq!(p.delay(3, None), None);
        assert_eq!(
            RetryPolicy::default().with_max_attempts(1).delay(1, None),
            None
        );
    }

    #[test]
    fn a_server_hint_is_honoured_but_capped() {
        let p = RetryPolicy::default().with_max_server_hint(secs(20));
        assert_eq!(p.delay(1, Some(secs(7))), Some(secs(7)));
        assert_eq!(p.delay(1, Some(secs(3600))), Some(secs(20)));
        assert_eq!(
            p.delay(5, Some(secs(1))),
            Some(secs(30)),
            "never shorter than the schedule"
        );
    }

    #[test]
    fn retry_after_dates() {
        let now = secs(1_767_225_600); // 2026-01-01T00:00:00Z
        assert_eq!(
            parse_retry_after("Thu, 01 Jan 2026 00:00:42 GMT", now),
            Some(secs(42))
        );
        assert_eq!(
            parse_retry_after("Wed, 31 Dec 2025 23:00:00 GMT", now),
            Some(secs(0))
        );
        for bad in [
            "",
            "-1",
            "1.5",
            "Thu, 01 Foo 2026 00:00:42 GMT",
            "Thu, 01 Jan 2026 25:00:00 GMT",
            "Thu, 01 Jan 2026 00:00:42 UTC",
        ] {
            assert_eq!(parse_retry_after(bad, now), None, "{bad:?}");
        }
        assert_eq!(parse_retry_after("99999999999999999999999", now), None);
    }
}
