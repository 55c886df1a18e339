//! Share links: only non-secret settings travel in the URL fragment (never the key, never the
//! expected signature, never preset values); the message only when the user asks for it.

use super::encoding::{decode_base64, to_base64url, Alphabet, KeyFormat, MessageFormat};
use super::Algorithm;

/// What a share link carries.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Shared {
    pub algorithm: Option<Algorithm>,
    pub message_format: Option<MessageFormat>,
    pub key_format: Option<KeyFormat>,
    pub provider: Option<String>,
    pub message: Option<String>,
}

/// The fragment (without `#`), e.g. `alg=sha256&mf=text&kf=hex&p=stripe&m=<base64url>`.
pub fn encode(s: &Shared) -> String {
    let mut parts = Vec::new();
    if let Some(a) = s.algorithm {
        parts.push(format!("alg={}", a.id()));
    }
    if let Some(f) = s.message_format {
        parts.push(format!("mf={}", f.id()));
    }
    if let Some(f) = s.key_format {
        parts.push(format!("kf={}", f.id()));
    }
    if let Some(p) = &s.provider {
        if p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            parts.push(format!("p={p}"));
        }
    }
    if let Some(m) = &s.message {
        parts.push(format!("m={}", to_base64url(m.as_bytes())));
    }
    parts.join("&")
}

/// Reads a fragment (with or without `#`); unknown or malformed entries are ignored.
pub fn decode(fragment: &str) -> Shared {
    let mut out = Shared::default();
    for pair in fragment.trim_start_matches('#').split('&') {
        let Some((k, v)) = pair.split_once('=') else { continue };
        match k {
            "alg" => out.algorithm = Algorithm::from_id(v),
            "mf" => out.message_format = MessageFormat::from_id(v),
            "kf" => out.key_format = KeyFormat::from_id(v),
            "p" if v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') => {
                out.provider = Some(v.to_string())
            }
            "m" => {
                out.message = decode_base64(v, Alphabet::UrlSafe).ok().and_then(|b| String::from_utf8(b).ok())
            }
            _ => {}
        }
    }
    out
}
