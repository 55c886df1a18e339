//! The data a provider preset is made of. Each provider is one file in `providers/`
//! declaring a [`Preset`] on one of the [`Scheme`]s; nothing provider-specific lives anywhere
//! else. A provider file may carry hooks of its own (functions named in its data), which the
//! shared code calls without knowing whose they are.

use super::{Evaluation, Values};
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
    /// Fixed text that is not a separator (a version tag, `::user::`).
    Lit(&'static str),
    /// A separator between two parts (`.` or `:`): the diagnosis tries others in its place.
    Sep(&'static str),
    /// The value of a field.
    Field(&'static str),
    /// A URL field's value up to its query string (Plivo's V2 signs the URL without it).
    UrlWithoutQuery(&'static str),
    /// The raw request body.
    Body,
    /// `sep` + the field's value, only when the field is not empty (Pusher presence data).
    Optional { sep: &'static str, id: &'static str },
    /// A form body's parameters sorted by name, each written as name + value with no
    /// separators, values URL-decoded (Twilio). When `body_hash` = (URL field, parameter) and
    /// that URL carries the parameter, nothing is written here: the URL carries the body's
    /// SHA-256 in hex instead, and the body is checked against it (Twilio's JSON bodies).
    SortedFormParams { body_hash: Option<(&'static str, &'static str)> },
    /// A query string's parameters except `drop`, sorted, joined as `k=v` with `&`; the
    /// parameter named `signature` carries the signature.
    SortedQuery { id: &'static str, drop: &'static [&'static str], signature: &'static str },
    /// These members of the JSON body, in this order, each one present (and not null) written
    /// as its name, a line break, its value as text and a line break (Amazon SNS). For the
    /// public-key schemes only, which the worker builds ([`super::assembly::build_with`]).
    JsonLines(&'static [&'static str]),
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

/// The JSON response a server must return (for [`Scheme::Produce`]): fields echoed before
/// and after the signature member, each as (JSON key, field id); empty fields are left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Response {
    pub before: &'static [(&'static str, &'static str)],
    pub signature_key: &'static str,
    pub after: &'static [(&'static str, &'static str)],
}

/// Where a program that produces a signature finds a field's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// A field of the form-encoded request body.
    Form(&'static str),
    /// A member of the JSON request body, by path.
    Json(&'static [&'static str]),
    /// The server's own value, from this environment variable (empty when unset).
    Env(&'static str),
    /// The public URL the provider called (scheme, host, path and query): `WEBHOOK_URL`, or
    /// rebuilt from the `Host` and `X-Forwarded-Proto` headers.
    Url,
    /// The request's HTTP method.
    Method,
    /// The request's own query string, as sent (a GET callback such as Shopify's OAuth).
    Query,
    /// The request target as sent: the path and its query string (Contentful).
    Target,
    /// The request headers that the field with this id lists (comma-separated), the ones
    /// other fields do not hold, as `name: value` joined with `; ` (Contentful's signed
    /// headers).
    Headers(&'static str),
}

/// Hooks of a JWT preset: the provider's claim rules, and a token built from its fields.
#[derive(Clone, Copy, Debug)]
pub struct JwtHooks {
    /// Problems with a decoded payload by the provider's rules, as sentences.
    pub claims: fn(&serde_json::Value) -> Vec<String>,
    /// A token made from the preset's fields, or `None` while they are not filled in.
    pub build: fn(&Values) -> Option<String>,
}

/// How a provider shows its public key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyForm {
    /// Hex of the raw key (Discord).
    Hex,
    /// Base64 of the raw key (Telnyx).
    Base64,
    /// Base64 of a DER SubjectPublicKeyInfo (SendGrid).
    SpkiBase64,
    /// `whpk_` and the Base64 of the raw key (Standard Webhooks).
    Whpk,
    /// A PEM, a JWK or a JWKS (JWT issuers).
    PemOrJwk,
}

/// A signature made with the sender's private key and verified with its public key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PkSpec {
    pub alg: crate::engine::pubkey::PkAlg,
    pub key: KeyForm,
    /// How the signature header writes the signature.
    pub signature: crate::engine::pubkey::signature::SigText,
    /// How ECDSA signatures are laid out (ignored for the others).
    pub ecdsa: crate::engine::pubkey::EcdsaForm,
    /// When a member of the JSON body names the algorithm (Amazon SNS's `SignatureVersion`):
    /// the member and its values' algorithms; `alg` applies when it is absent or another.
    pub alg_member: Option<AlgMember>,
}

/// A member of the JSON body that names the signature algorithm, and what each value means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AlgMember {
    pub member: &'static str,
    pub values: &'static [(&'static str, crate::engine::pubkey::PkAlg)],
}

