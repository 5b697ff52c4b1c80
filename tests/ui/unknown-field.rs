use amzpay_errors::ErrorSpec;

#[derive(ErrorSpec)]
#[error_spec(path = "specs/unknown-field.yaml")]
pub struct Errors;

fn main() {}
