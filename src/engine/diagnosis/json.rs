//! Re-serialising a JSON body the ways common libraries do, to find out which one the
//! signer (or the user's own code) produced.

use serde_json::Value;
use std::fmt;

/// Where white space goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// `{"a":1,"b":[1,2]}` — JSON.stringify, serde_json, Go, PHP.
    Minified,
    /// `{"a": 1, "b": [1, 2]}` — Python's `json.dumps` default separators.
    PythonSpaced,
    /// Pretty-printed with two spaces (JSON.stringify(v, null, 2)).
    Indent2,
    /// Pretty-printed with four spaces (Python `indent=4`, PHP JSON_PRETTY_PRINT).
    Indent4,
    /// Pretty-printed with tabs.
    Tabs,
}

/// How strings are escaped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Escapes {
    /// Non-ASCII kept as UTF-8; control characters as `\u001b` (JavaScript, serde_json).
    Raw,
    /// Non-ASCII and control characters as lowercase `\u00e4` (Python's default, PHP, Meta).
    AsciiLower,
    /// Non-ASCII and control characters as uppercase `\u00E4`.
    AsciiUpper,
    /// Non-ASCII kept, control characters as uppercase `\u001B` (GitHub's payloads).
    ControlUpper,
}

/// One way of writing a JSON document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Style {
    pub layout: Layout,
    pub sorted: bool,
    pub escapes: Escapes,
    /// `/` written as `\/` (PHP's default).
    pub slash: bool,
}

impl Style {
    /// Every style, most common first; each slash-escaping style right after the same style
    /// without, and the 4-space and tab layouts after the 2-space one, so that [`Writer`] can
    /// derive them from the bytes it just wrote.
    pub fn all() -> Vec<Style> {
        let mut out = Vec::new();
        for sorted in [false, true] {
            for escapes in [Escapes::Raw, Escapes::AsciiLower, Escapes::ControlUpper, Escapes::AsciiUpper] {
                for layout in
                    [Layout::Minified, Layout::PythonSpaced, Layout::Indent2, Layout::Indent4, Layout::Tabs]
                {
                    for slash in [false, true] {
                        out.push(Style { layout, sorted, escapes, slash });
                    }
                }
            }
        }
        out
    }
}

impl fmt::Display for Style {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self.layout {
            Layout::Minified => "minified (no spaces)",
            Layout::PythonSpaced => "with Python json.dumps default separators (\", \" and \": \")",
            Layout::Indent2 => "pretty-printed with 2 spaces",
            Layout::Indent4 => "pretty-printed with 4 spaces",
            Layout::Tabs => "pretty-printed with tabs",
        })?;
        if self.sorted {
            f.write_str(", keys sorted")?;
        }
        match self.escapes {
            Escapes::Raw => {}
            Escapes::AsciiLower => f.write_str(", non-ASCII escaped as \\uXXXX with lowercase hex")?,
            Escapes::AsciiUpper => f.write_str(", non-ASCII escaped as \\uXXXX with uppercase hex")?,
            Escapes::ControlUpper => {
                f.write_str(", control characters escaped with uppercase hex (\\u001B)")?
            }
        }
        if self.slash {
            f.write_str(", \"/\" escaped as \"\\/\" (PHP)")?;
        }
        Ok(())
    }
}

/// What in a document makes styles differ.
#[derive(Default)]
struct Features {
    non_ascii: bool,
    control: bool,
    slash: bool,
    unsorted: bool,
}

fn scan_str(s: &str, f: &mut Features) {
    f.non_ascii |= !s.is_ascii();
    f.slash |= s.contains('/');
    f.control |= s.chars().any(|c| (c as u32) < 0x20 && !matches!(c, '\n' | '\r' | '\t' | '\u{8}' | '\u{c}'));
}

fn scan(v: &Value, f: &mut Features) {
    match v {
        Value::String(s) => scan_str(s, f),
        Value::Array(items) => items.iter().for_each(|i| scan(i, f)),
        Value::Object(map) => {
            f.unsorted |= map.keys().zip(map.keys().skip(1)).any(|(a, b)| a > b);
            for (k, v) in map {
                scan_str(k, f);
                scan(v, f);
            }
        }
        _ => {}
    }
}

