//! Explains the bundled Amazon Pay catalogue, one code, or a real error body.
//!
//! ```text
//! cargo run -p amzpay-errors --example explain                      # the whole catalogue
//! cargo run -p amzpay-errors --example explain -- BuyerSessionExpired
//! cargo run -p amzpay-errors --example explain -- 502
//! cargo run -p amzpay-errors --example explain -- --response body.xml --status 503
//! ```
//!
//! Everything printed comes from the library: the catalogue from the spec, the body
//! through `amzpay_errors::v1::ErrorResponse::parse`. Bad input prints one line on stderr
//! and exits with status 2.

use std::fmt::Write as _;
use std::io::Write as _;
use std::process::ExitCode;

use amzpay_errors::v1::ErrorResponse;
use amzpay_errors::{
    AmazonPay, ApiErrorCode, BuyerView, HttpStatus, Operation, Widget, WidgetErrorCode,
};

const USAGE: &str = "usage: explain [CODE | STATUS | --response FILE [--status N]]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut out = String::new();
    match run(&args, &mut out) {
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

fn run(args: &[String], out: &mut String) -> Result<(), String> {
    match args {
        [] => {
            table(out);
            Ok(())
        }
        [flag, ..] if flag == "--response" => {
            let mut file = None;
            let mut status = None;
            let mut rest = args[1..].iter();
            file = file.or(rest.next());
            while let Some(arg) = rest.next() {
                match arg.as_str() {
                    "--status" => {
                        let n = rest.next().ok_or("--status needs a number")?;
                        let n: u16 = n
                            .parse()
                            .ok()
                            .filter(|n| (100..=599).contains(n))
                            .ok_or_else(|| format!("--status {n:?} is not an HTTP status"))?;
                        status = Some(n);
                    }
                    other => return Err(format!("unexpected argument {other:?}; {USAGE}")),
                }
            }
            let file = file.ok_or_else(|| format!("--response needs a file; {USAGE}"))?;
            response(file, status, out)
        }
        [flag, ..] if flag == "-h" || flag == "--help" => {
            out.push_str(USAGE);
            out.push('\n');
            Ok(())
        }
        [code] => one(code, out),
        _ => Err(USAGE.to_owned()),
    }
}

/// The whole catalogue, one row per code.
fn table(out: &mut String) {
    let _ = writeln!(
        out,
        "{:<38} {:<7} {:<5} {:<6} ACTION",
        "CODE", "KIND", "HTTP", "RETRY"
    );
    for &code in WidgetErrorCode::ALL {
        row(
            out,
            code.as_str(),
            "widget",
            None,
            code.is_retryable(),
            code.action().as_str(),
        );
    }
    for &code in ApiErrorCode::ALL {
        row(
            out,
            code.as_str(),
            "api",
            code.http_status(),
            code.is_retryable(),
            code.action(),
        );
    }
    for &status in HttpStatus::ALL {
        row(
            out,
            status.label(),
            "status",
            Some(status.as_u16()),
            status.is_retryable(),
            "-",
        );
    }
}

fn row(out: &mut String, code: &str, kind: &str, http: Option<u16>, retry: bool, action: &str) {
    let http = http.map_or("-".to_owned(), |s| s.to_string());
    let retry = if retry { "yes" } else { "no" };
    let _ = writeln!(out, "{code:<38} {kind:<7} {http:<5} {retry:<6} {action}");
}

/// Everything about one code (or documented status); a code may be both a widget and an
/// API code, and then both are shown.
fn one(arg: &str, out: &mut String) -> Result<(), String> {
    let widget = arg.parse::<WidgetErrorCode>().ok();
    let api = arg.parse::<ApiErrorCode>().ok();
    let status = arg.parse::<u16>().ok().and_then(HttpStatus::from_u16);
    if widget.is_none() && api.is_none() && status.is_none() {
        let unknown = arg.parse::<ApiErrorCode>().unwrap_err();
        return Err(format!(
            "{unknown}: not a widget code, API code or documented status"
        ));
    }
    if let Some(code) = widget {
        widget_code(code, out);
    }
    if let Some(code) = api {
        api_code(code, out);
    }
    if let Some(status) = status {
        http_status(status, out);
    }
    Ok(())
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

fn api_code(code: ApiErrorCode, out: &mut String) {
    let _ = writeln!(out, "{} (API error)", code.as_str());
    let _ = writeln!(out, "  {}", code.description());
    let status = code
        .http_status()
        .map_or("not documented".to_owned(), |s| s.to_string());
    let _ = writeln!(out, "  HTTP status: {status}");
    let _ = writeln!(
        out,
        "  Retryable: {} ({})",
        yes_no(code.is_retryable()),
        code.retry_kind()
    );
    let _ = writeln!(out, "  Action: {}", code.action());
    if let Some(note) = code.note() {
        let _ = writeln!(out, "  Note: {note}");
    }
    if code.is_retryable() {
        schedule(out);
        idempotency(out);
    }
    sources(code.sources(), out);
}

fn http_status(status: HttpStatus, out: &mut String) {
    let _ = writeln!(out, "{} {} (HTTP status)", status.as_u16(), status.label());
    let _ = writeln!(out, "  {}", status.description());
    let _ = writeln!(
        out,
        "  Retryable: {} ({})",
        yes_no(status.is_retryable()),
        status.retry_kind()
    );
    if let Some(note) = status.note() {
        let _ = writeln!(out, "  Note: {note}");
    }
    if status.is_retryable() {
        schedule(out);
        idempotency(out);
    }
    sources(status.sources(), out);
}

/// Reads a v1 error body through the library's parser and says what to do.
fn response(file: &str, status: Option<u16>, out: &mut String) -> Result<(), String> {
    let body = std::fs::read(file).map_err(|e| format!("cannot read {file}: {e}"))?;
    let response = ErrorResponse::parse(&body).map_err(|e| format!("{file}: {e}"))?;
    let first = response.first();
    let known = match first.api_code() {
        Ok(_) => "in the catalogue".to_owned(),
        Err(_) => match status {
            Some(s) => format!("not in the catalogue yet; judged by HTTP status {s}"),
            None => "not in the catalogue yet, and no --status to judge by".to_owned(),
        },
    };
    let _ = writeln!(out, "Code: {} ({known})", first.code());
    let _ = writeln!(out, "Message: {}", first.message().unwrap_or("(none)"));
    let _ = writeln!(out, "Type: {}", first.error_type().unwrap_or("(none)"));
    let _ = writeln!(
        out,
        "Request id: {}",
        response.request_id().unwrap_or("(none)")
    );
    if let Some(s) = status {
        let _ = writeln!(out, "HTTP status: {s}");
    }
    if response.total_errors() > 1 {
        let _ = writeln!(out, "Errors in the body: {}", response.total_errors());
    }
    match response.is_retryable(status) {
        Some(true) => {
            let _ = writeln!(out, "Retry: yes");
            schedule(out);
            idempotency(out);
        }
        Some(false) => {
            let action = first.api_code().map_or(
                "fix the request before sending it again",
                ApiErrorCode::action,
            );
            let _ = writeln!(out, "Retry: no; {action}");
        }
        None => {
            let _ = writeln!(
                out,
                "Retry: cannot tell without the HTTP status (--status N)"
            );
        }
    }
    if let Ok(code) = first.api_code() {
        if let Some(note) = code.note() {
            let _ = writeln!(out, "Note: {note}");
        }
    }
    Ok(())
}

fn schedule(out: &mut String) {
    let waits: Vec<String> = AmazonPay::RETRY_SCHEDULE
        .iter()
        .map(|d| format!("{} s", d.as_secs()))
        .collect();
    let first = if AmazonPay::IMMEDIATE_FIRST_RETRY {
        "one retry at once, then "
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

fn idempotency(out: &mut String) {
    let _ = writeln!(
        out,
        "  Retry only with the same idempotency key, so that it cannot act twice:"
    );
    for &op in Operation::ALL {
        if let (Some(key), false) = (op.idempotency_key(), op.is_read_only()) {
            let _ = writeln!(out, "    {:<28} {key}", op.as_str());
        }
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
