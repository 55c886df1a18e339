//! Public-key signatures: Ed25519, ECDSA P-256/P-384, RSA PKCS#1 v1.5 and PSS. Keys and
//! signatures are read from what users paste ([`key`], [`signature`]); [`verify`] checks one
//! signature; [`check`] verifies a public-key preset's request (and the worker's HMAC
//! schemes') and, when it fails, searches for the mistake ([`diagnose`]).
//!
//! Only the worker and the tests call into this module: the page hands public-key presets to
//! the worker, so the curve and RSA code stays out of the page's own wasm.

pub mod check;
pub mod diagnose;
pub mod key;
pub mod signature;

use crate::engine::Algorithm;
use std::fmt;

/// The kind of key a scheme verifies with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyType {
    Ed25519,
    P256,
    P384,
    Rsa,
}

impl KeyType {
    /// "an Ed25519", "a P-256 (ECDSA)", … for sentences.
    pub fn article(self) -> &'static str {
        match self {
            KeyType::Ed25519 => "an Ed25519",
            KeyType::P256 => "a P-256 (ECDSA)",
            KeyType::P384 => "a P-384 (ECDSA)",
            KeyType::Rsa => "an RSA",
        }
    }
}

/// A public key that was read.
#[derive(Clone, Debug)]
pub enum PublicKey {
    Ed25519(ed25519_dalek::VerifyingKey),
    P256(p256::ecdsa::VerifyingKey),
    P384(p384::ecdsa::VerifyingKey),
    Rsa(Box<rsa::PublicKey>),
}

impl PublicKey {
    pub fn key_type(&self) -> KeyType {
        match self {
            PublicKey::Ed25519(_) => KeyType::Ed25519,
            PublicKey::P256(_) => KeyType::P256,
            PublicKey::P384(_) => KeyType::P384,
            PublicKey::Rsa(_) => KeyType::Rsa,
        }
    }
}

/// A signature algorithm.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PkAlg {
    Ed25519,
    /// ECDSA on P-256 with SHA-256.
    Es256,
    /// ECDSA on P-384 with SHA-384.
    Es384,
    /// RSASSA-PKCS1-v1_5 with this hash (SHA-256/384/512, or SHA-1 where a provider still
    /// signs with it: Amazon SNS's SignatureVersion 1).
    RsaPkcs1(Algorithm),
    /// RSASSA-PSS with this hash, salt as long as the hash.
    RsaPss(Algorithm),
}

impl PkAlg {
    pub fn key_type(self) -> KeyType {
        match self {
            PkAlg::Ed25519 => KeyType::Ed25519,
            PkAlg::Es256 => KeyType::P256,
            PkAlg::Es384 => KeyType::P384,
            PkAlg::RsaPkcs1(_) | PkAlg::RsaPss(_) => KeyType::Rsa,
        }
    }

    /// The JWS name (RFC 7518, RFC 8037) of the algorithm.
    pub fn jws_name(self) -> &'static str {
        match self {
            PkAlg::Ed25519 => "EdDSA",
            PkAlg::Es256 => "ES256",
            PkAlg::Es384 => "ES384",
            PkAlg::RsaPkcs1(Algorithm::Sha384) => "RS384",
            PkAlg::RsaPkcs1(Algorithm::Sha512) => "RS512",
            // Not a JWS algorithm: the name some libraries give SHA-1 with RSA (Amazon SNS v1).
            PkAlg::RsaPkcs1(Algorithm::Sha1) => "RS1",
            PkAlg::RsaPkcs1(_) => "RS256",
            PkAlg::RsaPss(Algorithm::Sha384) => "PS384",
            PkAlg::RsaPss(Algorithm::Sha512) => "PS512",
            PkAlg::RsaPss(_) => "PS256",
        }
    }

    /// Every algorithm supported here.
    pub const ALL: [PkAlg; 9] = [
        PkAlg::Ed25519,
        PkAlg::Es256,
        PkAlg::Es384,
        PkAlg::RsaPkcs1(Algorithm::Sha256),
        PkAlg::RsaPkcs1(Algorithm::Sha384),
        PkAlg::RsaPkcs1(Algorithm::Sha512),
        PkAlg::RsaPss(Algorithm::Sha256),
        PkAlg::RsaPss(Algorithm::Sha384),
        PkAlg::RsaPss(Algorithm::Sha512),
    ];

    /// The algorithm a JWS header's `alg` names, when it is a public-key one supported here.
    pub fn from_jws(name: &str) -> Option<PkAlg> {
        PkAlg::ALL.into_iter().find(|a| a.jws_name() == name || (name == "Ed25519" && *a == PkAlg::Ed25519))
    }
}

