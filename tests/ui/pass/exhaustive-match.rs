// Every code of the bundled catalogue, matched with no wildcard.
use amzpay_errors::WidgetErrorCode as W;

fn handle(code: W) -> &'static str {
    match code {
        W::AddressNotModifiable
        | W::BuyerNotAssociated
        | W::BuyerSessionExpired
        | W::ConfirmedBillingAgreement
        | W::InvalidAccountStatus
        | W::InvalidBillingAgreementId
        | W::InvalidParameterValue
        | W::InvalidSellerId
        | W::MissingParameter
        | W::PaymentMethodNotModifiable
        | W::ReleaseEnvironmentMismatch
        | W::StaleBillingAgreement
        | W::WidgetNotApplicable
        | W::InvalidBillingAgreementStatus
        | W::UnknownError
        | W::InvalidOrderReferenceId
        | W::StaleOrderReference => "show the widget's message",
        W::Itp => "ignore",
    }
}

fn main() {
    assert_eq!(handle(W::Itp), "ignore");
}
