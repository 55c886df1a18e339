//! The page's Web Worker (the `worker` binary): hashes a `File` as it streams in, reading and
//! hashing at once, feeding the incremental HMAC and reporting progress, so the page stays
//! responsive and memory stays at one slice; and runs diagnosis jobs off the main thread, for
//! large texts and for files, a newer job dropping the older; and writes verification
//! programs and verifies public-key signatures (their code stays out of the page's own). Every message it reads and
//! writes is a [`Request`] or a [`Reply`] (see `protocol.rs`).

use super::protocol::{Reply, Request};
use super::scheduler;
use super::webcrypto::Hasher;
use crate::engine::diagnosis::Outcome;
use crate::engine::evidence::{assess, assess_verified, Evidence};
use crate::engine::presets::code::curl::signed_request;
use crate::engine::presets::code::{about, plan, program, Language};
use crate::engine::{Algorithm, HmacState, Subject};
use js_sys::{Reflect, Uint8Array};
use std::cell::Cell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, DedicatedWorkerGlobalScope, FileReaderSync, MessageEvent, ReadableStreamReadResult};

/// Files up to this size are diagnosed (read whole in the worker); JSON re-serialisation is
/// tried up to [`crate::engine::diagnosis::JSON_LIMIT`].
pub const FILE_DIAGNOSIS_LIMIT: f64 = 16.0 * 1024.0 * 1024.0;

fn post(scope: &DedicatedWorkerGlobalScope, reply: &Reply) {
    let _ = scope.post_message(&reply.encode());
}

/// How much a "bring your own buffer" read asks for.
const READ_SIZE: u32 = 8 << 20;

/// Hashes `blob` as it streams in (`Blob.stream()`): the browser reads the file on another
/// thread while this one hashes what has arrived, a read at a time (what the browser has read
/// by then, up to [`READ_SIZE`]), so reading and hashing overlap and memory stays at two
/// reads. Progress at most every `every_ms` milliseconds (the result says when it is done).
async fn hash_file(
    scope: &DedicatedWorkerGlobalScope,
    blob: &Blob,
    key: &[u8],
    alg: Algorithm,
    every_ms: u32,
) -> Result<Vec<u8>, String> {
    let every = f64::from(every_ms);
    let total = blob.size();
    let stream = blob.stream();
    // A "bring your own buffer" reader fills READ_SIZE bytes a time where the engine has one;
    // otherwise the default reader hands over the engine's own chunks.
    let get_reader: js_sys::Function = Reflect::get(&stream, &JsValue::from_str("getReader"))
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or_else(|| "cannot read the file as a stream".to_string())?;
    let byob_options = js_sys::Object::new();
    let _ = Reflect::set(&byob_options, &JsValue::from_str("mode"), &JsValue::from_str("byob"));
    let (reader, byob) = match get_reader.call1(&stream, &byob_options) {
        Ok(r) => (r, true),
        Err(_) => {
            (get_reader.call0(&stream).map_err(|_| "cannot read the file as a stream".to_string())?, false)
        }
    };
    let read: js_sys::Function = Reflect::get(&reader, &JsValue::from_str("read"))
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or_else(|| "cannot read the file as a stream".to_string())?;
    let mut state = HmacState::new(alg, key);
    let mut done = 0.0;
    let mut reported = js_sys::Date::now();
    let mut buf: Vec<u8> = Vec::new();
    // Two buffers: the next read is asked for before the chunk at hand is hashed.
    let ask = |spare: Option<js_sys::ArrayBuffer>| -> Result<JsFuture, String> {
        let promise = match spare {
            Some(buffer) => read.call1(&reader, &Uint8Array::new(&buffer)),
            None => read.call0(&reader),
        };
        promise
            .ok()
            .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
            .map(JsFuture::from)
            .ok_or_else(|| "cannot read the file".to_string())
    };
    let mut spare = byob.then(|| js_sys::ArrayBuffer::new(READ_SIZE));
    let mut next = Some(ask(byob.then(|| js_sys::ArrayBuffer::new(READ_SIZE)))?);
    while let Some(pending) = next.take() {
        let result = pending.await.map_err(|_| format!("cannot read the file at byte {done}"))?;
        let result: ReadableStreamReadResult = result.unchecked_into();
        if result.get_done().unwrap_or(true) {
            break;
        }
        let view: Uint8Array =
            result.get_value().dyn_into().map_err(|_| format!("cannot read the file at byte {done}"))?;
        next = Some(ask(spare.take())?);
        let n = view.length() as usize;
        if buf.len() < n {
            buf.resize(n, 0);
        }
        view.copy_to(&mut buf[..n]);
        if byob {
            // The buffer came back (moved into the view): the read after next goes into it.
            spare = Some(view.buffer());
        }
        state.update(&buf[..n]);
        done += n as f64;
        let now = js_sys::Date::now();
        if done < total && now - reported >= every {
            reported = now;
            post(scope, &Reply::HashProgress { done, total });
        }
    }
    Ok(state.finalize())
}

