//! The code generator of amzpay-errors: spec text in, Rust tokens or located errors out.
//!
//! [`generate`] is a plain function, so that it can be unit-tested, benchmarked and called
//! from a build script; `amzpay-errors-derive` is a thin proc-macro entry over it. It runs
//! in three stages, each in its own module:
//!
//! 1. [`parse`](mod@parse): YAML to the spec as written ([`model`]). The first syntax or
//!    schema error stops here, so a document that is not YAML says so first.
//! 2. [`validate`](mod@validate): every check that needs the whole spec (duplicates,
//!    identifiers, references, ranges), collected into one list.
//! 3. [`expand`](mod@expand): the checked [`Catalog`] to tokens; this cannot fail.
//!
//! On failure the caller still gets placeholder items: every entry that passed its checks
//! (or, when the file does not parse, every enum with no variants), so that code using
//! them shows the spec's errors and not a cascade of missing types.
//!
//! ```
//! let spec = "schema: 1\napi_errors:\n  - code: RequestThrottled\n    http_status: 503\n    status_verified: true\n    retryable: true\n    retry_guidance: retry\n    retry_kind: throttling\n    description: Too many requests.\n    action: Retry later.\n";
//! let tokens = amzpay_errors_codegen::generate(spec, &amzpay_errors_codegen::Options::new("errors.yaml"))
//!     .expect("a valid spec");
//! assert!(tokens.to_string().contains("RequestThrottled"));
//!
//! let err = amzpay_errors_codegen::generate("schema: 1\nretryable: maybe\n", &Default::default())
//!     .unwrap_err();
//! assert_eq!(err.diagnostics[0].line, Some(2));
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]

#[allow(missing_docs)] // Fields mirror the spec fields documented in spec/README.md.
pub mod catalog;
mod diagnostic;
#[allow(missing_docs)]
pub mod expand;
mod ident;
#[allow(missing_docs)]
pub mod model;
pub mod parse;
mod strict;
pub mod validate;

pub use catalog::Catalog;
pub use diagnostic::{Diagnostic, SpecErrors};

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

/// How to generate: where the runtime crate is, which struct the items belong to, and
/// how to name the spec file in docs and messages.
#[derive(Debug, Clone)]
pub struct Options {
    /// Path to the runtime crate, as tokens. Default: `::amzpay_errors`.
    pub krate: TokenStream,
    /// The struct the derive is on; spec-wide constants become its associated items.
    pub marker: Ident,
    /// The spec file as the user named it (never an absolute path, so that messages and
    /// docs are the same on every machine).
    pub spec_name: String,
}

impl Options {
    /// Defaults, with the spec file named `spec_name`.
    pub fn new(spec_name: impl Into<String>) -> Self {
        Options {
            spec_name: spec_name.into(),
            ..Options::default()
        }
    }
}

impl Default for Options {
    fn default() -> Self {
        Options {
            krate: quote!(::amzpay_errors),
            marker: Ident::new("ErrorSpec", Span::call_site()),
            spec_name: "spec.yaml".to_owned(),
        }
    }
}

/// Generates the items a spec declares, or every problem found in it.
pub fn generate(spec: &str, options: &Options) -> Result<TokenStream, SpecErrors> {
    let raw = match parse::parse(spec) {
        Ok(raw) => raw,
        Err(diagnostic) => {
            return Err(SpecErrors {
                diagnostics: vec![diagnostic],
                placeholder: expand_catalog(&Catalog::placeholder(), options),
            })
        }
    };
    let (catalog, diagnostics) = validate::validate(raw);
    if diagnostics.is_empty() {
        Ok(expand_catalog(&catalog, options))
    } else {
        // The entries that passed still generate, so that only code naming a broken one fails.
        Err(SpecErrors {
            diagnostics,
            placeholder: expand_catalog(&catalog, options),
        })
    }
}

/// Generates the items of an already checked catalogue.
pub fn expand_catalog(catalog: &Catalog, options: &Options) -> TokenStream {
    expand::expand(&expand::Context {
        krate: &options.krate,
        marker: &options.marker,
        spec_name: &options.spec_name,
        catalog,
    })
}
