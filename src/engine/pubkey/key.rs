//! Reading a public key from what users paste: hex or Base64 of the raw key, a DER
//! SubjectPublicKeyInfo, PEM (`PUBLIC KEY`, `RSA PUBLIC KEY`, `CERTIFICATE`), a JWK or a JWKS
//! (picked by `kid`), Standard Webhooks' `whpk_`. What is not a public key — a private key,
//! a bot token, an application id, a JWT — is named, never echoed.

use super::{KeyType, PublicKey};
use crate::engine::encoding::{decode_base64, decode_hex, Alphabet};
use ed25519_dalek::pkcs8::DecodePublicKey as _;
use pkcs1::DecodeRsaPublicKey as _;
use std::fmt;

/// How the key text was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyReading {
    /// Hex of the raw key bytes (Discord's application public key).
    Hex,
    /// Base64 of the raw key bytes.
    Base64,
    /// Hex or Base64 of a DER SubjectPublicKeyInfo (SendGrid's key).
    SpkiDer { base64: bool },
    /// A PEM block with this label.
    Pem(String),
    /// A JWK, or the JWK with this `kid` from a JWKS.
    Jwk { kid: Option<String> },
    /// `whpk_` and the Base64 of the raw key (Standard Webhooks).
    Whpk,
}

impl fmt::Display for KeyReading {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeyReading::Hex => write!(f, "hex of the raw key"),
            KeyReading::Base64 => write!(f, "Base64 of the raw key"),
            KeyReading::SpkiDer { base64: true } => write!(f, "Base64 of a DER SubjectPublicKeyInfo"),
            KeyReading::SpkiDer { base64: false } => write!(f, "hex of a DER SubjectPublicKeyInfo"),
            KeyReading::Pem(label) => write!(f, "a PEM {label}"),
            KeyReading::Jwk { kid: Some(kid) } => write!(f, "the JWK with kid “{kid}”"),
            KeyReading::Jwk { kid: None } => write!(f, "a JWK"),
            KeyReading::Whpk => write!(f, "whpk_ and the Base64 of the raw key"),
        }
    }
}

/// Why the text is not a usable public key of the type wanted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyProblem {
    Empty,
    /// A private key (PEM, JWK with `d`, `whsk_`, a 64-byte Ed25519 secret key).
    PrivateKey {
        what: String,
    },
    /// A Discord bot token (three dot-separated parts, the first the Base64 of a snowflake).
    BotToken,
    /// A numeric id (a Discord application id or client id, 17–20 digits).
    ApplicationId,
    /// A JSON Web Token pasted as the key.
    Jwt,
    /// An HMAC signing secret (`whsec_`) where the public key belongs.
    HmacSecret {
        prefix: String,
    },
    /// The raw bytes have the wrong length for the key type.
    WrongLength {
        got: usize,
        want: &'static str,
    },
    /// The bytes are not a point on the curve (or not a valid Ed25519 point).
    NotOnCurve {
        curve: &'static str,
    },
    /// A key of another type than the scheme uses.
    WrongType {
        found: KeyType,
        want: KeyType,
    },
    /// No JWK in the set has this `kid` (the kids present listed).
    KidNotFound {
        kid: String,
        present: Vec<String>,
    },
    /// Neither hex, Base64, PEM nor JWK (what was tried, and where reading stopped).
    Unreadable(String),
}

impl fmt::Display for KeyProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeyProblem::Empty => write!(f, "Enter the provider's public key."),
            KeyProblem::PrivateKey { what } => write!(
                f,
                "This is a private key ({what}), not a public key: it is not shown or used here. Verification needs only the public key; keep the private key secret and rotate it if it was shared."
            ),
            KeyProblem::BotToken => write!(
                f,
                "This looks like a Discord bot token, not the application's public key: copy “Public Key” (64 hex characters) from the General Information page of your application in the Developer Portal, and reset the token if it was shared."
            ),
            KeyProblem::ApplicationId => write!(
                f,
                "This is a numeric id (an application or client id), not a public key: the public key is 64 hex characters (Discord: General Information → Public Key)."
            ),
            KeyProblem::Jwt => write!(f, "This is a JSON Web Token, not a key: the key that verifies it is the issuer's public key (PEM, JWK or JWKS)."),
            KeyProblem::HmacSecret { prefix } => write!(
                f,
                "This is an HMAC signing secret ({prefix}…), not a public key: this scheme verifies with the sender's public key (whpk_… for Standard Webhooks v1a)."
            ),
            KeyProblem::WrongLength { got, want } => {
                write!(f, "The key decodes to {got} bytes; {want}.")
            }
            KeyProblem::NotOnCurve { curve } => {
                write!(f, "The key's bytes are not a valid {curve} public key (the point is not on the curve).")
            }
            KeyProblem::WrongType { found, want } => write!(
                f,
                "This is {} key, but the scheme verifies with {} key.",
                found.article(),
                want.article()
            ),
            KeyProblem::KidNotFound { kid, present } => write!(
                f,
                "No key in the JWKS has kid “{kid}” (the token's header names it); the set has {}. Fetch the provider's current keys.",
                if present.is_empty() { "no kid".to_string() } else { present.join(", ") }
            ),
            KeyProblem::Unreadable(why) => write!(f, "The public key cannot be read: {why}."),
        }
    }
}

