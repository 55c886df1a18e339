//! Slack request signing: `X-Slack-Signature: v0=<hex>` over `v0:<timestamp>:<body>`.
use super::timestamp_field;
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "slack",
    name: "Slack request",
    secret_label: "Signing secret",
    fields: &[timestamp_field(Some("X-Slack-Request-Timestamp"))],
    message: &[Part::Lit("v0:"), Part::Field("timestamp"), Part::Sep(":"), Part::Body],
    signature_label: "X-Slack-Signature",
    signature_header: Some("X-Slack-Signature"),
    signature_format: SigFormat::Plain { prefix: "v0=" },
    timestamp: Some(TimestampRule {
        field: "timestamp",
        unit: TimeUnit::Seconds,
        tolerance_s: Some(300),
        both_directions: true,
    }),
    detect: &["x-slack-signature"],
    notes: &[
        "Slack bodies are usually form-encoded: hash them exactly as received, before any URL-decoding.",
    ],
    error_text: "Failed to verify authenticity: signature mismatch",
    ..BASE
};
