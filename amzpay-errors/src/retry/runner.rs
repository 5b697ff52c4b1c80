//! [`Retrier`]: runs a request, retrying only what is safe and useful, as the policy says.

use std::future::Future;
use std::time::Duration;

use super::{parse_retry_after, Clock, RequestSafety, RetryPolicy, SystemClock};
use crate::response::{AmazonPayError, Code};

/// One attempt, as the operation sees it: its number and the idempotency key it must send
/// (the same on every attempt).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attempt<'k> {
    number: u32,
    key: Option<&'k str>,
}

impl<'k> Attempt<'k> {
    /// 1 for the first attempt.
    #[must_use]
    pub fn number(&self) -> u32 {
        self.number
    }

    /// The idempotency key to send, when the request has one.
    #[must_use]
    pub fn key(&self) -> Option<&'k str> {
        self.key
    }
}

/// What happened on one attempt, for logs and for whoever follows up by hand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttemptRecord {
    /// 1 for the first attempt.
    pub number: u32,
    /// How long the runner waited before it.
    pub waited: Duration,
    /// When it started, counted from the start of the first attempt.
    pub started_at: Duration,
    /// `None` when the attempt succeeded.
    pub status: Option<u16>,
    /// The code of the error, if it had one.
    pub code: Option<String>,
    /// The request id of the error, if it had one.
    pub request_id: Option<String>,
    /// The error's message (capped; redacted where it would carry secrets).
    pub message: Option<String>,
}

/// Why the runner stopped without success.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StopReason {
    /// A retry would not help; the string says why.
    NotRetryable(&'static str),
    /// A retry might help but is not safe: the string says why (no idempotency key).
    Unsafe(String),
    /// The policy allows no more attempts.
    Exhausted,
    /// The next wait would go past the policy's total time.
    OutOfTime,
}

/// A run that did not succeed: the last error, why the runner stopped, and advice for the
/// manual follow-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// The last attempt's error.
    pub error: AmazonPayError,
    /// Why there was no further attempt.
    pub stop: StopReason,
    /// What to check by hand, when the catalogue says (a 500 that persists may be a
    /// Sandbox request sent to Production or the reverse).
    pub advice: Option<&'static str>,
}

/// The result of a run and the record of every attempt.
#[derive(Debug)]
pub struct Outcome<T> {
    /// The value of the attempt that succeeded, or why the run stopped.
    pub result: Result<T, Failure>,
    /// Every attempt, in order.
    pub attempts: Vec<AttemptRecord>,
}

impl<T> Outcome<T> {
    /// The total time waited between attempts.
    #[must_use]
    pub fn total_wait(&self) -> Duration {
        self.attempts.iter().map(|a| a.waited).sum()
    }
}

/// Runs requests with a [`RetryPolicy`], on a [`Clock`].
///
/// ```
/// use std::time::Duration;
/// use amzpay_errors::response::AmazonPayError;
/// use amzpay_errors::retry::{RequestSafety, Retrier, RetryPolicy, TestClock};
/// use amzpay_errors::{Api, Operation};
///
/// let clock = TestClock::new();
/// let retrier = Retrier::new(RetryPolicy::default()).with_clock(&clock);
/// let safety = RequestSafety::v1(Operation::Capture, Some("capture-7"));
/// let outcome = retrier.run(&safety, |attempt| {
///     assert_eq!(attempt.key(), Some("capture-7"));
///     if attempt.number() < 3 {
///         Err(AmazonPayError::from_response(Api::V1, 503, [("", "")], b""))
///     } else {
///         Ok("captured")
///     }
/// });
/// assert_eq!(outcome.result.unwrap(), "captured");
/// assert_eq!(clock.slept(), [Duration::from_secs(1), Duration::from_secs(2)]);
/// ```
#[derive(Debug)]
pub struct Retrier<C = SystemClock> {
    policy: RetryPolicy,
    clock: C,
}

impl Retrier<SystemClock> {
    /// A runner on the real clock.
    #[must_use]
    pub fn new(policy: RetryPolicy) -> Self {
        Retrier {
            policy,
            clock: SystemClock::new(),
        }
    }
}

impl<C: Clock> Retrier<C> {
    /// The same runner on another clock (a [`TestClock`](super::TestClock) in tests).
    #[must_use]
    pub fn with_clock<D: Clock>(self, clock: D) -> Retrier<D> {
        Retrier {
            policy: self.policy,
            clock,
        }
    }

    /// The policy.
    #[must_use]
    pub fn policy(&self) -> &RetryPolicy {
        &self.policy
    }

