use amzpay_errors::ErrorSpec;

#[derive(ErrorSpec)]
#[error_spec(path = "specs/bad-identifier.yaml")]
pub struct Errors;

fn main() {}
