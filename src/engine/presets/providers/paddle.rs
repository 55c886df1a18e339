//! Paddle Billing: `Paddle-Signature: ts=<ts>;h1=<hex>` over `ts:body`, secret verbatim.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "paddle",
    name: "Paddle Billing webhook",
    secret_label: "Secret key",
    message: &[Part::Field("timestamp"), Part::Sep(":"), Part::Body],
    signature_label: "Paddle-Signature",
    signature_header: Some("Paddle-Signature"),
    signature_format: SigFormat::KeyValue { pair_sep: ';', ts: "ts", sig: "h1" },
    timestamp: Some(TimestampRule {
        field: "timestamp",
        unit: TimeUnit::Seconds,
        tolerance_s: Some(5),
        both_directions: false,
    }),
    detect: &["paddle-signature"],
    category: Category::Payments,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "The secret is used verbatim, pdl_ntfset_… prefix included.",
    "SDK helpers allow only 5 seconds of clock difference by default.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "signature mismatch";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "pdl_ntfset_01hsdn8d43dt7mezr1ef2jtbaw_hKkRiCGyyRhbFwIUuqiTBgI7gnWoV0Gr",
    body: "{\"data\":{\"id\":\"pri_01hsdn96k2hxjzsq5yerecdj9j\",\"name\":null,\"status\":\"active\",\"quantity\":{\"maximum\":999999,\"minimum\":1},\"tax_mode\":\"account_setting\",\"product_id\":\"pro_01hsdn8qp7yydry3x1yeg6a9rv\",\"unit_price\":{\"amount\":\"1000\",\"currency_code\":\"USD\"},\"custom_data\":null,\"description\":\"testing\",\"import_meta\":null,\"trial_period\":null,\"billing_cycle\":{\"interval\":\"month\",\"frequency\":1},\"unit_price_overrides\":[]},\"event_id\":\"evt_01hsdn97563968dy0szkmgjwh3\",\"event_type\":\"price.created\",\"occurred_at\":\"2024-03-20T10:07:35.590857Z\",\"notification_id\":\"ntf_01hsdn977e920kbgzt6r6c9rqc\"}",
    signature: "ts=1710929255;h1=6c05ef8fa83c44d751be6d259ec955ce5638e2c54095bf128e408e2fce1589c8",
    fields: &[],
    source: "PaddleHQ/paddle-go-sdk example_webhook_verifier_test.go",
    derived: false,
    mistake: None,
};

/// The SDKs' error texts, the check behind each, and what it means (the worker recognises a
/// pasted one).
pub const ERRORS: &[SdkError] = &[
    SdkError {
        text: "[Paddle] Invalid webhook signature",
        sdk: "@paddle/paddle-node-sdk",
        check: Check::Header,
        means: "The Paddle-Signature header lacks its ts= or h1= part: a header problem, not a mismatch.",
        next: "Pass the Paddle-Signature header's whole value, as received.",
    },
    SdkError {
        text: "[Paddle] Webhook signature verification failed",
        sdk: "@paddle/paddle-node-sdk",
        check: Check::AnyOf(&[Check::TimestampBefore, Check::Signature]),
        means: "Raised for a mismatch and for a request older than 5 seconds alike.",
        next: "Verify as soon as the request arrives, with the raw body and the notification destination's secret key.",
    },
];