impl PkSpec {
    /// The algorithm a request's body names (through [`PkSpec::alg_member`]), else `alg`.
    pub fn alg_for(&self, body: &str) -> crate::engine::pubkey::PkAlg {
        let Some(m) = self.alg_member else { return self.alg };
        let named = super::assembly::json_member(body, m.member);
        m.values.iter().find(|(v, _)| Some(*v) == named.as_deref()).map_or(self.alg, |(_, a)| *a)
    }
}

/// A JSON Web Signature checked with a public key: the algorithms accepted (from the token's
/// header) and the provider's claim rules.
#[derive(Clone, Copy, Debug)]
pub struct JwsHooks {
    /// The `alg` values accepted (JWS names); any public-key one when empty.
    pub algs: &'static [&'static str],
    /// Problems with a decoded payload by the provider's rules, as sentences.
    pub claims: fn(&serde_json::Value) -> Vec<String>,
    /// The claim that carries the SHA-256 of the request body in hex, when the token binds
    /// the body (Plaid's `request_body_sha256`): a body that differs fails verification.
    pub body_hash_claim: Option<&'static str>,
    /// The longest age of the `iat` claim in seconds, when the provider limits it (Plaid: 5
    /// minutes).
    pub max_age_s: Option<u32>,
}

/// A scheme of a provider's own, computed by its hooks.
#[derive(Clone, Copy, Debug)]
pub struct OwnScheme {
    /// The whole evaluation (see [`super::evaluate`]).
    pub evaluate: fn(&'static Preset, &Values) -> Evaluation,
    /// Whether anything is signed: `false` when the header carries the secret itself (a
    /// shared token, see `token.rs`).
    pub signs: bool,
}

/// How a signature is made and checked.
#[derive(Clone, Copy, Debug)]
pub enum Scheme {
    /// HMAC over the string-to-sign, compared with the signature the request carries.
    Hmac,
    /// HMAC over the string-to-sign that the user's server must produce and return.
    Produce(Response),
    /// A JSON Web Token signed with HMAC: the signing input is the token's own text.
    Jwt(JwtHooks),
    /// A scheme of the provider's own.
    Own(OwnScheme),
    /// A public-key signature over the string-to-sign, carried in a header.
    PublicKey(PkSpec),
    /// A JSON Web Signature verified with a public key; the signing input is the token's text.
    Jws(JwsHooks),
    /// An HMAC scheme of the provider's own whose code only the worker carries (its hooks
    /// are in `providers::WORKER_SCHEMES`, keyed by the preset's id), to keep the page's own
    /// code small: the page sends the values to the worker for the verdict and diagnosis.
    Worker,
}

/// The hooks of a [`Scheme::Worker`] preset.
#[derive(Clone, Copy)]
pub struct WorkerHooks {
    /// The whole evaluation, as an [`OwnScheme`]'s.
    pub evaluate: fn(&'static Preset, &Values) -> Evaluation,
    /// The string-to-sign built the wrong ways, for the diagnosis.
    pub variants: fn(&Evaluation) -> Vec<crate::engine::diagnosis::MessageVariant>,
}

/// What reading a provider's error message found (see [`ErrorPaste`]).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Pasted {
    /// The preset the error belongs to, when it is not the current one.
    pub preset: Option<&'static str>,
    /// Field values to fill in.
    pub fields: Vec<(&'static str, String)>,
    pub signature: Option<String>,
    /// What the error tells, as sentences.
    pub notes: Vec<String>,
}

/// A provider's own reading of an error message pasted into Error message, which fills the
/// preset's fields.
#[derive(Clone, Copy, Debug)]
pub struct ErrorPaste {
    /// Reads the pasted text, given the values entered so far.
    pub read: fn(&str, &Values) -> Pasted,
}

/// A header some senders (or older integrations) carry the signature in, made another way
/// (GitHub's `X-Hub-Signature: sha1=…` beside `X-Hub-Signature-256: sha256=…`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OtherHeader {
    pub header: &'static str,
    /// The prefix its value starts with.
    pub prefix: &'static str,
    pub algorithm: Algorithm,
}

/// One provider's signing scheme, as data.
#[derive(Clone, Copy, Debug)]
pub struct Preset {
    pub id: &'static str,
    pub name: &'static str,
    pub scheme: Scheme,
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
    /// Headers whose presence identifies this provider in a raw request (lowercase).
    pub detect: &'static [&'static str],
    /// Where a program finds each field that no header carries: (field id, source); the id
    /// `signature` stands for the signature itself when it is not in a header.
    pub sources: &'static [(&'static str, Source)],
    /// Headers that carry the same signature made another way, told apart from the right one.
    pub other_headers: &'static [OtherHeader],
    /// Other header-name prefixes the provider's headers come with (e.g. a branded
    /// `svix-` for `webhook-`): (prefix in the data, alternative).
    pub header_aliases: &'static [(&'static str, &'static str)],
    /// A field to paste the provider's error message into.
    pub error_paste: Option<ErrorPaste>,
    /// The label of what a correct sender produces, when the scheme's own does not fit.
    pub produced_label: Option<&'static str>,
    /// Where the Provider list groups it.
    pub category: Category,
    /// A handshake the provider performs, and the answer it wants.
    pub handshake: Option<Handshake>,
}

