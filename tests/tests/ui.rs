//! The macro's surface, pinned: what it accepts and how it fails (`TRYBUILD=overwrite`
//! regenerates the `.stderr` files after a deliberate change).

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("ui/*.rs");
    t.pass("ui/pass/*.rs");
}
