//! What the emitters write for a public-key scheme instead of an HMAC: the provider's public
//! key read from `WEBHOOK_PUBLIC_KEY` (raw Ed25519 keys given the SPKI header the language's
//! key loader expects), and the signature verified over the string-to-sign.

use super::Language;
use crate::engine::presets::types::{KeyForm, PkSpec};
use crate::engine::pubkey::signature::SigText;
use crate::engine::pubkey::PkAlg;

/// The DER header of an Ed25519 SubjectPublicKeyInfo, before the 32 raw key bytes (RFC 8410).
pub const ED25519_SPKI_PREFIX: &str = "302a300506032b6570032100";

/// Whether the key is the raw Ed25519 key (else a DER SubjectPublicKeyInfo in Base64).
pub fn raw_key(spec: &PkSpec) -> bool {
    !matches!(spec.key, KeyForm::SpkiBase64 | KeyForm::PemOrJwk)
}

/// The name of the hash ECDSA uses ("SHA256"), or `None` for Ed25519.
pub fn ecdsa_hash(spec: &PkSpec) -> Option<&'static str> {
    match spec.alg {
        PkAlg::Es256 => Some("SHA256"),
        PkAlg::Es384 => Some("SHA384"),
        _ => None,
    }
}

/// The expression, in `lang`, for the key bytes given the trimmed key text `text` (raw key
/// bytes, or SPKI DER).
pub fn key_bytes(lang: Language, spec: &PkSpec, text: &str) -> String {
    let strip = |s: &str| match (spec.key, lang) {
        (KeyForm::Whpk, Language::Node) => format!("{s}.replace(/^whpk_/, '')"),
        (KeyForm::Whpk, Language::Python) => format!("{s}.removeprefix('whpk_')"),
        (KeyForm::Whpk, Language::Ruby) => format!("{s}.delete_prefix('whpk_')"),
        (KeyForm::Whpk, Language::Php) => format!("preg_replace('/^whpk_/', '', {s})"),
        (KeyForm::Whpk, Language::Go) => format!("strings.TrimPrefix({s}, \"whpk_\")"),
        (KeyForm::Whpk, Language::Rust) => format!("{s}.trim_start_matches(\"whpk_\")"),
        (KeyForm::Whpk, Language::Java) => format!("{s}.replaceFirst(\"^whpk_\", \"\")"),
        _ => s.to_string(),
    };
    let t = strip(text);
    let hex = spec.key == KeyForm::Hex;
    match lang {
        Language::Node => format!("Buffer.from({t}, '{}')", if hex { "hex" } else { "base64" }),
        Language::Python => {
            if hex {
                format!("bytes.fromhex({t})")
            } else {
                format!("base64.b64decode({t})")
            }
        }
        Language::Ruby => {
            if hex {
                format!("[{t}].pack('H*')")
            } else {
                format!("{t}.unpack1('m')")
            }
        }
        Language::Php => {
            if hex {
                format!("(string) @hex2bin({t})")
            } else {
                format!("(string) base64_decode({t}, true)")
            }
        }
        Language::Go => {
            if hex {
                format!("hex.DecodeString({t})")
            } else {
                format!("base64.StdEncoding.DecodeString({t})")
            }
        }
        Language::Rust => {
            if hex {
                format!("hex::decode({t})")
            } else {
                format!("base64::engine::general_purpose::STANDARD.decode({t})")
            }
        }
        Language::Java => {
            if hex {
                format!("HexFormat.of().parseHex({t})")
            } else {
                format!("Base64.getDecoder().decode({t})")
            }
        }
    }
}

/// The expression, in `lang`, for a signature's bytes from its text `s`: strictly decoded
/// (Node's and Ruby's hex readers stop at garbage instead of failing, so the text is checked
/// first); garbage fails to decode or verify.
pub fn signature_bytes(lang: Language, spec: &PkSpec, s: &str) -> String {
    let hex = spec.signature == SigText::Hex;
    match lang {
        Language::Node => {
            if hex {
                format!("(/^([0-9a-fA-F]{{2}})*$/.test({s}) ? Buffer.from({s}, 'hex') : Buffer.alloc(0))")
            } else {
                format!("((b) => (b.toString('base64') === {s} ? b : Buffer.alloc(0)))(Buffer.from({s}, 'base64'))")
            }
        }
        Language::Python => {
            if hex {
                format!("bytes.fromhex({s})")
            } else {
                format!("base64.b64decode({s}, validate=True)")
            }
        }
        Language::Ruby => {
            if hex {
                format!("({s}.match?(/\\A(\\h\\h)*\\z/) ? [{s}].pack('H*') : '')")
            } else {
                format!("{s}.unpack1('m0')")
            }
        }
        Language::Php => {
            if hex {
                format!("@hex2bin({s})")
            } else {
                format!("base64_decode({s}, true)")
            }
        }
        Language::Go => {
            if hex {
                format!("hex.DecodeString({s})")
            } else {
                format!("base64.StdEncoding.DecodeString({s})")
            }
        }
        Language::Rust => {
            if hex {
                format!("hex::decode({s})")
            } else {
                format!("base64::engine::general_purpose::STANDARD.decode({s})")
            }
        }
        Language::Java => {
            if hex {
                format!("HexFormat.of().parseHex({s})")
            } else {
                format!("Base64.getDecoder().decode({s})")
            }
        }
    }
}
