//! The spec after every check: what the generator turns into Rust.
//!
//! Cross references are resolved to indexes, names to valid identifiers, so that
//! generation itself cannot fail.

pub use crate::model::{Api, Decline, RetryGuidance, RetryKind, SourceKind};

/// A checked spec. A section that the spec leaves out is `None` and generates nothing.
#[derive(Debug, Default)]
pub struct Catalog {
    pub sources: Vec<Source>,
    pub retry: Option<Retry>,
    pub statuses: Option<Vec<Status>>,
    pub widgets: Option<Vec<Named>>,
    pub widget_actions: Option<Vec<Named>>,
    pub widget_errors: Option<Vec<WidgetError>>,
    pub api_errors: Option<Vec<ApiError>>,
    pub operations: Option<Vec<Operation>>,
    pub v2_errors: Option<Vec<ApiError>>,
    pub objects: Option<Vec<Named>>,
    pub states: Option<Vec<Named>>,
    pub reason_actions: Option<Vec<Named>>,
    pub state_reasons: Option<StateReasons>,
    pub constraints: Option<Vec<Constraint>>,
}

impl Catalog {
    /// A catalogue with every section present and empty: what a failed spec stands in for.
    pub fn placeholder() -> Self {
        Catalog {
            sources: Vec::new(),
            retry: Some(Retry::default()),
            statuses: Some(Vec::new()),
            widgets: Some(Vec::new()),
            widget_actions: Some(Vec::new()),
            widget_errors: Some(Vec::new()),
            api_errors: Some(Vec::new()),
            operations: Some(Vec::new()),
            v2_errors: Some(Vec::new()),
            objects: Some(Vec::new()),
            states: Some(Vec::new()),
            reason_actions: Some(Vec::new()),
            // The groups are named in the spec; a spec that did not parse names none.
            state_reasons: None,
            constraints: Some(Vec::new()),
        }
    }
}

/// A cited source, rendered once as `title <url>`.
#[derive(Debug, Clone)]
pub struct Source {
    pub id: String,
    pub kind: SourceKind,
    pub citation: String,
}

/// The default retry schedule.
#[derive(Debug, Default)]
pub struct Retry {
    pub schedule_seconds: Vec<u64>,
    pub immediate_first_retry: bool,
    pub after_schedule: String,
}

/// What every generated variant has: its Rust name, the string Amazon sends, a description
/// and the sources it cites (indexes into [`Catalog::sources`]).
#[derive(Debug, Clone)]
pub struct Entry {
    pub ident: String,
    pub code: String,
    pub description: String,
    pub sources: Vec<usize>,
}

/// A widget or a widget action.
#[derive(Debug)]
pub struct Named {
    pub entry: Entry,
}

/// A documented HTTP status.
#[derive(Debug)]
pub struct Status {
    /// `code` is the number as a string.
    pub entry: Entry,
    pub label: String,
    pub status: u16,
    /// The APIs on which a retry on this status alone is documented.
    pub retry_in: Vec<Api>,
    pub retry_kind: RetryKind,
    pub note: Option<String>,
}

/// What the buyer sees in one widget.
#[derive(Debug, Clone)]
pub enum BuyerView {
    Message(String),
    Nothing(String),
    Unknown,
}

/// A widget error code.
#[derive(Debug)]
pub struct WidgetError {
    pub entry: Entry,
    pub retryable: bool,
    /// One view per widget, in the order of [`Catalog::widgets`].
    pub views: Vec<BuyerView>,
    /// Index into [`Catalog::widget_actions`].
    pub action: usize,
    pub why: String,
}

/// A v1 API error code or a v2 reason code.
#[derive(Debug)]
pub struct ApiError {
    pub entry: Entry,
    pub http_status: Option<u16>,
    pub status_verified: bool,
    pub other_statuses: Vec<u16>,
    pub status_note: Option<String>,
    pub unverified_status: Option<u16>,
    pub retryable: bool,
    pub retry_guidance: RetryGuidance,
    pub retry_kind: RetryKind,
    pub action: String,
    pub note: Option<String>,
    /// Indexes into [`Catalog::operations`].
    pub operations: Vec<usize>,
    pub any_operation: bool,
    pub operations_inferred: bool,
    pub applies_to: Option<String>,
}

/// An API operation.
#[derive(Debug)]
pub struct Operation {
    pub entry: Entry,
    pub idempotency_key: Option<String>,
    pub read_only: bool,
}

/// The state reason groups.
#[derive(Debug)]
pub struct StateReasons {
    pub no_reason: String,
    pub groups: Vec<ReasonGroup>,
}

/// The reasons of one object: one enum.
#[derive(Debug)]
pub struct ReasonGroup {
    pub enum_name: String,
    /// Index into [`Catalog::objects`]; `None` where no source says which object.
    pub object: Option<usize>,
    pub description: String,
    pub reasons: Vec<Reason>,
}

/// One state reason.
#[derive(Debug)]
pub struct Reason {
    pub entry: Entry,
    /// Indexes into [`Catalog::states`].
    pub states: Vec<usize>,
    pub decline: Decline,
    pub order_reference_after_authorize: Option<usize>,
    pub billing_agreement_after_authorize: Option<usize>,
    /// Index into [`Catalog::reason_actions`].
    pub action: usize,
    pub note: Option<String>,
}

/// A constraint id.
#[derive(Debug)]
pub struct Constraint {
    pub entry: Entry,
    /// Indexes into [`Catalog::objects`].
    pub objects: Vec<usize>,
    pub fix: String,
}
