//! The surface every generated enum shares: the type, `ALL`, `COUNT`, `as_str`,
//! `description`, parsing, `Display`, the runtime traits and serde.

use proc_macro2::{Ident, TokenStream};
use quote::{quote, ToTokens};

use super::{ident, Context};
use crate::catalog::Entry;

/// One generated enum, before its section adds its own methods.
pub struct EnumDef<'a> {
    pub name: &'a str,
    pub doc: String,
    pub entries: Vec<&'a Entry>,
    pub variant_docs: Vec<String>,
    /// `Some(flags)` for an error-code enum: one `is_retryable` flag per variant.
    pub retryable: Option<Vec<bool>>,
}

impl EnumDef<'_> {
    pub fn variants(&self) -> Vec<Ident> {
        self.entries.iter().map(|e| ident(&e.ident)).collect()
    }
}

/// `pub const fn name(self) -> ret { match self { Self::V => value, ... } }`; a value is
/// any token source, a spec string or flag as well as an expression.
pub fn method<V: ToTokens>(
    doc: &str,
    name: &str,
    ret: TokenStream,
    variants: &[Ident],
    values: impl IntoIterator<Item = V>,
) -> TokenStream {
    let name = ident(name);
    let values = values.into_iter();
    quote! {
        #[doc = #doc]
        #[inline]
        #[must_use]
        pub const fn #name(self) -> #ret {
            match self {
                #( Self::#variants => #values, )*
            }
        }
    }
}

/// The string-enum surface of `def`, plus the error-code surface when it is one.
pub fn string_enum(cx: &Context<'_>, def: &EnumDef<'_>) -> TokenStream {
    let krate = cx.krate;
    let name = ident(def.name);
    let name_str = def.name;
    let doc = &def.doc;
    let variants = def.variants();
    let variant_docs = &def.variant_docs;
    let codes: Vec<&str> = def.entries.iter().map(|e| e.code.as_str()).collect();
    let count = def.entries.len();
    let pairs: Vec<(&str, &Ident)> = codes.iter().copied().zip(variants.iter()).collect();
    let lookup = super::dispatch::lookup(&pairs);
    let as_str = method(
        "The exact string Amazon Pay uses for this value.",
        "as_str",
        quote!(&'static str),
        &variants,
        codes.iter(),
    );
    let description = method(
        "What this value means, in one or two sentences.",
        "description",
        quote!(&'static str),
        &variants,
        def.entries.iter().map(|e| &e.description),
    );

    let error_code = def.retryable.as_ref().map(|flags| {
        let is_retryable = method(
            "Whether retrying the same request can clear this error, as documented.",
            "is_retryable",
            quote!(bool),
            &variants,
            flags.iter(),
        );
        quote! {
            impl #name { #is_retryable }
            impl #krate::ErrorCode for #name {
                #[inline]
                fn is_retryable(self) -> bool { #name::is_retryable(self) }
            }
            impl ::core::error::Error for #name {}
        }
    });

    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum #name {
            #( #[doc = #variant_docs] #variants, )*
        }

        impl #name {
            /// Every value, in the order of the spec.
            pub const ALL: &'static [Self] = &[ #( Self::#variants ),* ];
            /// How many values there are.
            pub const COUNT: usize = #count;
            #as_str
            #description

            #[doc(hidden)]
            #[inline]
            fn __lookup(b: &[u8]) -> ::core::option::Option<Self> {
                #lookup
            }
        }

        impl ::core::str::FromStr for #name {
            type Err = #krate::UnknownCode;
            /// Parses the exact string (case-sensitive); anything else is an
            /// `UnknownCode` that keeps the input.
            // Always inlined: the caller then gets the lookup's one-byte `Option` in a
            // register and builds the error only on a miss (or not at all when it only
            // asks `is_ok()`), instead of receiving the whole `Result` through memory.
            #[inline(always)]
            fn from_str(s: &str) -> ::core::result::Result<Self, <Self as ::core::str::FromStr>::Err> {
                match Self::__lookup(s.as_bytes()) {
                    ::core::option::Option::Some(v) => ::core::result::Result::Ok(v),
                    ::core::option::Option::None => ::core::result::Result::Err(#krate::UnknownCode::new(#name_str, s)),
                }
            }
        }

        impl ::core::convert::TryFrom<&str> for #name {
            type Error = #krate::UnknownCode;
            #[inline]
            fn try_from(s: &str) -> ::core::result::Result<Self, <Self as ::core::convert::TryFrom<&str>>::Error> {
                <Self as ::core::str::FromStr>::from_str(s)
            }
        }

        impl ::core::convert::AsRef<str> for #name {
            #[inline]
            fn as_ref(&self) -> &str { #name::as_str(*self) }
        }

        impl ::core::fmt::Display for #name {
            /// Writes the description.
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(#name::description(*self))
            }
        }

        impl #krate::SpecEnum for #name {
            const NAME: &'static str = #name_str;
            const ALL: &'static [Self] = #name::ALL;
            #[inline]
            fn as_str(self) -> &'static str { #name::as_str(self) }
            #[inline]
            fn description(self) -> &'static str { #name::description(self) }
        }

        #krate::__impl_serde!(#name);

        #error_code
    }
}