/// The worker's wasm memory, to show that it stays at about one slice.
fn memory() -> f64 {
    Reflect::get(&wasm_bindgen::memory(), &JsValue::from_str("buffer"))
        .ok()
        .and_then(|b| Reflect::get(&b, &JsValue::from_str("byteLength")).ok())
        .and_then(|n| n.as_f64())
        .unwrap_or(0.0)
}

thread_local! {
    /// The message or body of the page's latest diagnosis job.
    static TEXT: std::cell::RefCell<Option<std::rc::Rc<str>>> = const { std::cell::RefCell::new(None) };
    /// The newest diagnosis job: an older one still running stops at its next slice.
    static NEWEST: Cell<u32> = const { Cell::new(0) };
}

/// Runs diagnosis job `id` over `subject` (or over `file`, read whole) and replies with its
/// outcome, or `Nothing`; progress meanwhile. A newer job cancels it.
async fn diagnose(
    scope: &DedicatedWorkerGlobalScope,
    id: u32,
    subject: &Subject,
    file: Option<Blob>,
    evidence: &Evidence,
) -> Result<(), String> {
    NEWEST.with(|n| n.set(n.get().max(id)));
    let bytes = match file {
        Some(blob) => {
            if blob.size() > FILE_DIAGNOSIS_LIMIT {
                return Err(format!(
                    "files over {} MiB are not diagnosed",
                    FILE_DIAGNOSIS_LIMIT / 1_048_576.0
                ));
            }
            let reader = FileReaderSync::new().map_err(|_| "FileReaderSync is not available".to_string())?;
            let buffer =
                reader.read_as_array_buffer(&blob).map_err(|_| "cannot read the file".to_string())?;
            Some(Uint8Array::new(&buffer).to_vec())
        }
        None => None,
    };
    let now_ms = js_sys::Date::now() as i64;
    let Some(mut search) = subject.search_towards(bytes, &evidence.computed) else {
        // Nothing to search; what the evidence tells (a Match explained, an error message
        // recognised) is still said.
        let notes = assess(subject, evidence, None, now_ms);
        post(
            scope,
            &match notes.is_empty() {
                true => Reply::Nothing { id },
                false => Reply::Diagnosed { id, report: Outcome::NotSearched.report().with_evidence(notes) },
            },
        );
        return Ok(());
    };
    let hasher = Hasher::new(&search, true).await;
    let current = || NEWEST.with(|n| n.get()) == id;
    let progress = |tried: usize| post(scope, &Reply::SearchProgress { id, tried });
    if let Some(outcome) = scheduler::run(&mut search, &hasher, || !current(), progress).await {
        let notes = assess(subject, evidence, search.yours(), now_ms);
        post(scope, &Reply::Diagnosed { id, report: outcome.report().with_evidence(notes) });
    }
    Ok(())
}

