//! One generator per spec section: the shared enum surface plus the section's own methods.

use proc_macro2::TokenStream;
use quote::quote;

use super::docs::{self, fact, yes_no};
use super::enums::{method, string_enum, EnumDef};
use super::{ident, names, Context};
use crate::catalog::{
    ApiError, BuyerView, Entry, Named, Operation, RetryKind, Status, WidgetError,
};

fn retry_kind(cx: &Context<'_>, kind: RetryKind) -> TokenStream {
    let krate = cx.krate;
    let variant = ident(match kind {
        RetryKind::Transient => "Transient",
        RetryKind::Throttling => "Throttling",
        RetryKind::Server => "Server",
        RetryKind::Client => "Client",
    });
    quote!(#krate::RetryKind::#variant)
}

fn retry_kind_doc(kind: RetryKind) -> &'static str {
    match kind {
        RetryKind::Transient => "transient",
        RetryKind::Throttling => "throttling",
        RetryKind::Server => "server fault",
        RetryKind::Client => "client error",
    }
}

fn opt_str(value: Option<&str>) -> TokenStream {
    match value {
        Some(v) => quote!(::core::option::Option::Some(#v)),
        None => quote!(::core::option::Option::None),
    }
}

fn sources_method(
    cx: &Context<'_>,
    variants: &[proc_macro2::Ident],
    entries: &[&Entry],
) -> TokenStream {
    method(
        "The public material this value's facts come from.",
        "sources",
        quote!(&'static [&'static str]),
        variants,
        entries.iter().map(|e| {
            let list = e
                .sources
                .iter()
                .map(|&i| cx.catalog.sources[i].citation.as_str());
            quote!(&[ #( #list ),* ])
        }),
    )
}

/// Spec-wide constants, as associated items of the marker struct.
pub fn marker_impl(cx: &Context<'_>) -> TokenStream {
    let marker = cx.marker;
    let spec = cx.spec_name;
    let Some(retry) = &cx.catalog.retry else {
        return TokenStream::new();
    };
    let secs = &retry.schedule_seconds;
    let immediate = retry.immediate_first_retry;
    let after = &retry.after_schedule;
    let schedule_doc = format!(
        "The documented wait before each retry, from `{spec}`: {} s. After the last one, stop.",
        secs.iter()
            .map(u64::to_string)
            .collect::<Vec<_>>()
            .join(" s, ")
    );
    quote! {
        impl #marker {
            /// The spec file these items were generated from, as named in the attribute.
            pub const SPEC: &'static str = #spec;
            #[doc = #schedule_doc]
            pub const RETRY_SCHEDULE: &'static [::core::time::Duration] =
                &[ #( ::core::time::Duration::from_secs(#secs) ),* ];
            /// Whether the source allows one retry at once, before the schedule starts.
            pub const IMMEDIATE_FIRST_RETRY: bool = #immediate;
            /// What to do once the schedule is exhausted.
            pub const AFTER_SCHEDULE: &'static str = #after;
        }
    }
}

pub fn statuses(cx: &Context<'_>, list: &[Status]) -> TokenStream {
    let krate = cx.krate;
    let variant_docs = list
        .iter()
        .map(|s| {
            let mut d = format!("`{} {}`: {}\n\n", s.status, s.label, s.entry.description);
            fact(&mut d, "Retryable", yes_no(s.retryable));
            fact(&mut d, "Kind", retry_kind_doc(s.retry_kind));
            if let Some(note) = &s.note {
                fact(&mut d, "Note", note);
            }
            docs::sources(&mut d, cx.catalog, &s.entry);
            d
        })
        .collect();
    let def = EnumDef {
        name: names::HTTP_STATUS,
        doc: docs::enum_doc(
            "The HTTP statuses the spec documents, with whether a retry may clear them. The code of each is its number (`\"503\"`).",
            cx.spec_name,
            list.len(),
        ),
        entries: list.iter().map(|s| &s.entry).collect(),
        variant_docs,
        retryable: Some(list.iter().map(|s| s.retryable).collect()),
    };
    let variants = def.variants();
    let common = string_enum(cx, &def);
    let numbers: Vec<u16> = list.iter().map(|s| s.status).collect();
    let as_u16 = method(
        "The numeric status.",
        "as_u16",
        quote!(u16),
        &variants,
        numbers.iter().map(|n| quote!(#n)),
    );
    let label = method(
        "The status text the source gives for it.",
        "label",
        quote!(&'static str),
        &variants,
        list.iter().map(|s| {
            let l = &s.label;
            quote!(#l)
        }),
    );
    let kinds = method(
        "The retry kind of this status.",
        "retry_kind",
        quote!(#krate::RetryKind),
        &variants,
        list.iter().map(|s| retry_kind(cx, s.retry_kind)),
    );
    let note = method(
        "A caveat the source adds, if any.",
        "note",
        quote!(::core::option::Option<&'static str>),
        &variants,
        list.iter().map(|s| opt_str(s.note.as_deref())),
    );
    let entries: Vec<&Entry> = list.iter().map(|s| &s.entry).collect();
    let sources = sources_method(cx, &variants, &entries);
    let name = ident(names::HTTP_STATUS);
    quote! {
        #common

        impl #name {
            /// The documented status with this number, if there is one.
            #[inline]
            #[must_use]
            pub const fn from_u16(status: u16) -> ::core::option::Option<Self> {
                match status {
                    #( #numbers => ::core::option::Option::Some(Self::#variants), )*
                    _ => ::core::option::Option::None,
                }
            }
            #as_u16
            #label
            #kinds
            #note
            #sources
        }
    }
}

fn named_enum(cx: &Context<'_>, name: &'static str, what: &str, list: &[Named]) -> TokenStream {
    let def = EnumDef {
        name,
        doc: docs::enum_doc(what, cx.spec_name, list.len()),
        entries: list.iter().map(|n| &n.entry).collect(),
        variant_docs: list.iter().map(|n| n.entry.description.clone()).collect(),
        retryable: None,
    };
    string_enum(cx, &def)
}

pub fn widgets(cx: &Context<'_>, list: &[Named]) -> TokenStream {
    named_enum(
        cx,
        names::WIDGET,
        "The Amazon Pay widgets that can report an error.",
        list,
    )
}

pub fn widget_actions(cx: &Context<'_>, list: &[Named]) -> TokenStream {
    named_enum(
        cx,
        names::WIDGET_ACTION,
        "What the merchant should do about a widget error.",
        list,
    )
}

pub fn widget_errors(cx: &Context<'_>, list: &[WidgetError]) -> TokenStream {
    let krate = cx.krate;
    let widgets = cx.catalog.widgets.as_deref().unwrap_or_default();
    let actions = cx.catalog.widget_actions.as_deref().unwrap_or_default();
    let widget_ty = ident(names::WIDGET);
    let action_ty = ident(names::WIDGET_ACTION);
    let widget_variants: Vec<_> = widgets.iter().map(|w| ident(&w.entry.ident)).collect();

    let variant_docs = list
        .iter()
        .map(|e| {
            let mut d = docs::head(&e.entry);
            d.push('\n');
            fact(&mut d, "Retryable", yes_no(e.retryable));
            let action = &actions[e.action].entry;
            fact(&mut d, "Action", &format!("`{}`: {}", action.ident, e.why));
            for (w, view) in widgets.iter().zip(&e.views) {
                fact(
                    &mut d,
                    &format!("{} widget", w.entry.code),
                    &docs::buyer_view(view),
                );
            }
            docs::sources(&mut d, cx.catalog, &e.entry);
            d
        })
        .collect();
    let def = EnumDef {
        name: names::WIDGET_ERROR_CODE,
        doc: docs::enum_doc(
            "The error codes an Amazon Pay widget passes to its `onError` callback.",
            cx.spec_name,
            list.len(),
        ),
        entries: list.iter().map(|e| &e.entry).collect(),
        variant_docs,
        retryable: Some(list.iter().map(|e| e.retryable).collect()),
    };
    let variants = def.variants();
    let common = string_enum(cx, &def);

    let views = list.iter().map(|e| {
        let arms = e.views.iter().map(|v| match v {
            BuyerView::Message(m) => quote!(#krate::BuyerView::Message(#m)),
            BuyerView::Nothing(m) => quote!(#krate::BuyerView::Nothing(#m)),
            BuyerView::Unknown => quote!(#krate::BuyerView::Unknown),
        });
        quote! {
            match widget { #( #widget_ty::#widget_variants => #arms, )* }
        }
    });
    let action = method(
        "What the merchant should do about this error.",
        "action",
        quote!(#action_ty),
        &variants,
        list.iter().map(|e| {
            let a = ident(&actions[e.action].entry.ident);
            quote!(#action_ty::#a)
        }),
    );
    let why = method(
        "Why the spec recommends that action.",
        "action_reason",
        quote!(&'static str),
        &variants,
        list.iter().map(|e| {
            let w = &e.why;
            quote!(#w)
        }),
    );
    let entries: Vec<&Entry> = list.iter().map(|e| &e.entry).collect();
    let sources = sources_method(cx, &variants, &entries);
    let name = ident(names::WIDGET_ERROR_CODE);
    quote! {
        #common

        impl #name {
            /// What the buyer sees in `widget` when this error happens there: the exact
            /// text, nothing (and what happens instead), or `Unknown` where no source says.
            #[inline]
            #[must_use]
            pub const fn buyer_view(self, widget: #widget_ty) -> #krate::BuyerView {
                match self {
                    #( Self::#variants => #views, )*
                }
            }
            /// The exact text the buyer sees in `widget`; `None` where no text is shown or
            /// no source says (see [`buyer_view`](Self::buyer_view) to tell them apart).
            #[inline]
            #[must_use]
            pub const fn buyer_message(self, widget: #widget_ty) -> ::core::option::Option<&'static str> {
                self.buyer_view(widget).message()
            }
            #action
            #why
            #sources
        }
    }
}

pub fn api_errors(cx: &Context<'_>, list: &[ApiError]) -> TokenStream {
    let krate = cx.krate;
    let variant_docs = list
        .iter()
        .map(|e| {
            let mut d = docs::head(&e.entry);
            d.push('\n');
            let status = e
                .http_status
                .map_or("not documented".to_owned(), |s| s.to_string());
            fact(&mut d, "HTTP status", &status);
            fact(&mut d, "Retryable", yes_no(e.retryable));
            fact(&mut d, "Kind", retry_kind_doc(e.retry_kind));
            fact(&mut d, "Action", &e.action);
            if let Some(note) = &e.note {
                fact(&mut d, "Note", note);
            }
            docs::sources(&mut d, cx.catalog, &e.entry);
            d
        })
        .collect();
    let def = EnumDef {
        name: names::API_ERROR_CODE,
        doc: docs::enum_doc(
            "The error codes of the Amazon Pay API (the `Code` of an `ErrorResponse`).",
            cx.spec_name,
            list.len(),
        ),
        entries: list.iter().map(|e| &e.entry).collect(),
        variant_docs,
        retryable: Some(list.iter().map(|e| e.retryable).collect()),
    };
    let variants = def.variants();
    let common = string_enum(cx, &def);
    let http_status = method(
        "The HTTP status Amazon Pay sends with this code; `None` where no source gives one.",
        "http_status",
        quote!(::core::option::Option<u16>),
        &variants,
        list.iter().map(|e| match e.http_status {
            Some(s) => quote!(::core::option::Option::Some(#s)),
            None => quote!(::core::option::Option::None),
        }),
    );
    let kinds = method(
        "The kind of failure, which decides how a retry waits.",
        "retry_kind",
        quote!(#krate::RetryKind),
        &variants,
        list.iter().map(|e| retry_kind(cx, e.retry_kind)),
    );
    let action = method(
        "What the merchant should do about this error.",
        "action",
        quote!(&'static str),
        &variants,
        list.iter().map(|e| {
            let a = &e.action;
            quote!(#a)
        }),
    );
    let note = method(
        "A caveat the source adds, if any.",
        "note",
        quote!(::core::option::Option<&'static str>),
        &variants,
        list.iter().map(|e| opt_str(e.note.as_deref())),
    );
    let entries: Vec<&Entry> = list.iter().map(|e| &e.entry).collect();
    let sources = sources_method(cx, &variants, &entries);
    let name = ident(names::API_ERROR_CODE);
    quote! {
        #common
        impl #name {
            #http_status
            #kinds
            #action
            #note
            #sources
        }
    }
}

pub fn operations(cx: &Context<'_>, list: &[Operation]) -> TokenStream {
    let variant_docs = list
        .iter()
        .map(|o| {
            let mut d = docs::head(&o.entry);
            d.push('\n');
            fact(
                &mut d,
                "Idempotency key",
                o.idempotency_key.as_deref().unwrap_or("none"),
            );
            fact(&mut d, "Read-only", yes_no(o.read_only));
            docs::sources(&mut d, cx.catalog, &o.entry);
            d
        })
        .collect();
    let def = EnumDef {
        name: names::OPERATION,
        doc: docs::enum_doc(
            "Amazon Pay API operations, with the idempotency key each one carries.",
            cx.spec_name,
            list.len(),
        ),
        entries: list.iter().map(|o| &o.entry).collect(),
        variant_docs,
        retryable: None,
    };
    let variants = def.variants();
    let common = string_enum(cx, &def);
    let key = method(
        "The request parameter that makes a repeat of this operation safe: sent again with the same value, it returns the first result instead of acting twice.",
        "idempotency_key",
        quote!(::core::option::Option<&'static str>),
        &variants,
        list.iter().map(|o| opt_str(o.idempotency_key.as_deref())),
    );
    let read_only = method(
        "Whether the operation only reads, so that repeating it is safe with no key.",
        "is_read_only",
        quote!(bool),
        &variants,
        list.iter().map(|o| {
            let r = o.read_only;
            quote!(#r)
        }),
    );
    let entries: Vec<&Entry> = list.iter().map(|o| &o.entry).collect();
    let sources = sources_method(cx, &variants, &entries);
    let name = ident(names::OPERATION);
    quote! {
        #common
        impl #name {
            #key
            #read_only
            #sources
        }
    }
}
