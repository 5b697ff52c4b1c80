//! When a request may be repeated: read-only operations, and writes that carry their
//! idempotency key (the reference id of v1, the `x-amz-pay-idempotency-key` header of v2).

use std::fmt;

use crate::Operation;

/// Whether a request can be sent again without acting twice, and with which key.
///
/// The runner is given this once and hands the same key to every attempt, so that the key
/// cannot change between attempts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RequestSafety {
    /// An operation that only reads: repeating it is harmless.
    ReadOnly,
    /// A write carrying its idempotency key: a repeat returns the first result.
    Idempotent {
        /// The parameter or header that carries the key (`CaptureReferenceId`).
        key_name: &'static str,
        /// Its value, the same on every attempt.
        key: String,
    },
    /// Not safe to repeat; the string says why.
    Unsafe(String),
}

impl RequestSafety {
    /// A v1 operation with the value of its idempotency key, if the caller has one.
    ///
    /// ```
    /// use amzpay_errors::{retry::RequestSafety, Operation};
    ///
    /// assert!(RequestSafety::v1(Operation::GetOrderReferenceDetails, None).is_safe());
    /// assert!(RequestSafety::v1(Operation::Capture, Some("capture-42")).is_safe());
    /// let unsafe_capture = RequestSafety::v1(Operation::Capture, None);
    /// assert!(!unsafe_capture.is_safe());
    /// assert_eq!(
    ///     unsafe_capture.why_unsafe(),
    ///     Some("Capture is not read-only and carries no CaptureReferenceId: a retry could act twice"),
    /// );
    /// ```
    #[must_use]
    pub fn v1(operation: Operation, key: Option<&str>) -> Self {
        if operation.is_read_only() {
            return RequestSafety::ReadOnly;
        }
        match (
            operation.idempotency_key(),
            key.filter(|k| !k.trim().is_empty()),
        ) {
            (Some(key_name), Some(key)) => RequestSafety::Idempotent {
                key_name,
                key: key.to_owned(),
            },
            (Some(key_name), None) => RequestSafety::Unsafe(format!(
                "{} is not read-only and carries no {key_name}: a retry could act twice",
                operation.as_str()
            )),
            (None, _) => RequestSafety::Unsafe(format!(
                "{} is not read-only and no source names an idempotency key for it",
                operation.as_str()
            )),
        }
    }

    /// A v2 request: a read (GET) is safe; a write (POST) is safe only with its
    /// `x-amz-pay-idempotency-key`.
    #[must_use]
    pub fn v2(read_only: bool, key: Option<&V2IdempotencyKey>) -> Self {
        match (read_only, key) {
            (true, _) => RequestSafety::ReadOnly,
            (false, Some(key)) => RequestSafety::Idempotent {
                key_name: V2IdempotencyKey::HEADER,
                key: key.as_str().to_owned(),
            },
            (false, None) => RequestSafety::Unsafe(format!(
                "a v2 write without an {} header: a retry could act twice",
                V2IdempotencyKey::HEADER
            )),
        }
    }

    /// Whether a retry is allowed.
    #[must_use]
    pub fn is_safe(&self) -> bool {
        !matches!(self, RequestSafety::Unsafe(_))
    }

    /// Why a retry is not allowed, when it is not.
    #[must_use]
    pub fn why_unsafe(&self) -> Option<&str> {
        match self {
            RequestSafety::Unsafe(why) => Some(why),
            _ => None,
        }
    }

    /// The key every attempt must send, if any.
    #[must_use]
    pub fn key(&self) -> Option<&str> {
        match self {
            RequestSafety::Idempotent { key, .. } => Some(key),
            _ => None,
        }
    }
}

/// A valid v2 idempotency key: 1 to 32 characters of `A-Z a-z 0-9 - _`. (A hyphenated
/// UUID has 36 and is refused by Amazon.)
///
/// ```
/// use amzpay_errors::retry::V2IdempotencyKey;
///
/// assert!(V2IdempotencyKey::new("order-1234_retry").is_ok());
/// assert!(V2IdempotencyKey::new("123e4567-e89b-12d3-a456-426614174000").is_err()); // 36
/// assert!(V2IdempotencyKey::new("has space").is_err());
/// assert_eq!(V2IdempotencyKey::generate().as_str().len(), 32);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct V2IdempotencyKey(String);

