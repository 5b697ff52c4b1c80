//! The catalogue beyond the error-handling page: v2 codes, operations, state reasons per
//! object, constraint ids, and the retry classification derived from the spec.

use std::collections::BTreeSet;

use amzpay_errors::{
    Api, ApiErrorCode, AuthorizationReason, BillingAgreementReason, BuyerView, CaptureReason,
    ConstraintId, Decline, HttpStatus, ObjectState, Operation, OrderReferenceReason, PaymentObject,
    ReasonAction, RefundReason, RetryGuidance, RetryKind, V2ReasonCode, V2StateReason, Widget,
    WidgetErrorCode,
};

#[test]
fn one_reason_means_different_things_on_different_objects() {
    assert_eq!(
        AuthorizationReason::AmazonRejected.action(),
        ReasonAction::AskForAnotherPaymentMethod
    );
    assert_eq!(
        CaptureReason::AmazonRejected.action(),
        ReasonAction::RetryCaptureWhileAuthorizationOpen
    );
    assert_eq!(
        RefundReason::AmazonRejected.action(),
        ReasonAction::RepayNegativeBalance
    );
    assert_eq!(
        AuthorizationReason::OBJECT,
        Some(PaymentObject::Authorization)
    );
    assert_eq!(RefundReason::OBJECT, Some(PaymentObject::Refund));
}

#[test]
fn declines_and_their_effects_follow_the_decline_table() {
    use AuthorizationReason::*;
    assert_eq!(InvalidPaymentMethod.decline(), Decline::BySoftDeclineFlag);
    assert_eq!(
        InvalidPaymentMethod.decline().is_soft(Some(true)),
        Some(true)
    );
    assert_eq!(InvalidPaymentMethod.decline().is_soft(None), None);
    // reason, order reference after Authorize, billing agreement after AuthorizeOnBillingAgreement
    for (reason, oro, ba) in [
        (
            InvalidPaymentMethod,
            ObjectState::Suspended,
            ObjectState::Suspended,
        ),
        (TransactionTimedOut, ObjectState::Open, ObjectState::Open),
        (AmazonRejected, ObjectState::Closed, ObjectState::Open),
        (ProcessingFailure, ObjectState::Open, ObjectState::Open),
    ] {
        assert_eq!(reason.states(), [ObjectState::Declined], "{reason:?}");
        assert_eq!(
            reason.order_reference_after_authorize(),
            Some(oro),
            "{reason:?}"
        );
        assert_eq!(
            reason.billing_agreement_after_authorize(),
            Some(ba),
            "{reason:?}"
        );
    }
    assert_eq!(
        ProcessingFailure.action(),
        ReasonAction::RetryAuthorizationWhileOpen
    );
    assert_eq!(
        StopShipmentAtypicalAuth.action(),
        ReasonAction::HoldShipment
    );
    assert_eq!(StopShipmentAtypicalAuth.decline(), Decline::NotADecline);
}

#[test]
fn the_literal_none_is_no_reason() {
    assert_eq!(CaptureReason::parse_reason("None"), Ok(None));
    assert_eq!(RefundReason::parse_reason("None"), Ok(None));
    assert_eq!(CaptureReason::NO_REASON, "None");
    assert!(
        "None".parse::<CaptureReason>().is_err(),
        "None is no variant"
    );
    assert_eq!(
        CaptureReason::parse_reason("MaxRefundsProcessed"),
        Ok(Some(CaptureReason::MaxRefundsProcessed))
    );
    assert_eq!(
        CaptureReason::parse_reason("Bogus").unwrap_err().input(),
        "Bogus"
    );
}

#[test]
fn a_code_that_is_no_identifier_keeps_its_exact_string() {
    assert_eq!(RefundReason::AmazonAToZRefund.as_str(), "AmazonA-ZRefund");
    assert_eq!(
        "AmazonA-ZRefund".parse(),
        Ok(RefundReason::AmazonAToZRefund)
    );
}

#[test]
fn v2_state_reasons_name_no_object() {
    assert_eq!(V2StateReason::OBJECT, None);
    assert_eq!(V2StateReason::COUNT, 25);
    for &r in V2StateReason::ALL {
        assert!(r.states().is_empty(), "{r:?}: no source gives its states");
        assert_eq!(r.action(), ReasonAction::Unknown, "{r:?}");
    }
    assert_eq!(V2StateReason::HardDeclined.decline(), Decline::Hard);
    assert_eq!(V2StateReason::SoftDeclined.decline(), Decline::Soft);
}

#[test]
fn every_object_has_its_reasons() {
    assert_eq!(OrderReferenceReason::COUNT, 10);
    assert_eq!(
        BillingAgreementReason::InvalidPaymentMethod.states(),
        [ObjectState::Suspended]
    );
    assert_eq!(
        OrderReferenceReason::OBJECT,
        Some(PaymentObject::OrderReference)
    );
    assert_eq!(
        BillingAgreementReason::OBJECT,
        Some(PaymentObject::BillingAgreement)
    );
}

