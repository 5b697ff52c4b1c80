//! Explains the bundled Amazon Pay catalogue, one code, or a real error body.
//!
//! ```text
//! explain                                   the whole catalogue, one row per code
//! explain --kind api|v2|widget|reason|constraint|status
//! explain --retry-kind transient|throttling|server|client
//! explain --operation Capture               what one v1 operation can return
//! explain CODE | STATUS                     everything about one code or status
//! explain --response FILE [--status N] [--api v1|v2] [--header 'Name: value']...
//!                                           what an error response means and what to do
//! ```
//!
//! Everything printed comes from the library: the catalogue from the spec, the body
//! through `amzpay_errors::response::AmazonPayError::from_response` (and, for v1 XML with
//! several errors, `amzpay_errors::v1::ErrorResponse::parse`). Bad input prints one line on
//! stderr and exits with status 2; so does a body that is no error document when there is
//! no `--status` to judge it by.

use std::ffi::OsString;
use std::fmt::Write as _;
use std::io::{Read as _, Write as _};
use std::process::ExitCode;

use amzpay_errors::response::{AmazonPayError, BodyKind, Code};
use amzpay_errors::retry::{parse_retry_after, Clock, RetryPolicy, SystemClock, V2IdempotencyKey};
use amzpay_errors::v1::ErrorResponse;
use amzpay_errors::{
    AmazonPay, Api, ApiCode, ApiErrorCode, AuthorizationReason, BillingAgreementReason, BuyerView,
    CaptureReason, ConstraintId, HttpStatus, Operation, OrderReferenceReason, RefundReason,
    RetryKind, SpecEnum, V2ReasonCode, V2StateReason, Widget, WidgetErrorCode,
};

const USAGE: &str = "usage: explain [--kind K] [--retry-kind K] [--operation OP] | CODE | STATUS | --response FILE [--status N] [--api v1|v2] [--header 'Name: value']...";

/// A response body larger than this is refused unread: no error body comes near it.
const MAX_BODY_BYTES: u64 = 10 * 1024 * 1024;

fn main() -> ExitCode {
    let mut out = String::new();
    match parse_args(std::env::args_os().skip(1)).and_then(|cmd| run(&cmd, &mut out)) {
        Ok(()) => emit(&out),
        Err(message) => {
            eprintln!("explain: {message}");
            ExitCode::from(2)
        }
    }
}

/// Writes the output at once; a closed pipe (`explain | head -1`) is not an error.
fn emit(out: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("explain: cannot write: {e}");
            ExitCode::from(2)
        }
        _ => ExitCode::SUCCESS,
    }
}

#[derive(Default)]
struct Command {
    code: Option<String>,
    response: Option<String>,
    status: Option<u16>,
    api: Option<Api>,
    headers: Vec<(String, String)>,
    kind: Option<Kind>,
    retry_kind: Option<RetryKind>,
    operation: Option<Operation>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Widget,
    Api,
    V2,
    Reason,
    Constraint,
    Status,
}

const KINDS: [(&str, Kind); 6] = [
    ("widget", Kind::Widget),
    ("api", Kind::Api),
    ("v2", Kind::V2),
    ("reason", Kind::Reason),
    ("constraint", Kind::Constraint),
    ("status", Kind::Status),
];

