//! Jira Cloud admin webhooks: `X-Hub-Signature: sha256=<hex>` of the raw body.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "jira",
    name: "Jira webhook",
    signature_label: "X-Hub-Signature",
    signature_header: Some("X-Hub-Signature"),
    signature_format: SigFormat::Plain { prefix: "sha256=" },
    detect: &["x-atlassian-webhook-identifier"],
    ..BASE
};
