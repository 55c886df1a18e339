//! Xero: `x-xero-signature` = Base64 HMAC-SHA256 of the raw body with the webhook key as text.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "xero",
    name: "Xero webhook",
    secret_label: "Webhook key",
    output: OutputEncoding::Base64,
    signature_label: "x-xero-signature",
    signature_header: Some("x-xero-signature"),
    detect: &["x-xero-signature"],
    category: Category::Payments,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "Intent to Receive: Xero sends correctly and incorrectly signed requests; answer 200 to the first and 401 to the others, within 5 s, with an empty body.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "xeroWebhookKey+/ABC123==",
    body: "{\"events\":[],\"lastEventSequence\":0,\"firstEventSequence\":0,\"entropy\":\"S0m3r4Nd0mt3xt\"}",
    signature: "GzVobO+Sat3Cuv7t4+j363UTd9DRRa18T/M048xCsx4=",
    fields: &[],
    source: "Derived (providers-2 §1.6); scheme from developer.xero.com webhooks docs",
    derived: true,
    mistake: None,
};

/// Request shapes that tell something about a failure (the worker checks the body).
pub const CLUES: &[Clue] = &[Clue {
    on_mismatch: true,
    body_has: &["\"events\":[]", "\"entropy\""],
    says: "This is Xero's Intent to Receive check: Xero sends correctly and incorrectly signed requests with an empty events list, and this one is signed incorrectly on purpose. Your endpoint must answer it with 401 Unauthorized (and the correctly signed ones with 200), so a mismatch here is right.",
}];
