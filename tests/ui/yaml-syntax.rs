use amzpay_errors::ErrorSpec;

#[derive(ErrorSpec)]
#[error_spec(path = "specs/yaml-syntax.yaml")]
pub struct Errors;

fn main() {}
