//! Asana: `X-Hook-Signature` = hex HMAC-SHA256 of the raw body, keyed with the X-Hook-Secret of the handshake.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "asana",
    name: "Asana webhook",
    secret_label: "X-Hook-Secret",
    signature_label: "X-Hook-Signature",
    signature_header: Some("X-Hook-Signature"),
    detect: &["x-hook-signature"],
    category: Category::Productivity,
    handshake: Some(Handshake {
        label: "X-Hook-Secret (handshake request)",
        request: "POST with an X-Hook-Secret header when the webhook is created: answer 200 with the same header, and keep the secret (it keys X-Hook-Signature).",
        answer: Answer::Header("X-Hook-Secret"),
        from: Challenge::Header("X-Hook-Secret"),
    }),
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "The key is the X-Hook-Secret Asana sent in the handshake, which your endpoint must echo back in the same header.",
    "Heartbeats arrive as {\"events\":[]} and are signed too.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "asana_hook_secret",
    body: "{\"id\":\"evt_1\",\"type\":\"test\"}",
    signature: "107060b09b64e314b287dbe410b508722d8a21b0ba3cb8d55bc813a2a3d86626",
    fields: &[],
    source: "Derived (providers-2 §1.33)",
    derived: true,
    mistake: None,
};
