use amzpay_errors::ErrorSpec;

#[derive(ErrorSpec)]
#[error_spec(path = "specs/identifier-collision.yaml")]
pub struct Errors;

fn main() {}
