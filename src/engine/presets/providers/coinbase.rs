//! Coinbase Commerce: `X-CC-Webhook-Signature` = hex HMAC-SHA256 of the raw body.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "coinbase",
    name: "Coinbase Commerce webhook",
    secret_label: "Shared secret",
    signature_label: "X-CC-Webhook-Signature",
    signature_header: Some("X-CC-Webhook-Signature"),
    detect: &["x-cc-webhook-signature"],
    category: Category::Payments,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "cc_secret",
    body: "{\"event\":{\"type\":\"charge:confirmed\"}}",
    signature: "03b4faad713b238bd88b44998a9feb060f778a9353d7f789f190b9f529b02017",
    fields: &[],
    source: "Derived, from the provider's documented scheme",
    derived: true,
    mistake: None,
};

/// The SDKs' error texts, the check behind each, and what it means (the worker recognises a
/// pasted one).
pub const ERRORS: &[SdkError] = &[SdkError {
    text: "No signatures found matching the expected signature … for payload",
    sdk: "coinbase-commerce-node",
    check: Check::Signature,
    means: "X-CC-Webhook-Signature did not equal the hex HMAC-SHA256 of the raw body with the shared secret; the text carries the signature and the payload it checked.",
    next: "Compare the payload in the text with the raw body: a re-serialized object shows there.",
}];
