//! The spec after every check: what the generator turns into Rust.
//!
//! Cross references are resolved to indexes, names to valid identifiers, so that
//! generation itself cannot fail.

pub use crate::model::RetryKind;

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
        }
    }

    /// The same sections as `self`, all empty.
    pub fn emptied(&self) -> Self {
        Catalog {
            sources: Vec::new(),
            retry: self.retry.as_ref().map(|_| Retry::default()),
            statuses: self.statuses.as_ref().map(|_| Vec::new()),
            widgets: self.widgets.as_ref().map(|_| Vec::new()),
            widget_actions: self.widget_actions.as_ref().map(|_| Vec::new()),
            widget_errors: self.widget_errors.as_ref().map(|_| Vec::new()),
            api_errors: self.api_errors.as_ref().map(|_| Vec::new()),
            operations: self.operations.as_ref().map(|_| Vec::new()),
        }
    }
}

/// A cited source, rendered once as `title <url>`.
#[derive(Debug, Clone)]
pub struct Source {
    pub id: String,
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
    pub retryable: bool,
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

/// An API error code.
#[derive(Debug)]
pub struct ApiError {
    pub entry: Entry,
    pub http_status: Option<u16>,
    pub retryable: bool,
    pub retry_kind: RetryKind,
    pub action: String,
    pub note: Option<String>,
}

/// An API operation.
#[derive(Debug)]
pub struct Operation {
    pub entry: Entry,
    pub idempotency_key: Option<String>,
    pub read_only: bool,
}
