#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| amzpay_errors_tests::fuzz_bodies::spec_generator(data));
