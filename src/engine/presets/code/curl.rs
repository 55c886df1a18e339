//! A signed test request: for the current inputs, a `curl` command that sends a correctly
//! signed request (with a fresh timestamp where the scheme has one) to the user's endpoint.

use super::plan;
use crate::engine::presets::types::{Preset, Source, TimeUnit};
use crate::engine::presets::{evaluate, Values};

/// A shell word in single quotes.
fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

/// The command, or `None` where no verification program is offered for the preset or the
/// secret cannot be used. Where the provider signs the URL, `url` is the URL signed.
pub fn signed_request(p: &'static Preset, values: &Values, url: &str, now_ms: i64) -> Option<String> {
    plan(p)?;
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
    let body = &v.body;
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
    headers.push((p.signature_header?.to_string(), signature));
    let mut out = format!("curl -X POST {}", quote(url));
    for (k, val) in headers {
        out.push_str(&format!(" \\\n  -H {}", quote(&format!("{k}: {val}"))));
    }
    out.push_str(&format!(" \\\n  --data-binary {}", quote(body)));
    Some(out)
}
