//! The string-to-sign: built from a preset's [`Part`]s, and the ways it is commonly built
//! wrongly (the body alone, another separator, the timestamp in another unit), each detected
//! here ([`variants`]) and explained here ([`Assembly::explain`]).

use super::types::{Part, Preset, TimeUnit};
use super::Values;
use crate::engine::diagnosis::{MessageMistake, MessageVariant};
use crate::engine::encoding::form_decode;

/// A string-to-sign assembled differently from the preset's parts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Assembly {
    /// The body alone, without the other parts of the provider's string-to-sign.
    BodyAlone { provider: String },
    /// The parts joined with `used` instead of `right`.
    Separator { used: String, right: String },
    /// The timestamp written in another unit than the provider's.
    TimestampUnit { written: TimeUnit, right: TimeUnit },
}

fn unit(u: TimeUnit) -> &'static str {
    match u {
        TimeUnit::Seconds => "seconds",
        TimeUnit::Milliseconds => "milliseconds",
    }
}

impl Assembly {
    /// The mistake and its fix in words.
    pub fn explain(&self) -> String {
        match self {
            Assembly::BodyAlone { provider } => format!(
                "the signature matches the body alone, without the other parts of the {provider} string-to-sign: whoever made it left out the timestamp or prefix (or the provider is not {provider})."
            ),
            Assembly::Separator { used, right } => {
                let shown = if used.is_empty() { "nothing".to_string() } else { format!("'{used}'") };
                format!("the signature matches the parts joined with {shown} instead of '{right}': fix the separator in the string-to-sign.")
            }
            Assembly::TimestampUnit { written, right } => format!(
                "the signature matches the timestamp written in {} instead of {}.",
                unit(*written),
                unit(*right)
            ),
        }
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

/// The query parameters of a [`Part::SortedQuery`] field (after any `?`), as `(name, value)`.
fn query_pairs<'a>(v: &'a Values, id: &str) -> impl Iterator<Item = (&'a str, &'a str)> {
    let q = v.get(id).trim().trim_start_matches('?');
    let q = q.rsplit_once('?').map_or(q, |(_, after)| after);
    q.split('&').filter(|s| !s.is_empty()).map(|s| s.split_once('=').unwrap_or((s, "")))
}

/// Builds the string-to-sign from the preset's parts, with `sep` in place of every
/// [`Part::Sep`] when given.
pub fn build(p: &Preset, v: &Values, sep: Option<&str>) -> Vec<u8> {
    let mut out = Vec::with_capacity(v.body.len() + 64);
    for part in p.message {
        match part {
            Part::Lit(s) => out.extend_from_slice(s.as_bytes()),
            Part::Sep(s) => out.extend_from_slice(sep.unwrap_or(s).as_bytes()),
            Part::Field(id) => out.extend_from_slice(v.get(id).as_bytes()),
            Part::Body => out.extend_from_slice(v.body.as_bytes()),
            Part::Optional { sep: s, id } => {
                if !v.get(id).is_empty() {
                    out.extend_from_slice(sep.unwrap_or(s).as_bytes());
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
            Part::SortedQuery { id, drop, .. } => {
                let mut pairs: Vec<(&str, &str)> =
                    query_pairs(v, id).filter(|(k, _)| !drop.contains(k)).collect();
                pairs.sort();
                let joined: Vec<String> = pairs.iter().map(|(k, val)| format!("{k}={val}")).collect();
                out.extend_from_slice(joined.join("&").as_bytes());
            }
        }
    }
    out
}

/// The signature carried inside a [`Part::SortedQuery`] field, if the preset has one.
pub fn query_signature(p: &Preset, v: &Values) -> Option<String> {
    p.message.iter().find_map(|part| match part {
        Part::SortedQuery { id, signature, .. } => {
            query_pairs(v, id).find(|(k, _)| k == signature).map(|(_, s)| s.to_string())
        }
        _ => None,
    })
}

/// The string-to-sign built in the wrong ways users and senders build it (`v` with the
/// header's timestamp already filled in), for the diagnosis; none equals `right`.
pub fn variants(p: &Preset, v: &Values, right: &[u8]) -> Vec<MessageVariant> {
    let mut out: Vec<MessageVariant> = Vec::new();
    let mut push = |mistake: Assembly, bytes: Vec<u8>| {
        if bytes != right && !out.iter().any(|o| o.bytes == bytes) {
            out.push(MessageVariant { mistake: MessageMistake::Assembly(mistake), bytes });
        }
    };
    if p.message.contains(&Part::Body) && p.message.len() > 1 {
        push(Assembly::BodyAlone { provider: p.name.to_string() }, v.body.as_bytes().to_vec());
    }
    let first = p.message.iter().find_map(|x| match x {
        Part::Sep(s) | Part::Optional { sep: s, .. } => Some(*s),
        _ => None,
    });
    if let Some(first) = first {
        for alt in [".", ":", ""] {
            if alt != first {
                push(
                    Assembly::Separator { used: alt.to_string(), right: first.to_string() },
                    build(p, v, Some(alt)),
                );
            }
        }
    }
    if let Some(rule) = p.timestamp {
        if let Ok(n) = v.get(rule.field).trim().parse::<i64>() {
            let (other, written) = match rule.unit {
                TimeUnit::Seconds => (n.saturating_mul(1000), TimeUnit::Milliseconds),
                TimeUnit::Milliseconds => (n / 1000, TimeUnit::Seconds),
            };
            let mut w = v.clone();
            w.set(rule.field, other.to_string());
            push(Assembly::TimestampUnit { written, right: rule.unit }, build(p, &w, None));
        }
    }
    out
}
