//! Heroku app webhooks: `Heroku-Webhook-Hmac-SHA256` = Base64 HMAC-SHA256 of the raw body.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "heroku",
    name: "Heroku app webhook",
    output: OutputEncoding::Base64,
    signature_label: "Heroku-Webhook-Hmac-SHA256",
    signature_header: Some("Heroku-Webhook-Hmac-SHA256"),
    detect: &["heroku-webhook-hmac-sha256"],
    category: Category::DeveloperTools,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] =
    &["The secret is the one given when the webhook was created (heroku webhooks:add --secret)."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "heroku_secret",
    body: "{\"id\":\"evt_1\",\"type\":\"test\"}",
    signature: "t06XvuqjHcxb6Sd0tqlMh+NVWPrkTZVBzntXlBGNcmU=",
    fields: &[],
    source: "Derived (providers-2 §1.18); scheme from the Heroku Platform API schema",
    derived: true,
    mistake: None,
};
