//! The same as size-amzpay with the strum enum.
fn main() {
    for arg in std::env::args().skip(1) {
        match arg.parse::<amzpay_errors_benches::StrumCode>() {
            Ok(code) => println!("{}", <&'static str>::from(code)),
            Err(e) => println!("{e}"),
        }
    }
}
