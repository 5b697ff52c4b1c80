use amzpay_errors::ErrorSpec;

#[derive(ErrorSpec)]
#[error_spec(path = "specs/missing-field.yaml")]
pub struct Errors;

fn main() {}
