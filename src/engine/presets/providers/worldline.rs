//! Worldline Connect (Ingenico ePayments) webhooks: `X-GCS-Signature` = Base64 HMAC-SHA256 of
//! the raw body with the secret key that `X-GCS-KeyId` names (Ingenico/connect-sdk-php
//! `WebhooksHelper`).
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "worldline",
    name: "Worldline Connect webhook",
    secret_label: "Secret key",
    output: OutputEncoding::Base64,
    signature_label: "X-GCS-Signature",
    signature_header: Some("X-GCS-Signature"),
    detect: &["x-gcs-signature"],
    category: Category::Payments,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &["X-GCS-KeyId names which of your secret keys signed: use that one."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "hello+world",
    body: "{\n  \"apiVersion\": \"v1\",\n  \"id\": \"8ee793f6-4553-4749-85dc-f2ef095c5ab0\",\n  \"created\": \"2017-02-02T11:24:14.040+0100\",\n  \"merchantId\": \"20000\",\n  \"type\": \"payment.paid\",\n  \"payment\": {\n    \"id\": \"00000200000143570012\",\n    \"paymentOutput\": {\n      \"amountOfMoney\": {\n        \"amount\": 1000,\n        \"currencyCode\": \"EUR\"\n      },\n      \"references\": {\n        \"paymentReference\": \"200001681810\"\n      },\n      \"paymentMethod\": \"bankTransfer\",\n      \"bankTransferPaymentMethodSpecificOutput\": {\n        \"paymentProductId\": 11\n      }\n    },\n    \"status\": \"PAID\",\n    \"statusOutput\": {\n      \"isCancellable\": false,\n      \"statusCategory\": \"COMPLETED\",\n      \"statusCode\": 1000,\n      \"statusCodeChangeDateTime\": \"20170202112414\",\n      \"isAuthorized\": true\n    }\n  }\n}",
    signature: "2S7doBj/GnJnacIjSJzr5fxGM5xmfQyFAwxv1I53ZEk=",
    fields: &[],
    source: "Ingenico/connect-sdk-php tests: Webhooks/WebhooksHelperTest.php",
    derived: false,
    // The SDK's own test warns of it: the same body with CRLF line endings.
    mistake: Some(&[("body", "{\r\n  \"apiVersion\": \"v1\",\r\n  \"id\": \"8ee793f6-4553-4749-85dc-f2ef095c5ab0\",\r\n  \"created\": \"2017-02-02T11:24:14.040+0100\",\r\n  \"merchantId\": \"20000\",\r\n  \"type\": \"payment.paid\",\r\n  \"payment\": {\r\n    \"id\": \"00000200000143570012\",\r\n    \"paymentOutput\": {\r\n      \"amountOfMoney\": {\r\n        \"amount\": 1000,\r\n        \"currencyCode\": \"EUR\"\r\n      },\r\n      \"references\": {\r\n        \"paymentReference\": \"200001681810\"\r\n      },\r\n      \"paymentMethod\": \"bankTransfer\",\r\n      \"bankTransferPaymentMethodSpecificOutput\": {\r\n        \"paymentProductId\": 11\r\n      }\r\n    },\r\n    \"status\": \"PAID\",\r\n    \"statusOutput\": {\r\n      \"isCancellable\": false,\r\n      \"statusCategory\": \"COMPLETED\",\r\n      \"statusCode\": 1000,\r\n      \"statusCodeChangeDateTime\": \"20170202112414\",\r\n      \"isAuthorized\": true\r\n    }\r\n  }\r\n}")]),
};
