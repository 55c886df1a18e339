//! The string-to-sign: built from a preset's [`Part`]s, and the ways it is commonly built
//! wrongly (the body alone, another separator, the timestamp in another unit), each detected
//! here ([`variants`]) and explained here ([`Assembly::explain`]).

use super::types::{Part, Preset, Source, TimeUnit};
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
    /// A field signed URL-decoded (Pusher's `channel_name` arrives form-encoded).
    FieldDecoded { field: String, signed: String },
    /// An optional field left out of the string-to-sign (presence data sent for a private
    /// channel).
    FieldLeftOut { field: String },
    /// A field that holds JSON signed encoded once more as a JSON string, or the reverse.
    FieldJson { field: String, wrapped: bool },
    /// The timestamp written differently (`1707926838792.0` for `1707926838792`).
    TimestampText { signed: String },
    /// The provider signed another URL than the one entered (the one the app rebuilt).
    Url { signed: String, change: UrlChange },
    /// The body first and the field after it (`body + timestamp` for `timestamp + body`).
    BodyFirst { field: String },
    /// The separator inside the fields' values escaped with a backslash (`\:`, and `\` as
    /// `\\`), as key-value signing schemes escape them; the provider's scheme does not.
    SeparatorEscaped { sep: String },
}

/// How the URL the provider signed differs from the one entered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UrlChange {
    /// The scheme (`https` where the app saw `http` behind a TLS-terminating proxy).
    Scheme {
        signed: String,
    },
    /// The default port written out (Twilio signs `https://host:443/…` in some cases).
    PortAdded {
        port: u16,
    },
    PortRemoved {
        port: u16,
    },
    /// Both: another scheme with its default port written out.
    SchemeAndPort {
        signed: String,
        port: u16,
    },
    /// Another scheme, and without the port the app wrote out (`http://host:80` rebuilt).
    SchemeWithoutPort {
        signed: String,
        port: u16,
    },
    TrailingSlashAdded,
    TrailingSlashRemoved,
    /// Another host (the one the provider called, not the one the app saw).
    Host {
        signed: String,
    },
    /// The query parameters in another order.
    QueryOrder,
    /// The query percent-decoded (the app rebuilt it decoded).
    QueryDecoded,
}

impl UrlChange {
    fn words(&self) -> String {
        match self {
            UrlChange::Scheme { signed } => format!("{signed}:// instead of the scheme entered"),
            UrlChange::PortAdded { port } => format!("with the default port :{port} written out"),
            UrlChange::PortRemoved { port } => format!("without the default port :{port}"),
            UrlChange::SchemeAndPort { signed, port } => {
                format!("{signed}:// with the port :{port} written out")
            }
            UrlChange::SchemeWithoutPort { signed, port } => format!("{signed}:// without the port :{port}"),
            UrlChange::Host { signed } => format!("with the host {signed} instead of the one entered"),
            UrlChange::TrailingSlashAdded => "with a trailing slash".into(),
            UrlChange::TrailingSlashRemoved => "without the trailing slash".into(),
            UrlChange::QueryOrder => "with its query parameters in another order".into(),
            UrlChange::QueryDecoded => "with its query percent-decoded".into(),
        }
    }
}

/// A URL split into scheme, host (with any port), path and query (without the `?`).
struct UrlParts<'a> {
    scheme: &'a str,
    host: &'a str,
    path: &'a str,
    query: Option<&'a str>,
}

fn split_url(url: &str) -> Option<UrlParts<'_>> {
    let (scheme, rest) = url.trim().split_once("://")?;
    let (before_query, query) = match rest.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (rest, None),
    };
    let (host, path) = before_query.find('/').map_or((before_query, ""), |i| before_query.split_at(i));
    (!host.is_empty()).then_some(UrlParts { scheme, host, path, query })
}

fn join_url(scheme: &str, host: &str, path: &str, query: Option<&str>) -> String {
    match query {
        Some(q) => format!("{scheme}://{host}{path}?{q}"),
        None => format!("{scheme}://{host}{path}"),
    }
}