fn parse_args(args: impl Iterator<Item = OsString>) -> Result<Command, String> {
    let mut args = args.map(|a| {
        a.into_string()
            .map_err(|a| format!("argument {a:?} is not UTF-8"))
    });
    let mut cmd = Command::default();
    let value = |args: &mut dyn Iterator<Item = Result<String, String>>, flag: &str| {
        args.next()
            .unwrap_or_else(|| Err(format!("{flag} needs a value; {USAGE}")))
    };
    while let Some(arg) = args.next() {
        let arg = arg?;
        let once = |set: bool, flag: &str| {
            if set {
                Err(format!("{flag} is given twice"))
            } else {
                Ok(())
            }
        };
        match arg.as_str() {
            "-h" | "--help" => return Err(USAGE.to_owned()),
            "--response" => {
                once(cmd.response.is_some(), "--response")?;
                cmd.response = Some(value(&mut args, "--response")?);
            }
            "--status" => {
                once(cmd.status.is_some(), "--status")?;
                let n = value(&mut args, "--status")?;
                let status = n
                    .parse::<u16>()
                    .ok()
                    .filter(|s| {
                        (100..=599).contains(s) && n.starts_with(|c: char| c != '0' && c != '+')
                    })
                    .ok_or_else(|| {
                        format!("--status {} is not an HTTP status (100 to 599)", quoted(&n))
                    })?;
                cmd.status = Some(status);
            }
            "--api" => {
                once(cmd.api.is_some(), "--api")?;
                let a = value(&mut args, "--api")?;
                cmd.api = Some(match a.as_str() {
                    "v1" => Api::V1,
                    "v2" => Api::V2,
                    _ => return Err(format!("--api {} is not v1 or v2", quoted(&a))),
                });
            }
            "--header" => {
                let h = value(&mut args, "--header")?;
                let (name, v) = h
                    .split_once(':')
                    .filter(|(n, _)| !n.trim().is_empty())
                    .ok_or_else(|| format!("--header {} is not 'Name: value'", quoted(&h)))?;
                cmd.headers
                    .push((name.trim().to_owned(), v.trim().to_owned()));
            }
            "--kind" => {
                once(cmd.kind.is_some(), "--kind")?;
                let k = value(&mut args, "--kind")?;
                let names: Vec<&str> = KINDS.iter().map(|(n, _)| *n).collect();
                cmd.kind = Some(
                    KINDS
                        .iter()
                        .find(|(n, _)| *n == k)
                        .map(|(_, kind)| *kind)
                        .ok_or_else(|| {
                            format!("--kind {} is not one of {}", quoted(&k), names.join(", "))
                        })?,
                );
            }
            "--retry-kind" => {
                once(cmd.retry_kind.is_some(), "--retry-kind")?;
                let k = value(&mut args, "--retry-kind")?;
                let kinds = [
                    RetryKind::Transient,
                    RetryKind::Throttling,
                    RetryKind::Server,
                    RetryKind::Client,
                ];
                cmd.retry_kind =
                    Some(kinds.into_iter().find(|r| r.as_str() == k).ok_or_else(|| {
                        format!(
                            "--retry-kind {} is not one of transient, throttling, server, client",
                            quoted(&k)
                        )
                    })?);
            }
            "--operation" => {
                once(cmd.operation.is_some(), "--operation")?;
                let op = value(&mut args, "--operation")?;
                cmd.operation = Some(op.parse().map_err(|e| format!("--operation: {e}"))?);
            }
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option {}; {USAGE}", quoted(flag)))
            }
            _ => {
                once(cmd.code.is_some(), "a code")?;
                cmd.code = Some(arg);
            }
        }
    }
    let filters = cmd.kind.is_some() || cmd.retry_kind.is_some() || cmd.operation.is_some();
    if (cmd.status.is_some() || cmd.api.is_some() || !cmd.headers.is_empty())
        && cmd.response.is_none()
    {
        return Err(format!(
            "--status, --api and --header go with --response; {USAGE}"
        ));
    }
    if [cmd.code.is_some(), cmd.response.is_some(), filters]
        .iter()
        .filter(|b| **b)
        .count()
        > 1
    {
        return Err(format!(
            "give a code, a --response, or filters, not several; {USAGE}"
        ));
    }
    Ok(cmd)
}

fn run(cmd: &Command, out: &mut String) -> Result<(), String> {
    if let Some(file) = &cmd.response {
        return response(file, cmd, out);
    }
    if let Some(code) = &cmd.code {
        return one(code, out);
    }
    table(cmd, out);
    Ok(())
}

