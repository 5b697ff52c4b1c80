//! The generator on the bundled spec and on generated specs of 1,000 and 10,000 codes (in
//! the bench profile; `build-times.sh` reports the opt-level 0 time a dependent gets).

use std::hint::black_box;

use amzpay_errors_codegen::{generate, Options};
use criterion::{criterion_group, criterion_main, Criterion};

fn synthetic(n: usize) -> String {
    let mut spec = String::from("schema: 1\napi_errors:\n");
    for i in 0..n {
        spec.push_str(&format!(
            "  - code: Code{i}\n    http_status: 400\n    status_verified: true\n    retryable: false\n    retry_guidance: never\n    retry_kind: client\n    description: \"Code number {i}.\"\n    action: Fix the request.\n"
        ));
    }
    spec
}

fn generator(c: &mut Criterion) {
    let bundled = include_str!("../../spec/amazon-pay-errors.yaml");
    let mut g = c.benchmark_group("generator");
    g.sample_size(10);
    g.bench_function("bundled spec", |b| {
        b.iter(|| generate(black_box(bundled), &Options::default()).unwrap())
    });
    for n in [1_000, 10_000] {
        let spec = synthetic(n);
        g.bench_function(format!("{n} codes"), |b| {
            b.iter(|| generate(black_box(&spec), &Options::default()).unwrap())
        });
    }
    g.finish();
}

criterion_group!(benches, generator);
criterion_main!(benches);
