//! A signed test request: for the current inputs, a `curl` command that sends a correctly
//! signed request (with a fresh timestamp where the scheme has one) to the user's endpoint.

use super::{plan, Carrier};
use crate::engine::presets::types::{Preset, Source, TimeUnit};
use crate::engine::presets::{evaluate, Values};

/// A shell word in single quotes.
fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

/// The command, or `None` where no verification program is offered for the preset or the
/// secret cannot be used. Where the provider signs the URL, `url` is the URL signed.
pub fn signed_request(p: &'static Preset, values: &Values, url: &str, now_ms: i64) -> Option<String> {
    let plan = plan(p)?;
    let mut v = values.clone();
    // The signature is made afresh: a header pasted earlier plays no part.
    v.signature.clear();
    // A provider that signs the URL or the method signs those of this request.
    for (id, source) in p.sources {
        match source {
            Source::Url => v.set(id, url),
            Source::Method => v.set(id, "POST"),
            _ => {}
        }
    }
    if let Some(rule) = p.timestamp {
        let now = match rule.unit {
            TimeUnit::Seconds => now_ms / 1000,
            TimeUnit::Milliseconds => now_ms,
        };
        v.set(rule.field, now.to_string());
    }
    let e = evaluate(p, &v);
    let signature = e.produced?;
    // A GET callback (Shopify's OAuth): the query as entered, its signature parameter made afresh.
    if let Carrier::Query(name) = plan.signature {
        let (id, _) = p.sources.iter().find(|(_, s)| *s == Source::Query)?;
        let query = v.get(id).trim().trim_start_matches('?').to_string();
        let mut pairs: Vec<&str> =
            query.split('&').filter(|kv| !kv.is_empty() && kv.split('=').next() != Some(name)).collect();
        let signed = format!("{name}={signature}");
        pairs.push(&signed);
        let sep = if url.contains('?') { '&' } else { '?' };
        return Some(format!("curl {}", quote(&format!("{url}{sep}{}", pairs.join("&")))));
    }
    // Values the provider sends in the JSON body (Mailgun's `signature` object) are set there,
    // in the user's body when it is a JSON object.
    let members: Vec<(&[&str], String)> = plan
        .reads
        .iter()
        .filter_map(|(id, c)| match c {
            Carrier::Json(path) => Some((*path, e.filled.get(id).to_string())),
            Carrier::Header(_) | Carrier::Query(_) => None,
        })
        .chain(match plan.signature {
            Carrier::Json(path) => Some((path, signature.clone())),
            Carrier::Header(_) | Carrier::Query(_) => None,
        })
        .collect();
    let body: String = if members.is_empty() {
        v.body.to_string()
    } else {
        let mut doc = serde_json::from_str::<serde_json::Value>(&v.body)
            .ok()
            .filter(serde_json::Value::is_object)
            .unwrap_or_else(|| serde_json::json!({}));
        for (path, value) in members {
            set_member(&mut doc, path, value);
        }
        doc.to_string()
    };
    let json = body.trim_start().starts_with(['{', '[']);
    let mut headers = vec![(
        "Content-Type".to_string(),
        if json { "application/json" } else { "application/x-www-form-urlencoded" }.to_string(),
    )];
    for f in p.fields {
        if let Some(h) = f.header {
            headers.push((h.to_string(), e.filled.get(f.id).to_string()));
        }
    }
    if let Carrier::Header(h) = plan.signature {
        headers.push((h.to_string(), signature));
    }
    let mut out = format!("curl -X POST {}", quote(url));
    for (k, val) in headers {
        out.push_str(&format!(" \\\n  -H {}", quote(&format!("{k}: {val}"))));
    }
    out.push_str(&format!(" \\\n  --data-binary {}", quote(&body)));
    Some(out)
}

/// Sets the member at `path` of a JSON document to the text `value`, making the objects (and,
/// for a numeric step, the arrays) on the way.
pub fn set_member(doc: &mut serde_json::Value, path: &[&str], value: String) {
    use serde_json::Value;
    let mut at = doc;
    for (i, step) in path.iter().enumerate() {
        let next_is_index = path.get(i + 1).is_some_and(|s| s.parse::<usize>().is_ok());
        let fresh = || if next_is_index { Value::Array(Vec::new()) } else { serde_json::json!({}) };
        let slot = match step.parse::<usize>() {
            Ok(n) if at.is_array() => {
                let items = at.as_array_mut().expect("checked");
                if items.len() <= n {
                    items.resize(n + 1, Value::Null);
                }
                &mut items[n]
            }
            _ => {
                if !at.is_object() {
                    *at = serde_json::json!({});
                }
                at.as_object_mut().expect("made an object").entry(step.to_string()).or_insert(Value::Null)
            }
        };
        if i + 1 == path.len() {
            *slot = Value::String(value);
            return;
        }
        if !(slot.is_object() || slot.is_array()) {
            *slot = fresh();
        }
        at = slot;
    }
}
