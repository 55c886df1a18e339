//! The mistakes the search tries: other readings of the key, other byte sequences for the
//! message, other algorithms, other readings of the expected signature.

use super::json::{self, Style};
use crate::engine::encoding::{form_decode, InputFormat};
use crate::engine::warnings::invisible_name;
use crate::engine::Algorithm;

/// A mistake on the key side.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyMistake {
    /// The key should have been decoded from this format instead of the one chosen.
    Decoded { right: InputFormat, chosen: InputFormat },
    /// White space at the start, end or both was not part of the real secret.
    Trimmed { what: &'static str },
    /// The quotes around the key are not part of it.
    Unquoted,
    /// An invisible character is not part of the real secret.
    InvisibleRemoved { name: &'static str, position: usize },
    /// `whsec_` stripped and the rest used as text.
    WhsecStrippedText,
    /// `whsec_` stripped and the rest Base64-decoded (Standard Webhooks / Svix).
    WhsecStrippedBase64,
}

impl KeyMistake {
    pub fn explain(&self) -> String {
        match self {
            KeyMistake::Decoded { right: InputFormat::Text, chosen } => format!(
                "the key is used as text: the signer used the characters of the secret as UTF-8 bytes, not their {}-decoded value. Set Key format to Text (UTF-8).",
                chosen.label()
            ),
            KeyMistake::Decoded { right, chosen } => format!(
                "the key must be {}-decoded: the signer used the bytes that the {} text stands for, not the text itself{}. Set Key format to {} (in code: decode the secret before using it as the HMAC key).",
                right.label(),
                right.label(),
                if *chosen == InputFormat::Text { "" } else { " (and not another decoding)" },
                right.label()
            ),
            KeyMistake::Trimmed { what } => format!(
                "the real secret has no {what}: the key you entered has it (often from a .env file, `echo` or copying). Trim the secret where you load it."
            ),
            KeyMistake::Unquoted => "the quotes around the key are not part of the secret. Remove them (a config file or shell probably kept them).".into(),
            KeyMistake::InvisibleRemoved { name, position } => format!(
                "the key contains an invisible {name} at position {position} that is not part of the real secret (it came with the copy and paste). Delete it."
            ),
            KeyMistake::WhsecStrippedText => "the signer used the secret without its whsec_ prefix, as text. Strip the prefix before using the secret.".into(),
            KeyMistake::WhsecStrippedBase64 => "the key is the Base64-decoded part after whsec_ (Standard Webhooks / Svix): strip the whsec_ prefix and Base64-decode the rest; do not use the whole string as text.".into(),
        }
    }
}

/// One way of reading the key.
#[derive(Clone, Debug)]
pub struct KeyVariant {
    /// `None` for the key as entered.
    pub mistake: Option<KeyMistake>,
    pub bytes: Vec<u8>,
}

fn push_key(out: &mut Vec<KeyVariant>, mistake: Option<KeyMistake>, bytes: Vec<u8>) {
    if !out.iter().any(|k| k.bytes == bytes) {
        out.push(KeyVariant { mistake, bytes });
    }
}

/// The key as entered, then every plausible mistaken reading of it.
pub fn key_variants(text: &str, chosen: InputFormat) -> Vec<KeyVariant> {
    let mut out = Vec::new();
    if let Ok(bytes) = chosen.decode(text) {
        push_key(&mut out, None, bytes);
    }
    // A `whsec_…` secret is never meant to be decoded whole; its own readings come below.
    let prefixed = text.trim().starts_with("whsec_");
    for right in [InputFormat::Text, InputFormat::Hex, InputFormat::Base64, InputFormat::Base64Url] {
        if right != chosen && !(prefixed && right != InputFormat::Text) {
            if let Ok(bytes) = right.decode(text) {
                if !bytes.is_empty() {
                    push_key(&mut out, Some(KeyMistake::Decoded { right, chosen }), bytes);
                }
            }
        }
    }
    let trims: [(&str, &'static str); 3] = [
        (text.trim(), "leading or trailing white space"),
        (text.trim_end(), "trailing white space or newline"),
        (text.trim_start(), "leading white space"),
    ];
    for (trimmed, what) in trims {
        if trimmed != text {
            if let Ok(bytes) = chosen.decode(trimmed) {
                push_key(&mut out, Some(KeyMistake::Trimmed { what }), bytes);
            }
        }
    }
    let t = text.trim();
    for q in ['"', '\'', '`'] {
        if t.len() >= 2 && t.starts_with(q) && t.ends_with(q) {
            if let Ok(bytes) = chosen.decode(&t[1..t.len() - 1]) {
                push_key(&mut out, Some(KeyMistake::Unquoted), bytes);
            }
        }
    }
    if let Some((position, ch)) = text.chars().enumerate().find(|(_, c)| invisible_name(*c).is_some()) {
        let cleaned: String = text.chars().filter(|c| invisible_name(*c).is_none()).collect();
        if let (Ok(bytes), Some(name)) = (chosen.decode(&cleaned), invisible_name(ch)) {
            push_key(&mut out, Some(KeyMistake::InvisibleRemoved { name, position: position + 1 }), bytes);
        }
    }
    if let Some(rest) = t.strip_prefix("whsec_") {
        push_key(&mut out, Some(KeyMistake::WhsecStrippedText), rest.as_bytes().to_vec());
        if let Ok(bytes) = InputFormat::Base64.decode(rest) {
            push_key(&mut out, Some(KeyMistake::WhsecStrippedBase64), bytes);
        }
    }
    out
}

/// A mistake on the message side.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MessageMistake {
    NewlineAdded(&'static str),
    NewlineRemoved(&'static str),
    CrlfToLf,
    LfToCrlf,
    Trimmed(&'static str),
    BomAdded,
    BomRemoved,
    Json(Style),
    FormDecoded,
    PlusToPercent20,
    Percent20ToPlus,
    Latin1,
    DoubleUtf8,
    /// A message built differently from parts (presets supply these).
    Custom(String),
}

fn show_newline(nl: &str) -> &'static str {
    if nl == "\r\n" {
        "\\r\\n"
    } else {
        "\\n"
    }
}

impl MessageMistake {
    pub fn explain(&self) -> String {
        match self {
            MessageMistake::NewlineAdded(nl) => format!(
                "the expected signature was computed over the message with a trailing newline ({}). Your sender probably used `echo`; hash the exact bytes instead.",
                show_newline(nl)
            ),
            MessageMistake::NewlineRemoved(nl) => format!(
                "the expected signature was computed over the message without its trailing newline ({}). Something added a newline to your copy (an editor, `echo`, a file with a final newline); hash the exact bytes received.",
                show_newline(nl)
            ),
            MessageMistake::CrlfToLf => "the expected signature was computed with LF (\\n) line endings, but your message has CRLF (\\r\\n). Hash the body exactly as received, without converting line endings.".into(),
            MessageMistake::LfToCrlf => "the expected signature was computed with CRLF (\\r\\n) line endings, but your message has LF (\\n). Hash the body exactly as received, without converting line endings.".into(),
            MessageMistake::Trimmed(what) => format!(
                "the expected signature was computed over the message without its {what}. Something trimmed or padded the body; hash the exact bytes received."
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
            MessageMistake::Custom(s) => s.clone(),
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
    for nl in ["\n", "\r\n"] {
        let mut b = m.to_vec();
        b.extend_from_slice(nl.as_bytes());
        add(MessageMistake::NewlineAdded(nl), b);
    }
    if let Some(b) = m.strip_suffix(b"\r\n") {
        add(MessageMistake::NewlineRemoved("\r\n"), b.to_vec());
    }
    if let Some(b) = m.strip_suffix(b"\n") {
        add(MessageMistake::NewlineRemoved("\n"), b.to_vec());
    }
    let is_ws = |b: &u8| b.is_ascii_whitespace();
    let end = m.iter().rposition(|b| !is_ws(b)).map_or(0, |i| i + 1);
    let start = m.iter().position(|b| !is_ws(b)).unwrap_or(m.len());
    if end < m.len() {
        add(MessageMistake::Trimmed("trailing white space"), m[..end].to_vec());
    }
    if start > 0 && start < end {
        add(MessageMistake::Trimmed("leading white space"), m[start..].to_vec());
    }
    if start > 0 && end < m.len() && start < end {
        add(MessageMistake::Trimmed("leading and trailing white space"), m[start..end].to_vec());
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
    }
    if let Ok(text) = std::str::from_utf8(m) {
        if !text.is_ascii() && text.chars().all(|c| (c as u32) <= 0xFF) {
            add(MessageMistake::Latin1, text.chars().map(|c| c as u8).collect());
        }
    }
    if !m.is_ascii() {
        add(MessageMistake::DoubleUtf8, m.iter().map(|&b| b as char).collect::<String>().into_bytes());
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

/// A mistake on the output side: how the expected signature was made from the MAC.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OutputMistake {
    /// Base64 of the hex text of the MAC instead of Base64 of the MAC.
    Base64OfHexText,
    /// Only the first `len` bytes.
    Truncated { len: usize, of: usize },
}

impl OutputMistake {
    pub fn explain(&self) -> String {
        match self {
            OutputMistake::Base64OfHexText => "the expected signature is the Base64 of the hex text of the HMAC, not of its bytes (a common bug: Base64-encoding digest('hex')). Compare it the same way, or fix the sender to Base64-encode the raw digest.".into(),
            OutputMistake::Truncated { len, of } => format!(
                "the expected signature is truncated: it is the first {len} of the {of} bytes of the HMAC. Check whether the value was cut off when copied, or compare only that many bytes if the provider truncates on purpose."
            ),
        }
    }
}

/// What the search compares each MAC with.
#[derive(Clone, Debug)]
pub struct Target {
    pub bytes: Vec<u8>,
    /// `Some` when this reading itself is a mistake (e.g. Base64 of hex text).
    pub mistake: Option<OutputMistake>,
    /// How the expected signature was read, for the explanation.
    pub reading: String,
}

/// The algorithm the search should try, the chosen one first.
pub fn algorithms(chosen: Algorithm, targets: &[Target]) -> Vec<Algorithm> {
    let mut out = vec![chosen];
    for a in Algorithm::ALL {
        if a != chosen && targets.iter().any(|t| t.bytes.len() == a.output_len()) {
            out.push(a);
        }
    }
    out
}

/// Explains an algorithm mistake.
pub fn explain_algorithm(right: Algorithm, chosen: Algorithm) -> String {
    let why = if right.output_len() == chosen.output_len() {
        format!("both give {} bytes", right.output_len())
    } else {
        format!("the expected signature's {} bytes fit {}", right.output_len(), right.name())
    };
    format!(
        "the signature was made with {}, not {} ({why}). Choose {}.",
        right.name(),
        chosen.name(),
        right.name()
    )
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
