//! HMAC-signed JSON Web Tokens: decode, verify, build, check the key length.

use super::types::{JwtHooks, Preset};
use super::{Evaluation, Values};
use crate::engine::calc::Inputs;
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

/// A token split into its parts (no verification): header and payload JSON, the exact
/// `header.payload` text that is signed, and the signature bytes.
pub type Parts = (serde_json::Value, serde_json::Value, String, Vec<u8>);

/// Splits a compact JWS (a leading `Bearer ` is allowed). Errors are sentences.
pub fn parts(token: &str) -> Result<Parts, String> {
    let token = token.trim().trim_start_matches("Bearer ").trim();
    let parts: Vec<&str> = token.split('.').collect();
    if parts.len() != 3 {
        return Err(format!("A JWT has three parts separated by '.', this has {}.", parts.len()));
    }
    let header: serde_json::Value = serde_json::from_slice(&segment("header", parts[0])?)
        .map_err(|e| format!("The JWT header is not JSON: {e}"))?;
    // A JWS may sign any payload (RFC 8037's example is plain text): kept as a string then.
    let payload = segment("payload", parts[1])?;
    let payload = serde_json::from_slice(&payload)
        .unwrap_or_else(|_| serde_json::Value::String(String::from_utf8_lossy(&payload).into_owned()));
    let signature = segment("signature", parts[2])?;
    Ok((header, payload, format!("{}.{}", parts[0], parts[1]), signature))
}

/// Decodes an HMAC token (no verification). Errors are sentences.
pub fn decode(token: &str) -> Result<Jwt, String> {
    let (header, payload, signing_input, signature) = parts(token)?;
    if !payload.is_object() {
        return Err("The JWT payload is not a JSON object.".into());
    }
    let algorithm = match header.get("alg").and_then(|a| a.as_str()) {
        Some("HS256") => Algorithm::Sha256,
        Some("HS384") => Algorithm::Sha384,
        Some("HS512") => Algorithm::Sha512,
        Some(other) => {
            return Err(format!(
                "The JWT uses {other}; this preset checks HMAC tokens (HS256, HS384, HS512) — choose “JWT RS/PS/ES/EdDSA (public key)” for {other}."
            ))
        }
        None => return Err("The JWT header has no alg.".into()),
    };
    Ok(Jwt { header, payload, algorithm, signing_input, signature })
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

/// Problems with a token's key: RFC 7518 wants an HMAC key at least as long as the hash.
pub fn check_key(jwt: &Jwt, key_len: usize) -> Vec<String> {
    let mut out = Vec::new();
    let need = jwt.algorithm.output_len();
    if key_len < need {
        out.push(format!(
            "The key is {key_len} bytes; RFC 7518 requires at least {need} bytes for this algorithm."
        ));
    }
    out
}

/// The JWT scheme: a pasted token's signing input is its own header.payload text (editing the
/// secret never re-signs it); the algorithm comes from its header; the provider's hooks
/// check its claims and build a token from the preset's fields.
pub fn evaluate(p: &'static Preset, values: &Values, hooks: JwtHooks) -> Evaluation {
    let mut problems = Vec::new();
    let mut inputs = Inputs {
        key: values.secret.clone(),
        other_secrets: values.other_secrets.clone(),
        ..Inputs::default()
    };
    let mut signatures = Vec::new();
    if !values.signature.trim().is_empty() {
        match decode(&values.signature) {
            Ok(token) => {
                inputs.message = token.signing_input.as_str().into();
                inputs.algorithm = token.algorithm;
                let sig = to_base64url(&token.signature);
                inputs.expected = sig.clone();
                signatures.push(sig);
                problems.extend(check_key(&token, values.secret.len()));
                problems.extend((hooks.claims)(&token.payload));
                problems.push(format!("Header: {}  Payload: {}", token.header, token.payload));
            }
            Err(e) => problems.push(e),
        }
    }
    let string_to_sign = inputs.message.as_bytes().into();
    let produced = (hooks.build)(values);
    Evaluation {
        signatures,
        problems,
        produced,
        ..Evaluation::new(p, values.clone(), inputs, string_to_sign)
    }
}