/// The styles that give distinct bytes for this document (escape modes only matter with
/// non-ASCII or control characters, slash escaping with a `/`, sorting with unsorted keys),
/// most common first. Avoids serialising the same bytes twice.
pub fn styles_for(doc: &Value) -> Vec<Style> {
    let mut f = Features::default();
    scan(doc, &mut f);
    Style::all()
        .into_iter()
        .filter(|s| {
            let escapes_ok = match s.escapes {
                Escapes::Raw => true,
                Escapes::AsciiLower => f.non_ascii,
                Escapes::ControlUpper => f.control,
                Escapes::AsciiUpper => f.non_ascii || f.control,
            };
            escapes_ok && (!s.slash || f.slash) && (!s.sorted || f.unsorted)
        })
        .collect()
}

/// Parses a JSON document, or `None` when the bytes are not JSON (or not an object/array:
/// a bare string or number is not a webhook body).
pub fn parse(bytes: &[u8]) -> Option<Value> {
    let v: Value = serde_json::from_slice(bytes).ok()?;
    (v.is_object() || v.is_array()).then_some(v)
}

/// Writes a document in one style after another, walking the document once per key order
/// and escape mode. The minified bytes are written; the Python and 2-space layouts are made
/// from them by [`restyle`] (one scan, several times faster than walking the document); the
/// 4-space and tab layouts re-indent the 2-space bytes line by line; and a style with `/`
/// escaped is made from the same style just before without it. Keeps three earlier outputs.
#[derive(Default)]
pub struct Writer {
    /// The last minified output without slash escaping, and its style.
    minified: Option<(Style, Vec<u8>)>,
    /// The last 2-space output without slash escaping, and its style.
    indent2: Option<(Style, Vec<u8>)>,
    /// The last output without slash escaping, and its style.
    last: Option<(Style, Vec<u8>)>,
}

impl Writer {
    /// `doc` in `style`: the same bytes as [`write`]. Give it the same document every time.
    pub fn bytes(&mut self, doc: &Value, style: Style, size_hint: usize) -> Vec<u8> {
        let plain = Style { slash: false, ..style };
        if let Some((s, bytes)) = &self.last {
            if *s == plain {
                return if style.slash { escape_slashes(bytes) } else { bytes.clone() };
            }
        }
        let bytes = self.plain(doc, plain, size_hint);
        let out = if style.slash { escape_slashes(&bytes) } else { bytes.clone() };
        self.last = Some((plain, bytes));
        out
    }

    /// `doc` in `plain` (a style without slash escaping).
    fn plain(&mut self, doc: &Value, plain: Style, size_hint: usize) -> Vec<u8> {
        let two = Style { layout: Layout::Indent2, ..plain };
        if let (Some((s, indented)), Layout::Indent4 | Layout::Tabs) = (&self.indent2, plain.layout) {
            if *s == two {
                return reindent(indented, indent_unit(plain.layout).unwrap_or_default());
            }
        }
        let base = Style { layout: Layout::Minified, ..plain };
        let minified = match &self.minified {
            Some((s, bytes)) if *s == base => bytes,
            _ => &self.minified.insert((base, write(doc, base, size_hint))).1,
        };
        let bytes = restyle(minified, plain.layout);
        if plain.layout == Layout::Indent2 {
            self.indent2 = Some((plain, bytes.clone()));
        }
        bytes
    }
}

/// Re-indents 2-space pretty-printed JSON with `unit` per level: a raw newline is always
/// followed by the indentation and then a token, which never starts with a space.
fn reindent(indent2: &[u8], unit: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(indent2.len() + indent2.len() / 2);
    let n = indent2.len();
    let mut i = 0;
    while i < n {
        let start = i;
        while i < n && indent2[i] == b' ' {
            i += 1;
        }
        for _ in 0..(i - start) / 2 {
            out.extend_from_slice(unit);
        }
        let line = i;
        while i < n && indent2[i] != b'\n' {
            i += 1;
        }
        i = (i + 1).min(n);
        out.extend_from_slice(&indent2[line..i]);
    }
    out
}

