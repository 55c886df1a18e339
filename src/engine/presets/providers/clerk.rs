//! Clerk: Standard Webhooks signatures sent with Svix's svix-id, svix-timestamp and svix-signature headers.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "clerk",
    name: "Clerk webhook (Svix)",
    // Recognised from its headers as Standard Webhooks, the same scheme.
    detect: &[],
    category: Category::Identity,
    ..super::standard_webhooks::PRESET
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "Clerk sends svix-id, svix-timestamp and svix-signature: a pasted request is recognised as Standard Webhooks / Svix, the same scheme.",
    "The key is CLERK_WEBHOOK_SIGNING_SECRET (whsec_…), Base64-decoded after the prefix.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "Unable to verify incoming webhook";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    source: "Svix's official vector (Clerk verifies with standardwebhooks)",
    derived: true,
    // Svix's official vector, as for Standard Webhooks.
    ..super::standard_webhooks::EXAMPLE
};