/// Handles one posted message, as the protocol read it.
fn handle(scope: &DedicatedWorkerGlobalScope, decoded: Result<Request, String>) {
    let request = match decoded {
        Ok(r) => r,
        Err(message) => return post(scope, &Reply::Error { id: None, message }),
    };
    match request {
        Request::HashFile { file, key, algorithm, every_ms } => {
            let scope = scope.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let reply = match hash_file(&scope, &file, &key, algorithm, every_ms).await {
                    Ok(mac) => Reply::Hashed { mac, memory: memory() },
                    Err(message) => Reply::Error { id: None, message },
                };
                post(&scope, &reply);
            });
        }
        Request::Cancel { id } => NEWEST.with(|n| n.set(n.get().max(id))),
        Request::Verify { id, subject, error } => {
            let reply = match &subject {
                Subject::Preset { id: preset, values } => match crate::engine::presets::find(preset) {
                    Some(p) => {
                        let mut checked = crate::engine::pubkey::check::check(p, values);
                        let now_ms = js_sys::Date::now() as i64;
                        checked.notes.extend(assess_verified(p, values, &error, &checked.verdict, now_ms));
                        Reply::Verified { id, checked }
                    }
                    None => Reply::Error { id: Some(id), message: format!("unknown preset “{preset}”") },
                },
                Subject::Custom(_) => {
                    Reply::Error { id: Some(id), message: "only a preset's request is verified".into() }
                }
            };
            post(scope, &reply);
        }
        Request::Program { id, preset, language } => {
            let preset = crate::engine::presets::find(&preset);
            let text = preset.zip(Language::from_id(&language)).and_then(|(p, l)| program(p, l));
            // A signed request needs the secret: never for a public-key preset.
            let curl = preset.is_some_and(|p| plan(p).is_some() && !p.is_public_key());
            let about =
                preset.zip(Language::from_id(&language)).map_or_else(String::new, |(p, l)| about(p, l));
            let notes = preset.map_or_else(Vec::new, |p| crate::engine::presets::providers::notes(p.id));
            post(scope, &Reply::Program { id, text, about, curl, notes });
        }
        Request::Example { id, preset, mistake } => {
            let name = crate::engine::presets::find(&preset).map_or(preset.as_str(), |p| p.name);
            let reply = match crate::engine::presets::providers::example(&preset) {
                Some(ex) if !mistake || ex.has_mistake() => Reply::Example {
                    id,
                    subject: Some(Subject::Preset { id: preset.clone(), values: ex.values(mistake) }),
                    note: ex.provenance(mistake),
                },
                Some(_) => {
                    Reply::Example { id, subject: None, note: format!("No mistake example for {name}.") }
                }
                None => Reply::Example { id, subject: None, note: format!("No example for {name} yet.") },
            };
            post(scope, &reply);
        }
        Request::Curl { id, subject, url, now_ms } => {
            let text = match &subject {
                Subject::Preset { id: preset, values } => crate::engine::presets::find(preset)
                    .and_then(|p| signed_request(p, values, &url, now_ms as i64)),
                Subject::Custom(_) => None,
            };
            post(scope, &Reply::Curl { id, text });
        }
        Request::Diagnose { id, mut subject, file, text_known, evidence } => {
            // The text the page sent last is kept: a job that says it is known uses it.
            let kept = TEXT.with(|t| {
                let mut t = t.borrow_mut();
                if text_known {
                    t.clone()
                } else {
                    *t = Some(subject.text().clone());
                    None
                }
            });
            match (text_known, kept) {
                (true, Some(text)) => *subject.text_mut() = text,
                (true, None) => {
                    return post(
                        scope,
                        &Reply::Error {
                            id: Some(id),
                            message: "the worker does not have the message: send it again".into(),
                        },
                    )
                }
                (false, _) => {}
            }
            let scope = scope.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(message) = diagnose(&scope, id, &subject, file, &evidence).await {
                    post(&scope, &Reply::Error { id: Some(id), message });
                }
            });
        }
    }
}

/// Installs the message handler (the worker binary's `main`).
pub fn start() {
    let Ok(scope) = js_sys::global().dyn_into::<DedicatedWorkerGlobalScope>() else { return };
    let handler_scope = scope.clone();
    let onmessage = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        handle(&handler_scope, Request::decode(&event.data()))
    });
    scope.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    onmessage.forget();
    // Messages posted before the handler existed would be lost: say when it is ready.
    post(&scope, &Reply::Ready);
}
