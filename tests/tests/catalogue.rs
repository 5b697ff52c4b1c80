//! Walks the whole bundled catalogue: every code round-trips, every buyer text matches the
//! source document (as transcribed in `data/widget-buyer-texts.tsv`), and the facts the
//! document states hold.

use std::collections::HashSet;
use std::time::Duration;

use amzpay_errors::{
    AmazonPay, Api, ApiErrorCode, BuyerView, ErrorCode, HttpStatus, Operation, RetryKind, SpecEnum,
    UnknownCode, Widget, WidgetAction, WidgetErrorCode,
};

fn round_trip<T: SpecEnum>() {
    let mut seen = HashSet::new();
    assert_eq!(
        T::ALL.len(),
        T::ALL.iter().collect::<HashSet<_>>().len(),
        "{}: ALL has repeats",
        T::NAME
    );
    for &value in T::ALL {
        let code = value.as_str();
        assert!(seen.insert(code), "{}: `{code}` twice", T::NAME);
        assert_eq!(code.parse::<T>(), Ok(value), "{}: `{code}`", T::NAME);
        assert_eq!(T::try_from(code).ok(), Some(value));
        assert_eq!(value.as_ref(), code);
        assert!(
            !value.to_string().is_empty(),
            "{}: `{code}` displays as nothing",
            T::NAME
        );
        assert_eq!(value.to_string(), value.description());
        // Exact and case-sensitive: no other spelling parses.
        for other in [
            code.to_lowercase(),
            code.to_uppercase(),
            format!(" {code}"),
            format!("{code} "),
        ] {
            if other != code {
                let err = other.parse::<T>().unwrap_err();
                assert_eq!(err.input(), other);
                assert_eq!(err.expected(), T::NAME);
            }
        }
    }
}

#[test]
fn every_code_round_trips() {
    round_trip::<WidgetErrorCode>();
    round_trip::<ApiErrorCode>();
    round_trip::<Widget>();
    round_trip::<WidgetAction>();
    round_trip::<Operation>();
    round_trip::<HttpStatus>();
}

#[test]
fn counts_and_order_follow_the_spec() {
    // The 16 of the billing-agreement table and the 2 of the one-time-payment table.
    assert_eq!(WidgetErrorCode::COUNT, 18);
    assert_eq!(WidgetErrorCode::ALL.len(), WidgetErrorCode::COUNT);
    assert_eq!(
        WidgetErrorCode::ALL[0],
        WidgetErrorCode::AddressNotModifiable
    );
    assert_eq!(WidgetErrorCode::ALL[15], WidgetErrorCode::UnknownError);
    assert_eq!(
        *WidgetErrorCode::ALL.last().unwrap(),
        WidgetErrorCode::StaleOrderReference
    );
    assert_eq!(
        Widget::ALL,
        [
            Widget::Button,
            Widget::AddressBook,
            Widget::Wallet,
            Widget::Consent
        ]
    );
}

#[test]
fn acronyms_are_one_word_but_the_code_is_exact() {
    assert_eq!(WidgetErrorCode::Itp.as_str(), "ITP");
    assert_eq!("ITP".parse(), Ok(WidgetErrorCode::Itp));
    assert!("Itp".parse::<WidgetErrorCode>().is_err());
}

#[test]
fn unknown_error_is_a_code_and_an_unknown_string_is_not() {
    assert_eq!("UnknownError".parse(), Ok(WidgetErrorCode::UnknownError));
    let err: UnknownCode = "SomethingNew".parse::<WidgetErrorCode>().unwrap_err();
    assert_eq!(err.input(), "SomethingNew");
    assert!(err.to_string().contains("SomethingNew"));
    let err: Box<dyn std::error::Error> = Box::new(err);
    assert!(err.to_string().contains("WidgetErrorCode"));
}

#[test]
fn buyer_texts_match_the_document() {
    let data = include_str!("../data/widget-buyer-texts.tsv");
    let mut checked = HashSet::new();
    for line in data.lines().skip(2) {
        let mut cols = line.split('\t');
        let (code, widget, text) = (
            cols.next().unwrap(),
            cols.next().unwrap(),
            cols.next().unwrap(),
        );
        let code: WidgetErrorCode = code.parse().unwrap();
        let widgets: Vec<Widget> = if widget == "*" {
            Widget::ALL.to_vec()
        } else {
            vec![widget.parse().unwrap()]
        };
        for w in widgets {
            checked.insert((code, w));
            match text {
                "-" => {
                    assert!(
                        matches!(code.buyer_view(w), BuyerView::Nothing(_)),
                        "{code:?} in {w:?}"
                    );
                    assert_eq!(code.buyer_message(w), None);
                }
                text => assert_eq!(code.buyer_message(w), Some(text), "{code:?} in {w:?}"),
            }
        }
    }
    // What the document does not state is recorded as unknown, never as "nothing".
    for &code in WidgetErrorCode::ALL {
        for &w in Widget::ALL {
            if !checked.contains(&(code, w)) {
                assert_eq!(
                    code.buyer_view(w),
                    BuyerView::Unknown,
                    "{code:?} in {w:?} is not in the document"
                );
            }
        }
    }
    // The three near-identical endings stay distinct.
    let endings: HashSet<&str> = WidgetErrorCode::ALL
        .iter()
        .filter_map(|c| c.buyer_message(Widget::Wallet))
        .filter(|m| m.starts_with("We're sorry"))
        .collect();
    assert_eq!(endings.len(), 3);
}

