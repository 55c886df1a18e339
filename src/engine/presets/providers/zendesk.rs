//! Zendesk: `X-Zendesk-Webhook-Signature` = Base64 HMAC-SHA256 of the timestamp followed by the body.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "zendesk",
    name: "Zendesk webhook",
    secret_label: "Signing secret",
    fields: &[FieldSpec {
        id: "timestamp",
        label: "X-Zendesk-Webhook-Signature-Timestamp",
        header: Some("X-Zendesk-Webhook-Signature-Timestamp"),
        placeholder: "2024-01-01T00:00:00Z",
    }],
    message: &[Part::Field("timestamp"), Part::Body],
    output: OutputEncoding::Base64,
    signature_label: "X-Zendesk-Webhook-Signature",
    signature_header: Some("X-Zendesk-Webhook-Signature"),
    detect: &["x-zendesk-webhook-signature"],
    category: Category::Productivity,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "Timestamp first, then the body, with nothing between them (one docs example signs them the other way round; the diagnosis tries both).",
    "Requests without a body sign the timestamp alone.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "zd_secret",
    body: "{\"id\":\"evt_1\",\"type\":\"test\"}",
    signature: "0baS1hiySsgxyKhjmppRTpTrg5GBWCv1B5hL59qfCtg=",
    fields: &[("timestamp", "2024-01-01T00:00:00Z")],
    source:
        "Derived (providers-2 §1.7); scheme from developer.zendesk.com \"Verifying webhook authenticity\"",
    derived: true,
    mistake: None,
};
