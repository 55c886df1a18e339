//! GitLab webhooks with a secret token: `X-Gitlab-Token` carries the token itself (no HMAC);
//! the receiver compares it with the one configured on the hook.
use crate::engine::language::Language;
use crate::engine::presets::token;
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "gitlab",
    name: "GitLab webhook (secret token)",
    secret_label: "Secret token",
    signature_label: "X-Gitlab-Token",
    signature_header: Some("X-Gitlab-Token"),
    detect: &["x-gitlab-token"],
    produced_label: Some("X-Gitlab-Token to expect"),
    category: Category::DeveloperTools,
    ..token::AUTHORIZATION
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "A shared token, not a signature: X-Gitlab-Token is the secret token itself. An HMAC of the body never matches it; compare the two as text, in constant time.",
    "Whoever sees one request can send others: keep the endpoint on HTTPS, and use a signing token (the GitLab webhook (signing token) preset) where your GitLab offers one.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "gitlab-hook-secret-token",
    body: "",
    signature: "gitlab-hook-secret-token",
    fields: &[],
    source: "Derived (GitLab's webhook docs: the header is the token)",
    derived: true,
    mistake: None,
};

pub const PROGRAMS: [(Language, &str); 7] = super::programs_in!("shared-token");