/// Parses a DER SubjectPublicKeyInfo of any supported type.
pub fn from_spki(der: &[u8]) -> Option<PublicKey> {
    if let Ok(k) = ed25519_dalek::VerifyingKey::from_public_key_der(der) {
        return Some(PublicKey::Ed25519(k));
    }
    if let Ok(k) = p256::ecdsa::VerifyingKey::from_public_key_der(der) {
        return Some(PublicKey::P256(k));
    }
    if let Ok(k) = p384::ecdsa::VerifyingKey::from_public_key_der(der) {
        return Some(PublicKey::P384(k));
    }
    rsa::PublicKey::from_public_key_der(der).ok().map(|k| PublicKey::Rsa(Box::new(k)))
}

/// The raw key bytes of a type (32 bytes Ed25519, a SEC1 point for P-256/P-384).
fn from_raw(bytes: &[u8], want: KeyType) -> Result<PublicKey, KeyProblem> {
    match want {
        KeyType::Ed25519 => {
            let arr: [u8; 32] = match bytes.len() {
                32 => bytes.try_into().map_err(|_| KeyProblem::Empty)?,
                64 => {
                    return Err(KeyProblem::PrivateKey {
                        what: "64 bytes: an Ed25519 secret key with its public half".into(),
                    })
                }
                n => {
                    return Err(KeyProblem::WrongLength {
                        got: n,
                        want: "an Ed25519 public key is 32 bytes (64 hex characters)",
                    })
                }
            };
            ed25519_dalek::VerifyingKey::from_bytes(&arr)
                .map(PublicKey::Ed25519)
                .map_err(|_| KeyProblem::NotOnCurve { curve: "Ed25519" })
        }
        KeyType::P256 => match bytes.len() {
            33 | 65 => p256::ecdsa::VerifyingKey::from_sec1_bytes(bytes)
                .map(PublicKey::P256)
                .map_err(|_| KeyProblem::NotOnCurve { curve: "P-256" }),
            n => Err(KeyProblem::WrongLength {
                got: n,
                want: "a raw P-256 key is 65 bytes (04‖x‖y) or 33 compressed",
            }),
        },
        KeyType::P384 => match bytes.len() {
            49 | 97 => p384::ecdsa::VerifyingKey::from_sec1_bytes(bytes)
                .map(PublicKey::P384)
                .map_err(|_| KeyProblem::NotOnCurve { curve: "P-384" }),
            n => Err(KeyProblem::WrongLength {
                got: n,
                want: "a raw P-384 key is 97 bytes (04‖x‖y) or 49 compressed",
            }),
        },
        KeyType::Rsa => {
            rsa::PublicKey::from_pkcs1_der(bytes).map(|k| PublicKey::Rsa(Box::new(k))).map_err(|_| {
                KeyProblem::Unreadable(
                    "an RSA key is a PEM, a JWK or the DER of a SubjectPublicKeyInfo or PKCS#1 key".into(),
                )
            })
        }
    }
}

/// Bytes read from DER: an SPKI of the right type, or the type named when it is another.
fn from_der_or_raw(
    bytes: &[u8],
    want: KeyType,
    base64: bool,
    raw: KeyReading,
) -> Result<(PublicKey, KeyReading), KeyProblem> {
    if let Some(k) = from_spki(bytes) {
        return checked(k, want).map(|k| (k, KeyReading::SpkiDer { base64 }));
    }
    from_raw(bytes, want).map(|k| (k, raw))
}

fn checked(k: PublicKey, want: KeyType) -> Result<PublicKey, KeyProblem> {
    if k.key_type() == want {
        Ok(k)
    } else {
        Err(KeyProblem::WrongType { found: k.key_type(), want })
    }
}

fn b64u(s: &str) -> Option<Vec<u8>> {
    decode_base64(s, Alphabet::UrlSafe).ok()
}

