//! Hygraph (GraphCMS) webhooks: `gcms-signature: sign=<base64>, env=<environment>, t=<ms>`, the
//! Base64 HMAC-SHA256, keyed with the webhook's secret as text, of the JSON text
//! `{"Body":<the raw body as a JSON string>,"EnvironmentName":<env>,"TimeStamp":<t as a number>}`
//! (hygraph/hygraph-utils `verifyWebhookSignature`).
use crate::engine::calc::{Calculation, Inputs, Verdict};
use crate::engine::encoding::{Encoded, KeyFormat, MessageFormat};
use crate::engine::expected::parse_expected;
use crate::engine::language::Language;
use crate::engine::presets::types::*;
use crate::engine::presets::{Evaluation, Values};
use crate::engine::Algorithm;
use std::rc::Rc;

pub const PRESET: Preset = Preset {
    id: "hygraph",
    name: "Hygraph webhook",
    scheme: Scheme::Own(OwnScheme { evaluate, signs: true }),
    secret_label: "Webhook secret",
    output: OutputEncoding::Base64,
    signature_label: "gcms-signature",
    signature_header: Some("gcms-signature"),
    detect: &["gcms-signature"],
    category: Category::DeveloperTools,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "The signed text is a small JSON document that holds the raw body as a string, with env= and t= from the header: not the body alone.",
    "hygraph-utils signs JSON.stringify(body) unless given rawPayload: with a framework's parsed body, a body sent with any other spacing fails. Pass the raw body.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "rCNwyiloY3oJYYkxgpBXaleIiUv5MYlx",
    body: "{\"operation\":\"publish\",\"data\":{\"__typename\":\"Post\",\"id\":\"ckx1\",\"stage\":\"PUBLISHED\"}}",
    signature: "sign=aqCRcqHiYlxFYBA64BaCStfqUzd/Uoa6YXArNEA43rs=, env=master, t=1700000000000",
    fields: &[],
    source: "Derived (hygraph-utils's signing, with its tests' secret; Node's crypto)",
    derived: true,
    mistake: None,
};

pub const PROGRAMS: [(Language, &str); 7] = super::programs_in!("hygraph");

/// The signature, environment and timestamp of a `gcms-signature` header.
fn parts(header: &str) -> Option<(&str, &str, &str)> {
    let mut sign = None;
    let mut env = None;
    let mut t = None;
    for part in header.split(',') {
        match part.trim().split_once('=') {
            Some(("sign", v)) => sign = Some(v),
            Some(("env", v)) => env = Some(v),
            Some(("t", v)) => t = Some(v),
            _ => {}
        }
    }
    Some((sign?, env?, t?))
}

/// A JSON string as JavaScript's `JSON.stringify` writes it (serde_json escapes the same way).
fn js(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default()
}

/// The text Hygraph signs.
fn signed(body: &str, env: &str, t: i64) -> String {
    format!("{{\"Body\":{},\"EnvironmentName\":{},\"TimeStamp\":{t}}}", js(body), js(env))
}

/// A JSON body without the spaces and line breaks between its tokens (as
/// `JSON.stringify(JSON.parse(body))` writes it), when it starts as JSON and that differs.
fn compacted(body: &str) -> Option<String> {
    let trimmed = body.trim();
    if !(trimmed.starts_with('{') || trimmed.starts_with('[')) {
        return None;
    }
    let (mut out, mut in_string, mut escaped) = (String::with_capacity(body.len()), false, false);
    for c in trimmed.chars() {
        match (in_string, escaped, c) {
            (true, true, _) => escaped = false,
            (true, false, '\\') => escaped = true,
            (_, false, '"') => in_string = !in_string,
            (false, _, ' ' | '\n' | '\r' | '\t') => continue,
            _ => {}
        }
        out.push(c);
    }
    (out != body).then_some(out)
}

fn evaluate(p: &'static Preset, values: &Values) -> Evaluation {
    let header = values.signature.trim();
    let mut problems = Vec::new();
    let read = parts(header);
    let (sign, env, t) = read.unwrap_or(("", "master", "0"));
    let ts = t.trim().parse::<i64>();
    if !header.is_empty() && read.is_none() {
        problems.push(
            "gcms-signature is read as sign=…, env=…, t=… (separated by commas): one is missing.".into(),
        );
    } else if !header.is_empty() && ts.is_err() {
        problems.push(format!("t= is “{t}”: Hygraph sends milliseconds since 1970 as digits."));
    }
    let stamp = *ts.as_ref().unwrap_or(&0);
    let text = signed(&values.body, env, stamp);
    let mac = Algorithm::Sha256.mac(values.secret.as_bytes(), text.as_bytes());
    let expected = parse_expected(sign);
    let verdict = match (&expected, header.is_empty() || values.secret.is_empty()) {
        (_, true) | (Ok(None), _) => Verdict::None,
        (Ok(Some(e)), false) => match e.matching(&mac) {
            Some(c) => Verdict::Match(format!(
                "HMAC-SHA256 of {{Body, EnvironmentName, TimeStamp}} as JSON, expected given as {}",
                e.describe(c)
            )),
            None => {
                let other = compacted(&values.body).map(|b| signed(&b, env, stamp));
                if other.is_some_and(|o| {
                    e.matching(&Algorithm::Sha256.mac(values.secret.as_bytes(), o.as_bytes())).is_some()
                }) {
                    problems.push("The signature is over the body as compact JSON (JSON.stringify of the parsed body): the body here is spaced otherwise. Hygraph signs what it sends; a framework parsed and re-serialized it on the way.".into());
                }
                Verdict::Mismatch(
                    "HMAC-SHA256 of {Body, EnvironmentName, TimeStamp} as JSON differs from sign=.".into(),
                )
            }
        },
        (Err(err), false) => Verdict::Mismatch(format!("{err}.")),
    };
    let calculation = Calculation {
        message: Ok(text.clone().into_bytes()),
        key: Ok(values.secret.as_bytes().to_vec()),
        warnings: crate::engine::warnings::inspect_key(&values.secret),
        outputs: Some(Encoded::of(&mac)),
        mac: Some(mac.clone()),
        expected,
        verdict,
    };
    let inputs = Inputs {
        message: text.as_str().into(),
        message_format: MessageFormat::Text,
        key: values.secret.clone(),
        key_format: KeyFormat::Text,
        algorithm: p.algorithm,
        ..Inputs::default()
    };
    let produced = format!("sign={}, env={env}, t={t}", crate::engine::encoding::to_base64(&mac));
    Evaluation {
        calculation: Rc::new(calculation),
        problems,
        produced: Some(produced),
        ..Evaluation::new(p, values.clone(), inputs, Rc::from(text.into_bytes()))
    }
}
