//! The generator's time as a dependent's build runs it: build this in the dev profile
//! (opt-level 0, as a proc macro is compiled for dependents) and run it.

use std::time::Instant;

fn best_of(runs: usize, spec: &str) -> f64 {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            let tokens = amzpay_errors_codegen::generate(spec, &Default::default()).unwrap();
            std::hint::black_box(tokens);
            t.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    let bundled = include_str!("../../../spec/amazon-pay-errors.yaml");
    println!(
        "bundled spec ({} bytes): {:.1} ms",
        bundled.len(),
        best_of(5, bundled) * 1e3
    );
    for n in [1_000, 10_000] {
        let spec = amzpay_errors_benches::synthetic_spec(n);
        println!(
            "{n} codes ({} bytes): {:.1} ms",
            spec.len(),
            best_of(3, &spec) * 1e3
        );
    }
}
