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
        alg_member: None,
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
    category: Category::Messaging,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "The key is the public key from Mission Control (Account Settings → Keys & Credentials → Public Key), Base64 of 32 bytes — not the API key.",
    "The signed bytes are the timestamp, a '|', then the raw body.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "Signature verification failed";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=",
    body: "{\"data\":{\"event_type\":\"message.sent\",\"id\":\"0ccc7b54-4df3-4bca-a65a-3da1ecc777f0\"}}",
    signature: "jffCBjz9Hm+OlUiW1wdaHrHiybZglgCUPFG8PGwx2qROT9Prp/RzS/U3ZGL3iNTxfxG5RTTp+XxiAzha3b44Cg==",
    fields: &[("timestamp", "1700000000")],
    source: "Derived: signed with the RFC 8032 §7.1 test 1 key (Telnyx publishes no vector)",
    derived: true,
    mistake: None,
};