#[test]
fn constraint_ids_say_what_to_do() {
    assert_eq!(ConstraintId::COUNT, 7);
    assert_eq!(
        ConstraintId::BuyerConsentNotSet.objects(),
        [PaymentObject::BillingAgreement]
    );
    assert!(ConstraintId::ShippingAddressNotSet
        .fix()
        .contains("AddressBook"));
    assert!(ConstraintId::PaymentPlanNotSet
        .objects()
        .contains(&PaymentObject::OrderReference));
}

#[test]
fn operations_and_their_errors_are_the_same_relation_both_ways() {
    let mut forward = BTreeSet::new();
    for &code in ApiErrorCode::ALL {
        for &op in code.operations() {
            forward.insert((code, op));
        }
    }
    let mut backward = BTreeSet::new();
    for &op in Operation::ALL {
        for &code in op.errors() {
            backward.insert((code, op));
        }
    }
    assert_eq!(forward, backward);
    assert!(Operation::Capture
        .errors()
        .contains(&ApiErrorCode::InvalidAuthorizationStatus));
    assert!(
        Operation::Capture
            .errors()
            .contains(&ApiErrorCode::RequestThrottled),
        "any-operation codes"
    );
    assert_eq!(
        ApiErrorCode::UnauthorizedSolutionProvider.operations(),
        [Operation::GetMerchantAccountStatus]
    );
}

#[test]
fn idempotency_keys_and_reads() {
    assert_eq!(
        Operation::Authorize.idempotency_key(),
        Some("AuthorizationReferenceId")
    );
    assert_eq!(
        Operation::ConfirmOrderReference.idempotency_key(),
        Some("AmazonOrderReferenceId")
    );
    for &op in Operation::ALL {
        if op.as_str().starts_with("Get") {
            assert!(op.is_read_only(), "{op:?}");
        }
    }
    assert_eq!(
        Operation::CloseAuthorization.idempotency_key(),
        None,
        "no source names one"
    );
}

#[test]
fn retry_kinds_come_from_the_spec() {
    let kind = |k: RetryKind| -> Vec<&'static str> {
        let v1 = ApiErrorCode::ALL
            .iter()
            .filter(|c| c.retry_kind() == k)
            .map(|c| c.as_str());
        let v2 = V2ReasonCode::ALL
            .iter()
            .filter(|c| c.retry_kind() == k)
            .map(|c| c.as_str());
        v1.chain(v2).collect()
    };
    assert_eq!(
        kind(RetryKind::Throttling),
        ["RequestThrottled", "QuotaExceeded", "TooManyRequests"]
    );
    let server = kind(RetryKind::Server);
    assert!(server.contains(&"InternalServerError") && server.contains(&"InternalError"));
}

#[test]
fn retry_guidance_is_richer_than_a_bool() {
    assert_eq!(
        V2ReasonCode::SoftDeclined.retry_guidance(),
        RetryGuidance::RetryThenAskForAnotherPaymentMethod
    );
    assert!(!V2ReasonCode::SoftDeclined.is_retryable());
    assert_eq!(
        V2ReasonCode::HardDeclined.retry_guidance(),
        RetryGuidance::Never
    );
    assert_eq!(V2ReasonCode::TooManyRequests.http_status(), Some(429));
    assert!(V2ReasonCode::RequestTimeout.is_retryable());
    assert_eq!(
        V2ReasonCode::ProcessingFailure.retry_guidance(),
        RetryGuidance::Unknown
    );
}

#[test]
fn of_the_statuses_v2_retries_only_425_502_and_504_have_no_reason_code() {
    let without: Vec<u16> = HttpStatus::ALL
        .iter()
        .filter(|s| s.is_retryable_in(Api::V2))
        .map(|s| s.as_u16())
        .filter(|&s| !V2ReasonCode::ALL.iter().any(|c| c.http_status() == Some(s)))
        .collect();
    assert_eq!(without, [425, 502, 504]);
}

#[test]
fn unverified_statuses_are_none_never_invented() {
    for code in [
        ApiErrorCode::InvalidOrderReferenceId,
        ApiErrorCode::UnauthorizedAccess,
        ApiErrorCode::MissingParameter,
    ] {
        assert_eq!(code.http_status(), None, "{code:?}");
        assert!(!code.is_status_verified());
    }
    assert!(
        ApiErrorCode::OrderReferenceNotModifiable.is_status_verified(),
        "observed 405"
    );
    assert!(
        !V2ReasonCode::HardDeclined.is_status_verified(),
        "third-party lists only"
    );
}

#[test]
fn one_time_widget_codes_have_no_documented_buyer_text() {
    for code in [
        WidgetErrorCode::InvalidOrderReferenceId,
        WidgetErrorCode::StaleOrderReference,
    ] {
        for &w in Widget::ALL {
            assert_eq!(code.buyer_view(w), BuyerView::Unknown, "{code:?} {w:?}");
            assert_eq!(code.buyer_message(w), None);
        }
    }
}
