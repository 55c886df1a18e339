//! The HMAC schemes: [`Scheme::Hmac`] (a signature to verify) and [`Scheme::Produce`] (a
//! signature the user's server returns): the string-to-sign from the preset's parts, the key
//! handling, the signature header's format, and what a correct sender produces.

use super::assembly::{body_hash_mismatch, build, query_signature};
use super::header::{self, ParsedHeader};
use super::types::*;
use super::{Evaluation, Values};
use crate::engine::calc::{judge, Inputs, Verdict};
use crate::engine::encoding::{to_base64, to_base64url, to_hex, KeyFormat, MessageFormat};
use crate::engine::expected::parse_expected;
use std::rc::Rc;

fn encode(output: OutputEncoding, mac: &[u8]) -> String {
    match output {
        OutputEncoding::Hex => to_hex(mac),
        OutputEncoding::Base64 => to_base64(mac),
        OutputEncoding::Base64Url => to_base64url(mac),
    }
}

/// The values with what the signature header carries filled in (its timestamp), and the
/// parsed header or why it could not be read.
pub fn filled(p: &Preset, values: &Values) -> (Values, Result<ParsedHeader, String>) {
    let mut v = values.clone();
    // A producer's signature may be pasted as the whole JSON response it belongs in.
    let from_response = match p.scheme {
        Scheme::Produce(r) => serde_json::from_slice::<serde_json::Value>(values.signature.trim().as_bytes())
            .ok()
            .and_then(|j| j.get(r.signature_key).and_then(|s| s.as_str()).map(str::to_string)),
        _ => None,
    };
    let parsed = header::parse(p.signature_format, from_response.as_deref().unwrap_or(&values.signature));
    if let (Ok(ParsedHeader { timestamp: Some(ts), .. }), Some(rule)) = (&parsed, p.timestamp) {
        v.set(rule.field, ts.as_str());
    }
    (v, parsed)
}

/// The key text and how it is decoded.
fn key(p: &Preset, secret: &str) -> (String, KeyFormat) {
    match p.key {
        KeyHandling::Text => (secret.to_string(), KeyFormat::Text),
        KeyHandling::Hex => (secret.to_string(), KeyFormat::Hex),
        KeyHandling::WhsecBase64 => {
            (secret.trim().trim_start_matches("whsec_").to_string(), KeyFormat::Base64)
        }
    }
}

pub fn evaluate(p: &'static Preset, values: &Values) -> Evaluation {
    let (v, parsed) = filled(p, values);
    let mut problems = Vec::new();
    let mut signatures = Vec::new();
    match parsed {
        Ok(h) => {
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
        signatures.extend(query_signature(p, &v));
    }
    if let Some(o) = p.other_headers.iter().find(|o| signatures.iter().any(|s| s.starts_with(o.prefix))) {
        problems.push(format!(
            "This is a {} value ({}…, {}): {} is the {} signature. Compare with the {} header instead.",
            o.header,
            o.prefix,
            o.algorithm.name(),
            p.signature_header.unwrap_or(p.signature_label),
            p.algorithm.name(),
            p.signature_header.unwrap_or(p.signature_label),
        ));
    }
    if let Some((param, carried, actual)) = body_hash_mismatch(p, &v) {
        problems.push(format!(
            "The URL's {param} is {carried}, but the body's SHA-256 is {actual}: the body changed after it was signed, or is not the one received (re-serialized JSON, a trailing newline). The signature covers the URL, so it can match while the body does not."
        ));
    }
    let string_to_sign: Rc<[u8]> = build(p, &v, None).into();
    let other_secrets = values.other_secrets.lines().map(|s| key(p, s).0).collect::<Vec<_>>().join("\n");
    let (key, key_format) = key(p, &values.secret);
    let inputs = Inputs {
        message: String::from_utf8_lossy(&string_to_sign).into(),
        message_format: MessageFormat::Text,
        key,
        key_format,
        algorithm: p.algorithm,
        expected: signatures.first().cloned().unwrap_or_default(),
        // Each read as the provider's key is (`whsec_` removed where the scheme says so).
        other_secrets,
    };
    let timestamp = v.timestamp(p);
    let mut e =
        Evaluation { signatures, timestamp, problems, ..Evaluation::new(p, v, inputs, string_to_sign) };
    // Compare with the signature that matches, if any (Stripe may send several v1).
    if let Some(mac) = e.calculation.mac.clone() {
        let matched = matches!(e.calculation.verdict, Verdict::Match(_));
        let matching = e
            .signatures
            .iter()
            .skip(1)
            .filter(|_| !matched)
            .find(|s| matches!(parse_expected(s), Ok(Some(sig)) if sig.matching(&mac).is_some()));
        if let Some(s) = matching.cloned() {
            let c = Rc::make_mut(&mut e.calculation);
            c.expected = parse_expected(&s);
            c.verdict = judge(p.algorithm, Some(&mac), &c.expected);
            e.inputs.expected = s;
        }
        e.produced = Some(produce(p, &e.filled, &encode(p.output, &mac)));
    }
    e
}

fn json_string(s: &str) -> String {
    serde_json::Value::String(s.to_string()).to_string()
}

/// What a correct sender produces for these values, given the encoded MAC: the header value,
/// or the JSON response of a [`Scheme::Produce`] preset.
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
    let Scheme::Produce(r) = p.scheme else { return value };
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
