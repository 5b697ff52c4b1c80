#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]
#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod api;
mod buyer_view;
mod catalog;
mod decline;
mod retry_guidance;
mod retry_kind;
mod serde_support;
mod traits;
mod unknown;
#[cfg(feature = "xml")]
pub mod v1;

pub use amzpay_errors_derive::ErrorSpec;
pub use api::Api;
pub use buyer_view::BuyerView;
pub use catalog::{
    AmazonPay, ApiErrorCode, AuthorizationReason, BillingAgreementReason, CaptureReason,
    ConstraintId, HttpStatus, ObjectState, Operation, OrderReferenceReason, PaymentObject,
    ReasonAction, RefundReason, V2ReasonCode, V2StateReason, Widget, WidgetAction, WidgetErrorCode,
};
pub use decline::Decline;
pub use retry_guidance::RetryGuidance;
pub use retry_kind::RetryKind;
pub use traits::{ErrorCode, SpecEnum};
pub use unknown::{UnknownCode, KEPT_BYTES};

/// Items the generated code names; not part of the public API.
#[doc(hidden)]
pub mod __private {
    #[cfg(feature = "serde")]
    pub use crate::serde_support::CodeVisitor;
    #[cfg(feature = "serde")]
    pub use serde;
}
