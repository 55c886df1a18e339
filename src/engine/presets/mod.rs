//! Provider presets: each provider is data in `providers/` (one file each) on one of the
//! [`Scheme`]s; [`evaluate`] runs the preset's scheme over the values entered and hands the
//! result to the calculator, the page and the diagnosis. The clock-dependent part (the
//! timestamp's age) is apart: [`Evaluation::timestamp_at`].

pub mod assembly;
pub mod code;
pub mod header;
pub mod hmac;
pub mod jwt;
pub mod providers;
pub mod public_key;
pub mod raw;
pub mod time;
pub mod token;
pub mod types;

use crate::engine::calc::{calculate, Calculation, Inputs};
use crate::engine::diagnosis::MessageVariant;
use crate::engine::encoding::{KeyFormat, MessageFormat};
pub use assembly::Assembly;
use std::rc::Rc;
pub use types::*;

/// The preset with this id.
pub fn find(id: &str) -> Option<&'static Preset> {
    providers::ALL.iter().find(|p| p.id == id)
}

/// What the user entered into a preset's fields. The body is shared, not copied, when the
/// values are cloned.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Values {
    pub secret: String,
    pub body: Rc<str>,
    pub signature: String,
    pub fields: Vec<(String, String)>,
    /// Other secrets the diagnosis tries, one per line, as the provider shows them.
    pub other_secrets: String,
    /// Other hosts the request names (`Host` beside `X-Forwarded-Host`), one per line: the
    /// diagnosis tries each in a signed URL.
    pub other_hosts: String,
}

impl Values {
    /// The timestamp entered for the preset's rule, with the rule, when one is entered.
    pub fn timestamp(&self, p: &Preset) -> Option<(TimestampRule, String)> {
        p.timestamp.and_then(|rule| {
            let ts = self.get(rule.field);
            (!ts.trim().is_empty()).then(|| (rule, ts.to_string()))
        })
    }

    pub fn get(&self, id: &str) -> &str {
        self.fields.iter().find(|(k, _)| k == id).map_or("", |(_, v)| v.as_str())
    }

    pub fn set(&mut self, id: &str, value: impl Into<String>) {
        let value = value.into();
        match self.fields.iter_mut().find(|(k, _)| k == id) {
            Some(slot) => slot.1 = value,
            None => self.fields.push((id.to_string(), value)),
        }
    }
}

/// Everything a preset computes from its values, apart from what depends on the clock.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation {
    /// The calculator's inputs: string-to-sign, key with its format, algorithm, and the
    /// signature to compare (the matching one when the header carries several).
    pub inputs: Inputs,
    /// The calculation over `inputs` (MAC, outputs, verdict), made once here.
    pub calculation: Rc<Calculation>,
    pub string_to_sign: Rc<[u8]>,
    /// Signatures found in the signature field.
    pub signatures: Vec<String>,
    /// The timestamp entered (or carried in the header) and the rule it must meet.
    pub timestamp: Option<(TimestampRule, String)>,
    /// Problems with the entered values (unreadable header, …), as sentences.
    pub problems: Vec<String>,
    /// What a correct sender produces: the header value or the response body.
    pub produced: Option<String>,
    pub preset: &'static Preset,
    /// The values with what the signature header carries filled in.
    pub filled: Values,
}

impl Evaluation {
    /// An evaluation whose calculation is made over `inputs` once they are complete:
    /// `inputs.expected` must already be the signature to compare.
    pub fn new(p: &'static Preset, filled: Values, inputs: Inputs, string_to_sign: Rc<[u8]>) -> Evaluation {
        let calculation = Rc::new(calculate(&inputs));
        Evaluation {
            inputs,
            calculation,
            string_to_sign,
            signatures: Vec::new(),
            timestamp: None,
            problems: Vec::new(),
            produced: None,
            preset: p,
            filled,
        }
    }

    /// An evaluation of a provider hook's own string-to-sign `text`: its HMAC with the secret
    /// as text under the preset's algorithm, compared with `expected`, Other secrets to try
    /// tried as for any preset.
    pub fn of_text(p: &'static Preset, filled: Values, text: Vec<u8>, expected: String) -> Evaluation {
        let inputs = Inputs {
            message: String::from_utf8_lossy(&text).into(),
            message_format: MessageFormat::Text,
            key: filled.secret.clone(),
            key_format: KeyFormat::Text,
            algorithm: p.algorithm,
            expected,
            other_secrets: filled.other_secrets.clone(),
        };
        Evaluation::new(p, filled, inputs, text.into())
    }

    /// The timestamp's age against the provider's tolerance at `now_ms` (ms since the epoch).
    pub fn timestamp_at(&self, now_ms: i64) -> Option<time::TimestampCheck> {
        self.timestamp.as_ref().map(|(rule, value)| time::check(rule, value, now_ms, self.preset.name))
    }

    /// The string-to-sign built in the wrong ways, for the diagnosis (for the schemes that
    /// build one from parts).
    pub fn variants(&self) -> Vec<MessageVariant> {
        match self.preset.scheme {
            Scheme::Hmac | Scheme::Produce(_) | Scheme::PublicKey(_) => {
                assembly::variants(self.preset, &self.filled, &self.string_to_sign)
            }
            Scheme::Jwt(_) | Scheme::Own(_) | Scheme::Jws(_) | Scheme::Worker => Vec::new(),
        }
    }
}

/// Evaluates a preset: its scheme, once, over the values entered. Pure.
pub fn evaluate(p: &'static Preset, values: &Values) -> Evaluation {
    match p.scheme {
        Scheme::Hmac | Scheme::Produce(_) => hmac::evaluate(p, values),
        Scheme::Jwt(hooks) => jwt::evaluate(p, values, hooks),
        Scheme::Own(own) => (own.evaluate)(p, values),
        // Read and verified in the worker ([`crate::engine::pubkey::check`], which also returns
        // the string-to-sign): nothing of these schemes is in the page's own code.
        Scheme::PublicKey(_) | Scheme::Jws(_) | Scheme::Worker => {
            Evaluation::new(p, values.clone(), Inputs::default(), Rc::from(&[][..]))
        }
    }
}

/// What the diagnosis needs from a preset: the calculator's inputs, and the string-to-sign
/// built in the wrong ways.
pub fn diagnosis_inputs(p: &'static Preset, values: &Values) -> (Inputs, Vec<MessageVariant>) {
    let e = evaluate(p, values);
    let variants = e.variants();
    (e.inputs, variants)
}

/// Shows the string-to-sign with invisible separators made visible (`\n`, `\r`, `\t`).
pub fn visible(bytes: &[u8]) -> String {
    crate::engine::diagnosis::escape_bytes(bytes)
}
