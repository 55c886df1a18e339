//! X (Twitter) Account Activity / v2 webhooks: `x-twitter-webhooks-signature: sha256=<base64>` over the raw body, keyed with the consumer secret.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "twitter",
    name: "X (Twitter) webhook",
    secret_label: "Consumer secret",
    output: OutputEncoding::Base64,
    signature_label: "x-twitter-webhooks-signature",
    signature_header: Some("x-twitter-webhooks-signature"),
    signature_format: SigFormat::Plain { prefix: "sha256=" },
    detect: &["x-twitter-webhooks-signature"],
    category: Category::Messaging,
    handshake: Some(Handshake {
        label: "crc_token",
        request: "GET ?crc_token=… when the webhook is registered and every hour: answer with the HMAC of crc_token keyed with the consumer secret.",
        answer: Answer::Hmac { key: "response_token", prefix: "sha256=" },
        from: Challenge::Query { param: "crc_token", token: None },
    }),
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "The key is the app's consumer secret (API secret key), not a bearer or access token.",
    "The CRC check (GET ?crc_token=…) wants {\"response_token\": \"sha256=\" + Base64 HMAC-SHA256 of crc_token}.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "consumer_secret_xyz",
    body: "{\"id\":\"evt_1\",\"type\":\"test\"}",
    signature: "sha256=k5ERkl7GAslAdZNiq9z+H5FRxDZDmrMxxz9y7yHi2qU=",
    fields: &[],
    source: "Derived (providers-2 §1.15); scheme from twitterdev/account-activity-dashboard and docs.x.com",
    derived: true,
    mistake: None,
};