/// The URLs a provider may have signed instead of `url`: scheme, default port, host (the
/// `other_hosts` the request names, `www.` added or removed), trailing slash, query order and
/// escaping.
pub fn url_variants<'a>(url: &str, other_hosts: impl Iterator<Item = &'a str>) -> Vec<(String, UrlChange)> {
    let Some(u) = split_url(url) else { return Vec::new() };
    let mut out = Vec::new();
    let www = match u.host.strip_prefix("www.") {
        Some(h) => h.to_string(),
        None => format!("www.{}", u.host),
    };
    let mut hosts: Vec<String> =
        other_hosts.map(str::trim).filter(|h| !h.is_empty()).map(str::to_string).collect();
    hosts.push(www);
    hosts.dedup();
    for host in hosts.into_iter().filter(|h| !h.eq_ignore_ascii_case(u.host)) {
        out.push((join_url(u.scheme, &host, u.path, u.query), UrlChange::Host { signed: host }));
    }
    let default_port = |scheme: &str| if scheme.eq_ignore_ascii_case("https") { 443 } else { 80 };
    let other = if u.scheme.eq_ignore_ascii_case("https") { "http" } else { "https" };
    let (bare, port) = match u.host.rsplit_once(':') {
        Some((h, p)) if p.parse::<u16>().is_ok() => (h, p.parse::<u16>().ok()),
        _ => (u.host, None),
    };
    out.push((join_url(other, u.host, u.path, u.query), UrlChange::Scheme { signed: other.into() }));
    match port {
        None => {
            let p = default_port(u.scheme);
            out.push((
                join_url(u.scheme, &format!("{bare}:{p}"), u.path, u.query),
                UrlChange::PortAdded { port: p },
            ));
            let p = default_port(other);
            out.push((
                join_url(other, &format!("{bare}:{p}"), u.path, u.query),
                UrlChange::SchemeAndPort { signed: other.into(), port: p },
            ));
        }
        Some(p) if p == default_port(u.scheme) || p == default_port(other) => {
            out.push((join_url(u.scheme, bare, u.path, u.query), UrlChange::PortRemoved { port: p }));
            out.push((
                join_url(other, bare, u.path, u.query),
                UrlChange::SchemeWithoutPort { signed: other.into(), port: p },
            ));
            if p == default_port(other) {
                out.push((
                    join_url(other, u.host, u.path, u.query),
                    UrlChange::Scheme { signed: other.into() },
                ));
            }
        }
        Some(_) => {}
    }
    match u.path.strip_suffix('/') {
        Some(p) => out.push((join_url(u.scheme, u.host, p, u.query), UrlChange::TrailingSlashRemoved)),
        None => out.push((
            join_url(u.scheme, u.host, &format!("{}/", u.path), u.query),
            UrlChange::TrailingSlashAdded,
        )),
    }
    if let Some(q) = u.query {
        let mut params: Vec<&str> = q.split('&').collect();
        params.sort_unstable();
        let sorted = params.join("&");
        if sorted != q {
            out.push((join_url(u.scheme, u.host, u.path, Some(&sorted)), UrlChange::QueryOrder));
        }
        if let Some(decoded) =
            crate::engine::encoding::form_decode(q.as_bytes()).and_then(|d| String::from_utf8(d).ok())
        {
            if decoded != q {
                out.push((join_url(u.scheme, u.host, u.path, Some(&decoded)), UrlChange::QueryDecoded));
            }
        }
    }
    out
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
            Assembly::Url { signed, change } => format!(
                "the signature is over the URL {signed} ({}): that is the URL the provider called, not the one your app rebuilt. Behind a proxy or load balancer that terminates TLS or rewrites the host, rebuild it from X-Forwarded-Proto and X-Forwarded-Host, or configure the public URL (WEBHOOK_URL) instead of reading it from the request.",
                change.words()
            ),
            Assembly::FieldDecoded { field, signed } => format!(
                "the signature is over {field} URL-decoded, “{signed}”: the value arrives form-encoded and the signer used it decoded. Decode it (as your framework's form parser does) before signing."
            ),
            Assembly::FieldLeftOut { field } => format!(
                "the signature leaves {field} out of the string-to-sign: it was signed without it (for Pusher, presence data belongs only to presence- channels; a private- channel is signed without channel_data)."
            ),
            Assembly::FieldJson { field, wrapped: true } => format!(
                "the signature is over {field} encoded once more as a JSON string: one side JSON-encoded a value that already was JSON text. Encode it once."
            ),
            Assembly::FieldJson { field, wrapped: false } => format!(
                "the signature is over the JSON inside {field}: the value you have was JSON-encoded twice (a string holding JSON). Use it encoded once."
            ),
            Assembly::TimestampText { signed } => format!(
                "the signature is over the timestamp written as “{signed}”: the same instant, other text. Sign and verify the header's text exactly as sent (a JSON number or a float conversion changed it)."
            ),
            Assembly::SeparatorEscaped { sep } => format!(
                "the string-to-sign has the separator “{sep}” inside the values escaped as “\\{sep}” (and “\\” as “\\\\”): this scheme signs the values as they are, unescaped. Escaping them belongs to other (key-value) signing schemes; an SDK that escapes here computes another signature."
            ),
            Assembly::BodyFirst { field } => format!(
                "the signature is over the body followed by {field}: the parts are in the wrong order. {field} comes first, then the body."
            ),
            Assembly::TimestampUnit { written, right } => format!(
                "the signature matches the timestamp written in {} instead of {}.",
                unit(*written),
                unit(*right)
            ),
        }
    }
}

