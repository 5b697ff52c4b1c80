use amzpay_errors::ErrorSpec;

#[derive(ErrorSpec)]
#[error_spec(path = "specs/minimal.yaml", spec = "other.yaml")]
pub struct Errors;

fn main() {}
