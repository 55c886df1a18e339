//! Text encodings of bytes: parsing with precise error positions, and output encoding.
//!
//! Positions in error messages are 1-based character positions in the text the user typed,
//! so they match what a person counts in the field.

use base64::alphabet;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::Engine;
use std::fmt;

/// How the message text is turned into bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum MessageFormat {
    #[default]
    Text,
    Hex,
    Base64,
}

impl MessageFormat {
    pub const ALL: [MessageFormat; 3] = [MessageFormat::Text, MessageFormat::Hex, MessageFormat::Base64];

    pub fn label(self) -> &'static str {
        self.as_input().label()
    }

    pub fn id(self) -> &'static str {
        self.as_input().id()
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.id() == id)
    }

    /// The general input format this message format is.
    pub fn as_input(self) -> InputFormat {
        match self {
            MessageFormat::Text => InputFormat::Text,
            MessageFormat::Hex => InputFormat::Hex,
            MessageFormat::Base64 => InputFormat::Base64,
        }
    }
}

/// How the key text is turned into bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum KeyFormat {
    #[default]
    Text,
    Hex,
    Base64,
    Base64Url,
}

impl KeyFormat {
    pub const ALL: [KeyFormat; 4] =
        [KeyFormat::Text, KeyFormat::Hex, KeyFormat::Base64, KeyFormat::Base64Url];

    pub fn label(self) -> &'static str {
        self.as_input().label()
    }

    pub fn id(self) -> &'static str {
        self.as_input().id()
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.id() == id)
    }

    pub fn as_input(self) -> InputFormat {
        match self {
            KeyFormat::Text => InputFormat::Text,
            KeyFormat::Hex => InputFormat::Hex,
            KeyFormat::Base64 => InputFormat::Base64,
            KeyFormat::Base64Url => InputFormat::Base64Url,
        }
    }
}

/// Any way of writing bytes as text that an input field accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputFormat {
    Text,
    Hex,
    Base64,
    Base64Url,
}

impl InputFormat {
    pub fn label(self) -> &'static str {
        match self {
            InputFormat::Text => "Text (UTF-8)",
            InputFormat::Hex => "Hex",
            InputFormat::Base64 => "Base64",
            InputFormat::Base64Url => "Base64url",
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            InputFormat::Text => "text",
            InputFormat::Hex => "hex",
            InputFormat::Base64 => "base64",
            InputFormat::Base64Url => "base64url",
        }
    }

    /// Turns the text into bytes according to this format.
    pub fn decode(self, text: &str) -> Result<Vec<u8>, DecodeError> {
        match self {
            InputFormat::Text => Ok(text.as_bytes().to_vec()),
            InputFormat::Hex => decode_hex(text),
            InputFormat::Base64 => decode_base64(text, Alphabet::Standard),
            InputFormat::Base64Url => decode_base64(text, Alphabet::UrlSafe),
        }
    }
}

/// Why a text could not be decoded; `Display` gives a sentence fragment such as
/// "not valid hex: 'g' at position 7".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// A character outside the alphabet; position is 1-based.
    InvalidChar { format: InputFormat, ch: char, position: usize, hint: Option<&'static str> },
    /// An odd number of hex digits.
    OddHexDigits { count: usize },
    /// A Base64 text whose length cannot be right (one character too many or missing).
    Base64Length { count: usize },
    /// `=` padding followed by more data, or too much padding.
    Padding { format: InputFormat, position: usize },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::InvalidChar { format: InputFormat::Hex, ch, position, hint } => {
                write!(f, "not valid hex: {} at position {position}", quote_char(*ch))?;
                if let Some(hint) = hint {
                    write!(f, " ({hint})")?;
                }
                Ok(())
            }
            DecodeError::InvalidChar { format, ch, position, hint } => {
                write!(f, "not valid {}: invalid {} character {} at position {position}", format.label(), format.label(), quote_char(*ch))?;
                if let Some(hint) = hint {
                    write!(f, " ({hint})")?;
                }
                Ok(())
            }
            DecodeError::OddHexDigits { count } => {
                write!(f, "not valid hex: odd number of hex digits ({count})")
            }
            DecodeError::Base64Length { count } => write!(
                f,
                "not valid Base64: {count} characters is not a possible length (a character is missing or extra)"
            ),
            DecodeError::Padding { format, position } => {
                write!(f, "not valid {}: misplaced '=' padding at position {position}", format.label())
            }
        }
    }
}

impl std::error::Error for DecodeError {}

impl DecodeError {
    /// The same error with its position moved `by` characters further (for a text that
    /// was cut out of a longer one).
    pub fn shifted(self, by: usize) -> Self {
        match self {
            DecodeError::InvalidChar { format, ch, position, hint } => {
                DecodeError::InvalidChar { format, ch, position: position + by, hint }
            }
            DecodeError::Padding { format, position } => {
                DecodeError::Padding { format, position: position + by }
            }
            other => other,
        }
    }
}

/// Shows a character the way an error message should: printable ones quoted, invisible
/// ones by code point.
pub fn quote_char(ch: char) -> String {
    if ch.is_control() || crate::engine::warnings::invisible_name(ch).is_some() || ch == ' ' {
        format!("U+{:04X}", ch as u32)
    } else {
        format!("'{ch}'")
    }
}

