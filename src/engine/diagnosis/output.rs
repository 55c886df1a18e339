//! Output-side mistakes (how the expected signature was made from the MAC) and algorithm
//! mistakes: detected here (the [`Target`]s and [`algorithms`] the search compares with) and
//! explained here.

use crate::engine::Algorithm;

/// A mistake on the output side.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OutputMistake {
    /// Base64 of the hex text of the MAC instead of Base64 of the MAC.
    Base64OfHexText,
    /// Only the first `len` bytes.
    Truncated { len: usize, of: usize },
}

impl OutputMistake {
    /// The mistake and its fix in words.
    pub fn explain(&self) -> String {
        match self {
            OutputMistake::Base64OfHexText => "the expected signature is the Base64 of the hex text of the HMAC, not of its bytes (a common bug: Base64-encoding digest('hex')). Compare it the same way, or fix the sender to Base64-encode the raw digest.".into(),
            OutputMistake::Truncated { len, of } => format!(
                "the expected signature is truncated: it is the first {len} of the {of} bytes of the HMAC. Check whether the value was cut off when copied, or compare only that many bytes if the provider truncates on purpose."
            ),
        }
    }
}

/// What the search compares each MAC with.
#[derive(Clone, Debug)]
pub struct Target {
    pub bytes: Vec<u8>,
    /// `Some` when this reading itself is a mistake (e.g. Base64 of hex text).
    pub mistake: Option<OutputMistake>,
}

/// The targets an expected signature gives: each reading of it (a string that is valid hex
/// is not read as Base64 too), and the bytes behind a Base64 text that spells hex digits.
pub fn targets(sig: &crate::engine::ExpectedSignature) -> Vec<Target> {
    let mut targets = Vec::new();
    // Base64 of 16 or more MAC bytes made only of the 22 hex characters has a chance below
    // 1e-10, and the reading would only add an algorithm to try (64 hex digits read as Base64
    // are 48 bytes, SHA-384's length) and with it a full pass per key reading and variant.
    let hex = sig.candidates.iter().any(|c| c.encoding.is_hex());
    for c in sig.candidates.iter().filter(|c| !hex || c.encoding.is_hex()) {
        targets.push(Target { bytes: c.bytes.clone(), mistake: None });
        if !c.encoding.is_hex() && c.bytes.len() % 2 == 0 && c.bytes.iter().all(u8::is_ascii_hexdigit) {
            if let Ok(inner) = hex::decode(&c.bytes) {
                targets.push(Target { bytes: inner, mistake: Some(OutputMistake::Base64OfHexText) });
            }
        }
    }
    targets
}

/// Which target `mac` explains, and the output mistake that takes (a truncated signature
/// is the first 8 or more bytes of the MAC).
pub fn compare(targets: &[Target], mac: &[u8]) -> Option<Option<OutputMistake>> {
    for t in targets {
        if t.bytes == mac {
            return Some(t.mistake.clone());
        }
        if t.bytes.len() >= 8 && t.bytes.len() < mac.len() && mac.starts_with(&t.bytes) && t.mistake.is_none()
        {
            return Some(Some(OutputMistake::Truncated { len: t.bytes.len(), of: mac.len() }));
        }
    }
    None
}

/// The algorithms the search should try, the chosen one first.
pub fn algorithms(chosen: Algorithm, targets: &[Target]) -> Vec<Algorithm> {
    let mut out = vec![chosen];
    for a in Algorithm::ALL {
        if a != chosen && targets.iter().any(|t| t.bytes.len() == a.output_len()) {
            out.push(a);
        }
    }
    out
}

/// Explains an algorithm mistake.
pub fn explain_algorithm(right: Algorithm, chosen: Algorithm) -> String {
    let why = if right.output_len() == chosen.output_len() {
        format!("both give {} bytes", right.output_len())
    } else {
        format!("the expected signature's {} bytes fit {}", right.output_len(), right.name())
    };
    format!(
        "the signature was made with {}, not {} ({why}). Choose {}.",
        right.name(),
        chosen.name(),
        right.name()
    )
}

/// Explains a signature prefix that names another algorithm than the one that fits.
pub fn explain_prefix(prefix: &str, named: Algorithm, used: Algorithm) -> String {
    format!(
        "the {} prefix names {} but the signature is {}: the header's prefix does not fit the algorithm.",
        prefix.trim(),
        named.name(),
        used.name()
    )
}
