//! Standard Webhooks / Svix: `webhook-signature: v1,<base64>` over `id.timestamp.body`,
//! keyed with the Base64-decoded secret after `whsec_`.
use super::timestamp_field;
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "standard-webhooks",
    name: "Standard Webhooks / Svix",
    secret_label: "Signing secret",
    fields: &[
        FieldSpec {
            id: "id",
            label: "webhook-id",
            header: Some("webhook-id"),
            placeholder: "msg_p5jXN8AQM9LWM0D4loKWxJek",
        },
        timestamp_field(Some("webhook-timestamp")),
    ],
    message: &[Part::Field("id"), Part::Sep("."), Part::Field("timestamp"), Part::Sep("."), Part::Body],
    key: KeyHandling::WhsecBase64,
    output: OutputEncoding::Base64,
    signature_label: "webhook-signature",
    signature_header: Some("webhook-signature"),
    signature_format: SigFormat::VersionedList { version: "v1" },
    timestamp: Some(TimestampRule {
        field: "timestamp",
        unit: TimeUnit::Seconds,
        tolerance_s: Some(300),
        both_directions: true,
    }),
    detect: &["webhook-signature", "svix-signature"],
    header_aliases: &[("webhook-", "svix-")],
    category: Category::WebhookPlatforms,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "The key is the Base64-decoded part after whsec_, not the whole string as text.",
    "Svix uses svix-id, svix-timestamp and svix-signature headers.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "No matching signature found";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
    body: "{\"test\": 2432232314}",
    signature: "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
    fields: &[("id", "msg_p5jXN8AQM9LWM0D4loKWxJek"), ("timestamp", "1614265330")],
    source: "standard-webhooks/standard-webhooks libraries/python/tests/test_webhooks.py",
    derived: false,
    mistake: None,
};
