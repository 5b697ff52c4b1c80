// `crate = "..."` names the runtime crate through a re-export.
mod runtime {
    pub use amzpay_errors::*;
}

#[derive(amzpay_errors::ErrorSpec)]
#[error_spec(path = "../specs/minimal.yaml", crate = "crate::runtime")]
pub struct MyErrors;

fn main() {
    assert_eq!("Throttled".parse::<ApiErrorCode>(), Ok(ApiErrorCode::Throttled));
    assert!(<ApiErrorCode as runtime::ErrorCode>::is_retryable(ApiErrorCode::Throttled));
}