/// One JWK (a JSON object) as a public key.
fn from_jwk(jwk: &serde_json::Value) -> Result<PublicKey, KeyProblem> {
    let s = |k: &str| jwk.get(k).and_then(|v| v.as_str());
    if jwk.get("d").is_some() {
        return Err(KeyProblem::PrivateKey { what: "a JWK with the private member d".into() });
    }
    let bad = |what: &str| KeyProblem::Unreadable(format!("the JWK's {what} is missing or not Base64url"));
    match (s("kty"), s("crv")) {
        (Some("OKP"), Some("Ed25519")) => {
            from_raw(&s("x").and_then(b64u).ok_or_else(|| bad("x"))?, KeyType::Ed25519)
        }
        (Some("EC"), Some(crv @ ("P-256" | "P-384"))) => {
            let x = s("x").and_then(b64u).ok_or_else(|| bad("x"))?;
            let y = s("y").and_then(b64u).ok_or_else(|| bad("y"))?;
            let point = [&[4u8][..], &x, &y].concat();
            from_raw(&point, if crv == "P-256" { KeyType::P256 } else { KeyType::P384 })
        }
        (Some("RSA"), _) => {
            let n = s("n").and_then(b64u).ok_or_else(|| bad("n"))?;
            let e = s("e").and_then(b64u).ok_or_else(|| bad("e"))?;
            let unsigned = |v: &[u8]| {
                v.iter().position(|b| *b != 0).map_or(&v[v.len().saturating_sub(1)..], |i| &v[i..]).to_vec()
            };
            let (n, e) = (unsigned(&n), unsigned(&e));
            let key = pkcs1::RsaPublicKey {
                modulus: der::asn1::UintRef::new(&n).map_err(|_| bad("n"))?,
                public_exponent: der::asn1::UintRef::new(&e).map_err(|_| bad("e"))?,
            };
            rsa::PublicKey::try_from(key).map(|k| PublicKey::Rsa(Box::new(k))).map_err(|_| bad("n or e"))
        }
        (Some("oct"), _) => {
            Err(KeyProblem::Unreadable("this JWK is a symmetric (oct) key, not a public key".into()))
        }
        (kty, crv) => Err(KeyProblem::Unreadable(format!(
            "the JWK has kty {} and crv {}; supported: OKP Ed25519, EC P-256/P-384, RSA",
            kty.unwrap_or("(none)"),
            crv.unwrap_or("(none)")
        ))),
    }
}

/// A JWK or a JWKS (`{"keys": […]}`, picked by `kid`).
fn from_json(
    json: &serde_json::Value,
    want: KeyType,
    kid: Option<&str>,
) -> Result<(PublicKey, KeyReading), KeyProblem> {
    // Plaid's /webhook_verification_key/get response holds the JWK under "key".
    if let Some(inner) = json.get("key").filter(|k| k.is_object()) {
        return from_json(inner, want, kid);
    }
    let Some(keys) = json.get("keys").and_then(|k| k.as_array()) else {
        let k = checked(from_jwk(json)?, want)?;
        return Ok((
            k,
            KeyReading::Jwk { kid: json.get("kid").and_then(|k| k.as_str()).map(str::to_string) },
        ));
    };
    let kid_of = |k: &serde_json::Value| k.get("kid").and_then(|v| v.as_str()).map(str::to_string);
    let chosen: Vec<&serde_json::Value> = match kid {
        Some(kid) => keys.iter().filter(|k| kid_of(k).as_deref() == Some(kid)).collect(),
        None => keys.iter().collect(),
    };
    if chosen.is_empty() {
        if let Some(kid) = kid {
            return Err(KeyProblem::KidNotFound {
                kid: kid.to_string(),
                present: keys.iter().filter_map(kid_of).collect(),
            });
        }
        return Err(KeyProblem::Unreadable("the JWKS has no keys".into()));
    }
    let mut last = KeyProblem::Unreadable("no key of the JWKS fits".into());
    for k in chosen {
        match from_jwk(k).and_then(|key| checked(key, want)) {
            Ok(key) => return Ok((key, KeyReading::Jwk { kid: kid_of(k) })),
            Err(e) => last = e,
        }
    }
    Err(last)
}

