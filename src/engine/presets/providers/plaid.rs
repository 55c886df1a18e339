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
    category: Category::Payments,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "The key is the JWK that /webhook_verification_key/get returns for the token's kid (paste the key object, or the whole response).",
    "Only ES256 is accepted; iat must be at most 5 minutes old; request_body_sha256 is the SHA-256 of the body exactly as received (Plaid sends it pretty-printed).",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "Webhook verification failed";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "{\"key\":{\"alg\":\"ES256\",\"crv\":\"P-256\",\"kid\":\"plaid-kid\",\"kty\":\"EC\",\"use\":\"sig\",\"x\":\"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU\",\"y\":\"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0\"},\"request_id\":\"example\"}",
    body: "{\"environment\":\"sandbox\",\"webhook_code\":\"DEFAULT_UPDATE\",\"webhook_type\":\"TRANSACTIONS\"}",
    signature: "eyJhbGciOiJFUzI1NiIsImtpZCI6InBsYWlkLWtpZCIsInR5cCI6IkpXVCJ9.eyJpYXQiOjE3MDAwMDAwMDAsInJlcXVlc3RfYm9keV9zaGEyNTYiOiJmZmJlYjk3ODA5OGFjODA3ZjAyYWFkMjFlZjUzNzJlNzJhMGE2NzU2ODE3ZjcwYzA0NDVmNzllOWJjN2Y1NzUwIn0.ewSYIf-BPDoPc69cwxvGQj2GEvai5m4jlZOsgSakuB0e-JhdsDBWIAl6EQwRGEPzdFYpEzPWzuVq2RFpuUiWZg",
    fields: &[],
    source: "Derived: a token signed with the RFC 7515 A.3 key in the shape of Plaid's (Plaid publishes no vector)",
    derived: true,
    mistake: None,
};
