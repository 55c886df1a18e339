//! The page state as a reducer: every user action is an [`Action`]. Large texts (the
//! message, the body, the raw request) are shared `Rc<str>`s, so an action copies none of them.

use crate::engine::presets::{self, raw, Values};
use crate::engine::share;
use crate::engine::{Algorithm, Inputs, KeyFormat, MessageFormat};
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, PartialEq, Default)]
pub struct AppState {
    /// The calculator's own inputs (Custom mode).
    pub inputs: Inputs,
    /// The chosen provider preset; `None` is Custom.
    pub provider: Option<&'static str>,
    /// The preset's field values.
    pub preset: Values,
    pub raw: Rc<str>,
    /// What the raw request view found (detected provider, notes).
    pub raw_notes: Vec<String>,
    /// The pasted request's body is pretty-printed JSON (noted only when it does not verify).
    pub raw_pretty: bool,
    /// The signature the user's own code computed (Signature your code computed).
    pub computed: String,
    /// The error message the user's SDK raised (Error message).
    pub error_text: String,
    /// The captured request's Content-Length (from the raw request view).
    pub content_length: String,
    /// What the error text told (e.g. a stale socket id).
    pub error_notes: Vec<String>,
    /// Index into the verification code languages.
    pub language: usize,
    /// The chosen message file: it is hashed instead of the text.
    pub file: Option<web_sys::File>,
    /// The file's MAC once the worker finished.
    pub file_mac: Option<Vec<u8>>,
    /// Whether a share link includes the message.
    pub share_message: bool,
    /// The last share link made, and how many were made (each is copied once made).
    pub share_link: String,
    pub shares: u32,
    /// Bumped by "Clear all" so every component starts afresh.
    pub generation: u32,
    /// Where the loaded example comes from.
    pub example_note: Option<String>,
    /// A preset's notes as the worker sent them: (preset id, notes).
    pub notes: Option<(&'static str, Vec<String>)>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Message(String),
    MessageFormat(MessageFormat),
    Key(String),
    KeyFormat(KeyFormat),
    Algorithm(Algorithm),
    Expected(String),
    Provider(String),
    PresetSecret(String),
    PresetBody(String),
    PresetSignature(String),
    PresetField(&'static str, String),
    /// Other secrets to try, one per line (kept for Custom and the presets alike).
    OtherSecrets(String),
    Raw(String),
    ErrorText(String),
    Computed(String),
    Language(usize),
    File(Option<web_sys::File>),
    FileMac(Option<Vec<u8>>),
    ShareMessage(bool),
    /// Make a share link from this page address (without fragment).
    MakeShareLink(String),
    /// Fill Custom with its example (RFC 4231 case 2); `true`: with its common mistake.
    LoadExample(bool),
    /// A preset's example as the worker sent it (none where the preset has none), and where
    /// it comes from.
    PresetExample(Option<(String, Values)>, String),
    /// A preset's notes, sent by the worker with its program.
    PresetNotes(&'static str, Vec<String>),
    ClearAll,
}

impl AppState {
    /// The state a share link's fragment describes.
    pub fn from_fragment(fragment: &str) -> Self {
        let s = share::decode(fragment);
        let mut state = AppState::default();
        if let Some(a) = s.algorithm {
            state.inputs.algorithm = a;
        }
        if let Some(f) = s.message_format {
            state.inputs.message_format = f;
        }
        if let Some(f) = s.key_format {
            state.inputs.key_format = f;
        }
        state.provider = s.provider.as_deref().and_then(presets::find).map(|p| p.id);
        if let Some(m) = s.message {
            state.share_message = true;
            match state.provider {
                Some(_) => state.preset.body = m.into(),
                None => state.inputs.message = m.into(),
            }
        }
        state
    }

    /// The non-secret settings a share link carries.
    pub fn shared(&self) -> share::Shared {
        let message = match self.provider {
            Some(_) => &self.preset.body,
            None => &self.inputs.message,
        };
        share::Shared {
            algorithm: Some(self.inputs.algorithm),
            message_format: Some(self.inputs.message_format),
            key_format: Some(self.inputs.key_format),
            provider: self.provider.map(str::to_string),
            message: (self.share_message && !message.is_empty()).then(|| message.to_string()),
        }
    }

    /// Whether anything was entered that an example would replace.
    pub fn has_input(&self) -> bool {
        match self.provider {
            Some(_) => {
                let v = &self.preset;
                !(v.secret.is_empty() && v.body.is_empty() && v.signature.is_empty())
                    || v.fields.iter().any(|(_, value)| !value.is_empty())
            }
            None => {
                !(self.inputs.message.is_empty()
                    && self.inputs.key.is_empty()
                    && self.inputs.expected.is_empty())
            }
        }
    }

    /// Custom's example; a preset's comes from the worker ([`Action::PresetExample`]).
    fn load_example(&mut self, mistake: bool) {
        match self.provider {
            Some(_) => {}
            None => {
                let (key, message, mac) = presets::RFC4231_CASE2;
                self.inputs = Inputs {
                    message: message.into(),
                    // The mistake: the key's hex written where its text belongs.
                    key: if mistake { hex::encode(key) } else { key.to_string() },
                    expected: mac.to_string(),
                    ..Inputs::default()
                };
                self.example_note = Some(if mistake {
                    "Loaded RFC 4231 test case 2 with the key written as hex text (4a656665) where the signer used its bytes as text: the diagnosis names it.".into()
                } else {
                    "Loaded RFC 4231 test case 2: HMAC-SHA256 with key \"Jefe\", the RFC's official vector."
                        .into()
                });
            }
        }
    }

    fn apply_raw(&mut self, text: String) {
        self.raw = text.into();
        self.raw_notes.clear();
        self.raw_pretty = false;
        self.content_length.clear();
        if self.raw.trim().is_empty() {
            return;
        }
        let req = raw::parse(&self.raw);
        self.content_length = req.header("content-length").unwrap_or_default().trim().to_string();
        let preset = raw::detect(&req).or_else(|| self.provider.and_then(presets::find));
        match preset {
            Some(p) => {
                if raw::detect(&req).is_some() {
                    self.raw_notes.push(format!("Detected {} from its headers.", p.name));
                } else {
                    self.raw_notes.push(format!("No provider headers found; filled the {} fields.", p.name));
                }
                self.provider = Some(p.id);
                let others = std::mem::take(&mut self.preset.other_secrets);
                self.preset = raw::fill(p, &req, &self.preset.secret);
                self.raw_notes.extend(raw::other_header_note(p, &req));
                self.raw_notes.extend(raw::url_note(p, &req));
                self.preset.other_secrets = others;
            }
            None => self.raw_notes.push(
                "No known provider's signature header found. Choose a Provider, or use the calculator with the body below."
                    .into(),
            ),
        }
        self.raw_notes.extend(req.notes);
        self.raw_pretty = req.pretty_json;
    }

    /// What the user holds besides the inputs, for the diagnosis.
    pub fn evidence(&self) -> crate::engine::evidence::Evidence {
        crate::engine::evidence::Evidence {
            computed: self.computed.clone(),
            error: self.error_text.clone(),
            content_length: if self.provider.is_some() { self.content_length.clone() } else { String::new() },
        }
    }

    /// Reads a provider's error message with the preset's own hook, which may switch to a
    /// related preset and fill its fields.
    fn apply_error_text(&mut self, text: String) {
        self.error_text = text;
        self.error_notes.clear();
        let Some(paste) = self.provider.and_then(presets::find).and_then(|p| p.error_paste) else { return };
        let pasted = (paste.read)(&self.error_text, &self.preset);
        if let Some(id) = pasted.preset {
            self.provider = Some(id);
        }
        for (id, value) in pasted.fields {
            self.preset.set(id, value);
        }
        if let Some(s) = pasted.signature {
            self.preset.signature = s;
        }
        self.error_notes = pasted.notes;
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let inputs = &mut next.inputs;
        match action {
            Action::Message(m) => inputs.message = m.into(),
            Action::MessageFormat(f) => inputs.message_format = f,
            Action::Key(k) => inputs.key = k,
            Action::KeyFormat(f) => inputs.key_format = f,
            Action::Algorithm(a) => inputs.algorithm = a,
            Action::Expected(e) => inputs.expected = e,
            Action::Provider(id) => {
                next.provider = presets::find(&id).map(|p| p.id);
                next.example_note = None;
            }
            Action::LoadExample(mistake) => next.load_example(mistake),
            Action::PresetExample(example, note) => {
                // Only for the preset still chosen (the answer may come after a switch).
                if let Some((id, v)) = example {
                    if next.provider == Some(id.as_str()) {
                        next.preset = v;
                        next.example_note = Some(note);
                    }
                } else {
                    next.example_note = Some(note);
                }
            }
            Action::PresetNotes(id, notes) => next.notes = Some((id, notes)),
            Action::PresetSecret(s) => next.preset.secret = s,
            Action::PresetBody(b) => next.preset.body = b.into(),
            Action::PresetSignature(s) => next.preset.signature = s,
            Action::PresetField(id, v) => next.preset.set(id, v),
            Action::OtherSecrets(s) => {
                next.inputs.other_secrets = s.clone();
                next.preset.other_secrets = s;
            }
            Action::Raw(text) => next.apply_raw(text),
            Action::ErrorText(text) => next.apply_error_text(text),
            Action::Computed(text) => next.computed = text,
            Action::Language(i) => next.language = i,
            Action::File(f) => {
                next.file = f;
                next.file_mac = None;
            }
            Action::FileMac(m) => next.file_mac = m,
            Action::ShareMessage(b) => next.share_message = b,
            Action::MakeShareLink(base) => {
                next.share_link = format!("{base}#{}", share::encode(&next.shared()));
                next.shares = next.shares.wrapping_add(1);
            }
            Action::ClearAll => {
                next = AppState { generation: next.generation.wrapping_add(1), ..AppState::default() };
            }
        }
        Rc::new(next)
    }
}
