//! Links the `inspect_*` functions so that `build-times.sh` can read their machine code.
use std::hint::black_box;

fn main() {
    let code = black_box(amzpay_errors::ApiErrorCode::RequestThrottled);
    let widget = black_box(amzpay_errors::WidgetErrorCode::Itp);
    let n = amzpay_errors_benches::inspect_as_str(code).len()
        + amzpay_errors_benches::inspect_description(code).len()
        + usize::from(amzpay_errors_benches::inspect_is_retryable(code))
        + amzpay_errors_benches::inspect_buyer_message(
            widget,
            black_box(amzpay_errors::Widget::Wallet),
        )
        .map_or(0, str::len);
    println!("{n}");
}
