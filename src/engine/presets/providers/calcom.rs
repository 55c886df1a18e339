//! Cal.com: `X-Cal-Signature-256` = hex HMAC-SHA256 of the raw body.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "calcom",
    name: "Cal.com webhook",
    signature_label: "X-Cal-Signature-256",
    signature_header: Some("X-Cal-Signature-256"),
    detect: &["x-cal-signature-256"],
    category: Category::Productivity,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "cal_secret",
    body: "{\"id\":\"evt_1\",\"type\":\"test\"}",
    signature: "5ad74f0eb455448dc7ae19095d42e97f69a62045fa75e0d0ea740aeb951fcab0",
    fields: &[],
    source: "Derived (providers-2 §1.31)",
    derived: true,
    mistake: None,
};
