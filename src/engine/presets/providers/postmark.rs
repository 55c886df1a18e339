//! Postmark webhooks: no signature. The user name and password written into the webhook URL
//! (`https://user:password@…`) arrive as HTTP basic auth — `Authorization: Basic` + the Base64
//! of `user:password` — which the receiver compares.
use crate::engine::language::Language;
use crate::engine::presets::token;
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "postmark",
    name: "Postmark webhook (basic auth)",
    scheme: token::BASIC,
    secret_label: "user:password (from the webhook URL)",
    category: Category::Messaging,
    ..token::AUTHORIZATION
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "Postmark signs nothing: put a user name and password in the webhook URL (https://user:password@example.com/webhook) and check the basic auth they arrive as.",
    "Characters such as @ : / in the password must be percent-encoded in the URL; the header carries them decoded.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "hook-user:hook-pass",
    body: "",
    signature: "Basic aG9vay11c2VyOmhvb2stcGFzcw==",
    fields: &[],
    source: "Derived (Postmark's webhook docs: basic auth from the URL; RFC 7617)",
    derived: true,
    mistake: None,
};

pub const PROGRAMS: [(Language, &str); 7] = super::programs_in!("basic-auth");
