//! The evidence a user holds besides body, secret and signature: the signature their own
//! code computed (searched for by the diagnosis, see [`crate::engine::diagnosis::yours`]),
//! the error message their SDK raised, and the request as captured (its `Content-Length`).
//! [`assess`] checks each against the inputs and says what it reveals, a sentence each; the
//! providers' error texts, request clues and credential shapes are data in their files
//! ([`providers::EVIDENCE`]). Only the worker calls this, so none of it is in the page's wasm.

use crate::engine::calc::Verdict;
use crate::engine::diagnosis::YoursOutcome;
use crate::engine::expected::parse_expected;
use crate::engine::presets::time::{self, TimestampCheck};
use crate::engine::presets::types::{Check, Clue, SdkError, Shape};
use crate::engine::presets::{self, providers, Preset, Values};
use crate::engine::{calculate, Subject};

/// What the user entered besides the inputs of the calculation.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Evidence {
    /// The signature the user's own code computed (from its log).
    pub computed: String,
    /// The error message the SDK or framework raised.
    pub error: String,
    /// The `Content-Length` of the request as captured (the raw request view), if it had one.
    pub content_length: String,
}

impl Evidence {
    pub fn is_empty(&self) -> bool {
        self.computed.trim().is_empty()
            && self.error.trim().is_empty()
            && self.content_length.trim().is_empty()
    }
}

/// Error texts of frameworks and runtimes that come with a failing check, whatever the
/// provider.
pub const FRAMEWORK_ERRORS: &[SdkError] = &[
    SdkError {
        text: "Unexpected token o in JSON at position 1",
        sdk: "JavaScript (JSON.parse)",
        check: Check::Body,
        means: "JSON.parse was given the text “[object Object]”: your code holds a parsed object where it expects the raw body text, so the body it hashes is not the one that was signed.",
        next: "Keep the raw body (express.raw or req.text()) for the signature, and parse it afterwards.",
    },
    SdkError {
        text: "\"[object Object]\" is not valid JSON",
        sdk: "JavaScript (JSON.parse)",
        check: Check::Body,
        means: "JSON.parse was given the text “[object Object]”: your code holds a parsed object where it expects the raw body text, so the body it hashes is not the one that was signed.",
        next: "Keep the raw body (express.raw or req.text()) for the signature, and parse it afterwards.",
    },
    SdkError {
        text: "Key must be a buffer",
        sdk: "Node.js (crypto.createHmac)",
        check: Check::Secret,
        means: "The secret was undefined when the HMAC was made: the environment variable was not loaded where the code ran.",
        next: "Check that the secret's variable is set for this process (print its length, never the value).",
    },
    SdkError {
        text: "descriptor 'encode' for 'str' objects doesn't apply to a 'NoneType' object",
        sdk: "Python",
        check: Check::Secret,
        means: "The secret was None when the HMAC was made: os.environ.get found no such variable.",
        next: "Check that the secret's variable is set for this process (print its length, never the value).",
    },
    SdkError {
        text: "RawPostDataException",
        sdk: "Django",
        check: Check::Body,
        means: "request.body was read after the form was parsed (request.POST): the raw bytes are gone by then.",
        next: "Read request.body first, verify, then use request.POST.",
    },
];

/// Body sizes at which size limits usually cut a body.
const ROUND_LIMITS: [usize; 6] = [8192, 16384, 65536, 100_000, 102_400, 1_048_576];

/// What the inputs show, to check an error's claims against.
#[derive(Clone)]
struct Facts {
    verdict: Verdict,
    timestamp: Option<TimestampCheck>,
    header: bool,
    body_empty: bool,
    secret_empty: bool,
    /// Whether the signature the user's code computed was given.
    computed: bool,
}

impl Facts {
    /// Where to look next for what the server hashed.
    fn pointer(&self) -> &'static str {
        if self.computed {
            "What your code did is said above, from the signature it computed."
        } else {
            "Paste the value it computed into Signature your code computed to see what."
        }
    }
}

/// What the inputs show, computed once per assessment. A preset's timestamp is checked by its
/// own rule; the calculator's has no rule until an error text names its provider
/// ([`header_timestamp`]).
fn facts(subject: &Subject, computed: bool, now_ms: i64) -> Facts {
    match subject {
        Subject::Custom(i) => Facts {
            verdict: calculate(i).verdict,
            timestamp: None,
            header: !i.expected.trim().is_empty(),
            body_empty: i.message.is_empty(),
            secret_empty: i.key.is_empty(),
            computed,
        },
        Subject::Preset { id, values } => {
            let e = presets::find(id).map(|p| presets::evaluate(p, values));
            Facts {
                verdict: e.as_ref().map_or(Verdict::None, |e| e.calculation.verdict.clone()),
                timestamp: e.as_ref().and_then(|e| e.timestamp_at(now_ms)),
                header: !values.signature.trim().is_empty(),
                body_empty: values.body.is_empty(),
                secret_empty: values.secret.is_empty(),
                computed,
            }
        }
    }
}

