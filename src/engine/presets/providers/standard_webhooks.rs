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

/// The SDKs' error texts, the check behind each, and what it means (the worker recognises a
/// pasted one).
pub const ERRORS: &[SdkError] = &[
    SdkError {
        text: "No matching signature found",
        sdk: "svix / standardwebhooks",
        check: Check::Signature,
        means: "The timestamp passed its check first; then no v1, entry equals the HMAC of “id.timestamp.body” with the Base64-decoded secret.",
        next: "Pass the raw body and the three headers as received, and the secret whole (whsec_…): the library strips and decodes it.",
    },
    SdkError {
        text: "Missing required headers",
        sdk: "svix / standardwebhooks",
        check: Check::Header,
        means: "One of the id, timestamp and signature headers (svix-* or webhook-*) was not passed; nothing was compared.",
        next: "Pass all three headers; in Node, header names are lower-case.",
    },
    SdkError {
        text: "Invalid Signature Headers",
        sdk: "svix / standardwebhooks",
        check: Check::Header,
        means: "The timestamp header is not a whole number; nothing was compared.",
        next: "Pass the timestamp header as received.",
    },
    SdkError {
        text: "Message timestamp too old",
        sdk: "svix / standardwebhooks",
        check: Check::TimestampBefore,
        means: "Checked before the signature: the message is more than 5 minutes old.",
        next: "Check the server's clock, and resend the message from the dashboard.",
    },
    SdkError {
        text: "Message timestamp too new",
        sdk: "svix / standardwebhooks",
        check: Check::TimestampBefore,
        means: "Checked before the signature: the message's timestamp is more than 5 minutes ahead of the server's clock.",
        next: "Check the server's clock (NTP).",
    },
    SdkError {
        text: "Base64Coder: incorrect characters for decoding",
        sdk: "svix (@stablelib/base64)",
        check: Check::Secret,
        means: "The secret after whsec_ is not Base64: a secret copied wrong, or another provider's.",
        next: "Copy the endpoint's signing secret again, whole.",
    },
];

/// Credentials of another kind (or a secret with too much) pasted where the secret belongs.
pub const SHAPES: &[Shape] = &[Shape {
    starts: &["v1,whsec_"],
    min_len: 10,
    says: "Key starts with “v1,” before whsec_: that is a signature list's version tag, not part of the secret. Use whsec_… alone.",
}];
