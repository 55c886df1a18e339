//! Trend Micro Cloud One Conformity: `X-TrendMicro-Signature` = hex HMAC-SHA256 of the body with the
//! channel's webhook security token (Conformity's "Webhook Communication" docs).
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "trendmicro-conformity",
    name: "Trend Micro Conformity webhook",
    secret_label: "Webhook security token",
    signature_label: "X-TrendMicro-Signature",
    signature_header: Some("X-TrendMicro-Signature"),
    detect: &["x-trendmicro-signature"],
    category: Category::DeveloperTools,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "Older Cloud Conformity channels send the same hex HMAC as X-Conformity-Signature.",
    "The docs' example hashes JSON.stringify of the parsed body: that matches only while the body is compact JSON; hash the raw bytes.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "conformity_security_token",
    body: "{\"ccrn\":\"ccrn:aws:123456789012:S3:us-east-1:bucket\",\"status\":\"FAILURE\",\"ruleId\":\"S3-001\"}",
    signature: "5c052a79ca3d49f402a50c44081383a6d8f3baeb534aa308a6b5ef481e3d7dd2",
    fields: &[],
    source: "Derived (Conformity's webhook docs; Node's crypto)",
    derived: true,
    mistake: None,
};
