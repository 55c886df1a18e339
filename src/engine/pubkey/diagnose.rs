//! Why a public-key signature does not verify: each candidate is a verification, over the
//! string-to-sign built the wrong ways and the body changed on the way (the message-side
//! mistakes of the HMAC search), with the key read other ways (hex, Base64, raw or SPKI) and
//! the signature read other ways (hex, Base64, DER or raw `r‖s`).

use super::key::KeyReading;
use super::signature::{decodings, SigText};
use super::{verify, EcdsaForm, PkAlg, PublicKey};
use crate::engine::diagnosis::message::{generate, message_variants, MessageMistake};
use crate::engine::diagnosis::{first_difference, json, Difference, Report, JSON_LIMIT};

/// What was found, as data; the words come from [`PkFinding::text`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PkFinding {
    pub message: Option<MessageMistake>,
    /// The key reading that verifies, and the one the page used first.
    pub key: Option<(KeyReading, KeyReading)>,
    /// The signature's text encoding that verifies, and the provider's.
    pub text: Option<(SigText, SigText)>,
    /// The ECDSA layout that verifies, and the provider's.
    pub form: Option<(EcdsaForm, EcdsaForm)>,
    /// The algorithm that made the signature, and the one named (a token's `alg`).
    pub alg: Option<(PkAlg, PkAlg)>,
    /// The body's member that names the algorithm, when not a token's header (SNS's
    /// `SignatureVersion`).
    pub alg_named_by: Option<&'static str>,
    pub difference: Option<Difference>,
}

impl PkFinding {
    /// Each mistake in words, with the fix.
    pub fn explanations(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Some((used, first)) = &self.key {
            out.push(format!(
                "the signature verifies with the key read as {used}, not as {first}: read the key that way in your code."
            ));
        }
        out.extend(self.message.as_ref().map(MessageMistake::explain));
        if let Some((used, right)) = self.text {
            out.push(format!(
                "the signature verifies when read as {used}, but this provider writes it as {right}: it was converted somewhere, or decoded the wrong way."
            ));
        }
        if let (Some((used, named)), Some(member)) = (self.alg, self.alg_named_by) {
            out.push(format!(
                "the signature verifies with {used}, but the message's {member} names {named}: take the algorithm from {member} as the provider does (or the message was changed on the way)."
            ));
        } else if let Some((used, named)) = self.alg {
            out.push(format!(
                "the signature was made with {used} ({}), but the token's header says {} ({named}): the signer's algorithm setting and its header disagree. Sign with the algorithm the header names, or name the one used.",
                used.jws_name(),
                named.jws_name()
            ));
        }
        if let Some((used, right)) = self.form {
            out.push(format!(
                "the ECDSA signature is in {used} form, but this provider's is {right}: convert it (JWS and WebCrypto use raw r‖s; OpenSSL, Java and most libraries default to DER), or tell your library which form it gets."
            ));
        }
        out
    }
}

/// The end of a search.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PkOutcome {
    Found { finding: PkFinding, tried: usize },
    NotFound { tried: usize, keys: usize, messages: usize, signatures: usize },
}

