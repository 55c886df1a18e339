//! Trello: `X-Trello-Webhook` = Base64 HMAC-SHA1 of body + callback URL.
use crate::engine::presets::types::*;
use crate::engine::Algorithm;

pub const PRESET: Preset = Preset {
    id: "trello",
    name: "Trello webhook",
    secret_label: "OAuth secret",
    fields: &[FieldSpec {
        id: "callback_url",
        label: "Callback URL",
        header: None,
        placeholder: "https://example.com/trello/hook",
    }],
    message: &[Part::Body, Part::Field("callback_url")],
    algorithm: Algorithm::Sha1,
    output: OutputEncoding::Base64,
    signature_label: "X-Trello-Webhook",
    signature_header: Some("X-Trello-Webhook"),
    detect: &["x-trello-webhook"],
    sources: &[("callback_url", Source::Url)],
    category: Category::Productivity,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "The key is the application's OAuth secret, not the API key or token.",
    "The callback URL exactly as given when the webhook was created.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "trello_secret",
    body: "{\"action\":{\"type\":\"updateCard\"}}",
    signature: "n1iDwWZhxVjA+Qs0Uk21C33NGQY=",
    fields: &[("callback_url", "https://example.com/trello/hook")],
    source: "Derived, from the provider's documented scheme",
    derived: true,
    mistake: None,
};
