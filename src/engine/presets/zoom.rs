//! Zoom's legacy Web SDK signature: build it, decode a pasted one into its parts, verify.

use crate::engine::encoding::{decode_base64, to_base64, Alphabet};
use crate::engine::Algorithm;

/// The parts of a legacy signature.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LegacyParts {
    pub api_key: String,
    pub meeting_number: String,
    pub timestamp_ms: String,
    pub role: String,
    /// Standard Base64 of the HMAC.
    pub hash: String,
}

/// The inner hash: base64(HMAC-SHA256(secret, base64(key + meeting + ts + role))).
pub fn legacy_hash(secret: &str, api_key: &str, meeting: &str, ts_ms: &str, role: &str) -> String {
    let msg = to_base64(format!("{api_key}{meeting}{ts_ms}{role}").as_bytes());
    to_base64(&Algorithm::Sha256.mac(secret.as_bytes(), msg.as_bytes()))
}

/// The signature as Zoom's Node sample makes it (standard Base64 with padding).
pub fn legacy_signature(secret: &str, api_key: &str, meeting: &str, ts_ms: &str, role: &str) -> String {
    let hash = legacy_hash(secret, api_key, meeting, ts_ms, role);
    to_base64(format!("{api_key}.{meeting}.{ts_ms}.{role}.{hash}").as_bytes())
}

/// Warnings about how a signature is written: `+`, `/` or `=` break in a URL.
pub fn url_warnings(signature: &str) -> Option<String> {
    let bad: Vec<char> = ['+', '/', '='].into_iter().filter(|c| signature.contains(*c)).collect();
    (!bad.is_empty()).then(|| {
        format!(
            "The signature is standard Base64 and contains {}: in a URL query these change meaning (+ becomes a space), so the SDK sometimes receives a different signature — the intermittent “1 in 5 fails”. URL-encode it, or use URL-safe Base64 without padding.",
            bad.iter().map(|c| format!("'{c}'")).collect::<Vec<_>>().join(", ")
        )
    })
}

/// Decodes a pasted signature (standard or URL-safe Base64, padding optional).
pub fn decode_legacy(signature: &str) -> Result<LegacyParts, String> {
    let s = signature.trim();
    let alphabet = if s.contains(['-', '_']) { Alphabet::UrlSafe } else { Alphabet::Standard };
    let bytes = decode_base64(s, alphabet).map_err(|e| format!("The Zoom signature is {e}"))?;
    let text =
        String::from_utf8(bytes).map_err(|_| "The Zoom signature does not decode to text.".to_string())?;
    let parts: Vec<&str> = text.splitn(5, '.').collect();
    if parts.len() != 5 {
        return Err(format!(
            "The Zoom signature decodes to “{text}”, not apiKey.meetingNumber.timestamp.role.hash."
        ));
    }
    Ok(LegacyParts {
        api_key: parts[0].into(),
        meeting_number: parts[1].into(),
        timestamp_ms: parts[2].into(),
        role: parts[3].into(),
        hash: parts[4].into(),
    })
}
