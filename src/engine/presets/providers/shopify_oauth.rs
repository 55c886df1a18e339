//! Shopify OAuth / admin query HMAC: the query without `hmac` and `signature`, sorted,
//! joined as `k=v&…`, hex HMAC-SHA256.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "shopify-oauth",
    name: "Shopify OAuth query",
    secret_label: "Client secret",
    fields: &[FieldSpec {
        id: "query",
        label: "Query string",
        header: None,
        placeholder: "code=…&hmac=…&shop=…&timestamp=…",
    }],
    body_label: None,
    message: &[Part::SortedQuery { id: "query", drop: &["hmac", "signature"], signature: "hmac" }],
    signature_label: "hmac parameter",
    sources: &[("query", Source::Query)],
    category: Category::Commerce,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &["Remove hmac (and signature), sort the rest by name, join as k=v with &; Shopify libraries also reject timestamps more than 90 s off."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "HMAC timestamp is outside of the tolerance range";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "hush",
    body: "",
    signature: "",
    fields: &[("query", "code=0907a61c0c8d55e99db179b68161bc00&hmac=700e2dadb827fcc8609e9d5ce208b2e9cdaab9df07390d2cbca10d7c328fc4bf&shop=some-shop.myshopify.com&state=0.6784241404160823&timestamp=1337178173")],
    source: "Shopify's OAuth docs (secret hush)",
    derived: false,
    mistake: None,
};
