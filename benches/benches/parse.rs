//! Code parsing and the constant accessors, against what a user would write instead.

use std::hint::black_box;
use std::str::FromStr;

use amzpay_errors::{ApiErrorCode, UnknownCode, Widget, WidgetErrorCode};
use amzpay_errors_benches::{hand_parse, misses, StrumCode, CODES, PHF_CODES};
use criterion::{criterion_group, criterion_main, Criterion};

fn parse(c: &mut Criterion) {
    let misses = misses();
    let misses: Vec<&str> = misses.iter().map(String::as_str).collect();
    for (name, inputs) in [("hits", &CODES[..]), ("misses", &misses[..])] {
        let mut g = c.benchmark_group(format!("parse/{name}"));
        g.bench_function("amzpay-errors FromStr", |b| {
            b.iter(|| {
                inputs
                    .iter()
                    .filter(|s| ApiErrorCode::from_str(black_box(s)).is_ok())
                    .count()
            })
        });
        g.bench_function("plain match -> Option", |b| {
            b.iter(|| {
                inputs
                    .iter()
                    .filter(|s| hand_parse(black_box(s)).is_some())
                    .count()
            })
        });
        g.bench_function("strum EnumString", |b| {
            b.iter(|| {
                inputs
                    .iter()
                    .filter(|s| StrumCode::from_str(black_box(s)).is_ok())
                    .count()
            })
        });
        g.bench_function("phf map", |b| {
            b.iter(|| {
                inputs
                    .iter()
                    .filter(|s| PHF_CODES.get(black_box(**s)).is_some())
                    .count()
            })
        });
        g.finish();
    }
    // The miss path in parts: the dispatch (what the plain match does) and the error's
    // construction (an inline copy of at most 64 bytes, no heap).
    let mut g = c.benchmark_group("miss-path");
    g.bench_function("UnknownCode::new alone", |b| {
        b.iter(|| {
            misses
                .iter()
                .map(|s| UnknownCode::new("ApiErrorCode", black_box(s)).input_len())
                .sum::<usize>()
        })
    });
    g.finish();
}

fn accessors(c: &mut Criterion) {
    let mut g = c.benchmark_group("accessors");
    g.bench_function("as_str, every code", |b| {
        b.iter(|| {
            ApiErrorCode::ALL
                .iter()
                .map(|c| black_box(*c).as_str().len())
                .sum::<usize>()
        })
    });
    g.bench_function("description, every code", |b| {
        b.iter(|| {
            ApiErrorCode::ALL
                .iter()
                .map(|c| black_box(*c).description().len())
                .sum::<usize>()
        })
    });
    g.bench_function("is_retryable, every code", |b| {
        b.iter(|| {
            ApiErrorCode::ALL
                .iter()
                .filter(|c| black_box(**c).is_retryable())
                .count()
        })
    });
    g.bench_function("buyer_message, every code and widget", |b| {
        b.iter(|| {
            let mut n = 0;
            for &code in WidgetErrorCode::ALL {
                for &w in Widget::ALL {
                    n += black_box(code)
                        .buyer_message(black_box(w))
                        .map_or(0, str::len);
                }
            }
            n
        })
    });
    g.finish();
}

criterion_group!(benches, parse, accessors);
criterion_main!(benches);
