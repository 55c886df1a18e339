//! Bolt: `X-Bolt-Hmac-Sha256` = Base64 HMAC-SHA256 of the raw body with the signing secret.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "bolt",
    name: "Bolt webhook",
    secret_label: "Signing secret",
    output: OutputEncoding::Base64,
    signature_label: "X-Bolt-Hmac-Sha256",
    signature_header: Some("X-Bolt-Hmac-Sha256"),
    detect: &["x-bolt-hmac-sha256"],
    category: Category::Payments,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "bolt_signing_secret",
    body: "{\"id\":\"evt_1\",\"type\":\"test\"}",
    signature: "DfIrccVaXTi4sfjNsC68eu3dT2zmpmbA7fW7lfw5jEo=",
    fields: &[],
    source: "Derived (providers-2 §1.44)",
    derived: true,
    mistake: None,
};
