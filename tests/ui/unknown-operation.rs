use amzpay_errors::ErrorSpec;

#[derive(ErrorSpec)]
#[error_spec(path = "specs/unknown-operation.yaml")]
pub struct Errors;

fn main() {}
