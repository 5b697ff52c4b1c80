//! Rust names for spec entries: `ITP` becomes `Itp`, `InvalidAPIVersion` `InvalidApiVersion`.

/// Names the generated code already uses as associated items of every enum; a variant
/// of the same name would be ambiguous (`Self::ALL`).
const RESERVED: &[&str] = &["ALL", "COUNT", "Self"];

/// The UpperCamelCase variant name of a code, with an acronym as one word.
///
/// A code can become a name when it is ASCII letters, digits and underscores and starts
/// with a letter; underscores separate words. Anything else needs a `name:` override.
pub fn variant_name(code: &str) -> Result<String, String> {
    let first = code.chars().next();
    if !first.is_some_and(|c| c.is_ascii_alphabetic())
        || !code.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    {
        return Err(format!(
            "`{}` cannot become a Rust identifier (it must be ASCII letters, digits and `_`, starting with a letter); give the entry a `name:`",
            code.escape_debug()
        ));
    }
    let mut name = String::with_capacity(code.len());
    for word in words(code) {
        let mut chars = word.chars();
        if let Some(head) = chars.next() {
            name.push(head.to_ascii_uppercase());
            name.extend(chars.map(|c| c.to_ascii_lowercase()));
        }
    }
    check_name(&name).map(|()| name)
}

/// Checks a name written in the spec (`name:`): an UpperCamelCase Rust identifier that
/// does not collide with the language or the generated API.
pub fn check_name(name: &str) -> Result<(), String> {
    let shown = name.escape_debug();
    if !name.chars().next().is_some_and(|c| c.is_ascii_uppercase()) {
        return Err(format!(
            "`{shown}` is not a variant name: it must start with an ASCII capital letter (keywords such as `type`, `self` or `_` are refused)"
        ));
    }
    if !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Err(format!(
            "`{shown}` is not a Rust identifier: use ASCII letters, digits and `_`"
        ));
    }
    if RESERVED.contains(&name) {
        return Err(format!(
            "`{shown}` is reserved: the generated enums already use it"
        ));
    }
    Ok(())
}

/// Splits a code into words: at `_`, before a capital that follows a small letter or digit,
/// and before the last capital of an acronym that a small letter follows (`APIVersion`).
fn words(code: &str) -> Vec<&str> {
    let bytes = code.as_bytes();
    let mut words = Vec::new();
    let mut start = 0;
    for i in 0..bytes.len() {
        if bytes[i] == b'_' {
            if start < i {
                words.push(&code[start..i]);
            }
            start = i + 1;
            continue;
        }
        if i > start && bytes[i].is_ascii_uppercase() {
            let prev = bytes[i - 1];
            let next_is_lower = bytes.get(i + 1).is_some_and(|b| b.is_ascii_lowercase());
            if prev.is_ascii_lowercase()
                || prev.is_ascii_digit()
                || (prev.is_ascii_uppercase() && next_is_lower)
            {
                words.push(&code[start..i]);
                start = i;
            }
        }
    }
    if start < bytes.len() {
        words.push(&code[start..]);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_are_one_word() {
        for (code, name) in [
            ("ITP", "Itp"),
            ("InvalidAPIVersion", "InvalidApiVersion"),
            ("MFANotCompleted", "MfaNotCompleted"),
            ("TLSVersionNotSupported", "TlsVersionNotSupported"),
            ("BuyerSessionExpired", "BuyerSessionExpired"),
            ("NO", "No"),
            ("None", "None"),
            ("ALL", "All"),
            ("snake_case_code", "SnakeCaseCode"),
            ("S3Bucket", "S3Bucket"),
            ("Code2Go", "Code2Go"),
        ] {
            assert_eq!(variant_name(code).as_deref(), Ok(name), "{code}");
        }
    }

    #[test]
    fn codes_that_are_no_identifier_are_refused() {
        for code in ["", "404", "007", "AmazonA-ZRefund", "_x", "Ünïcode", "a b"] {
            assert!(variant_name(code).is_err(), "{code:?}");
        }
    }

    #[test]
    fn names_are_checked() {
        for bad in [
            "type", "self", "Self", "_", "crate", "ALL", "COUNT", "A-B", "",
        ] {
            assert!(check_name(bad).is_err(), "{bad:?}");
        }
        for good in [
            "None", "Some", "Ok", "Err", "Option", "Result", "All", "Count",
        ] {
            assert_eq!(check_name(good), Ok(()), "{good:?}");
        }
    }
}
