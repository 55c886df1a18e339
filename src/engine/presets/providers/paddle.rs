//! Paddle Billing: `Paddle-Signature: ts=<ts>;h1=<hex>` over `ts:body`, secret verbatim.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "paddle",
    name: "Paddle Billing webhook",
    secret_label: "Secret key",
    message: &[Part::Field("timestamp"), Part::Sep(":"), Part::Body],
    signature_label: "Paddle-Signature",
    signature_header: Some("Paddle-Signature"),
    signature_format: SigFormat::KeyValue { pair_sep: ';', ts: "ts", sig: "h1" },
    timestamp: Some(TimestampRule {
        field: "timestamp",
        unit: TimeUnit::Seconds,
        tolerance_s: Some(5),
        both_directions: false,
    }),
    detect: &["paddle-signature"],
    notes: &[
        "The secret is used verbatim, pdl_ntfset_… prefix included.",
        "SDK helpers allow only 5 seconds of clock difference by default.",
    ],
    error_text: "signature mismatch",
    ..BASE
};
