//! Razorpay webhooks: `X-Razorpay-Signature` = hex HMAC-SHA256 of the raw body.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "razorpay",
    name: "Razorpay webhook",
    signature_label: "X-Razorpay-Signature",
    signature_header: Some("X-Razorpay-Signature"),
    detect: &["x-razorpay-signature"],
    category: Category::Payments,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &["Webhooks use the webhook secret; checkout payment signatures use the key secret over order_id|payment_id."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "123456",
    body: "{\"a\":1,\"b\":2,\"c\":{\"d\":3}}",
    signature: "2fe04e22977002e6c7cb553adab8b460cb9e2a4970d5953cb27a8472752e3bbc",
    fields: &[],
    source: "razorpay/razorpay-node test/utils/razorpay-utils.spec.js",
    derived: false,
    mistake: None,
};

/// The SDKs' error texts, the check behind each, and what it means (the worker recognises a
/// pasted one).
pub const ERRORS: &[SdkError] = &[SdkError {
    text: "Invalid signature passed",
    sdk: "razorpay-php",
    check: Check::Signature,
    means: "X-Razorpay-Signature did not equal the hex HMAC-SHA256 of the raw body with the webhook secret.",
    next: "Pass the raw body (php://input) and the webhook's secret (not the API key secret).",
}];
