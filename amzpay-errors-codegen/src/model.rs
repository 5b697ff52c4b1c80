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
}

/// Where facts come from; entries cite it by `id`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub id: Spanned<String>,
    pub title: String,
    #[serde(default)]
    pub url: Option<String>,
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
    pub retryable: StrictBool,
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

/// An error code of the API.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawApiError {
    pub code: Spanned<String>,
    #[serde(default)]
    pub name: Option<Spanned<String>>,
    #[serde(default)]
    pub http_status: Option<Spanned<StrictU64>>,
    pub retryable: StrictBool,
    pub retry_kind: RetryKind,
    pub description: String,
    pub action: String,
    #[serde(default)]
    pub note: Option<String>,
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
