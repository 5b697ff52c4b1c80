//! YAML text to [`RawSpec`], with the parser's error turned into a located [`Diagnostic`].

use serde_saphyr::{DefaultMessageFormatter, MessageFormatter};

use crate::diagnostic::Diagnostic;
use crate::model::RawSpec;

/// The largest spec read. The bundled one is under 100 KiB; 4 MiB holds about 30,000
/// entries. Larger inputs are refused at once rather than parsed for a long time inside a
/// proc macro (which dependents build without optimisation).
pub const MAX_SPEC_BYTES: usize = 4 * 1024 * 1024;

/// Parses the spec text. The first syntax or schema error stops the parse: a document that
/// is not YAML, or not a spec, says so before any later check runs.
pub fn parse(text: &str) -> Result<RawSpec, Diagnostic> {
    if text.len() > MAX_SPEC_BYTES {
        return Err(Diagnostic::nowhere(format!(
            "the spec file is {} bytes; the generator reads at most {MAX_SPEC_BYTES} bytes (4 MiB, about 30,000 entries)",
            text.len()
        )));
    }
    if text
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        return Err(Diagnostic::nowhere(
            "the spec file is empty: it holds no YAML document",
        ));
    }
    // The parser streams: read as a spec at once, a type error on line 4 would hide a
    // syntax error on line 5. So when reading as a spec fails, a second pass that keeps
    // nothing checks the YAML alone, and a syntax error it finds wins. (Only failures pay
    // for the second pass.)
    from_str::<RawSpec>(text).map_err(|schema_error| {
        match from_str::<serde::de::IgnoredAny>(text) {
            Err(syntax_error) => syntax_error,
            Ok(_) => schema_error,
        }
    })
}

fn from_str<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, Diagnostic> {
    // Strict booleans: `yes`, `no`, `on`, `off` are strings here, never booleans. Duplicate
    // keys and alias bombs are refused by serde-saphyr's defaults, with their location.
    let options = serde_saphyr::options! { strict_booleans: true };
    serde_saphyr::from_str_with_options::<T>(text, options).map_err(|err| {
        let message = DefaultMessageFormatter.format_message(err.without_snippet());
        // One line per message: the compiler prints it after `file:line:column:`.
        let message: String = humanize(&message)
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        match err.location() {
            Some(location) => Diagnostic::at(location, message),
            None => Diagnostic::nowhere(message),
        }
    })
}

/// The parser's messages in the words of a spec author: some of them give advice meant for
/// the Rust code that calls the parser (`use Option<String>`), which is noise here.
fn humanize(message: &str) -> String {
    if let Some(rest) = message.strip_prefix("duplicate mapping key: ") {
        let key = rest.split(',').next().unwrap_or(rest);
        return format!("duplicate key `{key}`: a key may appear once in a mapping");
    }
    if message.starts_with("multiple YAML documents detected") {
        return "a spec is one YAML document, and this file holds several (a `---` line starts another)".to_owned();
    }
    if message.starts_with("cannot deserialize null into") {
        return "expected a value, found null (`~`, `null` or nothing)".to_owned();
    }
    if message.starts_with("budget breached: Nodes") {
        return "the spec has more than 250,000 YAML nodes (about 19,000 entries), the parser's limit".to_owned();
    }
    if message.starts_with("budget breached") {
        return format!(
            "the document is too large or expands too far (an alias bomb?); the parser stopped ({message})"
        );
    }
    message.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(text: &str) -> String {
        parse(text).unwrap_err().message
    }

    #[test]
    fn messages_speak_to_the_spec_author() {
        assert_eq!(
            message(""),
            "the spec file is empty: it holds no YAML document"
        );
        assert_eq!(
            message("# just a comment\n\n"),
            "the spec file is empty: it holds no YAML document"
        );
        assert_eq!(
            message("schema: 1\nschema: 1\n"),
            "duplicate key `schema`: a key may appear once in a mapping"
        );
        assert!(message("schema: 1\n---\nschema: 1\n").starts_with("a spec is one YAML document"));
        assert!(
            !message("schema: 1\nsources:\n  - id: a\n    kind: doc\n    title: ~\n")
                .contains("Option<")
        );
    }
}
