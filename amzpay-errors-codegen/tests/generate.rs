//! The generator called directly, as a plain function: spec text in, tokens or located
//! errors out.

use amzpay_errors_codegen::{generate, Diagnostic, Options};

fn errors(spec: &str) -> Vec<Diagnostic> {
    generate(spec, &Options::new("t.yaml"))
        .unwrap_err()
        .diagnostics
}

fn at(d: &Diagnostic) -> (u64, u64) {
    (d.line.expect("a line"), d.column.expect("a column"))
}

const API_ENTRY: &str =
    "    retryable: false\n    retry_guidance: never\n    retry_kind: client\n    description: D.\n    action: A.\n";

#[test]
fn the_bundled_spec_generates() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../spec/amazon-pay-errors.yaml"
    );
    let spec = std::fs::read_to_string(path).expect("the bundled spec");
    let tokens = generate(&spec, &Options::new("spec/amazon-pay-errors.yaml")).expect("valid");
    let text = tokens.to_string();
    for item in [
        "pub enum WidgetErrorCode",
        "pub enum ApiErrorCode",
        "pub enum Widget ",
        "pub enum WidgetAction",
        "pub enum HttpStatus",
        "pub enum Operation",
    ] {
        assert!(text.contains(item), "{item}");
    }
    assert!(
        text.contains(
            "if a == b\"ITP\" { return :: core :: option :: Option :: Some (Self :: Itp) ; }"
        ),
        "the exact code, compared as bytes"
    );
    assert!(text.contains(":: amzpay_errors :: UnknownCode :: new (\"WidgetErrorCode\" , s)"));
}

#[test]
fn the_crate_path_is_used_everywhere() {
    let spec = format!("schema: 1\napi_errors:\n  - code: X\n{API_ENTRY}");
    let options = Options {
        krate: quote::quote!(my::rt),
        ..Options::new("t.yaml")
    };
    let text = generate(&spec, &options).unwrap().to_string();
    assert!(!text.contains("amzpay_errors"), "{text}");
    assert!(text.contains("my :: rt :: UnknownCode"));
}

#[test]
fn a_syntax_error_wins_over_schema_errors() {
    let e = errors("schema: 1\napi_errors:\n  - code: X\n    retryable: maybe\n    bad: [\n");
    assert_eq!(e.len(), 1);
    assert_eq!(at(&e[0]).0, 5);
    assert!(e[0].message.contains("bracket"), "{}", e[0].message);
}

#[test]
fn checks_after_parsing_report_together_in_line_order() {
    let spec = format!(
        "schema: 2\napi_errors:\n  - code: A-B\n{API_ENTRY}  - code: X\n{API_ENTRY}  - code: X\n{API_ENTRY}  - code: Y\n    http_status: 42\n    status_verified: true\n{API_ENTRY}"
    );
    let e = errors(&spec);
    let lines: Vec<u64> = e.iter().map(|d| at(d).0).collect();
    assert_eq!(lines, [1, 3, 15, 22], "{e:#?}");
    assert!(e[0].message.contains("schema version 2"));
    assert!(e[1].message.contains("cannot become a Rust identifier"));
    assert!(e[2]
        .message
        .contains("duplicate API error code `X` (first declared at line 9)"));
    assert!(e[3].message.contains("outside 100..=599"));
    assert_eq!(
        e[2].render("t.yaml"),
        format!("t.yaml:15:11: {}", e[2].message)
    );
}

#[test]
fn duplicate_keys_are_refused_at_the_repeated_key() {
    let e = errors("schema: 1\napi_errors:\n  - code: X\n    retryable: true\n    retryable: false\n    retry_guidance: never\n    retry_kind: client\n    description: D.\n    action: A.\n");
    assert_eq!(at(&e[0]), (5, 5));
    assert!(e[0].message.contains("duplicate"), "{}", e[0].message);
}

#[test]
fn codes_that_look_like_other_types_stay_strings_or_are_refused() {
    for code in ["NO", "\"007\"", "404", "true"] {
        let spec = format!("schema: 1\napi_errors:\n  - code: {code}\n{API_ENTRY}");
        match generate(&spec, &Options::default()) {
            Ok(tokens) => {
                let text = tokens.to_string();
                let literal = format!("\"{}\"", code.trim_matches('"'));
                assert!(text.contains(&literal), "{code}: {text}");
            }
            Err(e) => assert!(
                e.diagnostics[0]
                    .message
                    .contains("cannot become a Rust identifier"),
                "{code}: {e}"
            ),
        }
    }
}