/// A handshake a provider performs before or beside its signed deliveries (a URL check, a
/// ping), and the answer it wants.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Handshake {
    /// The label of the value the provider sends.
    pub label: &'static str,
    /// When and how the provider sends it, in words.
    pub request: &'static str,
    pub answer: Answer,
    /// Where the value arrives (for the verification programs, which answer it).
    pub from: Challenge,
}

/// Where a handshake's value arrives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Challenge {
    /// A GET's query parameter; `token`: another parameter that must first equal this
    /// environment variable (Meta's `hub.verify_token`).
    Query { param: &'static str, token: Option<(&'static str, &'static str)> },
    /// A request header, answered before any signature check (Asana's `X-Hook-Secret`).
    Header(&'static str),
    /// A signed POST, answered once its signature is valid, when the JSON body's member `key`
    /// (or, `in_header`, the header `key`) is `value`; the value answered is the body's
    /// member `member`.
    Body { key: &'static str, value: &'static str, in_header: bool, member: &'static str },
}

/// What a handshake's answer is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// The value echoed as a plain-text body.
    Text,
    /// The value in a JSON object, under this key.
    Json(&'static str),
    /// The value echoed in this response header, the body empty.
    Header(&'static str),
    /// This JSON body, whatever was sent (Discord's PONG to a PING).
    Fixed(&'static str),
    /// A JSON object with `prefix` + the Base64 HMAC-SHA256 of the value, keyed with the
    /// secret, under `key` (X's CRC check).
    Hmac { key: &'static str, prefix: &'static str },
}

/// The HTTP answer to a handshake.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HandshakeAnswer {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: String,
}

impl Handshake {
    /// The answer to the value the provider sent, with the preset's secret where it is needed.
    pub fn answer(&self, value: &str, secret: &str) -> HandshakeAnswer {
        let json = |key: &str, v: String| serde_json::json!({ key: v }).to_string();
        let json_type = ("Content-Type", "application/json".to_string());
        let (headers, body) = match self.answer {
            Answer::Text => (
                vec![
                    ("Content-Type", "text/plain".to_string()),
                    ("X-Content-Type-Options", "nosniff".to_string()),
                ],
                value.to_string(),
            ),
            Answer::Json(key) => (vec![json_type], json(key, value.to_string())),
            Answer::Header(name) => (vec![(name, value.to_string())], String::new()),
            Answer::Fixed(body) => (vec![json_type], body.to_string()),
            Answer::Hmac { key, prefix } => {
                let mac = crate::engine::Algorithm::Sha256.mac(secret.as_bytes(), value.as_bytes());
                (vec![json_type], json(key, format!("{prefix}{}", crate::engine::encoding::to_base64(&mac))))
            }
        };
        HandshakeAnswer { status: 200, headers, body }
    }
}

/// The groups of the Provider list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Category {
    Payments,
    Commerce,
    DeveloperTools,
    Messaging,
    Identity,
    Productivity,
    WebhookPlatforms,
    Tokens,
    Other,
}

impl Category {
    pub const ALL: [Category; 9] = [
        Category::Payments,
        Category::Commerce,
        Category::DeveloperTools,
        Category::Messaging,
        Category::Identity,
        Category::Productivity,
        Category::WebhookPlatforms,
        Category::Tokens,
        Category::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Category::Payments => "Payments and finance",
            Category::Commerce => "Commerce",
            Category::DeveloperTools => "Developer tools",
            Category::Messaging => "Messaging, voice and email",
            Category::Identity => "Identity and security",
            Category::Productivity => "Productivity, content and CRM",
            Category::WebhookPlatforms => "Webhook platforms",
            Category::Tokens => "Tokens (JWT) and SDK signatures",
            Category::Other => "Other",
        }
    }
}

/// A request that verifies with a preset, to load as an example: the values as the provider
/// sends them (the signature as its header carries it), and where they come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Example {
    pub secret: &'static str,
    pub body: &'static str,
    pub signature: &'static str,
    pub fields: &'static [(&'static str, &'static str)],
    /// The SDK test, docs page or reference the values come from.
    pub source: &'static str,
    /// Computed here (the provider publishes none), not the provider's own.
    pub derived: bool,
    /// The most common mistake, as values replaced (`secret`, `body` or a field id) when it
    /// is not the generic one (see [`Example::values`]); an empty list: none to show.
    pub mistake: Option<&'static [(&'static str, &'static str)]>,
}

