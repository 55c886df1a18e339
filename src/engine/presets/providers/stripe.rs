//! Stripe webhooks: `Stripe-Signature: t=<ts>,v1=<hex>[,v1=…]` over `t + "." + body`; the
//! whole `whsec_…` secret is the key, as text.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "stripe",
    name: "Stripe webhook",
    secret_label: "Endpoint signing secret",
    message: &[Part::Field("timestamp"), Part::Sep("."), Part::Body],
    signature_label: "Stripe-Signature",
    signature_header: Some("Stripe-Signature"),
    signature_format: SigFormat::KeyValue { pair_sep: ',', ts: "t", sig: "v1" },
    timestamp: Some(TimestampRule {
        field: "timestamp",
        unit: TimeUnit::Seconds,
        tolerance_s: Some(300),
        both_directions: false,
    }),
    detect: &["stripe-signature"],
    category: Category::Payments,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "The whole whsec_… secret is the key, as text: do not strip the prefix or Base64-decode it.",
    "Each endpoint and each `stripe listen` session has its own secret; test and live mode differ.",
    "Only v1 signatures count; several v1 entries appear while a secret is being rolled.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "No signatures found matching the expected signature for payload";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "whsec_test_secret",
    body: "{\"id\":\"evt_test\",\"object\":\"event\"}",
    signature: "t=1700000000,v1=8042376f6ca064adbe037642a718227dfd59047137eb49497a54c49eb0cfb724",
    fields: &[],
    source: "Derived, from the provider's documented scheme",
    derived: true,
    mistake: None,
};

/// The SDKs' error texts, the check behind each, and what it means (the worker recognises a
/// pasted one).
pub const ERRORS: &[SdkError] = &[
    SdkError {
        text: "No signatures found matching the expected signature for payload",
        sdk: "stripe-node / stripe-python",
        check: Check::Signature,
        means: "No v1 signature in the header equals the HMAC-SHA256 of “timestamp.payload” with the secret your code passed; the header was read and the timestamp was not checked yet.",
        next: "Pass the raw body (express.raw({type: 'application/json'}), request.data in Flask) and this endpoint's own whsec_ secret.",
    },
    SdkError {
        text: "The provided signing secret contains whitespace",
        sdk: "stripe-node",
        check: Check::Secret,
        means: "Added to a mismatch when the secret your code passed has white space in it (a newline from a .env file or a copy).",
        next: "Trim the secret where it is loaded.",
    },
    SdkError {
        text: "Webhook payload must be provided as a string or a Buffer",
        sdk: "stripe-node",
        check: Check::Body,
        means: "No match, and the payload your code passed was a parsed JavaScript object, not the raw body: a JSON body parser ran before the webhook route.",
        next: "Use express.raw({type: 'application/json'}) on the webhook route (await req.text() in Next.js route handlers) and pass that.",
    },
    SdkError {
        text: "No webhook payload was provided",
        sdk: "stripe-node",
        check: Check::Body,
        means: "The payload your code passed was empty: the body was consumed or never read.",
        next: "Read the raw body before any other middleware consumes it, and pass it whole.",
    },
    SdkError {
        text: "No stripe-signature header value was provided",
        sdk: "stripe-node",
        check: Check::Header,
        means: "The signature argument was empty: the header was not found where your code looked.",
        next: "Pass request.headers['stripe-signature'] (lower-case in Node) and check that no proxy drops it.",
    },
    SdkError {
        text: "Unable to extract timestamp and signatures from header",
        sdk: "stripe-node / stripe-python",
        check: Check::Header,
        means: "The Stripe-Signature value your code passed is missing or has no t= part; the signature was not compared.",
        next: "Pass the Stripe-Signature header's whole value, as received.",
    },
    SdkError {
        text: "No signatures found with expected scheme",
        sdk: "stripe-node / stripe-python",
        check: Check::Header,
        means: "The header has a t= part but no v1= signature: another header, or a value cut short.",
        next: "Pass the Stripe-Signature header's whole value, as received.",
    },
    SdkError {
        text: "Timestamp outside the tolerance zone",
        sdk: "stripe-node / stripe-python",
        check: Check::TimestampAfter,
        means: "Raised only after a v1 signature matched: the secret and the body are right; the event's timestamp is older than the tolerance (300 s by default).",
        next: "Send a fresh event (Dashboard → Resend, or stripe trigger) and check the server's clock; do not widen the tolerance in production.",
    },
    SdkError {
        text: "SubtleCryptoProvider cannot be used in a synchronous context",
        sdk: "stripe-node",
        check: Check::NotSignature,
        means: "Not a signature problem: the synchronous constructEvent ran on a runtime that only has Web Crypto (Bun, Cloudflare Workers, Deno, Vercel Edge), which hashes asynchronously.",
        next: "Use await stripe.webhooks.constructEventAsync(body, signature, secret) there.",
    },
    SdkError {
        text: "The signature for the webhook is not present in the Stripe-Signature header",
        sdk: "stripe-dotnet",
        check: Check::Signature,
        means: "No v1 signature in the header equals the HMAC of “timestamp.payload” with the secret your code passed.",
        next: "Read the body with a StreamReader before any model binding, and use this endpoint's own whsec_ secret.",
    },
    SdkError {
        text: "The expected signature was not found in the Stripe-Signature header",
        sdk: "stripe-dotnet",
        check: Check::Signature,
        means: "No v1 signature in the header equals the HMAC of “timestamp.payload” with the secret your code passed.",
        next: "Read the body with a StreamReader before any model binding, and use this endpoint's own whsec_ secret.",
    },
    SdkError {
        text: "current timestamp is outside of the allowed tolerance",
        sdk: "stripe-dotnet",
        check: Check::TimestampAfter,
        means: "Raised only after a signature matched: the signature is valid; the event is older than the tolerance (300 s by default).",
        next: "Send a fresh event and check the server's clock.",
    },
    SdkError {
        text: "Received event with API version",
        sdk: "stripe-dotnet",
        check: Check::NotSignature,
        means: "Not a signature problem: the signature was valid, then the library refused the event because its API version is not the one the library was built for.",
        next: "Set the endpoint's API version to the library's (Dashboard → Webhooks), or pass throwOnApiVersionMismatch: false to ConstructEvent.",
    },
];

