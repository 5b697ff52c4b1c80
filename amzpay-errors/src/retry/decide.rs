//! [`decide`]: whether a retry may help, from the API, the status and the code.

use crate::response::Code;
use crate::{Api, HttpStatus, RetryGuidance, RetryKind};

/// Whether a failed request may be retried, of what kind the failure is, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verdict {
    /// Whether a retry may help. (Whether it is *safe* is the request's business:
    /// [`RequestSafety`](crate::retry::RequestSafety).)
    pub retry: bool,
    /// The kind of failure, which decides how to wait.
    pub kind: RetryKind,
    /// After retries fail, ask the buyer for another payment method (v2 `SoftDeclined`).
    pub then_ask_for_another_payment_method: bool,
    /// Why, in a few words.
    pub reason: &'static str,
}

/// Decides whether a request that failed with `status` and `code` may be retried.
///
/// - **A known code decides** where the catalogue says what retrying does: `retry` is
///   retried, `never` is not, `retry_then_ask_for_another_payment_method` is retried
///   within the policy and then handed back with that advice. The code also decides the
///   kind (`RequestThrottled`, `QuotaExceeded`, `TooManyRequests`: throttling;
///   `InternalServerError`, `InternalError`: server fault).
/// - **When status and code disagree, the code wins.** A 5xx whose body carries a code the
///   catalogue calls client-side (a 503 with `InvalidParameterValue`) is not retried: the
///   body names what is wrong with the request, and sending it again sends the same
///   mistake. The status is what a proxy in between may have changed; the code is Amazon's
///   own word about this request. For the same reason a retryable code with an unusual
///   status (a throttled request answered 400) is retried.
/// - **With no code, an unknown code, or a code whose guidance is unknown, the status
///   decides**: 500, 502, 503 and 504 are retryable, and for v2 also 408, 425 and 429 (the
///   spec's `statuses`); the kind is the status's own (or, for a status the spec does not
///   document, server for 5xx and client otherwise).
///
/// ```
/// use amzpay_errors::response::Code;
/// use amzpay_errors::retry::decide;
/// use amzpay_errors::{Api, ApiErrorCode, RetryKind};
///
/// let throttled = Code::V1(ApiErrorCode::RequestThrottled);
/// assert_eq!(decide(Api::V1, 503, Some(&throttled)).kind, RetryKind::Throttling);
/// let wrong = Code::V1(ApiErrorCode::InvalidParameterValue);
/// assert!(!decide(Api::V1, 503, Some(&wrong)).retry);
/// assert!(decide(Api::V2, 429, None).retry);
/// assert!(!decide(Api::V1, 429, None).retry);
/// ```
#[must_use]
pub fn decide(api: Api, status: u16, code: Option<&Code>) -> Verdict {
    let documented = HttpStatus::from_u16(status);
    let status_retries = documented.is_some_and(|s| s.is_retryable_in(api));
    let status_kind = documented.map_or(
        if (500..600).contains(&status) {
            RetryKind::Server
        } else {
            RetryKind::Client
        },
        HttpStatus::retry_kind,
    );
    let by_status = |reason| Verdict {
        retry: status_retries,
        kind: status_kind,
        then_ask_for_another_payment_method: false,
        reason,
    };
    let Some(code) = code else {
        return by_status(if status_retries {
            "no code; the status is retryable"
        } else {
            "no code; the status is not retryable"
        });
    };
    match (code.retry_guidance(), code.retry_kind()) {
        (Some(RetryGuidance::Retry), Some(kind)) => Verdict {
            retry: true,
            kind,
            then_ask_for_another_payment_method: false,
            reason: "the code is documented as retryable",
        },
        (Some(RetryGuidance::Never), Some(kind)) => Verdict {
            retry: false,
            kind,
            then_ask_for_another_payment_method: false,
            reason: "the code names a problem a retry would send again",
        },
        (Some(RetryGuidance::RetryThenAskForAnotherPaymentMethod), Some(kind)) => Verdict {
            retry: true,
            kind,
            then_ask_for_another_payment_method: true,
            reason: "a retry may succeed; if it does not, ask for another payment method",
        },
        (Some(RetryGuidance::Unknown), Some(kind)) => Verdict {
            kind,
            ..by_status("no source says whether the code is retryable; the status decides")
        },
        _ => by_status(if status_retries {
            "a code the catalogue does not know yet; the status is retryable"
        } else {
            "a code the catalogue does not know yet; the status is not retryable"
        }),
    }
}
