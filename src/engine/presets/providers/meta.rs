//! Meta (Facebook, Instagram, WhatsApp Cloud API, Messenger): `X-Hub-Signature-256:
//! sha256=<hex>` over the raw payload, keyed with the App Secret.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "meta",
    name: "Meta / WhatsApp / Instagram / Messenger",
    secret_label: "App secret",
    signature_label: "X-Hub-Signature-256",
    signature_header: Some("X-Hub-Signature-256"),
    signature_format: SigFormat::Plain { prefix: "sha256=" },
    detect: &["x-hub-signature-256"],
    category: Category::Messaging,
    handshake: Some(Handshake {
        label: "hub.challenge",
        request: "GET ?hub.mode=subscribe&hub.verify_token=…&hub.challenge=… when the callback URL is saved: check hub.verify_token is yours, then answer with hub.challenge.",
        answer: Answer::Text,
        from: Challenge::Query {
            param: "hub.challenge",
            token: Some(("hub.verify_token", "WEBHOOK_VERIFY_TOKEN")),
        },
    }),
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "Meta signs the payload with non-ASCII escaped as lowercase \\uXXXX (äöå → \\u00e4\\u00f6\\u00e5): hash the raw bytes, never a decoded and re-encoded body.",
    "The key is the App Secret, not the verify token or an access token.",
    "X-Hub-Signature (sha1=) is the legacy header with HMAC-SHA1.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "app_secret",
    body: "{\"text\":\"\\u00e4\\u00f6\\u00e5\"}",
    signature: "sha256=9d9c307fc216aea4c1f52ce87c47e7f0c570aa837887d3c8ddef2734a6dc7c3e",
    fields: &[],
    source: "Derived, from the provider's documented scheme",
    derived: true,
    mistake: None,
};

/// Credentials of another kind pasted where the App Secret belongs.
pub const SHAPES: &[Shape] = &[Shape {
    starts: &["EAA"],
    min_len: 40,
    says: "Key looks like a Meta access token (EAA…), not the App Secret: Meta signs with the App Secret (App Dashboard → App settings → Basic → App secret), 32 hex digits.",
}];
