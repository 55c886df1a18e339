//! Verifying the request of a preset the worker verifies: a public-key preset (the verdict,
//! what the key is when it is not a usable public key, and the diagnosis when the signature
//! does not verify), or an HMAC scheme whose code only the worker carries
//! ([`crate::engine::presets::Scheme::Worker`]: its verdict and the HMAC diagnosis). Called
//! by the worker (the page sends it the preset's values) and by the tests.

use super::diagnose::{search, Job};
use super::key::readings;
use super::signature::{self, SigText};
use super::{verify, EcdsaForm, PkAlg};
use crate::engine::calc::Verdict;
use crate::engine::diagnosis::Report;
use crate::engine::diagnosis::Search;
use crate::engine::presets::assembly::around_body;
use crate::engine::presets::public_key::{body_hash_problem, evaluate_any};
use crate::engine::presets::{jwt, PkSpec, Preset, Scheme, Values, WorkerHooks};

/// The outcome of a verification, as the page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Checked {
    pub verdict: Verdict,
    /// Why the key cannot be used, when it cannot (never the key itself).
    pub key_problem: Option<String>,
    /// Said under the verdict: the algorithm and how the key was read, unreadable signatures.
    pub notes: Vec<String>,
    /// The diagnosis, on a mismatch.
    pub report: Option<Report>,
    /// The bytes the signature is over, as the scheme builds them from the values.
    pub string_to_sign: Vec<u8>,
    /// Problems with the entered values (an unreadable header, a claim), as sentences.
    pub problems: Vec<String>,
    /// What a correct sender sends for these values, where the worker can make it (the HMAC
    /// schemes; a public-key signature needs the private key).
    pub produced: Option<String>,
}

/// What a scheme verifies: the algorithm, the `kid` the token names, how signatures are
/// written, the signature texts, and the signed bytes.
struct Target {
    alg: PkAlg,
    kid: Option<String>,
    text: SigText,
    form: EcdsaForm,
    signatures: Vec<String>,
}

fn target(p: &Preset, values: &Values, signatures: &[String]) -> Result<Option<Target>, String> {
    match p.scheme {
        Scheme::PublicKey(spec) => Ok(Some(Target {
            alg: spec.alg_for(&values.body),
            kid: None,
            text: spec.signature,
            form: spec.ecdsa,
            signatures: signatures.to_vec(),
        })),
        Scheme::Jws(_) => {
            if values.signature.trim().is_empty() {
                return Ok(None);
            }
            let (header, _, _, sig) = jwt::parts(&values.signature)?;
            let name = header.get("alg").and_then(|a| a.as_str()).unwrap_or("");
            let alg = PkAlg::from_jws(name).ok_or_else(|| match name {
                "none" | "" => "The token is unsigned (alg “none”): never accept it.".to_string(),
                n if n.starts_with("HS") => format!(
                    "The token's alg is {n}: an HMAC token, made with a shared secret, not a public key — use the “JWT HS256/384/512” preset. A verifier must never accept HS* with a public key as the secret (key confusion)."
                ),
                n => format!("The token's alg {n} is not supported (RS/PS 256/384/512, ES256, ES384, EdDSA are)."),
            })?;
            let kid = header.get("kid").and_then(|k| k.as_str()).map(str::to_string);
            let text = crate::engine::encoding::to_base64url(&sig);
            Ok(Some(Target {
                alg,
                kid,
                text: SigText::Base64Url,
                form: EcdsaForm::Raw,
                signatures: vec![text],
            }))
        }
        _ => Ok(None),
    }
}

