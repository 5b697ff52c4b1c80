use amzpay_errors::ErrorSpec;

#[derive(ErrorSpec)]
#[error_spec(path = "specs/yaml11-bool.yaml")]
pub struct Errors;

fn main() {}
