//! `#[error_spec(path = "...", crate = "...")]`.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{DeriveInput, LitStr};

/// The attribute's keys, read and checked.
pub struct SpecAttr {
    /// The spec path, as written (its span is where spec errors point).
    pub path: LitStr,
    /// The path to the runtime crate.
    pub krate: TokenStream,
}

impl SpecAttr {
    pub fn from_input(input: &DeriveInput) -> syn::Result<Self> {
        let mut path: Option<LitStr> = None;
        let mut krate: Option<TokenStream> = None;
        let mut errors: Option<syn::Error> = None;
        let mut push = |e: syn::Error| match &mut errors {
            Some(all) => all.combine(e),
            None => errors = Some(e),
        };
        for attr in input
            .attrs
            .iter()
            .filter(|a| a.path().is_ident("error_spec"))
        {
            let parsed = attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("path") {
                    let lit: LitStr = meta.value()?.parse()?;
                    if path.is_some() {
                        return Err(meta.error("`path` is given twice"));
                    }
                    if lit.value().is_empty() {
                        return Err(syn::Error::new(lit.span(), "`path` is empty"));
                    }
                    path = Some(lit);
                } else if meta.path.is_ident("crate") {
                    let lit: LitStr = meta.value()?.parse()?;
                    if krate.is_some() {
                        return Err(meta.error("`crate` is given twice"));
                    }
                    krate = Some(crate_path(&lit)?);
                } else {
                    return Err(meta.error(
                        "unknown key: `error_spec` takes `path = \"...\"` and `crate = \"...\"`",
                    ));
                }
                Ok(())
            });
            if let Err(e) = parsed {
                push(e);
            }
        }
        if let Some(errors) = errors {
            return Err(errors);
        }
        let path = path.ok_or_else(|| {
            syn::Error::new(
                input.ident.span(),
                "missing spec path: add `#[error_spec(path = \"spec/errors.yaml\")]` (relative to the crate's Cargo.toml)",
            )
        })?;
        Ok(SpecAttr {
            path,
            krate: krate.unwrap_or_else(|| quote!(::amzpay_errors)),
        })
    }
}

/// `crate = "..."` must be a path (`crate`, `::amzpay_errors`, `my_crate::reexport`).
fn crate_path(lit: &LitStr) -> syn::Result<TokenStream> {
    let path: syn::Path = lit.parse().map_err(|_| {
        syn::Error::new(
            lit.span(),
            format!("`crate = {:?}` is not a path", lit.value()),
        )
    })?;
    Ok(quote!(#path))
}
