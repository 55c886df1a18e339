//! Reading a signature from its text: hex, Base64 or Base64url, and for ECDSA DER or raw
//! `r‖s`.

use super::EcdsaForm;
use crate::engine::encoding::{decode_base64, decode_hex, Alphabet};
use std::fmt;

/// How a signature is written as text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SigText {
    Hex,
    Base64,
    Base64Url,
}

impl fmt::Display for SigText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SigText::Hex => "hex",
            SigText::Base64 => "Base64",
            SigText::Base64Url => "Base64url",
        })
    }
}

impl fmt::Display for EcdsaForm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            EcdsaForm::Der => "DER (ASN.1)",
            EcdsaForm::Raw => "raw r‖s",
        })
    }
}

/// Every way `text` decodes, the encoding `first` first.
pub fn decodings(text: &str, first: SigText) -> Vec<(SigText, Vec<u8>)> {
    let t = text.trim();
    let mut order = vec![first];
    for other in [SigText::Hex, SigText::Base64, SigText::Base64Url] {
        if other != first {
            order.push(other);
        }
    }
    let mut out: Vec<(SigText, Vec<u8>)> = Vec::new();
    for enc in order {
        let bytes = match enc {
            SigText::Hex => decode_hex(t).ok(),
            SigText::Base64 if !t.contains(['-', '_']) => decode_base64(t, Alphabet::Standard).ok(),
            SigText::Base64Url if !t.contains(['+', '/']) => decode_base64(t, Alphabet::UrlSafe).ok(),
            _ => None,
        };
        if let Some(b) = bytes.filter(|b| !b.is_empty()) {
            if !out.iter().any(|(_, o)| *o == b) {
                out.push((enc, b));
            }
        }
    }
    out
}

/// The signature in the scheme's own encoding, or why it does not decode.
pub fn decode(text: &str, enc: SigText) -> Result<Vec<u8>, String> {
    let t = text.trim();
    let r = match enc {
        SigText::Hex => decode_hex(t).map_err(|e| e.to_string()),
        SigText::Base64 => decode_base64(t, Alphabet::Standard).map_err(|e| e.to_string()),
        SigText::Base64Url => decode_base64(t, Alphabet::UrlSafe).map_err(|e| e.to_string()),
    };
    r.map_err(|e| format!("the signature is not {enc}: {e}"))
}
