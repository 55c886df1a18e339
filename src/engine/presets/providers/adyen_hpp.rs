//! Adyen key-value signing (hosted payment pages and other requests): Base64 HMAC-SHA256 with
//! the hex-decoded key over the sorted keys, then the values, joined with `:` and escaped
//! (`\` → `\\`, `:` → `\:`). The page takes that signing string as built.
use crate::engine::language::Language;
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
    category: Category::Payments,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "Sort the keys, write all keys then all values, joined with ':'; escape '\\' as '\\\\' and ':' as '\\:' inside keys and values.",
    "The HMAC key is hex: decode it.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "DFB1EB5485895CFA84146406857104ABB4CBCABDC8AAF103A624C8F6A3EAAB00",
    body: "",
    signature: "34oR8T1whkQWTv9P+SzKyp8zhusf9n0dpqrm9nsqSJs=",
    fields: &[("signing_string", "countryCode:currencyCode:merchantAccount:merchantReference:paymentAmount:sessionValidity:skinCode:NL:EUR:MagentoMerchantTest2:TEST-PAYMENT-2017-02-01-14\\:02\\:05:199:2017-02-02T14\\:02\\:05+01\\:00:PKz2KML1")],
    source: "adyen-node-api-library hmacValidator test",
    derived: false,
    // Adyen's mistakes (an amount or a reference written differently) have no
    // generic form here: no mistake example.
    mistake: Some(&[]),
};

/// The programs of this provider's own (the result URL's parameters signed as sorted keys then
/// values, escaped), by language; only the code generator refers to them.
pub const PROGRAMS: [(Language, &str); 7] = super::programs_in!("adyen-hpp");
