//! Mailgun: hex HMAC-SHA256 of timestamp + token (no separator) with the webhook signing key;
//! all three travel in the JSON body's `signature` object.
use super::timestamp_field;
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "mailgun",
    name: "Mailgun webhook",
    secret_label: "HTTP webhook signing key",
    fields: &[
        timestamp_field(None),
        FieldSpec { id: "token", label: "Token", header: None, placeholder: "50-character token" },
    ],
    body_label: None,
    message: &[Part::Field("timestamp"), Part::Field("token")],
    signature_label: "Signature",
    sources: &[
        ("timestamp", Source::Json(&["signature", "timestamp"])),
        ("token", Source::Json(&["signature", "token"])),
        ("signature", Source::Json(&["signature", "signature"])),
    ],
    category: Category::Messaging,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &["Use the webhook signing key, not the API key."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "key-mailgun",
    body: "",
    signature: "ddb012aec14468a3b9e1a725bdde25007c37ecc18f4cfcddacff6f264820e1e3",
    fields: &[("timestamp", "1700000000"), ("token", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")],
    source: "Derived, from the provider's documented scheme",
    derived: true,
    mistake: None,
};

/// Credentials of another kind pasted where the signing key belongs.
pub const SHAPES: &[Shape] = &[Shape {
    starts: &["key-"],
    min_len: 20,
    says: "Key looks like a Mailgun private API key (key-…, the form Mailgun's own documentation shows), not the webhook signing key: Mailgun signs with the HTTP webhook signing key (Dashboard → Sending → Webhooks). On older accounts the two were the same, but an API key created or reset since differs.",
}];