/// One row of the table.
struct Row {
    code: &'static str,
    kind: &'static str,
    http: Option<u16>,
    retry: &'static str,
    action: &'static str,
}

/// The catalogue, one row per code, filtered.
fn table(cmd: &Command, out: &mut String) {
    let show = |k: Kind| cmd.kind.is_none_or(|want| want == k);
    let mut rows = Vec::new();
    if show(Kind::Widget) && cmd.retry_kind.is_none() && cmd.operation.is_none() {
        rows.extend(WidgetErrorCode::ALL.iter().map(|c| Row {
            code: c.as_str(),
            kind: "widget",
            http: None,
            retry: yes_no(c.is_retryable()),
            action: c.action().as_str(),
        }));
    }
    if show(Kind::Api) {
        rows.extend(
            ApiErrorCode::ALL
                .iter()
                .filter(|c| cmd.retry_kind.is_none_or(|k| c.retry_kind() == k))
                .filter(|c| cmd.operation.is_none_or(|op| c.operations().contains(&op)))
                .map(|c| Row {
                    code: c.as_str(),
                    kind: "api",
                    http: c.http_status(),
                    retry: c.retry_guidance().as_str(),
                    action: c.action(),
                }),
        );
    }
    if show(Kind::V2) && cmd.operation.is_none() {
        rows.extend(
            V2ReasonCode::ALL
                .iter()
                .filter(|c| cmd.retry_kind.is_none_or(|k| c.retry_kind() == k))
                .map(|c| Row {
                    code: c.as_str(),
                    kind: "v2",
                    http: c.http_status(),
                    retry: c.retry_guidance().as_str(),
                    action: c.action(),
                }),
        );
    }
    if show(Kind::Reason) && cmd.retry_kind.is_none() && cmd.operation.is_none() {
        // The reason enums have the same methods but no shared trait for `action()`.
        macro_rules! reason_rows {
            ($($ty:ty),*) => {$(
                rows.extend(<$ty>::ALL.iter().map(|r| Row {
                    code: r.as_str(),
                    kind: "reason",
                    http: None,
                    retry: "-",
                    action: r.action().as_str(),
                }));
            )*};
        }
        reason_rows!(
            OrderReferenceReason,
            AuthorizationReason,
            CaptureReason,
            RefundReason,
            BillingAgreementReason,
            V2StateReason
        );
    }
    if show(Kind::Constraint) && cmd.retry_kind.is_none() && cmd.operation.is_none() {
        rows.extend(ConstraintId::ALL.iter().map(|c| Row {
            code: c.as_str(),
            kind: "constr.",
            http: None,
            retry: "-",
            action: c.fix(),
        }));
    }
    if show(Kind::Status) && cmd.operation.is_none() {
        rows.extend(
            HttpStatus::ALL
                .iter()
                .filter(|s| cmd.retry_kind.is_none_or(|k| s.retry_kind() == k))
                .map(|s| Row {
                    code: s.label(),
                    kind: "status",
                    http: Some(s.as_u16()),
                    retry: yes_no(s.is_retryable()),
                    action: "-",
                }),
        );
    }
    let _ = writeln!(
        out,
        "{:<38} {:<7} {:<5} {:<10} ACTION",
        "CODE", "KIND", "HTTP", "RETRY"
    );
    for r in rows {
        let http = r.http.map_or("-".to_owned(), |s| s.to_string());
        let retry = r.retry.split(',').next().unwrap_or(r.retry);
        let _ = writeln!(
            out,
            "{:<38} {:<7} {http:<5} {retry:<10} {}",
            r.code, r.kind, r.action
        );
    }
}

