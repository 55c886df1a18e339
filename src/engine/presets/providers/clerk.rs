//! Clerk: Standard Webhooks signatures sent with Svix's svix-id, svix-timestamp and svix-signature headers.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "clerk",
    name: "Clerk webhook (Svix)",
    // Recognised from its headers as Standard Webhooks, the same scheme.
    detect: &[],
    notes: &[
        "Clerk sends svix-id, svix-timestamp and svix-signature: a pasted request is recognised as Standard Webhooks / Svix, the same scheme.",
        "The key is CLERK_WEBHOOK_SIGNING_SECRET (whsec_…), Base64-decoded after the prefix.",
    ],
    error_text: "Unable to verify incoming webhook",
    category: Category::Identity,
    ..super::standard_webhooks::PRESET
};

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
    body: "{\"test\": 2432232314}",
    signature: "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
    fields: &[("id", "msg_p5jXN8AQM9LWM0D4loKWxJek"), ("timestamp", "1614265330")],
    source: "Svix's official vector (Clerk verifies with standardwebhooks)",
    derived: true,
    mistake: None,
};
