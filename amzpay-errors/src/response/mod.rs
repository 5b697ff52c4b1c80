//! [`AmazonPayError`]: what went wrong, from any response an Amazon Pay request can get.
//!
//! One entry point, [`AmazonPayError::from_response`], takes the API the request went to,
//! the HTTP status, the headers and the body, and always gives a value: a v1 XML
//! `ErrorResponse`, a v2 JSON `{"reasonCode", "message"}`, or what a proxy sends (an HTML
//! page, an empty body, plain text, a truncated document, bytes that are not UTF-8). It
//! never panics and keeps what it stores bounded.

mod body;
#[cfg(feature = "json")]
mod v2;

use std::fmt;

use crate::{Api, ApiErrorCode, HttpStatus, RetryGuidance, RetryKind, V2ReasonCode};

/// How many bytes of a code are kept.
pub const MAX_CODE_BYTES: usize = 128;
/// How many bytes of a message are kept.
pub const MAX_MESSAGE_BYTES: usize = 1024;
/// How many bytes of a request id are kept.
pub const MAX_REQUEST_ID_BYTES: usize = 128;

/// The header v2 responses carry their request id in.
pub const V2_REQUEST_ID_HEADER: &str = "x-amz-pay-request-id";

/// The code of an error, known to the catalogue or not.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Code {
    /// A v1 code the catalogue knows.
    V1(ApiErrorCode),
    /// A v2 reason code the catalogue knows.
    V2(V2ReasonCode),
    /// A code Amazon sent that the catalogue does not know yet, kept as sent (capped).
    /// It is still an Amazon code: it is classified by the HTTP status.
    Unknown(String),
}

impl Code {
    /// Reads `raw` as a code of `api`'s catalogue; an unknown one is kept.
    #[must_use]
    pub fn parse(api: Api, raw: &str) -> Self {
        let known = match api {
            Api::V1 => raw.parse().ok().map(Code::V1),
            Api::V2 => raw.parse().ok().map(Code::V2),
        };
        known.unwrap_or_else(|| Code::Unknown(cap(raw, MAX_CODE_BYTES)))
    }

