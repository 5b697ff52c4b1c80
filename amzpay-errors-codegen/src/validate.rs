//! The checks that run after parsing. Each one adds to one list, so that a build reports
//! every problem of the spec at once, each at its own line.

use std::collections::HashMap;

use serde_saphyr::Spanned;

use crate::catalog::{
    ApiError, BuyerView, Catalog, Entry, Named, Operation, Retry, Source, Status, WidgetError,
};
use crate::diagnostic::Diagnostic;
use crate::ident;
use crate::model::{RawBuyerView, RawSpec};

/// The spec schema version this generator reads.
pub const SCHEMA_VERSION: u64 = 1;

/// The `buyer_sees` key that stands for every widget not listed on its own.
const ALL_WIDGETS: &str = "all";

/// Checks a parsed spec and resolves its references.
///
/// Returns the catalogue of every entry that passed, and the problems found, sorted by
/// line. When there are problems the catalogue is partial, but still consistent: it is
/// what the derive emits in place of the real items, so that only code naming a broken
/// entry fails.
pub fn validate(raw: RawSpec) -> (Catalog, Vec<Diagnostic>) {
    let mut v = Validator::default();
    if raw.schema.value.0 != SCHEMA_VERSION {
        v.error(Diagnostic::at_value(
            &raw.schema,
            format!(
                "unsupported schema version {}; this generator reads version {SCHEMA_VERSION}",
                raw.schema.value.0
            ),
        ));
    }

    let mut source_ids: HashMap<String, (usize, u64)> = HashMap::new();
    let mut sources = Vec::new();
    for s in raw.sources {
        if let Some((_, line)) = source_ids.get(&s.id.value) {
            v.error(Diagnostic::at_value(
                &s.id,
                format!(
                    "source `{}` is declared twice (first at line {line})",
                    s.id.value
                ),
            ));
            continue;
        }
        let citation = match &s.url {
            Some(url) => format!("{} <{url}>", s.title),
            None => s.title.clone(),
        };
        source_ids.insert(s.id.value.clone(), (sources.len(), s.id.referenced.line()));
        sources.push(Source {
            id: s.id.value,
            citation,
        });
    }
    v.source_ids = source_ids.into_iter().map(|(k, (i, _))| (k, i)).collect();

    let retry = raw.retry.map(|r| {
        // The schedule cites its sources for the reader of the spec; only their ids are checked.
        v.sources(&r.sources);
        Retry {
            schedule_seconds: r.schedule_seconds.iter().map(|s| s.0).collect(),
            immediate_first_retry: r.immediate_first_retry.0,
            after_schedule: r.after_schedule,
        }
    });

    let statuses = raw.statuses.map(|list| {
        let mut seen = Names::new("status");
        let mut by_number: HashMap<u64, u64> = HashMap::new();
        let mut out = Vec::new();
        for s in list {
            let status = v.http_status(&s.status);
            if let Some(line) = by_number.insert(s.status.value.0, s.status.referenced.line()) {
                v.error(Diagnostic::at_value(
                    &s.status,
                    format!(
                        "status {} is declared twice (first at line {line})",
                        s.status.value.0
                    ),
                ));
            }
            let entry = v.entry(&mut seen, &s.name, None, &s.description, &s.sources, true);
            if let (Some(entry), Some(status)) = (entry, status) {
                out.push(Status {
                    // A status's code is its number: `"503".parse::<HttpStatus>()`.
                    entry: Entry {
                        code: status.to_string(),
                        ..entry
                    },
                    label: s.label,
                    status,
                    retryable: s.retryable.0,
                    retry_kind: s.retry_kind,
                    note: s.note,
                });
            }
        }
        out
    });

    let widgets = raw.widgets.map(|list| v.named_list("widget", list));
    let widget_actions = raw
        .widget_actions
        .map(|list| v.named_list("widget action", list));

    let widget_errors = raw.widget_errors.map(|list| {
        if widgets.is_none() || widget_actions.is_none() {
            v.error(Diagnostic::at_value(
                &list,
                "`widget_errors` needs the `widgets` and `widget_actions` sections it refers to",
            ));
        }
        let widget_names: Vec<&str> = names_of(widgets.as_deref());
        let action_names: Vec<&str> = names_of(widget_actions.as_deref());
        let mut seen = Names::new("widget error code");
        let mut out = Vec::new();
        for e in list.value {
            let entry = v.entry(
                &mut seen,
                &e.code,
                e.name.as_ref(),
                &e.description,
                &e.sources,
                false,
            );
            let views = v.buyer_views(&e.buyer_sees, &widget_names);
            let action = action_names.iter().position(|a| *a == e.action.value);
            if action.is_none() && widget_actions.is_some() {
                v.error(Diagnostic::at_value(
                    &e.action,
                    format!(
                        "unknown widget action `{}`; `widget_actions` declares: {}",
                        e.action.value,
                        action_names.join(", ")
                    ),
                ));
            }
            if let (Some(entry), Some(views), Some(action)) = (entry, views, action) {
                out.push(WidgetError {
                    entry,
                    retryable: e.retryable.0,
                    views,
                    action,
                    why: e.why,
                });
            }
        }
        out
    });

    let api_errors = raw.api_errors.map(|list| {
        let mut seen = Names::new("API error code");
        let mut out = Vec::new();
        for e in list {
            let status = match &e.http_status {
                Some(s) => v.http_status(s).map(Some),
                None => Some(None),
            };
            let entry = v.entry(
                &mut seen,
                &e.code,
                e.name.as_ref(),
                &e.description,
                &e.sources,
                false,
            );
            if let (Some(entry), Some(http_status)) = (entry, status) {
                out.push(ApiError {
                    entry,
                    http_status,
                    retryable: e.retryable.0,
                    retry_kind: e.retry_kind,
                    action: e.action,
                    note: e.note,
                });
            }
        }
        out
    });

    let operations = raw.operations.map(|list| {
        let mut seen = Names::new("operation");
        let mut out = Vec::new();
        for o in list {
            if let Some(entry) =
                v.entry(&mut seen, &o.name, None, &o.description, &o.sources, false)
            {
                out.push(Operation {
                    entry,
                    idempotency_key: o.idempotency_key,
                    read_only: o.read_only.0,
                });
            }
        }
        out
    });

    let catalog = Catalog {
        sources,
        retry,
        statuses,
        widgets,
        widget_actions,
        widget_errors,
        api_errors,
        operations,
    };
    let mut errors = v.errors;
    errors.sort_by_key(|d| (d.line, d.column));
    (catalog, errors)
}

