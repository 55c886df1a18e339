//! Plaid webhook verification: the `Plaid-Verification` header is an ES256 JWT whose claim
//! `request_body_sha256` is the SHA-256 of the raw body; the key is the JWK Plaid returns
//! for the token's `kid`.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "plaid",
    name: "Plaid webhook (ES256 JWT)",
    scheme: Scheme::Jws(JwsHooks {
        algs: &["ES256"],
        claims: |_| Vec::new(),
        body_hash_claim: Some("request_body_sha256"),
        max_age_s: Some(300),
    }),
    secret_label: "Public key",
    signature_label: "Plaid-Verification",
    signature_header: Some("Plaid-Verification"),
    body_label: Some("Raw body"),
    detect: &["plaid-verification"],
    notes: &[
        "The key is the JWK that /webhook_verification_key/get returns for the token's kid (paste the key object, or the whole response).",
        "Only ES256 is accepted; iat must be at most 5 minutes old; request_body_sha256 is the SHA-256 of the body exactly as received (Plaid sends it pretty-printed).",
    ],
    error_text: "Webhook verification failed",
    category: Category::Payments,
    ..BASE
};