/// Everything about one code or documented status. A string can be a code of several
/// enums (InvalidParameterValue is a widget, v1 and v2 code); each is shown.
fn one(arg: &str, out: &mut String) -> Result<(), String> {
    let before = out.len();
    if let Ok(code) = arg.parse::<WidgetErrorCode>() {
        widget_code(code, out);
    }
    if let Ok(code) = arg.parse::<ApiErrorCode>() {
        api_code(code, out);
    }
    if let Ok(code) = arg.parse::<V2ReasonCode>() {
        v2_code(code, out);
    }
    if let Ok(status) = arg.parse::<HttpStatus>() {
        http_status(status, out);
    }
    macro_rules! reasons {
        ($($ty:ty),*) => {$(
            if let Ok(reason) = arg.parse::<$ty>() {
                let _ = writeln!(out, "{} ({} reason, {})", reason.as_str(), object_name(<$ty>::OBJECT), <$ty as SpecEnum>::NAME);
                let _ = writeln!(out, "  {}", reason.description());
                let states: Vec<&str> = reason.states().iter().map(|s| s.as_str()).collect();
                let _ = writeln!(out, "  States: {}", if states.is_empty() { "not documented".to_owned() } else { states.join(", ") });
                let _ = writeln!(out, "  Decline: {}", reason.decline());
                if let Some(s) = reason.order_reference_after_authorize() {
                    let _ = writeln!(out, "  Order reference after Authorize: {}", s.as_str());
                }
                if let Some(s) = reason.billing_agreement_after_authorize() {
                    let _ = writeln!(out, "  Billing agreement after AuthorizeOnBillingAgreement: {}", s.as_str());
                }
                let _ = writeln!(out, "  Action: {}: {}", reason.action().as_str(), reason.action().description());
                if let Some(note) = reason.note() {
                    let _ = writeln!(out, "  Note: {note}");
                }
                sources(reason.sources(), out);
            }
        )*};
    }
    reasons!(
        OrderReferenceReason,
        AuthorizationReason,
        CaptureReason,
        RefundReason,
        BillingAgreementReason,
        V2StateReason
    );
    if let Ok(c) = arg.parse::<ConstraintId>() {
        let objects: Vec<&str> = c.objects().iter().map(|o| o.as_str()).collect();
        let _ = writeln!(out, "{} (constraint on {})", c.as_str(), objects.join(", "));
        let _ = writeln!(out, "  {}", c.description());
        let _ = writeln!(out, "  Fix: {}", c.fix());
        sources(c.sources(), out);
    }
    if out.len() == before {
        return Err(format!(
            "{} is no code in the catalogue (widget, v1, v2, state reason or constraint) and no documented HTTP status",
            quoted(arg)
        ));
    }
    Ok(())
}

fn object_name(object: Option<amzpay_errors::PaymentObject>) -> &'static str {
    object.map_or("object unknown", |o| o.as_str())
}

fn widget_code(code: WidgetErrorCode, out: &mut String) {
    let _ = writeln!(out, "{} (widget error)", code.as_str());
    let _ = writeln!(out, "  {}", code.description());
    let _ = writeln!(out, "  Retryable: {}", yes_no(code.is_retryable()));
    let _ = writeln!(
        out,
        "  Action: {}: {}",
        code.action().as_str(),
        code.action().description()
    );
    let _ = writeln!(out, "  Why: {}", code.action_reason());
    let _ = writeln!(out, "  Buyer sees:");
    for &widget in Widget::ALL {
        let seen = match code.buyer_view(widget) {
            BuyerView::Message(text) => format!("\u{201c}{text}\u{201d}"),
            BuyerView::Nothing(what) => format!("no text ({what})"),
            BuyerView::Unknown => "not documented".to_owned(),
        };
        let _ = writeln!(out, "    {:<12} {seen}", widget.as_str());
    }
    sources(code.sources(), out);
}

fn status_line(http: Option<u16>, verified: bool, others: &[u16]) -> String {
    let mut s = match http {
        Some(h) if verified => h.to_string(),
        Some(h) => format!("{h} (not confirmed by an official source)"),
        None => "not documented".to_owned(),
    };
    if !others.is_empty() {
        let others: Vec<String> = others.iter().map(u16::to_string).collect();
        let _ = write!(s, "; other sources say {}", others.join(", "));
    }
    s
}

