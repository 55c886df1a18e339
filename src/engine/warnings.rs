//! Warnings about inputs that are valid but often the reason a signature does not match.

use std::fmt;

/// The name of an invisible or look-alike space character that often sneaks in with a
/// pasted secret, or `None` for an ordinary character.
pub fn invisible_name(ch: char) -> Option<&'static str> {
    Some(match ch {
        '\u{00A0}' => "no-break space",
        '\u{00AD}' => "soft hyphen",
        '\u{034F}' => "combining grapheme joiner",
        '\u{061C}' => "Arabic letter mark",
        '\u{115F}' | '\u{1160}' | '\u{3164}' | '\u{FFA0}' => "Hangul filler",
        '\u{180E}' => "Mongolian vowel separator",
        '\u{2000}'..='\u{200A}' => "Unicode space",
        '\u{200B}' => "zero-width space",
        '\u{200C}' => "zero-width non-joiner",
        '\u{200D}' => "zero-width joiner",
        '\u{200E}' => "left-to-right mark",
        '\u{200F}' => "right-to-left mark",
        '\u{2028}' => "line separator",
        '\u{2029}' => "paragraph separator",
        '\u{202A}'..='\u{202E}' => "bidirectional control",
        '\u{202F}' => "narrow no-break space",
        '\u{205F}' => "medium mathematical space",
        '\u{2060}' => "word joiner",
        '\u{2061}'..='\u{2064}' => "invisible operator",
        '\u{2066}'..='\u{206F}' => "bidirectional or deprecated format control",
        '\u{3000}' => "ideographic space",
        '\u{FEFF}' => "byte order mark (zero-width no-break space)",
        '\u{FFF9}'..='\u{FFFB}' => "interlinear annotation control",
        '\u{E0000}'..='\u{E007F}' => "tag character",
        _ => return None,
    })
}

/// A key or certificate pasted where the signing secret belongs, told at once. (Other
/// credentials of another kind — a Stripe API key, a Slack token, a JWT, … — are named by the
/// worker with the other evidence: see `engine::evidence`.)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SecretShape {
    /// A PEM key or certificate; `private` when it is a private key.
    Pem { private: bool },
}

impl SecretShape {
    fn explain(self) -> &'static str {
        match self {
            SecretShape::Pem { private: false } => "Key is a PEM public key or certificate: HMAC needs the shared secret. Public-key webhooks (Ed25519, ECDSA, RSA) are verified with a Public key, not an HMAC.",
            SecretShape::Pem { private: true } => "Key is a PEM private key: never paste or share it (it stays in this page, but treat it as exposed if it was pasted elsewhere). Verification needs the public key, or for HMAC the shared secret.",
        }
    }

    /// The shape of `text`, when it is a credential of another kind.
    pub fn of(text: &str) -> Option<SecretShape> {
        let t = text.trim();
        Some(if t.starts_with("-----BEGIN") {
            SecretShape::Pem { private: t.contains("PRIVATE KEY") }
        } else {
            return None;
        })
    }
}

/// Which input a warning is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Key,
    Message,
}

impl Field {
    fn name(self) -> &'static str {
        match self {
            Field::Key => "Key",
            Field::Message => "Message",
        }
    }
}

