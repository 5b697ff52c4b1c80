use amzpay_errors::ErrorSpec;

#[derive(ErrorSpec)]
#[error_spec(path = "specs/minimal.yaml", crate = "not a path")]
pub struct Errors;

fn main() {}
