//! HMAC-signed JSON Web Tokens: decode, verify, build; Zoom Meeting SDK claim checks.

use crate::engine::encoding::{decode_base64, to_base64url, Alphabet};
use crate::engine::Algorithm;
use subtle::ConstantTimeEq;

/// A decoded token.
#[derive(Clone, Debug, PartialEq)]
pub struct Jwt {
    pub header: serde_json::Value,
    pub payload: serde_json::Value,
    pub algorithm: Algorithm,
    /// The exact `header.payload` text that is signed.
    pub signing_input: String,
    pub signature: Vec<u8>,
}

fn segment(name: &str, text: &str) -> Result<Vec<u8>, String> {
    decode_base64(text, Alphabet::UrlSafe).map_err(|e| format!("The JWT {name} is {e}"))
}

/// Decodes a token (no verification). Errors are sentences.
pub fn decode(token: &str) -> Result<Jwt, String> {
    let token = token.trim().trim_start_matches("Bearer ").trim();
    let parts: Vec<&str> = token.split('.').collect();
    if parts.len() != 3 {
        return Err(format!("A JWT has three parts separated by '.', this has {}.", parts.len()));
    }
    let header: serde_json::Value = serde_json::from_slice(&segment("header", parts[0])?)
        .map_err(|e| format!("The JWT header is not JSON: {e}"))?;
    let payload: serde_json::Value = serde_json::from_slice(&segment("payload", parts[1])?)
        .map_err(|e| format!("The JWT payload is not JSON: {e}"))?;
    let algorithm = match header.get("alg").and_then(|a| a.as_str()) {
        Some("HS256") => Algorithm::Sha256,
        Some("HS384") => Algorithm::Sha384,
        Some("HS512") => Algorithm::Sha512,
        Some(other) => {
            return Err(format!(
                "The JWT uses {other}; only HMAC tokens (HS256, HS384, HS512) are checked here."
            ))
        }
        None => return Err("The JWT header has no alg.".into()),
    };
    let signature = segment("signature", parts[2])?;
    Ok(Jwt { header, payload, algorithm, signing_input: format!("{}.{}", parts[0], parts[1]), signature })
}

/// Whether the token's signature is right for `key`, compared in constant time.
pub fn verify(jwt: &Jwt, key: &[u8]) -> bool {
    let mac = jwt.algorithm.mac(key, jwt.signing_input.as_bytes());
    mac.len() == jwt.signature.len() && bool::from(mac.as_slice().ct_eq(&jwt.signature))
}

/// Signs `header` and `payload` JSON texts exactly as given.
pub fn sign(header: &str, payload: &str, algorithm: Algorithm, key: &[u8]) -> String {
    let input = format!("{}.{}", to_base64url(header.as_bytes()), to_base64url(payload.as_bytes()));
    let sig = to_base64url(&algorithm.mac(key, input.as_bytes()));
    format!("{input}.{sig}")
}

/// Problems with a token's key or claims: RFC 7518 key length, and Zoom Meeting SDK rules
/// when the payload has Zoom claims.
pub fn check_claims(jwt: &Jwt, key_len: usize) -> Vec<String> {
    let mut out = Vec::new();
    let need = jwt.algorithm.output_len();
    if key_len < need {
        out.push(format!(
            "The key is {key_len} bytes; RFC 7518 requires at least {need} bytes for this algorithm."
        ));
    }
    let p = &jwt.payload;
    let zoom = p.get("appKey").is_some() || p.get("sdkKey").is_some() || p.get("mn").is_some();
    if zoom {
        let num = |k: &str| p.get(k).and_then(|v| v.as_i64());
        if p.get("iat").is_some_and(|v| v.is_string()) {
            out.push("Zoom: iat must be a number, not a string.".into());
        }
        match (num("iat"), num("exp")) {
            (Some(iat), Some(exp)) => {
                let d = exp - iat;
                if !(1800..=172_800).contains(&d) {
                    out.push(format!(
                        "Zoom: exp − iat is {d} s; it must be between 1800 s (30 min) and 172800 s (48 h)."
                    ));
                }
                if num("tokenExp").is_some_and(|t| t != exp) {
                    out.push("Zoom: tokenExp should equal exp.".into());
                }
            }
            _ => out.push("Zoom: iat and exp must both be present as numbers.".into()),
        }
        if !matches!(num("role"), Some(0 | 1)) {
            out.push("Zoom: role must be 0 (attendee) or 1 (host).".into());
        }
        if p.get("mn").is_none() {
            out.push("Zoom: mn (meeting number) is required for the web SDK.".into());
        }
    }
    out
}
