//! The shape of the code, checked: provider knowledge stays in the providers' folder, no
//! verdict or style is derived from English text, and the worker's messages are read in one
//! file.

use hmac_doctor::engine::presets::providers;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every string literal in `code` (plain `"…"` literals; raw strings are not used for ids).
fn literals(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = code.chars().peekable();
    let mut in_comment = false;
    let mut prev = ' ';
    while let Some(c) = chars.next() {
        if in_comment {
            in_comment = c != '\n';
        } else if c == '/' && chars.peek() == Some(&'/') {
            in_comment = true;
        } else if c == '\'' && prev != '\\' {
            // A char literal ('"') or a lifetime: skip a quoted character.
            let mut look = chars.clone();
            match (look.next(), look.next(), look.next()) {
                (Some('\\'), Some(_), Some('\'')) => {
                    chars.next();
                    chars.next();
                    chars.next();
                }
                (Some(_), Some('\''), _) => {
                    chars.next();
                    chars.next();
                }
                _ => {}
            }
        } else if c == '"' {
            let mut s = String::new();
            while let Some(d) = chars.next() {
                match d {
                    '\\' => {
                        s.push(d);
                        s.extend(chars.next());
                    }
                    '"' => break,
                    _ => s.push(d),
                }
            }
            out.push(s);
        }
        prev = c;
    }
    out
}

fn sources() -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    files.into_iter().map(|p| (p.clone(), std::fs::read_to_string(&p).unwrap())).collect()
}

#[test]
fn no_provider_ids_outside_the_providers_folder() {
    // Field ids shared by several providers or meaning the same everywhere are not specific
    // ("role" is also the HTML attribute).
    let generic = BTreeSet::from(["timestamp", "id", "role"]);
    let mut names = BTreeSet::new();
    for p in providers::ALL {
        names.insert(p.id);
        for f in p.fields {
            if !generic.contains(f.id) {
                names.insert(f.id);
            }
        }
    }
    let mut found = Vec::new();
    for (path, code) in sources() {
        // Program templates (code/jws/: the text of programs the page hands out, where "exp"
        // and "iat" are JWT claims) are not the crate's own code.
        if path.components().any(|c| c.as_os_str() == "providers" || c.as_os_str() == "jws") {
            continue;
        }
        for lit in literals(&code) {
            if names.contains(lit.as_str()) {
                found.push(format!("{}: \"{lit}\"", path.display()));
            }
        }
    }
    assert!(found.is_empty(), "provider ids outside src/engine/presets/providers/: {found:#?}");
    // The checker itself finds them where they are.
    let (_, stripe) = sources().into_iter().find(|(p, _)| p.ends_with("providers/stripe.rs")).unwrap();
    assert!(literals(&stripe).contains(&"stripe".to_string()));
}

#[test]
fn nothing_is_decided_from_english_text() {
    for (path, code) in sources() {
        for needle in
            ["starts_with(\"Found", "starts_with(\"Match", "starts_with(\"Mismatch", "contains(\"Found"]
        {
            assert!(!code.contains(needle), "{} decides from text: {needle}", path.display());
        }
    }
}

#[test]
fn worker_messages_are_read_in_one_file() {
    for (path, code) in sources() {
        if path.ends_with("web/protocol.rs") {
            assert!(code.contains("pub enum Request") && code.contains("pub enum Reply"));
            continue;
        }
        // Elsewhere a message's data goes straight to the protocol's decoder.
        for (i, line) in code.lines().enumerate() {
            if line.contains(".data()") {
                assert!(
                    line.contains("decode("),
                    "{}:{} reads a message itself: {line}",
                    path.display(),
                    i + 1
                );
            }
            assert!(
                !line.contains("post_message(&msg") || path.ends_with("web/link.rs"),
                "{}:{}",
                path.display(),
                i + 1
            );
        }
    }
}
