// The enums are exhaustive: a match that misses a code does not compile.
use amzpay_errors::WidgetErrorCode;

fn handle(code: WidgetErrorCode) -> &'static str {
    match code {
        WidgetErrorCode::Itp => "ignore",
        WidgetErrorCode::BuyerSessionExpired => "restart",
    }
}

fn main() {
    let _ = handle;
}
