//! Every message between the page and its worker: a [`Request`] enum and a [`Reply`] enum,
//! each encoded and decoded here and nowhere else. A message travels as a plain object
//! `{json, text?, file?}`: `json` is the enum as JSON; the large text of a diagnosis (the
//! message or body) travels apart in `text`, so that it is never escaped into JSON; a `File`
//! travels as itself. A message that cannot be read is an error, never a default.

use crate::engine::diagnosis::Outcome;
use crate::engine::{Algorithm, Subject};
use js_sys::{Object, Reflect};
use serde::{Deserialize, Serialize};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Blob;

/// From the page to the worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Request {
    /// Hash the attached file with `key` in slices of `chunk` bytes, reporting progress.
    HashFile { key: Vec<u8>, algorithm: Algorithm, chunk: u32 },
    /// Diagnose `subject`; with a file attached, the file's bytes are the message. A job
    /// with a higher id makes the worker drop older ones.
    Diagnose { id: u32, subject: Subject },
    /// Drop job `id` and every older one.
    Cancel { id: u32 },
}

/// From the worker to the page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Reply {
    /// The worker's handler is installed: requests posted from now on are handled.
    Ready,
    /// `done` of `total` bytes of the file hashed.
    HashProgress { done: f64, total: f64 },
    /// The file's MAC, and the worker's wasm memory in bytes.
    Hashed { mac: Vec<u8>, memory: f64 },
    /// Candidate signatures tried so far by job `id`.
    SearchProgress { id: u32, tried: usize },
    /// The outcome of job `id`.
    Diagnosed { id: u32, outcome: Outcome },
    /// Job `id` had nothing to diagnose (no readable expected signature, an invalid message).
    Nothing { id: u32 },
    /// A request failed or could not be read; `id` when it was a diagnosis job.
    Error { id: Option<u32>, message: String },
}

fn get(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn envelope(json: String, text: Option<&str>, file: Option<&Blob>) -> JsValue {
    let msg = Object::new();
    let _ = Reflect::set(&msg, &"json".into(), &json.into());
    if let Some(t) = text {
        let _ = Reflect::set(&msg, &"text".into(), &t.into());
    }
    if let Some(f) = file {
        let _ = Reflect::set(&msg, &"file".into(), f);
    }
    msg.into()
}

fn json_of(data: &JsValue, what: &str) -> Result<String, String> {
    get(data, "json").as_string().ok_or_else(|| format!("malformed {what}: no json field"))
}

impl Request {
    /// The message to post, with `file` attached.
    pub fn encode(&self, file: Option<&Blob>) -> JsValue {
        match self {
            Request::Diagnose { id, subject } => {
                let mut light = subject.clone();
                *light.text_mut() = "".into();
                let json = serde_json::to_string(&Request::Diagnose { id: *id, subject: light });
                envelope(json.unwrap_or_default(), Some(subject.text()), file)
            }
            other => envelope(serde_json::to_string(other).unwrap_or_default(), None, file),
        }
    }

    /// Reads a posted message: the request and the attached file, or why it is unreadable.
    pub fn decode(data: &JsValue) -> Result<(Request, Option<Blob>), String> {
        let json = json_of(data, "request")?;
        let mut request: Request =
            serde_json::from_str(&json).map_err(|e| format!("malformed request: {e}"))?;
        if let Request::Diagnose { subject, .. } = &mut request {
            let text = get(data, "text").as_string().ok_or("malformed request: the text is missing")?;
            *subject.text_mut() = text.into();
        }
        let file = get(data, "file").dyn_into::<Blob>().ok();
        if matches!(request, Request::HashFile { .. }) && file.is_none() {
            return Err("malformed request: no file to hash".into());
        }
        Ok((request, file))
    }

    /// The id of a diagnosis job (for an error reply).
    pub fn job(&self) -> Option<u32> {
        match self {
            Request::Diagnose { id, .. } | Request::Cancel { id } => Some(*id),
            Request::HashFile { .. } => None,
        }
    }
}

impl Reply {
    pub fn encode(&self) -> JsValue {
        envelope(serde_json::to_string(self).unwrap_or_default(), None, None)
    }

    /// Reads a message from the worker; one that cannot be read becomes an [`Reply::Error`].
    pub fn decode(data: &JsValue) -> Reply {
        json_of(data, "reply")
            .and_then(|json| serde_json::from_str(&json).map_err(|e| format!("malformed reply: {e}")))
            .unwrap_or_else(|message| Reply::Error { id: None, message })
    }
}
