//! Rivals of the generated enums, written by `build.rs` from the same spec, and a counting
//! allocator for the benchmarks.

#![allow(missing_docs)]

include!(concat!(env!("OUT_DIR"), "/rivals.rs"));

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Counts allocations (install it with `#[global_allocator]`).
pub struct Counting;

pub static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

/// How many allocations `f` makes.
pub fn allocations<R>(f: impl FnOnce() -> R) -> (R, usize) {
    let before = ALLOCATIONS.load(Ordering::Relaxed);
    let r = f();
    (r, ALLOCATIONS.load(Ordering::Relaxed) - before)
}

/// Strings that are no code: near misses (one letter off, wrong case, a prefix) and
/// unrelated ones, derived from the real codes.
pub fn misses() -> Vec<String> {
    let mut out = Vec::new();
    for code in CODES {
        out.push(code.to_lowercase());
        out.push(format!("{code}X"));
        out.push(code[..code.len() - 1].to_owned());
    }
    out.extend(
        [
            "",
            "x",
            "Unknown",
            "not a code at all, much longer than any code Amazon sends",
        ]
        .map(String::from),
    );
    out
}

/// The functions whose machine code `benches/build-times.sh` inspects (table lookup, not a
/// chain of branches).
#[inline(never)]
#[no_mangle]
pub fn inspect_as_str(c: amzpay_errors::ApiErrorCode) -> &'static str {
    c.as_str()
}

#[inline(never)]
#[no_mangle]
pub fn inspect_is_retryable(c: amzpay_errors::ApiErrorCode) -> bool {
    c.is_retryable()
}

#[inline(never)]
#[no_mangle]
pub fn inspect_description(c: amzpay_errors::ApiErrorCode) -> &'static str {
    c.description()
}

#[inline(never)]
#[no_mangle]
pub fn inspect_buyer_message(
    c: amzpay_errors::WidgetErrorCode,
    w: amzpay_errors::Widget,
) -> Option<&'static str> {
    c.buyer_message(w)
}

/// A spec of `n` v1 codes, for the generator's benchmarks.
pub fn synthetic_spec(n: usize) -> String {
    let mut spec = String::from("schema: 1\napi_errors:\n");
    for i in 0..n {
        spec.push_str(&format!(
            "  - code: Code{i}\n    http_status: 400\n    status_verified: true\n    retryable: false\n    retry_guidance: never\n    retry_kind: client\n    description: \"Code number {i}.\"\n    action: Fix the request.\n"
        ));
    }
    spec
}
