//! Telnyx: Ed25519 over `timestamp|body`, `telnyx-signature-ed25519` in Base64, the account's
//! public key as Base64.
use crate::engine::presets::types::*;
use crate::engine::pubkey::signature::SigText;
use crate::engine::pubkey::{EcdsaForm, PkAlg};

pub const PRESET: Preset = Preset {
    id: "telnyx",
    name: "Telnyx (Ed25519)",
    scheme: Scheme::PublicKey(PkSpec {
        alg: PkAlg::Ed25519,
        key: KeyForm::Base64,
        signature: SigText::Base64,
        ecdsa: EcdsaForm::Raw,
    }),
    secret_label: "Public key",
    fields: &[FieldSpec {
        id: "timestamp",
        label: "telnyx-timestamp",
        header: Some("telnyx-timestamp"),
        placeholder: "1700000000",
    }],
    message: &[Part::Field("timestamp"), Part::Sep("|"), Part::Body],
    signature_label: "telnyx-signature-ed25519",
    signature_header: Some("telnyx-signature-ed25519"),
    timestamp: Some(TimestampRule {
        field: "timestamp",
        unit: TimeUnit::Seconds,
        tolerance_s: Some(300),
        both_directions: true,
    }),
    detect: &["telnyx-signature-ed25519", "telnyx-timestamp"],
    notes: &[
        "The key is the public key from Mission Control (Account Settings → Keys & Credentials → Public Key), Base64 of 32 bytes — not the API key.",
        "The signed bytes are the timestamp, a '|', then the raw body.",
    ],
    error_text: "Signature verification failed",
    category: Category::Messaging,
    ..BASE
};
