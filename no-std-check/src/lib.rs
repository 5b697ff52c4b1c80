//! The catalogue without the standard library.
#![no_std]

use amzpay_errors::{ApiErrorCode, BuyerView, Widget, WidgetAction, WidgetErrorCode};

#[panic_handler]
fn panic(_: &core::panic::PanicInfo<'_>) -> ! {
    loop {}
}

/// Whether a v1 code is documented as retryable; `None` for a code the catalogue lacks.
pub fn retryable(code: &str) -> Option<bool> {
    code.parse::<ApiErrorCode>()
        .ok()
        .map(ApiErrorCode::is_retryable)
}

/// What to do about a widget error, and the buyer's text in the Wallet.
pub fn widget(code: &str) -> Option<(WidgetAction, BuyerView)> {
    let code: WidgetErrorCode = code.parse().ok()?;
    Some((code.action(), code.buyer_view(Widget::Wallet)))
}

/// The kept input of an unknown code, with no allocation.
pub fn unknown_len(code: &str) -> usize {
    code.parse::<ApiErrorCode>()
        .err()
        .map_or(0, |e| e.input().len())
}
