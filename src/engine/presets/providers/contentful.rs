//! Contentful webhooks (request verification): `x-contentful-signature`, the hex HMAC-SHA256,
//! keyed with the signing secret as text, of the canonical request — the method, the path
//! (encoded as Contentful's toolkit encodes it), the signed headers and the body, joined with
//! line breaks. The signed headers are those `x-contentful-signed-headers` lists (itself and
//! `x-contentful-timestamp` among them), names lowercased, sorted, each `name:value`, joined
//! with `;` (contentful/node-apps-toolkit `signRequest`, `verifyRequest`). Its code runs in
//! the worker ([`Scheme::Worker`]).
use crate::engine::diagnosis::message::{generate, message_variants};
use crate::engine::diagnosis::{json, MessageMistake, MessageVariant, JSON_LIMIT};
use crate::engine::language::Language;
use crate::engine::presets::types::*;
use crate::engine::presets::{Assembly, Evaluation, Values};

const SIGNED_HEADERS: &str = "x-contentful-signed-headers";
const TIMESTAMP: &str = "x-contentful-timestamp";

pub const PRESET: Preset = Preset {
    id: "contentful",
    name: "Contentful webhook",
    scheme: Scheme::Worker,
    secret_label: "Signing secret",
    fields: &[
        FieldSpec { id: "method", label: "Method", header: None, placeholder: "POST" },
        FieldSpec { id: "path", label: "Request path", header: None, placeholder: "/webhook" },
        FieldSpec {
            id: "timestamp",
            label: TIMESTAMP,
            header: Some(TIMESTAMP),
            placeholder: "1700000000000",
        },
        FieldSpec {
            id: "signed_headers",
            label: SIGNED_HEADERS,
            header: Some(SIGNED_HEADERS),
            placeholder: "content-type,x-contentful-signed-headers,x-contentful-timestamp,x-contentful-topic",
        },
        FieldSpec {
            id: "listed_headers",
            label: "Other signed headers",
            header: None,
            placeholder: "content-type: application/vnd.contentful.management.v1+json; x-contentful-topic: …",
        },
    ],
    signature_label: "x-contentful-signature",
    signature_header: Some("x-contentful-signature"),
    timestamp: Some(TimestampRule {
        field: "timestamp",
        unit: TimeUnit::Milliseconds,
        tolerance_s: Some(30),
        both_directions: false,
    }),
    sources: &[
        ("method", Source::Method),
        ("path", Source::Target),
        ("listed_headers", Source::Headers("signed_headers")),
    ],
    detect: &["x-contentful-signature", "x-contentful-signed-headers", "x-contentful-timestamp"],
    category: Category::Productivity,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "The signature covers the method, the path, the headers listed in x-contentful-signed-headers and the body — not the body alone.",
    "The signed headers are sorted by name, lowercased, written name:value and joined with ';'; x-contentful-signed-headers and x-contentful-timestamp are among them.",
    "x-contentful-timestamp is in milliseconds, and the toolkit refuses requests older than 30 seconds (verifyRequest's ttl): check your server's clock.",
    "The secret is the space's webhook signing secret (64 characters), used as text.",
    "Pass the raw body and the path with its query exactly as received (req.url, not a rebuilt URL).",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str =
    "[ExpiredRequestException]: Requests are expected to be verified within 30s from their signature.";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    body: "{\"sys\":{\"id\":\"entry1\",\"type\":\"Entry\"}}",
    signature: "f960b9ee75274abb30e64b33a36b7531b6db9f1b2844350a7ec3395fc0a3bead",
    fields: &[
        ("method", "POST"),
        ("path", "/webhook"),
        ("timestamp", "1700000000000"),
        ("signed_headers", "content-type,x-contentful-signed-headers,x-contentful-timestamp,x-contentful-topic"),
        (
            "listed_headers",
            "content-type: application/vnd.contentful.management.v1+json; x-contentful-topic: ContentManagement.Entry.publish",
        ),
    ],
    source: "Derived: computed with Contentful's own @contentful/node-apps-toolkit 3.16.1 signRequest (Contentful publishes no vector)",
    derived: true,
    mistake: None,
};

pub const HOOKS: WorkerHooks = WorkerHooks { evaluate, variants };

pub const PROGRAMS: [(Language, &str); 7] = super::programs_in!("contentful");

