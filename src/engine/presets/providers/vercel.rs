//! Vercel: `x-vercel-signature` = hex HMAC-SHA1 of the raw body.
use crate::engine::presets::types::*;
use crate::engine::Algorithm;

pub const PRESET: Preset = Preset {
    id: "vercel",
    name: "Vercel webhook",
    algorithm: Algorithm::Sha1,
    signature_label: "x-vercel-signature",
    signature_header: Some("x-vercel-signature"),
    detect: &["x-vercel-signature"],
    ..BASE
};
