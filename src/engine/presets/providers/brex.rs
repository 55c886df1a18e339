//! Brex: Standard Webhooks signatures (`Webhook-Id`, `Webhook-Timestamp`, `Webhook-Signature:
//! v1,<base64>`), keyed with the Base64-decoded secret that Brex's webhook secrets endpoint returns.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "brex",
    name: "Brex webhook",
    // Recognised from its headers as Standard Webhooks, the same scheme.
    detect: &[],
    category: Category::Payments,
    ..super::standard_webhooks::PRESET
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "Brex sends Webhook-Id, Webhook-Timestamp and Webhook-Signature: a pasted request is recognised as Standard Webhooks, the same scheme.",
    "The secret (GET /v1/webhooks/secrets) has no whsec_ prefix: it is Base64-decoded as is. During a rotation two secrets are live: try both.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
    source: "Svix's official vector with the secret as Brex hands it out (no whsec_)",
    derived: true,
    ..super::standard_webhooks::EXAMPLE
};