/// The timestamp a pasted header carries (`t=`, `ts=`) checked by the rule of `owner`, the
/// provider whose error text was recognised.
fn header_timestamp(subject: &Subject, owner: &Preset, now_ms: i64) -> Option<TimestampCheck> {
    let Subject::Custom(i) = subject else { return None };
    let ts = parse_expected(&i.expected).ok().flatten()?.timestamp?;
    owner.timestamp.map(|rule| time::check(&rule, &ts, now_ms, owner.name))
}

/// Whether `pattern` (with `…` for varying text) is in `text`, case-insensitively.
fn matches(pattern: &str, text: &str) -> bool {
    let mut rest = text.to_lowercase();
    for part in pattern.split('…').map(|p| p.trim().to_lowercase()).filter(|p| !p.is_empty()) {
        match rest.find(&part) {
            Some(i) => rest = rest[i + part.len()..].to_string(),
            None => return false,
        }
    }
    true
}

/// The error texts known, each with the preset it belongs to (`None` for a framework's):
/// the chosen preset's first.
fn known(preferred: Option<&str>) -> Vec<(Option<&'static str>, &'static SdkError)> {
    let mut out: Vec<(Option<&'static str>, &'static SdkError)> = Vec::new();
    let mut rows: Vec<_> = providers::EVIDENCE.iter().collect();
    rows.sort_by_key(|r| Some(r.id) != preferred);
    for r in rows {
        out.extend(r.errors.iter().map(|e| (Some(r.id), e)));
    }
    out.extend(FRAMEWORK_ERRORS.iter().map(|e| (None, e)));
    out
}

/// The known error text in a pasted message, and the preset it belongs to.
pub fn recognise(text: &str, preferred: Option<&str>) -> Option<(Option<&'static str>, &'static SdkError)> {
    known(preferred).into_iter().find(|(_, e)| matches(e.text, text))
}

/// How many error texts are known.
pub fn known_count() -> usize {
    known(None).len()
}

/// Whether the check holds against the inputs, in words.
fn check_words(check: Check, f: &Facts) -> String {
    match check {
        Check::Signature => match &f.verdict {
            Verdict::Match(_) => format!("These inputs verify here: the request and the secret are right, so your server hashed something else (a parsed or re-encoded body, another secret loaded at run time). {}", f.pointer()),
            Verdict::Mismatch(_) => "Confirmed here: the signature does not match these inputs (the Diagnosis says why, when it can).".into(),
            Verdict::None => "Enter the signature, the body and the secret to check the signature here.".into(),
        },
        Check::TimestampBefore | Check::TimestampAfter => {
            let order = if check == Check::TimestampBefore {
                "This check runs before the signature is compared, so it says nothing about the signature."
            } else {
                "The SDK raises this only after a signature matched: the signature is valid, the event too old."
            };
            let age = match &f.timestamp {
                Some(t) if t.within => format!(" Here the timestamp is within the tolerance ({}), so the server's clock is the likely cause.", t.text),
                Some(t) => format!(" Holds here: {}", t.text),
                None => " Enter the timestamp to check its age here.".into(),
            };
            format!("{order}{age}")
        }
        Check::Header => if f.header {
            "A signature header is entered here: check that your code reads the same header (header names are lower-case in Node) and that no proxy drops it.".into()
        } else {
            "Holds here: no signature header is entered.".into()
        },
        Check::Body => if f.body_empty {
            "Holds here: the body is empty.".into()
        } else {
            "The body entered here is not empty: your code passed something else (a parsed object, nothing at all).".into()
        },
        Check::Secret => if f.secret_empty {
            "Holds here: no secret is entered.".into()
        } else {
            "Check the secret your server loaded (its length and first characters) against the one entered here.".into()
        },
        Check::NotSignature => "Not a signature mismatch: another check failed.".into(),
        Check::AnyOf(checks) => {
            let mut out = String::from("One text for several checks; against these inputs:");
            for c in checks {
                let holds = match c {
                    Check::Header => (!f.header).then_some("the header is missing"),
                    Check::Body => f.body_empty.then_some("the body is empty"),
                    Check::Secret => f.secret_empty.then_some("the secret is empty"),
                    Check::TimestampBefore | Check::TimestampAfter => {
                        f.timestamp.as_ref().filter(|t| !t.within).map(|_| "the timestamp is beyond the tolerance")
                    }
                    Check::Signature => f.verdict.is_mismatch().then_some("the signature does not match"),
                    _ => None,
                };
                let clear = match c {
                    Check::Header => f.header.then_some("the header is present"),
                    Check::Body => (!f.body_empty).then_some("the body is not empty"),
                    Check::Secret => (!f.secret_empty).then_some("a secret is entered"),
                    Check::TimestampBefore | Check::TimestampAfter => {
                        f.timestamp.as_ref().filter(|t| t.within).map(|_| "the timestamp is within the tolerance")
                    }
                    Check::Signature => matches!(f.verdict, Verdict::Match(_)).then_some("the signature matches"),
                    _ => None,
                };
                match (holds, clear) {
                    (Some(h), _) => out.push_str(&format!(" {h} (holds);")),
                    (None, Some(c)) => out.push_str(&format!(" {c};")),
                    (None, None) => {}
                }
            }
            if matches!(f.verdict, Verdict::Match(_)) && checks.contains(&Check::Signature) {
                out.push_str(&format!(" the inputs verify, so your server hashed something else. {}", f.pointer()));
            }
            out.trim_end_matches(['.', ';']).to_string() + "."
        }
    }
}

