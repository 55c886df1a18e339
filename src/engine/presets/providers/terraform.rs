//! HCP Terraform / Terraform Enterprise notifications: `X-TFE-Notification-Signature` = hex
//! HMAC-SHA512 of the raw body with the notification configuration's token.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "terraform",
    name: "HCP Terraform notification",
    secret_label: "Token",
    algorithm: crate::engine::Algorithm::Sha512,
    signature_label: "X-TFE-Notification-Signature",
    signature_header: Some("X-TFE-Notification-Signature"),
    detect: &["x-tfe-notification-signature"],
    category: Category::DeveloperTools,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &["SHA-512, not SHA-256; no header is sent when the configuration has no token."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "tfe_notification_token",
    body: "{\"payload_version\":1,\"notification_configuration_id\":\"nc-AeUQ2zfKZzW9TiGZ\",\"trigger\":\"verification\"}",
    signature: "31d0c5ada4731404372f9aa60d734f2a2de17a829b04afd0e9cc213cc95c23e932e924959088cffde5ee3172bb4b383d0c9a902a17d251f49ffef68fe9d52703",
    fields: &[],
    source: "Derived (HCP Terraform's notification docs; Node's crypto)",
    derived: true,
    mistake: None,
};
