//! Persona: `Persona-Signature: t=<ts>,v1=<hex>` over `t + "." + body`.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "persona",
    name: "Persona webhook",
    message: &[Part::Field("timestamp"), Part::Sep("."), Part::Body],
    signature_label: "Persona-Signature",
    signature_header: Some("Persona-Signature"),
    signature_format: SigFormat::KeyValue { pair_sep: ',', ts: "t", sig: "v1" },
    timestamp: Some(TimestampRule {
        field: "timestamp",
        unit: TimeUnit::Seconds,
        tolerance_s: Some(300),
        both_directions: false,
    }),
    detect: &["persona-signature"],
    category: Category::Identity,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &["The whole wbhsec_… secret is the key, as text."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "wbhsec_persona",
    body: "{\"id\":\"evt_1\",\"type\":\"test\"}",
    signature: "t=1700000000,v1=1962ad650c6be286f35117a5d0e6142246e1e1c70e306f917716e9568d5fdd8b",
    fields: &[],
    source: "Derived (providers-2 §1.24)",
    derived: true,
    mistake: None,
};
