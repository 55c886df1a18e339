//! Zoom endpoint URL validation: `encryptedToken` = hex HMAC-SHA256(secret token, plainToken).
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "zoom-url-validation",
    name: "Zoom endpoint URL validation",
    scheme: Scheme::Produce(Response {
        before: &[("plainToken", "plain_token")],
        signature_key: "encryptedToken",
        after: &[],
    }),
    secret_label: "Secret token",
    fields: &[FieldSpec {
        id: "plain_token",
        label: "plainToken",
        header: None,
        placeholder: "qgg8vlvZRS6UYooatFL8Aw",
    }],
    body_label: None,
    message: &[Part::Field("plain_token")],
    signature_label: "encryptedToken",
    sources: &[("plain_token", Source::Json(&["payload", "plainToken"]))],
    category: Category::Messaging,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &["Respond within 3 seconds with {\"plainToken\":…,\"encryptedToken\":…}; Zoom re-validates every 72 hours."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "URL validation failed. Try again later.";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "zoom_secret_token",
    body: "",
    signature: "bd48235863f4a6323ccc4963c594908b7c97f88b4a6a95278f4f093690b12726",
    fields: &[("plain_token", "qgg8vlvZRS6UYooatFL8Aw")],
    source: "Derived, from the provider's documented scheme",
    derived: true,
    mistake: None,
};
