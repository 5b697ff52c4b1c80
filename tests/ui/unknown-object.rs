use amzpay_errors::ErrorSpec;

#[derive(ErrorSpec)]
#[error_spec(path = "specs/unknown-object.yaml")]
pub struct Errors;

fn main() {}
