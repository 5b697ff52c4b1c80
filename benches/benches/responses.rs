//! Response parsing and classification of fixture bodies, against deserializing the same
//! body with serde into a plain struct (quick-xml's serde support, serde_json).

use std::hint::black_box;

use amzpay_errors::response::AmazonPayError;
use amzpay_errors::Api;
use amzpay_errors_benches::{allocations, Counting};
use criterion::{criterion_group, criterion_main, Criterion};
use serde::Deserialize;

#[global_allocator]
static ALLOC: Counting = Counting;

const THROTTLED: &[u8] = include_bytes!("../../tests/fixtures/v1-throttled.xml");
const V2: &[u8] = include_bytes!("../../tests/fixtures/v2-too-many-requests.json");
const HTML: &[u8] = include_bytes!("../../tests/fixtures/proxy-502.html");

fn long_message() -> Vec<u8> {
    format!(
        "<ErrorResponse xmlns=\"http://mws.amazonservices.com/schema/OffAmazonPayments/2013-01-01\"><Error><Type>Sender</Type><Code>InvalidParameterValue</Code><Message>{}</Message></Error><RequestId>0a1b2c3d-aaaa-4bbb-8ccc-9d8e7f6a5b4c</RequestId></ErrorResponse>",
        "The value provided for parameter AuthorizationAmount is not valid. ".repeat(30)
    )
    .into_bytes()
}

// What a user would write with serde instead.
#[derive(Deserialize)]
struct SerdeErrorResponse {
    #[serde(rename = "Error")]
    errors: Vec<SerdeError>,
    #[serde(rename = "RequestId", alias = "RequestID")]
    request_id: Option<String>,
}

#[derive(Deserialize)]
struct SerdeError {
    #[serde(rename = "Type")]
    _kind: Option<String>,
    #[serde(rename = "Code")]
    code: String,
    #[serde(rename = "Message")]
    message: Option<String>,
}

#[derive(Deserialize)]
struct SerdeV2 {
    #[serde(rename = "reasonCode")]
    reason_code: String,
    message: Option<String>,
}

fn ours(api: Api, status: u16, body: &[u8]) -> bool {
    AmazonPayError::from_response(api, status, [("x-amz-pay-request-id", "r-1")], body)
        .decide()
        .retry
}

fn serde_xml(body: &[u8]) -> usize {
    let r: SerdeErrorResponse = quick_xml::de::from_reader(body).expect("well-formed");
    r.errors[0].code.len()
        + r.errors[0].message.as_ref().map_or(0, String::len)
        + r.request_id.map_or(0, |s| s.len())
}

fn serde_json_body(body: &[u8]) -> usize {
    let r: SerdeV2 = serde_json::from_slice(body).expect("well-formed");
    r.reason_code.len() + r.message.map_or(0, |s| s.len())
}

fn responses(c: &mut Criterion) {
    let long = long_message();
    // Allocation counts, once, printed with the results.
    for (name, api, body) in [
        ("v1 throttled", Api::V1, THROTTLED),
        ("v1 long message", Api::V1, &long[..]),
        ("v2 json", Api::V2, V2),
        ("html 502", Api::V1, HTML),
    ] {
        let (_, ours_n) = allocations(|| ours(api, 503, body));
        let rival = match api {
            Api::V1 if name != "html 502" => Some(allocations(|| serde_xml(body)).1),
            Api::V2 => Some(allocations(|| serde_json_body(body)).1),
            _ => None,
        };
        println!("allocations/{name}: amzpay-errors {ours_n}, serde {rival:?}");
    }
    for (name, body) in [("v1 throttled", THROTTLED), ("v1 long message", &long[..])] {
        let mut g = c.benchmark_group(format!("response/{name}"));
        g.bench_function("amzpay-errors from_response + decide", |b| {
            b.iter(|| ours(Api::V1, 503, black_box(body)))
        });
        g.bench_function("serde + quick-xml into a struct", |b| {
            b.iter(|| serde_xml(black_box(body)))
        });
        g.finish();
    }
    let mut g = c.benchmark_group("response/v2 json");
    g.bench_function("amzpay-errors from_response + decide", |b| {
        b.iter(|| ours(Api::V2, 429, black_box(V2)))
    });
    g.bench_function("serde_json into a struct", |b| {
        b.iter(|| serde_json_body(black_box(V2)))
    });
    g.finish();
    let mut g = c.benchmark_group("response/html 502");
    g.bench_function("amzpay-errors from_response + decide", |b| {
        b.iter(|| ours(Api::V1, 502, black_box(HTML)))
    });
    g.finish();
}

criterion_group!(benches, responses);
criterion_main!(benches);
