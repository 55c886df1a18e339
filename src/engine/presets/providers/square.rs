//! Square: `x-square-hmacsha256-signature` = Base64 HMAC-SHA256 of notification URL + body.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "square",
    name: "Square webhook",
    secret_label: "Signature key",
    fields: &[FieldSpec {
        id: "url",
        label: "Notification URL",
        header: None,
        placeholder: "https://example.com/webhooks/square",
    }],
    message: &[Part::Field("url"), Part::Body],
    output: OutputEncoding::Base64,
    signature_label: "x-square-hmacsha256-signature",
    signature_header: Some("x-square-hmacsha256-signature"),
    detect: &["x-square-hmacsha256-signature"],
    sources: &[("url", Source::Url)],
    category: Category::Payments,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "Use the signature key as text even though it looks like Base64url.",
    "The URL must match the subscription URL exactly.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "Ibxx_5AKakO-3qeNVR61Dw",
    body: "{\"merchant_id\":\"MLEFBHHSJGVHD\",\"type\":\"webhooks.test_notification\",\"event_id\":\"ac3ac95b-f97d-458c-a6e6-18981597e05f\",\"created_at\":\"2022-07-13T20:30:59.037339943Z\",\"data\":{\"type\":\"webhooks\",\"id\":\"bc368e64-01aa-407e-b46e-3231809b1129\"}}",
    signature: "GF4YkrJgGBDZ9NIYbNXBnMzqb2HoL4RW/S6vkZ9/2N4=",
    fields: &[("url", "https://webhook.site/679a4f3a-dcfa-49ee-bac5-9d0edad886b9")],
    source: "square/square-python-sdk tests/utilities/test_webhooks_helper.py",
    derived: false,
    mistake: None,
};
