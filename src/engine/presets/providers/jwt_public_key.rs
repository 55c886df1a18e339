//! JSON Web Tokens signed with a private key (RS256/384/512, PS256/384/512, ES256/384,
//! EdDSA), verified with the issuer's public key: PEM, JWK or JWKS.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "jwt-public-key",
    name: "JWT RS/PS/ES/EdDSA (public key)",
    scheme: Scheme::Jws(JwsHooks { algs: &[], claims, body_hash_claim: None, max_age_s: None }),
    secret_label: "Public key",
    body_label: None,
    message: &[],
    signature_label: "JWT",
    category: Category::Tokens,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "The key is the issuer's public key: a PEM (PUBLIC KEY, RSA PUBLIC KEY or CERTIFICATE), a JWK, or a JWKS — the key whose kid the token names is used.",
    "The signature covers the exact Base64url text of header and payload; ES256/ES384 signatures are raw r‖s, not DER.",
    "Never accept alg none, and never verify HS256 with the public key as the secret.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "invalid signature";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU\",\"y\":\"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0\"}",
    body: "",
    signature: "eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q",
    fields: &[],
    source: "RFC 7515 appendix A.3 (ES256), the official vector",
    derived: false,
    // A token's mistakes (another key, another algorithm) have no generic form here.
    mistake: Some(&[]),
};

fn claims(payload: &serde_json::Value) -> Vec<String> {
    let mut out = Vec::new();
    for claim in ["exp", "nbf", "iat"] {
        if payload.get(claim).is_some_and(|v| !v.is_number()) {
            out.push(format!(
                "The {claim} claim must be a number (seconds since 1970), not {}.",
                payload[claim]
            ));
        }
    }
    out
}
