//! Sanity GROQ webhooks: `sanity-webhook-signature: t=<ms>,v1=<base64url>` over `t + "." + body`.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "sanity",
    name: "Sanity webhook",
    message: &[Part::Field("timestamp"), Part::Sep("."), Part::Body],
    output: OutputEncoding::Base64Url,
    signature_label: "sanity-webhook-signature",
    signature_header: Some("sanity-webhook-signature"),
    signature_format: SigFormat::KeyValue { pair_sep: ',', ts: "t", sig: "v1" },
    timestamp: Some(TimestampRule {
        field: "timestamp",
        unit: TimeUnit::Milliseconds,
        tolerance_s: None,
        both_directions: false,
    }),
    detect: &["sanity-webhook-signature"],
    category: Category::Productivity,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &["The signature is URL-safe Base64 without padding.", "t is in milliseconds."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "Signature is invalid";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "test",
    body: "{\"_id\":\"resume\"}",
    signature: "t=1633519811129,v1=tLa470fx7qkLLEcMOcEUFuBbRSkGujyskxrNXcoh0N0",
    fields: &[],
    source: "sanity-io/webhook-toolkit test/signature.test.ts",
    derived: false,
    mistake: None,
};
