//! Plivo callbacks, V2 signature: `X-Plivo-Signature-V2` = Base64 HMAC-SHA256, keyed with the
//! auth token, of the URL Plivo called without its query string + `X-Plivo-Signature-V2-Nonce`
//! (plivo/plivo-node `validateSignature`, whose tests give the official vectors).
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "plivo",
    name: "Plivo callback (V2 signature)",
    secret_label: "Auth token",
    fields: &[
        FieldSpec {
            id: "url",
            label: "URL Plivo called",
            header: None,
            placeholder: "https://example.com/plivo/answer",
        },
        FieldSpec {
            id: "nonce",
            label: "X-Plivo-Signature-V2-Nonce",
            header: Some("X-Plivo-Signature-V2-Nonce"),
            placeholder: "12345",
        },
    ],
    message: &[Part::UrlWithoutQuery("url"), Part::Field("nonce")],
    output: OutputEncoding::Base64,
    signature_label: "X-Plivo-Signature-V2",
    signature_header: Some("X-Plivo-Signature-V2"),
    detect: &["x-plivo-signature-v2"],
    sources: &[("url", Source::Url)],
    category: Category::Messaging,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "V2 signs the URL without its query string, then the nonce; the body plays no part. The port counts when the URL has one.",
    "The key is the account's (or subaccount's) auth token, not the auth ID.",
    "Behind a TLS proxy the URL Plivo called starts with https:// although your server sees http://.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "my_auth_token",
    body: "",
    signature: "IKmaQkfhafuGb5/dG6X87hnI/K/dMdG6K/89m0gD36A=",
    fields: &[("url", "https://example.com/plivo/answer"), ("nonce", "12345")],
    // plivo-node's own vectors sign a URL without a path, which a pasted request cannot
    // show: they are checked in the tests.
    source: "Derived (plivo-node's validateSignature, with its tests' token and nonce; Node's crypto)",
    derived: true,
    mistake: Some(&[("url", "http://example.com/plivo/answer")]),
};
