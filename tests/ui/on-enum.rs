use amzpay_errors::ErrorSpec;

#[derive(ErrorSpec)]
#[error_spec(path = "specs/minimal.yaml")]
pub enum Errors {}

fn main() {}
