use amzpay_errors::ErrorSpec;

#[derive(ErrorSpec)]
#[error_spec(path = "specs/does-not-exist.yaml")]
pub struct Errors;

fn main() {}
