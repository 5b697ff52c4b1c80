//! v1 (MWS `OffAmazonPayments`) XML error bodies: `<ErrorResponse>`.
//!
//! ```
//! use amzpay_errors::{v1::ErrorResponse, ApiErrorCode};
//!
//! let body = br#"<ErrorResponse xmlns="http://mws.amazonservices.com/schema/OffAmazonPayments/2013-01-01">
//!   <Error><Type></Type><Code>RequestThrottled</Code><Message>Slow down</Message></Error>
//!   <RequestID>b9a1c2d3-0000-4000-8000-000000000001</RequestID>
//! </ErrorResponse>"#;
//! let response = ErrorResponse::parse(body)?;
//! assert_eq!(response.first().api_code(), Ok(ApiErrorCode::RequestThrottled));
//! assert_eq!(response.request_id(), Some("b9a1c2d3-0000-4000-8000-000000000001"));
//! assert!(response.first().error_type().is_none()); // an empty <Type/> is no type
//! # Ok::<(), amzpay_errors::v1::ParseError>(())
//! ```
//!
//! The parser takes the namespace or none, `RequestId` or `RequestID`, elements in any
//! order, several `Error` elements and a `Detail` of any content. It is bounded: it keeps
//! at most [`MAX_ERRORS`] errors and [`MAX_TEXT_BYTES`] of any text, refuses nesting deeper
//! than [`MAX_DEPTH`], and never expands entities a DTD declares. It never panics.

use std::fmt;

use quick_xml::events::Event;
use quick_xml::Reader;

use crate::response::Code;
use crate::{Api, ApiErrorCode, UnknownCode};

/// How many `Error` elements are kept; more are counted, not stored.
pub const MAX_ERRORS: usize = 16;
/// How many bytes of a message, detail, code or request id are kept.
pub const MAX_TEXT_BYTES: usize = 4096;
/// How deep elements may nest before the body is refused.
pub const MAX_DEPTH: usize = 32;

/// A parsed `ErrorResponse`: at least one error with a code, and the request id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorResponse {
    errors: Vec<ResponseError>,
    total_errors: usize,
    request_id: Option<String>,
}

/// One `<Error>` of an `ErrorResponse`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ResponseError {
    error_type: Option<String>,
    pub(crate) code: String,
    pub(crate) message: Option<String>,
    detail: Option<String>,
}

impl ErrorResponse {
    /// Parses a v1 error body.
    ///
    /// # Errors
    /// A [`ParseError`] when the body is not a well-formed `ErrorResponse` with a code:
    /// not UTF-8, empty, not XML, another document, truncated, or too deep.
    pub fn parse(body: &[u8]) -> Result<Self, ParseError> {
        Parser::default().run(body)
    }

    /// The first error: the one to act on.
    #[must_use]
    pub fn first(&self) -> &ResponseError {
        // `parse` only returns a response with at least one error.
        &self.errors[0]
    }

    /// Every error kept, in document order (at most [`MAX_ERRORS`]).
    #[must_use]
    pub fn errors(&self) -> &[ResponseError] {
        &self.errors
    }

    /// How many `Error` elements the body had, kept or not.
    #[must_use]
    pub fn total_errors(&self) -> usize {
        self.total_errors
    }

    /// The request id (`RequestId` or `RequestID`), to quote to Amazon Pay.
    #[must_use]
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The first error and the request id, moved out (no copies).
    pub(crate) fn into_first(self) -> (ResponseError, Option<String>) {
        let first = self.errors.into_iter().next().unwrap_or_default();
        (first, self.request_id)
    }

    /// Whether the request may be retried, given the HTTP status it came with: the rules
    /// of [`retry::decide`](crate::retry::decide) for a v1 response (a code the catalogue
    /// knows decides; otherwise 500, 502, 503 and 504 are retryable). With a code the
    /// catalogue does not know yet and no status, there is nothing to judge by: `None`.
    #[must_use]
    pub fn is_retryable(&self, status: Option<u16>) -> Option<bool> {
        let code = Code::parse(Api::V1, self.first().code());
        if matches!(code, Code::Unknown(_)) && status.is_none() {
            return None;
        }
        Some(crate::retry::decide(Api::V1, status.unwrap_or(0), Some(&code)).retry)
    }
}

