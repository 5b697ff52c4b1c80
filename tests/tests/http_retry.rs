//! The retry runner against a real HTTP server on 127.0.0.1 with a real HTTP client
//! (ureq, plain HTTP), as a dependent crate would use them. A test clock makes the waits
//! instant and exact.

use std::time::Duration;

use amzpay_errors::response::{AmazonPayError, BodyKind, Code};
use amzpay_errors::retry::{
    RequestSafety, Retrier, RetryPolicy, StopReason, TestClock, V2IdempotencyKey,
};
use amzpay_errors::{Api, ApiErrorCode, Operation, V2ReasonCode};
use amzpay_errors_tests::{Reply, ScriptedServer};

const THROTTLED: &str = r#"<ErrorResponse xmlns="http://mws.amazonservices.com/schema/OffAmazonPayments/2013-01-01"><Error><Type></Type><Code>RequestThrottled</Code><Message>Request is throttled</Message></Error><RequestID>t-1</RequestID></ErrorResponse>"#;
const BAD_PARAMETER: &str = r#"<ErrorResponse><Error><Type>Sender</Type><Code>InvalidParameterValue</Code><Message>CaptureAmount is invalid</Message></Error><RequestId>b-1</RequestId></ErrorResponse>"#;
const INTERNAL: &str = r#"<ErrorResponse><Error><Type>Receiver</Type><Code>InternalServerError</Code><Message>Try again</Message></Error><RequestId>i-1</RequestId></ErrorResponse>"#;
const CAPTURED: &str = "<CaptureResponse><CaptureResult/></CaptureResponse>";

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(10)))
        .build()
        .into()
}

/// One v1 POST: a success body, or the error read from the response.
fn post_v1(
    agent: &ureq::Agent,
    url: &str,
    key_name: &str,
    key: Option<&str>,
) -> Result<String, AmazonPayError> {
    let form = match key {
        Some(k) => format!("Action=Capture&{key_name}={k}"),
        None => "Action=Capture".to_owned(),
    };
    let mut response = agent
        .post(url)
        .header("content-type", "application/x-www-form-urlencoded")
        .send(form.as_bytes())
        .expect("the local server answers");
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.body_mut().read_to_vec().expect("a body");
    if status.is_success() {
        Ok(String::from_utf8(body).unwrap())
    } else {
        Err(AmazonPayError::from_parts(Api::V1, status, &headers, &body))
    }
}

fn secs(list: &[u64]) -> Vec<Duration> {
    list.iter().map(|s| Duration::from_secs(*s)).collect()
}

#[test]
fn throttled_twice_then_success_waits_one_then_two_seconds() {
    let server = ScriptedServer::start(vec![
        Reply::new(503, THROTTLED),
        Reply::new(503, ""),
        Reply::new(200, CAPTURED),
    ])
    .unwrap();
    let clock = TestClock::new();
    let retrier = Retrier::new(RetryPolicy::default()).with_clock(&clock);
    let safety = RequestSafety::v1(Operation::Capture, Some("cap-123"));
    let agent = agent();
    let outcome = retrier.run(&safety, |attempt| {
        post_v1(
            &agent,
            &server.url("/OffAmazonPayments/2013-01-01"),
            "CaptureReferenceId",
            attempt.key(),
        )
    });
    assert_eq!(outcome.result.as_deref(), Ok(CAPTURED));
    assert_eq!(clock.slept(), secs(&[1, 2]));
    assert_eq!(outcome.attempts.len(), 3);
    assert_eq!(
        outcome.attempts[0].code.as_deref(),
        Some("RequestThrottled")
    );
    assert_eq!(outcome.attempts[0].request_id.as_deref(), Some("t-1"));
    assert_eq!(outcome.attempts[1].status, Some(503));
    assert_eq!(
        outcome.attempts[2].status, None,
        "the last attempt succeeded"
    );
    // The same key on every attempt.
    let bodies: Vec<String> = server
        .seen()
        .iter()
        .map(|s| String::from_utf8(s.body.clone()).unwrap())
        .collect();
    assert_eq!(bodies.len(), 3);
    assert!(
        bodies
            .iter()
            .all(|b| b == "Action=Capture&CaptureReferenceId=cap-123"),
        "{bodies:?}"
    );
}

#[test]
fn a_request_error_is_not_retried() {
    let server = ScriptedServer::start(vec![Reply::new(400, BAD_PARAMETER)]).unwrap();
    let clock = TestClock::new();
    let retrier = Retrier::new(RetryPolicy::default()).with_clock(&clock);
    let safety = RequestSafety::v1(Operation::Capture, Some("cap-1"));
    let agent = agent();
    let outcome = retrier.run(&safety, |a| {
        post_v1(&agent, &server.url("/"), "CaptureReferenceId", a.key())
    });
    let failure = outcome.result.unwrap_err();
    assert_eq!(
        failure.error.code(),
        Some(&Code::V1(ApiErrorCode::InvalidParameterValue))
    );
    assert!(matches!(failure.stop, StopReason::NotRetryable(_)));
    assert_eq!(outcome.attempts.len(), 1);
    assert!(clock.slept().is_empty());
}

