//! Adyen key-value signing (hosted payment pages and other requests): Base64 HMAC-SHA256 with
//! the hex-decoded key over the sorted keys, then the values, joined with `:` and escaped
//! (`\` → `\\`, `:` → `\:`). The page takes that signing string as built.
use crate::engine::presets::code::Language;
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "adyen-hpp",
    name: "Adyen key-value signature (HPP)",
    secret_label: "HMAC key (hex)",
    fields: &[FieldSpec {
        id: "signing_string",
        label: "Signing string",
        header: None,
        placeholder: "countryCode:currencyCode:…:NL:EUR:…",
    }],
    body_label: None,
    message: &[Part::Field("signing_string")],
    key: KeyHandling::Hex,
    output: OutputEncoding::Base64,
    signature_label: "merchantSig",
    notes: &[
        "Sort the keys, write all keys then all values, joined with ':'; escape '\\' as '\\\\' and ':' as '\\:' inside keys and values.",
        "The HMAC key is hex: decode it.",
    ],
    ..BASE
};

/// The programs of this provider's own (the result URL's parameters signed as sorted keys then
/// values, escaped), by language; only the code generator refers to them.
pub const PROGRAMS: [(Language, &str); 7] = super::programs_in!("adyen-hpp");
