//! Okta event hooks: each delivery carries the header value configured on the hook
//! (`Authorization` unless another name was chosen) verbatim — a shared token, no HMAC — and
//! the hook is verified once with a GET whose `X-Okta-Verification-Challenge` must be echoed.
use crate::engine::language::Language;
use crate::engine::presets::token;
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "okta",
    name: "Okta event hook",
    secret_label: "Authentication secret (header value)",
    category: Category::Identity,
    handshake: Some(Handshake {
        label: "X-Okta-Verification-Challenge",
        request: "GET with X-Okta-Verification-Challenge once, when the hook is verified: answer 200 with the value as JSON.",
        answer: Answer::Json("verification"),
        from: Challenge::Header("X-Okta-Verification-Challenge"),
    }),
    ..token::AUTHORIZATION
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "A shared token, not a signature: Okta sends the value you configured, exactly, in the header you named (Authorization unless you chose another). Compare the whole value.",
    "Okta verifies the hook once with a GET: answer it (see Handshake) before events are sent.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "okta-event-hook-secret",
    body: "",
    signature: "okta-event-hook-secret",
    fields: &[],
    source: "Derived (Okta's event hook docs: the header is the configured value)",
    derived: true,
    mistake: None,
};

pub const PROGRAMS: [(Language, &str); 7] = super::programs_in!("shared-token");