/// Lays out minified JSON (as [`write`] makes it) in `layout`: outside strings a minified
/// document has no white space, so every `{`, `[`, `,`, `:`, `]` and `}` there is structure,
/// and strings are copied as they are.
pub fn restyle(minified: &[u8], layout: Layout) -> Vec<u8> {
    if layout == Layout::Minified {
        return minified.to_vec();
    }
    let comma: &[u8] = if layout == Layout::PythonSpaced { b", " } else { b"," };
    let unit = indent_unit(layout).unwrap_or_default();
    let mut out = Out::new(minified.len() + minified.len() / 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut i = 0;
    while i < minified.len() {
        let b = minified[i];
        i += 1;
        if STOP[b as usize] & if in_string { IN_STRING } else { OUTSIDE } == 0 {
            out.byte(b);
            continue;
        }
        match (in_string, b) {
            (true, b'\\') => {
                // An escape: copy it whole (`\"` does not end the string).
                out.byte(b);
                if let Some(&next) = minified.get(i) {
                    out.byte(next);
                    i += 1;
                }
            }
            (_, b'"') => {
                out.byte(b);
                in_string = !in_string;
            }
            (false, b'{' | b'[') => {
                out.byte(b);
                if matches!(minified.get(i), Some(b'}' | b']')) {
                    out.byte(minified[i]);
                    i += 1;
                } else {
                    depth += 1;
                    out.newline(unit, depth);
                }
            }
            (false, b'}' | b']') => {
                depth = depth.saturating_sub(1);
                out.newline(unit, depth);
                out.byte(b);
            }
            (false, b',') => {
                out.bytes(comma);
                out.newline(unit, depth);
            }
            (false, b':') => out.bytes(b": "),
            _ => out.byte(b),
        }
    }
    out.finish()
}

/// An output buffer whose small writes stay inline even in a size-optimised build: bytes go
/// to a fixed block first, which is appended to the vector when full.
struct Out {
    block: [u8; 4096],
    used: usize,
    vec: Vec<u8>,
}

impl Out {
    fn new(capacity: usize) -> Out {
        Out { block: [0; 4096], used: 0, vec: Vec::with_capacity(capacity) }
    }

    #[inline(always)]
    fn byte(&mut self, b: u8) {
        if self.used == self.block.len() {
            self.flush();
        }
        self.block[self.used] = b;
        self.used += 1;
    }

    #[inline(always)]
    fn bytes(&mut self, s: &[u8]) {
        if s.len() <= 16 {
            for &b in s {
                self.byte(b);
            }
        } else {
            self.flush();
            self.vec.extend_from_slice(s);
        }
    }

    /// A newline and `depth` indentation units (nothing for a one-line layout).
    #[inline(always)]
    fn newline(&mut self, unit: &[u8], depth: usize) {
        if !unit.is_empty() {
            self.byte(b'\n');
            for _ in 0..depth {
                self.bytes(unit);
            }
        }
    }

    fn flush(&mut self) {
        self.vec.extend_from_slice(&self.block[..self.used]);
        self.used = 0;
    }

    fn finish(mut self) -> Vec<u8> {
        self.flush();
        self.vec
    }
}

/// `/` as `\/` everywhere (minified JSON has `/` only inside strings).
fn escape_slashes(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() + bytes.len() / 16);
    for part in bytes.split_inclusive(|b| *b == b'/') {
        match part.split_last() {
            Some((b'/', head)) => {
                out.extend_from_slice(head);
                out.extend_from_slice(b"\\/");
            }
            _ => out.extend_from_slice(part),
        }
    }
    out
}

/// [`STOP`] bits.
const OUTSIDE: u8 = 1;
const IN_STRING: u8 = 2;

/// Which bytes stop a run in [`restyle`]: bit 1 outside strings, bit 2 inside.
const STOP: [u8; 256] = {
    let mut t = [0u8; 256];
    let outside = b"\"{}[],:";
    let mut k = 0;
    while k < outside.len() {
        t[outside[k] as usize] |= OUTSIDE;
        k += 1;
    }
    t[b'"' as usize] |= IN_STRING;
    t[b'\\' as usize] |= IN_STRING;
    t
};

/// Writes `value` in `style`.
pub fn write(value: &Value, style: Style, size_hint: usize) -> Vec<u8> {
    let mut out = Out::new(size_hint + size_hint / 2);
    write_value(value, style, 0, &mut out);
    out.finish()
}

