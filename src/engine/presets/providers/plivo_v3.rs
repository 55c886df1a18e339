//! Plivo callbacks, V3 signature: `X-Plivo-Signature-V3` (one or more, comma-separated) =
//! Base64 HMAC-SHA256, keyed with the auth token, of the URL Plivo called rebuilt with its
//! query parameters sorted (`k=v`, joined with `&`), then for a POST the form parameters
//! sorted as `keyvalue` with no separators (after a `.` when the URL has a query), then `.`
//! and `X-Plivo-Signature-V3-Nonce` (plivo/plivo-node `validateV3Signature`, plivo-python
//! `signature_v3.py`). Its code runs in the worker ([`Scheme::Worker`]).
use crate::engine::diagnosis::{MessageMistake, MessageVariant};
use crate::engine::encoding::to_base64;
use crate::engine::presets::assembly::{form_pairs, url_variants};
use crate::engine::language::Language;
use crate::engine::presets::types::*;
use crate::engine::presets::{Assembly, Evaluation, Values};
use crate::engine::Algorithm;
use std::collections::BTreeMap;

pub const PRESET: Preset = Preset {
    id: "plivo-v3",
    name: "Plivo callback (V3 signature)",
    scheme: Scheme::Worker,
    secret_label: "Auth token",
    fields: &[
        FieldSpec {
            id: "url",
            label: "URL Plivo called",
            header: None,
            placeholder: "https://example.com/plivo/answer",
        },
        FieldSpec { id: "method", label: "Method", header: None, placeholder: "POST" },
        FieldSpec {
            id: "nonce",
            label: "X-Plivo-Signature-V3-Nonce",
            header: Some("X-Plivo-Signature-V3-Nonce"),
            placeholder: "12345",
        },
    ],
    body_label: Some("Raw body (form parameters)"),
    output: OutputEncoding::Base64,
    signature_label: "X-Plivo-Signature-V3",
    signature_header: Some("X-Plivo-Signature-V3"),
    detect: &["x-plivo-signature-v3", "x-plivo-signature-v3-nonce"],
    sources: &[("url", Source::Url), ("method", Source::Method)],
    category: Category::Messaging,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "V3 signs the URL with its query parameters sorted, the form parameters sorted and joined as name+value with nothing between them, then '.' and the nonce: the order in which they arrived does not count.",
    "A GET callback signs its query only; a POST adds its form parameters (after a '.' when the URL has a query).",
    "X-Plivo-Signature-V3 may carry several signatures separated by commas (one per auth token while one is rotated): any one may match.",
    "Behind a TLS proxy the URL Plivo called starts with https:// although your server sees http://.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "MY_AUTH_TOKEN",
    body: "CallUUID=97ceeb52-58b6-11e1-86da-77300b68f8bb&From=14155551234&To=14155556789",
    signature: "HgY5j5mn+NiUxyqtR/h/x70ksfLmheZiLWZHz22pD58=",
    fields: &[("url", "https://example.com/plivo/answer?b=2&a=1"), ("method", "POST"), ("nonce", "12345")],
    source: "Derived: computed with plivo-python's own signature_v3.py and checked with plivo-node's validateV3Signature (Plivo publishes no V3 vector)",
    derived: true,
    mistake: Some(&[("url", "http://example.com/plivo/answer?b=2&a=1")]),
};

pub const HOOKS: WorkerHooks = WorkerHooks { evaluate, variants };

pub const PROGRAMS: [(Language, &str); 7] = super::programs_in!("plivo-v3");

/// Parameters grouped by name, names and values sorted (as the SDKs sort them).
fn grouped(pairs: Vec<(Vec<u8>, Vec<u8>)>) -> BTreeMap<Vec<u8>, Vec<Vec<u8>>> {
    let mut map: BTreeMap<Vec<u8>, Vec<Vec<u8>>> = BTreeMap::new();
    for (k, v) in pairs {
        map.entry(k).or_default().push(v);
    }
    for values in map.values_mut() {
        values.sort();
    }
    map
}

/// The text V3 signs for `url` called with `method` and the form `body`, before the nonce.
pub fn base(url: &str, method: &str, body: &str) -> Vec<u8> {
    let url = url.trim();
    let url = url.split('#').next().unwrap_or_default();
    let (path, query) = url.split_once('?').unwrap_or((url, ""));
    let query = grouped(form_pairs(query));
    let mut sorted_query = Vec::new();
    for (k, values) in &query {
        for v in values {
            if !sorted_query.is_empty() {
                sorted_query.push(b'&');
            }
            sorted_query.extend_from_slice(k);
            sorted_query.push(b'=');
            sorted_query.extend_from_slice(v);
        }
    }
    let params =
        if method.trim().eq_ignore_ascii_case("GET") { BTreeMap::new() } else { grouped(form_pairs(body)) };
    let mut out = path.as_bytes().to_vec();
    if !sorted_query.is_empty() || !params.is_empty() {
        out.push(b'?');
        out.extend_from_slice(&sorted_query);
    }
    if !sorted_query.is_empty() && !params.is_empty() {
        out.push(b'.');
    }
    for (k, values) in &params {
        for v in values {
            out.extend_from_slice(k);
            out.extend_from_slice(v);
        }
    }
    out
}

fn signed(v: &Values, url: &str) -> Vec<u8> {
    let method = match v.get("method").trim() {
        "" => "POST",
        m => m,
    };
    [base(url, method, &v.body), b".".to_vec(), v.get("nonce").trim().as_bytes().to_vec()].concat()
}

fn evaluate(p: &'static Preset, values: &Values) -> Evaluation {
    let text = signed(values, values.get("url"));
    let mac = Algorithm::Sha256.mac(values.secret.as_bytes(), &text);
    let ours = to_base64(&mac);
    let signatures: Vec<String> =
        values.signature.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
    let expected =
        signatures.iter().find(|s| **s == ours).or(signatures.first()).cloned().unwrap_or_default();
    let mut e = Evaluation { signatures, ..Evaluation::of_text(p, values.clone(), text, expected) };
    e.produced = Some(ours);
    e
}

/// The text signed with the URL as Plivo may have called it (the scheme, the port, the host,
/// a trailing slash), and the body alone.
fn variants(e: &Evaluation) -> Vec<MessageVariant> {
    let v = &e.filled;
    let mut out = vec![MessageVariant {
        mistake: MessageMistake::Assembly(Assembly::BodyAlone { provider: PRESET.name.to_string() }),
        bytes: v.body.as_bytes().to_vec(),
    }];
    for (url, change) in url_variants(v.get("url"), v.other_hosts.lines()) {
        let bytes = signed(v, &url);
        out.push(MessageVariant {
            mistake: MessageMistake::Assembly(Assembly::Url { signed: url, change }),
            bytes,
        });
    }
    out
}
