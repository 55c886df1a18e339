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
    /// Every style, most common first.
    pub fn all() -> Vec<Style> {
        let mut out = Vec::new();
        for slash in [false, true] {
            for sorted in [false, true] {
                for escapes in [Escapes::Raw, Escapes::AsciiLower, Escapes::ControlUpper, Escapes::AsciiUpper]
                {
                    for layout in [
                        Layout::Minified,
                        Layout::PythonSpaced,
                        Layout::Indent2,
                        Layout::Indent4,
                        Layout::Tabs,
                    ] {
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

/// Writes `value` in `style`.
pub fn write(value: &Value, style: Style, size_hint: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(size_hint + size_hint / 2);
    write_value(value, style, 0, &mut out);
    out
}

fn indent_unit(layout: Layout) -> Option<&'static [u8]> {
    match layout {
        Layout::Indent2 => Some(b"  "),
        Layout::Indent4 => Some(b"    "),
        Layout::Tabs => Some(b"\t"),
        Layout::Minified | Layout::PythonSpaced => None,
    }
}

fn newline(style: Style, depth: usize, out: &mut Vec<u8>) {
    if let Some(unit) = indent_unit(style.layout) {
        out.push(b'\n');
        for _ in 0..depth {
            out.extend_from_slice(unit);
        }
    }
}

fn item_separator(style: Style, out: &mut Vec<u8>) {
    out.push(b',');
    if style.layout == Layout::PythonSpaced {
        out.push(b' ');
    }
}

fn key_separator(style: Style, out: &mut Vec<u8>) {
    out.push(b':');
    if style.layout != Layout::Minified {
        out.push(b' ');
    }
}

fn write_value(value: &Value, style: Style, depth: usize, out: &mut Vec<u8>) {
    match value {
        Value::Null => out.extend_from_slice(b"null"),
        Value::Bool(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        Value::Number(n) => {
            use std::io::Write;
            let _ = write!(out, "{n}");
        }
        Value::String(s) => write_string(s, style, out),
        Value::Array(items) => {
            if items.is_empty() {
                out.extend_from_slice(b"[]");
                return;
            }
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    item_separator(style, out);
                }
                newline(style, depth + 1, out);
                write_value(item, style, depth + 1, out);
            }
            newline(style, depth, out);
            out.push(b']');
        }
        Value::Object(map) => {
            if map.is_empty() {
                out.extend_from_slice(b"{}");
                return;
            }
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            if style.sorted {
                entries.sort_by(|a, b| a.0.cmp(b.0));
            }
            out.push(b'{');
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
            out.push(b'}');
        }
    }
}

fn push_u(unit: u16, upper: bool, out: &mut Vec<u8>) {
    let digits: &[u8; 16] = if upper { b"0123456789ABCDEF" } else { b"0123456789abcdef" };
    out.extend_from_slice(b"\\u");
    for shift in [12, 8, 4, 0] {
        out.push(digits[((unit >> shift) & 0xF) as usize]);
    }
}

/// Writes a JSON string, copying runs that need no escaping in one go.
fn write_string(s: &str, style: Style, out: &mut Vec<u8>) {
    out.push(b'"');
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
        out.extend_from_slice(&bytes[start..i]);
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x0c => out.extend_from_slice(b"\\f"),
            b'/' => out.extend_from_slice(b"\\/"),
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
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
}
