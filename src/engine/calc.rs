//! One calculation of the page: inputs in, everything the page shows out.

use super::algorithm::Algorithm;
use super::encoding::{DecodeError, Encoded, KeyFormat, MessageFormat};
use super::expected::{parse_expected, ExpectedError, ExpectedSignature};
use super::warnings::{inspect_key, inspect_message, Warning};

/// What the user entered. The message is shared, not copied, when the inputs are cloned.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Inputs {
    pub message: std::rc::Rc<str>,
    pub message_format: MessageFormat,
    pub key: String,
    pub key_format: KeyFormat,
    pub algorithm: Algorithm,
    pub expected: String,
    /// Other secrets the diagnosis tries, one per line, read in the key's format (test and
    /// live, old and new, several endpoints).
    pub other_secrets: String,
}

/// The comparison with the expected signature.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum Verdict {
    /// Nothing to compare (no expected signature, or the inputs are invalid).
    #[default]
    None,
    Match(String),
    Mismatch(String),
}

impl Verdict {
    /// The text of the status element: starts with exactly "Match" or "Mismatch".
    pub fn text(&self) -> String {
        match self {
            Verdict::None => String::new(),
            Verdict::Match(d) => format!("Match — {d}"),
            Verdict::Mismatch(d) => format!("Mismatch — {d}"),
        }
    }

    pub fn is_mismatch(&self) -> bool {
        matches!(self, Verdict::Mismatch(_))
    }
}

/// Everything computed from [`Inputs`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Calculation {
    pub message: Result<Vec<u8>, DecodeError>,
    pub key: Result<Vec<u8>, DecodeError>,
    pub warnings: Vec<Warning>,
    pub mac: Option<Vec<u8>>,
    pub outputs: Option<Encoded>,
    pub expected: Result<Option<ExpectedSignature>, ExpectedError>,
    pub verdict: Verdict,
}

/// Computes everything the page shows. Never panics.
pub fn calculate(inputs: &Inputs) -> Calculation {
    let message = inputs.message_format.as_input().decode(&inputs.message);
    let key = inputs.key_format.as_input().decode(&inputs.key);
    let mut warnings = inspect_key(&inputs.key);
    if let Ok(m) = &message {
        warnings.extend(inspect_message(m));
    }
    if let Ok(k) = &key {
        if k.is_empty() && !inputs.key.is_empty() && !warnings.contains(&Warning::EmptyKey) {
            warnings.push(Warning::EmptyKey);
        }
    }
    let mac = match (&key, &message) {
        (Ok(k), Ok(m)) => Some(inputs.algorithm.mac(k, m)),
        _ => None,
    };
    let outputs = mac.as_deref().map(Encoded::of);
    let expected = parse_expected(&inputs.expected);
    let verdict = judge(inputs.algorithm, mac.as_deref(), &expected);
    Calculation { message, key, warnings, mac, outputs, expected, verdict }
}

/// Compares a MAC with the expected signature and says what was compared.
pub fn judge(
    algorithm: Algorithm,
    mac: Option<&[u8]>,
    expected: &Result<Option<ExpectedSignature>, ExpectedError>,
) -> Verdict {
    let expected = match expected {
        Ok(None) => return Verdict::None,
        Err(e) => return Verdict::Mismatch(format!("{e}.")),
        Ok(Some(e)) => e,
    };
    let Some(mac) = mac else { return Verdict::None };
    if let Some(c) = expected.matching(mac) {
        let mut text = format!("{}, expected given as {}", algorithm.name(), expected.describe(c));
        if let Some(named) = expected.prefix_algorithm().filter(|a| *a != algorithm) {
            text.push_str(&format!(", but its prefix names {}", named.name()));
        }
        return Verdict::Match(text);
    }
    if expected.entries > 1 {
        return Verdict::Mismatch(format!(
            "{} of this message and key matches none of the {} signatures in the header.",
            algorithm.name(),
            expected.entries
        ));
    }
    // Prefer a reading whose length fits the algorithm when describing the mismatch.
    let c = expected.candidates.iter().find(|c| c.bytes.len() == mac.len()).or_else(|| expected.primary());
    match c {
        Some(c) if c.bytes.len() == mac.len() => Verdict::Mismatch(format!(
            "{} of this message and key differs from the expected signature (given as {}).",
            algorithm.name(),
            expected.describe(c)
        )),
        Some(c) => Verdict::Mismatch(format!(
            "the expected signature is {} bytes (given as {}) but {} gives {} bytes.",
            c.bytes.len(),
            expected.describe(c),
            algorithm.name(),
            mac.len()
        )),
        None => Verdict::Mismatch("the expected signature could not be read.".into()),
    }
}