impl V2IdempotencyKey {
    /// The header that carries it.
    pub const HEADER: &'static str = "x-amz-pay-idempotency-key";
    /// The longest key Amazon accepts.
    pub const MAX_LEN: usize = 32;

    /// Checks `key` before any request is sent.
    ///
    /// # Errors
    /// [`InvalidIdempotencyKey`] when it is empty, longer than 32 characters, or holds a
    /// character other than `A-Z a-z 0-9 - _`.
    pub fn new(key: &str) -> Result<Self, InvalidIdempotencyKey> {
        if key.is_empty() {
            return Err(InvalidIdempotencyKey::Empty);
        }
        if let Some(c) = key
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
        {
            return Err(InvalidIdempotencyKey::BadChar(c));
        }
        if key.len() > Self::MAX_LEN {
            return Err(InvalidIdempotencyKey::TooLong(key.len()));
        }
        Ok(V2IdempotencyKey(key.to_owned()))
    }

    /// A fresh random key of 32 letters and digits (from the standard library's random
    /// seed; unique, not secret).
    #[must_use]
    pub fn generate() -> Self {
        const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        let mut random = Random::new();
        let key = (0..Self::MAX_LEN)
            .map(|_| {
                let i = usize::try_from(random.next() % ALPHABET.len() as u64).unwrap_or(0);
                char::from(ALPHABET[i])
            })
            .collect();
        V2IdempotencyKey(key)
    }

    /// The key.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for V2IdempotencyKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Why a v2 idempotency key was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InvalidIdempotencyKey {
    /// The key is empty.
    Empty,
    /// The key has this many bytes, more than 32.
    TooLong(usize),
    /// The key holds this character, which is not `A-Z a-z 0-9 - _`.
    BadChar(char),
}

impl fmt::Display for InvalidIdempotencyKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InvalidIdempotencyKey::Empty => f.write_str("the v2 idempotency key is empty"),
            InvalidIdempotencyKey::TooLong(n) => write!(
                f,
                "the v2 idempotency key has {n} characters; Amazon accepts at most 32 (a hyphenated UUID has 36)"
            ),
            InvalidIdempotencyKey::BadChar(c) => write!(
                f,
                "the v2 idempotency key holds {:?}; only A-Z a-z 0-9 - _ are accepted",
                c
            ),
        }
    }
}

impl std::error::Error for InvalidIdempotencyKey {}

/// A small pseudo-random stream seeded by the standard library's per-process random keys
/// (`RandomState`), so that the crate needs no random-number dependency.
pub(crate) struct Random {
    state: u64,
}

impl Random {
    pub(crate) fn new() -> Self {
        use std::hash::{BuildHasher, Hasher};
        use std::sync::atomic::{AtomicU64, Ordering};
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
        Random {
            state: h.finish() | 1,
        }
    }

    /// splitmix64.
    pub(crate) fn next(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `[0, 1)`.
    pub(crate) fn unit(&mut self) -> f64 {
        // 53 random bits, the precision of an f64.
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_keys_are_valid_and_differ() {
        let a = V2IdempotencyKey::generate();
        let b = V2IdempotencyKey::generate();
        assert_ne!(a, b);
        assert_eq!(V2IdempotencyKey::new(a.as_str()), Ok(a));
    }

    #[test]
    fn keys_are_checked() {
        assert_eq!(V2IdempotencyKey::new(""), Err(InvalidIdempotencyKey::Empty));
        assert_eq!(
            V2IdempotencyKey::new(&"a".repeat(33)),
            Err(InvalidIdempotencyKey::TooLong(33))
        );
        assert!(V2IdempotencyKey::new(&"a".repeat(32)).is_ok());
        assert_eq!(
            V2IdempotencyKey::new("é"),
            Err(InvalidIdempotencyKey::BadChar('é'))
        );
    }

    #[test]
    fn unit_is_in_range() {
        let mut r = Random::new();
        assert!((0..10_000)
            .map(|_| r.unit())
            .all(|x| (0.0..1.0).contains(&x)));
    }
}
