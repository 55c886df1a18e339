//! Shared-token checks: the header carries the secret itself (GitLab's `X-Gitlab-Token`, the
//! `Authorization` value Okta and Auth0 send as configured), so nothing is signed and nothing
//! is hashed. The header and the secret are compared in constant time, and a near miss (a
//! space or line break at an end, the letter case, a `Bearer ` prefix on one side) is named.
//! Presets use it as their scheme: [`SCHEME`].

use super::{Evaluation, OwnScheme, Preset, Scheme, Values};
use crate::engine::calc::{Calculation, Inputs, Verdict};
use crate::engine::warnings::inspect_key;
use std::rc::Rc;
use subtle::ConstantTimeEq;

/// The scheme of the shared-token presets.
pub const SCHEME: Scheme = Scheme::Own(OwnScheme { evaluate, signs: false });

/// Whether two tokens are equal, in time that does not depend on where they differ.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

/// What makes `given` differ from `secret` when it is nearly the same, as a sentence.
fn near_miss(header: &str, given: &str, secret: &str) -> Option<String> {
    let bearer =
        |s: &str| s.strip_prefix("Bearer ").or_else(|| s.strip_prefix("bearer ")).map(str::to_string);
    if given.trim() == secret.trim() {
        let side = if secret.trim() != secret { "the secret" } else { "the header" };
        return Some(format!(
            "{header} equals the secret once a space or line break at an end is removed: {side} has one. The provider sends the token exactly as configured: trim the copy you compare with."
        ));
    }
    if given.eq_ignore_ascii_case(secret) {
        return Some(format!(
            "{header} differs from the secret only in letter case: tokens are compared exactly."
        ));
    }
    if bearer(given).as_deref() == Some(secret) || bearer(secret).as_deref() == Some(given) {
        return Some(format!(
            "{header} and the secret differ by a \"Bearer \" prefix: compare the whole value the provider was configured to send."
        ));
    }
    None
}

/// Compares the header with the secret token.
pub fn evaluate(p: &'static Preset, values: &Values) -> Evaluation {
    let header = p.signature_header.unwrap_or(p.signature_label);
    let (given, secret) = (values.signature.as_str(), values.secret.as_str());
    let mut problems = Vec::new();
    let verdict = if given.is_empty() || secret.is_empty() {
        Verdict::None
    } else if same(given, secret) {
        Verdict::Match(format!(
            "{header} equals the secret token (a shared token, compared as text: nothing is signed)."
        ))
    } else {
        problems.extend(near_miss(header, given, secret));
        Verdict::Mismatch(format!("{header} differs from the secret token."))
    };
    let calculation = Calculation {
        message: Ok(Vec::new()),
        key: Ok(secret.as_bytes().to_vec()),
        warnings: inspect_key(secret),
        mac: None,
        outputs: None,
        expected: Ok(None),
        verdict,
    };
    let inputs = Inputs { key: secret.to_string(), ..Inputs::default() };
    Evaluation {
        calculation: Rc::new(calculation),
        problems,
        produced: (!secret.is_empty()).then(|| secret.to_string()),
        ..Evaluation::new(p, values.clone(), inputs, Rc::from(&b""[..]))
    }
}