#[test]
fn an_empty_file_is_an_error() {
    for spec in ["", "\n\n", "# only a comment\n"] {
        let e = errors(spec);
        assert_eq!(e.len(), 1, "{spec:?}");
    }
}

#[test]
fn an_alias_bomb_is_refused() {
    let mut spec = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..12 {
        let p = i - 1;
        spec.push_str(&format!(
            "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
        ));
    }
    spec.push_str("schema: 1\n");
    // A bomb that expanded would not finish: getting an answer at all is the test.
    let e = errors(&spec);
    assert_eq!(e.len(), 1);
}

#[test]
fn a_failed_parse_still_declares_every_enum() {
    let err = generate("schema: [", &Options::default()).unwrap_err();
    let text = err.placeholder.to_string();
    for item in [
        "pub enum WidgetErrorCode { }",
        "pub enum ApiErrorCode { }",
        "pub enum Widget { }",
    ] {
        assert!(text.contains(item), "{item}: {text}");
    }
}

#[test]
fn a_failed_check_keeps_the_entries_that_passed() {
    let spec = format!(
        "schema: 1\napi_errors:\n  - code: Good\n{API_ENTRY}  - code: Bad-One\n{API_ENTRY}"
    );
    let err = generate(&spec, &Options::default()).unwrap_err();
    let text = err.placeholder.to_string();
    assert!(text.contains("Good"));
    assert!(!text.contains("Bad-One"));
    assert!(
        !text.contains("pub enum WidgetErrorCode"),
        "sections the spec lacks stay out"
    );
}

#[test]
fn text_with_quotes_and_braces_is_carried_as_written() {
    let spec = "schema: 1\napi_errors:\n  - code: X\n    retryable: false\n    retry_guidance: never\n    retry_kind: client\n    description: 'Says \"hi\" {braces} \\back */ # déjà'\n    action: A.\n";
    let text = generate(spec, &Options::default()).unwrap().to_string();
    assert!(
        text.contains(r#""Says \"hi\" {braces} \\back */ # déjà""#),
        "{text}"
    );
}

#[test]
fn ten_thousand_codes_generate() {
    let mut spec = String::from("schema: 1\napi_errors:\n");
    for i in 0..10_000 {
        spec.push_str(&format!("  - code: Code{i}\n{API_ENTRY}"));
    }
    let tokens = generate(&spec, &Options::default()).unwrap();
    assert!(tokens.to_string().contains("Code9999"));
}

#[test]
fn oversized_specs_are_refused_at_once() {
    let entry = format!("  - code: CodeNNNNNN\n{API_ENTRY}");
    let mut spec = String::from("schema: 1\napi_errors:\n");
    for _ in 0..100_000 {
        spec.push_str(&entry);
    }
    let e = errors(&spec);
    assert!(
        e[0].message.contains("at most 4194304 bytes"),
        "{}",
        e[0].message
    );
    let twenty_mb = format!("schema: 1\n# {}\n", "x".repeat(20 * 1024 * 1024));
    assert!(errors(&twenty_mb)[0].message.contains("at most"));
}

#[test]
fn a_dense_spec_past_the_node_budget_is_refused_with_a_location() {
    let mut spec = String::from("schema: 1\nwidgets:\n");
    for i in 0..60_000 {
        spec.push_str(&format!("  - {{name: W{i}, description: d}}\n"));
    }
    assert!(spec.len() < amzpay_errors_codegen::parse::MAX_SPEC_BYTES);
    let e = errors(&spec);
    assert!(
        e[0].message.contains("250,000 YAML nodes"),
        "{}",
        e[0].message
    );
    assert!(e[0].line.is_some());
}

#[test]
fn only_true_and_false_are_booleans() {
    for word in [
        "no",
        "yes",
        "on",
        "off",
        "y",
        "n",
        "NO",
        "\"false\"",
        "'true'",
        "0",
        "1",
        "~",
    ] {
        let spec = format!(
            "schema: 1\napi_errors:\n  - code: X\n    retryable: {word}\n    retry_guidance: never\n    retry_kind: client\n    description: D.\n    action: A.\n"
        );
        let e = errors(&spec);
        assert_eq!(at(&e[0]).0, 4, "{word}: {e:?}");
    }
}
