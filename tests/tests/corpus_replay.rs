//! Replays the fuzz corpus (`fuzz/corpus/`) through the fuzz targets' bodies, so that every
//! input the fuzzers kept (and every crash they found, once fixed) is a regular test.

use std::path::Path;

use amzpay_errors_tests::fuzz_bodies;

fn replay(target: &str, body: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../fuzz/corpus")
        .join(target);
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_file() {
            body(&std::fs::read(&path).unwrap());
            count += 1;
        }
    }
    assert!(count > 0, "{}: no corpus", dir.display());
}

#[test]
fn spec_generator_corpus() {
    replay("spec_generator", fuzz_bodies::spec_generator);
}

#[test]
fn code_parsing_corpus() {
    replay("code_parsing", fuzz_bodies::code_parsing);
}

#[test]
fn response_parsing_corpus() {
    replay("response_parsing", fuzz_bodies::response_parsing);
}
