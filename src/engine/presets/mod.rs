//! Provider presets: build a provider's exact string-to-sign from its parts, apply its key
//! handling, algorithm, encoding, header format and timestamp rules, and hand the result to
//! the calculator and the diagnosis engine. The providers themselves are data
//! (`providers/`, one file each).

pub mod code;
pub mod header;
pub mod jwt;
pub mod providers;
pub mod pusher;
pub mod raw;
pub mod time;
pub mod types;
pub mod zoom;

use crate::engine::calc::Inputs;
use crate::engine::diagnosis::{MessageMistake, MessageVariant};
use crate::engine::encoding::{form_decode, to_base64, to_base64url, to_hex, KeyFormat, MessageFormat};
use crate::engine::expected::parse_expected;
pub use types::*;

/// The preset with this id.
pub fn find(id: &str) -> Option<&'static Preset> {
    providers::ALL.iter().find(|p| p.id == id)
}

/// What the user entered into a preset's fields.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Values {
    pub secret: String,
    pub body: String,
    pub signature: String,
    pub fields: Vec<(String, String)>,
}

impl Values {
    pub fn get(&self, id: &str) -> &str {
        self.fields.iter().find(|(k, _)| k == id).map_or("", |(_, v)| v.as_str())
    }

    pub fn set(&mut self, id: &str, value: impl Into<String>) {
        let value = value.into();
        match self.fields.iter_mut().find(|(k, _)| k == id) {
            Some(slot) => slot.1 = value,
            None => self.fields.push((id.to_string(), value)),
        }
    }
}

/// Everything a preset computes from its values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation {
    /// The calculator's inputs: string-to-sign, key with its format, algorithm, and the
    /// signature to compare (the matching one when the header carries several).
    pub inputs: Inputs,
    pub string_to_sign: Vec<u8>,
    /// Signatures found in the signature field.
    pub signatures: Vec<String>,
    pub timestamp: Option<time::TimestampCheck>,
    /// Problems with the entered values (unreadable header, …), as sentences.
    pub problems: Vec<String>,
    /// Wrong ways of building the string-to-sign, for the diagnosis.
    pub variants: Vec<MessageVariant>,
    /// What a correct sender produces: the header value or the response body.
    pub produced: Option<String>,
}

fn encode(output: OutputEncoding, mac: &[u8]) -> String {
    match output {
        OutputEncoding::Hex => to_hex(mac),
        OutputEncoding::Base64 => to_base64(mac),
        OutputEncoding::Base64Url => to_base64url(mac),
    }
}

fn form_pairs(body: &str) -> Vec<(Vec<u8>, Vec<u8>)> {
    body.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            let d = |s: &str| form_decode(s.as_bytes()).unwrap_or_else(|| s.as_bytes().to_vec());
            (d(k), d(v))
        })
        .collect()
}

/// Builds the string-to-sign from the preset's parts, joining them with `sep_override` in
/// place of every `.` or `:` separator when given.
fn build(p: &Preset, v: &Values, sep_override: Option<&str>) -> Vec<u8> {
    let mut out = Vec::new();
    for part in p.message {
        match part {
            Part::Lit(s) if matches!(*s, "." | ":") => {
                out.extend_from_slice(sep_override.unwrap_or(s).as_bytes())
            }
            Part::Lit(s) => out.extend_from_slice(s.as_bytes()),
            Part::Field(id) => out.extend_from_slice(v.get(id).as_bytes()),
            Part::Body => out.extend_from_slice(v.body.as_bytes()),
            Part::Optional { sep, id } => {
                if !v.get(id).is_empty() {
                    out.extend_from_slice(sep_override.unwrap_or(sep).as_bytes());
                    out.extend_from_slice(v.get(id).as_bytes());
                }
            }
            Part::SortedFormParams => {
                let mut pairs = form_pairs(&v.body);
                pairs.sort();
                for (k, val) in pairs {
                    out.extend_from_slice(&k);
                    out.extend_from_slice(&val);
                }
            }
            Part::SortedQuery { id, drop } => {
                let q = v.get(id).trim().trim_start_matches('?');
                let q = q.rsplit_once('?').map_or(q, |(_, after)| after);
                let mut pairs: Vec<(&str, &str)> = q
                    .split('&')
                    .filter(|s| !s.is_empty())
                    .map(|s| s.split_once('=').unwrap_or((s, "")))
                    .filter(|(k, _)| !drop.contains(k))
                    .collect();
                pairs.sort();
                let joined: Vec<String> = pairs.iter().map(|(k, val)| format!("{k}={val}")).collect();
                out.extend_from_slice(joined.join("&").as_bytes());
            }
        }
    }
    out
}

