//! `AmazonPayError::from_response` on every kind of body, and the retry decision.

use std::time::{Duration, Instant};

use amzpay_errors::response::{AmazonPayError, BodyKind, Code, MAX_CODE_BYTES, MAX_MESSAGE_BYTES};
use amzpay_errors::retry::{decide, RequestSafety, Retrier, RetryPolicy, StopReason, TestClock};
use amzpay_errors::{Api, ApiErrorCode, Lenient, Operation, RetryKind, V2ReasonCode};

const NO_HEADERS: [(&str, &str); 0] = [];

fn read(api: Api, status: u16, body: &[u8]) -> AmazonPayError {
    AmazonPayError::from_response(api, status, NO_HEADERS, body)
}

#[test]
fn v1_bodies_in_their_variants() {
    let namespaced = br#"<ErrorResponse xmlns="http://mws.amazonservices.com/schema/OffAmazonPayments/2013-01-01"><Error><Type/><Code>RequestThrottled</Code><Message>m</Message></Error><RequestID>r-9</RequestID></ErrorResponse>"#;
    let e = read(Api::V1, 503, namespaced);
    assert_eq!(e.body_kind(), &BodyKind::V1Xml);
    assert_eq!(e.code(), Some(&Code::V1(ApiErrorCode::RequestThrottled)));
    assert_eq!(e.request_id(), Some("r-9"));
    assert_eq!(e.decide().kind, RetryKind::Throttling);
    let several = b"<ErrorResponse><Error><Code>InvalidParameterValue</Code></Error><Error><Code>MissingParameter</Code></Error><RequestId>r</RequestId></ErrorResponse>";
    let e = read(Api::V1, 400, several);
    assert_eq!(e.more_errors(), 1);
    assert!(!e.decide().retry);
}

#[test]
fn v2_bodies_take_the_request_id_from_the_header() {
    let e = AmazonPayError::from_response(
        Api::V2,
        400,
        [("x-amz-pay-request-id", &b"abc"[..]), ("Other", b"x")],
        br#"{"reasonCode":"UnrecognizedField","message":"The field 'checkoutMode' is invalid for this API.","extra":{"deep":[1,2,3]}}"#,
    );
    assert_eq!(e.body_kind(), &BodyKind::V2Json);
    assert_eq!(e.code(), Some(&Code::V2(V2ReasonCode::UnrecognizedField)));
    assert_eq!(e.request_id(), Some("abc"));
    assert!(e.message().unwrap().contains("checkoutMode"));
}

