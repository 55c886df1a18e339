//! Key-side mistakes: how the secret may have been read differently from the way the user
//! entered it. Each mistake is detected here ([`key_variants`]) and explained here
//! ([`KeyMistake::explain`]).

use crate::engine::encoding::InputFormat;
use crate::engine::warnings::invisible_name;

/// Which ends of a text were trimmed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ends {
    Both,
    Start,
    End,
}

/// A mistake on the key side.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyMistake {
    /// The key should have been decoded from this format instead of the one chosen.
    Decoded { right: InputFormat, chosen: InputFormat },
    /// White space at these ends was not part of the real secret.
    Trimmed(Ends),
    /// The quotes around the key are not part of it.
    Unquoted,
    /// An invisible character (at a 1-based character position) is not part of the secret.
    InvisibleRemoved { character: char, position: usize },
    /// `whsec_` stripped and the rest used as text.
    WhsecStrippedText,
    /// `whsec_` stripped and the rest Base64-decoded (Standard Webhooks / Svix).
    WhsecStrippedBase64,
    /// The secret on this line (1-based) of Other secrets to try; `starts` is its first
    /// characters, enough to tell it apart without showing it whole.
    OtherSecret { line: usize, starts: String },
}

impl KeyMistake {
    /// The mistake and its fix in words.
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
            KeyMistake::Trimmed(ends) => format!(
                "the real secret has no {}: the key you entered has it (often from a .env file, `echo` or copying). Trim the secret where you load it.",
                match ends {
                    Ends::Both => "leading or trailing white space",
                    Ends::End => "trailing white space or newline",
                    Ends::Start => "leading white space",
                }
            ),
            KeyMistake::Unquoted => "the quotes around the key are not part of the secret. Remove them (a config file or shell probably kept them).".into(),
            KeyMistake::InvisibleRemoved { character, position } => format!(
                "the key contains an invisible {} at position {position} that is not part of the real secret (it came with the copy and paste). Delete it.",
                invisible_name(*character).unwrap_or("character")
            ),
            KeyMistake::WhsecStrippedText => "the signer used the secret without its whsec_ prefix, as text. Strip the prefix before using the secret.".into(),
            KeyMistake::WhsecStrippedBase64 => "the key is the Base64-decoded part after whsec_ (Standard Webhooks / Svix): strip the whsec_ prefix and Base64-decode the rest; do not use the whole string as text.".into(),
            KeyMistake::OtherSecret { line, starts } => format!(
                "the signature was made with the secret on line {line} of Other secrets to try ({starts}…), not the one in the key field: that is the secret this sender uses (each endpoint, environment, test or live mode and CLI session has its own). Configure that one."
            ),
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

/// The key as entered, every plausible mistaken reading of it, then each of the other
/// secrets (one per line) read the same way.
pub fn key_variants_with(text: &str, chosen: InputFormat, others: &str) -> Vec<KeyVariant> {
    let mut out = key_variants(text, chosen);
    for (i, other) in others.lines().enumerate() {
        let other = other.trim();
        if other.is_empty() {
            continue;
        }
        if let Ok(bytes) = chosen.decode(other) {
            let starts: String = other.chars().take(6).collect();
            push_key(&mut out, Some(KeyMistake::OtherSecret { line: i + 1, starts }), bytes);
        }
    }
    out
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
    let trims = [(text.trim(), Ends::Both), (text.trim_end(), Ends::End), (text.trim_start(), Ends::Start)];
    for (trimmed, ends) in trims {
        if trimmed != text {
            if let Ok(bytes) = chosen.decode(trimmed) {
                push_key(&mut out, Some(KeyMistake::Trimmed(ends)), bytes);
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
    if let Some((position, character)) = text.chars().enumerate().find(|(_, c)| invisible_name(*c).is_some())
    {
        let cleaned: String = text.chars().filter(|c| invisible_name(*c).is_none()).collect();
        if let Ok(bytes) = chosen.decode(&cleaned) {
            push_key(
                &mut out,
                Some(KeyMistake::InvisibleRemoved { character, position: position + 1 }),
                bytes,
            );
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
