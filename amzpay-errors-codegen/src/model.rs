//! The spec as written: what the YAML file holds, field by field, before any check.
//!
//! `deny_unknown_fields` everywhere, so a misspelt field is an error at its own line.
//! Values whose location a later check needs are kept as [`Spanned`].

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::strict::{OrderedMap, StrictBool, StrictU64};

/// The whole spec file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSpec {
    pub schema: Spanned<StrictU64>,
    #[serde(default)]
    pub sources: Vec<RawSource>,
    #[serde(default)]
    pub retry: Option<RawRetry>,
    #[serde(default)]
    pub statuses: Option<Vec<RawStatus>>,
    #[serde(default)]
    pub widgets: Option<Vec<RawNamed>>,
    #[serde(default)]
    pub widget_actions: Option<Vec<RawNamed>>,
    #[serde(default)]
    pub widget_errors: Option<Spanned<Vec<RawWidgetError>>>,
    #[serde(default)]
    pub api_errors: Option<Vec<RawApiError>>,
    #[serde(default)]
    pub operations: Option<Vec<RawOperation>>,
    #[serde(default)]
    pub v2_errors: Option<Vec<RawApiError>>,
    #[serde(default)]
    pub objects: Option<Vec<RawNamed>>,
    #[serde(default)]
    pub states: Option<Vec<RawNamed>>,
    #[serde(default)]
    pub reason_actions: Option<Vec<RawNamed>>,
    #[serde(default)]
    pub state_reasons: Option<RawStateReasons>,
    #[serde(default)]
    pub constraints: Option<Vec<RawConstraint>>,
}

/// Where facts come from; entries cite it by `id`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub id: Spanned<String>,
    pub kind: SourceKind,
    pub title: String,
    #[serde(default)]
    pub url: Option<String>,
}

/// How sure a source is: Amazon's own pages, Amazon's SDKs and plugins, real responses
/// someone observed, or third-party copies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    Doc,
    Sdk,
    Observed,
    ThirdParty,
}

/// `retry_guidance:` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RetryGuidance {
    Retry,
    Never,
    RetryThenAskForAnotherPaymentMethod,
    Unknown,
}

/// `decline:` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decline {
    Soft,
    Hard,
    BySoftDeclineFlag,
    NotADecline,
    Unknown,
}

/// The APIs a status is retried on (`retry_in: [v1, v2]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Api {
    V1,
    V2,
}

/// The default retry schedule.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRetry {
    pub schedule_seconds: Vec<StrictU64>,
    pub immediate_first_retry: StrictBool,
    pub after_schedule: String,
    #[serde(default)]
    pub sources: Vec<Spanned<String>>,
}

/// The retry kinds, as written in the spec (`retry_kind: throttling`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RetryKind {
    Transient,
    Throttling,
    Server,
    Client,
}

/// An HTTP status the spec documents.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStatus {
    pub status: Spanned<StrictU64>,
    pub name: Spanned<String>,
    pub label: String,
    /// The APIs on which a retry on this status alone is documented (empty: none).
    pub retry_in: Vec<Api>,
    pub retry_kind: RetryKind,
    pub description: String,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub sources: Vec<Spanned<String>>,
}

/// A plain named value: a widget or a widget action.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNamed {
    pub name: Spanned<String>,
    pub description: String,
}

/// What a buyer sees in one widget.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum RawBuyerView {
    /// The exact text shown.
    Message(String),
    /// No text is shown; the string says what happens instead.
    Nothing(String),
    /// No source says what the buyer sees.
    Unknown,
}

/// An error code raised by a widget's `onError` callback.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawWidgetError {
    pub code: Spanned<String>,
    #[serde(default)]
    pub name: Option<Spanned<String>>,
    pub retryable: StrictBool,
    pub description: String,
    pub buyer_sees: Spanned<OrderedMap<RawBuyerView>>,
    pub action: Spanned<String>,
    pub why: String,
    #[serde(default)]
    pub sources: Vec<Spanned<String>>,
}

/// An error code of the v1 API, or a `reasonCode` of the v2 API.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawApiError {
    pub code: Spanned<String>,
    #[serde(default)]
    pub name: Option<Spanned<String>>,
    #[serde(default)]
    pub http_status: Option<Spanned<StrictU64>>,
    #[serde(default)]
    pub status_verified: Option<Spanned<StrictBool>>,
    #[serde(default)]
    pub other_statuses: Vec<Spanned<StrictU64>>,
    #[serde(default)]
    pub status_note: Option<String>,
    #[serde(default)]
    pub unverified_status: Option<Spanned<StrictU64>>,
    pub retryable: Spanned<StrictBool>,
    pub retry_guidance: RetryGuidance,
    pub retry_kind: RetryKind,
    pub description: String,
    pub action: String,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub operations: Vec<Spanned<String>>,
    #[serde(default)]
    pub any_operation: Option<Spanned<StrictBool>>,
    #[serde(default)]
    pub operations_inferred: Option<StrictBool>,
    #[serde(default)]
    pub applies_to: Option<String>,
    #[serde(default)]
    pub sources: Vec<Spanned<String>>,
}

/// An API operation and the idempotency key it carries.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOperation {
    pub name: Spanned<String>,
    pub description: String,
    #[serde(default)]
    pub idempotency_key: Option<String>,
    pub read_only: StrictBool,
    #[serde(default)]
    pub sources: Vec<Spanned<String>>,
}

/// The state reason codes, in one enum per object.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStateReasons {
    /// The literal that stands for "no reason" (`None`): parsing it gives no reason.
    pub no_reason: Spanned<String>,
    pub groups: Vec<RawReasonGroup>,
}

/// The reasons of one object, generating one enum.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawReasonGroup {
    /// The generated enum's name.
    #[serde(rename = "enum")]
    pub enum_name: Spanned<String>,
    /// An object from `objects`, or `unknown` where no source says.
    pub object: Spanned<String>,
    pub description: String,
    pub reasons: Vec<RawReason>,
}

/// One state reason code.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawReason {
    pub code: Spanned<String>,
    #[serde(default)]
    pub name: Option<Spanned<String>>,
    /// States from `states`; empty where no source says.
    #[serde(default)]
    pub states: Vec<Spanned<String>>,
    pub decline: Decline,
    #[serde(default)]
    pub order_reference_after_authorize: Option<Spanned<String>>,
    #[serde(default)]
    pub billing_agreement_after_authorize: Option<Spanned<String>>,
    /// An action from `reason_actions`.
    pub action: Spanned<String>,
    pub description: String,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub sources: Vec<Spanned<String>>,
}

/// A constraint id of an order reference or billing agreement.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawConstraint {
    pub code: Spanned<String>,
    #[serde(default)]
    pub name: Option<Spanned<String>>,
    /// Objects from `objects`.
    pub objects: Vec<Spanned<String>>,
    pub description: String,
    pub fix: String,
    #[serde(default)]
    pub sources: Vec<Spanned<String>>,
}
