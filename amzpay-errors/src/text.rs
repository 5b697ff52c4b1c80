//! Cutting text to a byte budget without splitting a character: every cap in this crate
//! (kept codes, messages, request ids, parsed text) goes through here.

/// The longest prefix of `s` of at most `max` bytes that ends on a character boundary.
#[inline]
pub(crate) fn prefix(s: &str, max: usize) -> &str {
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// `s` cut in place to at most `max` bytes, on a character boundary.
#[cfg(feature = "std")]
pub(crate) fn truncate(s: &mut String, max: usize) {
    let end = prefix(s, max).len();
    s.truncate(end);
}
