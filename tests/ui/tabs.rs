use amzpay_errors::ErrorSpec;

#[derive(ErrorSpec)]
#[error_spec(path = "specs/tabs.yaml")]
pub struct Errors;

fn main() {}