/// The error message recognised and checked against the facts (made for the preset the text
/// belongs to, whose timestamp rule applies).
fn error_words(
    text: &str,
    preferred: Option<&str>,
    facts: &Facts,
    owner_timestamp: impl Fn(&'static Preset) -> Option<TimestampCheck>,
) -> String {
    let Some((owner, e)) = recognise(text, preferred) else {
        return format!(
            "Error message not recognised: it matches none of the {} SDK and framework error texts known here. The verdict and the Diagnosis above still hold; the signature your code computed tells more.",
            known_count()
        );
    };
    let owner = owner.and_then(presets::find).or(preferred.and_then(presets::find));
    let timestamp = facts.timestamp.clone().or_else(|| owner.and_then(owner_timestamp));
    let f = Facts { timestamp, ..facts.clone() };
    format!("Recognised: “{}” ({}). {} {} Next: {}", e.text, e.sdk, e.means, check_words(e.check, &f), e.next)
}

/// Which the provider's SDK checks first, from its error texts.
fn order_words(p: &Preset) -> Option<&'static str> {
    let errors = providers::EVIDENCE.iter().find(|r| r.id == p.id)?.errors;
    let has = |c: Check| errors.iter().any(|e| e.check == c);
    if has(Check::TimestampBefore) {
        Some(" Its SDK checks the timestamp before the signature, so it reports the age and says nothing of the signature.")
    } else if has(Check::TimestampAfter) {
        Some(" Its SDK checks the signature first and the timestamp after, so its timestamp error means the signature was valid.")
    } else {
        None
    }
}

fn match_words(subject: &Subject, f: &Facts) -> Vec<String> {
    let mut out = vec![format!("The signature verifies: the provider signed exactly these bytes with this secret. Your server must hash the same bytes — the raw body as received, before any parser or re-encoding — with the same secret; if it still refuses the request, compare what it hashes with these inputs. {}", f.pointer())];
    if let (Subject::Preset { id, .. }, Some(t)) = (subject, &f.timestamp) {
        if !t.within {
            let p = presets::find(id);
            out.push(format!(
                "The signature is valid, but the event is too old for the SDK: {}{}",
                t.text,
                p.and_then(order_words).unwrap_or("")
            ));
        }
    }
    out
}

fn length_words(declared: &str, subject: &Subject) -> Option<String> {
    let declared: usize = declared.trim().parse().ok()?;
    let body = subject.text().len();
    if declared == body {
        return None;
    }
    if body == 0 {
        return Some(format!("The body is empty, but the request's Content-Length says {declared} bytes: the body was read (consumed) before it was captured or hashed. Capture the raw body before any parser runs."));
    }
    let limit = ROUND_LIMITS.iter().find(|l| **l == body).map_or(String::new(), |l| {
        format!(" The body stops at exactly {l} bytes, a common size limit: raise the limit of the body parser, proxy or logger that cut it.")
    });
    Some(if declared > body {
        format!("The body is {body} bytes, but the request's Content-Length says {declared}: {} bytes are missing, so the body was cut before you had it (a size limit, a log truncating it, a copy of part of it).{limit}", declared - body)
    } else {
        format!("The body is {body} bytes, but the request's Content-Length says {declared}: {} bytes more than were sent (line endings converted, characters re-encoded, or text added when copying).", body - declared)
    })
}

fn clue_words(clues: &[Clue], body: &str, mismatch: bool) -> Vec<String> {
    let squeezed: String = body.chars().filter(|c| !c.is_ascii_whitespace()).collect();
    clues
        .iter()
        .filter(|c| mismatch || !c.on_mismatch)
        .filter(|c| c.body_has.iter().all(|t| squeezed.contains(t)))
        .map(|c| c.says.to_string())
        .collect()
}