/// The signature a Shopify-OAuth-style preset finds inside its query field.
fn query_signature(p: &Preset, v: &Values) -> Option<String> {
    p.message.iter().find_map(|part| match part {
        Part::SortedQuery { id, .. } => v
            .get(id)
            .split('&')
            .find_map(|kv| kv.split_once('=').filter(|(k, _)| *k == "hmac").map(|(_, s)| s.to_string())),
        _ => None,
    })
}

fn wrong_assemblies(p: &Preset, v: &Values, right: &[u8]) -> Vec<MessageVariant> {
    let mut out: Vec<MessageVariant> = Vec::new();
    let mut push = |mistake: String, bytes: Vec<u8>| {
        if bytes != right && !out.iter().any(|o| o.bytes == bytes) {
            out.push(MessageVariant { mistake: MessageMistake::Custom(mistake), bytes });
        }
    };
    let has_body = p.message.contains(&Part::Body);
    if has_body && p.message.len() > 1 {
        push(
            format!(
                "the signature matches the body alone, without the other parts of the {} string-to-sign: whoever made it left out the timestamp or prefix (or the provider is not {}).",
                p.name, p.name
            ),
            v.body.as_bytes().to_vec(),
        );
    }
    let seps: Vec<&str> = p
        .message
        .iter()
        .filter_map(|x| match x {
            Part::Lit(s) if matches!(*s, "." | ":") => Some(*s),
            Part::Optional { sep, .. } => Some(*sep),
            _ => None,
        })
        .collect();
    if let Some(first) = seps.first() {
        for alt in [".", ":", ""] {
            if alt != *first {
                let shown = if alt.is_empty() { "nothing".to_string() } else { format!("'{alt}'") };
                push(
                    format!("the signature matches the parts joined with {shown} instead of '{first}': fix the separator in the string-to-sign."),
                    build(p, v, Some(alt)),
                );
            }
        }
    }
    if let Some(rule) = p.timestamp {
        let ts = v.get(rule.field);
        if let Ok(n) = ts.trim().parse::<i64>() {
            let (other, words) = match rule.unit {
                TimeUnit::Seconds => (n.saturating_mul(1000), "in milliseconds instead of seconds"),
                TimeUnit::Milliseconds => (n / 1000, "in seconds instead of milliseconds"),
            };
            let mut w = v.clone();
            w.set(rule.field, other.to_string());
            push(format!("the signature matches the timestamp written {words}."), build(p, &w, None));
        }
    }
    out
}

