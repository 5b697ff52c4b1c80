//! Located problems in a spec, reported together.

use std::fmt;

use proc_macro2::TokenStream;
use serde_saphyr::{Location, Spanned};

/// One problem in a spec, at a line and column of the spec file (both 1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Line in the spec file, when the problem has a place.
    pub line: Option<u64>,
    /// Column in the spec file, when the problem has a place.
    pub column: Option<u64>,
    /// What is wrong, in one line.
    pub message: String,
}

impl Diagnostic {
    /// A problem at `location`; an unknown location gives a problem with no place.
    pub fn at(location: Location, message: impl Into<String>) -> Self {
        let known = location.line() > 0;
        Diagnostic {
            line: known.then(|| location.line()),
            column: known.then(|| location.column()),
            message: message.into(),
        }
    }

    /// A problem at the place a spanned value was written.
    pub fn at_value<T>(value: &Spanned<T>, message: impl Into<String>) -> Self {
        Self::at(value.referenced, message)
    }

    /// A problem that has no place in the file (an empty file, for one).
    pub fn nowhere(message: impl Into<String>) -> Self {
        Diagnostic {
            line: None,
            column: None,
            message: message.into(),
        }
    }

    /// The message as the compiler shows it: `file:line:column: message`.
    pub fn render(&self, file: &str) -> String {
        match (self.line, self.column) {
            (Some(line), Some(column)) => format!("{file}:{line}:{column}: {}", self.message),
            _ => format!("{file}: {}", self.message),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (Some(line), Some(column)) => write!(f, "{line}:{column}: {}", self.message),
            _ => f.write_str(&self.message),
        }
    }
}

/// Everything wrong with a spec, plus placeholder items to emit in its place.
///
/// The placeholders declare every enum the spec would have declared, with no variants, so
/// that code using them reports the spec's problems and not a cascade of missing types.
#[derive(Clone)]
pub struct SpecErrors {
    /// The problems, in the order they were found.
    pub diagnostics: Vec<Diagnostic>,
    /// Items to emit instead of the real ones.
    pub placeholder: TokenStream,
}

impl fmt::Debug for SpecErrors {
    // The placeholder tokens would bury the diagnostics; show only their size.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SpecErrors")
            .field("diagnostics", &self.diagnostics)
            .field(
                "placeholder",
                &format_args!("<{} tokens>", self.placeholder.clone().into_iter().count()),
            )
            .finish()
    }
}

impl fmt::Display for SpecErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.diagnostics.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for SpecErrors {}
