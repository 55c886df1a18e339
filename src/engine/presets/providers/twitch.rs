//! Twitch EventSub: `Twitch-Eventsub-Message-Signature: sha256=<hex>` over message id + timestamp + body, with no separators.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "twitch",
    name: "Twitch EventSub webhook",
    secret_label: "Subscription secret",
    fields: &[
        FieldSpec { id: "id", label: "Twitch-Eventsub-Message-Id", header: Some("Twitch-Eventsub-Message-Id"), placeholder: "e76c6bd4-55c9-4987-8304-da1588d8988b" },
        FieldSpec { id: "timestamp", label: "Twitch-Eventsub-Message-Timestamp", header: Some("Twitch-Eventsub-Message-Timestamp"), placeholder: "2019-11-16T10:11:12.634234626Z" },
    ],
    message: &[Part::Field("id"), Part::Field("timestamp"), Part::Body],
    signature_label: "Twitch-Eventsub-Message-Signature",
    signature_header: Some("Twitch-Eventsub-Message-Signature"),
    signature_format: SigFormat::Plain { prefix: "sha256=" },
    detect: &["twitch-eventsub-message-signature"],
    category: Category::Messaging,
    handshake: Some(Handshake {
        label: "challenge",
        request: "POST with Twitch-Eventsub-Message-Type: webhook_callback_verification and {\"challenge\": …}: verify the signature, then answer with the challenge as text.",
        answer: Answer::Text,
        from: Challenge::Body {
            key: "Twitch-Eventsub-Message-Type",
            value: "webhook_callback_verification",
            in_header: true,
            member: "challenge",
        },
    }),
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "Message id, timestamp and body are joined with nothing between them; the timestamp exactly as in its header (nanoseconds included).",
    "A webhook_callback_verification request wants the challenge from its body back as plain text, after the signature is checked.",
    "Reject messages older than 10 minutes and ones whose message id you have seen.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "s3cRe7s3cRe7",
    body: "{\"id\":\"evt_1\",\"type\":\"test\"}",
    signature: "sha256=10fadb68a524f0eb82cb180cb1677bad1380c10048648772e5b02857be439e2f",
    fields: &[
        ("id", "e76c6bd4-55c9-4987-8304-da1588d8988b"),
        ("timestamp", "2019-11-16T10:11:12.634234626Z"),
    ],
    source: "Derived (providers-2 §1.3); scheme from twitchdev/twitch-cli forward_event.go",
    derived: true,
    mistake: None,
};
