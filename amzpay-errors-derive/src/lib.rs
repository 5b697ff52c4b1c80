//! The `ErrorSpec` derive of [amzpay-errors](https://docs.rs/amzpay-errors): generates Amazon
//! Pay error enums from a YAML spec at compile time.
//!
//! This crate is a thin entry: it reads the attribute, finds and reads the spec file, and
//! hands the text to [`amzpay_errors_codegen::generate`]. Use it through the `amzpay-errors`
//! crate, which re-exports it and holds the runtime items the generated code names.
//!
//! ```ignore
//! use amzpay_errors::ErrorSpec;
//!
//! #[derive(ErrorSpec)]
//! #[error_spec(path = "spec/my-errors.yaml")]
//! pub struct MyErrors;
//! ```
//!
//! # Attribute keys
//! - `path = "..."` (required): the spec file. Resolved first against the calling crate's
//!   `CARGO_MANIFEST_DIR` (read when the macro runs, not when it was built), then, if no
//!   file is there, against the directory of the source file holding the derive. The
//!   second rule lets test harnesses that build your file inside another package (trybuild)
//!   find fixtures that sit next to it. An absolute path is used as it is.
//! - `crate = "..."`: the path to the runtime crate, for crates that re-export it.
//!   Default: `::amzpay_errors`.
//!
//! Every spec file read is tracked, so editing it makes the next build regenerate.
//!
//! The generated enums have fixed names (`ApiErrorCode`, `WidgetErrorCode`, ...) and are
//! `pub`: give each derive a module of its own.

#![forbid(unsafe_code)]

mod attr;
mod locate;

use proc_macro2::TokenStream;
use quote::quote;
use syn::{Data, DeriveInput, Fields};

/// Generates, beside the unit struct it is on, every enum the spec declares.
///
/// See the [crate docs](crate) for the attribute and the path rule.
#[proc_macro_derive(ErrorSpec, attributes(error_spec))]
pub fn derive_error_spec(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    let input = syn::parse_macro_input!(input as DeriveInput);
    let source_file = proc_macro::Span::call_site().local_file();
    expand(&input, source_file.as_deref()).into()
}

fn expand(input: &DeriveInput, source_file: Option<&std::path::Path>) -> TokenStream {
    if let Err(e) = check_shape(input) {
        return e.to_compile_error();
    }
    let attr = match attr::SpecAttr::from_input(input) {
        Ok(attr) => attr,
        Err(e) => return e.to_compile_error(),
    };
    let shown = attr.path.value();
    let spec = match locate::read_spec(&shown, source_file) {
        Ok(spec) => spec,
        Err(message) => return syn::Error::new(attr.path.span(), message).to_compile_error(),
    };
    let options = amzpay_errors_codegen::Options {
        krate: attr.krate,
        marker: input.ident.clone(),
        spec_name: shown.clone(),
    };
    // Tracks the file: rustc rebuilds when an `include_bytes!` input changes.
    let track = spec.absolute.to_str().map(|abs| {
        quote! { const _: &[u8] = ::core::include_bytes!(#abs); }
    });
    // Uses the marker once, so that a private one raises no "never constructed" warning.
    let marker = &input.ident;
    let track = quote! { #track const _: () = { let _ = #marker; }; };
    match amzpay_errors_codegen::generate(&spec.text, &options) {
        Ok(items) => quote! { #track #items },
        Err(errors) => {
            let span = attr.path.span();
            let compile_errors = errors
                .diagnostics
                .iter()
                .map(|d| syn::Error::new(span, d.render(&shown)).to_compile_error());
            let placeholder = errors.placeholder;
            quote! { #track #( #compile_errors )* #placeholder }
        }
    }
}

/// The derive marks a unit struct: the spec's items are generated beside it, so it has no
/// fields and no generics to carry.
fn check_shape(input: &DeriveInput) -> syn::Result<()> {
    if !input.generics.params.is_empty() || input.generics.where_clause.is_some() {
        return Err(syn::Error::new(
            input.ident.span(),
            "`ErrorSpec` goes on a struct without generics: the generated items do not depend on them",
        ));
    }
    let what = match &input.data {
        Data::Struct(s) => match s.fields {
            Fields::Unit => None,
            Fields::Unnamed(_) => Some("a tuple struct"),
            Fields::Named(_) => Some("a struct with fields"),
        },
        Data::Enum(_) => Some("an enum"),
        Data::Union(_) => Some("a union"),
    };
    if let Some(what) = what {
        return Err(syn::Error::new(
            input.ident.span(),
            format!(
                "`ErrorSpec` goes on a unit struct such as `pub struct {};`, not on {what}",
                input.ident
            ),
        ));
    }
    Ok(())
}
