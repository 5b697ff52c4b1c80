//! Writes the rivals of the generated `ApiErrorCode` from the same spec, so that no code is
//! typed twice: a hand-written-style `match`, a strum `EnumString` enum and a phf map.

use std::fmt::Write;

fn main() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../spec/amazon-pay-errors.yaml"
    );
    println!("cargo:rerun-if-changed={path}");
    let text = std::fs::read_to_string(path).expect("the bundled spec");
    let raw = amzpay_errors_codegen::parse::parse(&text).expect("a valid spec");
    let (catalog, errors) = amzpay_errors_codegen::validate::validate(raw);
    assert!(errors.is_empty(), "{errors:?}");
    let codes: Vec<(String, String)> = catalog
        .api_errors
        .expect("api_errors")
        .iter()
        .map(|e| (e.entry.ident.clone(), e.entry.code.clone()))
        .collect();

    let mut out = String::new();
    // The plain hand-written match, returning Option.
    out.push_str("#[derive(Debug, Clone, Copy, PartialEq, Eq)]\npub enum HandCode {\n");
    for (ident, _) in &codes {
        let _ = writeln!(out, "    {ident},");
    }
    out.push_str(
        "}\n\n#[inline]\npub fn hand_parse(s: &str) -> Option<HandCode> {\n    match s {\n",
    );
    for (ident, code) in &codes {
        let _ = writeln!(out, "        {code:?} => Some(HandCode::{ident}),");
    }
    out.push_str("        _ => None,\n    }\n}\n\n");
    // strum, with the derives a user would pick.
    out.push_str("#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumString, strum::IntoStaticStr, strum::EnumIter, strum::Display)]\npub enum StrumCode {\n");
    for (ident, code) in &codes {
        let _ = writeln!(out, "    #[strum(serialize = {code:?})]\n    {ident},");
    }
    out.push_str("}\n\n");
    // phf: code to index into `HandCode`'s order.
    let mut map = phf_codegen::Map::new();
    let values: Vec<String> = (0..codes.len()).map(|i| i.to_string()).collect();
    for ((_, code), v) in codes.iter().zip(&values) {
        map.entry(code.as_str(), v.as_str());
    }
    let _ = writeln!(
        out,
        "pub static PHF_CODES: phf::Map<&'static str, u16> = {};",
        map.build()
    );
    let _ = writeln!(
        out,
        "pub const CODES: [&str; {}] = {:?};",
        codes.len(),
        codes.iter().map(|c| c.1.as_str()).collect::<Vec<_>>()
    );
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("rivals.rs");
    std::fs::write(dest, out).unwrap();
}
