//! Twilio: `X-Twilio-Signature` = Base64 HMAC-SHA1 of the full URL + the POST parameters
//! sorted by name, each as name + value.
use crate::engine::presets::types::*;
use crate::engine::Algorithm;

pub const PRESET: Preset = Preset {
    id: "twilio",
    name: "Twilio request",
    secret_label: "Auth token",
    fields: &[FieldSpec {
        id: "url",
        label: "Full URL",
        header: None,
        placeholder: "https://example.com/myapp.php?foo=1&bar=2",
    }],
    body_label: Some("Form body"),
    message: &[Part::Field("url"), Part::SortedFormParams { body_hash: Some(("url", "bodySHA256")) }],
    algorithm: Algorithm::Sha1,
    output: OutputEncoding::Base64,
    signature_label: "X-Twilio-Signature",
    signature_header: Some("X-Twilio-Signature"),
    detect: &["x-twilio-signature"],
    sources: &[("url", Source::Url)],
    category: Category::Messaging,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "The URL must be exactly the one Twilio called: https vs http behind a proxy, the port (:443), and a trailing slash all change it.",
    "Parameter values are signed URL-decoded (+14158675310, not %2B14158675310).",
    "A JSON body is not signed as parameters: Twilio adds bodySHA256 (the body's SHA-256, hex) to the URL and signs the URL alone.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "Twilio Request Validation Failed.";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "12345",
    body: "CallSid=CA1234567890ABCDE&Digits=1234&From=%2B14158675309&To=%2B18005551212&Caller=%2B14158675309",
    signature: "RSOYDt4T1cUTdK1PDd93/VVr8B8=",
    fields: &[("url", "https://mycompany.com/myapp.php?foo=1&bar=2")],
    source: "twilio/twilio-python tests/unit/test_request_validator.py",
    derived: false,
    // The URL rebuilt as http:// behind a TLS-terminating proxy.
    mistake: Some(&[("url", "http://mycompany.com/myapp.php?foo=1&bar=2")]),
};

/// The SDKs' error texts, the check behind each, and what it means (the worker recognises a
/// pasted one).
pub const ERRORS: &[SdkError] = &[SdkError {
    text: "Twilio Request Validation Failed",
    sdk: "twilio-node (webhook middleware)",
    check: Check::Signature,
    means: "X-Twilio-Signature did not equal the HMAC-SHA1 of the URL Twilio called and the sorted form parameters: most often the URL your code rebuilt differs (http behind a TLS proxy, another host, a port, the query).",
    next: "Set the URL Twilio calls explicitly (the middleware's url option, or WEBHOOK_URL), and pass the form parameters as received.",
}];
