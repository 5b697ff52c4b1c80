//! The traits every generated enum implements, for code that works with any spec.

use core::fmt::{Debug, Display};
use core::hash::Hash;
use core::str::FromStr;

use crate::UnknownCode;

/// An enum generated from a spec: a closed set of values, each with the exact string
/// Amazon Pay uses and a description.
///
/// ```
/// use amzpay_errors::{SpecEnum, Widget, WidgetErrorCode};
///
/// fn list<T: SpecEnum>() -> Vec<&'static str> {
///     T::ALL.iter().map(|v| v.as_str()).collect()
/// }
/// assert_eq!(list::<Widget>(), ["Button", "AddressBook", "Wallet", "Consent"]);
/// assert_eq!(list::<WidgetErrorCode>().len(), WidgetErrorCode::COUNT);
/// ```
pub trait SpecEnum:
    Copy
    + Eq
    + Ord
    + Hash
    + Debug
    + Display
    + AsRef<str>
    + FromStr<Err = UnknownCode>
    + for<'a> TryFrom<&'a str, Error = UnknownCode>
    + 'static
{
    /// The enum's name, as in messages (`"WidgetErrorCode"`).
    const NAME: &'static str;
    /// Every value, in the order of the spec.
    const ALL: &'static [Self];
    /// The exact string Amazon Pay uses.
    fn as_str(self) -> &'static str;
    /// What the value means.
    fn description(self) -> &'static str;
}

/// An error-code enum: a [`SpecEnum`] whose values say whether a retry can help.
pub trait ErrorCode: SpecEnum + core::error::Error {
    /// Whether retrying the same request can clear this error, as documented.
    fn is_retryable(self) -> bool;
}

/// An API error-code enum (v1 [`ApiErrorCode`](crate::ApiErrorCode), v2
/// [`V2ReasonCode`](crate::V2ReasonCode), or one of your spec's): an [`ErrorCode`] with the
/// HTTP status and retry facts of an API error.
pub trait ApiCode: ErrorCode {
    /// The HTTP status sent with it; `None` where no source gives one.
    fn http_status(self) -> Option<u16>;
    /// Whether an official source confirms [`http_status`](Self::http_status).
    fn is_status_verified(self) -> bool;
    /// Statuses other sources give, where they disagree.
    fn other_statuses(self) -> &'static [u16];
    /// What the sources say about retrying.
    fn retry_guidance(self) -> crate::RetryGuidance;
    /// The kind of failure.
    fn retry_kind(self) -> crate::RetryKind;
    /// What the merchant should do.
    fn action(self) -> &'static str;
    /// A caveat the source adds, if any.
    fn note(self) -> Option<&'static str>;
}
