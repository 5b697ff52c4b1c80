use amzpay_errors::ErrorSpec;

#[derive(ErrorSpec)]
#[error_spec(path = "specs/string-bool.yaml")]
pub struct Errors;

fn main() {}
