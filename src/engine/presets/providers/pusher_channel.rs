//! Pusher private/presence channel authorization: `<app key>:<hex HMAC-SHA256 of
//! "<socket_id>:<channel>[:<channel_data>]">`.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "pusher-channel",
    name: "Pusher channel authorization",
    kind: Kind::Produce,
    secret_label: "App secret",
    fields: &[
        FieldSpec { id: "app_key", label: "App key", header: None, placeholder: "278d425bdf160c739803" },
        FieldSpec { id: "socket_id", label: "Socket ID", header: None, placeholder: "1234.1234" },
        FieldSpec { id: "channel", label: "Channel name", header: None, placeholder: "private-foobar" },
        FieldSpec { id: "channel_data", label: "Channel data", header: None, placeholder: "{\"user_id\":10} (presence channels only)" },
    ],
    body_label: None,
    message: &[Part::Field("socket_id"), Part::Lit(":"), Part::Field("channel"), Part::Optional { sep: ":", id: "channel_data" }],
    signature_label: "Auth signature",
    signature_format: SigFormat::AppKey { field: "app_key" },
    response: Some(Response { before: &[], signature_key: "auth", after: &[("channel_data", "channel_data")] }),
    notes: &[
        "Presence channels sign the exact channel_data string you return; return the same string, not a re-encoded object.",
        "After a reconnect the client has a new socket id: a signature made for the old one is rejected.",
        "Return {\"auth\":\"key:signature\"} once; JSON inside JSON (\"but got {\\\"auth\\\":…}\") is a common bug.",
    ],
    error_text: "Invalid signature: Expected HMAC SHA256 hex digest of",
    error_paste: true,
    ..BASE
};
