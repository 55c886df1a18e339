//! Jira Cloud admin webhooks: `X-Hub-Signature: sha256=<hex>` of the raw body.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "jira",
    name: "Jira webhook",
    signature_label: "X-Hub-Signature",
    signature_header: Some("X-Hub-Signature"),
    signature_format: SigFormat::Plain { prefix: "sha256=" },
    detect: &["x-atlassian-webhook-identifier"],
    category: Category::DeveloperTools,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "jira_secret",
    body: "{\"webhookEvent\":\"jira:issue_created\"}",
    signature: "sha256=79b378f1f4e4c129cb39047abdac10bace81953a335325febfb1474c7cb08a64",
    fields: &[],
    source: "Derived, from the provider's documented scheme",
    derived: true,
    mistake: None,
};
