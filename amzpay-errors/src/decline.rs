//! [`Decline`]: whether a state reason is a soft or a hard decline.

use core::fmt;

/// Whether a reason code declines a payment softly (another attempt may work) or hard
/// (the buyer must change the payment method).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Decline {
    /// Another attempt may succeed.
    Soft,
    /// Retrying will not succeed; the buyer must choose another payment method.
    Hard,
    /// Soft or hard is decided per response by its `SoftDecline` flag (v1
    /// `InvalidPaymentMethod`).
    BySoftDeclineFlag,
    /// The reason is not a decline (a closed or canceled object, say).
    NotADecline,
    /// No source says.
    Unknown,
}

impl Decline {
    /// The value in words, as in the spec (`decline: by_soft_decline_flag`).
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Decline::Soft => "soft",
            Decline::Hard => "hard",
            Decline::BySoftDeclineFlag => "by the SoftDecline flag",
            Decline::NotADecline => "not a decline",
            Decline::Unknown => "unknown",
        }
    }

    /// With the `SoftDecline` flag of a response, whether this decline is soft: `None`
    /// when it is no decline or nobody says.
    #[must_use]
    pub const fn is_soft(self, soft_decline_flag: Option<bool>) -> Option<bool> {
        match self {
            Decline::Soft => Some(true),
            Decline::Hard => Some(false),
            Decline::BySoftDeclineFlag => soft_decline_flag,
            Decline::NotADecline | Decline::Unknown => None,
        }
    }
}

impl fmt::Display for Decline {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
