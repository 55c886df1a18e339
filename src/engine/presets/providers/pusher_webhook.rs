//! Pusher webhooks: `X-Pusher-Signature` = hex HMAC-SHA256 of the raw body.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "pusher-webhook",
    name: "Pusher webhook",
    secret_label: "App secret",
    fields: &[FieldSpec {
        id: "app_key",
        label: "X-Pusher-Key",
        header: Some("X-Pusher-Key"),
        placeholder: "app key",
    }],
    signature_label: "X-Pusher-Signature",
    signature_header: Some("X-Pusher-Signature"),
    detect: &["x-pusher-signature"],
    notes: &["Hash request.body as received, not json.dumps(request.json)."],
    ..BASE
};