    /// Runs `op` until it succeeds or the runner stops, sleeping on the clock in between.
    /// `op` gets the same key on every attempt (`safety`'s); an unsafe request is never
    /// retried.
    pub fn run<T>(
        &self,
        safety: &RequestSafety,
        mut op: impl FnMut(Attempt<'_>) -> Result<T, AmazonPayError>,
    ) -> Outcome<T> {
        let mut run = Run::new(self, safety);
        loop {
            let attempt = run.begin();
            match op(attempt) {
                Ok(value) => return run.succeeded(value),
                Err(error) => match run.failed(error) {
                    Next::Wait(d) => self.clock.sleep(d),
                    Next::Stop(outcome) => return outcome,
                },
            }
        }
    }

    /// The same as [`run`](Self::run) for async code, with any runtime: `sleep` is the
    /// runtime's sleep (`tokio::time::sleep`, say). The clock is only read.
    pub async fn run_async<T, Op, Fut, Sleep, SleepFut>(
        &self,
        safety: &RequestSafety,
        mut op: Op,
        mut sleep: Sleep,
    ) -> Outcome<T>
    where
        Op: FnMut(Attempt<'_>) -> Fut,
        Fut: Future<Output = Result<T, AmazonPayError>>,
        Sleep: FnMut(Duration) -> SleepFut,
        SleepFut: Future<Output = ()>,
    {
        let mut run = Run::new(self, safety);
        loop {
            let attempt = run.begin();
            match op(attempt).await {
                Ok(value) => return run.succeeded(value),
                Err(error) => match run.failed(error) {
                    Next::Wait(d) => sleep(d).await,
                    Next::Stop(outcome) => return outcome,
                },
            }
        }
    }
}

enum Next<T> {
    Wait(Duration),
    Stop(Outcome<T>),
}

/// The state of one run, shared by the blocking and the async runner.
struct Run<'r, C> {
    retrier: &'r Retrier<C>,
    safety: &'r RequestSafety,
    start: Duration,
    number: u32,
    waited: Duration,
    attempts: Vec<AttemptRecord>,
}

impl<'r, C: Clock> Run<'r, C> {
    fn new(retrier: &'r Retrier<C>, safety: &'r RequestSafety) -> Self {
        Run {
            retrier,
            safety,
            start: retrier.clock.elapsed(),
            number: 0,
            waited: Duration::ZERO,
            attempts: Vec::new(),
        }
    }

    fn since_start(&self) -> Duration {
        self.retrier.clock.elapsed().saturating_sub(self.start)
    }

    fn begin(&mut self) -> Attempt<'r> {
        self.number += 1;
        self.attempts.push(AttemptRecord {
            number: self.number,
            waited: self.waited,
            started_at: self.since_start(),
            status: None,
            code: None,
            request_id: None,
            message: None,
        });
        Attempt {
            number: self.number,
            key: self.safety.key(),
        }
    }

    fn succeeded<T>(self, value: T) -> Outcome<T> {
        Outcome {
            result: Ok(value),
            attempts: self.attempts,
        }
    }

    fn failed<T>(&mut self, error: AmazonPayError) -> Next<T> {
        if let Some(record) = self.attempts.last_mut() {
            record.status = Some(error.status());
            record.code = error.code().map(|c| c.as_str().to_owned());
            record.request_id = error.request_id().map(str::to_owned);
            record.message = error.message().map(str::to_owned);
        }
        let verdict = error.decide();
        let stop = if verdict.retry {
            self.safety
                .why_unsafe()
                .map(|why| StopReason::Unsafe(why.to_owned()))
        } else {
            Some(StopReason::NotRetryable(verdict.reason))
        };
        let stop = stop.or_else(|| {
            let clock = &self.retrier.clock;
            let hint = error
                .retry_after()
                .and_then(|v| parse_retry_after(v, clock.unix_time()));
            match self.retrier.policy.delay(self.number, hint) {
                None => Some(StopReason::Exhausted),
                Some(d) => match self.retrier.policy.max_total() {
                    Some(max) if self.since_start().saturating_add(d) > max => {
                        Some(StopReason::OutOfTime)
                    }
                    _ => {
                        self.waited = d;
                        None
                    }
                },
            }
        });
        match stop {
            None => Next::Wait(self.waited),
            Some(stop) => {
                let advice = advice(&error, &stop, verdict.then_ask_for_another_payment_method);
                Next::Stop(Outcome {
                    result: Err(Failure {
                        error,
                        stop,
                        advice,
                    }),
                    attempts: std::mem::take(&mut self.attempts),
                })
            }
        }
    }
}

/// What to tell whoever follows up by hand, from the catalogue.
fn advice(error: &AmazonPayError, stop: &StopReason, soft_decline: bool) -> Option<&'static str> {
    if soft_decline {
        return Some("Retries did not succeed: ask the buyer for another payment method.");
    }
    if !matches!(stop, StopReason::Exhausted | StopReason::OutOfTime) {
        return None;
    }
    // The code's own caveat first (InternalServerError: a Sandbox/Production mix-up);
    // with no code the catalogue knows, the caveat of a server-fault status (500 has the
    // same one). Both come from the spec.
    match error.code() {
        Some(Code::V1(c)) if c.note().is_some() => c.note(),
        Some(Code::V2(c)) if c.note().is_some() => c.note(),
        _ => error
            .documented_status()
            .filter(|s| s.retry_kind() == crate::RetryKind::Server)
            .and_then(crate::HttpStatus::note),
    }
}
