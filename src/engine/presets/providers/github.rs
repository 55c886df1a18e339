//! GitHub webhooks: `X-Hub-Signature-256: sha256=<hex>` over the raw body.
use crate::engine::presets::types::*;
use crate::engine::Algorithm;

pub const PRESET: Preset = Preset {
    id: "github",
    name: "GitHub webhook",
    signature_header: Some("X-Hub-Signature-256"),
    signature_format: SigFormat::Plain { prefix: "sha256=" },
    detect: &["x-hub-signature-256", "x-github-event"],
    other_headers: &[OtherHeader { header: "X-Hub-Signature", prefix: "sha1=", algorithm: Algorithm::Sha1 }],
    category: Category::DeveloperTools,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "Hash the raw body bytes; GitHub escapes non-ASCII in JSON as \\uXXXX with uppercase hex, so a re-serialised body never matches.",
    "X-Hub-Signature (sha1=) is the legacy header; use X-Hub-Signature-256 with HMAC-SHA256.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "signature does not match event payload and secret";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "It's a Secret to Everybody",
    body: "Hello, World!",
    signature: "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17",
    fields: &[],
    source: "GitHub docs, \"Validating webhook deliveries\" (It's a Secret to Everybody)",
    derived: false,
    mistake: None,
};

/// The SDKs' error texts, the check behind each, and what it means (the worker recognises a
/// pasted one).
pub const ERRORS: &[SdkError] = &[
    SdkError {
        text: "signature does not match event payload and secret",
        sdk: "@octokit/webhooks",
        check: Check::AnyOf(&[Check::Header, Check::Body, Check::Secret, Check::Signature]),
        means: "Raised for a real mismatch and for any error thrown while verifying: an object passed as the payload, a missing secret, a sha1= signature given to the SHA-256 check.",
        next: "Pass the raw body text, the X-Hub-Signature-256 header (not X-Hub-Signature) and the webhook's secret.",
    },
    SdkError {
        text: "eventPayload must be a string",
        sdk: "@octokit/webhooks-methods",
        check: Check::Body,
        means: "The payload passed was a parsed object, not the raw body text.",
        next: "Pass the raw body (express.text({type: 'application/json'}) or the request's text()).",
    },
];

/// Credentials of another kind pasted where the webhook secret belongs.
pub const SHAPES: &[Shape] = &[Shape {
    starts: &["ghp_", "github_pat_", "gho_", "ghs_", "ghu_", "ghr_"],
    min_len: 8,
    says: "Key looks like a GitHub access token (ghp_, github_pat_…). GitHub signs webhooks with the secret typed in the webhook's settings (Settings → Webhooks → Secret).",
}];
