//! The derive as a dependent crate gets it: a crate of its own with no `src/` (its lib is
//! `lib.rs` at its root), two derives on two specs in one crate, built from its directory
//! and from outside it, and a spec edit picked up by `cargo check`, `build`,
//! `build --release`, `test` and `doc` alike, with no other file touched.
//!
//! It runs cargo, offline, on a crate under `CARGO_TARGET_TMPDIR`, with a target directory
//! of its own that is kept between runs.

use std::path::{Path, PathBuf};
use std::process::Command;

const SPEC_A: &str = "schema: 1\napi_errors:\n  - code: First\n    retryable: false\n    retry_guidance: never\n    retry_kind: client\n    description: The first code.\n    action: Nothing.\n";

fn spec_b(with_later: bool) -> String {
    let mut s = String::from("schema: 1\napi_errors:\n  - code: Second\n    retryable: false\n    retry_guidance: never\n    retry_kind: client\n    description: The second code.\n    action: Nothing.\n");
    if with_later {
        s.push_str("  - code: Later\n    retryable: true\n    retry_guidance: retry\n    retry_kind: transient\n    description: Added by an edit.\n    action: Retry.\n");
    }
    s
}

const LIB: &str = r#"//! A crate that vendors its own specs.
pub mod a {
    #[derive(amzpay_errors::ErrorSpec)]
    #[error_spec(path = "specs/a.yaml")]
    pub struct A;
}
pub mod b {
    #[derive(amzpay_errors::ErrorSpec)]
    #[error_spec(path = "specs/b.yaml")]
    pub struct B;
}

/// Uses a code that only the edited spec has.
pub fn later_is_retryable() -> bool {
    let _ = a::ApiErrorCode::First;
    b::ApiErrorCode::Later.is_retryable()
}

#[cfg(test)]
mod tests {
    #[test]
    fn later() {
        assert!(super::later_is_retryable());
    }
}
"#;

fn setup() -> PathBuf {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("dependent-crate");
    let krate = root.join("dependent");
    std::fs::create_dir_all(krate.join("specs")).unwrap();
    let runtime = Path::new(env!("CARGO_MANIFEST_DIR")).join("../amzpay-errors");
    let runtime = runtime.canonicalize().unwrap();
    std::fs::write(
        krate.join("Cargo.toml"),
        format!(
            "[package]\nname = \"dependent\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[lib]\npath = \"lib.rs\"\n\n[dependencies]\namzpay-errors = {{ path = {:?}, default-features = false }}\n\n[workspace]\n",
            runtime.display().to_string()
        ),
    )
    .unwrap();
    std::fs::write(krate.join("lib.rs"), LIB).unwrap();
    std::fs::write(krate.join("specs/a.yaml"), SPEC_A).unwrap();
    root
}

/// Runs cargo from `cwd`; returns whether it succeeded and what it printed.
fn cargo(cwd: &Path, args: &[&str], target: &Path) -> (bool, String) {
    let out = Command::new(env!("CARGO"))
        .args(args)
        .arg("--offline")
        .arg("--quiet")
        .current_dir(cwd)
        .env("CARGO_TARGET_DIR", target)
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .output()
        .expect("cargo runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

#[test]
fn a_spec_edit_is_picked_up_by_every_command_from_anywhere() {
    let root = setup();
    let krate = root.join("dependent");
    let target = root.join("target");
    let spec_b_path = krate.join("specs/b.yaml");
    let commands: [&[&str]; 4] = [
        &["check"],
        &["build"],
        &["build", "--release"],
        &["test", "--lib"],
    ];
    for command in commands {
        // Without the code the library uses, the build fails, and says why...
        std::fs::write(&spec_b_path, spec_b(false)).unwrap();
        let (ok, text) = cargo(&krate, command, &target);
        assert!(
            !ok,
            "{command:?} passed without `Later` in the spec:\n{text}"
        );
        assert!(text.contains("Later"), "{command:?}:\n{text}");
        // ...and the edit that adds it is seen by the next run, nothing else touched.
        std::fs::write(&spec_b_path, spec_b(true)).unwrap();
        let (ok, text) = cargo(&krate, command, &target);
        assert!(ok, "{command:?} did not pick up the edit:\n{text}");
    }
    // rustdoc does not type-check bodies: see the edit in the generated docs instead.
    let page = target.join("doc/dependent/b/enum.ApiErrorCode.html");
    std::fs::write(&spec_b_path, spec_b(false)).unwrap();
    let (ok, text) = cargo(&krate, &["doc", "--no-deps"], &target);
    assert!(ok, "{text}");
    assert!(!std::fs::read_to_string(&page)
        .unwrap()
        .contains("Added by an edit"));
    std::fs::write(&spec_b_path, spec_b(true)).unwrap();
    let (ok, text) = cargo(&krate, &["doc", "--no-deps"], &target);
    assert!(ok, "{text}");
    assert!(
        std::fs::read_to_string(&page)
            .unwrap()
            .contains("Added by an edit"),
        "cargo doc did not pick up the edit"
    );
    // From outside the crate's directory, the same answer.
    let manifest = krate.join("Cargo.toml");
    let (ok, text) = cargo(
        &root,
        &["check", "--manifest-path", manifest.to_str().unwrap()],
        &target,
    );
    assert!(ok, "{text}");
    // The first spec is tracked as well as the second.
    std::fs::write(
        krate.join("specs/a.yaml"),
        SPEC_A.replace("First", "Renamed"),
    )
    .unwrap();
    let (ok, text) = cargo(&krate, &["check"], &target);
    assert!(!ok && text.contains("First"), "{text}");
    std::fs::write(krate.join("specs/a.yaml"), SPEC_A).unwrap();
    let (ok, text) = cargo(&krate, &["check"], &target);
    assert!(ok, "{text}");
}
