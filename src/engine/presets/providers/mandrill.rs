//! Mailchimp Transactional (Mandrill): `X-Mandrill-Signature` = Base64 HMAC-SHA1 of the webhook URL followed by each POST variable's name and value, sorted by name.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "mandrill",
    name: "Mailchimp Transactional (Mandrill) webhook",
    secret_label: "Webhook key",
    fields: &[FieldSpec {
        id: "url",
        label: "Webhook URL",
        header: None,
        placeholder: "https://example.com/mandrill/hook",
    }],
    body_label: Some("Form body"),
    message: &[Part::Field("url"), Part::SortedFormParams { body_hash: None }],
    algorithm: crate::engine::Algorithm::Sha1,
    output: OutputEncoding::Base64,
    signature_label: "X-Mandrill-Signature",
    signature_header: Some("X-Mandrill-Signature"),
    detect: &["x-mandrill-signature"],
    sources: &[("url", Source::Url)],
    category: Category::Messaging,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "The URL exactly as entered in Mandrill (query string and trailing slash included).",
    "The mandrill_events value is signed URL-decoded, appended to its name with nothing between them.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "mandrill_key",
    body: "mandrill_events=%5B%7B%22event%22%3A%22send%22%2C%22_id%22%3A%22abc%22%7D%5D",
    signature: "458Aq2Of/Uv5Shha50iJWEKMqV4=",
    fields: &[("url", "https://example.com/mandrill/hook")],
    source: "Derived (providers-2 §1.13); scheme from Mandrill's \"How to Authenticate Webhook Requests\"",
    derived: true,
    mistake: None,
};