/// Verifies the request of a preset the worker verifies (a public-key preset, or an HMAC
/// scheme whose code only the worker carries); on a mismatch, searches for the mistake.
pub fn check(p: &'static Preset, values: &Values) -> Checked {
    if let Some(hooks) = crate::engine::presets::providers::worker_hooks(p) {
        return check_hmac(p, values, hooks);
    }
    let e = evaluate_any(p, values);
    let mut out = Checked {
        string_to_sign: e.string_to_sign.to_vec(),
        problems: e.problems.clone(),
        ..Checked::default()
    };
    let t = match target(p, values, &e.signatures) {
        Ok(Some(t)) if !t.signatures.is_empty() => t,
        Ok(_) => return out,
        Err(problem) => {
            out.notes.push(problem);
            return out;
        }
    };
    let keys = match readings(&values.secret, t.alg.key_type(), t.kid.as_deref()) {
        Ok(keys) => keys,
        Err(problem) => {
            out.key_problem = Some(problem.to_string());
            return out;
        }
    };
    let (key, reading) = &keys[0];
    let message: &[u8] = &e.string_to_sign;
    let mut readable = Vec::new();
    for (i, s) in t.signatures.iter().enumerate() {
        match signature::decode(s, t.text) {
            Ok(bytes) => readable.push((i, bytes)),
            Err(why) => out.notes.push(format!("Signature {} of {}: {why}.", i + 1, t.signatures.len())),
        }
    }
    let n = t.signatures.len();
    let which = |i: usize| if n > 1 { format!("signature {} of {n}", i + 1) } else { "the signature".into() };
    let key_words = format!("read as {reading}");
    if let Some((i, _)) = readable.iter().find(|(_, sig)| verify(key, t.alg, message, sig, t.form)) {
        // A token that binds the body vouches only for that body.
        let unbound = match p.scheme {
            Scheme::Jws(hooks) => jwt::parts(&values.signature)
                .ok()
                .and_then(|(_, payload, _, _)| body_hash_problem(&payload, hooks, values)),
            _ => None,
        };
        out.verdict = match unbound {
            Some(why) => Verdict::Mismatch(format!(
                "the token's signature verifies ({}), but not for this body. {why}",
                t.alg
            )),
            None => {
                Verdict::Match(format!("{} verifies ({}) with the public key {key_words}.", which(*i), t.alg))
            }
        };
        return out;
    }
    out.verdict = Verdict::Mismatch(format!(
        "{} does not verify ({}) with this public key ({key_words}) over these bytes.",
        if n > 1 { format!("none of the {n} signatures") } else { "the signature".into() },
        t.alg
    ));
    let body = if matches!(p.scheme, Scheme::PublicKey(_)) {
        around_body(p, &e.filled).map(|(before, after)| (e.filled.body.as_bytes(), before, after))
    } else {
        None
    };
    // A token's header (or a body's member) names the algorithm; the signer may have used
    // another for the same key.
    let (other_algs, alg_named_by) = match p.scheme {
        Scheme::Jws(_) => (
            PkAlg::ALL.iter().copied().filter(|a| *a != t.alg && a.key_type() == t.alg.key_type()).collect(),
            None,
        ),
        Scheme::PublicKey(PkSpec { alg_member: Some(m), .. }) => {
            let mut algs: Vec<PkAlg> = m.values.iter().map(|(_, a)| *a).filter(|a| *a != t.alg).collect();
            algs.dedup();
            (algs, Some(m.member))
        }
        _ => (Vec::new(), None),
    };
    let job = Job {
        alg: t.alg,
        other_algs,
        alg_named_by,
        keys: &keys,
        signatures: &t.signatures,
        text: t.text,
        form: t.form,
        message,
        assembly: e.variants(),
        body,
    };
    out.report = Some(search(&job).report());
    out
}

/// A [`crate::engine::presets::Scheme::Worker`] preset: its HMAC verdict, and on a mismatch
/// the HMAC diagnosis over its string-to-sign and the variants its hooks build.
fn check_hmac(p: &'static Preset, values: &Values, hooks: WorkerHooks) -> Checked {
    let e = (hooks.evaluate)(p, values);
    let verdict = e.calculation.verdict.clone();
    let report = verdict
        .is_mismatch()
        .then(|| Search::new(&e.inputs, (hooks.variants)(&e)).map(|s| s.run().report()))
        .flatten();
    Checked {
        verdict,
        report,
        string_to_sign: e.string_to_sign.to_vec(),
        problems: e.problems.clone(),
        produced: e.produced.clone(),
        ..Checked::default()
    }
}
