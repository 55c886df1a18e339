//! CircleCI: `circleci-signature: v1=<hex>` — HMAC-SHA256 of the raw body.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "circleci",
    name: "CircleCI webhook",
    signature_label: "circleci-signature",
    signature_header: Some("circleci-signature"),
    signature_format: SigFormat::Plain { prefix: "v1=" },
    detect: &["circleci-signature"],
    category: Category::DeveloperTools,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &["Only v1 signatures are defined; the body's happened_at is the event time."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "cci_secret",
    body: "{\"id\":\"evt_1\",\"type\":\"test\"}",
    signature: "v1=18a20642116ac01a2322e91d63c5e6dea924e453c8e605915f81b407f3177527",
    fields: &[],
    source: "Derived (providers-2 §1.17); scheme from CircleCI-Public/webhooks-consumer",
    derived: true,
    mistake: None,
};
