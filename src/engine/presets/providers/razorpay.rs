//! Razorpay webhooks: `X-Razorpay-Signature` = hex HMAC-SHA256 of the raw body.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "razorpay",
    name: "Razorpay webhook",
    signature_label: "X-Razorpay-Signature",
    signature_header: Some("X-Razorpay-Signature"),
    detect: &["x-razorpay-signature"],
    notes: &["Webhooks use the webhook secret; checkout payment signatures use the key secret over order_id|payment_id."],
    ..BASE
};