/// Presets are identified by their id.
impl PartialEq for Preset {
    fn eq(&self, other: &Preset) -> bool {
        self.id == other.id
    }
}

impl Eq for Preset {}

impl Preset {
    /// Whether the signature is a long token (JWT, an SDK signature) rather than a header value.
    pub fn signature_is_token(&self) -> bool {
        matches!(self.scheme, Scheme::Jwt(_) | Scheme::Own(_) | Scheme::Jws(_))
    }

    /// Whether the worker verifies it (the public-key schemes, and [`Scheme::Worker`]).
    pub fn verified_in_worker(&self) -> bool {
        matches!(self.scheme, Scheme::PublicKey(_) | Scheme::Jws(_) | Scheme::Worker)
    }

    /// Whether the header carries the secret itself (nothing is signed).
    pub fn is_shared_token(&self) -> bool {
        matches!(self.scheme, Scheme::Own(OwnScheme { signs: false, .. }))
    }

    /// Whether the key is the sender's public key (verified in the worker, where the
    /// public-key code lives).
    pub fn is_public_key(&self) -> bool {
        matches!(self.scheme, Scheme::PublicKey(_) | Scheme::Jws(_))
    }

    /// The label of what a correct sender produces.
    pub fn produced_label(&self) -> &'static str {
        self.produced_label.unwrap_or(match self.scheme {
            Scheme::Produce(_) => "Your server should return",
            Scheme::Jwt(_) => "Token from the fields",
            Scheme::Hmac | Scheme::Own(_) | Scheme::PublicKey(_) | Scheme::Jws(_) | Scheme::Worker => {
                "Correct signature for these inputs"
            }
        })
    }
}

/// The most common scheme (HMAC-SHA256 of the raw body, secret as text, lowercase hex), which
/// provider files start from and override.
pub const BASE: Preset = Preset {
    id: "",
    name: "",
    scheme: Scheme::Hmac,
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
    detect: &[],
    sources: &[],
    header_aliases: &[],
    other_headers: &[],
    error_paste: None,
    produced_label: None,
    category: Category::Other,
    handshake: None,
};

