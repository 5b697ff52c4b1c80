//! The same program with no enum at all: what std alone costs.
fn main() {
    for arg in std::env::args().skip(1) {
        println!("{arg}");
    }
}
