//! Finding and reading the spec file.

use std::path::{Path, PathBuf};

/// A spec file that was found and read.
pub struct Spec {
    /// Where it is, absolute, for tracking.
    pub absolute: PathBuf,
    pub text: String,
}

/// Finds `shown` (the path as written) by the documented rule and reads it. The error is
/// a message that names the file only as written: absolute paths differ between machines.
pub fn read_spec(shown: &str, source_file: Option<&Path>) -> Result<Spec, String> {
    let written = Path::new(shown);
    let mut candidates = Vec::new();
    if written.is_absolute() {
        candidates.push(written.to_path_buf());
    } else {
        // Read at expansion time: `env!` would give the macro crate's own directory.
        if let Some(dir) = std::env::var_os("CARGO_MANIFEST_DIR") {
            candidates.push(PathBuf::from(dir).join(written));
        }
        if let Some(dir) = source_file.and_then(Path::parent) {
            candidates.push(dir.join(written));
        }
    }
    let Some(found) = candidates.iter().find(|p| p.exists()) else {
        return Err(if written.is_absolute() {
            format!("spec file `{shown}` not found")
        } else {
            format!(
                "spec file `{shown}` not found (looked relative to CARGO_MANIFEST_DIR, then to the directory of this source file)"
            )
        });
    };
    if found.is_dir() {
        return Err(format!(
            "spec path `{shown}` is a directory, not a YAML file"
        ));
    }
    let bytes = std::fs::read(found)
        .map_err(|e| format!("cannot read spec file `{shown}`: {}", io_reason(&e)))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let column = std::str::from_utf8(&valid[line_start..]).map_or(1, |s| s.chars().count() + 1);
        format!("{shown}:{line}:{column}: the spec file is not UTF-8 (an invalid byte here)")
    })?;
    let absolute = std::fs::canonicalize(found).unwrap_or_else(|_| found.clone());
    Ok(Spec { absolute, text })
}

/// The error's kind in words, without the OS's own text (which varies by platform).
fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        std::io::ErrorKind::NotFound => "not found".to_owned(),
        kind => format!("{kind}").to_lowercase(),
    }
}
