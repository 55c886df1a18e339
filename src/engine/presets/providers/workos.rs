//! WorkOS: `WorkOS-Signature: t=<ms>, v1=<hex>` over `t + "." + body`.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "workos",
    name: "WorkOS webhook",
    message: &[Part::Field("timestamp"), Part::Sep("."), Part::Body],
    signature_label: "WorkOS-Signature",
    signature_header: Some("WorkOS-Signature"),
    signature_format: SigFormat::KeyValue { pair_sep: ',', ts: "t", sig: "v1" },
    timestamp: Some(TimestampRule {
        field: "timestamp",
        unit: TimeUnit::Milliseconds,
        tolerance_s: Some(180),
        both_directions: false,
    }),
    detect: &["workos-signature"],
    category: Category::Identity,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "t is in milliseconds; the pairs are separated by a comma and a space.",
    "Pass the raw body: the Node SDK re-serialises an object it is given.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "Signature hash does not match the expected signature hash for payload";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "wos_secret",
    body: "{\"id\":\"evt_1\",\"type\":\"test\"}",
    signature: "t=1700000000000, v1=6410c3d7c5015a1ffedf0f75a83224b73259542f36679147ad5dcd563523619d",
    fields: &[],
    source: "Derived (providers-2 §1.23); scheme from workos/workos-node and workos-python",
    derived: true,
    mistake: None,
};

/// The SDKs' error texts, the check behind each, and what it means (the worker recognises a
/// pasted one).
pub const ERRORS: &[SdkError] = &[SdkError {
    text: "Signature hash does not match the expected signature hash for payload",
    sdk: "@workos-inc/node",
    check: Check::Signature,
    means: "The signature in WorkOS-Signature did not equal the HMAC of “timestamp.body” (the timestamp in milliseconds) with the webhook secret.",
    next: "Pass the raw body and the endpoint's secret.",
}];
