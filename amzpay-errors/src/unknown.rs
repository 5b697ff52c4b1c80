//! [`UnknownCode`]: the error of parsing a string that is no code of an enum.

use core::fmt;

/// How many bytes of the input an [`UnknownCode`] keeps. Amazon's codes are far shorter;
/// a longer input is cut (at a character boundary) and says so.
pub const KEPT_BYTES: usize = 64;

/// A string that is not a code of the enum it was parsed as.
///
/// It keeps the input (up to [`KEPT_BYTES`], inline, with no heap allocation, so that the
/// miss path of parsing stays cheap) and the name of the enum, so that its message says
/// what was refused and where:
///
/// ```
/// use amzpay_errors::WidgetErrorCode;
///
/// let err = "NoSuchCode".parse::<WidgetErrorCode>().unwrap_err();
/// assert_eq!(err.input(), "NoSuchCode");
/// assert_eq!(err.to_string(), "unknown WidgetErrorCode code \"NoSuchCode\"");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownCode {
    expected: &'static str,
    input_len: usize,
    kept: u8,
    buf: [u8; KEPT_BYTES],
}

impl UnknownCode {
    /// An unknown `input` for the enum named `expected`.
    #[inline]
    #[must_use]
    pub fn new(expected: &'static str, input: &str) -> Self {
        let kept = crate::text::prefix(input, KEPT_BYTES).len();
        let mut buf = [0; KEPT_BYTES];
        buf[..kept].copy_from_slice(&input.as_bytes()[..kept]);
        UnknownCode {
            expected,
            input_len: input.len(),
            // `kept` is at most KEPT_BYTES (64), so it fits.
            kept: kept as u8,
            buf,
        }
    }

    /// The input as kept: all of it, or its first [`KEPT_BYTES`] when
    /// [`is_truncated`](Self::is_truncated).
    #[must_use]
    pub fn input(&self) -> &str {
        // `new` cuts at a character boundary, so the kept bytes are always valid UTF-8.
        core::str::from_utf8(&self.buf[..usize::from(self.kept)]).unwrap_or_default()
    }

    /// Whether the input was longer than what is kept.
    #[must_use]
    pub const fn is_truncated(&self) -> bool {
        self.input_len > self.kept as usize
    }

    /// The length of the whole input, in bytes.
    #[must_use]
    pub const fn input_len(&self) -> usize {
        self.input_len
    }

    /// The name of the enum the input was parsed as (`"WidgetErrorCode"`).
    #[must_use]
    pub const fn expected(&self) -> &'static str {
        self.expected
    }
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown {} code \"{}",
            self.expected,
            self.input().escape_debug()
        )?;
        if self.is_truncated() {
            write!(f, "\u{2026}\" ({} bytes)", self.input_len)
        } else {
            f.write_str("\"")
        }
    }
}

impl fmt::Debug for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UnknownCode")
            .field("expected", &self.expected)
            .field("input", &self.input())
            .field("input_len", &self.input_len)
            .finish()
    }
}

impl core::error::Error for UnknownCode {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_short_input_whole() {
        let e = UnknownCode::new("X", "Nope");
        assert_eq!(e.input(), "Nope");
        assert!(!e.is_truncated());
        assert_eq!(e.input_len(), 4);
    }

    #[test]
    fn cuts_long_input_at_a_char_boundary() {
        let long = format!("{}é{}", "a".repeat(KEPT_BYTES - 1), "b".repeat(100));
        let e = UnknownCode::new("X", &long);
        assert_eq!(e.input(), "a".repeat(KEPT_BYTES - 1));
        assert!(e.is_truncated());
        assert_eq!(e.input_len(), long.len());
        assert!(e
            .to_string()
            .ends_with(&format!("\u{2026}\" ({} bytes)", long.len())));
    }

    #[test]
    fn escapes_control_characters_in_its_message() {
        let e = UnknownCode::new("X", "a\nb\"");
        assert_eq!(e.to_string(), "unknown X code \"a\\nb\\\"\"");
    }
}