/// Request shapes that tell something about a failure (the worker checks the body).
pub const CLUES: &[Clue] = &[
    Clue {
        on_mismatch: true,
        body_has: &["\"account\":\"acct_"],
        says: "This is a Connect event (it names a connected account): Stripe signs it with the Connect endpoint's secret. An endpoint for your own account's events has another whsec_ secret; use the one of the endpoint that listens to connected accounts.",
    },
    Clue {
        on_mismatch: true,
        body_has: &["\"livemode\":false"],
        says: "This is a test-mode event (livemode false): it is signed with the test-mode endpoint's secret (or the stripe listen session's), not the live one.",
    },
    Clue {
        on_mismatch: true,
        body_has: &["\"livemode\":true"],
        says: "This is a live-mode event (livemode true): it is signed with the live endpoint's secret, not a test-mode one or a stripe listen session's.",
    },
];

/// Credentials of another kind pasted where the signing secret belongs.
pub const SHAPES: &[Shape] = &[
    Shape {
        starts: &["we_"],
        min_len: 10,
        says: "Key looks like a Stripe webhook endpoint id (we_…), not a signing secret: use the endpoint's signing secret, whsec_… (Dashboard → Developers → Webhooks → the endpoint → Signing secret).",
    },
    Shape {
        starts: &["sk_live_", "sk_test_", "rk_live_", "rk_test_", "pk_live_", "pk_test_"],
        min_len: 8,
        says: "Key looks like a Stripe API key (sk_, rk_ or pk_). Stripe signs webhooks with the endpoint's signing secret, whsec_…: Dashboard → Developers → Webhooks → the endpoint → Signing secret (or the one `stripe listen` prints).",
    },
];
