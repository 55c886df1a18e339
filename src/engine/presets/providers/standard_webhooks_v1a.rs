//! Standard Webhooks v1a: Ed25519 over the same `id.timestamp.body` as v1, the signature a
//! `v1a,<base64>` entry of `webhook-signature`, the public key `whpk_` + Base64. The headers,
//! fields and timestamp rule are v1's.
use super::standard_webhooks;
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
        alg_member: None,
    }),
    secret_label: "Public key",
    signature_format: SigFormat::VersionedList { version: "v1a" },
    category: Category::WebhookPlatforms,
    ..standard_webhooks::PRESET
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "The key is the sender's public key, whpk_ and Base64 of 32 bytes; whsk_ is the private signing key and never belongs to the receiver.",
    "Only v1a, entries are Ed25519; v1, entries in the same header are HMAC (whsec_ secrets) — verify any entry of the version you hold a key for.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "whpk_11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=",
    body: "{\"test\": 2432232314}",
    signature: "v1a,fldxM4gAKugP6nnt1hdz3sgGfZ6d99nzrMFnZOELIxbzEHoVmAb2ADpkJK7zgPePmPsle0zV9jSeGlHFG2NVAw==",
    fields: &[("id", "msg_p5jXN8AQM9LWM0D4loKWxJek"), ("timestamp", "1614265330")],
    source: "Derived: the Svix message signed with the RFC 8032 §7.1 test 1 key",
    derived: true,
    mistake: None,
};
