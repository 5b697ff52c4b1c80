//! Parses each argument as a v1 code and prints it back: amzpay-errors' side of the
//! binary-size comparison (`build-times.sh`).
fn main() {
    for arg in std::env::args().skip(1) {
        match arg.parse::<amzpay_errors::ApiErrorCode>() {
            Ok(code) => println!("{}", code.as_str()),
            Err(e) => println!("{e}"),
        }
    }
}
