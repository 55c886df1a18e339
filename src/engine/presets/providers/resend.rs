//! Resend: Standard Webhooks signatures sent with Svix's headers.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "resend",
    name: "Resend webhook (Svix)",
    // Recognised from its headers as Standard Webhooks, the same scheme.
    detect: &[],
    category: Category::Messaging,
    ..super::standard_webhooks::PRESET
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "Resend sends svix-id, svix-timestamp and svix-signature: a pasted request is recognised as Standard Webhooks / Svix, the same scheme.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = super::standard_webhooks::ERROR_TEXT;

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    source: "Svix's official vector (resend-node verifies with standardwebhooks)",
    derived: true,
    // Svix's official vector, as for Standard Webhooks.
    ..super::standard_webhooks::EXAMPLE
};