/// Evaluates a preset at `now_ms` (milliseconds since the epoch).
pub fn evaluate(p: &Preset, values: &Values, now_ms: i64) -> Evaluation {
    match p.kind {
        Kind::ZoomLegacy => return evaluate_zoom_legacy(p, values, now_ms),
        Kind::Jwt => return evaluate_jwt(values),
        Kind::Verify | Kind::Produce => {}
    }
    let mut v = values.clone();
    let mut problems = Vec::new();
    let mut signatures = Vec::new();
    match header::parse(p.signature_format, &values.signature) {
        Ok(h) => {
            if let (Some(ts), Some(rule)) = (h.timestamp, p.timestamp) {
                v.set(rule.field, ts);
            }
            if let (Some(key), SigFormat::AppKey { field }) = (&h.app_key, p.signature_format) {
                let entered = values.get(field);
                if !entered.is_empty() && entered != key {
                    problems.push(format!(
                        "The signature was made for app key {key}, but the App key field says {entered}."
                    ));
                }
            }
            signatures = h.signatures;
        }
        Err(e) => problems.push(format!("{}: {e}.", p.signature_label)),
    }
    if signatures.is_empty() {
        if let Some(s) = query_signature(p, &v) {
            signatures.push(s);
        }
    }
    let string_to_sign = build(p, &v, None);
    let (key, key_format) = match p.key {
        KeyHandling::Text => (values.secret.clone(), KeyFormat::Text),
        KeyHandling::Hex => (values.secret.clone(), KeyFormat::Hex),
        KeyHandling::WhsecBase64 => {
            (values.secret.trim().trim_start_matches("whsec_").to_string(), KeyFormat::Base64)
        }
    };
    let key_bytes = key_format.as_input().decode(&key).ok();
    let mac = key_bytes.as_ref().map(|k| p.algorithm.mac(k, &string_to_sign));
    // Compare with the signature that matches, if any (Stripe may send several v1).
    let expected = signatures
        .iter()
        .find(|s| {
            let parsed = parse_expected(s).ok().flatten();
            matches!((parsed, &mac), (Some(e), Some(m)) if e.matching(m).is_some())
        })
        .or(signatures.first())
        .cloned()
        .unwrap_or_default();
    let timestamp = p.timestamp.and_then(|rule| {
        let ts = v.get(rule.field);
        (!ts.trim().is_empty()).then(|| time::check(&rule, ts, now_ms, p.name))
    });
    let produced = mac.as_ref().map(|m| produce(p, &v, &encode(p.output, m)));
    let variants = wrong_assemblies(p, &v, &string_to_sign);
    let inputs = Inputs {
        message: String::from_utf8_lossy(&string_to_sign).into_owned(),
        message_format: MessageFormat::Text,
        key,
        key_format,
        algorithm: p.algorithm,
        expected,
    };
    Evaluation { inputs, string_to_sign, signatures, timestamp, problems, variants, produced }
}

fn json_string(s: &str) -> String {
    serde_json::Value::String(s.to_string()).to_string()
}

/// What a correct sender produces for these values, given the encoded MAC: the header value,
/// or the JSON response the preset's [`Response`] describes.
fn produce(p: &Preset, v: &Values, sig: &str) -> String {
    let value = match p.signature_format {
        SigFormat::AppKey { field } => format!("{}:{sig}", v.get(field)),
        SigFormat::Plain { prefix } => format!("{prefix}{sig}"),
        SigFormat::KeyValue { pair_sep, ts, sig: key } => {
            let t = p.timestamp.map_or("", |r| v.get(r.field));
            format!("{ts}={t}{pair_sep}{key}={sig}")
        }
        SigFormat::VersionedList { version } => format!("{version},{sig}"),
    };
    let Some(r) = p.response else { return value };
    let member = |(key, field): &(&str, &str)| {
        (!v.get(field).is_empty()).then(|| format!("{}:{}", json_string(key), json_string(v.get(field))))
    };
    let members: Vec<String> = r
        .before
        .iter()
        .filter_map(member)
        .chain(std::iter::once(format!("{}:{}", json_string(r.signature_key), json_string(&value))))
        .chain(r.after.iter().filter_map(member))
        .collect();
    format!("{{{}}}", members.join(","))
}

/// Shows the string-to-sign with invisible separators made visible (`\n`, `\r`, `\t`).
pub fn visible(bytes: &[u8]) -> String {
    crate::engine::diagnosis::escape_bytes(bytes)
}