fn names_of(list: Option<&[Named]>) -> Vec<&str> {
    list.unwrap_or_default()
        .iter()
        .map(|n| n.entry.code.as_str())
        .collect()
}

/// The codes and identifiers already taken in one enum, with the line that took them.
struct Names {
    what: &'static str,
    codes: HashMap<String, u64>,
    idents: HashMap<String, (String, u64)>,
}

impl Names {
    fn new(what: &'static str) -> Self {
        Names {
            what,
            codes: HashMap::new(),
            idents: HashMap::new(),
        }
    }
}

#[derive(Default)]
struct Validator {
    errors: Vec<Diagnostic>,
    source_ids: HashMap<String, usize>,
}

impl Validator {
    fn error(&mut self, d: Diagnostic) {
        self.errors.push(d);
    }

    /// Checks one entry's code, name and sources; `None` when any of them is wrong.
    /// `name_is_code` is for sections whose `name` is both the identifier and the string.
    fn entry(
        &mut self,
        seen: &mut Names,
        code: &Spanned<String>,
        name: Option<&Spanned<String>>,
        description: &str,
        sources: &[Spanned<String>],
        name_is_code: bool,
    ) -> Option<Entry> {
        let mut ok = true;
        let line = code.referenced.line();
        if let Some(first) = seen.codes.get(&code.value) {
            self.error(Diagnostic::at_value(
                code,
                format!(
                    "duplicate {} `{}` (first declared at line {first})",
                    seen.what,
                    code.value.escape_debug()
                ),
            ));
            ok = false;
        } else {
            seen.codes.insert(code.value.clone(), line);
        }
        let ident = match name {
            Some(name) => match ident::check_name(&name.value) {
                Ok(()) => Some((name.value.clone(), name)),
                Err(msg) => {
                    self.error(Diagnostic::at_value(name, msg));
                    None
                }
            },
            None if name_is_code => match ident::check_name(&code.value) {
                Ok(()) => Some((code.value.clone(), code)),
                Err(msg) => {
                    self.error(Diagnostic::at_value(code, msg));
                    None
                }
            },
            None => match ident::variant_name(&code.value) {
                Ok(ident) => Some((ident, code)),
                Err(msg) => {
                    self.error(Diagnostic::at_value(code, msg));
                    None
                }
            },
        };
        let ident = match ident {
            Some((ident, at)) => {
                match seen.idents.get(&ident) {
                    Some((other, first)) if ok => {
                        self.error(Diagnostic::at_value(
                            at,
                            format!(
                                "`{}` and `{}` (line {first}) both become the variant `{ident}`; give one of them a different `name:`",
                                code.value.escape_debug(),
                                other.escape_debug()
                            ),
                        ));
                        ok = false;
                    }
                    Some(_) => {}
                    None => {
                        seen.idents
                            .insert(ident.clone(), (code.value.clone(), line));
                    }
                }
                Some(ident)
            }
            None => {
                ok = false;
                None
            }
        };
        if description.trim().is_empty() {
            self.error(Diagnostic::at_value(
                code,
                format!("`{}` has an empty description", code.value.escape_debug()),
            ));
            ok = false;
        }
        let sources = self.sources(sources)?;
        match ident {
            Some(ident) if ok => Some(Entry {
                ident,
                code: code.value.clone(),
                description: description.trim().to_owned(),
                sources,
            }),
            _ => None,
        }
    }

