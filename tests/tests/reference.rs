//! Holds the spec against `data/reference-codes.csv`, a hand transcription of the team's
//! reference tables (1a and 1b: v1 codes; 3: v2 reason codes), made separately from the
//! spec. A code missing from the spec, a code the reference does not have, another status,
//! a status claimed as verified that only third parties give, or other retry guidance fails.

use std::collections::{BTreeMap, BTreeSet};

use amzpay_errors::{ApiErrorCode, RetryGuidance, SpecEnum, V2ReasonCode};

struct Row {
    statuses: BTreeSet<u16>,
    tags: BTreeSet<String>,
    retryable: String,
}

/// The rows of one enum, merged by code (a code can be in tables 1a and 1b).
fn rows(enum_name: &str) -> BTreeMap<String, Row> {
    let mut out: BTreeMap<String, Row> = BTreeMap::new();
    for line in include_str!("../data/reference-codes.csv").lines() {
        if line.starts_with('#') || line.starts_with("table,") || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split(',').collect();
        assert_eq!(cols.len(), 6, "{line}");
        if cols[1] != enum_name {
            continue;
        }
        let row = out.entry(cols[2].to_owned()).or_insert_with(|| Row {
            statuses: BTreeSet::new(),
            tags: BTreeSet::new(),
            retryable: cols[5].to_owned(),
        });
        row.statuses.extend(
            cols[3]
                .split('|')
                .filter(|s| !s.is_empty())
                .map(|s| s.parse::<u16>().unwrap()),
        );
        row.tags.insert(cols[4].to_owned());
        assert_eq!(
            row.retryable, cols[5],
            "{}: the tables disagree on retrying",
            cols[2]
        );
    }
    out
}

struct Facts {
    http_status: Option<u16>,
    other_statuses: &'static [u16],
    verified: bool,
    retryable: bool,
    guidance: RetryGuidance,
}

fn check<T: SpecEnum>(enum_name: &str, facts: impl Fn(T) -> Facts) {
    let rows = rows(enum_name);
    assert!(!rows.is_empty());
    let spec: BTreeSet<&str> = T::ALL.iter().map(|c| c.as_str()).collect();
    let reference: BTreeSet<&str> = rows.keys().map(String::as_str).collect();
    assert_eq!(
        spec.difference(&reference).collect::<Vec<_>>(),
        Vec::<&&str>::new(),
        "{enum_name}: codes the reference does not have"
    );
    assert_eq!(
        reference.difference(&spec).collect::<Vec<_>>(),
        Vec::<&&str>::new(),
        "{enum_name}: reference codes missing from the spec"
    );
    for (code, row) in &rows {
        let value: T = code.parse().unwrap();
        let f = facts(value);
        let mut statuses: BTreeSet<u16> = f.other_statuses.iter().copied().collect();
        statuses.extend(f.http_status);
        assert_eq!(statuses, row.statuses, "{code}: statuses");
        if let Some(s) = f.http_status {
            assert!(row.statuses.contains(&s), "{code}");
            let official = row
                .tags
                .iter()
                .any(|t| t == "doc" || t == "sdk" || t == "observed");
            assert_eq!(
                f.verified, official,
                "{code}: status_verified vs tags {:?}",
                row.tags
            );
        } else {
            assert!(!f.verified, "{code}: no status, so nothing is verified");
        }
        let expected = match row.retryable.as_str() {
            "yes" => RetryGuidance::Retry,
            "no" => RetryGuidance::Never,
            "maybe" => RetryGuidance::RetryThenAskForAnotherPaymentMethod,
            "unknown" => RetryGuidance::Unknown,
            other => panic!("{code}: retryable {other:?}"),
        };
        assert_eq!(f.guidance, expected, "{code}: retry guidance");
        assert_eq!(
            f.retryable,
            expected == RetryGuidance::Retry,
            "{code}: is_retryable"
        );
    }
}

#[test]
fn v1_codes_match_the_reference() {
    check::<ApiErrorCode>("ApiErrorCode", |c| Facts {
        http_status: c.http_status(),
        other_statuses: c.other_statuses(),
        verified: c.is_status_verified(),
        retryable: c.is_retryable(),
        guidance: c.retry_guidance(),
    });
}

#[test]
fn v2_codes_match_the_reference() {
    check::<V2ReasonCode>("V2ReasonCode", |c| Facts {
        http_status: c.http_status(),
        other_statuses: c.other_statuses(),
        verified: c.is_status_verified(),
        retryable: c.is_retryable(),
        guidance: c.retry_guidance(),
    });
}

#[test]
fn disputed_statuses_are_recorded_both_ways() {
    assert_eq!(ApiErrorCode::ConstraintsExist.http_status(), Some(400));
    assert_eq!(ApiErrorCode::ConstraintsExist.other_statuses(), [404]);
    assert_eq!(ApiErrorCode::InvalidAddress.other_statuses(), [404]);
    assert_eq!(
        V2ReasonCode::CheckoutSessionCanceled.http_status(),
        Some(422)
    );
    assert_eq!(
        V2ReasonCode::CheckoutSessionCanceled.other_statuses(),
        [400]
    );
}
