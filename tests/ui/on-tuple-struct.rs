use amzpay_errors::ErrorSpec;

#[derive(ErrorSpec)]
#[error_spec(path = "specs/minimal.yaml")]
pub struct Errors(u8);

fn main() {}
