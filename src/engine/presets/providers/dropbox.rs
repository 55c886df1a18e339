//! Dropbox: `X-Dropbox-Signature` = hex HMAC-SHA256 of the raw body with the app secret.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "dropbox",
    name: "Dropbox webhook",
    secret_label: "App secret",
    signature_label: "X-Dropbox-Signature",
    signature_header: Some("X-Dropbox-Signature"),
    detect: &["x-dropbox-signature"],
    ..BASE
};
