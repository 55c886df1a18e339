//! AfterShip Tracking: `aftership-hmac-sha256` = Base64 HMAC-SHA256 of the raw body with the
//! webhook secret (aftership.com/docs/tracking/webhook/webhook-signature).
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "aftership",
    name: "AfterShip webhook",
    output: OutputEncoding::Base64,
    signature_label: "aftership-hmac-sha256",
    signature_header: Some("aftership-hmac-sha256"),
    detect: &["aftership-hmac-sha256"],
    category: Category::Commerce,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] =
    &["AfterShip Returns and Warranty send the same HMAC in as-signature-hmac-sha256."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "aftership_webhook_secret",
    body:
        "{\"event\":\"tracking_update\",\"msg\":{\"id\":\"5b7658cec7c33c0e007de3c5\",\"tag\":\"InTransit\"}}",
    signature: "9kX8/rcjPTNKXqt6LHrNRZNxI4EZTNIXsgq3nrDRghY=",
    fields: &[],
    source: "Derived (AfterShip's webhook signature docs; Node's crypto)",
    derived: true,
    mistake: None,
};
