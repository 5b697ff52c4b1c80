//! The checks that run after parsing. Each one adds to one list, so that a build reports
//! every problem of the spec at once, each at its own line.

use std::collections::HashMap;

use serde_saphyr::Spanned;

use crate::catalog::{
    ApiError, BuyerView, Catalog, Constraint, Entry, Named, Operation, Reason, ReasonGroup, Retry,
    Source, StateReasons, Status, WidgetError,
};
use crate::diagnostic::Diagnostic;
use crate::ident;
use crate::model::{RawBuyerView, RawSpec};

/// The spec schema version this generator reads.
pub const SCHEMA_VERSION: u64 = 1;

/// The `object:` of a reason group whose object no source names.
const UNKNOWN_OBJECT: &str = "unknown";

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

    let mut source_lines: HashMap<String, u64> = HashMap::new();
    let mut sources = Vec::new();
    for s in raw.sources {
        if let Some(line) = source_lines.get(&s.id.value) {
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
        source_lines.insert(s.id.value.clone(), s.id.referenced.line());
        v.source_ids.insert(s.id.value.clone(), sources.len());
        sources.push(Source {
            id: s.id.value,
            kind: s.kind,
            citation,
        });
    }

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
                    retry_in: s.retry_in,
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
    let objects = raw.objects.map(|list| v.named_list("object", list));
    let states = raw.states.map(|list| v.named_list("state", list));
    let reason_actions = raw
        .reason_actions
        .map(|list| v.named_list("reason action", list));

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
    let operation_names = Refs::new("operation", "operations", operations.as_deref());
    let api_errors = raw
        .api_errors
        .map(|list| v.api_errors("API error code", list, Some(&operation_names)));
    let v2_errors = raw
        .v2_errors
        .map(|list| v.api_errors("v2 reason code", list, None));

    let widget_errors = raw.widget_errors.map(|list| {
        if widgets.is_none() || widget_actions.is_none() {
            v.error(Diagnostic::at_value(
                &list,
                "`widget_errors` needs the `widgets` and `widget_actions` sections it refers to",
            ));
        }
        let widget_names: Vec<&str> = names_of(widgets.as_deref());
        let actions = Refs::new("widget action", "widget_actions", widget_actions.as_deref());
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
            let action = v.resolve(&actions, &e.action);
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

    let object_refs = Refs::new("object", "objects", objects.as_deref());
    let state_refs = Refs::new("state", "states", states.as_deref());
    let action_refs = Refs::new("reason action", "reason_actions", reason_actions.as_deref());
    let state_reasons = raw
        .state_reasons
        .map(|r| v.state_reasons(r, &object_refs, &state_refs, &action_refs));

    let constraints = raw.constraints.map(|list| {
        let mut seen = Names::new("constraint id");
        let mut out = Vec::new();
        for c in list {
            let entry = v.entry(
                &mut seen,
                &c.code,
                c.name.as_ref(),
                &c.description,
                &c.sources,
                false,
            );
            let objects: Option<Vec<usize>> = c
                .objects
                .iter()
                .map(|o| v.resolve(&object_refs, o))
                .collect();
            if let (Some(entry), Some(objects)) = (entry, objects) {
                out.push(Constraint {
                    entry,
                    objects,
                    fix: c.fix,
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
        v2_errors,
        objects,
        states,
        reason_actions,
        state_reasons,
        constraints,
    };
    let mut errors = v.errors;
    errors.sort_by_key(|d| (d.line, d.column));
    (catalog, errors)
}

/// The names one section declares, for resolving references to it.
struct Refs<'a> {
    what: &'static str,
    section: &'static str,
    names: Option<Vec<&'a str>>,
}

impl<'a> Refs<'a> {
    fn new<T: HasEntry>(what: &'static str, section: &'static str, list: Option<&'a [T]>) -> Self {
        Refs {
            what,
            section,
            names: list.map(|l| l.iter().map(|n| n.entry().code.as_str()).collect()),
        }
    }
}

/// Sections whose entries can be referred to by their code.
trait HasEntry {
    fn entry(&self) -> &Entry;
}

impl HasEntry for Named {
    fn entry(&self) -> &Entry {
        &self.entry
    }
}

impl HasEntry for Operation {
    fn entry(&self) -> &Entry {
        &self.entry
    }
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

    /// Resolves a reference to an entry of another section.
    fn resolve(&mut self, refs: &Refs<'_>, value: &Spanned<String>) -> Option<usize> {
        let Some(names) = &refs.names else {
            self.error(Diagnostic::at_value(
                value,
                format!(
                    "`{}` refers to the {} `{}`, but the spec has no `{}` section",
                    value.value.escape_debug(),
                    refs.what,
                    value.value.escape_debug(),
                    refs.section
                ),
            ));
            return None;
        };
        let found = names.iter().position(|n| *n == value.value);
        if found.is_none() {
            self.error(Diagnostic::at_value(
                value,
                format!(
                    "unknown {} `{}`; `{}` declares: {}",
                    refs.what,
                    value.value.escape_debug(),
                    refs.section,
                    names.join(", ")
                ),
            ));
        }
        found
    }

    /// `api_errors` and `v2_errors`: the same schema; only v1 codes name operations.
    fn api_errors(
        &mut self,
        what: &'static str,
        list: Vec<crate::model::RawApiError>,
        operations: Option<&Refs<'_>>,
    ) -> Vec<ApiError> {
        use crate::model::RetryGuidance as G;
        let mut seen = Names::new(what);
        let mut out = Vec::new();
        for e in list {
            let mut ok = true;
            let http_status = match &e.http_status {
                Some(s) => {
                    ok &= self.http_status(s).is_some();
                    self.http_status_value(s)
                }
                None => None,
            };
            let status_verified = match (&e.http_status, &e.status_verified) {
                (Some(_), Some(v)) => v.value.0,
                (Some(s), None) => {
                    self.error(Diagnostic::at_value(
                        s,
                        "`http_status` needs `status_verified: true` or `false`: say whether an official source confirms it",
                    ));
                    ok = false;
                    false
                }
                (None, Some(v)) => {
                    self.error(Diagnostic::at_value(
                        v,
                        "`status_verified` without an `http_status`",
                    ));
                    ok = false;
                    false
                }
                (None, None) => false,
            };
            let mut other_statuses = Vec::new();
            for s in &e.other_statuses {
                match (self.http_status(s), http_status) {
                    (Some(o), Some(primary)) if o != primary => other_statuses.push(o),
                    (Some(_), Some(_)) => {
                        self.error(Diagnostic::at_value(
                            s,
                            "`other_statuses` repeats `http_status`",
                        ));
                        ok = false;
                    }
                    (Some(_), None) => {
                        self.error(Diagnostic::at_value(
                            s,
                            "`other_statuses` without an `http_status`: record the status `http_status()` gives first",
                        ));
                        ok = false;
                    }
                    (None, _) => ok = false,
                }
            }
            let unverified_status = match &e.unverified_status {
                Some(s) if e.http_status.is_some() => {
                    self.error(Diagnostic::at_value(
                        s,
                        "`unverified_status` is for codes no source gives a status for; this one has `http_status`",
                    ));
                    ok = false;
                    None
                }
                Some(s) => {
                    ok &= self.http_status(s).is_some();
                    self.http_status_value(s)
                }
                None => None,
            };
            let retryable = e.retryable.value.0;
            if retryable != (e.retry_guidance == G::Retry) {
                self.error(Diagnostic::at_value(
                    &e.retryable,
                    "`retryable: true` goes with `retry_guidance: retry`, and only with it",
                ));
                ok = false;
            }
            let any_operation = e.any_operation.as_ref().is_some_and(|a| a.value.0);
            let mut ops = Vec::new();
            match operations {
                Some(refs) => {
                    if any_operation && !e.operations.is_empty() {
                        let at = e
                            .any_operation
                            .as_ref()
                            .expect("set when any_operation is true");
                        self.error(Diagnostic::at_value(
                            at,
                            "`any_operation: true` and a list of `operations`: choose one",
                        ));
                        ok = false;
                    }
                    for o in &e.operations {
                        match self.resolve(refs, o) {
                            Some(i) => ops.push(i),
                            None => ok = false,
                        }
                    }
                }
                None => {
                    if let Some(o) = e.operations.first() {
                        self.error(Diagnostic::at_value(o, "v2 reason codes name their operations in `applies_to`, not `operations`"));
                        ok = false;
                    }
                    if let Some(a) = &e.any_operation {
                        self.error(Diagnostic::at_value(
                            a,
                            "v2 reason codes name their operations in `applies_to`",
                        ));
                        ok = false;
                    }
                }
            }
            let entry = self.entry(
                &mut seen,
                &e.code,
                e.name.as_ref(),
                &e.description,
                &e.sources,
                false,
            );
            if let (Some(entry), true) = (entry, ok) {
                out.push(ApiError {
                    entry,
                    http_status,
                    status_verified,
                    other_statuses,
                    status_note: e.status_note,
                    unverified_status,
                    retryable,
                    retry_guidance: e.retry_guidance,
                    retry_kind: e.retry_kind,
                    action: e.action,
                    note: e.note,
                    operations: ops,
                    any_operation,
                    operations_inferred: e.operations_inferred.is_some_and(|b| b.0),
                    applies_to: e.applies_to,
                });
            }
        }
        out
    }

    fn state_reasons(
        &mut self,
        raw: crate::model::RawStateReasons,
        objects: &Refs<'_>,
        states: &Refs<'_>,
        actions: &Refs<'_>,
    ) -> StateReasons {
        let no_reason = raw.no_reason.value.clone();
        let mut enum_names: HashMap<String, u64> = HashMap::new();
        let mut groups = Vec::new();
        for g in raw.groups {
            let mut ok = true;
            let name = &g.enum_name;
            if let Err(msg) = ident::check_name(&name.value) {
                self.error(Diagnostic::at_value(name, msg));
                ok = false;
            } else if crate::expand::names::ALL.contains(&name.value.as_str()) {
                self.error(Diagnostic::at_value(
                    name,
                    format!("`{}` is the name of another generated enum", name.value),
                ));
                ok = false;
            } else if let Some(line) = enum_names.insert(name.value.clone(), name.referenced.line())
            {
                self.error(Diagnostic::at_value(
                    name,
                    format!(
                        "enum `{}` is declared twice (first at line {line})",
                        name.value
                    ),
                ));
                ok = false;
            }
            let object = if g.object.value == UNKNOWN_OBJECT {
                Some(None)
            } else {
                self.resolve(objects, &g.object).map(Some)
            };
            let mut seen = Names::new("reason code");
            let mut reasons = Vec::new();
            for r in g.reasons {
                if r.code.value == no_reason {
                    self.error(Diagnostic::at_value(
                        &r.code,
                        format!("`{no_reason}` stands for \"no reason\" (`no_reason`), so it cannot be a reason code"),
                    ));
                    continue;
                }
                let entry = self.entry(
                    &mut seen,
                    &r.code,
                    r.name.as_ref(),
                    &r.description,
                    &r.sources,
                    false,
                );
                let rstates: Option<Vec<usize>> =
                    r.states.iter().map(|s| self.resolve(states, s)).collect();
                let after_oro = r
                    .order_reference_after_authorize
                    .as_ref()
                    .map(|s| self.resolve(states, s));
                let after_ba = r
                    .billing_agreement_after_authorize
                    .as_ref()
                    .map(|s| self.resolve(states, s));
                let action = self.resolve(actions, &r.action);
                let (Some(entry), Some(rstates), Some(action)) = (entry, rstates, action) else {
                    continue;
                };
                if matches!(after_oro, Some(None)) || matches!(after_ba, Some(None)) {
                    continue;
                }
                reasons.push(Reason {
                    entry,
                    states: rstates,
                    decline: r.decline,
                    order_reference_after_authorize: after_oro.flatten(),
                    billing_agreement_after_authorize: after_ba.flatten(),
                    action,
                    note: r.note,
                });
            }
            if let (true, Some(object)) = (ok, object) {
                groups.push(ReasonGroup {
                    enum_name: name.value.clone(),
                    object,
                    description: g.description,
                    reasons,
                });
            }
        }
        StateReasons { no_reason, groups }
    }

    /// The status as a `u16` when it is in range (the range error is reported by
    /// [`Validator::http_status`]).
    fn http_status_value(&self, status: &Spanned<crate::strict::StrictU64>) -> Option<u16> {
        u16::try_from(status.value.0)
            .ok()
            .filter(|s| (100..=599).contains(s))
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
