//! Properties, checked on many generated inputs (a seeded generator, so a failure repeats):
//! every code round-trips, any string parses to the variant whose code it is or is refused,
//! and response parsing of arbitrary bytes never panics and keeps the raw code.

use amzpay_errors::response::{AmazonPayError, Code, MAX_CODE_BYTES};
use amzpay_errors::{
    Api, ApiErrorCode, AuthorizationReason, BillingAgreementReason, CaptureReason, ConstraintId,
    HttpStatus, ObjectState, Operation, OrderReferenceReason, PaymentObject, ReasonAction,
    RefundReason, SpecEnum, V2ReasonCode, V2StateReason, Widget, WidgetAction, WidgetErrorCode,
};
use amzpay_errors_tests::fuzz_bodies;

/// splitmix64, seeded: the same inputs on every run.
struct Gen(u64);

impl Gen {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn bytes(&mut self, max: usize) -> Vec<u8> {
        let len = self.below(max + 1);
        (0..len).map(|_| self.next() as u8).collect()
    }
}

/// Every code string of every enum.
fn all_codes() -> Vec<&'static str> {
    fn of<T: SpecEnum>(v: &mut Vec<&'static str>) {
        v.extend(T::ALL.iter().map(|c| c.as_str()));
    }
    let mut v = Vec::new();
    of::<WidgetErrorCode>(&mut v);
    of::<ApiErrorCode>(&mut v);
    of::<V2ReasonCode>(&mut v);
    of::<HttpStatus>(&mut v);
    of::<Widget>(&mut v);
    of::<WidgetAction>(&mut v);
    of::<Operation>(&mut v);
    of::<PaymentObject>(&mut v);
    of::<ObjectState>(&mut v);
    of::<ReasonAction>(&mut v);
    of::<OrderReferenceReason>(&mut v);
    of::<AuthorizationReason>(&mut v);
    of::<CaptureReason>(&mut v);
    of::<RefundReason>(&mut v);
    of::<BillingAgreementReason>(&mut v);
    of::<V2StateReason>(&mut v);
    of::<ConstraintId>(&mut v);
    v
}

fn round_trips<T: SpecEnum>() {
    for &v in T::ALL {
        assert_eq!(v.as_str().parse::<T>(), Ok(v), "{}", T::NAME);
        assert!(
            !v.to_string().is_empty(),
            "{}::{v:?} displays as nothing",
            T::NAME
        );
        assert!(!v.description().is_empty());
    }
}

#[test]
fn every_code_of_every_enum_round_trips() {
    round_trips::<WidgetErrorCode>();
    round_trips::<ApiErrorCode>();
    round_trips::<V2ReasonCode>();
    round_trips::<HttpStatus>();
    round_trips::<Widget>();
    round_trips::<WidgetAction>();
    round_trips::<Operation>();
    round_trips::<PaymentObject>();
    round_trips::<ObjectState>();
    round_trips::<ReasonAction>();
    round_trips::<OrderReferenceReason>();
    round_trips::<AuthorizationReason>();
    round_trips::<CaptureReason>();
    round_trips::<RefundReason>();
    round_trips::<BillingAgreementReason>();
    round_trips::<V2StateReason>();
    round_trips::<ConstraintId>();
}

#[test]
fn any_string_is_its_variant_or_refused() {
    let codes = all_codes();
    let mut g = Gen(0x5eed);
    for _ in 0..20_000 {
        let base = codes[g.below(codes.len())];
        let mut s: Vec<char> = base.chars().collect();
        // Mutate: change a letter's case, drop, insert or replace a character, or none.
        match g.below(5) {
            0 if !s.is_empty() => {
                let i = g.below(s.len());
                s[i] = if s[i].is_uppercase() {
                    s[i].to_ascii_lowercase()
                } else {
                    s[i].to_ascii_uppercase()
                };
            }
            1 if !s.is_empty() => {
                s.remove(g.below(s.len()));
            }
            2 => s.insert(g.below(s.len() + 1), char::from(b' ' + g.below(95) as u8)),
            3 if !s.is_empty() => {
                let i = g.below(s.len());
                s[i] = ['é', '\0', '\n', '-', 'x'][g.below(5)];
            }
            _ => {}
        }
        let s: String = s.into_iter().collect();
        fuzz_bodies::code_parsing(s.as_bytes());
    }
    for _ in 0..5_000 {
        fuzz_bodies::code_parsing(&g.bytes(80));
    }
}

#[test]
fn response_parsing_of_arbitrary_bytes_never_panics() {
    let mut g = Gen(0xbad_b0d1e5);
    for _ in 0..5_000 {
        fuzz_bodies::response_parsing(&g.bytes(400));
    }
    // Bytes spliced into real bodies.
    let seeds = [
        &br#"<ErrorResponse><Error><Type>Sender</Type><Code>InvalidParameterValue</Code><Message>m</Message></Error><RequestId>r</RequestId></ErrorResponse>"#[..],
        br#"{"reasonCode":"TooManyRequests","message":"m"}"#,
    ];
    for _ in 0..5_000 {
        let seed = seeds[g.below(2)];
        let mut body = seed.to_vec();
        let at = g.below(body.len());
        let noise = g.bytes(8);
        body.splice(at..(at + g.below(4)).min(body.len()), noise);
        let mut input = vec![g.next() as u8, 0x01, 0xf7]; // any API, status 503
        input.extend_from_slice(b"\n\n");
        input.extend(body);
        fuzz_bodies::response_parsing(&input);
    }
}

#[test]
fn the_raw_code_is_kept_whatever_it_is() {
    let mut g = Gen(42);
    for _ in 0..2_000 {
        let len = 1 + g.below(200);
        let code: String = (0..len)
            .map(|_| char::from(b'A' + g.below(26) as u8))
            .collect();
        let body = format!(r#"{{"reasonCode":"{code}","message":"m"}}"#);
        let e = AmazonPayError::from_response(Api::V2, 400, [("", "")], body.as_bytes());
        let kept = e.code().expect("a code").as_str();
        assert!(code.starts_with(kept));
        assert_eq!(kept.len(), code.len().min(MAX_CODE_BYTES));
        let xml = format!("<ErrorResponse><Error><Code>{code}</Code></Error></ErrorResponse>");
        let e = AmazonPayError::from_response(Api::V1, 400, [("", "")], xml.as_bytes());
        match e.code() {
            Some(Code::Unknown(raw)) => assert!(code.starts_with(raw.as_str())),
            Some(known) => assert_eq!(known.as_str(), code),
            None => panic!("no code kept for {code}"),
        }
    }
}