fn shape_words(shapes: &[&Shape], secret: &str) -> Option<String> {
    let t = secret.trim();
    let own = shapes.iter().find(|s| s.starts.iter().any(|p| t.starts_with(p)) && t.len() >= s.min_len);
    own.map(|s| s.says).or_else(|| form_shape(t)).map(str::to_string)
}

/// Credentials told by their form alone, whatever the provider.
fn form_shape(t: &str) -> Option<&'static str> {
    if t.starts_with("eyJ") && t.split('.').count() == 3 {
        Some("Key is a JSON Web Token (three Base64url parts starting eyJ), not a signing secret: the secret is the shared key the provider shows in its webhook settings.")
    } else if discord_bot_token(t) {
        Some("Key looks like a Discord bot token. Discord signs interactions with Ed25519: they are verified with the application's Public Key (Developer Portal → General Information), not with a secret.")
    } else {
        None
    }
}

/// A Discord bot token: Base64 of a numeric user id, a dot, 6 or more characters, a dot, 27
/// or more characters.
fn discord_bot_token(t: &str) -> bool {
    use base64::Engine;
    let parts: Vec<&str> = t.split('.').collect();
    let url_text = |s: &str| s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    parts.len() == 3
        && parts.iter().all(|p| url_text(p))
        && parts[1].len() >= 6
        && parts[2].len() >= 27
        && base64::engine::general_purpose::STANDARD_NO_PAD
            .decode(parts[0].trim_end_matches('='))
            .is_ok_and(|id| id.len() >= 17 && id.iter().all(u8::is_ascii_digit))
}

/// For a preset the worker verifies (a public-key signature): the error message checked
/// against the worker's verdict, and the provider's request clues.
pub fn assess_verified(
    p: &'static Preset,
    values: &Values,
    error: &str,
    verdict: &Verdict,
    now_ms: i64,
) -> Vec<String> {
    let mut out = Vec::new();
    if !error.trim().is_empty() {
        let f = Facts {
            verdict: verdict.clone(),
            timestamp: values.timestamp(p).map(|(rule, ts)| time::check(&rule, &ts, now_ms, p.name)),
            header: !values.signature.trim().is_empty(),
            body_empty: values.body.is_empty(),
            secret_empty: values.secret.is_empty(),
            computed: false,
        };
        out.push(error_words(error, Some(p.id), &f, |_| None));
    }
    if let Some(r) = providers::EVIDENCE.iter().find(|r| r.id == p.id) {
        out.extend(clue_words(r.clues, &values.body, verdict.is_mismatch()));
    }
    out
}

/// What the evidence reveals about this subject, a sentence each: what the user's code did
/// (`yours`, from the search), the error message, what a Match means, the captured request,
/// the provider's request clues and credential shapes. `now_ms` is the time in ms since the
/// epoch.
pub fn assess(subject: &Subject, ev: &Evidence, yours: Option<&YoursOutcome>, now_ms: i64) -> Vec<String> {
    let mut out = Vec::new();
    let preset = match subject {
        Subject::Preset { id, .. } => presets::find(id),
        Subject::Custom(_) => None,
    };
    let computed = !ev.computed.trim().is_empty();
    let f = facts(subject, computed, now_ms);
    if !ev.computed.trim().is_empty() {
        match (yours, parse_expected(&ev.computed)) {
            (Some(y), _) => out.extend(y.explain()),
            (None, Err(e)) => out.push(format!("Signature your code computed: {e}.")),
            (None, _) => out.push("Signature your code computed: enter the body and the secret to search for what your code did.".into()),
        }
    }
    if !ev.error.trim().is_empty() {
        let preferred = preset.map(|p| p.id);
        out.push(error_words(&ev.error, preferred, &f, |owner| header_timestamp(subject, owner, now_ms)));
    }
    let matched = matches!(f.verdict, Verdict::Match(_));
    if matched {
        out.extend(match_words(subject, &f));
    }
    out.extend(length_words(&ev.content_length, subject));
    let rows = providers::EVIDENCE.iter().filter(|r| preset.is_none_or(|p| p.id == r.id));
    if let Some(r) = preset.and_then(|p| providers::EVIDENCE.iter().find(|r| r.id == p.id)) {
        out.extend(clue_words(r.clues, subject.text(), f.verdict.is_mismatch()));
    }
    // A credential of another kind: withdrawn on a Match, and never echoed.
    if !matched {
        let shapes: Vec<&Shape> = rows.flat_map(|r| r.shapes.iter()).collect();
        let secret = match subject {
            Subject::Custom(i) => i.key.as_str(),
            Subject::Preset { values, .. } => values.secret.as_str(),
        };
        out.extend(shape_words(&shapes, secret));
    }
    out
}
