//! Adyen standard notifications: Base64 HMAC-SHA256 with the hex-decoded HMAC key over the
//! colon-joined notification fields; the signature is the item's
//! `additionalData.hmacSignature` (one item per notification today).
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "adyen",
    name: "Adyen notification",
    secret_label: "HMAC key (hex)",
    fields: &[
        FieldSpec {
            id: "psp_reference",
            label: "pspReference",
            header: None,
            placeholder: "7914073381342284",
        },
        FieldSpec {
            id: "original_reference",
            label: "originalReference",
            header: None,
            placeholder: "(often empty)",
        },
        FieldSpec {
            id: "merchant_account",
            label: "merchantAccountCode",
            header: None,
            placeholder: "TestMerchant",
        },
        FieldSpec {
            id: "merchant_reference",
            label: "merchantReference",
            header: None,
            placeholder: "TestPayment-1407325143704",
        },
        FieldSpec { id: "value", label: "amount.value", header: None, placeholder: "1130" },
        FieldSpec { id: "currency", label: "amount.currency", header: None, placeholder: "EUR" },
        FieldSpec { id: "event_code", label: "eventCode", header: None, placeholder: "AUTHORISATION" },
        FieldSpec { id: "success", label: "success", header: None, placeholder: "true" },
    ],
    body_label: None,
    message: &[
        Part::Field("psp_reference"),
        Part::Sep(":"),
        Part::Field("original_reference"),
        Part::Sep(":"),
        Part::Field("merchant_account"),
        Part::Sep(":"),
        Part::Field("merchant_reference"),
        Part::Sep(":"),
        Part::Field("value"),
        Part::Sep(":"),
        Part::Field("currency"),
        Part::Sep(":"),
        Part::Field("event_code"),
        Part::Sep(":"),
        Part::Field("success"),
    ],
    key: KeyHandling::Hex,
    output: OutputEncoding::Base64,
    signature_label: "hmacSignature",
    sources: &[
        ("psp_reference", Source::Json(&[ITEMS, "0", ITEM, "pspReference"])),
        ("original_reference", Source::Json(&[ITEMS, "0", ITEM, "originalReference"])),
        ("merchant_account", Source::Json(&[ITEMS, "0", ITEM, "merchantAccountCode"])),
        ("merchant_reference", Source::Json(&[ITEMS, "0", ITEM, "merchantReference"])),
        ("value", Source::Json(&[ITEMS, "0", ITEM, "amount", "value"])),
        ("currency", Source::Json(&[ITEMS, "0", ITEM, "amount", "currency"])),
        ("event_code", Source::Json(&[ITEMS, "0", ITEM, "eventCode"])),
        ("success", Source::Json(&[ITEMS, "0", ITEM, "success"])),
        ("signature", Source::Json(&[ITEMS, "0", ITEM, "additionalData", "hmacSignature"])),
    ],
    category: Category::Payments,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "The HMAC key is hex: decode it; using the hex text as the key is the classic mistake.",
    "Empty fields stay empty between the colons.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "44782DEF547AAA06C910C43932B1EB0C71FC68D9D0C057550C48EC2ACF6BA056",
    body: "",
    signature: "coqCmt/IZ4E3CzPvMY8zTjQVL5hYJUiBRg8UU+iCWo0=",
    fields: &[
        ("psp_reference", "7914073381342284"),
        ("original_reference", ""),
        ("merchant_account", "TestMerchant"),
        ("merchant_reference", "TestPayment-1407325143704"),
        ("value", "1130"),
        ("currency", "EUR"),
        ("event_code", "AUTHORISATION"),
        ("success", "true"),
    ],
    source: "Adyen's HMAC docs and adyen-node-api-library tests",
    derived: false,
    // Adyen's mistakes (an amount or a reference written differently) have no
    // generic form here: no mistake example.
    mistake: Some(&[]),
};

const ITEMS: &str = "notificationItems";
const ITEM: &str = "NotificationRequestItem";
