//! Microsoft Teams outgoing webhooks: `Authorization: HMAC <base64>` — HMAC-SHA256 of the body keyed with the Base64-decoded security token.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "teams",
    name: "Microsoft Teams outgoing webhook",
    secret_label: "Security token",
    key: KeyHandling::WhsecBase64,
    output: OutputEncoding::Base64,
    signature_label: "Authorization",
    signature_header: Some("Authorization"),
    signature_format: SigFormat::Plain { prefix: "HMAC " },
    detect: &[],
    category: Category::Messaging,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "The security token is Base64: decode it to get the key (using its text is the classic mistake).",
    "The reply must be a message activity, e.g. {\"type\":\"message\",\"text\":\"…\"}, within 5 s.",
    "The signature travels in Authorization, which other requests carry too: choose this preset yourself.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "vqF0En+Z0ucuRTM/01o2GuhMH3hKKk/N2bOmlM31zaA=",
    body: "{\"type\":\"message\",\"text\":\"<at>Bot</at> hello\"}",
    signature: "HMAC NFJ/F4oE3MimwSbEE6PUFDgawiB3QuNNLzRi9lGzu6w=",
    fields: &[],
    source: "Derived (providers-2 §1.14) with the key of OfficeDev/microsoft-teams-sample-outgoing-webhook",
    derived: true,
    mistake: None,
};
