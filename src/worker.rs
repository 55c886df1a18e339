//! The page's Web Worker. It hashes a `File` in slices with `FileReaderSync`, feeding the
//! incremental HMAC and posting progress, so the page stays responsive and memory stays flat.
//! With `mode: "diagnose"` it runs diagnosis jobs off the main thread (see [`diagnose`]): the
//! text diagnosis (one long-lived worker, a newer job cancelling the older) and the diagnosis
//! of a file of at most [`FILE_DIAGNOSIS_LIMIT`] bytes, read whole.
//!
//! Protocol: the worker first posts `{kind: "ready"}`; the page then posts `{file, key: Uint8Array, alg: "<Algorithm::id>", chunk}`; the
//! worker answers `{kind: "progress", done, total}` after each slice, then
//! `{kind: "done", mac: Uint8Array}` or `{kind: "error", message}`. The page cancels by
//! terminating the worker.

use crate::engine::diagnosis::Search;
use crate::engine::{Algorithm, HmacState};
use crate::search_driver::{self, field};
use js_sys::{Object, Reflect, Uint8Array};
use std::cell::Cell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Blob, DedicatedWorkerGlobalScope, FileReaderSync, MessageEvent};

fn post(scope: &DedicatedWorkerGlobalScope, fields: &[(&str, JsValue)]) {
    let msg = Object::new();
    for (k, v) in fields {
        let _ = Reflect::set(&msg, &JsValue::from_str(k), v);
    }
    let _ = scope.post_message(&msg);
}

fn hash_file(scope: &DedicatedWorkerGlobalScope, data: &JsValue) -> Result<Vec<u8>, String> {
    let blob: Blob = field(data, "file").dyn_into().map_err(|_| "no file was given".to_string())?;
    let key = Uint8Array::new(&field(data, "key")).to_vec();
    let alg = field(data, "alg").as_string().and_then(|a| Algorithm::from_id(&a)).unwrap_or_default();
    let chunk = field(data, "chunk").as_f64().filter(|c| *c >= 1.0).unwrap_or(16.0 * 1024.0 * 1024.0);
    let reader = FileReaderSync::new().map_err(|_| "FileReaderSync is not available".to_string())?;
    let total = blob.size();
    let mut state = HmacState::new(alg, &key);
    let mut done = 0.0;
    // One buffer reused for every slice: memory stays at one slice whatever the file size.
    let mut buf = vec![0u8; chunk as usize];
    while done < total {
        let end = (done + chunk).min(total);
        let slice =
            blob.slice_with_f64_and_f64(done, end).map_err(|_| "cannot slice the file".to_string())?;
        let buffer = reader
            .read_as_array_buffer(&slice)
            .map_err(|_| format!("cannot read the file at byte {done}"))?;
        let view = Uint8Array::new(&buffer);
        let n = view.length() as usize;
        if buf.len() < n {
            buf.resize(n, 0);
        }
        view.copy_to(&mut buf[..n]);
        state.update(&buf[..n]);
        done = end;
        post(scope, &[("kind", "progress".into()), ("done", done.into()), ("total", total.into())]);
    }
    Ok(state.finalize())
}

/// Files up to this size are diagnosed (read whole in the worker); JSON re-serialisation is
/// tried up to [`crate::engine::diagnosis::JSON_LIMIT`].
pub const FILE_DIAGNOSIS_LIMIT: f64 = 16.0 * 1024.0 * 1024.0;

thread_local! {
    /// The newest diagnosis job: an older one still running stops at its next slice.
    static NEWEST: Cell<f64> = const { Cell::new(0.0) };
}

/// Runs a diagnosis job (a text message, or a `file` read whole) and posts
/// `{kind: "diagnosis", id, found, text, tried, offset?, yours?, signed?}`, or
/// `{kind: "nothing", id}` when there is nothing to diagnose; `{kind: "progress", id, tried}`
/// meanwhile (at most every [`search_driver::PROGRESS_MS`]). A newer job cancels it.
async fn diagnose(scope: &DedicatedWorkerGlobalScope, data: &JsValue) -> Result<(), String> {
    let id = field(data, "id").as_f64().unwrap_or(0.0);
    NEWEST.with(|n| n.set(id));
    let (inputs, extra) = search_driver::read_job(data);
    let search = match field(data, "file").dyn_into::<Blob>() {
        Ok(blob) => {
            if blob.size() > FILE_DIAGNOSIS_LIMIT {
                return Err(format!(
                    "files over {} MiB are not diagnosed",
                    FILE_DIAGNOSIS_LIMIT / 1_048_576.0
                ));
            }
            let reader = FileReaderSync::new().map_err(|_| "FileReaderSync is not available".to_string())?;
            let buffer =
                reader.read_as_array_buffer(&blob).map_err(|_| "cannot read the file".to_string())?;
            Search::with_message(&inputs, Uint8Array::new(&buffer).to_vec(), extra)
        }
        Err(_) if field(data, "cancel").is_truthy() => None,
        Err(_) => Search::new(&inputs, extra),
    };
    let Some(search) = search else {
        post(scope, &[("kind", "nothing".into()), ("id", id.into())]);
        return Ok(());
    };
    let hasher = search_driver::Hasher::new(&search, true).await;
    let current = || NEWEST.with(|n| n.get()) == id;
    let progress = |tried: usize| {
        post(scope, &[("kind", "progress".into()), ("id", id.into()), ("tried", (tried as f64).into())])
    };
    let Some(outcome) = search_driver::run(search, &hasher, || !current(), progress).await else {
        return Ok(()); // a newer job took over
    };
    let msg = Object::new();
    let _ = Reflect::set(&msg, &"kind".into(), &"diagnosis".into());
    let _ = Reflect::set(&msg, &"id".into(), &id.into());
    search_driver::Report::of(&outcome).write(&msg);
    let _ = scope.post_message(&msg);
    Ok(())
}

/// Installs the message handler (the worker binary's `main`).
pub fn start() {
    let Ok(scope) = js_sys::global().dyn_into::<DedicatedWorkerGlobalScope>() else { return };
    let handler_scope = scope.clone();
    let onmessage = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        if field(&event.data(), "mode").as_string().as_deref() == Some("diagnose") {
            let scope = handler_scope.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(message) = diagnose(&scope, &event.data()).await {
                    post(&scope, &[("kind", "error".into()), ("message", message.into())]);
                }
            });
            return;
        }
        match hash_file(&handler_scope, &event.data()) {
            Ok(mac) => {
                // The worker's wasm memory, to show that it stays at about one slice.
                let memory = Reflect::get(&wasm_bindgen::memory(), &JsValue::from_str("buffer"))
                    .ok()
                    .and_then(|b| Reflect::get(&b, &JsValue::from_str("byteLength")).ok())
                    .unwrap_or(JsValue::UNDEFINED);
                post(
                    &handler_scope,
                    &[
                        ("kind", "done".into()),
                        ("mac", Uint8Array::from(mac.as_slice()).into()),
                        ("memory", memory),
                    ],
                )
            }
            Err(message) => post(&handler_scope, &[("kind", "error".into()), ("message", message.into())]),
        }
    });
    scope.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    onmessage.forget();
    // Messages posted before the handler existed would be lost: say when it is ready.
    post(&scope, &[("kind", "ready".into())]);
}
