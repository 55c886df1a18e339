//! The public-key schemes' evaluation: the string-to-sign and the signatures a request
//! carries, read as for HMAC presets. Only [`crate::engine::pubkey::check`] calls it (in the
//! worker and the tests); the page gets the string-to-sign with the verdict.

use super::assembly::{build_with, json_at, json_lines};
use super::hmac::filled;
use super::types::{JwsHooks, Preset, Scheme, Source};
use super::{jwt, Evaluation, Values};
use crate::engine::calc::Inputs;
use std::rc::Rc;

/// Evaluates a public-key preset (either scheme); other presets get an empty evaluation.
pub fn evaluate_any(p: &'static Preset, values: &Values) -> Evaluation {
    match p.scheme {
        Scheme::PublicKey(_) => evaluate(p, values),
        Scheme::Jws(hooks) => evaluate_jws(p, values, hooks),
        _ => Evaluation::new(p, values.clone(), Inputs::default(), Rc::from(&[][..])),
    }
}

/// A public-key signature ([`super::Scheme::PublicKey`]) in a header, or in a member of the
/// JSON body (read from the body when the signature field is left empty).
pub fn evaluate(p: &'static Preset, values: &Values) -> Evaluation {
    let from_body = p.sources.iter().find_map(|(id, s)| match s {
        Source::Json(path) if *id == "signature" && values.signature.trim().is_empty() => {
            json_at(&values.body, path)
        }
        _ => None,
    });
    let values = &match from_body {
        Some(signature) => Values { signature, ..values.clone() },
        None => values.clone(),
    };
    let (v, parsed) = filled(p, values);
    let mut problems = Vec::new();
    let signatures = match parsed {
        Ok(h) => h.signatures,
        Err(e) => {
            problems.push(format!("{}: {e}.", p.signature_label));
            Vec::new()
        }
    };
    let string_to_sign: Rc<[u8]> = build_with(p, &v, None, json_lines).into();
    let timestamp = v.timestamp(p);
    Evaluation {
        signatures,
        timestamp,
        problems,
        ..Evaluation::new(p, v, inputs(&string_to_sign), string_to_sign)
    }
}

/// Nothing for the HMAC calculator to compare: the verdict comes from the verification.
fn inputs(string_to_sign: &[u8]) -> Inputs {
    Inputs { message: String::from_utf8_lossy(string_to_sign).into(), ..Inputs::default() }
}

/// A JSON Web Signature ([`super::Scheme::Jws`]): the token's own `header.payload` text is
/// signed; its header names the algorithm; the provider's rules check its claims.
pub fn evaluate_jws(p: &'static Preset, values: &Values, hooks: JwsHooks) -> Evaluation {
    let mut problems = Vec::new();
    let mut signatures = Vec::new();
    let mut signing_input = String::new();
    if !values.signature.trim().is_empty() {
        match jwt::parts(&values.signature) {
            Ok((header, payload, input, _)) => {
                signing_input = input;
                signatures.push(values.signature.trim().to_string());
                let alg = header.get("alg").and_then(|a| a.as_str()).unwrap_or("");
                if !hooks.algs.is_empty() && !hooks.algs.contains(&alg) {
                    problems.push(format!(
                        "The token's alg is “{alg}”; {} accepts only {}.",
                        p.name,
                        hooks.algs.join(", ")
                    ));
                }
                problems.extend((hooks.claims)(&payload));
                problems.extend(body_hash_problem(&payload, hooks, values));
                problems.push(format!("Header: {header}  Payload: {payload}"));
            }
            Err(e) => problems.push(e),
        }
    }
    let string_to_sign: Rc<[u8]> = signing_input.as_bytes().into();
    Evaluation {
        signatures,
        problems,
        ..Evaluation::new(p, values.clone(), inputs(&string_to_sign), string_to_sign)
    }
}

/// When the token binds the body by its SHA-256 and the body entered differs, why.
pub fn body_hash_problem(payload: &serde_json::Value, hooks: JwsHooks, values: &Values) -> Option<String> {
    use sha2::Digest;
    let claim = hooks.body_hash_claim?;
    let actual = hex::encode(sha2::Sha256::digest(values.body.as_bytes()));
    Some(match payload.get(claim).and_then(|c| c.as_str()) {
        Some(claimed) if claimed.eq_ignore_ascii_case(&actual) => return None,
        Some(claimed) => format!(
            "The token's {claim} is {claimed}, but the body's SHA-256 is {actual}: the body is not the one that was sent (re-serialized, trimmed, or another request's)."
        ),
        None => format!("The token has no {claim} claim, so it does not vouch for this body."),
    })
}
