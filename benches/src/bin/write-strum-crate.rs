//! Writes, into the directory given, a crate holding the bundled catalogue's enums written
//! by hand with strum's derives: the rival of `amzpay-errors` in `build-times.sh`. The
//! variants come from the spec, so nothing is typed twice.

use std::fmt::Write;

fn main() {
    let dir = std::env::args()
        .nth(1)
        .expect("usage: write-strum-crate DIR");
    let dir = std::path::Path::new(&dir);
    let text = include_str!("../../../spec/amazon-pay-errors.yaml");
    let raw = amzpay_errors_codegen::parse::parse(text).expect("a valid spec");
    let (c, errors) = amzpay_errors_codegen::validate::validate(raw);
    assert!(errors.is_empty());
    let mut enums: Vec<(String, Vec<(String, String)>)> = Vec::new();
    let entries = |list: Vec<&amzpay_errors_codegen::catalog::Entry>| {
        list.into_iter()
            .map(|e| (e.ident.clone(), e.code.clone()))
            .collect::<Vec<_>>()
    };
    enums.push((
        "WidgetErrorCode".into(),
        entries(c.widget_errors.iter().flatten().map(|e| &e.entry).collect()),
    ));
    enums.push((
        "ApiErrorCode".into(),
        entries(c.api_errors.iter().flatten().map(|e| &e.entry).collect()),
    ));
    enums.push((
        "V2ReasonCode".into(),
        entries(c.v2_errors.iter().flatten().map(|e| &e.entry).collect()),
    ));
    enums.push((
        "HttpStatus".into(),
        entries(c.statuses.iter().flatten().map(|e| &e.entry).collect()),
    ));
    enums.push((
        "Widget".into(),
        entries(c.widgets.iter().flatten().map(|e| &e.entry).collect()),
    ));
    enums.push((
        "WidgetAction".into(),
        entries(
            c.widget_actions
                .iter()
                .flatten()
                .map(|e| &e.entry)
                .collect(),
        ),
    ));
    enums.push((
        "Operation".into(),
        entries(c.operations.iter().flatten().map(|e| &e.entry).collect()),
    ));
    enums.push((
        "PaymentObject".into(),
        entries(c.objects.iter().flatten().map(|e| &e.entry).collect()),
    ));
    enums.push((
        "ObjectState".into(),
        entries(c.states.iter().flatten().map(|e| &e.entry).collect()),
    ));
    enums.push((
        "ReasonAction".into(),
        entries(
            c.reason_actions
                .iter()
                .flatten()
                .map(|e| &e.entry)
                .collect(),
        ),
    ));
    for g in c.state_reasons.iter().flat_map(|s| &s.groups) {
        enums.push((
            g.enum_name.clone(),
            entries(g.reasons.iter().map(|r| &r.entry).collect()),
        ));
    }
    enums.push((
        "ConstraintId".into(),
        entries(c.constraints.iter().flatten().map(|e| &e.entry).collect()),
    ));

    let mut src = String::from(
        "//! The bundled catalogue's enums, by hand with strum (written by write-strum-crate).\n",
    );
    let mut variants = 0;
    for (name, list) in &enums {
        let _ = writeln!(src, "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::EnumString, strum::IntoStaticStr, strum::EnumIter, strum::Display)]\npub enum {name} {{");
        for (ident, code) in list {
            let _ = writeln!(src, "    #[strum(serialize = {code:?})]\n    {ident},");
            variants += 1;
        }
        src.push_str("}\n\n");
    }
    std::fs::create_dir_all(dir.join("src")).unwrap();
    std::fs::write(dir.join("src/lib.rs"), src).unwrap();
    std::fs::write(
        dir.join("Cargo.toml"),
        "[package]\nname = \"strum-catalogue\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\nstrum = { version = \"0.28\", features = [\"derive\"] }\n\n[workspace]\n",
    )
    .unwrap();
    eprintln!("{} enums, {variants} variants", enums.len());
}