#[test]
fn what_is_not_amazons_still_gives_an_answer() {
    let cases: [(&[u8], BodyKind); 6] = [
        (b"", BodyKind::Empty),
        (b"  \r\n\t ", BodyKind::Empty),
        (
            b"<!DOCTYPE html><html><body>504 Gateway Time-out</body></html>",
            BodyKind::Html,
        ),
        (
            b"<ErrorResponse><Error><Code>Request",
            BodyKind::Unreadable("not a well-formed v1 ErrorResponse".into()),
        ),
        (
            b"\xff\xfe\x00garbage",
            BodyKind::Unreadable("the body is not UTF-8".into()),
        ),
        (b"upstream connect error", BodyKind::PlainText),
    ];
    for (body, kind) in cases {
        let e = read(Api::V1, 504, body);
        assert_eq!(e.body_kind(), &kind, "{body:?}");
        assert!(
            e.decide().retry,
            "{body:?}: a 504 is retryable whatever the body"
        );
    }
    let truncated_json = read(Api::V2, 500, br#"{"reasonCode":"InternalServ"#);
    assert_eq!(
        truncated_json.body_kind(),
        &BodyKind::Unreadable("not a well-formed v2 error object".into())
    );
    assert!(truncated_json.decide().retry);
}

#[test]
fn a_plain_text_body_that_starts_with_a_code_keeps_it() {
    let e = read(
        Api::V1,
        400,
        b"InvalidOrderReferenceStatus: The OrderReference is in Draft state",
    );
    assert_eq!(e.body_kind(), &BodyKind::PlainText);
    assert_eq!(
        e.code(),
        Some(&Code::V1(ApiErrorCode::InvalidOrderReferenceStatus))
    );
    assert!(!e.decide().retry);
}

#[test]
fn an_unknown_code_is_kept_and_judged_by_the_status() {
    let e = read(
        Api::V2,
        503,
        br#"{"reasonCode":"BrandNewOutage","message":"x"}"#,
    );
    assert_eq!(e.code(), Some(&Code::Unknown("BrandNewOutage".into())));
    assert!(e.decide().retry);
    let e = read(
        Api::V2,
        418,
        br#"{"reasonCode":"BrandNewTeapot","message":"x"}"#,
    );
    assert!(!e.decide().retry);
}

#[test]
fn the_code_wins_over_a_disagreeing_status() {
    let client = Code::V1(ApiErrorCode::InvalidParameterValue);
    let v = decide(Api::V1, 503, Some(&client));
    assert!(!v.retry);
    assert_eq!(v.kind, RetryKind::Client);
    let throttled = Code::V1(ApiErrorCode::RequestThrottled);
    assert!(decide(Api::V1, 400, Some(&throttled)).retry);
    // Unknown guidance: the status decides.
    let processing = Code::V2(V2ReasonCode::ProcessingFailure);
    assert!(decide(Api::V2, 500, Some(&processing)).retry);
    assert!(!decide(Api::V2, 422, Some(&processing)).retry);
    // Status alone, per API.
    for s in [408, 425, 429] {
        assert!(decide(Api::V2, s, None).retry, "{s}");
        assert!(!decide(Api::V1, s, None).retry, "{s}");
    }
    for s in [500, 502, 503, 504] {
        assert!(
            decide(Api::V1, s, None).retry && decide(Api::V2, s, None).retry,
            "{s}"
        );
    }
    let soft = Code::V2(V2ReasonCode::SoftDeclined);
    let v = decide(Api::V2, 422, Some(&soft));
    assert!(v.retry && v.then_ask_for_another_payment_method);
}

#[test]
fn secrets_in_messages_are_redacted_and_everything_is_capped() {
    let e = read(
        Api::V2,
        403,
        br#"{"reasonCode":"InvalidRequestSignature","message":"Unable to verify signature, signing String [AMZN-PAY-RSASSA-PSS\n541....] , signature [Rc1E....]"}"#,
    );
    assert!(!e.message().unwrap().contains("AMZN-PAY-RSASSA-PSS"));
    assert!(!e.to_string().contains("Rc1E"));
    let long_code = "A".repeat(10_000);
    let long_message = "é".repeat(10_000);
    let body = format!(r#"{{"reasonCode":"{long_code}","message":"{long_message}"}}"#);
    let e = read(Api::V2, 400, body.as_bytes());
    assert!(e.code().unwrap().as_str().len() <= MAX_CODE_BYTES);
    assert!(e.message().unwrap().len() <= MAX_MESSAGE_BYTES);
}

#[test]
fn hostile_bodies_get_an_answer_quickly() {
    let big = vec![b'a'; 10 * 1024 * 1024];
    let deep_json = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let deep_xml = format!("<ErrorResponse>{}", "<a>".repeat(100_000));
    let dtd = "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><ErrorResponse><Error><Code>InternalServerError</Code><Message>&c;</Message></Error></ErrorResponse>";
    let many = format!(
        "<ErrorResponse>{}</ErrorResponse>",
        "<Error><Code>InternalServerError</Code><Message>x</Message></Error>".repeat(10_000)
    );
    let bodies: [(&str, &[u8], Api); 5] = [
        ("10 MB", &big, Api::V1),
        ("deep JSON", deep_json.as_bytes(), Api::V2),
        ("deep XML", deep_xml.as_bytes(), Api::V1),
        ("DTD", dtd.as_bytes(), Api::V1),
        ("10,000 errors", many.as_bytes(), Api::V1),
    ];
    for (what, body, api) in bodies {
        let started = Instant::now();
        let e = read(api, 500, body);
        // Generous: the point is an answer at all, never a hang; debug builds are slow.
        assert!(started.elapsed() < Duration::from_secs(20), "{what}");
        assert!(
            e.message().map_or(0, str::len) <= MAX_MESSAGE_BYTES,
            "{what}"
        );
        assert!(e.decide().retry, "{what}");
    }
    let dtd = read(Api::V1, 500, dtd.as_bytes());
    assert_eq!(dtd.message(), Some("&c;"), "entities are never expanded");
    let many = read(Api::V1, 500, many.as_bytes());
    assert_eq!(many.more_errors(), 9_999);
}

#[test]
fn http_types_are_read_directly() {
    let response = http::Response::builder()
        .status(503)
        .header("retry-after", "3")
        .body(
            br#"<ErrorResponse><Error><Code>ServiceUnavailable</Code></Error></ErrorResponse>"#
                .to_vec(),
        )
        .unwrap();
    let e = AmazonPayError::from_http_response(Api::V1, &response);
    assert_eq!(e.code(), Some(&Code::V1(ApiErrorCode::ServiceUnavailable)));
    assert_eq!(e.retry_after(), Some("3"));
}

#[test]
fn a_lenient_code_never_fails() {
    assert_eq!(
        Lenient::<ApiErrorCode>::parse("RequestThrottled").known(),
        Some(ApiErrorCode::RequestThrottled)
    );
    assert_eq!(Lenient::<ApiErrorCode>::parse("Future").as_str(), "Future");
}

#[test]
fn the_policy_limits_time_and_attempts() {
    let clock = TestClock::new();
    let retrier = Retrier::new(RetryPolicy::default().with_max_total(Duration::from_secs(10)))
        .with_clock(&clock);
    let safety = RequestSafety::ReadOnly;
    let outcome: amzpay_errors::retry::Outcome<()> =
        retrier.run(&safety, |_| Err(read(Api::V1, 503, b"")));
    // 1 + 2 + 4 = 7 s fits in 10 s; the next wait (10 s) would not.
    assert_eq!(clock.slept(), [1, 2, 4].map(Duration::from_secs));
    assert_eq!(outcome.result.unwrap_err().stop, StopReason::OutOfTime);

    let clock = TestClock::new();
    let retrier = Retrier::new(RetryPolicy::default().with_max_attempts(2)).with_clock(&clock);
    let outcome: amzpay_errors::retry::Outcome<()> =
        retrier.run(&safety, |_| Err(read(Api::V1, 503, b"")));
    assert_eq!(outcome.attempts.len(), 2);
    assert_eq!(outcome.result.unwrap_err().stop, StopReason::Exhausted);
}

#[test]
fn a_retry_after_date_is_read_on_the_clock() {
    let clock = TestClock::new(); // 2026-01-01T00:00:00Z
    let retrier = Retrier::new(RetryPolicy::default()).with_clock(&clock);
    let mut first = true;
    let outcome = retrier.run(&RequestSafety::ReadOnly, |_| {
        if std::mem::take(&mut first) {
            Err(AmazonPayError::from_response(
                Api::V2,
                503,
                [("Retry-After", "Thu, 01 Jan 2026 00:00:05 GMT")],
                b"",
            ))
        } else {
            Ok(())
        }
    });
    assert!(outcome.result.is_ok());
    assert_eq!(clock.slept(), [Duration::from_secs(5)]);
}

#[test]
fn the_async_runner_needs_no_particular_runtime() {
    use std::future::Future;
    use std::pin::pin;
    use std::sync::Arc;
    use std::task::{Context, Poll, Wake, Waker};

    struct Noop;
    impl Wake for Noop {
        fn wake(self: Arc<Self>) {}
    }
    fn block_on<F: Future>(f: F) -> F::Output {
        let waker = Waker::from(Arc::new(Noop));
        let mut cx = Context::from_waker(&waker);
        let mut f = pin!(f);
        loop {
            if let Poll::Ready(v) = f.as_mut().poll(&mut cx) {
                return v;
            }
        }
    }

    let clock = TestClock::new();
    let retrier = Retrier::new(RetryPolicy::default()).with_clock(&clock);
    let safety = RequestSafety::v1(Operation::Refund, Some("refund-1"));
    let waits = std::cell::RefCell::new(Vec::new());
    let outcome = block_on(retrier.run_async(
        &safety,
        |attempt| {
            let n = attempt.number();
            async move {
                if n < 3 {
                    Err(read(Api::V1, 500, b""))
                } else {
                    Ok(n)
                }
            }
        },
        |d| {
            waits.borrow_mut().push(d);
            clock.advance(d);
            std::future::ready(())
        },
    ));
    assert_eq!(outcome.result.unwrap(), 3);
    assert_eq!(*waits.borrow(), [1, 2].map(Duration::from_secs));
}
