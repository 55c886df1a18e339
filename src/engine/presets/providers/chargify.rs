//! Maxio Advanced Billing (Chargify): `X-Chargify-Webhook-Signature-Hmac-Sha-256` = hex
//! HMAC-SHA256 of the raw body with the site's shared key.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "chargify",
    name: "Chargify / Maxio webhook",
    secret_label: "Site shared key",
    signature_label: "X-Chargify-Webhook-Signature-Hmac-Sha-256",
    signature_header: Some("X-Chargify-Webhook-Signature-Hmac-Sha-256"),
    detect: &["x-chargify-webhook-signature-hmac-sha-256"],
    category: Category::Payments,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &["The body is form-encoded: hash it as received, before it is parsed."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "chargify_site_shared_key",
    body: "id=12345&event=test&payload[chargify]=testing",
    signature: "588432aa37f50a120801819136305367e37bca0fc653be6fa29fa02a1184749f",
    fields: &[],
    source: "Derived (the header's documented HMAC-SHA256; Node's crypto)",
    derived: true,
    mistake: None,
};
