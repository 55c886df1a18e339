//! Twilio: `X-Twilio-Signature` = Base64 HMAC-SHA1 of the full URL + the POST parameters
//! sorted by name, each as name + value.
use crate::engine::presets::types::*;
use crate::engine::Algorithm;

pub const PRESET: Preset = Preset {
    id: "twilio",
    name: "Twilio request",
    secret_label: "Auth token",
    fields: &[FieldSpec { id: "url", label: "Full URL", header: None, placeholder: "https://example.com/myapp.php?foo=1&bar=2" }],
    body_label: Some("Form body"),
    message: &[Part::Field("url"), Part::SortedFormParams { body_hash: Some(("url", "bodySHA256")) }],
    algorithm: Algorithm::Sha1,
    output: OutputEncoding::Base64,
    signature_label: "X-Twilio-Signature",
    signature_header: Some("X-Twilio-Signature"),
    detect: &["x-twilio-signature"],
    notes: &[
        "The URL must be exactly the one Twilio called: https vs http behind a proxy, the port (:443), and a trailing slash all change it.",
        "Parameter values are signed URL-decoded (+14158675310, not %2B14158675310).",
        "A JSON body is not signed as parameters: Twilio adds bodySHA256 (the body's SHA-256, hex) to the URL and signs the URL alone.",
    ],
    error_text: "Twilio Request Validation Failed.",
    sources: &[("url", Source::Url)],
    ..BASE
};
