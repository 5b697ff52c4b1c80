use amzpay_errors::ErrorSpec;

#[derive(ErrorSpec)]
#[error_spec(path = "specs/string-status.yaml")]
pub struct Errors;

fn main() {}