impl ResponseError {
    /// The code exactly as sent.
    #[must_use]
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The code as a catalogue value; a code the catalogue does not know yet is an
    /// [`UnknownCode`] that keeps it.
    ///
    /// # Errors
    /// When the code is not in [`ApiErrorCode`].
    pub fn api_code(&self) -> Result<ApiErrorCode, UnknownCode> {
        self.code.parse()
    }

    /// `Type` (`Sender`, `Receiver`); `None` when missing or empty.
    #[must_use]
    pub fn error_type(&self) -> Option<&str> {
        self.error_type.as_deref()
    }

    /// The message Amazon sent, if any.
    #[must_use]
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The text of `Detail`, if any.
    #[must_use]
    pub fn detail(&self) -> Option<&str> {
        self.detail.as_deref()
    }
}

/// Why a body is not a v1 error document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    kind: ParseErrorKind,
    offset: Option<u64>,
}

/// The kinds of [`ParseError`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ParseErrorKind {
    /// The body is not UTF-8.
    NotUtf8,
    /// The body is empty or only whitespace.
    Empty,
    /// The body is not XML (plain text, HTML that is not well-formed, ...).
    NotXml,
    /// The XML is malformed; the string is the parser's reason.
    Malformed(String),
    /// The document ends before its root element closes.
    Truncated,
    /// Elements nest deeper than [`MAX_DEPTH`].
    TooDeep,
    /// The root element is not `ErrorResponse`; the string is its name (capped).
    NotErrorResponse(String),
    /// An `ErrorResponse` with no `Error` that has a `Code`.
    NoCode,
    /// Something other than whitespace or comments follows the root element.
    TrailingContent,
}

impl ParseError {
    fn new(kind: ParseErrorKind, offset: Option<u64>) -> Self {
        ParseError { kind, offset }
    }

    /// What is wrong.
    #[must_use]
    pub fn kind(&self) -> &ParseErrorKind {
        &self.kind
    }

