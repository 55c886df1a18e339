//! The page state as a reducer: every user action is an [`Action`].

use crate::engine::presets::{self, pusher, raw, Values};
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
    pub raw: String,
    /// What the raw request view found (detected provider, notes).
    pub raw_notes: Vec<String>,
    pub pusher_error: String,
    /// What the Pusher error text told (stale socket id, unreadable text).
    pub pusher_notes: Vec<String>,
    /// Index into the verification code languages.
    pub language: usize,
    /// A message file is chosen: it is hashed instead of the text.
    pub file_active: bool,
    /// The file's MAC once the worker finished.
    pub file_mac: Option<Vec<u8>>,
    /// The diagnosis of a message file (text, and where its bytes differ).
    pub file_diagnosis: Option<(String, Option<crate::engine::diagnosis::Difference>)>,
    /// Whether a share link includes the message.
    pub share_message: bool,
    /// The last share link made.
    pub share_link: String,
    /// Bumped by "Clear all" so every component starts afresh.
    pub generation: u32,
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
    Raw(String),
    PusherError(String),
    Language(usize),
    FileActive(bool),
    FileMac(Option<Vec<u8>>),
    FileDiagnosis(Option<(String, Option<crate::engine::diagnosis::Difference>)>),
    ShareMessage(bool),
    /// Make a share link from this page address (without fragment).
    MakeShareLink(String),
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
                Some(_) => state.preset.body = m,
                None => state.inputs.message = m,
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
            message: (self.share_message && !message.is_empty()).then(|| message.clone()),
        }
    }

    fn apply_raw(&mut self, text: String) {
        self.raw = text;
        self.raw_notes.clear();
        if self.raw.trim().is_empty() {
            return;
        }
        let req = raw::parse(&self.raw);
        let preset = raw::detect(&req).or_else(|| self.provider.and_then(presets::find));
        match preset {
            Some(p) => {
                if raw::detect(&req).is_some() {
                    self.raw_notes.push(format!("Detected {} from its headers.", p.name));
                } else {
                    self.raw_notes.push(format!("No provider headers found; filled the {} fields.", p.name));
                }
                self.provider = Some(p.id);
                self.preset = raw::fill(p, &req, &self.preset.secret);
            }
            None => self.raw_notes.push(
                "No known provider's signature header found. Choose a Provider, or use the calculator with the body below."
                    .into(),
            ),
        }
        self.raw_notes.extend(req.notes);
    }

    fn apply_pusher_error(&mut self, text: String) {
        self.pusher_error = text;
        self.pusher_notes.clear();
        if self.pusher_error.trim().is_empty() {
            return;
        }
        match pusher::parse_error(&self.pusher_error) {
            Ok(e) => {
                let entered = self.preset.get("socket_id").to_string();
                if !entered.is_empty() && entered != e.socket_id {
                    self.pusher_notes.push(format!(
                        "Pusher expected socket id {} but you entered {entered}: the client reconnected and got a new socket id, while your server signed the old one. Sign the socket_id sent with the current auth request, never a cached one.",
                        e.socket_id
                    ));
                }
                if !pusher::valid_socket_id(&e.socket_id) {
                    self.pusher_notes
                        .push(format!("“{}” is not a valid socket id (digits.digits).", e.socket_id));
                }
                let id = if e.user_auth { "pusher-user" } else { "pusher-channel" };
                self.provider = Some(id);
                self.preset.set("socket_id", e.socket_id);
                if e.user_auth {
                    self.preset.set("user_data", e.channel_data.unwrap_or_default());
                } else {
                    self.preset.set("channel", e.channel);
                    self.preset.set("channel_data", e.channel_data.unwrap_or_default());
                }
                if e.received.starts_with('{') {
                    self.pusher_notes.push("Pusher got JSON where the signature belongs (“but got {…”): your endpoint returned JSON inside JSON. Return {\"auth\":\"key:signature\"} once.".into());
                }
                self.preset.signature = e.received;
            }
            Err(e) => self.pusher_notes.push(e),
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let inputs = &mut next.inputs;
        match action {
            Action::Message(m) => inputs.message = m,
            Action::MessageFormat(f) => inputs.message_format = f,
            Action::Key(k) => inputs.key = k,
            Action::KeyFormat(f) => inputs.key_format = f,
            Action::Algorithm(a) => inputs.algorithm = a,
            Action::Expected(e) => inputs.expected = e,
            Action::Provider(id) => next.provider = presets::find(&id).map(|p| p.id),
            Action::PresetSecret(s) => next.preset.secret = s,
            Action::PresetBody(b) => next.preset.body = b,
            Action::PresetSignature(s) => next.preset.signature = s,
            Action::PresetField(id, v) => next.preset.set(id, v),
            Action::Raw(text) => next.apply_raw(text),
            Action::PusherError(text) => next.apply_pusher_error(text),
            Action::Language(i) => next.language = i,
            Action::FileActive(a) => next.file_active = a,
            Action::FileMac(m) => next.file_mac = m,
            Action::FileDiagnosis(d) => next.file_diagnosis = d,
            Action::ShareMessage(b) => next.share_message = b,
            Action::MakeShareLink(base) => {
                next.share_link = format!("{base}#{}", share::encode(&next.shared()))
            }
            Action::ClearAll => {
                next = AppState { generation: next.generation.wrapping_add(1), ..AppState::default() };
            }
        }
        Rc::new(next)
    }
}
