//! Shopify webhooks: `X-Shopify-Hmac-Sha256` = Base64 HMAC-SHA256 of the raw body.
use crate::engine::presets::types::*;
use crate::engine::Algorithm;

pub const PRESET: Preset = Preset {
    id: "shopify",
    name: "Shopify webhook",
    secret_label: "Client secret",
    output: OutputEncoding::Base64,
    algorithm: Algorithm::Sha256,
    signature_label: "X-Shopify-Hmac-Sha256",
    signature_header: Some("X-Shopify-Hmac-Sha256"),
    detect: &["x-shopify-hmac-sha256"],
    category: Category::Commerce,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] =
    &["The header is Base64, not hex: compare Base64 with Base64 (or the decoded bytes)."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "hush",
    body: "{\"id\":1}",
    signature: "VnKUjZsLuN5iZWjn5EntcBVCF9kMN43LglzCE1/GSeY=",
    fields: &[],
    source: "Derived, from the provider's documented scheme",
    derived: true,
    mistake: None,
};

/// The SDKs' error texts, the check behind each, and what it means (the worker recognises a
/// pasted one).
pub const ERRORS: &[SdkError] = &[
    SdkError {
        text: "Could not validate request HMAC",
        sdk: "@shopify/shopify-api",
        check: Check::Signature,
        means: "X-Shopify-Hmac-Sha256 did not equal the Base64 HMAC-SHA256 of the raw body with the app's secret.",
        next: "Pass the raw body (before any JSON parser) and the app's API secret key.",
    },
    SdkError {
        text: "Missing HMAC header",
        sdk: "@shopify/shopify-api",
        check: Check::Header,
        means: "X-Shopify-Hmac-Sha256 was not in the request your code passed.",
        next: "Pass the request's headers as received.",
    },
    SdkError {
        text: "No body was received",
        sdk: "@shopify/shopify-api",
        check: Check::Body,
        means: "The body your code passed was empty: a parser consumed it.",
        next: "Pass the raw body (express.text({type: '*/*'}) on the webhook route).",
    },
    SdkError {
        text: "Webhook HMAC validation failed",
        sdk: "@shopify/shopify-api",
        check: Check::Signature,
        means: "A mismatch; the library's own note names the usual cause: a webhook made in the admin's Notifications settings is signed with the key shown there, not with the app's secret.",
        next: "Use the key from Settings → Notifications → Webhooks for those webhooks.",
    },
];

/// Request shapes that tell something about a failure (the worker checks the body).
pub const CLUES: &[Clue] = &[Clue {
    on_mismatch: true,
    body_has: &[],
    says: "Webhooks made in the store admin (Settings → Notifications → Webhooks) are signed with the key shown on that page, not with the app's client secret; webhooks an app subscribed to are signed with the app's secret. Try the other one in Other secrets to try.",
}];

/// Credentials of another kind pasted where the app's secret belongs.
pub const SHAPES: &[Shape] = &[
    Shape {
        starts: &["shpat_", "shpca_", "shppa_"],
        min_len: 8,
        says: "Key looks like a Shopify access token (shpat_, shpca_). Shopify signs webhooks with the app's client secret (API secret key), or, for webhooks made in the admin's Notifications settings, the key shown there.",
    },
    Shape {
        starts: &["shpss_"],
        min_len: 8,
        says: "Key is a Shopify app's shared secret (shpss_). It signs the webhooks that app subscribed to through the API; webhooks made in the admin (Settings → Notifications → Webhooks) are signed with the key shown there instead.",
    },
];
