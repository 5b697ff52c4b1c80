use amzpay_errors::ErrorSpec;

#[derive(ErrorSpec)]
#[error_spec(path = "specs/not-utf8.yaml")]
pub struct Errors;

fn main() {}
