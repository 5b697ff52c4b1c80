//! [`Api`]: which Amazon Pay API a response came from.

use core::fmt;

/// The Amazon Pay API generation a request went to. A status alone cannot tell them apart
/// (a 429 or a proxy's HTML page looks the same from both), so callers say which.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Api {
    /// The v1 API (MWS `OffAmazonPayments`, XML `ErrorResponse` bodies).
    V1,
    /// The v2 API (Checkout v2, JSON `{"reasonCode", "message"}` bodies).
    V2,
}

impl Api {
    /// `"v1"` or `"v2"`, as in the spec (`retry_in: [v1, v2]`).
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Api::V1 => "v1",
            Api::V2 => "v2",
        }
    }
}

impl fmt::Display for Api {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
