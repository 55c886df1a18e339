//! Dropbox: `X-Dropbox-Signature` = hex HMAC-SHA256 of the raw body with the app secret.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "dropbox",
    name: "Dropbox webhook",
    secret_label: "App secret",
    signature_label: "X-Dropbox-Signature",
    signature_header: Some("X-Dropbox-Signature"),
    detect: &["x-dropbox-signature"],
    category: Category::Productivity,
    handshake: Some(Handshake {
        label: "challenge",
        request: "GET ?challenge=… when the webhook URI is added: answer with the challenge, as text/plain with X-Content-Type-Options: nosniff.",
        answer: Answer::Text,
        from: Challenge::Query { param: "challenge", token: None },
    }),
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "the_secret",
    body: "{\"delta\": {\"users\": [12345]}}",
    signature: "0a8c16b085420b960dc78664279fe09e936a2a01b1f91064869d9e77dfd64529",
    fields: &[],
    source: "hapi-dropbox-webhooks test/index.js (a third-party library's test)",
    derived: false,
    mistake: None,
};