/// The Zoom legacy SDK signature: the HMAC input is the Base64 text of key + meeting number +
/// timestamp + role; a pasted signature is decoded and its hash compared.
fn evaluate_zoom_legacy(p: &Preset, values: &Values, now_ms: i64) -> Evaluation {
    let mut problems = Vec::new();
    let mut signatures = Vec::new();
    let mut v = values.clone();
    if !values.signature.trim().is_empty() {
        match zoom::decode_legacy(&values.signature) {
            Ok(parts) => {
                for (id, val) in [
                    ("api_key", &parts.api_key),
                    ("meeting_number", &parts.meeting_number),
                    ("timestamp", &parts.timestamp_ms),
                    ("role", &parts.role),
                ] {
                    if v.get(id).is_empty() {
                        v.set(id, val.as_str());
                    } else if v.get(id) != val {
                        problems.push(format!(
                            "The signature was made for {id} {val}, but the field says {}.",
                            v.get(id)
                        ));
                    }
                }
                signatures.push(parts.hash);
                if let Some(w) = zoom::url_warnings(values.signature.trim()) {
                    problems.push(w);
                }
            }
            Err(e) => problems.push(e),
        }
    }
    let (key, mn, ts, role) = (v.get("api_key"), v.get("meeting_number"), v.get("timestamp"), v.get("role"));
    let message = to_base64(format!("{key}{mn}{ts}{role}").as_bytes());
    let timestamp =
        p.timestamp.and_then(|rule| (!ts.trim().is_empty()).then(|| time::check(&rule, ts, now_ms, "Zoom")));
    let produced = (!key.is_empty()).then(|| zoom::legacy_signature(&values.secret, key, mn, ts, role));
    let inputs = Inputs {
        message: message.clone(),
        message_format: MessageFormat::Text,
        key: values.secret.clone(),
        key_format: KeyFormat::Text,
        algorithm: p.algorithm,
        expected: signatures.first().cloned().unwrap_or_default(),
    };
    Evaluation {
        inputs,
        string_to_sign: message.into_bytes(),
        signatures,
        timestamp,
        problems,
        variants: Vec::new(),
        produced,
    }
}

/// A pasted JWT: the signing input is the token's own header.payload text (editing the
/// secret never re-signs it); the algorithm comes from its header.
fn evaluate_jwt(values: &Values) -> Evaluation {
    let mut problems = Vec::new();
    let mut inputs = Inputs { key: values.secret.clone(), ..Inputs::default() };
    let mut signatures = Vec::new();
    if !values.signature.trim().is_empty() {
        match jwt::decode(&values.signature) {
            Ok(token) => {
                inputs.message = token.signing_input.clone();
                inputs.algorithm = token.algorithm;
                let sig = to_base64url(&token.signature);
                inputs.expected = sig.clone();
                signatures.push(sig);
                problems.extend(jwt::check_claims(&token, values.secret.len()));
                problems.push(format!("Header: {}  Payload: {}", token.header, token.payload));
            }
            Err(e) => problems.push(e),
        }
    }
    let string_to_sign = inputs.message.clone().into_bytes();
    Evaluation {
        inputs,
        string_to_sign,
        signatures,
        timestamp: None,
        problems,
        variants: Vec::new(),
        produced: zoom_sdk_jwt(values),
    }
}

/// A Zoom Meeting SDK JWT built from the preset's fields, when an SDK key and iat are given.
/// `role`, `iat` and `exp` are numbers; `exp` defaults to iat + 2 h; `tokenExp` equals `exp`.
fn zoom_sdk_jwt(v: &Values) -> Option<String> {
    let key = v.get("sdk_key").trim();
    if key.is_empty() {
        return None;
    }
    let num = |id: &str| v.get(id).trim().parse::<i64>().ok();
    let iat = num("iat")?;
    let exp = num("exp").unwrap_or(iat + 7200);
    let payload = format!(
        "{{\"appKey\":{k},\"sdkKey\":{k},\"mn\":{mn},\"role\":{role},\"iat\":{iat},\"exp\":{exp},\"tokenExp\":{exp}}}",
        k = json_string(key),
        mn = json_string(v.get("meeting_number").trim()),
        role = num("role").unwrap_or(0),
    );
    Some(jwt::sign(
        "{\"alg\":\"HS256\",\"typ\":\"JWT\"}",
        &payload,
        crate::engine::Algorithm::Sha256,
        v.secret.as_bytes(),
    ))
}
