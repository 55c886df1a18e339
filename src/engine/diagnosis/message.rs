//! Message-side mistakes: other byte sequences the signer may have hashed instead of the
//! message entered (a newline, white space, a BOM, line endings, form encoding, text
//! encodings, a re-serialized JSON body, a string-to-sign assembled differently). Each is
//! detected here ([`message_variants`]) and explained here ([`MessageMistake::explain`]).

use super::json::{self, Style};
use super::key::Ends;
use crate::engine::encoding::{decode_base64, form_decode, Alphabet};
use crate::engine::presets::Assembly;

/// A line ending.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Newline {
    Lf,
    CrLf,
}

impl Newline {
    fn bytes(self) -> &'static [u8] {
        match self {
            Newline::Lf => b"\n",
            Newline::CrLf => b"\r\n",
        }
    }

    fn shown(self) -> &'static str {
        match self {
            Newline::Lf => "\\n",
            Newline::CrLf => "\\r\\n",
        }
    }
}

/// A compression format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compression {
    Gzip,
    Zlib,
}

/// Decompressed bodies larger than this are not tried.
const INFLATE_LIMIT: u64 = 64 * 1024 * 1024;

/// Decompresses a body (see [`enable_decompression`]).
pub type Inflate = fn(&[u8]) -> Option<(Compression, Vec<u8>)>;

static INFLATE: std::sync::OnceLock<Inflate> = std::sync::OnceLock::new();

/// Lets the search try compressed bodies decompressed. Only the worker (and the tests) call
/// it: the inflater (flate2) then stays out of the page's wasm, which hands a compressed
/// message to the worker instead (see [`looks_compressed`]).
pub fn enable_decompression() {
    let _ = INFLATE.set(decompress);
}

/// Whether the bytes start like a gzip or zlib stream.
pub fn looks_compressed(m: &[u8]) -> bool {
    m.starts_with(&[0x1f, 0x8b])
        || (m.len() >= 2 && m[0] & 0x0f == 8 && (u16::from(m[0]) << 8 | u16::from(m[1])) % 31 == 0)
}

/// The body decompressed, when it starts like a gzip or zlib stream and inflates.
pub fn decompress(m: &[u8]) -> Option<(Compression, Vec<u8>)> {
    use std::io::Read;
    let mut out = Vec::new();
    let kind = if m.starts_with(&[0x1f, 0x8b]) {
        flate2::read::MultiGzDecoder::new(m).take(INFLATE_LIMIT).read_to_end(&mut out).ok()?;
        Compression::Gzip
    } else if looks_compressed(m) {
        flate2::read::ZlibDecoder::new(m).take(INFLATE_LIMIT).read_to_end(&mut out).ok()?;
        Compression::Zlib
    } else {
        return None;
    };
    Some((kind, out))
}

