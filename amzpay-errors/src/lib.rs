//! Amazon Pay's documented error codes as exact, compile-time-checked Rust types.
//!
//! Everything here is generated at compile time from one YAML spec, the bundled
//! `spec/amazon-pay-errors.yaml`, by this crate's own [`ErrorSpec`] derive:
//!
//! | type | what it holds |
//! |---|---|
//! | [`WidgetErrorCode`] | the codes a widget's `onError` callback gets, with the buyer's text per [`Widget`] and a [`WidgetAction`] |
//! | [`ApiErrorCode`] | the v1 API codes, with HTTP status, the [`Operation`]s that return them, [`RetryKind`] and [`RetryGuidance`] |
//! | [`V2ReasonCode`] | the `reasonCode`s of v2 (Checkout v2) error bodies |
//! | [`HttpStatus`] | the statuses that are retried on the status alone, per [`Api`] |
//! | [`OrderReferenceReason`], [`AuthorizationReason`], [`CaptureReason`], [`RefundReason`], [`BillingAgreementReason`], [`V2StateReason`] | why an object is declined, suspended, canceled or closed, one enum per object, with a [`Decline`] kind and a [`ReasonAction`] |
//! | [`ConstraintId`] | what still blocks confirming an order reference or billing agreement |
//!
//! Every enum is fieldless, `Copy` and exhaustive, parses its exact code with `FromStr`
//! (an unknown string is an [`UnknownCode`] that keeps it), and implements [`SpecEnum`];
//! the error-code enums also implement [`ErrorCode`].
//!
//! ```
//! use amzpay_errors::{ApiErrorCode, RetryGuidance, WidgetAction, WidgetErrorCode};
//!
//! let code: WidgetErrorCode = "ITP".parse()?;
//! assert_eq!(code.action(), WidgetAction::Ignore);
//!
//! let code: ApiErrorCode = "RequestThrottled".parse()?;
//! assert_eq!(code.http_status(), Some(503));
//! assert_eq!(code.retry_guidance(), RetryGuidance::Retry);
//! # Ok::<(), amzpay_errors::UnknownCode>(())
//! ```
//!
//! # Features
//! - `std` (default): the response reader ([`response`]), the retry policy and runner
//!   ([`retry`]) and [`Lenient`]; without it the crate is `#![no_std]`.
//! - `xml` (default): [`v1::ErrorResponse::parse`] for v1 XML error bodies.
//! - `json` (default): v2 JSON error bodies in [`response::AmazonPayError::from_response`].
//! - `http`: reading `http::Response` and `http::HeaderMap` directly.
//! - `serde`: `Serialize` / `Deserialize` for every generated enum, as its code string.
//!
//! # Your own spec
//! The derive reads any spec of the same schema (documented in `spec/README.md`, which
//! ships in this crate); see [`ErrorSpec`].
#![cfg_attr(not(feature = "std"), no_std)]
#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod api;
mod buyer_view;
mod catalog;
mod decline;
#[cfg(feature = "std")]
mod lenient;
#[cfg(feature = "std")]
pub mod response;
#[cfg(feature = "std")]
pub mod retry;
mod retry_guidance;
mod retry_kind;
mod serde_support;
mod text;
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
#[cfg(feature = "std")]
pub use lenient::Lenient;
pub use retry_guidance::RetryGuidance;
pub use retry_kind::RetryKind;
pub use traits::{ApiCode, ErrorCode, SpecEnum};
pub use unknown::{UnknownCode, KEPT_BYTES};

/// Items the generated code names; not part of the public API.
#[doc(hidden)]
pub mod __private {
    #[cfg(feature = "serde")]
    pub use crate::serde_support::CodeVisitor;
    #[cfg(feature = "serde")]
    pub use serde;
}

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
