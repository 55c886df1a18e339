//! The data a provider preset is made of. Each provider is one file in `providers/`
//! declaring a [`Preset`]; nothing provider-specific lives anywhere else.

use crate::engine::Algorithm;

/// An input the provider's scheme needs besides the secret, body and signature.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldSpec {
    /// Stable identifier used by [`Part::Field`].
    pub id: &'static str,
    /// The visible label, in the provider's own terms.
    pub label: &'static str,
    /// The request header that carries it, if any (for the raw request view).
    pub header: Option<&'static str>,
    pub placeholder: &'static str,
}

/// One piece of the string-to-sign.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// Fixed text, such as a separator.
    Lit(&'static str),
    /// The value of a field.
    Field(&'static str),
    /// The raw request body.
    Body,
    /// `sep` + the field's value, only when the field is not empty (Pusher presence data).
    Optional { sep: &'static str, id: &'static str },
    /// A form body's parameters sorted by name, each written as name + value with no
    /// separators, values URL-decoded (Twilio).
    SortedFormParams,
    /// A query string's parameters except `drop`, sorted, joined as `k=v` with `&` (Shopify OAuth).
    SortedQuery { id: &'static str, drop: &'static [&'static str] },
}

/// How the secret becomes the key bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyHandling {
    /// The secret's UTF-8 bytes, exactly as given (including any prefix).
    Text,
    /// The secret is hex and is decoded (Adyen).
    Hex,
    /// `whsec_` is removed and the rest Base64-decoded (Standard Webhooks, Svix).
    WhsecBase64,
}

/// How the MAC is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutputEncoding {
    Hex,
    Base64,
    Base64Url,
}

/// How the signature header carries the MAC.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SigFormat {
    /// The MAC, optionally after a prefix such as `sha256=` or `v0=`.
    Plain { prefix: &'static str },
    /// `t=…,v1=…[,v1=…]` (Stripe, Calendly, Mux) or `ts=…;h1=…` (Paddle): the timestamp and
    /// one or more signatures under `sig` keys.
    KeyValue { pair_sep: char, ts: &'static str, sig: &'static str },
    /// A space-separated list of `v1,<base64>` entries (Standard Webhooks / Svix).
    VersionedList { version: &'static str },
    /// `<app key>:<signature>` (Pusher channel authorization).
    AppKey { field: &'static str },
}

/// The unit of a timestamp.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeUnit {
    Seconds,
    Milliseconds,
}

/// Where the timestamp comes from and how old it may be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimestampRule {
    /// The field holding it (for `SigFormat::KeyValue` it is filled from the header).
    pub field: &'static str,
    pub unit: TimeUnit,
    /// Allowed age in seconds; `None` when the provider documents none.
    pub tolerance_s: Option<u64>,
    /// Whether timestamps in the future beyond the tolerance are rejected too.
    pub both_directions: bool,
}

/// The JSON response a server must return (for [`Kind::Produce`] presets): fields echoed
/// before and after the signature member, each as (JSON key, field id); empty fields are left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Response {
    pub before: &'static [(&'static str, &'static str)],
    pub signature_key: &'static str,
    pub after: &'static [(&'static str, &'static str)],
}

/// What a preset computes beyond a verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A webhook or request signature to verify.
    Verify,
    /// A signature the user's server must produce (Pusher auth, Zoom URL validation).
    Produce,
    /// The Zoom legacy Web SDK signature (built and decoded by its own tool).
    ZoomLegacy,
    /// A JSON Web Token signed with HMAC (decoded and verified by its own tool).
    Jwt,
}

/// One provider's signing scheme, as data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Preset {
    pub id: &'static str,
    pub name: &'static str,
    pub kind: Kind,
    /// The label of the secret field ("Webhook secret", "App secret", …).
    pub secret_label: &'static str,
    pub fields: &'static [FieldSpec],
    /// The label of the body field, or `None` when the scheme signs no body.
    pub body_label: Option<&'static str>,
    pub message: &'static [Part],
    pub algorithm: Algorithm,
    pub key: KeyHandling,
    pub output: OutputEncoding,
    /// The label of the signature field and the header that carries it.
    pub signature_label: &'static str,
    pub signature_header: Option<&'static str>,
    pub signature_format: SigFormat,
    pub timestamp: Option<TimestampRule>,
    /// The JSON response that carries the signature, when the server produces one.
    pub response: Option<Response>,
    /// Headers whose presence identifies this provider in a raw request (lowercase).
    pub detect: &'static [&'static str],
    /// What users get wrong with this provider, shown under the preset.
    pub notes: &'static [&'static str],
    /// The provider's error message when verification fails, for recognition.
    pub error_text: &'static str,
    /// The page offers a field to paste that error (Pusher's names what it signed), which
    /// fills the preset's fields.
    pub error_paste: bool,
}

/// A field commonly named "Timestamp".
pub const fn timestamp_field(header: Option<&'static str>) -> FieldSpec {
    FieldSpec { id: "timestamp", label: "Timestamp", header, placeholder: "1700000000" }
}

/// The most common scheme (HMAC-SHA256 of the raw body, secret as text, lowercase hex), which
/// provider files start from and override.
pub const BASE: Preset = Preset {
    id: "",
    name: "",
    kind: Kind::Verify,
    secret_label: "Webhook secret",
    fields: &[],
    body_label: Some("Raw body"),
    message: &[Part::Body],
    algorithm: Algorithm::Sha256,
    key: KeyHandling::Text,
    output: OutputEncoding::Hex,
    signature_label: "Signature header",
    signature_header: None,
    signature_format: SigFormat::Plain { prefix: "" },
    timestamp: None,
    response: None,
    detect: &[],
    notes: &[],
    error_text: "",
    error_paste: false,
};
