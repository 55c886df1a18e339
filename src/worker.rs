//! The file-hashing Web Worker: reads a `File` in slices with `FileReaderSync` and feeds the
//! incremental HMAC, posting progress, so the page stays responsive and memory stays flat. With
//! `mode: "diagnose"` it reads a file of at most [`FILE_DIAGNOSIS_LIMIT`] bytes whole and runs
//! the diagnosis on it off the main thread, answering `{kind: "diagnosis", text, offset?, yours?,
//! signed?}`.
//!
//! Protocol: the worker first posts `{kind: "ready"}`; the page then posts `{file, key: Uint8Array, alg: "<Algorithm::id>", chunk}`; the
//! worker answers `{kind: "progress", done, total}` after each slice, then
//! `{kind: "done", mac: Uint8Array}` or `{kind: "error", message}`. The page cancels by
//! terminating the worker.

use crate::engine::diagnosis::{Outcome, Search};
use crate::engine::{Algorithm, HmacState, Inputs, KeyFormat};
use js_sys::{Object, Reflect, Uint8Array};
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

fn get(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn hash_file(scope: &DedicatedWorkerGlobalScope, data: &JsValue) -> Result<Vec<u8>, String> {
    let blob: Blob = get(data, "file").dyn_into().map_err(|_| "no file was given".to_string())?;
    let key = Uint8Array::new(&get(data, "key")).to_vec();
    let alg = get(data, "alg").as_string().and_then(|a| Algorithm::from_id(&a)).unwrap_or_default();
    let chunk = get(data, "chunk").as_f64().filter(|c| *c >= 1.0).unwrap_or(16.0 * 1024.0 * 1024.0);
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

fn diagnose_file(scope: &DedicatedWorkerGlobalScope, data: &JsValue) -> Result<(), String> {
    let blob: Blob = get(data, "file").dyn_into().map_err(|_| "no file was given".to_string())?;
    if blob.size() > FILE_DIAGNOSIS_LIMIT {
        return Err(format!("files over {} MiB are not diagnosed", FILE_DIAGNOSIS_LIMIT / 1_048_576.0));
    }
    let reader = FileReaderSync::new().map_err(|_| "FileReaderSync is not available".to_string())?;
    let buffer = reader.read_as_array_buffer(&blob).map_err(|_| "cannot read the file".to_string())?;
    let message = Uint8Array::new(&buffer).to_vec();
    let inputs = Inputs {
        key: get(data, "keyText").as_string().unwrap_or_default(),
        key_format: get(data, "keyFormat")
            .as_string()
            .and_then(|f| KeyFormat::from_id(&f))
            .unwrap_or_default(),
        algorithm: get(data, "alg").as_string().and_then(|a| Algorithm::from_id(&a)).unwrap_or_default(),
        expected: get(data, "expected").as_string().unwrap_or_default(),
        ..Inputs::default()
    };
    let Some(search) = Search::with_message(&inputs, message, Vec::new()) else {
        return Err("nothing to diagnose".into());
    };
    let outcome = search.run();
    let mut fields: Vec<(&str, JsValue)> =
        vec![("kind", "diagnosis".into()), ("text", outcome.text().into())];
    if let Outcome::Found(f) = &outcome {
        if let Some(d) = &f.difference {
            fields.push(("offset", (d.offset as f64).into()));
            fields.push(("yours", d.yours.clone().into()));
            fields.push(("signed", d.signed.clone().into()));
        }
    }
    post(scope, &fields);
    Ok(())
}

/// Installs the message handler (the worker binary's `main`).
pub fn start() {
    let Ok(scope) = js_sys::global().dyn_into::<DedicatedWorkerGlobalScope>() else { return };
    let handler_scope = scope.clone();
    let onmessage = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        if get(&event.data(), "mode").as_string().as_deref() == Some("diagnose") {
            if let Err(message) = diagnose_file(&handler_scope, &event.data()) {
                post(&handler_scope, &[("kind", "error".into()), ("message", message.into())]);
            }
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
