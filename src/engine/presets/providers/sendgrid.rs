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
        alg_member: None,
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
    category: Category::Messaging,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "The key is the Verification Key shown under Mail Settings → Event Webhook → Signature Verification: Base64 of a DER public key (MFkw…).",
    "The signed bytes are the timestamp header followed by the raw payload, including its trailing CRLF: a parsed and re-serialized body never verifies.",
    "The signature is Base64 of a DER ECDSA signature; WebCrypto needs it as raw r‖s.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "Signature verification failed";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE83T4O/n84iotIvIW4mdBgQ/7dAfSmpqIM8kF9mN1flpVKS3GRqe62gw+2fNNRaINXvVpiglSI8eNEc6wEA3F+g==",
    body: "[{\"email\":\"hello@world.com\",\"event\":\"dropped\",\"reason\":\"Bounced Address\",\"sg_event_id\":\"ZHJvcC0xMDk5NDkxOS1MUnpYbF9OSFN0T0doUTRrb2ZTbV9BLTA\",\"sg_message_id\":\"LRzXl_NHStOGhQ4kofSm_A.filterdrecv-p3mdw1-756b745b58-kmzbl-18-5F5FC76C-9.0\",\"smtp-id\":\"<LRzXl_NHStOGhQ4kofSm_A@ismtpd0039p1iad1.sendgrid.net>\",\"timestamp\":1600112492}]\r\n",
    signature: "MEUCIGHQVtGj+Y3LkG9fLcxf3qfI10QysgDWmMOVmxG0u6ZUAiEAyBiXDWzM+uOe5W0JuG+luQAbPIqHh89M15TluLtEZtM=",
    fields: &[("timestamp", "1600112502")],
    source: "sendgrid/sendgrid-nodejs packages/eventwebhook test (the official vector)",
    derived: false,
    // The body trimmed of the trailing CRLF SendGrid signs (a framework's body parser).
    mistake: Some(&[("body", "[{\"email\":\"hello@world.com\",\"event\":\"dropped\",\"reason\":\"Bounced Address\",\"sg_event_id\":\"ZHJvcC0xMDk5NDkxOS1MUnpYbF9OSFN0T0doUTRrb2ZTbV9BLTA\",\"sg_message_id\":\"LRzXl_NHStOGhQ4kofSm_A.filterdrecv-p3mdw1-756b745b58-kmzbl-18-5F5FC76C-9.0\",\"smtp-id\":\"<LRzXl_NHStOGhQ4kofSm_A@ismtpd0039p1iad1.sendgrid.net>\",\"timestamp\":1600112492}]")]),
};