/// `s` percent-encoded (UTF-8, uppercase hex) except ASCII letters, digits and `keep`.
fn percent(s: &str, keep: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || keep.as_bytes().contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The path as the toolkit signs it: JavaScript's `encodeURI` of the path and, after a `?`,
/// the query escaped once more by Node's `querystring.escape` (what `uri.split("?")` gives).
pub fn signed_path(target: &str) -> String {
    let mut pieces = target.split('?');
    let path = pieces.next().unwrap_or_default();
    let query = pieces.next().unwrap_or_default();
    let joined =
        if query.is_empty() { path.to_string() } else { format!("{path}?{}", percent(query, "-_.!~*'()")) };
    percent(&joined, ";,/?:@&=+$-_.!~*'()#")
}

/// `name: value` pairs entered one after another (separated by `;` or line breaks): a piece
/// without a `name:` of its own continues the previous value (`application/json; charset=…`).
fn entered_headers(text: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for piece in text.split(['\n', ';']) {
        let named = piece.split_once(':').filter(|(n, _)| {
            let n = n.trim();
            !n.is_empty() && n.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        });
        match (named, out.last_mut()) {
            (Some((n, v)), _) => out.push((n.trim().to_ascii_lowercase(), v.trim().to_string())),
            (None, Some(last)) if !piece.trim().is_empty() => {
                last.1 = format!("{};{}", last.1, piece.trim_end());
            }
            _ => {}
        }
    }
    out
}

/// The signed headers, sorted, as the toolkit writes them; and the listed headers that have
/// no value (left out, as the toolkit leaves out listed headers a request lacks).
fn signed_headers(v: &Values) -> (String, Vec<String>) {
    let entered = entered_headers(v.get("listed_headers"));
    let mut names: Vec<String> = v
        .get("signed_headers")
        .split(',')
        .map(|n| n.trim().to_ascii_lowercase())
        .filter(|n| !n.is_empty())
        .collect();
    for own in [SIGNED_HEADERS, TIMESTAMP] {
        if !names.iter().any(|n| n == own) {
            names.push(own.to_string());
        }
    }
    names.sort();
    names.dedup();
    let mut missing = Vec::new();
    let mut pairs = Vec::new();
    for n in &names {
        let value = match n.as_str() {
            SIGNED_HEADERS | TIMESTAMP => None,
            _ => entered.iter().find(|(k, _)| k == n).map(|(_, val)| val.clone()),
        };
        match (n.as_str(), value) {
            (SIGNED_HEADERS | TIMESTAMP, _) => pairs.push((n.clone(), None)),
            (_, Some(val)) => pairs.push((n.clone(), Some(val))),
            (_, None) => missing.push(n.clone()),
        }
    }
    let kept: Vec<&str> = pairs.iter().map(|(n, _)| n.as_str()).collect();
    let list = kept.join(",");
    let text: Vec<String> = pairs
        .iter()
        .map(|(n, val)| match (n.as_str(), val) {
            (SIGNED_HEADERS, _) => format!("{n}:{list}"),
            (TIMESTAMP, _) => format!("{n}:{}", v.get("timestamp").trim()),
            (_, val) => format!("{n}:{}", val.as_deref().unwrap_or_default()),
        })
        .collect();
    (text.join(";"), missing)
}

/// The canonical request: method, path, the signed `headers` as written by
/// [`signed_headers`] and body, joined with line breaks.
fn canonical(v: &Values, headers: &str, body: &str) -> String {
    let method = match v.get("method").trim() {
        "" => "POST",
        m => m,
    };
    let path = match v.get("path").trim() {
        "" => "/",
        p => p,
    };
    format!("{method}\n{}\n{headers}\n{body}", signed_path(path))
}

fn evaluate(p: &'static Preset, values: &Values) -> Evaluation {
    let (headers, missing) = signed_headers(values);
    let text = canonical(values, &headers, &values.body);
    let problems = missing
        .iter()
        .map(|n| format!("{n} is listed in {SIGNED_HEADERS} but has no value under Other signed headers: it is left out of the signature, as Contentful's toolkit leaves out a listed header the request lacks."))
        .collect();
    let mut e = Evaluation {
        problems,
        timestamp: values.timestamp(p),
        ..Evaluation::of_text(p, values.clone(), text.into_bytes(), values.signature.trim().to_string())
    };
    e.produced = e.calculation.mac.as_ref().map(|m| crate::engine::encoding::to_hex(m));
    e
}

/// The canonical request with the body as it may have been before it was changed (a
/// re-serialized JSON body, a newline added, …), and the body alone.
fn variants(e: &Evaluation) -> Vec<MessageVariant> {
    let body = e.filled.body.as_bytes();
    // The canonical request ends with the body: what comes before it stays.
    let head = &e.string_to_sign[..e.string_to_sign.len().saturating_sub(body.len())];
    let mut out = vec![MessageVariant {
        mistake: MessageMistake::Assembly(Assembly::BodyAlone { provider: PRESET.name.to_string() }),
        bytes: body.to_vec(),
    }];
    let (gens, part) = message_variants(body, JSON_LIMIT);
    let mut writer = json::Writer::default();
    for g in &gens {
        if let Some(m) = generate(g, part.as_ref(), &mut writer, body) {
            out.push(MessageVariant { mistake: m.mistake, bytes: [head, &m.bytes].concat() });
        }
    }
    out
}
