//! The raw HTTP request view: split a pasted request into request line, headers and body,
//! recognise the provider from its headers, and fill the preset's fields.

use super::{providers, Preset, Source, Values};

/// A parsed request.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct RawRequest {
    /// `POST /path HTTP/1.1`, when present.
    pub request_line: Option<String>,
    /// Header names as written, in order, duplicates kept; folded lines joined.
    pub headers: Vec<(String, String)>,
    /// The body exactly as pasted after the blank line.
    pub body: String,
    /// Observations worth showing (no blank line, length mismatch).
    pub notes: Vec<String>,
    /// The body is pretty-printed JSON. Worth saying only when the request does not verify
    /// (Stripe, for one, sends pretty-printed JSON): see [`pretty_note`].
    pub pretty_json: bool,
}

/// The note for a pretty-printed body that does not verify.
pub fn pretty_note() -> &'static str {
    "The body is pretty-printed JSON and the signature does not verify: if the provider sent it compact (most do; Stripe does not), the bytes were re-formatted on the way or when copied. The diagnosis tries the compact and other layouts; paste the body exactly as received."
}

impl RawRequest {
    /// The first header with this name, case-insensitively.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// All values of a header, in order.
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.headers.iter().filter(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str()).collect()
    }
}

fn is_request_line(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let method = words.next().unwrap_or("");
    !method.is_empty()
        && method.bytes().all(|b| b.is_ascii_uppercase())
        && words.next().is_some()
        && !line.contains(": ")
}

/// Splits a pasted request. CRLF and LF both work; lines before the first header that are
/// curl -v markers (`> `, `< `, `* `) are tolerated. Never fails: what cannot be read is noted.
pub fn parse(text: &str) -> RawRequest {
    let mut out = RawRequest::default();
    let mut rest = text;
    let mut first = true;
    let mut saw_blank = false;
    while !rest.is_empty() {
        let (line, next) = match rest.find('\n') {
            Some(i) => (&rest[..i], &rest[i + 1..]),
            None => (rest, ""),
        };
        let line_clean = line.strip_suffix('\r').unwrap_or(line);
        let line_clean = line_clean.strip_prefix("> ").unwrap_or(line_clean);
        if line_clean.trim().is_empty() {
            if out.headers.is_empty() && out.request_line.is_none() {
                rest = next;
                continue;
            }
            saw_blank = true;
            rest = next;
            break;
        }
        if first && is_request_line(line_clean) {
            out.request_line = Some(line_clean.trim().to_string());
        } else if line_clean.starts_with([' ', '\t']) && !out.headers.is_empty() {
            // Obsolete line folding: continue the previous header's value.
            if let Some(last) = out.headers.last_mut() {
                last.1.push(' ');
                last.1.push_str(line_clean.trim());
            }
        } else if let Some((name, value)) = line_clean.split_once(':') {
            out.headers.push((name.trim().to_string(), value.trim().to_string()));
        } else {
            out.notes.push(format!(
                "Line “{}” is not a header (name: value); read as the start of the body.",
                line_clean.trim()
            ));
            break;
        }
        first = false;
        rest = next;
    }
    if saw_blank || !rest.is_empty() {
        out.body = rest.to_string();
    } else {
        out.notes.push("No blank line after the headers: the request has no body.".into());
    }
    if let Some(len) = out.header("content-length").and_then(|v| v.trim().parse::<usize>().ok()) {
        if len != out.body.len() {
            out.notes.push(format!(
                "Content-Length says {len} bytes but the pasted body has {} bytes: it was changed or cut when copied (line endings, a trailing newline, a pretty-printer).",
                out.body.len()
            ));
        }
    }
    // Pasted text is never the compressed bytes themselves: the body was inflated on the way.
    if let Some(enc) = out
        .header("content-encoding")
        .map(str::trim)
        .filter(|e| !e.is_empty() && !e.eq_ignore_ascii_case("identity") && !out.body.is_empty())
    {
        if !crate::engine::diagnosis::message::looks_compressed(out.body.as_bytes()) {
            out.notes.push(format!(
                "Content-Encoding says {enc}, but the body pasted is not compressed: it was decompressed on the way (by the server, a proxy or the tool it was copied from). Senders that compress sign the uncompressed body (Stream, for one), which this is; if yours signs the bytes it sent, verify the body as received, before it is decompressed."
            ));
        }
    }
    let b = out.body.trim_start();
    if (b.starts_with('{') || b.starts_with('['))
        && (out.body.contains("\n  \"") || out.body.contains("\n\t\""))
    {
        out.pretty_json = true;
    }
    out
}

/// The preset whose identifying headers the request has (the one with most matches).
/// Among presets with as many, the one whose signature header reads in its own format (a
/// `v1a,` list is not a `v1,` one).
pub fn detect(req: &RawRequest) -> Option<&'static Preset> {
    let reads = |p: &Preset| {
        p.signature_header.and_then(|h| header(p, req, h)).is_some_and(|value| {
            super::header::parse(p.signature_format, value).is_ok_and(|h| !h.signatures.is_empty())
        })
    };
    providers::ALL
        .iter()
        .map(|p| (p, p.detect.iter().filter(|h| req.header(h).is_some()).count()))
        .filter(|(_, n)| *n > 0)
        .max_by_key(|(p, n)| (*n, reads(p), p.detect.len() == *n))
        .map(|(p, _)| p)
}

