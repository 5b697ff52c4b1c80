//! Reads a body of any kind into what [`AmazonPayError`](super::AmazonPayError) keeps.

use std::borrow::Cow;

use super::BodyKind;
use crate::Api;

/// What a body gave: strings borrowed from the body where they can be, so that only what
/// is kept gets allocated.
pub(super) struct Parsed<'a> {
    pub kind: BodyKind,
    pub code: Option<Cow<'a, str>>,
    pub message: Option<Cow<'a, str>>,
    pub request_id: Option<Cow<'a, str>>,
    pub more_errors: usize,
}

impl Parsed<'_> {
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
pub(super) fn read(api: Api, body: &[u8]) -> Parsed<'_> {
    // The API's own format first, on the raw bytes: its parser checks UTF-8 itself, and
    // the common case then pays for one pass over the body.
    let own = match api {
        Api::V1 => v1(body),
        Api::V2 => v2(body),
    };
    if let Some(parsed) = own {
        return parsed;
    }
    let Ok(text) = std::str::from_utf8(body) else {
        return Parsed::kind(BodyKind::Unreadable("the body is not UTF-8".to_owned()));
    };
    let trimmed = text.trim_start_matches('\u{feff}').trim();
    if trimmed.is_empty() {
        return Parsed::kind(BodyKind::Empty);
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
        message: Some(Cow::Borrowed(trimmed)),
        code: code.map(Cow::Borrowed),
        request_id: None,
        more_errors: 0,
    }
}

#[cfg(feature = "xml")]
fn v1(body: &[u8]) -> Option<Parsed<'_>> {
    let response = crate::v1::ErrorResponse::parse(body).ok()?;
    let more_errors = response.total_errors().saturating_sub(1);
    let (first, request_id) = response.into_first();
    Some(Parsed {
        kind: BodyKind::V1Xml,
        code: Some(Cow::Owned(first.code)),
        message: first.message.map(Cow::Owned),
        request_id: request_id.map(Cow::Owned),
        more_errors,
    })
}

#[cfg(not(feature = "xml"))]
fn v1(_: &[u8]) -> Option<Parsed<'_>> {
    None
}

#[cfg(feature = "json")]
fn v2(body: &[u8]) -> Option<Parsed<'_>> {
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
fn v2(_: &[u8]) -> Option<Parsed<'_>> {
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
fn leading_code(text: &str) -> Option<&str> {
    let word: &str = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or_default();
    let code_like = word.len() >= 3
        && word.len() <= super::MAX_CODE_BYTES
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && word.chars().any(|c| c.is_ascii_lowercase());
    code_like.then_some(word)
}
