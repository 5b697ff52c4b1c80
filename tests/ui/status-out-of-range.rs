use amzpay_errors::ErrorSpec;

#[derive(ErrorSpec)]
#[error_spec(path = "specs/status-out-of-range.yaml")]
pub struct Errors;

fn main() {}
