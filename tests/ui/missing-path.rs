use amzpay_errors::ErrorSpec;

#[derive(ErrorSpec)]
pub struct Errors;

fn main() {}
