//! The body of a generated `FromStr`: an exact, case-sensitive match, dispatched on the
//! input's length and then on one byte that tells that length's codes apart, so that a
//! string compares its bytes with at most one code in almost every case.
//!
//! A plain `match` on `&str` switches on the length too (rustc does that), but then tries
//! each code of that length in turn; this saves the tries, which is what the miss path of
//! parsing (a string that is no code) pays for most.

use std::collections::BTreeMap;

use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;

/// `Option<Self>` for the bytes `b` (a `&[u8]` in scope): the variant whose code they are.
pub fn lookup(codes: &[(&str, &Ident)]) -> TokenStream {
    let mut by_len: BTreeMap<usize, Vec<(&str, &Ident)>> = BTreeMap::new();
    for &(code, ident) in codes {
        by_len.entry(code.len()).or_default().push((code, ident));
    }
    let arms = by_len.iter().map(|(len, group)| {
        let body = within_length(group);
        quote!(#len => #body,)
    });
    quote! {
        match b.len() {
            #( #arms )*
            _ => ::core::option::Option::None,
        }
    }
}

/// Codes of one length: switch on the byte position that splits them into the most groups
/// (ideally one code each), then compare with each code left in the group.
fn within_length(group: &[(&str, &Ident)]) -> TokenStream {
    if group.len() == 1 {
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
        match b[#best] {
            #( #arms )*
            _ => ::core::option::Option::None,
        }
    }
}

fn compare_each(codes: &[(&str, &Ident)]) -> TokenStream {
    let checks = codes.iter().map(|(code, ident)| {
        let bytes = Literal::byte_string(code.as_bytes());
        quote!(if b == #bytes { return ::core::option::Option::Some(Self::#ident); })
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
    fn one_byte_tells_codes_of_a_length_apart() {
        let (a, b, c) = (ident("A"), ident("B"), ident("C"));
        // "Abc" and "Abd" differ only at byte 2; "Xyz" has another length class mate.
        let text = lookup(&[("Abc", &a), ("Abd", &b), ("Xy", &c)]).to_string();
        assert!(text.contains("match b [2usize]"), "{text}");
        assert!(
            text.contains("99u8 =>") && text.contains("100u8 =>"),
            "{text}"
        );
        assert!(text.contains("2usize => { if b == b\"Xy\""), "{text}");
    }

    #[test]
    fn codes_no_byte_splits_are_compared_in_turn() {
        let (a, b) = (ident("A"), ident("B"));
        // Same length, but they differ in more than one place: the best split still works.
        let text = lookup(&[("ab", &a), ("ba", &b)]).to_string();
        assert!(text.contains("match b [0usize]"), "{text}");
    }

    #[test]
    fn no_codes_is_none() {
        assert!(lookup(&[])
            .to_string()
            .contains("_ => :: core :: option :: Option :: None"));
    }
}