    /// Resolves source ids; reports each unknown one.
    fn sources(&mut self, ids: &[Spanned<String>]) -> Option<Vec<usize>> {
        let mut out = Vec::with_capacity(ids.len());
        let mut ok = true;
        for id in ids {
            match self.source_ids.get(&id.value) {
                Some(&i) => out.push(i),
                None => {
                    let mut known: Vec<&str> = self.source_ids.keys().map(String::as_str).collect();
                    known.sort_unstable();
                    self.errors.push(Diagnostic::at_value(
                        id,
                        format!(
                            "unknown source `{}`; `sources` declares: {}",
                            id.value.escape_debug(),
                            if known.is_empty() {
                                "nothing".to_owned()
                            } else {
                                known.join(", ")
                            }
                        ),
                    ));
                    ok = false;
                }
            }
        }
        ok.then_some(out)
    }

    fn http_status(&mut self, status: &Spanned<crate::strict::StrictU64>) -> Option<u16> {
        match u16::try_from(status.value.0) {
            Ok(s) if (100..=599).contains(&s) => Some(s),
            _ => {
                self.error(Diagnostic::at_value(
                    status,
                    format!("HTTP status {} is outside 100..=599", status.value.0),
                ));
                None
            }
        }
    }

    fn named_list(&mut self, what: &'static str, list: Vec<crate::model::RawNamed>) -> Vec<Named> {
        let mut seen = Names::new(what);
        list.into_iter()
            .filter_map(|n| {
                self.entry(&mut seen, &n.name, None, &n.description, &[], true)
                    .map(|entry| Named { entry })
            })
            .collect()
    }

    /// Resolves `buyer_sees` to one view per widget: each key is a widget or `all`, and
    /// every widget must be covered.
    fn buyer_views(
        &mut self,
        map: &Spanned<crate::strict::OrderedMap<RawBuyerView>>,
        widgets: &[&str],
    ) -> Option<Vec<BuyerView>> {
        let mut views: Vec<Option<BuyerView>> = vec![None; widgets.len()];
        let mut default = None;
        let mut ok = true;
        for (key, view) in &map.value.0 {
            let view = match view {
                RawBuyerView::Message(m) => BuyerView::Message(m.clone()),
                RawBuyerView::Nothing(m) => BuyerView::Nothing(m.clone()),
                RawBuyerView::Unknown => BuyerView::Unknown,
            };
            if key.value == ALL_WIDGETS {
                default = Some(view);
            } else if let Some(i) = widgets.iter().position(|w| *w == key.value) {
                views[i] = Some(view);
            } else {
                self.error(Diagnostic::at_value(
                    key,
                    format!(
                        "unknown widget `{}` in `buyer_sees`; use `{ALL_WIDGETS}` or one of: {}",
                        key.value.escape_debug(),
                        widgets.join(", ")
                    ),
                ));
                ok = false;
            }
        }
        let mut out = Vec::with_capacity(widgets.len());
        let mut missing = Vec::new();
        for (i, view) in views.into_iter().enumerate() {
            match view.or_else(|| default.clone()) {
                Some(v) => out.push(v),
                None => missing.push(widgets[i]),
            }
        }
        if !missing.is_empty() {
            self.error(Diagnostic::at_value(
                map,
                format!(
                    "`buyer_sees` says nothing for {}: add each, or `{ALL_WIDGETS}` (write `unknown` where no source says)",
                    missing.join(", ")
                ),
            ));
            ok = false;
        }
        ok.then_some(out)
    }
}