/// The characters of `text` that are not ASCII white space, with their 1-based positions.
fn significant_chars(text: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    text.chars().enumerate().map(|(i, c)| (i + 1, c)).filter(|(_, c)| !c.is_ascii_whitespace())
}

/// Decodes hex digits (either case). ASCII white space between digits is ignored, and a
/// leading `0x` is accepted.
pub fn decode_hex(text: &str) -> Result<Vec<u8>, DecodeError> {
    let trimmed_start = text.len() - text.trim_start().len();
    let body = &text[trimmed_start..];
    let skip_prefix = body.starts_with("0x") || body.starts_with("0X");
    let mut digits = Vec::with_capacity(text.len() / 2 + 1);
    let mut chars = significant_chars(text);
    if skip_prefix {
        chars.next();
        chars.next();
    }
    for (position, ch) in chars {
        match ch.to_digit(16) {
            Some(d) => digits.push(d as u8),
            None => {
                let hint = match ch {
                    '+' | '/' | '=' => Some("this looks like Base64"),
                    '-' | '_' => Some("this looks like Base64url"),
                    _ if ch.is_ascii_alphanumeric() => Some("hex digits are 0-9 and a-f"),
                    _ => None,
                };
                return Err(DecodeError::InvalidChar { format: InputFormat::Hex, ch, position, hint });
            }
        }
    }
    if digits.len() % 2 == 1 {
        return Err(DecodeError::OddHexDigits { count: digits.len() });
    }
    Ok(digits.chunks_exact(2).map(|p| (p[0] << 4) | p[1]).collect())
}

/// The two Base64 alphabets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Alphabet {
    Standard,
    UrlSafe,
}

const LENIENT: GeneralPurposeConfig = GeneralPurposeConfig::new()
    .with_decode_padding_mode(DecodePaddingMode::Indifferent)
    .with_decode_allow_trailing_bits(true);
const STD_LENIENT: GeneralPurpose = GeneralPurpose::new(&alphabet::STANDARD, LENIENT);
const URL_LENIENT: GeneralPurpose = GeneralPurpose::new(&alphabet::URL_SAFE, LENIENT);

/// Decodes Base64 in the given alphabet, padding optional, ASCII white space ignored.
pub fn decode_base64(text: &str, alphabet: Alphabet) -> Result<Vec<u8>, DecodeError> {
    let format = match alphabet {
        Alphabet::Standard => InputFormat::Base64,
        Alphabet::UrlSafe => InputFormat::Base64Url,
    };
    let mut data = String::with_capacity(text.len());
    let mut padding = 0usize;
    for (position, ch) in significant_chars(text) {
        let valid = ch.is_ascii_alphanumeric()
            || match alphabet {
                Alphabet::Standard => ch == '+' || ch == '/',
                Alphabet::UrlSafe => ch == '-' || ch == '_',
            };
        if ch == '=' {
            padding += 1;
            if padding > 2 {
                return Err(DecodeError::Padding { format, position });
            }
        } else if !valid {
            let hint = match (alphabet, ch) {
                (Alphabet::Standard, '-' | '_') => Some("that is Base64url; choose Base64url"),
                (Alphabet::UrlSafe, '+' | '/') => Some("that is standard Base64; choose Base64"),
                _ => None,
            };
            return Err(DecodeError::InvalidChar { format, ch, position, hint });
        } else if padding > 0 {
            return Err(DecodeError::Padding { format, position });
        } else {
            data.push(ch);
        }
    }
    let count = data.len();
    if count % 4 == 1 || (padding > 0 && !(count + padding).is_multiple_of(4)) {
        return Err(DecodeError::Base64Length { count: count + padding });
    }
    let engine = match alphabet {
        Alphabet::Standard => &STD_LENIENT,
        Alphabet::UrlSafe => &URL_LENIENT,
    };
    // Everything was validated above, so decoding cannot fail; report a length error if
    // the library disagrees rather than panic.
    engine.decode(data.as_bytes()).map_err(|_| DecodeError::Base64Length { count })
}

/// Lowercase hex.
pub fn to_hex(bytes: &[u8]) -> String {
    hex::encode(bytes)
}

/// Uppercase hex.
pub fn to_hex_upper(bytes: &[u8]) -> String {
    hex::encode_upper(bytes)
}

/// Standard Base64 with padding.
pub fn to_base64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// Base64url without padding.
pub fn to_base64url(bytes: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// All output encodings of one MAC.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Encoded {
    pub hex: String,
    pub hex_upper: String,
    pub base64: String,
    pub base64url: String,
}

impl Encoded {
    pub fn of(bytes: &[u8]) -> Self {
        Encoded {
            hex: to_hex(bytes),
            hex_upper: to_hex_upper(bytes),
            base64: to_base64(bytes),
            base64url: to_base64url(bytes),
        }
    }
}

/// Decodes `application/x-www-form-urlencoded` text: `+` is a space, `%XX` a byte.
/// `None` when a `%` is not followed by two hex digits.
pub fn form_decode(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let h = bytes.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok()?);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    Some(out)
}
