//! Standard Webhooks v1a: Ed25519 over `id.timestamp.body`, `webhook-signature: v1a,<base64>`,
//! the public key as `whpk_` + Base64.
use super::timestamp_field;
use crate::engine::presets::types::*;
use crate::engine::pubkey::signature::SigText;
use crate::engine::pubkey::{EcdsaForm, PkAlg};

pub const PRESET: Preset = Preset {
    id: "standard-webhooks-v1a",
    name: "Standard Webhooks v1a (Ed25519)",
    scheme: Scheme::PublicKey(PkSpec {
        alg: PkAlg::Ed25519,
        key: KeyForm::Whpk,
        signature: SigText::Base64,
        ecdsa: EcdsaForm::Raw,
    }),
    secret_label: "Public key",
    fields: &[
        FieldSpec {
            id: "id",
            label: "webhook-id",
            header: Some("webhook-id"),
            placeholder: "msg_p5jXN8AQM9LWM0D4loKWxJek",
        },
        timestamp_field(Some("webhook-timestamp")),
    ],
    message: &[Part::Field("id"), Part::Sep("."), Part::Field("timestamp"), Part::Sep("."), Part::Body],
    signature_label: "webhook-signature",
    signature_header: Some("webhook-signature"),
    signature_format: SigFormat::VersionedList { version: "v1a" },
    timestamp: Some(TimestampRule {
        field: "timestamp",
        unit: TimeUnit::Seconds,
        tolerance_s: Some(300),
        both_directions: true,
    }),
    detect: &["webhook-signature"],
    notes: &[
        "The key is the sender's public key, whpk_ and Base64 of 32 bytes; whsk_ is the private signing key and never belongs to the receiver.",
        "Only v1a, entries are Ed25519; v1, entries in the same header are HMAC (whsec_ secrets) — verify any entry of the version you hold a key for.",
    ],
    error_text: "No matching signature found",
    ..BASE
};