    /// The code as Amazon sent it.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Code::V1(c) => c.as_str(),
            Code::V2(c) => c.as_str(),
            Code::Unknown(s) => s,
        }
    }

    /// The catalogue's retry guidance; `None` for an unknown code.
    #[must_use]
    pub fn retry_guidance(&self) -> Option<RetryGuidance> {
        match self {
            Code::V1(c) => Some(c.retry_guidance()),
            Code::V2(c) => Some(c.retry_guidance()),
            Code::Unknown(_) => None,
        }
    }

    /// The catalogue's retry kind; `None` for an unknown code.
    #[must_use]
    pub fn retry_kind(&self) -> Option<RetryKind> {
        match self {
            Code::V1(c) => Some(c.retry_kind()),
            Code::V2(c) => Some(c.retry_kind()),
            Code::Unknown(_) => None,
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What the body was.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum BodyKind {
    /// A v1 XML `ErrorResponse`.
    V1Xml,
    /// A v2 JSON error object.
    V2Json,
    /// An HTML page (a proxy's or a load balancer's).
    Html,
    /// Nothing, or only whitespace.
    Empty,
    /// Plain text; a code it starts with is kept.
    PlainText,
    /// Something else, or a document that does not parse; the string says what.
    Unreadable(String),
}

/// An error response from Amazon Pay (or from something in between), read and bounded.
///
/// One pointer wide (the fields are boxed), so that `Result<T, AmazonPayError>` stays small.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AmazonPayError(Box<Inner>);

#[derive(Debug, Clone, PartialEq, Eq)]
struct Inner {
    api: Api,
    status: u16,
    code: Option<Code>,
    message: Option<String>,
    request_id: Option<String>,
    retry_after: Option<String>,
    body: BodyKind,
    more_errors: usize,
}

impl AmazonPayError {
    /// Reads a response. `headers` are name/value pairs as any HTTP client gives them
    /// (names in any case); `body` is the raw bytes.
    ///
    /// ```
    /// use amzpay_errors::response::{AmazonPayError, BodyKind, Code};
    /// use amzpay_errors::{Api, V2ReasonCode};
    ///
    /// let err = AmazonPayError::from_response(
    ///     Api::V2,
    ///     429,
    ///     [("X-Amz-Pay-Request-Id", "req-1")],
    ///     br#"{"reasonCode":"TooManyRequests","message":"Slow down"}"#,
    /// );
    /// assert_eq!(err.code(), Some(&Code::V2(V2ReasonCode::TooManyRequests)));
    /// assert_eq!(err.request_id(), Some("req-1"));
    /// assert!(err.decide().retry);
    ///
    /// let proxy = AmazonPayError::from_response(Api::V1, 502, [("content-type", "text/html")], b"<html><body>Bad gateway</body></html>");
    /// assert_eq!(proxy.body_kind(), &BodyKind::Html);
    /// assert_eq!(proxy.code(), None);
    /// assert!(proxy.decide().retry);
    /// ```
    pub fn from_response<I, K, V>(api: Api, status: u16, headers: I, body: &[u8]) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: AsRef<str>,
        V: AsRef<[u8]>,
    {
        let mut header_request_id = None;
        let mut retry_after = None;
        for (name, value) in headers {
            let name = name.as_ref();
            let value = value.as_ref();
            if name.eq_ignore_ascii_case(V2_REQUEST_ID_HEADER) {
                header_request_id = header_text(value, MAX_REQUEST_ID_BYTES);
            } else if name.eq_ignore_ascii_case("retry-after") {
                retry_after = header_text(value, 64);
            }
        }
        let parsed = body::read(api, body);
        let code = parsed.code.as_deref().map(|c| Code::parse(api, c));
        let message = parsed
            .message
            .map(|m| redact(code.as_ref(), capped(m, MAX_MESSAGE_BYTES)));
        AmazonPayError(Box::new(Inner {
            api,
            status,
            request_id: parsed
                .request_id
                .map(|r| capped(r, MAX_REQUEST_ID_BYTES))
                .or(header_request_id),
            code,
            message,
            retry_after,
            body: parsed.kind,
            more_errors: parsed.more_errors,
        }))
    }

    /// The API the request went to.
    #[must_use]
    pub fn api(&self) -> Api {
        self.0.api
    }

    /// The HTTP status.
    #[must_use]
    pub fn status(&self) -> u16 {
        self.0.status
    }

    /// The code, when the body had one.
    #[must_use]
    pub fn code(&self) -> Option<&Code> {
        self.0.code.as_ref()
    }

    /// The message (capped at [`MAX_MESSAGE_BYTES`]; redacted where it would carry secrets,
    /// as the v2 `InvalidRequestSignature` message carries the signed string).
    #[must_use]
    pub fn message(&self) -> Option<&str> {
        self.0.message.as_deref()
    }

    /// The request id: from the body (v1) or the `x-amz-pay-request-id` header (v2).
    #[must_use]
    pub fn request_id(&self) -> Option<&str> {
        self.0.request_id.as_deref()
    }

    /// The `Retry-After` header as sent, if any.
    #[must_use]
    pub fn retry_after(&self) -> Option<&str> {
        self.0.retry_after.as_deref()
    }

    /// What the body was.
    #[must_use]
    pub fn body_kind(&self) -> &BodyKind {
        &self.0.body
    }

    /// How many further errors a v1 body held after the first.
    #[must_use]
    pub fn more_errors(&self) -> usize {
        self.0.more_errors
    }

    /// Whether a retry may help, and of what kind the failure is. See
    /// [`decide`](crate::retry::decide) for the rules.
    #[must_use]
    pub fn decide(&self) -> crate::retry::Verdict {
        crate::retry::decide(self.0.api, self.0.status, self.0.code.as_ref())
    }

    /// The documented status, if the spec documents this one.
    #[must_use]
    pub fn documented_status(&self) -> Option<HttpStatus> {
        HttpStatus::from_u16(self.0.status)
    }
}

impl fmt::Display for AmazonPayError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Amazon Pay {} error: HTTP {}", self.0.api, self.0.status)?;
        if let Some(code) = &self.0.code {
            write!(f, " {}", code.as_str().escape_debug())?;
        }
        if let Some(message) = &self.0.message {
            write!(f, ": {}", message.escape_debug())?;
        }
        if let Some(id) = &self.0.request_id {
            write!(f, " (request id {})", id.escape_debug())?;
        }
        Ok(())
    }
}

impl std::error::Error for AmazonPayError {}

/// Messages that must not reach a log whole.
fn redact(code: Option<&Code>, message: String) -> String {
    match code {
        // Its message carries the string that was signed and the signature.
        Some(Code::V2(V2ReasonCode::InvalidRequestSignature)) => {
            "[redacted: the message carries the signed string and the signature]".to_owned()
        }
        _ => message,
    }
}

/// `s` owned and cut to at most `max` bytes, copying only a borrowed string.
fn capped(s: std::borrow::Cow<'_, str>, max: usize) -> String {
    match s {
        std::borrow::Cow::Borrowed(b) => cap(b, max),
        std::borrow::Cow::Owned(mut o) => {
            crate::text::truncate(&mut o, max);
            o
        }
    }
}

fn header_text(value: &[u8], max: usize) -> Option<String> {
    let text = std::str::from_utf8(value).ok()?.trim();
    (!text.is_empty()).then(|| cap(text, max))
}

/// `s` cut to at most `max` bytes, at a character boundary.
pub(crate) fn cap(s: &str, max: usize) -> String {
    crate::text::prefix(s, max).to_owned()
}

#[cfg(feature = "http")]
impl AmazonPayError {
    /// Reads an [`http::Response`] (feature `http`).
    #[must_use]
    pub fn from_http_response<B: AsRef<[u8]>>(api: Api, response: &http::Response<B>) -> Self {
        Self::from_response(
            api,
            response.status().as_u16(),
            response
                .headers()
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_bytes())),
            response.body().as_ref(),
        )
    }

    /// Reads a status, an [`http::HeaderMap`] and a body (feature `http`).
    #[must_use]
    pub fn from_parts(
        api: Api,
        status: http::StatusCode,
        headers: &http::HeaderMap,
        body: &[u8],
    ) -> Self {
        Self::from_response(
            api,
            status.as_u16(),
            headers.iter().map(|(k, v)| (k.as_str(), v.as_bytes())),
            body,
        )
    }
}