fn indent_unit(layout: Layout) -> Option<&'static [u8]> {
    match layout {
        Layout::Indent2 => Some(b"  "),
        Layout::Indent4 => Some(b"    "),
        Layout::Tabs => Some(b"\t"),
        Layout::Minified | Layout::PythonSpaced => None,
    }
}

fn newline(style: Style, depth: usize, out: &mut Out) {
    out.newline(indent_unit(style.layout).unwrap_or_default(), depth);
}

fn item_separator(style: Style, out: &mut Out) {
    out.byte(b',');
    if style.layout == Layout::PythonSpaced {
        out.byte(b' ');
    }
}

fn key_separator(style: Style, out: &mut Out) {
    out.byte(b':');
    if style.layout != Layout::Minified {
        out.byte(b' ');
    }
}

fn write_value(value: &Value, style: Style, depth: usize, out: &mut Out) {
    match value {
        Value::Null => out.bytes(b"null"),
        Value::Bool(b) => out.bytes(if *b { b"true" } else { b"false" }),
        // With `arbitrary_precision` a number keeps its text as written.
        Value::Number(n) => out.bytes(n.as_str().as_bytes()),
        Value::String(s) => write_string(s, style, out),
        Value::Array(items) => {
            if items.is_empty() {
                out.bytes(b"[]");
                return;
            }
            out.byte(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    item_separator(style, out);
                }
                newline(style, depth + 1, out);
                write_value(item, style, depth + 1, out);
            }
            newline(style, depth, out);
            out.byte(b']');
        }
        Value::Object(map) => {
            if map.is_empty() {
                out.bytes(b"{}");
                return;
            }
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            if style.sorted {
                entries.sort_by(|a, b| a.0.cmp(b.0));
            }
            out.byte(b'{');
            for (i, (k, v)) in entries.into_iter().enumerate() {
                if i > 0 {
                    item_separator(style, out);
                }
                newline(style, depth + 1, out);
                write_string(k, style, out);
                key_separator(style, out);
                write_value(v, style, depth + 1, out);
            }
            newline(style, depth, out);
            out.byte(b'}');
        }
    }
}

fn push_u(unit: u16, upper: bool, out: &mut Out) {
    let digits: &[u8; 16] = if upper { b"0123456789ABCDEF" } else { b"0123456789abcdef" };
    out.bytes(b"\\u");
    for shift in [12, 8, 4, 0] {
        out.byte(digits[((unit >> shift) & 0xF) as usize]);
    }
}

/// Writes a JSON string, copying runs that need no escaping in one go.
fn write_string(s: &str, style: Style, out: &mut Out) {
    out.byte(b'"');
    let upper_controls = matches!(style.escapes, Escapes::AsciiUpper | Escapes::ControlUpper);
    let escape_non_ascii = matches!(style.escapes, Escapes::AsciiLower | Escapes::AsciiUpper);
    let bytes = s.as_bytes();
    let (mut start, mut i) = (0, 0);
    while i < bytes.len() {
        let b = bytes[i];
        let needs = b < 0x20
            || b == b'"'
            || b == b'\\'
            || (b == b'/' && style.slash)
            || (b >= 0x80 && escape_non_ascii);
        if !needs {
            i += 1;
            continue;
        }
        out.bytes(&bytes[start..i]);
        match b {
            b'"' => out.bytes(b"\\\""),
            b'\\' => out.bytes(b"\\\\"),
            b'\n' => out.bytes(b"\\n"),
            b'\r' => out.bytes(b"\\r"),
            b'\t' => out.bytes(b"\\t"),
            0x08 => out.bytes(b"\\b"),
            0x0c => out.bytes(b"\\f"),
            b'/' => out.bytes(b"\\/"),
            b if b < 0x20 => push_u(b as u16, upper_controls, out),
            _ => {
                // A non-ASCII character to escape as UTF-16 code units.
                let c = s[i..].chars().next().unwrap_or('\u{FFFD}');
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    push_u(*unit, style.escapes == Escapes::AsciiUpper, out);
                }
                i += c.len_utf8();
                start = i;
                continue;
            }
        }
        i += 1;
        start = i;
    }
    out.bytes(&bytes[start..]);
    out.byte(b'"');
}
