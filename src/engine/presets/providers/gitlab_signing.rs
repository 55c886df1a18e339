//! GitLab webhooks with a signing token: Standard Webhooks signatures (webhook-id, webhook-timestamp, webhook-signature).
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "gitlab-signing",
    name: "GitLab webhook (signing token)",
    // Recognised from its headers as Standard Webhooks, the same scheme.
    detect: &[],
    category: Category::DeveloperTools,
    ..super::standard_webhooks::PRESET
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "A pasted request is recognised as Standard Webhooks, the same scheme.",
    "Webhooks with only a secret token send it as X-Gitlab-Token, compared as it is: there is no HMAC then.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = super::standard_webhooks::ERROR_TEXT;

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "whsec_dGVzdHRlc3R0ZXN0dGVzdHRlc3R0ZXN0dGVzdHRlc3Q=",
    body: "{\"id\":\"evt_1\",\"type\":\"test\"}",
    signature: "v1,dHjESGZHXLWx5HstbRKTaNcUl0qBwmwYiSVNpeQxCNs=",
    fields: &[("id", "0b5a9e5f-1f2c-4d9e-8f00-000000000001"), ("timestamp", "1700000000")],
    source: "Derived (providers-2 §1.2); scheme from GitLab MR !230944 (Standard Webhooks)",
    derived: true,
    mistake: None,
};