/// The header `name`, or the same header under one of the preset's alias prefixes.
fn header<'a>(p: &Preset, req: &'a RawRequest, name: &str) -> Option<&'a str> {
    req.header(name).or_else(|| {
        p.header_aliases.iter().find_map(|(prefix, alias)| {
            let head = name.get(..prefix.len()).filter(|h| h.eq_ignore_ascii_case(prefix))?;
            req.header(&format!("{alias}{}", &name[head.len()..]))
        })
    })
}

/// When the request carries the signature only in one of the preset's other headers (made
/// another way), what that means.
pub fn other_header_note(p: &Preset, req: &RawRequest) -> Option<String> {
    let main = p.signature_header?;
    if header(p, req, main).is_some() {
        return None;
    }
    let o = p.other_headers.iter().find(|o| header(p, req, o.header).is_some())?;
    Some(format!(
        "The request has {} ({}) but no {main}: {} verifies {main} ({}). A sender that sends only the other one is configured for it (or the header was dropped on the way).",
        o.header,
        o.algorithm.name(),
        p.name,
        p.algorithm.name()
    ))
}

/// Fills a preset's values from the request: the signature header, header-carried fields
/// (under the preset's alias prefixes too), and the body exactly as pasted. The secret is
/// left as it was.
pub fn fill(p: &Preset, req: &RawRequest, secret: &str) -> Values {
    let mut v = Values { secret: secret.to_string(), body: req.body.as_str().into(), ..Values::default() };
    match p.signature_header.and_then(|h| header(p, req, h)) {
        Some(s) => v.signature = s.to_string(),
        // Only the signature made the other way: shown, and said why it does not verify.
        None => {
            if let Some(s) = p.other_headers.iter().find_map(|o| header(p, req, o.header)) {
                v.signature = s.to_string();
            }
        }
    }
    for f in p.fields {
        if let Some(val) = f.header.and_then(|h| header(p, req, h)) {
            v.set(f.id, val);
        }
    }
    // What the request line and the listed headers hold, where the preset signs them.
    let mut line = req.request_line.as_deref().unwrap_or("").split_whitespace();
    let (method, target) = (line.next().unwrap_or(""), line.next().unwrap_or(""));
    for (id, source) in p.sources {
        let value = match source {
            Source::Method => method.to_string(),
            Source::Target => target.to_string(),
            Source::Headers(list) => {
                let held = |name: &str| {
                    p.fields.iter().any(|f| f.header.is_some_and(|h| h.eq_ignore_ascii_case(name)))
                };
                let listed = v.get(list).split(',').map(str::trim).filter(|n| !n.is_empty() && !held(n));
                listed
                    .filter_map(|n| req.header(n).map(|val| format!("{n}: {val}")))
                    .collect::<Vec<_>>()
                    .join("; ")
            }
            _ => continue,
        };
        if !value.is_empty() {
            v.set(id, value);
        }
    }
    if let Some((url, hosts)) = called_url(req) {
        for (id, _) in p.sources.iter().filter(|(_, s)| *s == Source::Url) {
            v.set(id, url.as_str());
        }
        v.other_hosts = hosts.join("\n");
    }
    v
}

/// The URL the sender called, rebuilt from the request line and the host headers: the host
/// from `X-Forwarded-Host` (what the sender called, before a proxy) or `Host`, the scheme from
/// `X-Forwarded-Proto` or https (a request does not carry it); with the hosts the request
/// names, any of which a signed URL may hold.
pub fn called_url(req: &RawRequest) -> Option<(String, Vec<String>)> {
    let target = req.request_line.as_deref()?.split_whitespace().nth(1)?;
    if target.starts_with("http://") || target.starts_with("https://") {
        return Some((target.to_string(), Vec::new()));
    }
    let first = |name: &str| {
        req.header(name).and_then(|v| v.split(',').next()).map(str::trim).filter(|v| !v.is_empty())
    };
    let host = req.header("host").map(str::trim).filter(|h| !h.is_empty());
    let called = first("x-forwarded-host").or(host)?;
    let proto = first("x-forwarded-proto").unwrap_or("https");
    let mut hosts = vec![called.to_string()];
    hosts.extend(host.filter(|h| !h.eq_ignore_ascii_case(called)).map(str::to_string));
    Some((format!("{proto}://{called}{target}"), hosts))
}

/// What the page says about a URL rebuilt from the request, for a preset that signs it.
pub fn url_note(p: &Preset, req: &RawRequest) -> Option<String> {
    p.sources.iter().find(|(_, s)| *s == Source::Url)?;
    let (url, hosts) = called_url(req)?;
    let from = if req.header("x-forwarded-proto").is_some() {
        "X-Forwarded-Proto"
    } else {
        "https, as a request does not say its scheme"
    };
    Some(match hosts.get(1) {
        Some(host) => format!(
            "{} signs the URL it called: {url}, rebuilt from X-Forwarded-Host and the request line (scheme: {from}). Your app sees Host: {host}; a URL built from it is not the one signed.",
            p.name
        ),
        None => format!("{} signs the URL it called: {url}, rebuilt from Host and the request line (scheme: {from}). Change it if the sender called another.", p.name),
    })
}
