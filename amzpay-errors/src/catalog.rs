//! The bundled catalogue: this crate's own derive applied to `spec/amazon-pay-errors.yaml`.

use crate::ErrorSpec;

/// The bundled Amazon Pay catalogue. Its associated constants carry the spec-wide facts
/// (the retry schedule); the enums generated beside it ([`ApiErrorCode`],
/// [`WidgetErrorCode`], ...) carry the codes.
///
/// ```
/// use std::time::Duration;
/// assert_eq!(amzpay_errors::AmazonPay::RETRY_SCHEDULE[0], Duration::from_secs(1));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, ErrorSpec)]
#[error_spec(path = "spec/amazon-pay-errors.yaml", crate = "crate")]
pub struct AmazonPay;
