//! Discord interactions: Ed25519 over `timestamp + body` (no separator), the signature in
//! `X-Signature-Ed25519` as hex, the application's public key as hex.
use super::timestamp_field;
use crate::engine::presets::types::*;
use crate::engine::pubkey::signature::SigText;
use crate::engine::pubkey::{EcdsaForm, PkAlg};

pub const PRESET: Preset = Preset {
    id: "discord",
    name: "Discord interactions (Ed25519)",
    scheme: Scheme::PublicKey(PkSpec {
        alg: PkAlg::Ed25519,
        key: KeyForm::Hex,
        signature: SigText::Hex,
        ecdsa: EcdsaForm::Raw,
        alg_member: None,
    }),
    secret_label: "Public key",
    fields: &[timestamp_field(Some("X-Signature-Timestamp"))],
    message: &[Part::Field("timestamp"), Part::Sep(""), Part::Body],
    signature_label: "X-Signature-Ed25519",
    signature_header: Some("X-Signature-Ed25519"),
    detect: &["x-signature-ed25519", "x-signature-timestamp"],
    category: Category::Messaging,
    handshake: Some(Handshake {
        label: "PING body",
        request: "POST {\"type\": 1} (PING) when the Interactions Endpoint URL is saved, signed like every interaction: verify it, then answer PONG.",
        answer: Answer::Fixed("{\"type\":1}"),
        from: Challenge::Body { key: "type", value: "1", in_header: false, member: "" },
    }),
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "The key is the application's Public Key (General Information in the Developer Portal, 64 hex characters) — not the bot token, the client secret or the application id.",
    "The signed bytes are the X-Signature-Timestamp header immediately followed by the raw body: no separator, and the body exactly as received.",
    "Discord sends deliberately bad signatures when you save the endpoint URL: answer them 401, and answer a PING (type 1) with {\"type\":1}.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "[discord-interactions] Invalid signature";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
    body: "{\"type\":1,\"id\":\"1\",\"application_id\":\"2\",\"token\":\"t\",\"version\":1}",
    signature: "3433fec544f1726578c1e22addb495066aa1528416997cee1dee09ef294cf150f43312e342de8386ba27ae08ab02dbe61bde8536c9fbdef921397ba3481a820f",
    fields: &[("timestamp", "1700000000")],
    source: "Derived: signed with the RFC 8032 §7.1 test 1 key (Discord publishes no vector)",
    derived: true,
    mistake: None,
};

/// The SDKs' error texts, the check behind each, and what it means (the worker recognises a
/// pasted one).
pub const ERRORS: &[SdkError] = &[
    SdkError {
        text: "[discord-interactions] Invalid signature",
        sdk: "discord-interactions",
        check: Check::Signature,
        means: "The Ed25519 signature did not verify over “timestamp + body” with the public key. Discord also sends badly signed requests on purpose when the Interactions Endpoint URL is saved: the endpoint must refuse those with 401.",
        next: "Pass the raw body and the application's public key (General Information → Public Key), not the bot token.",
    },
    SdkError {
        text: "Invalid verifyKey parameters",
        sdk: "discord-interactions",
        check: Check::Secret,
        means: "The key or the signature is not hex: a bot token, a client secret or an application id was passed as the public key.",
        next: "Use the application's Public Key (64 hex digits).",
    },
];

/// Request shapes that tell something about a failure (the worker checks the body).
pub const CLUES: &[Clue] = &[Clue {
    on_mismatch: true,
    body_has: &["\"type\":1"],
    says: "This is Discord's PING (type 1). When the Interactions Endpoint URL is saved, Discord sends it signed correctly and also with an invalid signature on purpose: your endpoint must answer the badly signed one with 401 and the good one with {\"type\":1}, so a failed verification here is right.",
}];
