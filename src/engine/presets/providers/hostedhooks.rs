//! HostedHooks: `HostedHooks-Signature: t=<ts>,s=<hex>` = HMAC-SHA256 of `t + "." + body` with the
//! endpoint's signing secret (docs.hostedhooks.com, "Webhook Signatures").
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "hostedhooks",
    name: "HostedHooks webhook",
    secret_label: "Endpoint signing secret",
    message: &[Part::Field("timestamp"), Part::Sep("."), Part::Body],
    signature_label: "HostedHooks-Signature",
    signature_header: Some("HostedHooks-Signature"),
    signature_format: SigFormat::KeyValue { pair_sep: ',', ts: "t", sig: "s" },
    timestamp: Some(TimestampRule {
        field: "timestamp",
        unit: TimeUnit::Seconds,
        tolerance_s: None,
        both_directions: false,
    }),
    detect: &["hostedhooks-signature"],
    category: Category::WebhookPlatforms,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &["The signature is under s=, not v1=; a retry is signed afresh with a new t=."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "hostedhooks_endpoint_secret",
    body: "{\"event_type\":\"user.created\",\"data\":{\"id\":\"usr_1\"}}",
    signature: "t=1623436092,s=a244cbcc164fdf40627477e5d4758689e66816a98de68050d1ea3c0731dfe3de",
    fields: &[],
    source: "Derived (HostedHooks's signature docs; Node's crypto)",
    derived: true,
    mistake: None,
};
