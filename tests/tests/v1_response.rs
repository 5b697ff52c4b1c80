//! The v1 parser on the fixture bodies, as the explain example uses it.

use amzpay_errors::v1::{ErrorResponse, ParseErrorKind};
use amzpay_errors::ApiErrorCode;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn throttled_body_with_empty_type_and_request_id_upper_case() {
    let r = ErrorResponse::parse(&fixture("v1-throttled.xml")).unwrap();
    assert_eq!(r.first().api_code(), Ok(ApiErrorCode::RequestThrottled));
    assert_eq!(r.first().error_type(), None);
    assert_eq!(r.first().message(), Some("Request is throttled"));
    assert_eq!(r.request_id(), Some("4f0c2a9e-7d31-4b8e-9c55-1a2b3c4d5e6f"));
    assert_eq!(r.is_retryable(Some(503)), Some(true));
}

#[test]
fn internal_server_error_with_request_id_camel_case() {
    let r = ErrorResponse::parse(&fixture("v1-internal-server-error.xml")).unwrap();
    assert_eq!(r.first().api_code(), Ok(ApiErrorCode::InternalServerError));
    assert_eq!(r.first().error_type(), Some("Receiver"));
    assert_eq!(r.request_id(), Some("0a1b2c3d-aaaa-4bbb-8ccc-9d8e7f6a5b4c"));
}

#[test]
fn a_code_not_in_the_catalogue_is_kept_and_judged_by_status() {
    let r = ErrorResponse::parse(&fixture("v1-unknown-code.xml")).unwrap();
    assert_eq!(r.first().code(), "OrderReferenceQuarantined");
    assert_eq!(
        r.first().api_code().unwrap_err().input(),
        "OrderReferenceQuarantined"
    );
    assert_eq!(r.is_retryable(Some(405)), Some(false));
    assert_eq!(r.is_retryable(Some(503)), Some(true));
    assert_eq!(r.is_retryable(None), None);
}

#[test]
fn no_namespace_any_order_and_detail() {
    let r = ErrorResponse::parse(&fixture("v1-service-unavailable-detail.xml")).unwrap();
    assert_eq!(r.first().api_code(), Ok(ApiErrorCode::ServiceUnavailable));
    assert_eq!(r.first().detail(), Some("maintenance window"));
    assert_eq!(r.request_id(), Some("c0ffee00-1234-4abc-9def-0123456789ab"));
}

#[test]
fn bodies_that_are_not_error_documents_are_errors() {
    let err = ErrorResponse::parse(&fixture("proxy-502.html")).unwrap_err();
    assert_eq!(
        err.kind(),
        &ParseErrorKind::NotErrorResponse("html".to_owned())
    );
    let err = ErrorResponse::parse(&fixture("v1-truncated.xml")).unwrap_err();
    assert_eq!(err.kind(), &ParseErrorKind::Truncated);
    assert!(err
        .to_string()
        .starts_with("not an Amazon Pay v1 error document"));
}