/// The facts every API code has, v1 or v2.
fn api_facts<C: ApiCode>(code: C, what: &str, out: &mut String) {
    let _ = writeln!(out, "{} ({what})", code.as_str());
    let _ = writeln!(out, "  {}", code.description());
    let status = status_line(
        code.http_status(),
        code.is_status_verified(),
        code.other_statuses(),
    );
    let _ = writeln!(out, "  HTTP status: {status}");
    let _ = writeln!(
        out,
        "  Retry: {} ({})",
        code.retry_guidance(),
        code.retry_kind()
    );
    let _ = writeln!(out, "  Action: {}", code.action());
    if let Some(note) = code.note() {
        let _ = writeln!(out, "  Note: {note}");
    }
}

fn api_code(code: ApiErrorCode, out: &mut String) {
    api_facts(code, "v1 API error", out);
    let ops: Vec<&str> = code.operations().iter().map(|o| o.as_str()).collect();
    if ops.len() == Operation::COUNT {
        let _ = writeln!(out, "  Operations: any");
    } else if !ops.is_empty() {
        let _ = writeln!(out, "  Operations: {}", ops.join(", "));
    }
    if code.is_retryable() {
        schedule(out);
        idempotency(code.operations(), out);
    }
    sources(code.sources(), out);
}

fn v2_code(code: V2ReasonCode, out: &mut String) {
    api_facts(code, "v2 reasonCode", out);
    if code.is_retryable() {
        schedule(out);
        let _ = writeln!(
            out,
            "  Retry only with the same {} header.",
            V2IdempotencyKey::HEADER
        );
    }
    sources(code.sources(), out);
}

fn http_status(status: HttpStatus, out: &mut String) {
    let _ = writeln!(out, "{} {} (HTTP status)", status.as_u16(), status.label());
    let _ = writeln!(out, "  {}", status.description());
    let apis: Vec<&str> = [Api::V1, Api::V2]
        .into_iter()
        .filter(|a| status.is_retryable_in(*a))
        .map(|a| a.as_str())
        .collect();
    let retried = if apis.is_empty() {
        "no".to_owned()
    } else {
        format!("yes, in {}", apis.join(" and "))
    };
    let _ = writeln!(
        out,
        "  Retryable on the status alone: {retried} ({})",
        status.retry_kind()
    );
    if let Some(note) = status.note() {
        let _ = writeln!(out, "  Note: {note}");
    }
    if status.is_retryable_in(Api::V1) {
        schedule(out);
        idempotency(Operation::ALL, out);
    }
    sources(status.sources(), out);
}

