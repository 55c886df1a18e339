//! Bitbucket Cloud: `X-Hub-Signature: sha256=<hex>` — HMAC-SHA256 of the raw body (SHA-256 under the header name GitHub uses for SHA-1).
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "bitbucket",
    name: "Bitbucket Cloud webhook",
    signature_label: "X-Hub-Signature",
    signature_header: Some("X-Hub-Signature"),
    signature_format: SigFormat::Plain { prefix: "sha256=" },
    detect: &["x-event-key", "x-hook-uuid"],
    category: Category::DeveloperTools,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "Bitbucket's X-Hub-Signature is SHA-256 (its value starts with sha256=); GitHub's header of the same name is SHA-1.",
    "No signature is sent until a secret is set on the webhook.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "bb_secret",
    body: "{\"id\":\"evt_1\",\"type\":\"test\"}",
    signature: "sha256=500570a40c8091944422ffc1de743afb5cfc9d0a1589fa6b21aae2e0689e687c",
    fields: &[],
    source: "Derived (providers-2 §1.1); scheme from Bitbucket's \"enhanced webhook security\" announcement",
    derived: true,
    mistake: None,
};