/// "SHA-256" for the hash an RSA signature uses.
fn hash_name(h: Algorithm) -> &'static str {
    match h {
        Algorithm::Sha384 => "SHA-384",
        Algorithm::Sha512 => "SHA-512",
        Algorithm::Sha1 => "SHA-1",
        _ => "SHA-256",
    }
}

impl fmt::Display for PkAlg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PkAlg::Ed25519 => write!(f, "Ed25519"),
            PkAlg::Es256 => write!(f, "ECDSA P-256 with SHA-256"),
            PkAlg::Es384 => write!(f, "ECDSA P-384 with SHA-384"),
            PkAlg::RsaPkcs1(h) => write!(f, "RSA PKCS#1 v1.5 with {}", hash_name(*h)),
            PkAlg::RsaPss(h) => write!(f, "RSA-PSS with {}", hash_name(*h)),
        }
    }
}

/// How ECDSA signature bytes are laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EcdsaForm {
    /// ASN.1 DER `SEQUENCE { r, s }` (OpenSSL, Java, SendGrid).
    Der,
    /// `r‖s`, fixed length (JWS, WebCrypto).
    Raw,
}

/// Verifies `sig` over `msg`. ECDSA signatures are read in `form`; anything malformed is
/// simply not valid. Never panics.
pub fn verify(key: &PublicKey, alg: PkAlg, msg: &[u8], sig: &[u8], form: EcdsaForm) -> bool {
    use rsa::signature::Verifier;
    match (key, alg) {
        (PublicKey::Ed25519(k), PkAlg::Ed25519) => {
            ed25519_dalek::Signature::from_slice(sig).is_ok_and(|s| k.verify(msg, &s).is_ok())
        }
        (PublicKey::P256(k), PkAlg::Es256) => {
            let s = match form {
                EcdsaForm::Der => p256::ecdsa::Signature::from_der(sig),
                EcdsaForm::Raw => p256::ecdsa::Signature::from_slice(sig),
            };
            s.is_ok_and(|s| k.verify(msg, &s).is_ok())
        }
        (PublicKey::P384(k), PkAlg::Es384) => {
            let s = match form {
                EcdsaForm::Der => p384::ecdsa::Signature::from_der(sig),
                EcdsaForm::Raw => p384::ecdsa::Signature::from_slice(sig),
            };
            s.is_ok_and(|s| k.verify(msg, &s).is_ok())
        }
        (PublicKey::Rsa(k), PkAlg::RsaPkcs1(h)) => {
            let Ok(s) = rsa::pkcs1v15::Signature::try_from(sig) else { return false };
            let k = (**k).clone();
            match h {
                Algorithm::Sha384 => {
                    rsa::pkcs1v15::VerifyingKey::<sha2::Sha384>::new(k).verify(msg, &s).is_ok()
                }
                Algorithm::Sha512 => {
                    rsa::pkcs1v15::VerifyingKey::<sha2::Sha512>::new(k).verify(msg, &s).is_ok()
                }
                Algorithm::Sha1 => rsa::pkcs1v15::VerifyingKey::<sha1::Sha1>::new(k).verify(msg, &s).is_ok(),
                _ => rsa::pkcs1v15::VerifyingKey::<sha2::Sha256>::new(k).verify(msg, &s).is_ok(),
            }
        }
        (PublicKey::Rsa(k), PkAlg::RsaPss(h)) => {
            let Ok(s) = rsa::pss::Signature::try_from(sig) else { return false };
            let k = (**k).clone();
            match h {
                Algorithm::Sha384 => {
                    rsa::pss::VerifyingKey::<sha2::Sha384>::new_with_auto_salt_len(k).verify(msg, &s).is_ok()
                }
                Algorithm::Sha512 => {
                    rsa::pss::VerifyingKey::<sha2::Sha512>::new_with_auto_salt_len(k).verify(msg, &s).is_ok()
                }
                _ => {
                    rsa::pss::VerifyingKey::<sha2::Sha256>::new_with_auto_salt_len(k).verify(msg, &s).is_ok()
                }
            }
        }
        _ => false,
    }
}
