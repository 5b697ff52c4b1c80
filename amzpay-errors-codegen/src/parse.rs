//! YAML text to [`RawSpec`], with the parser's error turned into a located [`Diagnostic`].

use serde_saphyr::{DefaultMessageFormatter, MessageFormatter};

use crate::diagnostic::Diagnostic;
use crate::model::RawSpec;

/// Parses the spec text. The first syntax or schema error stops the parse: a document that
/// is not YAML, or not a spec, says so before any later check runs.
pub fn parse(text: &str) -> Result<RawSpec, Diagnostic> {
    // The parser streams: read as a spec at once, a type error on line 4 would hide a
    // syntax error on line 5. A first pass that keeps nothing checks the YAML alone.
    from_str::<serde::de::IgnoredAny>(text)?;
    from_str::<RawSpec>(text)
}

fn from_str<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, Diagnostic> {
    // Strict booleans: `yes`, `no`, `on`, `off` are strings here, never booleans. Duplicate
    // keys and alias bombs are refused by serde-saphyr's defaults, with their location.
    let options = serde_saphyr::options! { strict_booleans: true };
    serde_saphyr::from_str_with_options::<T>(text, options).map_err(|err| {
        let message = DefaultMessageFormatter.format_message(err.without_snippet());
        // One line per message: the compiler prints it after `file:line:column:`.
        let message: String = message
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        match err.location() {
            Some(location) => Diagnostic::at(location, message),
            None => Diagnostic::nowhere(message),
        }
    })
}
