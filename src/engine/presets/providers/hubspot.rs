//! HubSpot v3: `X-HubSpot-Signature-v3` = Base64 HMAC-SHA256 of method + URI + body + timestamp (ms).
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "hubspot",
    name: "HubSpot webhook (v3)",
    secret_label: "Client secret",
    fields: &[
        FieldSpec { id: "method", label: "HTTP method", header: None, placeholder: "POST" },
        FieldSpec {
            id: "uri",
            label: "Request URI",
            header: None,
            placeholder: "https://www.example.com/webhook_uri",
        },
        FieldSpec {
            id: "timestamp",
            label: "X-HubSpot-Request-Timestamp",
            header: Some("X-HubSpot-Request-Timestamp"),
            placeholder: "1700000000000",
        },
    ],
    message: &[Part::Field("method"), Part::Field("uri"), Part::Body, Part::Field("timestamp")],
    output: OutputEncoding::Base64,
    signature_label: "X-HubSpot-Signature-v3",
    signature_header: Some("X-HubSpot-Signature-v3"),
    timestamp: Some(TimestampRule {
        field: "timestamp",
        unit: TimeUnit::Milliseconds,
        tolerance_s: Some(300),
        both_directions: false,
    }),
    detect: &["x-hubspot-signature-v3", "x-hubspot-request-timestamp"],
    sources: &[("method", Source::Method), ("uri", Source::Url)],
    category: Category::Productivity,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] =
    &["The timestamp is in milliseconds.", "v1 and v2 are plain SHA-256 hashes, not HMACs."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy",
    body: "{'example_field':'example_value'}",
    signature: "HPW73RUtKmcYoEDADG0s6MmGFWUzWJKAW07r8RDgcQw=",
    fields: &[("method", "POST"), ("uri", "https://www.example.com/webhook_uri"), ("timestamp", "15000000")],
    source: "HubSpot/hubspot-api-python tests/spec/utils/test_signature.py (v3)",
    derived: false,
    // The URI rebuilt as http:// behind a TLS-terminating proxy.
    mistake: Some(&[("uri", "http://www.example.com/webhook_uri")]),
};
