//! Shared-token checks: the header carries the secret itself (GitLab's `X-Gitlab-Token`, the
//! `Authorization` value Okta and Auth0 send as configured), so nothing is signed and nothing
//! is hashed. The header and the secret are compared in constant time, and a near miss (a
//! space or line break at an end, the letter case, a `Bearer ` prefix on one side) is named.
//! Presets use it as their scheme: [`SCHEME`]; [`BASIC`] is HTTP basic auth (Postmark), where
//! the header is `Basic ` + the Base64 of the secret `user:password`.

use super::{Evaluation, OwnScheme, Preset, Scheme, Values};
use crate::engine::calc::{Calculation, Inputs, Verdict};
use crate::engine::warnings::inspect_key;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use std::rc::Rc;
use subtle::ConstantTimeEq;

/// The scheme of the shared-token presets.
pub const SCHEME: Scheme = Scheme::Own(OwnScheme { evaluate, signs: false });

/// HTTP basic auth: the secret is `user:password`, the header `Basic ` + its Base64.
pub const BASIC: Scheme = Scheme::Own(OwnScheme { evaluate: evaluate_basic, signs: false });

/// What the shared-token presets start from: a token in `Authorization` (a header everyone
/// sends, so never guessed from a pasted request), no body signed.
pub const AUTHORIZATION: Preset = Preset {
    scheme: SCHEME,
    body_label: None,
    message: &[],
    signature_label: "Authorization",
    signature_header: Some("Authorization"),
    detect: &[],
    produced_label: Some("Authorization to expect"),
    ..super::BASE
};

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
    finish(p, values, verdict, problems, secret.to_string())
}

/// Compares `Authorization` with `Basic ` + Base64(`user:password`), and says which part
/// differs when the header is readable basic auth.
fn evaluate_basic(p: &'static Preset, values: &Values) -> Evaluation {
    let header = p.signature_header.unwrap_or(p.signature_label);
    let (given, secret) = (values.signature.trim(), values.secret.as_str());
    let expected = format!("Basic {}", STANDARD.encode(secret));
    let mut problems = Vec::new();
    if !secret.is_empty() && !secret.contains(':') {
        problems.push("The secret is the user name and password joined by a colon (user:password), as in the webhook URL https://user:password@…".to_string());
    }
    let verdict = if given.is_empty() || secret.is_empty() {
        Verdict::None
    } else if same(given, &expected) {
        Verdict::Match(format!(
            "{header} is Basic + the Base64 of user:password (HTTP basic auth: nothing is signed)."
        ))
    } else {
        let sent = given
            .get(..6)
            .filter(|s| s.eq_ignore_ascii_case("basic "))
            .and_then(|_| STANDARD.decode(given[6..].trim()).ok().and_then(|b| String::from_utf8(b).ok()));
        problems.push(match sent.as_deref().and_then(|s| s.split_once(':')) {
            None => format!("{header} is not basic auth (Basic + Base64 of user:password)."),
            Some((user, _)) if Some(user) != secret.split(':').next() => {
                format!("{header} carries another user name: “{user}”.")
            }
            Some((_, password)) if password.trim() == secret.split_once(':').map_or("", |(_, p)| p).trim() => {
                format!("{header} carries the same password with a space or line break at an end: trim the secret.")
            }
            Some(_) => format!("{header} carries the same user name with another password."),
        });
        Verdict::Mismatch(format!("{header} differs from Basic + Base64(user:password)."))
    };
    finish(p, values, verdict, problems, if secret.is_empty() { String::new() } else { expected })
}

/// The evaluation of a check where nothing is signed, with the header value to expect.
fn finish(
    p: &'static Preset,
    values: &Values,
    verdict: Verdict,
    problems: Vec<String>,
    produced: String,
) -> Evaluation {
    let secret = values.secret.as_str();
    let mut problems = problems;
    // The other secrets to try: which one, if any, the header carries.
    if verdict.is_mismatch() {
        let given = values.signature.trim();
        for (n, other) in values.other_secrets.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            let other = other.trim();
            if same(given, other) || same(given, &format!("Basic {}", STANDARD.encode(other))) {
                problems.push(format!("The header carries the secret on line {} of Other secrets to try, not the one entered: that is the secret this sender uses. Configure that one.", n + 1));
            }
        }
    }
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
        produced: (!produced.is_empty()).then_some(produced),
        ..Evaluation::new(p, values.clone(), inputs, Rc::from(&b""[..]))
    }
}