/// Something suspicious about an input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Warning {
    /// The input starts with white space; `what` names it (e.g. "a space").
    LeadingWhitespace { field: Field, what: &'static str },
    /// The input ends with white space or a newline.
    TrailingWhitespace { field: Field, what: &'static str },
    /// An invisible character at a 1-based character position.
    Invisible { field: Field, name: &'static str, code: u32, position: usize },
    /// The key is wrapped in quotes.
    Quoted { quote: char },
    /// The key is empty.
    EmptyKey,
    /// The key is a credential of another kind.
    SecretShape(SecretShape),
    /// The message has U+FFFD replacement characters: `count` of them, the first at this
    /// 0-based byte offset.
    Replacement { count: usize, offset: usize },
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::LeadingWhitespace { field, what } => {
                write!(f, "{} starts with {what}; it is part of the signed bytes.", field.name())
            }
            Warning::TrailingWhitespace { field, what } => {
                write!(f, "{} ends with {what}; it is part of the signed bytes.", field.name())
            }
            Warning::Invisible { field, name, code, position } => {
                write!(
                    f,
                    "{} contains an invisible character: {name} (U+{code:04X}) at position {position}.",
                    field.name()
                )
            }
            Warning::Quoted { quote } => {
                write!(f, "Key is wrapped in quotes ({quote}…{quote}); the quotes are part of the key bytes.")
            }
            Warning::EmptyKey => write!(f, "Key is empty."),
            Warning::SecretShape(shape) => f.write_str(shape.explain()),
            Warning::Replacement { count, offset } => write!(
                f,
                "Message contains {count} U+FFFD replacement character{} (the first at byte {offset}): bytes that were not UTF-8 were replaced when the body was decoded as text, and the original bytes are lost. Read the body as raw bytes (or load it as a file) before hashing.",
                if *count == 1 { "" } else { "s" }
            ),
        }
    }
}

impl Warning {
    /// Whether the warning still holds when the signature matches (one about the key's
    /// kind does not: the key that verifies is the right one, whatever it looks like).
    pub fn holds_on_match(&self) -> bool {
        !matches!(self, Warning::SecretShape(_))
    }
}

fn describe_whitespace(c: char) -> &'static str {
    match c {
        '\n' => "a newline (\\n)",
        '\r' => "a carriage return (\\r)",
        '\t' => "a tab",
        ' ' => "a space",
        _ => "white space",
    }
}

fn describe_end(text: &str) -> Option<&'static str> {
    if text.ends_with("\r\n") {
        return Some("a newline (\\r\\n)");
    }
    text.chars().next_back().filter(|c| c.is_whitespace()).map(describe_whitespace)
}

fn edge_warnings(field: Field, text: &str, out: &mut Vec<Warning>) {
    if let Some(c) = text.chars().next().filter(|c| c.is_whitespace()) {
        out.push(Warning::LeadingWhitespace { field, what: describe_whitespace(c) });
    }
    if let Some(what) = describe_end(text) {
        out.push(Warning::TrailingWhitespace { field, what });
    }
}

fn invisible_warnings(field: Field, text: &str, out: &mut Vec<Warning>) {
    for (i, ch) in text.chars().enumerate() {
        if let Some(name) = invisible_name(ch) {
            out.push(Warning::Invisible { field, name, code: ch as u32, position: i + 1 });
        }
    }
}

/// Warnings about the key as typed (the text, before decoding).
pub fn inspect_key(text: &str) -> Vec<Warning> {
    let mut out = Vec::new();
    if text.is_empty() {
        out.push(Warning::EmptyKey);
        return out;
    }
    edge_warnings(Field::Key, text, &mut out);
    invisible_warnings(Field::Key, text, &mut out);
    out.extend(SecretShape::of(text).map(Warning::SecretShape));
    let trimmed = text.trim();
    for quote in ['"', '\'', '`'] {
        if trimmed.len() >= 2 && trimmed.starts_with(quote) && trimmed.ends_with(quote) {
            out.push(Warning::Quoted { quote });
        }
    }
    out
}

/// Warnings about the message bytes (after decoding). Invisible characters are only
/// reported for a short message: in a long body they are usually intended.
pub fn inspect_message(bytes: &[u8]) -> Vec<Warning> {
    let mut out = Vec::new();
    let text = String::from_utf8_lossy(bytes);
    edge_warnings(Field::Message, &text, &mut out);
    const REPLACEMENT: &[u8] = "\u{FFFD}".as_bytes();
    if let Some(offset) = bytes.windows(3).position(|w| w == REPLACEMENT) {
        let count = bytes.windows(3).filter(|w| *w == REPLACEMENT).count();
        out.push(Warning::Replacement { count, offset });
    }
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        out.push(Warning::Invisible {
            field: Field::Message,
            name: "byte order mark (zero-width no-break space)",
            code: 0xFEFF,
            position: 1,
        });
    }
    out
}
