//! The body of a generated `FromStr`: an exact, case-sensitive match, dispatched on the
//! input's length first, as rustc does for a `match` on `&str`. Then the input is an array
//! of that length, so each comparison with a code is of a constant size, which compiles to
//! a few loads where a plain `match` calls `memcmp` for every code it tries. A length with
//! many codes (large specs) first switches on the one byte that best tells them apart.
//!
//! Measured on the bundled catalogue (BENCHMARKS.md): as fast as the plain `match` on
//! hits and on misses. A byte switch for every length was slower on hits: a second jump
//! table costs more than the few constant-size comparisons it saves.

use std::collections::BTreeMap;

use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;

/// `Option<Self>` for the bytes `b` (a `&[u8]` in scope, in a function returning
/// `Option<Self>`): the variant whose code they are.
pub fn lookup(codes: &[(&str, &Ident)]) -> TokenStream {
    let mut by_len: BTreeMap<usize, Vec<(&str, &Ident)>> = BTreeMap::new();
    for &(code, ident) in codes {
        by_len.entry(code.len()).or_default().push((code, ident));
    }
    let arms = by_len.iter().map(|(len, group)| {
        let body = within_length(group);
        // As an array of the known length, every comparison below is of a constant size,
        // which the compiler turns into a few loads instead of a call to `memcmp`.
        quote! {
            #len => {
                let ::core::result::Result::Ok(a) = <&[u8; #len] as ::core::convert::TryFrom<&[u8]>>::try_from(b) else {
                    return ::core::option::Option::None;
                };
                #body
            }
        }
    });
    quote! {
        match b.len() {
            #( #arms )*
            _ => ::core::option::Option::None,
        }
    }
}

/// Up to this many codes of one length are compared in turn: a few constant-size
/// comparisons cost less than a second jump table.
const SEQUENTIAL_MAX: usize = 8;

/// Codes of one length: switch on the byte position that splits them into the most groups
/// (ideally one code each), then compare with each code left in the group.
fn within_length(group: &[(&str, &Ident)]) -> TokenStream {
    if group.len() <= SEQUENTIAL_MAX {
        return compare_each(group);
    }
    let len = group[0].0.len();
    let best = (0..len)
        .max_by_key(|&i| {
            let mut seen: Vec<u8> = group.iter().map(|(c, _)| c.as_bytes()[i]).collect();
            seen.sort_unstable();
            seen.dedup();
            // The most groups; among equals, the earliest position.
            (seen.len(), usize::MAX - i)
        })
        .unwrap_or(0);
    let mut by_byte: BTreeMap<u8, Vec<(&str, &Ident)>> = BTreeMap::new();
    for &(code, ident) in group {
        by_byte
            .entry(code.as_bytes()[best])
            .or_default()
            .push((code, ident));
    }
    let arms = by_byte.iter().map(|(byte, codes)| {
        let byte = Literal::u8_suffixed(*byte);
        let body = compare_each(codes);
        quote!(#byte => #body,)
    });
    quote! {
        match a[#best] {
            #( #arms )*
            _ => ::core::option::Option::None,
        }
    }
}

fn compare_each(codes: &[(&str, &Ident)]) -> TokenStream {
    let checks = codes.iter().map(|(code, ident)| {
        let bytes = Literal::byte_string(code.as_bytes());
        quote!(if a == #bytes { return ::core::option::Option::Some(Self::#ident); })
    });
    quote!({ #( #checks )* ::core::option::Option::None })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ident(s: &str) -> Ident {
        Ident::new(s, proc_macro2::Span::call_site())
    }

    #[test]
    fn few_codes_of_a_length_are_compared_as_arrays() {
        let (a, b, c) = (ident("A"), ident("B"), ident("C"));
        let text = lookup(&[("Abc", &a), ("Abd", &b), ("Xy", &c)]).to_string();
        assert!(
            text.contains("as :: core :: convert :: TryFrom < & [u8] >> :: try_from (b)"),
            "{text}"
        );
        assert!(
            text.contains("if a == b\"Abc\"") && text.contains("if a == b\"Abd\""),
            "{text}"
        );
        assert!(text.contains("if a == b\"Xy\""), "{text}");
        assert!(!text.contains("match a ["), "{text}");
    }

    #[test]
    fn many_codes_of_a_length_switch_on_a_byte_first() {
        let names: Vec<String> = (0..20).map(|i| format!("Code{:02}", i)).collect();
        let idents: Vec<Ident> = names.iter().map(|n| ident(n)).collect();
        let pairs: Vec<(&str, &Ident)> = names.iter().map(String::as_str).zip(&idents).collect();
        let text = lookup(&pairs).to_string();
        // "CodeNN": byte 5 (the last digit) splits 20 codes into 10 groups of 2.
        assert!(text.contains("match a [5usize]"), "{text}");
    }

    #[test]
    fn no_codes_is_none() {
        assert!(lookup(&[])
            .to_string()
            .contains("_ => :: core :: option :: Option :: None"));
    }
}
