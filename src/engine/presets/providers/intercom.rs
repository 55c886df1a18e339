//! Intercom: `X-Hub-Signature: sha1=<hex HMAC-SHA1>` of the raw body.
use crate::engine::presets::types::*;
use crate::engine::Algorithm;

pub const PRESET: Preset = Preset {
    id: "intercom",
    name: "Intercom webhook",
    secret_label: "Client secret",
    algorithm: Algorithm::Sha1,
    signature_label: "X-Hub-Signature",
    signature_header: Some("X-Hub-Signature"),
    signature_format: SigFormat::Plain { prefix: "sha1=" },
    notes: &["HMAC-SHA1, 40 hex characters."],
    ..BASE
};
