//! Deciding, waiting and retrying: [`decide`], [`RetryPolicy`], [`RequestSafety`] and the
//! [`Retrier`] that puts them together.
//!
//! The source document's rules: 500, 502, 503 and 504 are retryable; properly formed
//! requests are idempotent through their reference ids, so a retry with the same id cannot
//! charge twice; one retry may follow the first error at once, and more should back off
//! (1 s, 2 s, 4 s, 10 s, 30 s); after that, log and follow up by hand.

mod clock;
mod decide;
mod idempotency;
mod policy;
mod runner;

pub use clock::{Clock, SystemClock, TestClock};
pub use decide::{decide, Verdict};
pub(crate) use idempotency::Random;
pub use idempotency::{InvalidIdempotencyKey, RequestSafety, V2IdempotencyKey};
pub use policy::{parse_retry_after, RetryPolicy};
pub use runner::{Attempt, AttemptRecord, Failure, Outcome, Retrier, StopReason};
