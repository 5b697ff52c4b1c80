//! How a crate that calls Amazon Pay uses amzpay-errors with a real HTTP client (ureq):
//! read each failed response into an `AmazonPayError`, let the `Retrier` decide, wait and
//! retry with the same idempotency key, and log the record of every attempt.
//!
//! ```text
//! cargo run -p amzpay-errors-tests --example retry_client            # against a local demo server
//! cargo run -p amzpay-errors-tests --example retry_client -- URL     # against URL (plain HTTP)
//! ```
//!
//! The demo server answers 503 RequestThrottled, then 503 with an empty body, then 200, so
//! the run waits 1 s and 2 s (the documented schedule) and succeeds on the third attempt.

use std::process::ExitCode;
use std::time::Duration;

use amzpay_errors::response::AmazonPayError;
use amzpay_errors::retry::{RequestSafety, Retrier, RetryPolicy};
use amzpay_errors::{Api, Operation};
use amzpay_errors_tests::{Reply, ScriptedServer};

const THROTTLED: &str = "<ErrorResponse><Error><Type/><Code>RequestThrottled</Code><Message>Request is throttled</Message></Error><RequestID>demo-1</RequestID></ErrorResponse>";

fn main() -> ExitCode {
    let demo;
    let url = match std::env::args().nth(1) {
        Some(url) => url,
        None => {
            demo = match ScriptedServer::start(vec![
                Reply::new(503, THROTTLED),
                Reply::new(503, ""),
                Reply::new(200, "<CaptureResponse/>"),
            ]) {
                Ok(server) => server,
                Err(e) => {
                    eprintln!("retry_client: cannot start the demo server: {e}");
                    return ExitCode::from(2);
                }
            };
            demo.url("/OffAmazonPayments/2013-01-01")
        }
    };

    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(10)))
        .build()
        .into();
    // A Capture is safe to retry only with its CaptureReferenceId; the runner hands the
    // same one to every attempt.
    let safety = RequestSafety::v1(Operation::Capture, Some("order-1001-capture-1"));
    let retrier = Retrier::new(RetryPolicy::default());
    let outcome = retrier.run(&safety, |attempt| {
        let key = attempt.key().unwrap_or_default();
        let form = format!("Action=Capture&CaptureReferenceId={key}");
        let mut response = agent
            .post(&url)
            .header("content-type", "application/x-www-form-urlencoded")
            .send(form.as_bytes())
            .map_err(|e| {
                // No response at all: treat it as a gateway failure, which is retryable.
                eprintln!("attempt {}: {e}", attempt.number());
                AmazonPayError::from_response(Api::V1, 504, [("", "")], b"")
            })?;
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.body_mut().read_to_vec().unwrap_or_default();
        if status.is_success() {
            Ok(body)
        } else {
            Err(AmazonPayError::from_parts(Api::V1, status, &headers, &body))
        }
    });

    for a in &outcome.attempts {
        println!(
            "attempt {} after waiting {:?}: {}",
            a.number,
            a.waited,
            match (a.status, &a.code) {
                (None, _) => "succeeded".to_owned(),
                (Some(s), Some(code)) => format!("HTTP {s} {code}"),
                (Some(s), None) => format!("HTTP {s}"),
            }
        );
    }
    match outcome.result {
        Ok(body) => {
            println!("captured ({} bytes)", body.len());
            ExitCode::SUCCESS
        }
        Err(failure) => {
            println!("gave up: {:?}: {}", failure.stop, failure.error);
            if let Some(advice) = failure.advice {
                println!("follow up by hand: {advice}");
            }
            ExitCode::FAILURE
        }
    }
}
