//! Slack request signing: `X-Slack-Signature: v0=<hex>` over `v0:<timestamp>:<body>`.
use super::timestamp_field;
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "slack",
    name: "Slack request",
    secret_label: "Signing secret",
    fields: &[timestamp_field(Some("X-Slack-Request-Timestamp"))],
    message: &[Part::Lit("v0:"), Part::Field("timestamp"), Part::Sep(":"), Part::Body],
    signature_label: "X-Slack-Signature",
    signature_header: Some("X-Slack-Signature"),
    signature_format: SigFormat::Plain { prefix: "v0=" },
    timestamp: Some(TimestampRule {
        field: "timestamp",
        unit: TimeUnit::Seconds,
        tolerance_s: Some(300),
        both_directions: true,
    }),
    detect: &["x-slack-signature"],
    category: Category::Messaging,
    handshake: Some(Handshake {
        label: "challenge",
        request: "POST {\"type\": \"url_verification\", \"challenge\": …} when the Request URL is saved: answer with the challenge.",
        answer: Answer::Text,
        from: Challenge::Body { key: "type", value: "url_verification", in_header: false, member: "challenge" },
    }),
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] =
    &["Slack bodies are usually form-encoded: hash them exactly as received, before any URL-decoding."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "Failed to verify authenticity: signature mismatch";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "8f742231b10e8888abcd99yyyzzz85a5",
    body: "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c",
    signature: "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503",
    fields: &[("timestamp", "1531420618")],
    source: "slackapi/python-slack-sdk tests/slack_sdk/signature/test_signature_verifier.py (the docs' example)",
    derived: false,
    mistake: None,
};

/// The SDKs' error texts, the check behind each, and what it means (the worker recognises a
/// pasted one).
pub const ERRORS: &[SdkError] = &[
    SdkError {
        text: "Failed to verify authenticity: signature mismatch",
        sdk: "@slack/bolt",
        check: Check::Signature,
        means: "The timestamp passed its check first; then v0= did not equal the HMAC of “v0:timestamp:body” with the signing secret.",
        next: "Pass the raw body (form-encoded for slash commands and interactivity, never re-encoded) and the app's Signing Secret.",
    },
    SdkError {
        text: "Failed to verify authenticity: stale",
        sdk: "@slack/bolt",
        check: Check::TimestampBefore,
        means: "Checked before the signature: X-Slack-Request-Timestamp is more than 5 minutes from the server's clock.",
        next: "Check the server's clock; a replayed request is refused by design.",
    },
    SdkError {
        text: "Invalid request signature detected",
        sdk: "slack_bolt (Python)",
        check: Check::AnyOf(&[Check::Header, Check::TimestampBefore, Check::Signature]),
        means: "Raised for a missing header, a stale timestamp or a mismatch alike.",
        next: "See which of the three holds below.",
    },
];

/// Credentials of another kind pasted where the signing secret belongs.
pub const SHAPES: &[Shape] = &[Shape {
    starts: &["xoxb-", "xoxp-", "xapp-", "xoxa-", "xoxe-"],
    min_len: 8,
    says: "Key looks like a Slack token (xoxb-, xoxp-, xapp-). Slack signs requests with the app's Signing Secret: api.slack.com/apps → your app → Basic Information → App Credentials.",
}];
