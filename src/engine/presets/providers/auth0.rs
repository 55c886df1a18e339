//! Auth0 log streams (custom webhook): each batch carries the Authorization Token configured on
//! the stream, verbatim, in `Authorization` — a shared token, no HMAC.
use crate::engine::language::Language;
use crate::engine::presets::token;
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "auth0",
    name: "Auth0 log stream (custom webhook)",
    secret_label: "Authorization Token",
    category: Category::Identity,
    ..token::AUTHORIZATION
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "A shared token, not a signature: Auth0 sends the stream's Authorization Token as configured, Bearer prefix included if you typed one. Compare the whole value.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "Bearer auth0-log-stream-token",
    body: "",
    signature: "Bearer auth0-log-stream-token",
    fields: &[],
    source: "Derived (Auth0's custom log stream docs: the header is the configured token)",
    derived: true,
    mistake: None,
};

pub const PROGRAMS: [(Language, &str); 7] = super::programs_in!("shared-token");
