//! serde support (feature `serde`): every code as its string, and an unknown string is an
//! error that names it.
#![cfg(feature = "serde")]

use amzpay_errors::{ApiErrorCode, Operation, Widget, WidgetErrorCode};

#[test]
fn every_code_round_trips_as_its_string() {
    for &code in WidgetErrorCode::ALL {
        let json = serde_json::to_string(&code).unwrap();
        assert_eq!(json, format!("\"{}\"", code.as_str()));
        assert_eq!(
            serde_json::from_str::<WidgetErrorCode>(&json).unwrap(),
            code
        );
    }
    for &code in ApiErrorCode::ALL {
        let json = serde_json::to_string(&code).unwrap();
        assert_eq!(serde_json::from_str::<ApiErrorCode>(&json).unwrap(), code);
    }
    for &w in Widget::ALL {
        assert_eq!(
            serde_json::from_value::<Widget>(serde_json::to_value(w).unwrap()).unwrap(),
            w
        );
    }
    for &op in Operation::ALL {
        assert_eq!(
            serde_json::from_value::<Operation>(serde_json::to_value(op).unwrap()).unwrap(),
            op
        );
    }
}

#[test]
fn an_unknown_string_is_an_error_that_names_it() {
    let err = serde_json::from_str::<WidgetErrorCode>("\"NotACode\"").unwrap_err();
    assert!(err.to_string().contains("NotACode"), "{err}");
    assert!(err.to_string().contains("WidgetErrorCode"), "{err}");
    let err = serde_json::from_str::<WidgetErrorCode>("42").unwrap_err();
    assert!(
        err.to_string().contains("WidgetErrorCode code string"),
        "{err}"
    );
}
