//! What a diagnosis is about: the calculator's own inputs, or a preset and its values. The
//! worker prepares a [`Search`] from it.

use super::calc::Inputs;
use super::diagnosis::{yours, MessageVariant, Search, Towards};
use super::presets::{self, Values};
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Subject {
    /// The calculator (Custom).
    Custom(Inputs),
    /// A provider preset, by id, with the values entered.
    Preset { id: String, values: Values },
}

impl Subject {
    /// The calculator's inputs and a preset's wrongly assembled strings-to-sign, or `None`
    /// for an unknown preset.
    pub fn prepare(&self) -> Option<(Inputs, Vec<MessageVariant>)> {
        match self {
            Subject::Custom(inputs) => Some((inputs.clone(), Vec::new())),
            Subject::Preset { id, values } => presets::find(id).map(|p| presets::diagnosis_inputs(p, values)),
        }
    }

    /// A search over the subject's message, or over `file` (the message's bytes) when given;
    /// `None` when there is nothing to diagnose.
    pub fn search(&self, file: Option<Vec<u8>>) -> Option<Search> {
        self.search_towards(file, "")
    }

    /// Like [`Subject::search`], also searching towards `computed`, the signature the user's
    /// own code computed (ignored when empty or unreadable).
    pub fn search_towards(&self, file: Option<Vec<u8>>, computed: &str) -> Option<Search> {
        let (inputs, extra) = self.prepare()?;
        let message = match file {
            Some(bytes) => bytes,
            None => inputs.message_format.as_input().decode(&inputs.message).ok()?,
        };
        let towards =
            if computed.trim().is_empty() { None } else { self.towards(&inputs, &message, computed) };
        Search::build(&inputs, message, extra, towards)
    }

    /// The search towards the user's value: the candidates only a server makes, built over
    /// the body (a preset rebuilds its string-to-sign around each replaced body).
    fn towards(&self, inputs: &Inputs, message: &[u8], computed: &str) -> Option<Towards> {
        let key = inputs.key_format.as_input().decode(&inputs.key).ok()?;
        let messages = match self {
            Subject::Custom(_) => yours::bodies(message),
            Subject::Preset { id, values } => {
                let p = presets::find(id)?;
                yours::bodies(values.body.as_bytes())
                    .into_iter()
                    .filter_map(|(mistake, body)| {
                        let mut v = values.clone();
                        v.body = String::from_utf8(body).ok()?.into();
                        let (i, _) = presets::diagnosis_inputs(p, &v);
                        let m = i.message_format.as_input().decode(&i.message).ok()?;
                        (m != message).then_some((mistake, m))
                    })
                    .collect()
            }
        };
        Towards::new(computed, yours::jobs(&inputs.key, &key, message, messages))
    }

    /// Whether the message is compressed (gzip or zlib): the worker, which can inflate it,
    /// searches it.
    pub fn compressed(&self) -> bool {
        match self {
            Subject::Custom(inputs) => inputs
                .message_format
                .as_input()
                .decode(inputs.message.get(..64).unwrap_or(&inputs.message))
                .is_ok_and(|m| super::diagnosis::message::looks_compressed(&m)),
            Subject::Preset { values, .. } => {
                super::diagnosis::message::looks_compressed(values.body.as_bytes())
            }
        }
    }

    /// The text that makes the subject large (the message or the body).
    pub fn text(&self) -> &Rc<str> {
        match self {
            Subject::Custom(inputs) => &inputs.message,
            Subject::Preset { values, .. } => &values.body,
        }
    }

    /// The same, to replace it (the worker protocol sends it apart from the rest).
    pub fn text_mut(&mut self) -> &mut Rc<str> {
        match self {
            Subject::Custom(inputs) => &mut inputs.message,
            Subject::Preset { values, .. } => &mut values.body,
        }
    }
}
