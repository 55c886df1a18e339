//! OpenAI: Standard Webhooks signatures (webhook-id, webhook-timestamp, webhook-signature).
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "openai",
    name: "OpenAI webhook",
    // Recognised from its headers as Standard Webhooks, the same scheme.
    detect: &[],
    category: Category::DeveloperTools,
    ..super::standard_webhooks::PRESET
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "A pasted request is recognised as Standard Webhooks, the same scheme.",
    "The secret's whsec_ prefix is removed and the rest Base64-decoded; timestamps more than 5 minutes old or ahead are refused.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "The given webhook signature does not match the expected signature";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "whsec_RdvaYFYUXuIFuEbvZHwMfYFhUf7aMYjYcmM24+Aj40c=",
    body: "{\"id\": \"evt_685c059ae3a481909bdc86819b066fb6\", \"object\": \"event\", \"created_at\": 1750861210, \"type\": \"response.completed\", \"data\": {\"id\": \"resp_123\"}}",
    signature: "v1,gUAg4R2hWouRZqRQG4uJypNS8YK885G838+EHb4nKBY=",
    fields: &[("id", "wh_685c059ae39c8190af8c71ed1022a24d"), ("timestamp", "1750861210")],
    source: "openai/openai-node tests/api-resources/webhooks.test.ts",
    derived: false,
    mistake: None,
};
