//! [`RetryGuidance`]: what the sources say about retrying, where a bool says too little.

use core::fmt;

/// What the sources say about retrying a request that failed with a code.
///
/// `is_retryable()` is `true` only for [`Retry`](RetryGuidance::Retry): where a retry is
/// documented to help. The other values keep "no", "maybe" and "nobody says" apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RetryGuidance {
    /// Retrying the same request (same idempotency key) is documented to help.
    Retry,
    /// A retry sends the same mistake again: fix the request or the state first.
    Never,
    /// A retry may succeed; after repeated failures, ask the buyer for another payment
    /// method (v2 `SoftDeclined`).
    RetryThenAskForAnotherPaymentMethod,
    /// No source says whether a retry helps.
    Unknown,
}

impl RetryGuidance {
    /// The guidance in words, as in the spec (`retry_guidance: never`).
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            RetryGuidance::Retry => "retry",
            RetryGuidance::Never => "never",
            RetryGuidance::RetryThenAskForAnotherPaymentMethod => {
                "retry, then ask for another payment method"
            }
            RetryGuidance::Unknown => "unknown",
        }
    }
}

impl fmt::Display for RetryGuidance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
