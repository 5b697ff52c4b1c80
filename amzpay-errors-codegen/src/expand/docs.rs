//! Rustdoc text for generated items, so that the rendered docs read as the catalogue.

use std::fmt::Write;

use crate::catalog::{BuyerView, Catalog, Entry};

/// The first lines of a variant's doc: its code and description.
pub fn head(entry: &Entry) -> String {
    format!("`{}`: {}\n", entry.code, entry.description)
}

/// A `- **label:** value` line.
pub fn fact(doc: &mut String, label: &str, value: &str) {
    let _ = writeln!(doc, "- **{label}:** {value}");
}

pub fn yes_no(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

/// How a buyer view reads in the docs.
pub fn buyer_view(view: &BuyerView) -> String {
    match view {
        BuyerView::Message(m) => format!("\u{201c}{m}\u{201d}"),
        BuyerView::Nothing(why) => format!("no text: {why}"),
        BuyerView::Unknown => "not documented".to_owned(),
    }
}

/// The sources line, when the entry cites any.
pub fn sources(doc: &mut String, catalog: &Catalog, entry: &Entry) {
    if entry.sources.is_empty() {
        return;
    }
    let list: Vec<&str> = entry
        .sources
        .iter()
        .map(|&i| catalog.sources[i].citation.as_str())
        .collect();
    fact(doc, "Source", &list.join("; "));
}

/// The doc of an enum: what it is and where it comes from.
pub fn enum_doc(what: &str, spec_name: &str, count: usize) -> String {
    format!(
        "{what}\n\nGenerated from `{spec_name}` ({count} values); the spec is the single source of truth."
    )
}
