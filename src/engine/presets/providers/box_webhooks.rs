//! Box webhooks v2: `BOX-SIGNATURE-PRIMARY` = Base64 HMAC-SHA256 of the body followed by `BOX-DELIVERY-TIMESTAMP`.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "box",
    name: "Box webhook (v2)",
    secret_label: "Primary signature key",
    fields: &[FieldSpec {
        id: "timestamp",
        label: "BOX-DELIVERY-TIMESTAMP",
        header: Some("BOX-DELIVERY-TIMESTAMP"),
        placeholder: "2020-01-01T00:00:00-07:00",
    }],
    message: &[Part::Body, Part::Field("timestamp")],
    output: OutputEncoding::Base64,
    signature_label: "BOX-SIGNATURE-PRIMARY",
    signature_header: Some("BOX-SIGNATURE-PRIMARY"),
    detect: &["box-signature-primary"],
    category: Category::Productivity,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "The body comes first, then the timestamp, with nothing between them.",
    "BOX-SIGNATURE-SECONDARY is the same over the secondary key (for key rotation): either may match.",
    "Reject deliveries whose BOX-DELIVERY-TIMESTAMP is more than 10 minutes old.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "SamplePrimaryKey",
    body: "{\"type\":\"webhook_event\",\"webhook\":{\"id\":\"1234567890\"},\"trigger\":\"FILE.UPLOADED\",\"source\":{\"id\":\"1234567890\",\"type\":\"file\",\"name\":\"Test.txt\"}}",
    signature: "6TfeAW3A1PASkgboxxA5yqHNKOwFyMWuEXny/FPD5hI=",
    fields: &[("timestamp", "2020-01-01T00:00:00-07:00")],
    source: "box/box-node-sdk tests/lib/managers/webhooks-test.js",
    derived: false,
    mistake: None,
};
