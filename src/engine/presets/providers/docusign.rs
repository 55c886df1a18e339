//! DocuSign Connect: `X-DocuSign-Signature-1` = Base64 HMAC-SHA256 of the raw body, the key used as text.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "docusign",
    name: "DocuSign Connect (HMAC)",
    secret_label: "HMAC key",
    output: OutputEncoding::Base64,
    signature_label: "X-DocuSign-Signature-1",
    signature_header: Some("X-DocuSign-Signature-1"),
    detect: &["x-docusign-signature-1"],
    category: Category::Productivity,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "The key looks like Base64 and ends with '=': it is used as text, not decoded — and the trailing '=' is easily lost when copied.",
    "X-DocuSign-Signature-2 … carry the same over the other active keys.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "dsHmacKeyExample1234567890abcdefghijklmnopq=",
    body: "{\"id\":\"evt_1\",\"type\":\"test\"}",
    signature: "xJtWM6dywvCC3i6egk/JF98dp8MVyuzejAYqtK6obT0=",
    fields: &[],
    source: "Derived (providers-2 §1.5); scheme from DocuSign's developer blog on Connect HMAC",
    derived: true,
    mistake: None,
};