    /// The byte offset where the problem was found, when there is one.
    #[must_use]
    pub fn offset(&self) -> Option<u64> {
        self.offset
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not an Amazon Pay v1 error document: ")?;
        match &self.kind {
            ParseErrorKind::NotUtf8 => f.write_str("the body is not UTF-8")?,
            ParseErrorKind::Empty => f.write_str("the body is empty")?,
            ParseErrorKind::NotXml => f.write_str("the body is not XML")?,
            ParseErrorKind::Malformed(why) => write!(f, "malformed XML ({why})")?,
            ParseErrorKind::Truncated => f.write_str("the document is truncated")?,
            ParseErrorKind::TooDeep => write!(f, "elements nest deeper than {MAX_DEPTH}")?,
            ParseErrorKind::NotErrorResponse(root) => {
                write!(
                    f,
                    "the root element is <{}>, not <ErrorResponse>",
                    root.escape_debug()
                )?;
            }
            ParseErrorKind::NoCode => f.write_str("no <Error> with a <Code>")?,
            ParseErrorKind::TrailingContent => f.write_str("content after the root element")?,
        }
        if let Some(offset) = self.offset {
            write!(f, " at byte {offset}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ParseError {}

/// Which text the parser is collecting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    Type,
    Code,
    Message,
    Detail,
    RequestId,
}

#[derive(Default)]
struct Parser {
    depth: usize,
    saw_root: bool,
    /// The slot being collected and the depth of its element.
    slot: Option<(Slot, usize)>,
    text: String,
    current: Option<ResponseError>,
    errors: Vec<ResponseError>,
    total_errors: usize,
    request_id: Option<String>,
}

impl Parser {
    fn run(mut self, body: &[u8]) -> Result<ErrorResponse, ParseError> {
        let text = std::str::from_utf8(body).map_err(|e| {
            ParseError::new(ParseErrorKind::NotUtf8, u64::try_from(e.valid_up_to()).ok())
        })?;
        if text.trim().is_empty() {
            return Err(ParseError::new(ParseErrorKind::Empty, None));
        }
        let mut reader = Reader::from_str(text);
        loop {
            let event = reader.read_event().map_err(|e| {
                let why = cap(e.to_string(), 200);
                ParseError::new(
                    ParseErrorKind::Malformed(why),
                    Some(reader.error_position()),
                )
            })?;
            let at = reader.buffer_position();
            match event {
                Event::Start(e) => self.open(e.local_name().as_ref(), at)?,
                Event::Empty(e) => {
                    self.open(e.local_name().as_ref(), at)?;
                    self.close();
                }
                Event::End(_) => self.close(),
                Event::Text(t) => {
                    let content = t.xml10_content();
                    if self.depth == 0 && !content.trim().is_empty() {
                        return Err(ParseError::new(ParseErrorKind::NotXml, Some(at)));
                    }
                    self.push_text(&content);
                }
                Event::CData(c) => {
                    let content = c.xml10_content();
                    self.push_text(&content);
                }
                Event::GeneralRef(r) => {
                    // Character references and the five XML entities are resolved; any
                    // other entity (one a DTD declares) is kept as written, never expanded.
                    let name = r.xml10_content();
                    match r.resolve_char_ref() {
                        Ok(Some(c)) => self.push_text(c.encode_utf8(&mut [0; 4])),
                        _ => match quick_xml::escape::resolve_xml_entity(&name) {
                            Some(s) => self.push_text(s),
                            None => {
                                self.push_text("&");
                                self.push_text(&name);
                                self.push_text(";");
                            }
                        },
                    }
                }
                Event::Eof => break,
                Event::Decl(_) | Event::PI(_) | Event::Comment(_) | Event::DocType(_) => {}
            }
            if self.saw_root && self.depth == 0 {
                return self.finish(&mut reader);
            }
        }
        if !self.saw_root {
            return Err(ParseError::new(ParseErrorKind::NotXml, None));
        }
        Err(ParseError::new(
            ParseErrorKind::Truncated,
            Some(reader.buffer_position()),
        ))
    }

    /// After the root element: only whitespace, comments and processing instructions may
    /// follow (a second root element is not one document).
    fn finish(self, reader: &mut Reader<&[u8]>) -> Result<ErrorResponse, ParseError> {
        loop {
            let at = reader.buffer_position();
            match reader.read_event() {
                Ok(Event::Eof) => break,
                Ok(Event::Comment(_) | Event::PI(_)) => {}
                Ok(Event::Text(t)) if t.xml10_content().trim().is_empty() => {}
                Ok(_) | Err(_) => {
                    return Err(ParseError::new(ParseErrorKind::TrailingContent, Some(at)));
                }
            }
        }
        if self.depth != 0 {
            return Err(ParseError::new(
                ParseErrorKind::Truncated,
                Some(reader.buffer_position()),
            ));
        }
        if self.errors.is_empty() {
            return Err(ParseError::new(ParseErrorKind::NoCode, None));
        }
        Ok(ErrorResponse {
            errors: self.errors,
            total_errors: self.total_errors,
            request_id: self.request_id,
        })
    }

    fn open(&mut self, name: &str, at: u64) -> Result<(), ParseError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(ParseError::new(ParseErrorKind::TooDeep, Some(at)));
        }
        match self.depth {
            1 => {
                self.saw_root = true;
                if name != "ErrorResponse" {
                    let root = cap(name.to_owned(), 64);
                    return Err(ParseError::new(
                        ParseErrorKind::NotErrorResponse(root),
                        Some(at),
                    ));
                }
            }
            2 => match name {
                "Error" => {
                    self.total_errors += 1;
                    self.current = Some(ResponseError::default());
                }
                "RequestId" | "RequestID" => self.start_slot(Slot::RequestId),
                _ => {}
            },
            3 if self.current.is_some() && self.slot.is_none() => match name {
                "Type" => self.start_slot(Slot::Type),
                "Code" => self.start_slot(Slot::Code),
                "Message" => self.start_slot(Slot::Message),
                "Detail" => self.start_slot(Slot::Detail),
                _ => {}
            },
            _ => {}
        }
        Ok(())
    }

    fn start_slot(&mut self, slot: Slot) {
        self.slot = Some((slot, self.depth));
        self.text.clear();
    }

    fn close(&mut self) {
        if let Some((slot, depth)) = self.slot {
            if depth == self.depth {
                self.slot = None;
                let value = self.text.trim();
                let value = (!value.is_empty()).then(|| value.to_owned());
                match (slot, self.current.as_mut()) {
                    (Slot::RequestId, _) => self.request_id = value,
                    (Slot::Type, Some(e)) => e.error_type = value,
                    (Slot::Code, Some(e)) => e.code = value.unwrap_or_default(),
                    (Slot::Message, Some(e)) => e.message = value,
                    (Slot::Detail, Some(e)) => e.detail = value,
                    (_, None) => {}
                }
            }
        }
        if self.depth == 2 {
            if let Some(error) = self.current.take() {
                if !error.code.is_empty() && self.errors.len() < MAX_ERRORS {
                    self.errors.push(error);
                }
            }
        }
        self.depth = self.depth.saturating_sub(1);
    }

    fn push_text(&mut self, s: &str) {
        if self.slot.is_none() {
            return;
        }
        let room = MAX_TEXT_BYTES.saturating_sub(self.text.len());
        if room == 0 {
            return;
        }
        self.text.push_str(crate::text::prefix(s, room));
    }
}

/// `s` cut to at most `max` bytes, at a character boundary.
fn cap(mut s: String, max: usize) -> String {
    crate::text::truncate(&mut s, max);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Result<ErrorResponse, ParseError> {
        ErrorResponse::parse(s.as_bytes())
    }

    #[test]
    fn reads_any_order_no_namespace_and_detail() {
        let r = parse(
            "<ErrorResponse><RequestId>r-1</RequestId><Error><Message>m &amp; &#x41;</Message>\
             <Detail><Inner>deep</Inner></Detail><Code>Nope</Code><Type>Sender</Type></Error></ErrorResponse>",
        )
        .unwrap();
        let e = r.first();
        assert_eq!(e.code(), "Nope");
        assert_eq!(e.message(), Some("m & A"));
        assert_eq!(e.detail(), Some("deep"));
        assert_eq!(e.error_type(), Some("Sender"));
        assert_eq!(r.request_id(), Some("r-1"));
        assert!(e.api_code().is_err());
        // An unknown v1 code on a status only v2 retries (429) is not retryable.
        assert_eq!(r.is_retryable(Some(429)), Some(false));
        assert_eq!(r.is_retryable(Some(503)), Some(true));
    }

    #[test]
    fn keeps_several_errors_and_caps_them() {
        let one = "<Error><Code>InternalServerError</Code></Error>";
        let body = format!("<ErrorResponse>{}</ErrorResponse>", one.repeat(10_000));
        let r = parse(&body).unwrap();
        assert_eq!(r.errors().len(), MAX_ERRORS);
        assert_eq!(r.total_errors(), 10_000);
        assert_eq!(r.first().api_code(), Ok(ApiErrorCode::InternalServerError));
    }

    #[test]
    fn caps_long_text() {
        let body = format!(
            "<ErrorResponse><Error><Code>X</Code><Message>{}</Message></Error></ErrorResponse>",
            "é".repeat(MAX_TEXT_BYTES)
        );
        let r = parse(&body).unwrap();
        assert!(r.first().message().unwrap().len() <= MAX_TEXT_BYTES);
    }

    #[test]
    fn refuses_what_is_not_an_error_document() {
        let kind = |s: &str| parse(s).unwrap_err().kind().clone();
        assert_eq!(kind(""), ParseErrorKind::Empty);
        assert_eq!(kind("  \n "), ParseErrorKind::Empty);
        assert_eq!(
            kind("InvalidOrderReferenceStatus: not confirmed"),
            ParseErrorKind::NotXml
        );
        assert_eq!(
            kind("<ErrorResponse><Error><Code>X</Code>"),
            ParseErrorKind::Truncated
        );
        assert_eq!(
            kind("<html><body>502</body></html>"),
            ParseErrorKind::NotErrorResponse("html".into())
        );
        assert_eq!(
            kind("<ErrorResponse><Error><Type/></Error></ErrorResponse>"),
            ParseErrorKind::NoCode
        );
        assert_eq!(kind("<ErrorResponse/>"), ParseErrorKind::NoCode);
        assert_eq!(
            kind(&format!("<ErrorResponse>{}", "<a>".repeat(100))),
            ParseErrorKind::TooDeep
        );
        assert!(matches!(
            kind("<ErrorResponse></Other>"),
            ParseErrorKind::Malformed(_)
        ));
        assert_eq!(
            ErrorResponse::parse(b"<a>\xff</a>").unwrap_err().kind(),
            &ParseErrorKind::NotUtf8
        );
    }

    #[test]
    fn does_not_expand_dtd_entities() {
        let body = "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>\
                    <ErrorResponse><Error><Code>X</Code><Message>&b;</Message></Error></ErrorResponse>";
        let r = parse(body).unwrap();
        assert_eq!(r.first().message(), Some("&b;"));
    }
}
