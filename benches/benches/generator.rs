//! The generator on the bundled spec and on generated specs of 1,000 and 10,000 codes (in
//! the bench profile; `build-times.sh` reports the opt-level 0 time a dependent gets).

use std::hint::black_box;

use amzpay_errors_codegen::{generate, Options};
use criterion::{criterion_group, criterion_main, Criterion};

fn generator(c: &mut Criterion) {
    let bundled = include_str!("../../spec/amazon-pay-errors.yaml");
    let mut g = c.benchmark_group("generator");
    g.sample_size(10);
    g.bench_function("bundled spec", |b| {
        b.iter(|| generate(black_box(bundled), &Options::default()).unwrap())
    });
    for n in [1_000, 10_000] {
        let spec = amzpay_errors_benches::synthetic_spec(n);
        g.bench_function(format!("{n} codes"), |b| {
            b.iter(|| generate(black_box(&spec), &Options::default()).unwrap())
        });
    }
    g.finish();
}

criterion_group!(benches, generator);
criterion_main!(benches);
