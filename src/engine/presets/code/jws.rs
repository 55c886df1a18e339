//! Verification programs for the JSON Web Signature scheme ([`Scheme::Jws`]): one template per
//! language (the files in `jws/`), filled from the preset's data — the header that carries the
//! token (`Authorization: Bearer` when the preset names none), the algorithms accepted, the
//! longest age of `iat`, and the claim that binds the body's SHA-256. Each reads
//! `WEBHOOK_PUBLIC_KEY` as a PEM, a JWK or a JWKS, refuses `none` and HS*, picks the key by
//! `kid`, checks `exp`/`nbf`, and answers 2xx or 4xx with a reason.

use super::Language;
use crate::engine::presets::types::{JwsHooks, Preset, Scheme};
use crate::engine::pubkey::PkAlg;

/// The program for a JWS preset in `language`, or `None` for another scheme.
pub fn program(p: &Preset, language: Language) -> Option<String> {
    let Scheme::Jws(hooks) = p.scheme else { return None };
    let template = match language {
        Language::Node => include_str!("jws/server.js"),
        Language::Python => include_str!("jws/app.py"),
        Language::Ruby => include_str!("jws/app.rb"),
        Language::Php => include_str!("jws/webhook.php"),
        Language::Go => include_str!("jws/main.go"),
        Language::Rust => include_str!("jws/main.rs"),
        Language::Java => include_str!("jws/Verify.java"),
    };
    let (header, prefix) = carrier(p);
    let algs = accepted(&hooks);
    let quoted: Vec<String> = algs.iter().map(|a| format!("\"{a}\"")).collect();
    let quoted = match language {
        // Single quotes are the norm there.
        Language::Node | Language::Python | Language::Ruby | Language::Php => {
            algs.iter().map(|a| format!("'{a}'")).collect()
        }
        _ => quoted,
    };
    let prefix_note =
        if prefix.is_empty() { String::new() } else { format!(" (after “{}”)", prefix.trim()) };
    let alg_note = if hooks.algs.is_empty() {
        "RS256/384/512, PS256/384/512, ES256/384 or EdDSA, as the key allows".to_string()
    } else {
        format!("{} only", hooks.algs.join(", "))
    };
    Some(
        template
            .replace("{{NAME}}", p.name)
            .replace("{{HEADER_ENV}}", &header.to_ascii_uppercase().replace('-', "_"))
            .replace("{{HEADER}}", header)
            .replace("{{PREFIX_NOTE}}", &prefix_note)
            .replace("{{PREFIX}}", prefix)
            .replace("{{ALG_NOTE}}", &alg_note)
            .replace("{{ALGS}}", &quoted.join(", "))
            .replace("{{MAX_AGE}}", &hooks.max_age_s.unwrap_or(0).to_string())
            .replace("{{BODY_CLAIM}}", hooks.body_hash_claim.unwrap_or_default())
            // Java has no JSON reader of its own: the program carries this one.
            .replace("/* JSON READER */\n", super::java::JSON),
    )
}

/// The header that carries the token, and the text before it.
fn carrier(p: &Preset) -> (&'static str, &'static str) {
    match p.signature_header {
        Some(h) => (h, ""),
        None => ("Authorization", "Bearer "),
    }
}

/// The `alg` values the program accepts: the preset's, or every public-key one.
fn accepted(hooks: &JwsHooks) -> Vec<&'static str> {
    if hooks.algs.is_empty() {
        PkAlg::ALL.iter().map(|a| a.jws_name()).collect()
    } else {
        hooks.algs.to_vec()
    }
}

/// The Cargo `[dependencies]` of the Rust program.
pub fn rust_dependencies() -> Vec<&'static str> {
    let text = include_str!("jws/main.rs");
    let listed = text.lines().skip_while(|l| !l.starts_with("// Cargo.toml [dependencies]:")).skip(1);
    listed.map_while(|l| l.strip_prefix("//   ")).collect()
}
