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
    category: Category::Messaging,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &["Hash request.body as received, not json.dumps(request.json)."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "tofu",
    body:
        "{\"time_ms\":1403175510755,\"events\":[{\"channel\":\"test_channel\",\"name\":\"channel_vacated\"}]}",
    signature: "c17257e92037cd7de407ebc1ed174ceb7b2e518db127f44411b9ffc4f5b28cc5",
    fields: &[("app_key", "123456789")],
    source: "Pusher's webhooks docs (pusher-http-ruby tests)",
    derived: false,
    mistake: None,
};
