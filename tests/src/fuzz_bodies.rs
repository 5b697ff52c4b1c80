//! The bodies of the fuzz targets under `fuzz/`, here so that the normal test suite replays
//! the fuzz corpus through exactly the same code (`tests/corpus_replay.rs`).

use amzpay_errors::response::{AmazonPayError, Code};
use amzpay_errors::{
    Api, ApiErrorCode, AuthorizationReason, CaptureReason, ConstraintId, HttpStatus, Operation,
    RefundReason, SpecEnum, V2ReasonCode, V2StateReason, Widget, WidgetAction, WidgetErrorCode,
};

/// Spec text in: the generator answers with tokens or located errors, never a panic.
pub fn spec_generator(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match amzpay_errors_codegen::generate(text, &amzpay_errors_codegen::Options::new("fuzz.yaml")) {
        Ok(tokens) => {
            let _ = tokens.to_string();
        }
        Err(errors) => {
            assert!(
                !errors.diagnostics.is_empty(),
                "an error with no diagnostic"
            );
            for d in &errors.diagnostics {
                assert!(!d.message.is_empty());
                assert!(
                    !d.message.contains('\n'),
                    "a message spans lines: {:?}",
                    d.message
                );
            }
        }
    }
}

fn round_trip<T: SpecEnum>(s: &str) {
    match s.parse::<T>() {
        Ok(v) => assert_eq!(v.as_str(), s, "{} parsed {s:?} as another code", T::NAME),
        Err(e) => {
            assert!(
                T::ALL.iter().all(|v| v.as_str() != s),
                "{} refused its own code {s:?}",
                T::NAME
            );
            assert!(
                s.starts_with(e.input()),
                "the kept input is a prefix of the input"
            );
            assert_eq!(e.input_len(), s.len());
        }
    }
}

/// Any string, through `FromStr` of every enum: the variant whose `as_str` it is, or refused.
pub fn code_parsing(data: &[u8]) {
    let s = String::from_utf8_lossy(data);
    round_trip::<WidgetErrorCode>(&s);
    round_trip::<ApiErrorCode>(&s);
    round_trip::<V2ReasonCode>(&s);
    round_trip::<HttpStatus>(&s);
    round_trip::<Widget>(&s);
    round_trip::<WidgetAction>(&s);
    round_trip::<Operation>(&s);
    round_trip::<AuthorizationReason>(&s);
    round_trip::<CaptureReason>(&s);
    round_trip::<RefundReason>(&s);
    round_trip::<V2StateReason>(&s);
    round_trip::<ConstraintId>(&s);
    let _ = CaptureReason::parse_reason(&s);
}

/// Bytes in, as a response: byte 0 picks the API, bytes 1..3 the status, then headers
/// (`name: value` lines) up to a blank line, then the body. Never a panic; the answer is
/// always bounded.
pub fn response_parsing(data: &[u8]) {
    let api = if data.first().is_some_and(|b| b & 1 == 1) {
        Api::V2
    } else {
        Api::V1
    };
    let status = data
        .get(1..3)
        .map_or(500, |b| u16::from_be_bytes([b[0], b[1]]) % 1000);
    let rest = data.get(3..).unwrap_or_default();
    let split = rest.windows(2).position(|w| w == b"\n\n");
    let (head, body) = match split {
        Some(i) => (&rest[..i], &rest[i + 2..]),
        None => (&[][..], rest),
    };
    let headers: Vec<(String, Vec<u8>)> = head
        .split(|b| *b == b'\n')
        .filter_map(|line| {
            let i = line.iter().position(|b| *b == b':')?;
            Some((
                String::from_utf8_lossy(&line[..i]).into_owned(),
                line[i + 1..].to_vec(),
            ))
        })
        .collect();
    let error = AmazonPayError::from_response(api, status, headers, body);
    let verdict = error.decide();
    assert!(!verdict.reason.is_empty());
    let _ = error.to_string();
    if let Some(code) = error.code() {
        assert!(code.as_str().len() <= amzpay_errors::response::MAX_CODE_BYTES);
        // A code the catalogue knows is never kept as unknown.
        if let Code::Unknown(raw) = code {
            assert!(raw.parse::<ApiErrorCode>().is_err() || api == Api::V2);
            assert!(raw.parse::<V2ReasonCode>().is_err() || api == Api::V1);
        }
    }
    assert!(error.message().map_or(0, str::len) <= amzpay_errors::response::MAX_MESSAGE_BYTES);
    let _ = amzpay_errors::v1::ErrorResponse::parse(body);
}
