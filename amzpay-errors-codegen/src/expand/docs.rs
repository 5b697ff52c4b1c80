//! Rustdoc text for generated items, so that the rendered docs read as the catalogue.

use std::fmt::Write;

use crate::catalog::{BuyerView, Catalog, Entry};

/// The first lines of a variant's doc: its code and description.
pub fn head(entry: &Entry) -> String {
    format!("{}: {}\n", code_span(&entry.code), text(&entry.description))
}

/// A `- **label:** value` line; `value` is spec text, shown exactly as written.
pub fn fact(doc: &mut String, label: &str, value: &str) {
    fact_md(doc, label, &text(value));
}

/// A `- **label:** value` line whose value is already Markdown.
pub fn fact_md(doc: &mut String, label: &str, value: &str) {
    let _ = writeln!(doc, "- **{label}:** {value}");
}

/// Spec text as Markdown that renders exactly as written: no emphasis, links or HTML from
/// its punctuation, and no "smart" quotes, dashes or ellipses (buyer texts are facts,
/// character for character).
pub fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\'' => out.push_str("&#39;"),
            '"' => out.push_str("&#34;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '#' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            '-' | '.' if chars.peek() == Some(&c) => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A code as an inline code span, whatever backticks it holds.
pub fn code_span(code: &str) -> String {
    let longest = code.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if code.starts_with('`') || code.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{code}{pad}{fence}")
}

pub fn yes_no(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

/// How a buyer view reads in the docs (Markdown).
pub fn buyer_view(view: &BuyerView) -> String {
    match view {
        BuyerView::Message(m) => format!("\u{201c}{}\u{201d}", text(m)),
        BuyerView::Nothing(why) => format!("no text: {}", text(why)),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_for_markdown() {
        assert_eq!(text("We're sorry"), "We&#39;re sorry");
        assert_eq!(
            text("a *b* _c_ `d` [e](f) <g> & #h"),
            "a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) &lt;g&gt; &amp; \\#h"
        );
        assert_eq!(text("wait... -- one-time"), "wait\\.\\.. \\-- one-time");
        assert_eq!(text("déjà */ {x}"), "déjà \\*/ \\{x\\}");
    }

    #[test]
    fn code_spans_hold_backticks() {
        assert_eq!(code_span("ITP"), "`ITP`");
        assert_eq!(code_span("a`b"), "``a`b``");
        assert_eq!(code_span("`x"), "`` `x ``");
    }
}