/// Reads an error response through the library and says what to do.
fn response(file: &str, cmd: &Command, out: &mut String) -> Result<(), String> {
    let shown = quoted(file);
    let body = read_capped(file).map_err(|e| format!("cannot read {shown}: {e}"))?;
    let api = cmd.api.unwrap_or(Api::V1);
    let headers = cmd.headers.iter().map(|(k, v)| (k.as_str(), v.as_str()));
    // Without a status the body alone must speak: read it with a status that says nothing.
    let error = AmazonPayError::from_response(api, cmd.status.unwrap_or(0), headers, &body);
    let body_kind = match error.body_kind() {
        BodyKind::V1Xml => "a v1 XML ErrorResponse".to_owned(),
        BodyKind::V2Json => "a v2 JSON error".to_owned(),
        BodyKind::Html => "an HTML page (not Amazon's: a proxy or gateway)".to_owned(),
        BodyKind::Empty => "empty".to_owned(),
        BodyKind::PlainText => "plain text".to_owned(),
        BodyKind::Unreadable(why) => format!("unreadable: {why}"),
        _ => "of an unknown kind".to_owned(),
    };
    let is_error_document = matches!(error.body_kind(), BodyKind::V1Xml | BodyKind::V2Json);
    if cmd.status.is_none() && !is_error_document {
        return Err(format!(
            "{shown}: not an Amazon Pay {api} error document (the body is {body_kind}); give --status N to judge it by its status"
        ));
    }
    let _ = writeln!(out, "API: {api}");
    if let Some(s) = cmd.status {
        let _ = writeln!(out, "HTTP status: {s}");
    }
    let _ = writeln!(out, "Body: {body_kind}");
    let _ = writeln!(
        out,
        "Request id: {}",
        clean(error.request_id().unwrap_or("(none)"))
    );
    match error.code() {
        Some(code) => explain_response_code(code, cmd.status, error.message(), out),
        None => {
            let _ = writeln!(out, "Code: (none)");
        }
    }
    if error.more_errors() > 0 {
        more_v1_errors(&body, out);
    }
    let verdict = error.decide();
    let can_judge =
        cmd.status.is_some() || error.code().is_some_and(|c| c.retry_guidance().is_some());
    if !can_judge {
        let _ = writeln!(
            out,
            "Retry: cannot tell without the HTTP status (--status N): {}",
            verdict.reason
        );
        return Ok(());
    }
    if verdict.retry {
        let _ = writeln!(out, "Retry: yes ({}; {})", verdict.kind, verdict.reason);
        waits(&error, out);
        match api {
            Api::V1 => {
                let ops = match error.code() {
                    Some(Code::V1(c)) => c.operations(),
                    _ => Operation::ALL,
                };
                idempotency(ops, out);
            }
            Api::V2 => {
                let _ = writeln!(
                    out,
                    "  Retry only with the same {} header.",
                    V2IdempotencyKey::HEADER
                );
            }
        }
        if verdict.then_ask_for_another_payment_method {
            let _ = writeln!(
                out,
                "  If the retries fail: ask the buyer for another payment method."
            );
        }
    } else {
        let _ = writeln!(out, "Retry: no ({}; {})", verdict.kind, verdict.reason);
    }
    let note = match error.code() {
        Some(Code::V1(c)) => c.note(),
        Some(Code::V2(c)) => c.note(),
        _ => error.documented_status().and_then(HttpStatus::note),
    };
    if let Some(note) = note {
        let _ = writeln!(out, "Note: {note}");
    }
    Ok(())
}

fn explain_response_code(
    code: &Code,
    status: Option<u16>,
    message: Option<&str>,
    out: &mut String,
) {
    fn facts<C: ApiCode>(
        c: C,
    ) -> (
        &'static str,
        &'static str,
        Option<u16>,
        bool,
        &'static [u16],
    ) {
        (
            c.description(),
            c.action(),
            c.http_status(),
            c.is_status_verified(),
            c.other_statuses(),
        )
    }
    let documented = match code {
        Code::V1(c) => Some(facts(*c)),
        Code::V2(c) => Some(facts(*c)),
        Code::Unknown(_) => None,
    };
    match documented {
        Some((description, action, http, verified, others)) => {
            let _ = writeln!(
                out,
                "Code: {} (in the catalogue; documented HTTP status {})",
                code.as_str(),
                status_line(http, verified, others)
            );
            let _ = writeln!(out, "  Meaning: {description}");
            let _ = writeln!(out, "  Message: {}", clean(message.unwrap_or("(none)")));
            let _ = writeln!(out, "  Action: {action}");
            if let (Some(sent), Some(doc)) = (status, http) {
                if sent != doc && !others.contains(&sent) {
                    let _ = writeln!(
                        out,
                        "  Note: the catalogue gives {doc} for this code; the code decides"
                    );
                }
            }
        }
        None => {
            let judged = match status {
                Some(s) => format!("not in the catalogue yet; judged by HTTP status {s}"),
                None => "not in the catalogue yet".to_owned(),
            };
            let _ = writeln!(out, "Code: {} ({judged})", clean(code.as_str()));
            let _ = writeln!(out, "  Message: {}", clean(message.unwrap_or("(none)")));
        }
    }
}

