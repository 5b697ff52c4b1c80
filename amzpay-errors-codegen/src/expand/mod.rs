//! [`Catalog`] to Rust tokens. Generation cannot fail: every check ran before.
//!
//! Every path the generated code names is absolute (`::core::...`) or goes through the
//! runtime crate's path (`crate = "..."`), so that the output compiles wherever it is
//! expanded, next to any user items (a variant named `None` or `Ok` included).

mod dispatch;
mod docs;
mod enums;
mod sections;

use proc_macro2::{Ident, TokenStream};

use crate::catalog::Catalog;

/// The names of the generated enums, one per spec section.
pub mod names {
    pub const HTTP_STATUS: &str = "HttpStatus";
    pub const WIDGET: &str = "Widget";
    pub const WIDGET_ACTION: &str = "WidgetAction";
    pub const WIDGET_ERROR_CODE: &str = "WidgetErrorCode";
    pub const API_ERROR_CODE: &str = "ApiErrorCode";
    pub const OPERATION: &str = "Operation";
    pub const V2_REASON_CODE: &str = "V2ReasonCode";
    pub const PAYMENT_OBJECT: &str = "PaymentObject";
    pub const OBJECT_STATE: &str = "ObjectState";
    pub const REASON_ACTION: &str = "ReasonAction";
    pub const CONSTRAINT_ID: &str = "ConstraintId";
    /// Every fixed name, which a reason group's `enum:` must not take.
    pub const ALL: &[&str] = &[
        HTTP_STATUS,
        WIDGET,
        WIDGET_ACTION,
        WIDGET_ERROR_CODE,
        API_ERROR_CODE,
        OPERATION,
        V2_REASON_CODE,
        PAYMENT_OBJECT,
        OBJECT_STATE,
        REASON_ACTION,
        CONSTRAINT_ID,
    ];
}

/// What the generated code needs to know about where it is expanded.
pub struct Context<'a> {
    /// Path to the runtime crate (`::amzpay_errors`, or `crate` inside it).
    pub krate: &'a TokenStream,
    /// The struct the derive is on; spec-wide constants go on it.
    pub marker: &'a Ident,
    /// The spec file as the user wrote it, for the docs.
    pub spec_name: &'a str,
    pub catalog: &'a Catalog,
}

/// Generates every item the catalogue declares.
pub fn expand(cx: &Context<'_>) -> TokenStream {
    let mut out = TokenStream::new();
    out.extend(sections::marker_impl(cx));
    if let Some(list) = &cx.catalog.statuses {
        out.extend(sections::statuses(cx, list));
    }
    if let Some(list) = &cx.catalog.widgets {
        out.extend(sections::widgets(cx, list));
    }
    if let Some(list) = &cx.catalog.widget_actions {
        out.extend(sections::widget_actions(cx, list));
    }
    if let Some(list) = &cx.catalog.widget_errors {
        out.extend(sections::widget_errors(cx, list));
    }
    if let Some(list) = &cx.catalog.api_errors {
        out.extend(sections::api_errors(cx, names::API_ERROR_CODE, list));
    }
    if let Some(list) = &cx.catalog.v2_errors {
        out.extend(sections::api_errors(cx, names::V2_REASON_CODE, list));
    }
    if let Some(list) = &cx.catalog.operations {
        out.extend(sections::operations(cx, list));
    }
    if let Some(list) = &cx.catalog.objects {
        out.extend(sections::objects(cx, list));
    }
    if let Some(list) = &cx.catalog.states {
        out.extend(sections::states(cx, list));
    }
    if let Some(list) = &cx.catalog.reason_actions {
        out.extend(sections::reason_actions(cx, list));
    }
    if let Some(reasons) = &cx.catalog.state_reasons {
        for group in &reasons.groups {
            out.extend(sections::reason_group(cx, &reasons.no_reason, group));
        }
    }
    if let Some(list) = &cx.catalog.constraints {
        out.extend(sections::constraints(cx, list));
    }
    out
}

/// An identifier the checks already accepted.
fn ident(name: &str) -> Ident {
    Ident::new(name, proc_macro2::Span::call_site())
}
