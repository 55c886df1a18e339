//! WooCommerce: `X-WC-Webhook-Signature` = Base64 HMAC-SHA256 of the body, keyed with the webhook secret.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "woocommerce",
    name: "WooCommerce webhook",
    output: OutputEncoding::Base64,
    signature_label: "X-WC-Webhook-Signature",
    signature_header: Some("X-WC-Webhook-Signature"),
    detect: &["x-wc-webhook-signature"],
    category: Category::Commerce,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "WordPress stores the secret HTML-escaped and decodes it (&amp; → &) before signing.",
    "The first delivery is a ping whose body is form data (webhook_id=…), not JSON.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "wc_secret",
    body: "{\"id\":\"evt_1\",\"type\":\"test\"}",
    signature: "sn8dS4zOmk1Dgg6/rvfFRoBbFgT/u9SJhWep7YLGoc0=",
    fields: &[],
    source: "Derived (providers-2 §1.11); scheme from WooCommerce core WC_Webhook::generate_signature",
    derived: true,
    mistake: None,
};