#[test]
fn widget_facts_from_the_document() {
    assert_eq!(WidgetErrorCode::Itp.action(), WidgetAction::Ignore);
    assert_eq!(
        WidgetErrorCode::BuyerSessionExpired.action(),
        WidgetAction::RestartCheckout
    );
    for &code in WidgetErrorCode::ALL {
        assert!(
            !code.is_retryable(),
            "{code:?}: widget codes are not retryable"
        );
        assert!(!ErrorCode::is_retryable(code));
        assert!(!code.action_reason().is_empty());
        assert!(!code.sources().is_empty());
    }
    assert!(matches!(
        WidgetErrorCode::ConfirmedBillingAgreement.buyer_view(Widget::Consent),
        BuyerView::Nothing(_)
    ));
}

#[test]
fn api_facts_from_the_document() {
    use ApiErrorCode::*;
    assert_eq!(InternalServerError.http_status(), Some(500));
    assert_eq!(ServiceUnavailable.http_status(), Some(503));
    assert_eq!(RequestThrottled.http_status(), Some(503));
    for code in [InternalServerError, ServiceUnavailable, RequestThrottled] {
        assert!(code.is_retryable(), "{code:?}");
    }
    assert_eq!(RequestThrottled.retry_kind(), RetryKind::Throttling);
    assert_eq!(InternalServerError.retry_kind(), RetryKind::Server);
    assert!(InternalServerError.note().unwrap().contains("Sandbox"));
}

#[test]
fn retryable_statuses_from_the_document() {
    let retried_in = |api: Api| -> Vec<u16> {
        HttpStatus::ALL
            .iter()
            .filter(|s| s.is_retryable_in(api))
            .map(|s| s.as_u16())
            .collect()
    };
    assert_eq!(retried_in(Api::V1), [500, 502, 503, 504]);
    // The v2 SDKs also retry 408, 425 and 429 on the status alone.
    assert_eq!(retried_in(Api::V2), [408, 425, 429, 500, 502, 503, 504]);
    assert!(HttpStatus::TooEarly.note().unwrap().contains(".NET"));
    assert_eq!(HttpStatus::from_u16(502), Some(HttpStatus::BadGateway));
    assert_eq!(HttpStatus::from_u16(504), Some(HttpStatus::GatewayTimeout));
    assert_eq!(HttpStatus::from_u16(400), None);
    assert_eq!(HttpStatus::GatewayTimeout.label(), "Gateway timeout");
    assert_eq!("504".parse(), Ok(HttpStatus::GatewayTimeout));
    assert!(HttpStatus::InternalServerError
        .note()
        .unwrap()
        .contains("Production"));
}

#[test]
fn idempotency_keys_from_the_document() {
    assert_eq!(
        Operation::AuthorizeOnBillingAgreement.idempotency_key(),
        Some("AuthorizationReferenceId")
    );
    assert_eq!(
        Operation::Capture.idempotency_key(),
        Some("CaptureReferenceId")
    );
    assert_eq!(
        Operation::Refund.idempotency_key(),
        Some("RefundReferenceId")
    );
    for op in [
        Operation::ConfirmBillingAgreement,
        Operation::SetBillingAgreementDetails,
        Operation::CloseBillingAgreement,
    ] {
        assert_eq!(
            op.idempotency_key(),
            Some("AmazonBillingAgreementId"),
            "{op:?}"
        );
        assert!(!op.is_read_only());
    }
    assert!(Operation::GetBillingAgreementDetails.is_read_only());
}

#[test]
fn retry_schedule_from_the_document() {
    let secs: Vec<u64> = AmazonPay::RETRY_SCHEDULE
        .iter()
        .map(Duration::as_secs)
        .collect();
    assert_eq!(secs, [1, 2, 4, 10, 30]);
    const { assert!(AmazonPay::IMMEDIATE_FIRST_RETRY) };
    assert!(!AmazonPay::AFTER_SCHEDULE.is_empty());
    assert_eq!(AmazonPay::SPEC, "spec/amazon-pay-errors.yaml");
}

#[test]
fn generic_code_works_with_any_generated_enum() {
    fn retryable<T: ErrorCode>() -> Vec<&'static str> {
        T::ALL
            .iter()
            .filter(|c| c.is_retryable())
            .map(|c| c.as_str())
            .collect()
    }
    assert_eq!(
        retryable::<ApiErrorCode>(),
        [
            "InternalServerError",
            "RequestThrottled",
            "ServiceUnavailable",
            "InternalError",
            "QuotaExceeded"
        ]
    );
    assert!(retryable::<WidgetErrorCode>().is_empty());
}