/// A form body's (or a query's) parameters, names and values form-decoded.
pub fn form_pairs(body: &str) -> Vec<(Vec<u8>, Vec<u8>)> {
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

/// The string-to-sign before and after the body, when the preset signs the body once.
pub fn around_body(p: &Preset, v: &Values) -> Option<(Vec<u8>, Vec<u8>)> {
    let i = p.message.iter().position(|x| *x == Part::Body)?;
    let part = |message: &'static [Part]| build(&Preset { message, ..*p }, v, None);
    Some((part(&p.message[..i]), part(&p.message[i + 1..])))
}

/// Builds the string-to-sign from the preset's parts, with `sep` in place of every
/// [`Part::Sep`] when given. A [`Part::JsonLines`] is left empty here: see [`build_with`].
pub fn build(p: &Preset, v: &Values, sep: Option<&str>) -> Vec<u8> {
    build_with(p, v, sep, |_, _, _| {})
}

/// [`build`], with `json_lines` writing each [`Part::JsonLines`] (its members, the body, the
/// output). Only the public-key schemes sign a JSON body's members, and they are verified in
/// the worker: reading JSON documents stays out of the page's own code, which calls [`build`].
pub fn build_with(
    p: &Preset,
    v: &Values,
    sep: Option<&str>,
    json_lines: impl Fn(&[&str], &str, &mut Vec<u8>),
) -> Vec<u8> {
    let mut out = Vec::with_capacity(v.body.len() + 64);
    for part in p.message {
        match part {
            Part::Lit(s) => out.extend_from_slice(s.as_bytes()),
            Part::Sep(s) => out.extend_from_slice(sep.unwrap_or(s).as_bytes()),
            Part::Field(id) => out.extend_from_slice(v.get(id).as_bytes()),
            Part::UrlWithoutQuery(id) => out.extend_from_slice(without_query(v.get(id)).as_bytes()),
            Part::Body => out.extend_from_slice(v.body.as_bytes()),
            Part::Optional { sep: s, id } => {
                if !v.get(id).is_empty() {
                    out.extend_from_slice(sep.unwrap_or(s).as_bytes());
                    out.extend_from_slice(v.get(id).as_bytes());
                }
            }
            Part::SortedFormParams { body_hash: Some((url, param)) } if query_has(v.get(url), param) => {}
            Part::SortedFormParams { .. } => {
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
            Part::JsonLines(members) => json_lines(members, &v.body, &mut out),
        }
    }
    out
}

/// A top-level member of a JSON document as text (a string as itself, a number or boolean
/// as written); `None` when absent or null.
fn member_text(doc: &serde_json::Value, member: &str) -> Option<String> {
    match doc.get(member)? {
        serde_json::Value::Null => None,
        serde_json::Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

/// Writes a [`Part::JsonLines`]: each of `members` the JSON `body` has (and not null) as its
/// name, a line break, its value as text and a line break.
pub fn json_lines(members: &[&str], body: &str, out: &mut Vec<u8>) {
    let doc = serde_json::from_str::<serde_json::Value>(body).unwrap_or_default();
    for m in members {
        if let Some(value) = member_text(&doc, m) {
            out.extend_from_slice(format!("{m}\n{value}\n").as_bytes());
        }
    }
}

/// A top-level member of a JSON body as text, when the body is JSON and has it.
pub fn json_member(body: &str, member: &str) -> Option<String> {
    member_text(&serde_json::from_str(body).ok()?, member)
}

/// The member of a JSON body at `path` (object keys, array indexes) as text.
pub fn json_at(body: &str, path: &[&str]) -> Option<String> {
    let doc: serde_json::Value = serde_json::from_str(body).ok()?;
    let (last, parents) = path.split_last()?;
    let parent = parents.iter().try_fold(&doc, |d, k| match d {
        serde_json::Value::Array(a) => a.get(k.parse::<usize>().ok()?),
        _ => d.get(k),
    })?;
    member_text(parent, last)
}

/// Whether the URL's query has the parameter `name`.
fn query_has(url: &str, name: &str) -> bool {
    url.split_once('?').is_some_and(|(_, q)| q.split('&').any(|kv| kv.split('=').next() == Some(name)))
}

/// Where a preset signs a body hash carried in its URL instead of the body (Twilio's
/// `bodySHA256`) and the hash is not that of the body: the hash the URL carries and the body's.
pub fn body_hash_mismatch(p: &Preset, v: &Values) -> Option<(String, String, String)> {
    use sha2::Digest;
    p.message.iter().find_map(|part| match part {
        Part::SortedFormParams { body_hash: Some((url, param)) } => {
            let (_, query) = v.get(url).split_once('?')?;
            let carried = query.split('&').find_map(|kv| kv.strip_prefix(&format!("{param}=")))?;
            let actual = crate::engine::encoding::to_hex(&sha2::Sha256::digest(v.body.as_bytes()));
            (!carried.eq_ignore_ascii_case(&actual)).then(|| (param.to_string(), carried.to_string(), actual))
        }
        _ => None,
    })
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
    if let [Part::Field(id), Part::Sep(sep), Part::Body] = p.message {
        let field = p.fields.iter().find(|f| f.id == *id).map_or(*id, |f| f.label).to_string();
        push(
            Assembly::BodyFirst { field },
            [v.body.as_bytes(), sep.as_bytes(), v.get(id).as_bytes()].concat(),
        );
    }
    let first = p.message.iter().find_map(|x| match x {
        Part::Sep(s) | Part::Optional { sep: s, .. } => Some(*s),
        _ => None,
    });
    if let Some(sep) = first.filter(|s| !s.is_empty()) {
        let fields = p.message.iter().filter_map(|x| match x {
            Part::Field(id) | Part::Optional { id, .. } => Some(*id),
            _ => None,
        });
        let fields: Vec<&str> = fields.collect();
        if fields.iter().any(|id| v.get(id).contains(sep) || v.get(id).contains('\\')) {
            let mut w = v.clone();
            for id in fields {
                w.set(id, v.get(id).replace('\\', "\\\\").replace(sep, &format!("\\{sep}")));
            }
            push(Assembly::SeparatorEscaped { sep: sep.to_string() }, build(p, &w, None));
        }
    }
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
    // Fields as the sender may have had them: URL-decoded, left out, JSON-encoded once more
    // or once less.
    for part in p.message {
        let (id, optional) = match part {
            Part::Field(id) => (*id, false),
            Part::Optional { id, .. } => (*id, true),
            _ => continue,
        };
        if p.sources.iter().any(|(f, s)| *f == id && *s == Source::Url) {
            continue;
        }
        let value = v.get(id);
        let field = p.fields.iter().find(|f| f.id == id).map_or(id, |f| f.label).to_string();
        let with = |value: String| {
            let mut w = v.clone();
            w.set(id, value);
            build(p, &w, None)
        };
        if value.contains('%') {
            if let Some(decoded) = form_decode(value.as_bytes()).and_then(|d| String::from_utf8(d).ok()) {
                push(Assembly::FieldDecoded { field: field.clone(), signed: decoded.clone() }, with(decoded));
            }
        }
        if optional && !value.is_empty() {
            push(Assembly::FieldLeftOut { field: field.clone() }, with(String::new()));
        }
        match serde_json::from_slice::<serde_json::Value>(value.as_bytes()) {
            Ok(serde_json::Value::String(inner))
                if serde_json::from_slice::<serde_json::Value>(inner.as_bytes()).is_ok() =>
            {
                push(Assembly::FieldJson { field: field.clone(), wrapped: false }, with(inner));
            }
            Ok(serde_json::Value::Object(_) | serde_json::Value::Array(_)) => {
                push(
                    Assembly::FieldJson { field, wrapped: true },
                    with(serde_json::Value::from(value).to_string()),
                );
            }
            _ => {}
        }
    }
    // The URL, where the provider signs it: as the provider may have called it.
    for (id, _) in p.sources.iter().filter(|(_, s)| *s == Source::Url) {
        for (url, change) in url_variants(v.get(id), v.other_hosts.lines()) {
            let mut w = v.clone();
            w.set(id, url.clone());
            push(Assembly::Url { signed: url, change }, build(p, &w, None));
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
        // A whole number signed as a float and the reverse.
        let t = v.get(rule.field).trim();
        let other = match t.split_once('.') {
            Some((whole, frac)) if !whole.is_empty() && frac.bytes().all(|b| b == b'0') => {
                Some(whole.to_string())
            }
            None if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) => Some(format!("{t}.0")),
            _ => None,
        };
        if let Some(signed) = other {
            let mut w = v.clone();
            w.set(rule.field, signed.clone());
            push(Assembly::TimestampText { signed }, build(p, &w, None));
        }
    }
    out
}

/// A URL up to its query string (and fragment).
pub fn without_query(url: &str) -> &str {
    url.split(['?', '#']).next().unwrap_or_default()
}