/// A v1 body with several errors: each of them, as the XML parser keeps them.
fn more_v1_errors(body: &[u8], out: &mut String) {
    let Ok(response) = ErrorResponse::parse(body) else {
        return;
    };
    let _ = writeln!(
        out,
        "Errors in the body: {} (the first {} are listed)",
        response.total_errors(),
        response.errors().len()
    );
    for (i, e) in response.errors().iter().enumerate().skip(1) {
        let known = if e.api_code().is_ok() {
            "in the catalogue"
        } else {
            "not in the catalogue yet"
        };
        let _ = writeln!(
            out,
            "  Error {}: Code: {} ({known}); Message: {}",
            i + 1,
            clean(e.code()),
            clean(e.message().unwrap_or("(none)"))
        );
    }
}

/// The waits the default policy would make, honouring the response's `Retry-After`.
fn waits(error: &AmazonPayError, out: &mut String) {
    let policy = RetryPolicy::default();
    let hint = error
        .retry_after()
        .and_then(|v| parse_retry_after(v, SystemClock::new().unix_time()));
    let waits: Vec<String> = (1..policy.max_attempts())
        .filter_map(|retry| policy.delay(retry, hint))
        .map(|d| format!("{} s", d.as_secs()))
        .collect();
    let first = if AmazonPay::IMMEDIATE_FIRST_RETRY {
        " (the source also allows one retry at once, before these)"
    } else {
        ""
    };
    let _ = writeln!(
        out,
        "  Waits: {}{first}; then: {}",
        waits.join(", "),
        AmazonPay::AFTER_SCHEDULE
    );
    if let Some(h) = hint {
        let _ = writeln!(
            out,
            "  The server asked to wait {} s (Retry-After), honoured up to 60 s.",
            h.as_secs()
        );
    }
}

/// Reads at most [`MAX_BODY_BYTES`]; a larger file is refused, not truncated.
fn read_capped(file: &str) -> std::io::Result<Vec<u8>> {
    let mut body = Vec::new();
    std::fs::File::open(file)?
        .take(MAX_BODY_BYTES + 1)
        .read_to_end(&mut body)?;
    if body.len() as u64 > MAX_BODY_BYTES {
        return Err(std::io::Error::other(format!(
            "larger than {} MB, which no error body is",
            MAX_BODY_BYTES / 1024 / 1024
        )));
    }
    Ok(body)
}

fn schedule(out: &mut String) {
    let waits: Vec<String> = AmazonPay::RETRY_SCHEDULE
        .iter()
        .map(|d| format!("{} s", d.as_secs()))
        .collect();
    let first = if AmazonPay::IMMEDIATE_FIRST_RETRY {
        "one retry may follow at once; then "
    } else {
        ""
    };
    let _ = writeln!(
        out,
        "  When: {first}wait {} between retries; then: {}",
        waits.join(", "),
        AmazonPay::AFTER_SCHEDULE
    );
}

fn idempotency(ops: &[Operation], out: &mut String) {
    let keyed: Vec<(Operation, &str)> = ops
        .iter()
        .filter(|op| !op.is_read_only())
        .filter_map(|op| op.idempotency_key().map(|k| (*op, k)))
        .collect();
    if keyed.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "  Retry only with the same idempotency key, so that it cannot act twice:"
    );
    for (op, key) in keyed {
        let _ = writeln!(out, "    {:<28} {key}", op.as_str());
    }
}

fn sources(list: &[&str], out: &mut String) {
    for s in list {
        let _ = writeln!(out, "  Source: {s}");
    }
}

fn yes_no(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

/// Text from a response body, safe for a terminal: control characters are escaped.
fn clean(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_debug().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// A user's argument in a message: quoted, control characters escaped.
fn quoted(s: &str) -> String {
    format!("\"{}\"", s.escape_debug())
}