impl Example {
    /// The example's values, or with its most common mistake made: a JSON body
    /// pretty-printed (a framework re-serialized it), another body a trailing newline added,
    /// and where no body is signed, the secret copied with a trailing newline.
    pub fn values(&self, mistake: bool) -> super::Values {
        let mut v = super::Values {
            secret: self.secret.to_string(),
            body: self.body.into(),
            signature: self.signature.to_string(),
            ..super::Values::default()
        };
        for (id, value) in self.fields {
            v.set(id, *value);
        }
        if !mistake {
            return v;
        }
        match self.mistake {
            Some(replaced) => {
                for (id, value) in replaced {
                    match *id {
                        "secret" => v.secret = value.to_string(),
                        "body" => v.body = (*value).into(),
                        _ => v.set(id, *value),
                    }
                }
            }
            None if self.body.is_empty() => v.secret.push('\n'),
            None => {
                let body = match serde_json::from_str::<serde_json::Value>(self.body) {
                    Ok(json) if json.is_object() || json.is_array() => {
                        serde_json::to_string_pretty(&json).unwrap_or_else(|_| format!("{}\n", self.body))
                    }
                    _ => format!("{}\n", self.body),
                };
                v.body = body.into();
            }
        }
        v
    }

    /// Whether a mistake example is offered.
    pub fn has_mistake(&self) -> bool {
        self.mistake.is_none_or(|m| !m.is_empty())
    }

    /// Where the example comes from, in words.
    pub fn provenance(&self, mistake: bool) -> String {
        let kind = if self.derived {
            "a derived vector (computed here: the provider publishes none)"
        } else {
            "the provider's official vector"
        };
        let what = match (mistake, self.mistake) {
            (false, _) => "Loaded the example: it verifies.",
            // The provider's own mistake (a URL rebuilt as http://, a header misread, …).
            (true, Some(_)) => "Loaded the example with this provider's most common mistake made: it is named below.",
            (true, None) => "Loaded the example with a common mistake made (the body re-serialized or given a trailing newline; where no body is signed, the secret copied with a newline): the diagnosis names it.",
        };
        format!("{what} Source: {}, {kind}.", self.source)
    }
}

/// Custom mode's example: RFC 4231 test case 2 (HMAC-SHA256, key "Jefe").
pub const RFC4231_CASE2: (&str, &str, &str) = (
    "Jefe",
    "what do ya want for nothing?",
    "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
);

/// An error text a provider's SDK raises when a check fails, and what it means. Provider
/// files list theirs (`ERRORS`); the worker recognises a pasted one and checks it against the
/// inputs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SdkError {
    /// The distinctive text, matched case-insensitively anywhere in a paste; `…` stands for
    /// text that varies (a signature, a payload).
    pub text: &'static str,
    /// The SDK or middleware that raises it.
    pub sdk: &'static str,
    /// The check that failed.
    pub check: Check,
    /// What the text rules in and out.
    pub means: &'static str,
    /// The next step.
    pub next: &'static str,
}

/// The check behind an error text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Check {
    /// No signature matched.
    Signature,
    /// The timestamp's age, checked before the signature: the text says nothing about it.
    TimestampBefore,
    /// The timestamp's age, checked only after a signature matched: the signature is valid.
    TimestampAfter,
    /// The signature header is missing or unreadable.
    Header,
    /// The body is missing, or was not the raw bytes.
    Body,
    /// The secret or key is missing or unreadable.
    Secret,
    /// Not a signature check at all (the run time, an API version, a parser).
    NotSignature,
    /// Any of these (one text raised by several checks): each is checked against the inputs.
    AnyOf(&'static [Check]),
}

/// A request shape that tells something when it does (or does not) verify: a provider's
/// deliberate bad signature, an event signed with another endpoint's secret. Provider files
/// list theirs (`CLUES`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clue {
    /// Only when the signature does not verify (`true`), or whatever the verdict (`false`).
    pub on_mismatch: bool,
    /// Texts the body contains, all of them, compared with its ASCII white space removed.
    pub body_has: &'static [&'static str],
    /// What it means and what to do, in words.
    pub says: &'static str,
}

/// A credential of another kind that users paste where this provider's secret belongs.
/// Provider files list theirs (`SHAPES`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shape {
    /// How it starts (case-sensitive), any of these.
    pub starts: &'static [&'static str],
    /// Its shortest length.
    pub min_len: usize,
    /// What it is and what belongs in the field instead, in words (never the value itself).
    pub says: &'static str,
}

/// A provider's error texts, request clues and credential shapes (see [`SdkError`], [`Clue`],
/// [`Shape`]), registered by preset id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProviderEvidence {
    pub id: &'static str,
    pub errors: &'static [SdkError],
    pub clues: &'static [Clue],
    pub shapes: &'static [Shape],
}
