//! The explain example, run as a user runs it.

use std::process::{Command, Stdio};

fn explain(args: &[&str]) -> (i32, String, String) {
    explain_os(args.iter().map(std::ffi::OsStr::new))
}

fn explain_os<'a>(args: impl IntoIterator<Item = &'a std::ffi::OsStr>) -> (i32, String, String) {
    let exe = env!("CARGO_BIN_EXE_explain_for_tests");
    let out = Command::new(exe)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run explain");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn table_lists_every_code() {
    let (code, out, _) = explain(&[]);
    assert_eq!(code, 0);
    for c in amzpay_errors::WidgetErrorCode::ALL {
        assert!(out.contains(c.as_str()), "{c:?}");
    }
    assert!(out.contains("Gateway timeout"));
}

#[test]
fn one_code_tells_everything() {
    let (code, out, _) = explain(&["BuyerSessionExpired"]);
    assert_eq!(code, 0);
    assert!(out.contains("RestartCheckout"));
    assert!(out.contains(
        "Your session has expired. Please sign in again by clicking the Amazon Pay button."
    ));
    let (_, out, _) = explain(&["InternalServerError"]);
    assert!(out.contains("CaptureReferenceId"));
    assert!(out.contains("1 s, 2 s, 4 s, 10 s, 30 s"));
}

#[test]
fn a_response_body_gives_the_decision() {
    let (code, out, err) = explain(&["--response", "fixtures/v1-throttled.xml", "--status", "503"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Code: RequestThrottled"));
    assert!(out.contains("Request id: 4f0c2a9e-7d31-4b8e-9c55-1a2b3c4d5e6f"));
    assert!(out.contains("Retry: yes"));
    let (code, out, _) = explain(&[
        "--response",
        "fixtures/v1-unknown-code.xml",
        "--status",
        "400",
    ]);
    assert_eq!(code, 0);
    assert!(out.contains("OrderReferenceQuarantined"));
    assert!(out.contains("Retry: no"));
}

#[test]
fn bad_input_is_one_line_and_status_2() {
    for args in [
        &["NoSuchCode"][..],
        &["--response", "fixtures/does-not-exist.xml"],
        &["--response", "fixtures/proxy-502.html"],
        &["--response", "fixtures/v1-truncated.xml"],
        &["--response", "fixtures/v1-throttled.xml", "--status", "abc"],
        &["--response"],
    ] {
        let (code, out, err) = explain(args);
        assert_eq!(code, 2, "{args:?}");
        assert!(out.is_empty(), "{args:?}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
    }
}

#[test]
fn a_closed_pipe_is_not_a_panic() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_explain_for_tests"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

#[test]
fn filters_select_rows() {
    let (code, out, _) = explain(&["--kind", "v2"]);
    assert_eq!(code, 0);
    assert!(out.contains("TooManyRequests"));
    assert!(!out.contains("BuyerSessionExpired"));
    let (_, out, _) = explain(&["--retry-kind", "throttling"]);
    let codes: Vec<&str> = out
        .lines()
        .skip(1)
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert!(
        codes.contains(&"RequestThrottled")
            && codes.contains(&"QuotaExceeded")
            && codes.contains(&"TooManyRequests"),
        "{codes:?}"
    );
    assert!(!codes.contains(&"InternalServerError"));
    let (_, out, _) = explain(&["--operation", "Capture"]);
    assert!(out.contains("InvalidAuthorizationStatus"));
    assert!(!out.contains("UnauthorizedSolutionProvider"));
}

#[test]
fn reason_codes_are_explained_per_object() {
    let (code, out, _) = explain(&["TransactionTimedOut"]);
    assert_eq!(code, 0);
    assert!(out.contains("AuthorizationReason"));
    assert!(out.contains("RetryAuthorizationWhileOpen"));
    assert!(out.contains("v2 reasonCode"));
}

#[test]
fn bad_options_are_one_line_and_status_2() {
    for args in [
        &["--bogus"][..],
        &["--kind", "nope"],
        &["--retry-kind", "sometimes"],
        &["--operation", "Explode"],
        &["--status", "503"],
        &[
            "--response",
            "fixtures/v1-throttled.xml",
            "--status",
            "503",
            "--status",
            "500",
        ],
        &[
            "--response",
            "fixtures/v1-throttled.xml",
            "--status",
            "0503",
        ],
        &["ITP", "BuyerSessionExpired"],
        &["0502"],
    ] {
        let (code, out, err) = explain(args);
        assert_eq!(code, 2, "{args:?}: {out}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
    }
}

#[cfg(unix)]
#[test]
fn an_argument_that_is_not_utf8_is_an_error_not_a_panic() {
    use std::os::unix::ffi::OsStrExt;
    let (code, _, err) = explain_os([std::ffi::OsStr::from_bytes(b"\xff\xfe")]);
    assert_eq!(code, 2);
    assert!(err.contains("not UTF-8"), "{err}");
}

#[test]
fn body_text_cannot_drive_the_terminal_and_every_error_is_shown() {
    let dir = std::env::temp_dir().join(format!("explain-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let body = dir.join("two-errors.xml");
    std::fs::write(
        &body,
        "<ErrorResponse><Error><Code>Evil\u{1b}[31m</Code><Message>\u{1b}]0;title\u{7}</Message></Error>\
         <Error><Code>RequestThrottled</Code></Error><RequestId>r</RequestId></ErrorResponse>",
    )
    .unwrap();
    let (code, out, _) = explain(&["--response", body.to_str().unwrap(), "--status", "503"]);
    assert_eq!(code, 0);
    assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
    assert!(out.contains("Error 2: Code: RequestThrottled"), "{out}");
    let big = dir.join("big.xml");
    std::fs::write(&big, vec![b' '; 11 * 1024 * 1024]).unwrap();
    let (code, _, err) = explain(&["--response", big.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("larger than"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn v2_and_proxy_bodies_get_a_decision_and_the_waits() {
    let (code, out, err) = explain(&[
        "--response",
        "fixtures/v2-too-many-requests.json",
        "--status",
        "429",
        "--api",
        "v2",
        "--header",
        "x-amz-pay-request-id: req-77",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Code: TooManyRequests"));
    assert!(out.contains("Request id: req-77"));
    assert!(out.contains("Retry: yes (throttling"));
    assert!(out.contains("Waits: 1 s, 2 s, 4 s, 10 s, 30 s"));
    let (code, out, _) = explain(&["--response", "fixtures/proxy-502.html", "--status", "502"]);
    assert_eq!(code, 0);
    assert!(out.contains("HTML page"));
    assert!(out.contains("Retry: yes"));
    let (code, out, _) = explain(&[
        "--response",
        "fixtures/v2-invalid-signature.json",
        "--status",
        "403",
        "--api",
        "v2",
    ]);
    assert_eq!(code, 0);
    assert!(!out.contains("AMZN-PAY-RSASSA-PSS"), "{out}");
    assert!(out.contains("Retry: no"));
}