impl PkOutcome {
    pub fn report(&self) -> Report {
        match self {
            PkOutcome::Found { finding, tried } => {
                let mut text = String::from("Found:");
                for (i, e) in finding.explanations().iter().enumerate() {
                    text.push_str(if i == 0 { " " } else { " Also, " });
                    text.push_str(e);
                }
                Report {
                    found: true,
                    tried: *tried,
                    text,
                    difference: finding.difference.clone(),
                    evidence: Vec::new(),
                }
            }
            PkOutcome::NotFound { tried, keys, messages, signatures } => Report {
                found: false,
                tried: *tried,
                text: format!(
                    "No single or combined known mistake explains it ({tried} candidate verifications: {keys} key reading{}, {messages} message variant{}, {signatures} signature reading{}). Check next: that the public key is the provider's current one for this very application or account, that the body is the exact bytes received (not parsed and re-serialized), and that the signature and timestamp belong to this very request.",
                    plural(*keys), plural(*messages), plural(*signatures)
                ),
                difference: None,
                evidence: Vec::new(),
            },
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// What the search works on.
pub struct Job<'a> {
    pub alg: PkAlg,
    /// Other algorithms the key could have signed with, tried after `alg` (a token's header
    /// may name another than the signer used).
    pub other_algs: Vec<PkAlg>,
    /// The body's member that names the algorithm, when not a token's header.
    pub alg_named_by: Option<&'static str>,
    /// The key readings, the one used for the verdict first.
    pub keys: &'a [(PublicKey, KeyReading)],
    /// The signature texts the request carries.
    pub signatures: &'a [String],
    /// How the provider writes the signature and lays out ECDSA.
    pub text: SigText,
    pub form: EcdsaForm,
    /// The string-to-sign as entered, and the string-to-sign built the wrong ways.
    pub message: &'a [u8],
    pub assembly: Vec<crate::engine::diagnosis::MessageVariant>,
    /// The body and what surrounds it in the string-to-sign, when the scheme signs a body.
    pub body: Option<(&'a [u8], Vec<u8>, Vec<u8>)>,
}

/// Searches for the mistake; the message variants are made one at a time.
pub fn search(job: &Job) -> PkOutcome {
    let algs: Vec<PkAlg> = std::iter::once(job.alg).chain(job.other_algs.iter().copied()).collect();
    let forms: &[EcdsaForm] = match job.alg {
        PkAlg::Es256 | PkAlg::Es384 => {
            if job.form == EcdsaForm::Der {
                &[EcdsaForm::Der, EcdsaForm::Raw]
            } else {
                &[EcdsaForm::Raw, EcdsaForm::Der]
            }
        }
        _ => &[job.form],
    };
    let sigs: Vec<(SigText, Vec<u8>)> = job.signatures.iter().flat_map(|s| decodings(s, job.text)).collect();
    let mut tried = 0usize;
    let mut messages = 0usize;
    let mut attempt = |mistake: Option<MessageMistake>, bytes: &[u8]| -> Option<PkFinding> {
        messages += 1;
        for &alg in &algs {
            for (k, (key, reading)) in job.keys.iter().enumerate() {
                for (text, sig) in &sigs {
                    for &form in forms {
                        tried += 1;
                        if verify(key, alg, bytes, sig, form) {
                            return Some(PkFinding {
                                difference: mistake
                                    .as_ref()
                                    .and_then(|_| first_difference(job.message, bytes)),
                                message: mistake,
                                key: (k > 0).then(|| (reading.clone(), job.keys[0].1.clone())),
                                text: (*text != job.text).then_some((*text, job.text)),
                                form: (form != job.form).then_some((form, job.form)),
                                alg: (alg != job.alg).then_some((alg, job.alg)),
                                alg_named_by: job.alg_named_by,
                            });
                        }
                    }
                }
            }
        }
        None
    };
    let found = attempt(None, job.message).or_else(|| {
        job.assembly.iter().find_map(|v| attempt(Some(v.mistake.clone()), &v.bytes)).or_else(|| {
            let (body, before, after) = job.body.as_ref()?;
            let (gens, part) = message_variants(body, JSON_LIMIT);
            let mut writer = json::Writer::default();
            gens.iter().find_map(|g| {
                let v = generate(g, part.as_ref(), &mut writer, body)?;
                let whole = [before.as_slice(), &v.bytes, after.as_slice()].concat();
                attempt(Some(v.mistake), &whole)
            })
        })
    });
    match found {
        Some(finding) => PkOutcome::Found { finding, tried },
        None => PkOutcome::NotFound {
            tried,
            keys: job.keys.len(),
            messages,
            signatures: sigs.len() * forms.len(),
        },
    }
}
