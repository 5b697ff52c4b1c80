//! [`RetryKind`]: why a request failed, as far as retrying is concerned.

use core::fmt;

/// The kind of a failure, in the four kinds the AWS SDKs use; it decides how a retry
/// waits (a throttled request should slow down, a transient fault just try again).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RetryKind {
    /// A passing fault on the way (a gateway, a timeout, a short outage).
    Transient,
    /// The caller sent too much; slow down before retrying.
    Throttling,
    /// The service failed on its side.
    Server,
    /// The request itself is wrong; a retry sends the same mistake again.
    Client,
}

impl RetryKind {
    /// The kind in words, as in the spec (`retry_kind: throttling`).
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            RetryKind::Transient => "transient",
            RetryKind::Throttling => "throttling",
            RetryKind::Server => "server",
            RetryKind::Client => "client",
        }
    }
}

impl fmt::Display for RetryKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
