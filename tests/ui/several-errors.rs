// Every check after parsing reports at once, each at its own line; the placeholder items
// keep code that uses the enums free of follow-on errors.
use amzpay_errors::ErrorSpec;

#[derive(ErrorSpec)]
#[error_spec(path = "specs/several-errors.yaml")]
pub struct Errors;

fn describe(code: WidgetErrorCode) -> &'static str {
    let _ = code.buyer_message(Widget::Button);
    code.as_str()
}

fn main() {
    let _ = describe;
    let _ = WidgetAction::ALL;
}