#[test]
fn a_proxy_502_html_page_is_retried() {
    let server = ScriptedServer::start(vec![
        Reply::new(
            502,
            "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
        )
        .header("content-type", "text/html"),
        Reply::new(200, CAPTURED),
    ])
    .unwrap();
    let clock = TestClock::new();
    let retrier = Retrier::new(RetryPolicy::default()).with_clock(&clock);
    let safety = RequestSafety::v1(Operation::Capture, Some("cap-2"));
    let agent = agent();
    let mut kinds = Vec::new();
    let outcome = retrier.run(&safety, |a| {
        let r = post_v1(&agent, &server.url("/"), "CaptureReferenceId", a.key());
        if let Err(e) = &r {
            kinds.push(e.body_kind().clone());
        }
        r
    });
    assert!(outcome.result.is_ok());
    assert_eq!(kinds, [BodyKind::Html]);
    assert_eq!(clock.slept(), secs(&[1]));
}

#[test]
fn a_capture_without_its_reference_id_is_not_retried() {
    let server = ScriptedServer::start(vec![Reply::new(503, THROTTLED)]).unwrap();
    let clock = TestClock::new();
    let retrier = Retrier::new(RetryPolicy::default()).with_clock(&clock);
    let safety = RequestSafety::v1(Operation::Capture, None);
    let agent = agent();
    let outcome = retrier.run(&safety, |a| {
        post_v1(&agent, &server.url("/"), "CaptureReferenceId", a.key())
    });
    let failure = outcome.result.unwrap_err();
    match &failure.stop {
        StopReason::Unsafe(why) => assert!(why.contains("CaptureReferenceId"), "{why}"),
        other => panic!("{other:?}"),
    }
    assert_eq!(server.seen().len(), 1);
    assert!(clock.slept().is_empty());
}

#[test]
fn six_failures_stop_after_the_sixth_attempt_having_waited_47_seconds() {
    let server = ScriptedServer::start(vec![Reply::new(500, INTERNAL); 6]).unwrap();
    let clock = TestClock::new();
    let retrier = Retrier::new(RetryPolicy::default()).with_clock(&clock);
    let safety = RequestSafety::v1(Operation::Capture, Some("cap-3"));
    let agent = agent();
    let outcome = retrier.run(&safety, |a| {
        post_v1(&agent, &server.url("/"), "CaptureReferenceId", a.key())
    });
    assert_eq!(clock.slept(), secs(&[1, 2, 4, 10, 30]));
    assert_eq!(outcome.total_wait(), Duration::from_secs(47));
    assert_eq!(outcome.attempts.len(), 6);
    assert_eq!(server.seen().len(), 6);
    let waits: Vec<u64> = outcome
        .attempts
        .iter()
        .map(|a| a.waited.as_secs())
        .collect();
    assert_eq!(waits, [0, 1, 2, 4, 10, 30]);
    assert!(outcome
        .attempts
        .iter()
        .all(|a| a.status == Some(500) && a.request_id.as_deref() == Some("i-1")));
    let failure = outcome.result.unwrap_err();
    assert_eq!(failure.stop, StopReason::Exhausted);
    // The Sandbox/Production hint, from the spec, once the schedule is exhausted.
    assert!(failure.advice.unwrap().contains("Sandbox"));
}

#[test]
fn v2_retries_429_honouring_retry_after_and_keeps_the_idempotency_header() {
    let server = ScriptedServer::start(vec![
        Reply::new(
            429,
            r#"{"reasonCode":"TooManyRequests","message":"Slow down"}"#,
        )
        .header("x-amz-pay-request-id", "v2-req-1")
        .header("retry-after", "7"),
        Reply::new(200, r#"{"chargeId":"S01-0000000-0000000-C000000"}"#),
    ])
    .unwrap();
    let clock = TestClock::new();
    let retrier = Retrier::new(RetryPolicy::default()).with_clock(&clock);
    let key = V2IdempotencyKey::generate();
    let safety = RequestSafety::v2(false, Some(&key));
    let agent = agent();
    let mut errors = Vec::new();
    let outcome = retrier.run(&safety, |a| {
        let mut response = agent
            .post(server.url("/v2/charges"))
            .header(V2IdempotencyKey::HEADER, a.key().unwrap())
            .send(&b"{}"[..])
            .unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.body_mut().read_to_vec().unwrap();
        if status.is_success() {
            Ok(body)
        } else {
            let e = AmazonPayError::from_parts(Api::V2, status, &headers, &body);
            errors.push(e.clone());
            Err(e)
        }
    });
    assert!(outcome.result.is_ok());
    assert_eq!(
        clock.slept(),
        secs(&[7]),
        "the server's hint beats the 1 s of the schedule"
    );
    assert_eq!(
        errors[0].code(),
        Some(&Code::V2(V2ReasonCode::TooManyRequests))
    );
    assert_eq!(errors[0].request_id(), Some("v2-req-1"));
    let keys: Vec<String> = server
        .seen()
        .iter()
        .map(|s| s.header(V2IdempotencyKey::HEADER).unwrap().to_owned())
        .collect();
    assert_eq!(keys, [key.as_str(), key.as_str()]);
}
