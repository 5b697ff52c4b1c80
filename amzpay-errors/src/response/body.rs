//! Reads a body of any kind into what [`AmazonPayError`](super::AmazonPayError) keeps.

use super::BodyKind;
use crate::Api;

/// What a body gave.
pub(super) struct Parsed {
    pub kind: BodyKind,
    pub code: Option<String>,
    pub message: Option<String>,
    pub request_id: Option<String>,
    pub more_errors: usize,
}

impl Parsed {
    fn kind(kind: BodyKind) -> Self {
        Parsed {
            kind,
            code: None,
            message: None,
            request_id: None,
            more_errors: 0,
        }
    }
}

/// The API's own format first, then what proxies and oddities send.
pub(super) fn read(api: Api, body: &[u8]) -> Parsed {
    let Ok(text) = std::str::from_utf8(body) else {
        return Parsed::kind(BodyKind::Unreadable("the body is not UTF-8".to_owned()));
    };
    let trimmed = text.trim_start_matches('\u{feff}').trim();
    if trimmed.is_empty() {
        return Parsed::kind(BodyKind::Empty);
    }
    let own = match api {
        Api::V1 => v1(body),
        Api::V2 => v2(body),
    };
    if let Some(parsed) = own {
        return parsed;
    }
    if looks_like_html(trimmed) {
        return Parsed::kind(BodyKind::Html);
    }
    if trimmed.starts_with('<') || trimmed.starts_with('{') || trimmed.starts_with('[') {
        let what = match api {
            Api::V1 => "not a well-formed v1 ErrorResponse",
            Api::V2 => "not a well-formed v2 error object",
        };
        return Parsed::kind(BodyKind::Unreadable(what.to_owned()));
    }
    // Plain text, as some v1 errors have been seen to come: keep a code it starts with.
    let code = leading_code(trimmed);
    Parsed {
        kind: BodyKind::PlainText,
        message: Some(trimmed.to_owned()),
        code,
        request_id: None,
        more_errors: 0,
    }
}

#[cfg(feature = "xml")]
fn v1(body: &[u8]) -> Option<Parsed> {
    let response = crate::v1::ErrorResponse::parse(body).ok()?;
    let first = response.first();
    Some(Parsed {
        kind: BodyKind::V1Xml,
        code: Some(first.code().to_owned()),
        message: first.message().map(str::to_owned),
        request_id: response.request_id().map(str::to_owned),
        more_errors: response.total_errors().saturating_sub(1),
    })
}

#[cfg(not(feature = "xml"))]
fn v1(_: &[u8]) -> Option<Parsed> {
    None
}

#[cfg(feature = "json")]
fn v2(body: &[u8]) -> Option<Parsed> {
    let error = super::v2::parse(body)?;
    Some(Parsed {
        kind: BodyKind::V2Json,
        code: error.reason_code,
        message: error.message,
        request_id: None,
        more_errors: 0,
    })
}

#[cfg(not(feature = "json"))]
fn v2(_: &[u8]) -> Option<Parsed> {
    None
}

fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .chars()
        .take(256)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.contains("<html")
        || head.contains("<body")
        || head.contains("<head")
}

/// A code-like first word: ASCII letters and digits starting with a capital, such as
/// `InvalidOrderReferenceStatus` in `InvalidOrderReferenceStatus: the order reference...`.
fn leading_code(text: &str) -> Option<String> {
    let word: &str = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or_default();
    let code_like = word.len() >= 3
        && word.len() <= super::MAX_CODE_BYTES
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && word.chars().any(|c| c.is_ascii_lowercase());
    code_like.then(|| word.to_owned())
}
