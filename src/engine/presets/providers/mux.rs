//! Mux: `Mux-Signature: t=<ts>,v1=<hex>` over `t.body`.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "mux",
    name: "Mux webhook",
    message: &[Part::Field("timestamp"), Part::Sep("."), Part::Body],
    signature_label: "Mux-Signature",
    signature_header: Some("Mux-Signature"),
    signature_format: SigFormat::KeyValue { pair_sep: ',', ts: "t", sig: "v1" },
    timestamp: Some(TimestampRule {
        field: "timestamp",
        unit: TimeUnit::Seconds,
        tolerance_s: None,
        both_directions: false,
    }),
    detect: &["mux-signature"],
    ..BASE
};
