//! [`BuyerView`]: what a buyer sees in a widget when an error happens there.

/// What the buyer sees in one widget, as the spec records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BuyerView {
    /// This exact text, character for character.
    Message(&'static str),
    /// No text; the string says what happens instead (the widget does not appear, say).
    Nothing(&'static str),
    /// No source says what the buyer sees. Not the same as `Nothing`.
    Unknown,
}

impl BuyerView {
    /// The text shown, if the spec records one.
    #[must_use]
    pub const fn message(self) -> Option<&'static str> {
        match self {
            BuyerView::Message(m) => Some(m),
            BuyerView::Nothing(_) | BuyerView::Unknown => None,
        }
    }

    /// Whether a source says what the buyer sees.
    #[must_use]
    pub const fn is_known(self) -> bool {
        !matches!(self, BuyerView::Unknown)
    }
}
