// A dependent crate's own spec: only the sections it declares are generated, a code named
// `None` works, and nothing is assumed about what is in scope where the derive expands.
#![no_implicit_prelude]

mod errors {
    #[derive(::amzpay_errors::ErrorSpec)]
    #[error_spec(path = "../specs/minimal.yaml")]
    pub struct MyErrors;
}

// Items with the names the generated code could trip on.
#[allow(dead_code)]
struct Option;
#[allow(dead_code)]
struct Result;
#[allow(dead_code)]
mod core {}

fn main() {
    use ::core::assert_eq;
    use ::core::str::FromStr;
    use errors::ApiErrorCode;
    assert_eq!(ApiErrorCode::COUNT, 2);
    assert_eq!(ApiErrorCode::from_str("None"), ::core::result::Result::Ok(ApiErrorCode::None));
    assert_eq!(ApiErrorCode::Throttled.http_status(), ::core::option::Option::Some(429));
    assert_eq!(ApiErrorCode::None.http_status(), ::core::option::Option::None);
}