/// The text with the HTML entities a web page shows decoded, when it has any.
fn html_unescape(text: &str) -> Option<String> {
    const ENTITIES: [(&str, &str); 8] = [
        ("&quot;", "\""),
        ("&#34;", "\""),
        ("&#39;", "'"),
        ("&#x27;", "'"),
        ("&apos;", "'"),
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&amp;", "&"),
    ];
    if !ENTITIES.iter().any(|(e, _)| text.contains(e)) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        match ENTITIES.iter().find(|(e, _)| rest.starts_with(e)) {
            Some((e, c)) => {
                out.push_str(c);
                rest = &rest[e.len()..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Some(out)
}

/// Whether the text is Base64 (either alphabet, padding optional), long enough to be a body.
fn looks_like_base64(m: &[u8]) -> bool {
    let body = m.trim_ascii();
    let unpadded = body.strip_suffix(b"==").or_else(|| body.strip_suffix(b"=")).unwrap_or(body);
    unpadded.len() >= 8
        && unpadded.iter().all(|b| b.is_ascii_alphanumeric() || b"+/-_".contains(b))
        && !(unpadded.iter().all(u8::is_ascii_hexdigit))
}

/// A mistake on the message side.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MessageMistake {
    NewlineAdded(Newline),
    NewlineRemoved(Newline),
    CrlfToLf,
    LfToCrlf,
    Trimmed(Ends),
    BomAdded,
    BomRemoved,
    Json(Style),
    FormDecoded,
    PlusToPercent20,
    Percent20ToPlus,
    Latin1,
    DoubleUtf8,
    /// A string-to-sign assembled differently from its parts (presets supply these).
    Assembly(Assembly),
    /// The body entered is Base64 text; the signer signed the bytes it decodes to (a gateway
    /// such as AWS API Gateway or Vercel handed the body over Base64-encoded).
    Base64Decoded,
    /// The body entered is compressed; the signer signed it decompressed.
    Decompressed(Compression),
    /// The body entered is a JSON string holding JSON (encoded twice); the signer signed the
    /// JSON inside.
    JsonUnwrapped,
    /// The signer signed the body encoded once more as a JSON string.
    JsonWrapped,
    /// The body entered has HTML entities (`&amp;`, `&quot;`) where the signer had the
    /// characters (copied out of a web page or console).
    HtmlEntities,
    /// The signer signed the timestamp carried in the pasted header, then the message:
    /// `before` + message (`1700000000.`, `v0:1700000000:`).
    HeaderTimestamp {
        before: String,
    },
    /// The form body with `*`, `~`, `!`, `'`, `(`, `)` escaped (`%2A`) where the entered body
    /// has them as they are (`escaped`), or the reverse: re-encoded with another escape set.
    FormEscapes {
        escaped: bool,
    },
}

impl MessageMistake {
    pub fn explain(&self) -> String {
        match self {
            MessageMistake::NewlineAdded(nl) => format!(
                "the expected signature was computed over the message with a trailing newline ({}). Your sender probably used `echo`; hash the exact bytes instead.",
                nl.shown()
            ),
            MessageMistake::NewlineRemoved(nl) => format!(
                "the expected signature was computed over the message without its trailing newline ({}). Something added a newline to your copy (an editor, `echo`, a file with a final newline); hash the exact bytes received.",
                nl.shown()
            ),
            MessageMistake::CrlfToLf => "the expected signature was computed with LF (\\n) line endings, but your message has CRLF (\\r\\n). Hash the body exactly as received, without converting line endings.".into(),
            MessageMistake::LfToCrlf => "the expected signature was computed with CRLF (\\r\\n) line endings, but your message has LF (\\n). Hash the body exactly as received, without converting line endings.".into(),
            MessageMistake::Trimmed(ends) => format!(
                "the expected signature was computed over the message without its {}. Something trimmed or padded the body; hash the exact bytes received.",
                match ends {
                    Ends::Both => "leading and trailing white space",
                    Ends::End => "trailing white space",
                    Ends::Start => "leading white space",
                }
            ),
            MessageMistake::BomAdded => "the expected signature was computed over the message with a UTF-8 byte order mark (EF BB BF) in front. Hash the exact bytes, including the BOM.".into(),
            MessageMistake::BomRemoved => "the expected signature was computed over the message without the UTF-8 byte order mark (EF BB BF) it starts with. Something added a BOM (a file editor); hash the bytes received.".into(),
            MessageMistake::Json(style) => format!(
                "the expected signature matches the same JSON {style}. The body was parsed and re-serialized somewhere: compute the HMAC over the raw request body exactly as received (e.g. express.raw(), request.get_data()), never over a parsed and re-encoded object."
            ),
            MessageMistake::FormDecoded => "the expected signature matches the URL-decoded form body. Hash the body as sent (still URL-encoded), not the decoded fields.".into(),
            MessageMistake::PlusToPercent20 => "the expected signature matches the form body with spaces encoded as %20 instead of +. Hash the body as received instead of re-encoding it.".into(),
            MessageMistake::Percent20ToPlus => "the expected signature matches the form body with spaces encoded as + instead of %20. Hash the body as received instead of re-encoding it.".into(),
            MessageMistake::Latin1 => "the expected signature matches the message encoded as Latin-1 (ISO-8859-1) instead of UTF-8. Read and hash the body as bytes; do not decode and re-encode text.".into(),
            MessageMistake::DoubleUtf8 => "the expected signature matches the message's bytes read as Latin-1 and re-encoded as UTF-8 (double encoding). Hash the raw bytes instead of converting text.".into(),
            MessageMistake::Assembly(a) => a.explain(),
            MessageMistake::Base64Decoded => "the signature matches the Base64-decoded body: the body you have is Base64 text of the bytes that were signed (AWS API Gateway, Lambda function URLs, Vercel and Netlify pass binary or all bodies Base64-encoded, with isBase64Encoded set). Decode it, then verify.".into(),
            MessageMistake::Decompressed(c) => format!(
                "the signature matches the body decompressed ({}): the provider signed the uncompressed bytes. Verify after the Content-Encoding is undone (most servers do it before your handler; a raw proxy may not).",
                match c {
                    Compression::Gzip => "gzip",
                    Compression::Zlib => "zlib/deflate",
                }
            ),
            MessageMistake::JsonUnwrapped => "the signature matches the JSON inside the string you entered: the body was JSON-encoded twice (a string holding JSON, \"{\\\"a\\\":1}\"), e.g. by JSON.stringify on a body that already was a string. Verify the raw body, not a re-encoded one.".into(),
            MessageMistake::JsonWrapped => "the signature matches the body encoded once more as a JSON string: the sender JSON-encoded a body that already was JSON text. Verify what the sender hashed, or fix the sender to hash the body once.".into(),
            MessageMistake::HtmlEntities => "the signature matches the body with its HTML entities (&amp;, &quot;, &lt;…) turned back into characters: the copy came out of a web page or console that escaped it. Copy the raw body (e.g. from a log of the request bytes) instead.".into(),
            MessageMistake::FormEscapes { escaped: true } => "the signature matches the form body with * ~ ! ' ( ) percent-encoded (%2A, %7E, %21, %27, %28, %29): the sender escaped them, and the body reached you decoded and encoded again with another escape set. Hash the body exactly as received, before any decoding.".into(),
            MessageMistake::FormEscapes { escaped: false } => "the signature matches the form body with %2A %7E %21 %27 %28 %29 written as the characters * ~ ! ' ( ): the body reached you re-encoded with another escape set than the sender's. Hash the body exactly as received, before any decoding.".into(),
            MessageMistake::HeaderTimestamp { before } => format!(
                "the signature is over “{before}” followed by the message: the provider signs the timestamp from its header, then the body. Choose the provider's preset, or sign that string."
            ),
        }
    }
}

/// A message other than the one entered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MessageVariant {
    pub mistake: MessageMistake,
    pub bytes: Vec<u8>,
}

/// A way to produce a message variant on demand (variants can be as large as the body, so
/// they are made one at a time).
#[derive(Clone, Debug)]
pub enum Generator {
    Ready(MessageVariant),
    Json(Style),
}

fn replace_bytes(hay: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(hay.len());
    let mut i = 0;
    while i < hay.len() {
        if hay[i..].starts_with(from) {
            out.extend_from_slice(to);
            i += from.len();
        } else {
            out.push(hay[i]);
            i += 1;
        }
    }
    out
}

fn looks_like_form(m: &[u8]) -> bool {
    m.contains(&b'=') && m.iter().all(|b| b.is_ascii_alphanumeric() || b"=&%+-_.~*:/,;!'()[]@$".contains(b))
}

/// Message variants that are cheap to make (edits and conversions), then generators for
/// JSON re-serialisations when the message parses as JSON and is at most `json_limit`
/// bytes. Returns the parsed JSON too, which the generators need.
pub fn message_variants(m: &[u8], json_limit: usize) -> (Vec<Generator>, Option<JsonPart>) {
    let mut v: Vec<MessageVariant> = Vec::new();
    let mut add = |mistake: MessageMistake, bytes: Vec<u8>| v.push(MessageVariant { mistake, bytes });
    // Trailing newlines (the `echo` mistake) and its reverse.
    for nl in [Newline::Lf, Newline::CrLf] {
        add(MessageMistake::NewlineAdded(nl), [m, nl.bytes()].concat());
    }
    for nl in [Newline::CrLf, Newline::Lf] {
        if let Some(b) = m.strip_suffix(nl.bytes()) {
            add(MessageMistake::NewlineRemoved(nl), b.to_vec());
        }
    }
    let is_ws = |b: &u8| b.is_ascii_whitespace();
    let end = m.iter().rposition(|b| !is_ws(b)).map_or(0, |i| i + 1);
    let start = m.iter().position(|b| !is_ws(b)).unwrap_or(m.len());
    if end < m.len() {
        add(MessageMistake::Trimmed(Ends::End), m[..end].to_vec());
    }
    if start > 0 && start < end {
        add(MessageMistake::Trimmed(Ends::Start), m[start..].to_vec());
    }
    if start > 0 && end < m.len() && start < end {
        add(MessageMistake::Trimmed(Ends::Both), m[start..end].to_vec());
    }
    if m.windows(2).any(|w| w == b"\r\n") {
        add(MessageMistake::CrlfToLf, replace_bytes(m, b"\r\n", b"\n"));
    } else if m.contains(&b'\n') {
        add(MessageMistake::LfToCrlf, replace_bytes(m, b"\n", b"\r\n"));
    }
    const BOM: &[u8] = b"\xEF\xBB\xBF";
    match m.strip_prefix(BOM) {
        Some(rest) => add(MessageMistake::BomRemoved, rest.to_vec()),
        None => add(MessageMistake::BomAdded, [BOM, m].concat()),
    }
    if looks_like_form(m) {
        if let Some(d) = form_decode(m) {
            add(MessageMistake::FormDecoded, d);
        }
        if m.contains(&b'+') {
            add(MessageMistake::PlusToPercent20, replace_bytes(m, b"+", b"%20"));
        }
        if m.windows(3).any(|w| w == b"%20") {
            add(MessageMistake::Percent20ToPlus, replace_bytes(m, b"%20", b"+"));
        }
        // Escape sets differ on these (JavaScript's encodeURIComponent, PHP, Java's URLEncoder).
        const SET: [(u8, &[u8]); 6] =
            [(b'*', b"%2A"), (b'~', b"%7E"), (b'!', b"%21"), (b'\'', b"%27"), (b'(', b"%28"), (b')', b"%29")];
        if m.iter().any(|b| SET.iter().any(|(c, _)| c == b)) {
            let mut out = Vec::with_capacity(m.len() + 16);
            for &b in m {
                match SET.iter().find(|(c, _)| *c == b) {
                    Some((_, e)) => out.extend_from_slice(e),
                    None => out.push(b),
                }
            }
            add(MessageMistake::FormEscapes { escaped: true }, out);
        }
        let upper = m.to_ascii_uppercase();
        if SET.iter().any(|(_, e)| upper.windows(3).any(|w| w == *e)) {
            let mut out = m.to_vec();
            for (c, e) in SET {
                out = replace_bytes(&out, e, &[c]);
                out = replace_bytes(&out, &e.to_ascii_lowercase(), &[c]);
            }
            add(MessageMistake::FormEscapes { escaped: false }, out);
        }
    }
    if let Ok(text) = std::str::from_utf8(m) {
        if !text.is_ascii() && text.chars().all(|c| (c as u32) <= 0xFF) {
            add(MessageMistake::Latin1, text.chars().map(|c| c as u8).collect());
        }
    }
    if !m.is_ascii() {
        add(MessageMistake::DoubleUtf8, m.iter().map(|&b| b as char).collect::<String>().into_bytes());
    }
    // Bodies changed on the way: each tried only where the bytes make it possible.
    if looks_like_base64(m) {
        let text = std::str::from_utf8(m.trim_ascii()).unwrap_or_default();
        let alphabet = if text.contains(['-', '_']) { Alphabet::UrlSafe } else { Alphabet::Standard };
        if let Ok(bytes) = decode_base64(text, alphabet) {
            add(MessageMistake::Base64Decoded, bytes);
        }
    }
    if let Some((kind, bytes)) = INFLATE.get().and_then(|inflate| inflate(m)) {
        add(MessageMistake::Decompressed(kind), bytes);
    }
    if m.len() <= json_limit {
        let trimmed = m.trim_ascii();
        if trimmed.starts_with(b"\"") {
            if let Ok(serde_json::Value::String(inner)) = serde_json::from_slice(trimmed) {
                if json::parse(inner.as_bytes()).is_some() {
                    add(MessageMistake::JsonUnwrapped, inner.into_bytes());
                }
            }
        } else if trimmed.starts_with(b"{") || trimmed.starts_with(b"[") {
            if let Ok(text) = std::str::from_utf8(m) {
                if json::parse(m).is_some() {
                    add(MessageMistake::JsonWrapped, serde_json::Value::from(text).to_string().into_bytes());
                }
            }
        }
    }
    if let Some(text) = std::str::from_utf8(m).ok().and_then(html_unescape) {
        add(MessageMistake::HtmlEntities, text.into_bytes());
    }
    let mut gens: Vec<Generator> = v.into_iter().map(Generator::Ready).collect();
    let json = if m.len() <= json_limit { find_json(m) } else { None };
    if let Some(part) = &json {
        gens.extend(json::styles_for(&part.doc).into_iter().map(Generator::Json));
    }
    (gens, json)
}

/// A JSON document inside the message: the whole message, or the span from the first `{`/`[`
/// to the last `}`/`]` (a body inside a string-to-sign such as `t.body` or `v0:ts:body`).
#[derive(Clone, Debug)]
pub struct JsonPart {
    pub doc: serde_json::Value,
    pub start: usize,
    pub end: usize,
}

fn find_json(m: &[u8]) -> Option<JsonPart> {
    if let Some(doc) = json::parse(m) {
        return Some(JsonPart { doc, start: 0, end: m.len() });
    }
    let start = m.iter().position(|b| *b == b'{' || *b == b'[')?;
    let end = m.iter().rposition(|b| *b == b'}' || *b == b']')? + 1;
    (start < end).then(|| json::parse(&m[start..end]).map(|doc| JsonPart { doc, start, end }))?
}

/// Makes a generator's message; JSON styles replace the JSON part of `message` (written by
/// `writer`, which keeps what it needs to derive the next style).
pub fn generate(
    generator: &Generator,
    json: Option<&JsonPart>,
    writer: &mut json::Writer,
    message: &[u8],
) -> Option<MessageVariant> {
    match generator {
        Generator::Ready(v) => Some(v.clone()),
        Generator::Json(style) => json.map(|j| {
            let doc = writer.bytes(&j.doc, *style, j.end - j.start);
            let bytes = if j.start == 0 && j.end == message.len() {
                doc
            } else {
                [&message[..j.start], &doc, &message[j.end..]].concat()
            };
            MessageVariant { mistake: MessageMistake::Json(*style), bytes }
        }),
    }
}
