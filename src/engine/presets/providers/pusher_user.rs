//! Pusher user authentication: HMAC-SHA256 hex of `<socket_id>::user::<user_data>`.
use super::pusher_channel;
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "pusher-user",
    name: "Pusher user authentication",
    scheme: Scheme::Produce(Response {
        before: &[],
        signature_key: "auth",
        after: &[("user_data", "user_data")],
    }),
    secret_label: "App secret",
    fields: &[
        FieldSpec { id: "app_key", label: "App key", header: None, placeholder: "278d425bdf160c739803" },
        FieldSpec { id: "socket_id", label: "Socket ID", header: None, placeholder: "1234.1234" },
        FieldSpec { id: "user_data", label: "User data", header: None, placeholder: "{\"id\":\"12345\"}" },
    ],
    body_label: None,
    message: &[Part::Field("socket_id"), Part::Lit("::user::"), Part::Field("user_data")],
    signature_label: "Auth signature",
    signature_format: SigFormat::AppKey { field: "app_key" },
    error_paste: Some(pusher_channel::ERROR_PASTE),
    sources: &[
        ("socket_id", Source::Form("socket_id")),
        ("app_key", Source::Env("PUSHER_APP_KEY")),
        ("user_data", Source::Env("PUSHER_USER_DATA")),
    ],
    category: Category::Messaging,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] =
    &["user_data must be the exact JSON string you return, with a non-empty string id."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "7ad3773142a6692b25b8",
    body: "",
    signature: "278d425bdf160c739803:4708d583dada6a56435fb8bc611c77c359a31eebde13337c16ab43aa6de336ba",
    fields: &[
        ("app_key", "278d425bdf160c739803"),
        ("socket_id", "1234.1234"),
        ("user_data", "{\"id\":\"12345\"}"),
    ],
    source: "Pusher's user authentication docs",
    derived: false,
    mistake: None,
};