fn from_pem(text: &str, want: KeyType) -> Result<(PublicKey, KeyReading), KeyProblem> {
    let (label, der) = pem_rfc7468::decode_vec(text.as_bytes())
        .map_err(|e| KeyProblem::Unreadable(format!("the PEM block is broken ({e})")))?;
    let reading = KeyReading::Pem(label.to_string());
    let key = match label {
        "PUBLIC KEY" => from_spki(&der).ok_or_else(|| {
            KeyProblem::Unreadable("the PEM PUBLIC KEY holds no Ed25519, P-256, P-384 or RSA key".into())
        })?,
        "RSA PUBLIC KEY" => rsa::PublicKey::from_pkcs1_der(&der)
            .map(|k| PublicKey::Rsa(Box::new(k)))
            .map_err(|_| KeyProblem::Unreadable("the PEM RSA PUBLIC KEY is not a PKCS#1 key".into()))?,
        "CERTIFICATE" => {
            use der::{Decode, Encode};
            let cert = x509_cert::Certificate::from_der(&der)
                .map_err(|e| KeyProblem::Unreadable(format!("the certificate cannot be read ({e})")))?;
            let spki =
                cert.tbs_certificate().subject_public_key_info().to_der().map_err(|e| {
                    KeyProblem::Unreadable(format!("the certificate's key cannot be read ({e})"))
                })?;
            from_spki(&spki).ok_or_else(|| {
                KeyProblem::Unreadable("the certificate's key is not Ed25519, P-256, P-384 or RSA".into())
            })?
        }
        l if l.contains("PRIVATE KEY") => return Err(KeyProblem::PrivateKey { what: format!("a PEM {l}") }),
        l => return Err(KeyProblem::Unreadable(format!("a PEM {l} is not a public key"))),
    };
    checked(key, want).map(|k| (k, reading))
}

/// What the text is when it is plainly not a public key.
pub fn not_a_key(t: &str) -> Option<KeyProblem> {
    if t.contains("PRIVATE KEY-----") {
        let label =
            t.split("-----BEGIN ").nth(1).and_then(|r| r.split("-----").next()).unwrap_or("PRIVATE KEY");
        return Some(KeyProblem::PrivateKey { what: format!("a PEM {label}") });
    }
    if t.starts_with("whsk_") {
        return Some(KeyProblem::PrivateKey { what: "a whsk_ signing key".into() });
    }
    for prefix in ["whsec_", "v1,whsec_"] {
        if t.starts_with(prefix) {
            return Some(KeyProblem::HmacSecret { prefix: prefix.into() });
        }
    }
    if t.len() >= 17 && t.len() <= 20 && t.bytes().all(|b| b.is_ascii_digit()) {
        return Some(KeyProblem::ApplicationId);
    }
    let parts: Vec<&str> = t.trim_start_matches("Bot ").split('.').collect();
    if parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
    {
        if t.starts_with("eyJ") {
            return Some(KeyProblem::Jwt);
        }
        let first = b64u(parts[0]).unwrap_or_default();
        if !first.is_empty() && first.iter().all(|b| b.is_ascii_digit()) {
            return Some(KeyProblem::BotToken);
        }
    }
    None
}

/// Every way the text reads as a public key of type `want`, the most likely first (hex
/// before Base64 for text that is both), or why none does.
pub fn readings(
    text: &str,
    want: KeyType,
    kid: Option<&str>,
) -> Result<Vec<(PublicKey, KeyReading)>, KeyProblem> {
    let t = text.trim();
    if t.is_empty() {
        return Err(KeyProblem::Empty);
    }
    if let Some(p) = not_a_key(t) {
        return Err(p);
    }
    if t.starts_with("-----BEGIN") {
        return from_pem(t, want).map(|r| vec![r]);
    }
    if t.starts_with('{') {
        let json: serde_json::Value = serde_json::from_str(t)
            .map_err(|e| KeyProblem::Unreadable(format!("it starts like a JWK but is not JSON ({e})")))?;
        return from_json(&json, want, kid).map(|r| vec![r]);
    }
    if let Some(rest) = t.strip_prefix("whpk_") {
        let bytes = decode_base64(rest, Alphabet::Standard)
            .map_err(|e| KeyProblem::Unreadable(format!("after whpk_ the key is {e}")))?;
        return from_raw(&bytes, want).map(|k| vec![(k, KeyReading::Whpk)]);
    }
    let compact: String = t.split_whitespace().collect();
    let mut out = Vec::new();
    let mut first_problem = None;
    let hex = decode_hex(&compact).ok();
    if let Some(bytes) = &hex {
        match from_der_or_raw(bytes, want, false, KeyReading::Hex) {
            Ok(r) => out.push(r),
            Err(e) => first_problem = Some(e),
        }
    }
    let alphabet = if compact.contains(['-', '_']) { Alphabet::UrlSafe } else { Alphabet::Standard };
    match decode_base64(&compact, alphabet) {
        Ok(bytes) => match from_der_or_raw(&bytes, want, true, KeyReading::Base64) {
            Ok(r) => out.push(r),
            Err(e) => {
                first_problem.get_or_insert(e);
            }
        },
        Err(e) if hex.is_none() => {
            first_problem
                .get_or_insert(KeyProblem::Unreadable(format!("it is not hex, and as Base64 it is {e}")));
        }
        Err(_) => {}
    }
    if out.is_empty() {
        Err(first_problem.unwrap_or_else(|| KeyProblem::Unreadable("it is neither hex nor Base64".into())))
    } else {
        Ok(out)
    }
}
