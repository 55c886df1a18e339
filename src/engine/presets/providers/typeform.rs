//! Typeform: `Typeform-Signature: sha256=<base64>` over the raw body.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "typeform",
    name: "Typeform webhook",
    output: OutputEncoding::Base64,
    signature_label: "Typeform-Signature",
    signature_header: Some("Typeform-Signature"),
    signature_format: SigFormat::Plain { prefix: "sha256=" },
    detect: &["typeform-signature"],
    category: Category::Productivity,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &["Base64 despite the sha256= prefix."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "abc123",
    body: "{\"event_id\":\"01\",\"event_type\":\"form_response\"}",
    signature: "sha256=Mgx2tuqaRER0+NyBYHTDsOQnB7BUTbjh0dlCFRG9BSQ=",
    fields: &[],
    source: "Derived, from the provider's documented scheme",
    derived: true,
    mistake: None,
};
