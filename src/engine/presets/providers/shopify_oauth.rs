//! Shopify OAuth / admin query HMAC: the query without `hmac` and `signature`, sorted,
//! joined as `k=v&…`, hex HMAC-SHA256.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "shopify-oauth",
    name: "Shopify OAuth query",
    secret_label: "Client secret",
    fields: &[FieldSpec { id: "query", label: "Query string", header: None, placeholder: "code=…&hmac=…&shop=…&timestamp=…" }],
    body_label: None,
    message: &[Part::SortedQuery { id: "query", drop: &["hmac", "signature"], signature: "hmac" }],
    signature_label: "hmac parameter",
    notes: &["Remove hmac (and signature), sort the rest by name, join as k=v with &; Shopify libraries also reject timestamps more than 90 s off."],
    error_text: "HMAC timestamp is outside of the tolerance range",
    sources: &[("query", Source::Query)],
    ..BASE
};
