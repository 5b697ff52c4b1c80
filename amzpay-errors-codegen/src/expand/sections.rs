//! One generator per spec section: the shared enum surface plus the section's own methods.

use proc_macro2::TokenStream;
use quote::quote;

use super::docs::{self, fact, fact_md, yes_no};
use super::enums::{method, string_enum, EnumDef};
use super::{ident, names, Context};
use crate::catalog::{
    Api, ApiError, BuyerView, Constraint, Decline, Entry, Named, Operation, ReasonGroup,
    RetryGuidance, RetryKind, Status, WidgetError,
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

fn api(cx: &Context<'_>, a: Api) -> TokenStream {
    let krate = cx.krate;
    match a {
        Api::V1 => quote!(#krate::Api::V1),
        Api::V2 => quote!(#krate::Api::V2),
    }
}

fn apis_doc(apis: &[Api]) -> String {
    if apis.is_empty() {
        return "no".to_owned();
    }
    apis.iter()
        .map(|a| match a {
            Api::V1 => "v1",
            Api::V2 => "v2",
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn guidance(cx: &Context<'_>, g: RetryGuidance) -> TokenStream {
    let krate = cx.krate;
    let v = ident(match g {
        RetryGuidance::Retry => "Retry",
        RetryGuidance::Never => "Never",
        RetryGuidance::RetryThenAskForAnotherPaymentMethod => "RetryThenAskForAnotherPaymentMethod",
        RetryGuidance::Unknown => "Unknown",
    });
    quote!(#krate::RetryGuidance::#v)
}

fn guidance_doc(g: RetryGuidance) -> &'static str {
    match g {
        RetryGuidance::Retry => "retry",
        RetryGuidance::Never => "never",
        RetryGuidance::RetryThenAskForAnotherPaymentMethod => {
            "may succeed on retry; then ask for another payment method"
        }
        RetryGuidance::Unknown => "unknown: no source says",
    }
}

fn decline(cx: &Context<'_>, d: Decline) -> TokenStream {
    let krate = cx.krate;
    let v = ident(match d {
        Decline::Soft => "Soft",
        Decline::Hard => "Hard",
        Decline::BySoftDeclineFlag => "BySoftDeclineFlag",
        Decline::NotADecline => "NotADecline",
        Decline::Unknown => "Unknown",
    });
    quote!(#krate::Decline::#v)
}

fn decline_doc(d: Decline) -> &'static str {
    match d {
        Decline::Soft => "soft",
        Decline::Hard => "hard",
        Decline::BySoftDeclineFlag => "decided at run time by the `SoftDecline` flag",
        Decline::NotADecline => "not a decline",
        Decline::Unknown => "unknown: no source says",
    }
}

/// `Option<Enum>` tokens for an optional index into a named section.
fn opt_variant(ty: &proc_macro2::Ident, list: &[Named], index: Option<usize>) -> TokenStream {
    match index {
        Some(i) => {
            let v = ident(&list[i].entry.ident);
            quote!(::core::option::Option::Some(#ty::#v))
        }
        None => quote!(::core::option::Option::None),
    }
}

/// `&[Enum::A, Enum::B]` tokens for indexes into a named section.
fn variant_slice(ty: &proc_macro2::Ident, list: &[Named], indexes: &[usize]) -> TokenStream {
    let vs = indexes.iter().map(|&i| ident(&list[i].entry.ident));
    quote!(&[ #( #ty::#vs ),* ])
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
            let mut d = format!(
                "`{}` {}: {}\n\n",
                s.status,
                docs::text(&s.label),
                docs::text(&s.entry.description)
            );
            fact(
                &mut d,
                "Retried on the status alone",
                &apis_doc(&s.retry_in),
            );
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
        retryable: Some(list.iter().map(|s| !s.retry_in.is_empty()).collect()),
    };
    let variants = def.variants();
    let common = string_enum(cx, &def);
    let retry_in = {
        let arms = list.iter().map(|s| {
            let apis = s.retry_in.iter().map(|a| api(cx, *a));
            quote!(::core::matches!(api, #( #apis )|*))
        });
        quote! {
            /// Whether a retry on this status alone is documented for `api` (the v2 SDKs
            /// also retry 408, 425 and 429). `is_retryable()` is true when it is for either.
            #[inline]
            #[must_use]
            pub const fn is_retryable_in(self, api: #krate::Api) -> bool {
                match self {
                    #( Self::#variants => #arms, )*
                }
            }
        }
    };
    let numbers: Vec<u16> = list.iter().map(|s| s.status).collect();
    let as_u16 = method(
        "The numeric status.",
        "as_u16",
        quote!(u16),
        &variants,
        numbers.iter(),
    );
    let label = method(
        "The status text the source gives for it.",
        "label",
        quote!(&'static str),
        &variants,
        list.iter().map(|s| &s.label),
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
            #retry_in
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
            fact_md(
                &mut d,
                "Action",
                &format!(
                    "`{}::{}`: {}",
                    names::WIDGET_ACTION,
                    action.ident,
                    docs::text(&action.description)
                ),
            );
            fact(&mut d, "Why", &e.why);
            let views: Vec<String> = e.views.iter().map(docs::buyer_view).collect();
            if views.len() > 1 && views.iter().all(|v| *v == views[0]) {
                fact_md(&mut d, "Buyer sees, in every widget", &views[0]);
            } else {
                for (w, view) in widgets.iter().zip(&views) {
                    fact_md(
                        &mut d,
                        &format!("Buyer sees, {} widget", w.entry.code),
                        view,
                    );
                }
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
        list.iter().map(|e| &e.why),
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

pub fn api_errors(cx: &Context<'_>, name: &'static str, list: &[ApiError]) -> TokenStream {
    let krate = cx.krate;
    let is_v1 = name == names::API_ERROR_CODE;
    let ops = cx.catalog.operations.as_deref().unwrap_or_default();
    let variant_docs = list
        .iter()
        .map(|e| {
            let mut d = docs::head(&e.entry);
            d.push('\n');
            let status = match (e.http_status, e.unverified_status) {
                (Some(s), _) if e.status_verified => s.to_string(),
                (Some(s), _) => format!("{s} (unverified: no official source confirms it)"),
                (None, Some(guess)) => {
                    format!("not documented (`http_status()` is `None`; {guess} is an unverified recollection)")
                }
                (None, None) => "not documented (`http_status()` is `None`)".to_owned(),
            };
            fact(&mut d, "HTTP status", &status);
            if !e.other_statuses.is_empty() {
                let others: Vec<String> = e.other_statuses.iter().map(u16::to_string).collect();
                fact(&mut d, "Other sources say", &others.join(", "));
            }
            if let Some(n) = &e.status_note {
                fact(&mut d, "Status note", n);
            }
            fact(&mut d, "Retryable", yes_no(e.retryable));
            fact(&mut d, "Retry guidance", guidance_doc(e.retry_guidance));
            fact(&mut d, "Kind", retry_kind_doc(e.retry_kind));
            if e.any_operation {
                fact(&mut d, "Operations", "any");
            } else if !e.operations.is_empty() {
                let names: Vec<&str> = e.operations.iter().map(|&i| ops[i].entry.code.as_str()).collect();
                let inferred = if e.operations_inferred { " (inferred from the descriptions, not from a per-operation list)" } else { "" };
                fact(&mut d, "Operations", &format!("{}{inferred}", names.join(", ")));
            }
            if let Some(a) = &e.applies_to {
                fact(&mut d, "Applies to", a);
            }
            fact(&mut d, "Action", &e.action);
            if let Some(note) = &e.note {
                fact(&mut d, "Note", note);
            }
            docs::sources(&mut d, cx.catalog, &e.entry);
            d
        })
        .collect();
    let what = if is_v1 {
        "The error codes of the Amazon Pay v1 API (the `Code` of an `ErrorResponse`)."
    } else {
        "The `reasonCode`s of Amazon Pay v2 (Checkout v2) error bodies."
    };
    let def = EnumDef {
        name,
        doc: docs::enum_doc(what, cx.spec_name, list.len()),
        entries: list.iter().map(|e| &e.entry).collect(),
        variant_docs,
        retryable: Some(list.iter().map(|e| e.retryable).collect()),
    };
    let variants = def.variants();
    let common = string_enum(cx, &def);
    let http_status = method(
        "The HTTP status Amazon Pay sends with this code; `None` where no source gives one. Where sources disagree, the one the spec chose (see the variant's docs); classify by the code, never by a disputed status.",
        "http_status",
        quote!(::core::option::Option<u16>),
        &variants,
        list.iter().map(|e| match e.http_status {
            Some(s) => quote!(::core::option::Option::Some(#s)),
            None => quote!(::core::option::Option::None),
        }),
    );
    let verified = method(
        "Whether an official Amazon source (docs, SDK or an observed response) confirms `http_status()`; `false` where only third-party copies give it, or where there is none.",
        "is_status_verified",
        quote!(bool),
        &variants,
        list.iter().map(|e| e.status_verified),
    );
    let others = method(
        "Statuses other sources give for this code, where they disagree with `http_status()`.",
        "other_statuses",
        quote!(&'static [u16]),
        &variants,
        list.iter().map(|e| {
            let o = &e.other_statuses;
            quote!(&[ #( #o ),* ])
        }),
    );
    let guidance_m = method(
        "What the sources say about retrying, where a bool says too little.",
        "retry_guidance",
        quote!(#krate::RetryGuidance),
        &variants,
        list.iter().map(|e| guidance(cx, e.retry_guidance)),
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
        list.iter().map(|e| &e.action),
    );
    let note = method(
        "A caveat the source adds, if any.",
        "note",
        quote!(::core::option::Option<&'static str>),
        &variants,
        list.iter().map(|e| opt_str(e.note.as_deref())),
    );
    // Only a spec that declares `operations` has the type to name.
    let operations = (is_v1 && cx.catalog.operations.is_some()).then(|| {
        let op_ty = ident(names::OPERATION);
        method(
            "The operations that can return this code (every operation, for codes any request can get).",
            "operations",
            quote!(&'static [#op_ty]),
            &variants,
            list.iter().map(|e| {
                if e.any_operation {
                    quote!(#op_ty::ALL)
                } else {
                    let vs = e.operations.iter().map(|&i| ident(&ops[i].entry.ident));
                    quote!(&[ #( #op_ty::#vs ),* ])
                }
            }),
        )
    });
    let entries: Vec<&Entry> = list.iter().map(|e| &e.entry).collect();
    let sources = sources_method(cx, &variants, &entries);
    let name = ident(name);
    quote! {
        #common
        impl #name {
            #http_status
            #verified
            #others
            #guidance_m
            #kinds
            #action
            #note
            #operations
            #sources
        }
        impl #krate::ApiCode for #name {
            #[inline]
            fn http_status(self) -> ::core::option::Option<u16> { #name::http_status(self) }
            #[inline]
            fn is_status_verified(self) -> bool { #name::is_status_verified(self) }
            #[inline]
            fn other_statuses(self) -> &'static [u16] { #name::other_statuses(self) }
            #[inline]
            fn retry_guidance(self) -> #krate::RetryGuidance { #name::retry_guidance(self) }
            #[inline]
            fn retry_kind(self) -> #krate::RetryKind { #name::retry_kind(self) }
            #[inline]
            fn action(self) -> &'static str { #name::action(self) }
            #[inline]
            fn note(self) -> ::core::option::Option<&'static str> { #name::note(self) }
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
            "Amazon Pay v1 API operations, with the idempotency key each one carries.",
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
        list.iter().map(|o| o.read_only),
    );
    // The reverse of `ApiErrorCode::operations()`, computed here once.
    let errors = cx.catalog.api_errors.as_deref().map(|codes| {
        let code_ty = ident(names::API_ERROR_CODE);
        method(
            "The API error codes this operation can return, in the order of the spec (codes any operation can get included).",
            "errors",
            quote!(&'static [#code_ty]),
            &variants,
            (0..list.len()).map(|op| {
                let vs = codes
                    .iter()
                    .filter(|c| c.any_operation || c.operations.contains(&op))
                    .map(|c| ident(&c.entry.ident));
                quote!(&[ #( #code_ty::#vs ),* ])
            }),
        )
    });
    let entries: Vec<&Entry> = list.iter().map(|o| &o.entry).collect();
    let sources = sources_method(cx, &variants, &entries);
    let name = ident(names::OPERATION);
    quote! {
        #common
        impl #name {
            #key
            #read_only
            #errors
            #sources
        }
    }
}

pub fn objects(cx: &Context<'_>, list: &[Named]) -> TokenStream {
    named_enum(
        cx,
        names::PAYMENT_OBJECT,
        "The Amazon Pay objects whose states carry reason codes.",
        list,
    )
}

pub fn states(cx: &Context<'_>, list: &[Named]) -> TokenStream {
    named_enum(
        cx,
        names::OBJECT_STATE,
        "The states an Amazon Pay object can be in.",
        list,
    )
}

pub fn reason_actions(cx: &Context<'_>, list: &[Named]) -> TokenStream {
    named_enum(
        cx,
        names::REASON_ACTION,
        "What the merchant should do about a state reason code.",
        list,
    )
}

pub fn reason_group(cx: &Context<'_>, no_reason: &str, group: &ReasonGroup) -> TokenStream {
    let krate = cx.krate;
    let objects = cx.catalog.objects.as_deref().unwrap_or_default();
    let states = cx.catalog.states.as_deref().unwrap_or_default();
    let actions = cx.catalog.reason_actions.as_deref().unwrap_or_default();
    let object_ty = ident(names::PAYMENT_OBJECT);
    let state_ty = ident(names::OBJECT_STATE);
    let action_ty = ident(names::REASON_ACTION);
    let list = &group.reasons;
    let variant_docs = list
        .iter()
        .map(|r| {
            let mut d = docs::head(&r.entry);
            d.push('\n');
            let st: Vec<&str> = r
                .states
                .iter()
                .map(|&i| states[i].entry.code.as_str())
                .collect();
            let st = if st.is_empty() {
                "not documented".to_owned()
            } else {
                st.join(", ")
            };
            fact(&mut d, "States", &st);
            fact(&mut d, "Decline", decline_doc(r.decline));
            if let Some(i) = r.order_reference_after_authorize {
                fact(
                    &mut d,
                    "Order reference after Authorize",
                    &states[i].entry.code,
                );
            }
            if let Some(i) = r.billing_agreement_after_authorize {
                fact(
                    &mut d,
                    "Billing agreement after AuthorizeOnBillingAgreement",
                    &states[i].entry.code,
                );
            }
            let action = &actions[r.action].entry;
            fact_md(
                &mut d,
                "Action",
                &format!(
                    "`{}::{}`: {}",
                    names::REASON_ACTION,
                    action.ident,
                    docs::text(&action.description)
                ),
            );
            if let Some(n) = &r.note {
                fact(&mut d, "Note", n);
            }
            docs::sources(&mut d, cx.catalog, &r.entry);
            d
        })
        .collect();
    let object_doc = match group.object {
        Some(i) => format!("Reason codes of the `{}` object.", objects[i].entry.code),
        None => "Reason codes whose object no source names.".to_owned(),
    };
    let def = EnumDef {
        name: &group.enum_name,
        doc: docs::enum_doc(
            &format!("{} {object_doc}", group.description),
            cx.spec_name,
            list.len(),
        ),
        entries: list.iter().map(|r| &r.entry).collect(),
        variant_docs,
        retryable: None,
    };
    let variants = def.variants();
    let common = string_enum(cx, &def);
    let object = opt_variant(&object_ty, objects, group.object);
    let states_m = method(
        "The states that carry this reason; empty where no source says.",
        "states",
        quote!(&'static [#state_ty]),
        &variants,
        list.iter()
            .map(|r| variant_slice(&state_ty, states, &r.states)),
    );
    let decline_m = method(
        "Whether this reason is a soft or a hard decline.",
        "decline",
        quote!(#krate::Decline),
        &variants,
        list.iter().map(|r| decline(cx, r.decline)),
    );
    let after_oro = method(
        "For a declined `Authorize`, the state the order reference is left in; `None` where it does not apply or no source says.",
        "order_reference_after_authorize",
        quote!(::core::option::Option<#state_ty>),
        &variants,
        list.iter().map(|r| opt_variant(&state_ty, states, r.order_reference_after_authorize)),
    );
    let after_ba = method(
        "For a declined `AuthorizeOnBillingAgreement`, the state the billing agreement is left in; `None` where it does not apply or no source says.",
        "billing_agreement_after_authorize",
        quote!(::core::option::Option<#state_ty>),
        &variants,
        list.iter().map(|r| opt_variant(&state_ty, states, r.billing_agreement_after_authorize)),
    );
    let action = method(
        "What the merchant should do.",
        "action",
        quote!(#action_ty),
        &variants,
        list.iter().map(|r| {
            let a = ident(&actions[r.action].entry.ident);
            quote!(#action_ty::#a)
        }),
    );
    let note = method(
        "A caveat the source adds, if any.",
        "note",
        quote!(::core::option::Option<&'static str>),
        &variants,
        list.iter().map(|r| opt_str(r.note.as_deref())),
    );
    let entries: Vec<&Entry> = list.iter().map(|r| &r.entry).collect();
    let sources = sources_method(cx, &variants, &entries);
    let name = ident(&group.enum_name);
    let no_reason_doc = format!(
        "Parses a reason code as Amazon sends it: `{no_reason}` (what completed objects carry) is no reason, `Ok(None)`; a code is `Ok(Some(_))`; anything else is an `UnknownCode`."
    );
    quote! {
        #common
        impl #name {
            /// The literal Amazon sends for "no reason".
            pub const NO_REASON: &'static str = #no_reason;
            /// The object these reasons belong to; `None` where no source says.
            pub const OBJECT: ::core::option::Option<#object_ty> = #object;
            #[doc = #no_reason_doc]
            ///
            /// # Errors
            /// An `UnknownCode` for a string that is neither.
            #[inline]
            pub fn parse_reason(s: &str) -> ::core::result::Result<::core::option::Option<Self>, #krate::UnknownCode> {
                if s == #no_reason {
                    ::core::result::Result::Ok(::core::option::Option::None)
                } else {
                    <Self as ::core::str::FromStr>::from_str(s).map(::core::option::Option::Some)
                }
            }
            #states_m
            #decline_m
            #after_oro
            #after_ba
            #action
            #note
            #sources
        }
    }
}

pub fn constraints(cx: &Context<'_>, list: &[Constraint]) -> TokenStream {
    let objects = cx.catalog.objects.as_deref().unwrap_or_default();
    let object_ty = ident(names::PAYMENT_OBJECT);
    let variant_docs = list
        .iter()
        .map(|c| {
            let mut d = docs::head(&c.entry);
            d.push('\n');
            let objs: Vec<&str> = c
                .objects
                .iter()
                .map(|&i| objects[i].entry.code.as_str())
                .collect();
            fact(&mut d, "Objects", &objs.join(", "));
            fact(&mut d, "Fix", &c.fix);
            docs::sources(&mut d, cx.catalog, &c.entry);
            d
        })
        .collect();
    let def = EnumDef {
        name: names::CONSTRAINT_ID,
        doc: docs::enum_doc(
            "The `ConstraintID`s that explain `ConstraintsExist` and `BillingAgreementConstraintsExist`: what still blocks confirming an object.",
            cx.spec_name,
            list.len(),
        ),
        entries: list.iter().map(|c| &c.entry).collect(),
        variant_docs,
        retryable: None,
    };
    let variants = def.variants();
    let common = string_enum(cx, &def);
    let objs = method(
        "The objects this constraint can hold up.",
        "objects",
        quote!(&'static [#object_ty]),
        &variants,
        list.iter()
            .map(|c| variant_slice(&object_ty, objects, &c.objects)),
    );
    let fix = method(
        "What to do to lift the constraint.",
        "fix",
        quote!(&'static str),
        &variants,
        list.iter().map(|c| &c.fix),
    );
    let entries: Vec<&Entry> = list.iter().map(|c| &c.entry).collect();
    let sources = sources_method(cx, &variants, &entries);
    let name = ident(names::CONSTRAINT_ID);
    quote! {
        #common
        impl #name {
            #objs
            #fix
            #sources
        }
    }
}
