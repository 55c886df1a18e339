//! SendGrid's Event Webhook: ECDSA P-256 with SHA-256 over `timestamp + payload`, the
//! signature Base64 of DER, the verification key Base64 of a DER SubjectPublicKeyInfo.
use crate::engine::presets::types::*;
use crate::engine::pubkey::signature::SigText;
use crate::engine::pubkey::{EcdsaForm, PkAlg};

pub const PRESET: Preset = Preset {
    id: "sendgrid",
    name: "SendGrid Event Webhook (ECDSA)",
    scheme: Scheme::PublicKey(PkSpec {
        alg: PkAlg::Es256,
        key: KeyForm::SpkiBase64,
        signature: SigText::Base64,
        ecdsa: EcdsaForm::Der,
    }),
    secret_label: "Public key",
    fields: &[FieldSpec {
        id: "timestamp",
        label: "X-Twilio-Email-Event-Webhook-Timestamp",
        header: Some("X-Twilio-Email-Event-Webhook-Timestamp"),
        placeholder: "1600112502",
    }],
    message: &[Part::Field("timestamp"), Part::Sep(""), Part::Body],
    signature_label: "X-Twilio-Email-Event-Webhook-Signature",
    signature_header: Some("X-Twilio-Email-Event-Webhook-Signature"),
    detect: &["x-twilio-email-event-webhook-signature", "x-twilio-email-event-webhook-timestamp"],
    notes: &[
        "The key is the Verification Key shown under Mail Settings → Event Webhook → Signature Verification: Base64 of a DER public key (MFkw…).",
        "The signed bytes are the timestamp header followed by the raw payload, including its trailing CRLF: a parsed and re-serialized body never verifies.",
        "The signature is Base64 of a DER ECDSA signature; WebCrypto needs it as raw r‖s.",
    ],
    error_text: "Signature verification failed",
    ..BASE
};
