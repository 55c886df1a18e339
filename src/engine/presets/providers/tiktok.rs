//! TikTok: `TikTok-Signature: t=<ts>,s=<hex>` — HMAC-SHA256 of `t + "." + body` with the client secret.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "tiktok",
    name: "TikTok webhook",
    secret_label: "Client secret",
    message: &[Part::Field("timestamp"), Part::Sep("."), Part::Body],
    signature_label: "TikTok-Signature",
    signature_header: Some("TikTok-Signature"),
    signature_format: SigFormat::KeyValue { pair_sep: ',', ts: "t", sig: "s" },
    timestamp: Some(TimestampRule {
        field: "timestamp",
        unit: TimeUnit::Seconds,
        tolerance_s: None,
        both_directions: false,
    }),
    detect: &["tiktok-signature"],
    category: Category::Messaging,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &["The signature is under s=, not v1=.", "TikTok leaves the age check to you."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "tt_client_secret",
    body: "{\"id\":\"evt_1\",\"type\":\"test\"}",
    signature: "t=1700000000,s=b26b7413137b7e4e69dc502baeb76bf1442a3193ba98e6e45aff09085f355e7e",
    fields: &[],
    source: "Derived (providers-2 §1.16); scheme from developers.tiktok.com webhooks verification",
    derived: true,
    mistake: None,
};
