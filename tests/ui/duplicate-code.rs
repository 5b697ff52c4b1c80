use amzpay_errors::ErrorSpec;

#[derive(ErrorSpec)]
#[error_spec(path = "specs/duplicate-code.yaml")]
pub struct Errors;

fn main() {}
