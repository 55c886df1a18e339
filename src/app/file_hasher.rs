//! "Message file": pick or drop a file; it is hashed in a Web Worker in slices (never loaded
//! whole), with progress, speed and a Cancel button, while the page stays responsive.

use super::worker_link::WorkerLink;
use crate::engine::diagnosis::{escape_bytes, Difference};
use crate::engine::{Algorithm, Inputs, KeyFormat};
use crate::search_driver::{self, field, Report};
use crate::worker::FILE_DIAGNOSIS_LIMIT;
use js_sys::{Object, Reflect, Uint8Array};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{DragEvent, File, HtmlInputElement};
use yew::prelude::*;

/// Slice size read per step by the worker.
const CHUNK: f64 = 16.0 * 1024.0 * 1024.0;

#[derive(Clone, PartialEq, Default)]
struct Status {
    done: f64,
    total: f64,
    started: f64,
    finished: Option<f64>,
    error: Option<String>,
    cancelled: bool,
    /// The worker's wasm memory when it finished, in bytes.
    memory: Option<f64>,
}

#[derive(Clone, PartialEq, Default)]
struct Info {
    name: String,
    size: f64,
    preview_hex: String,
    preview_text: String,
}

#[derive(Properties, PartialEq)]
pub struct FileHasherProps {
    /// The decoded key, or `None` while it is invalid.
    pub key_bytes: Option<Vec<u8>>,
    pub algorithm: Algorithm,
    /// The file's MAC when hashing finished; `None` while there is no file or it is running.
    pub on_mac: Callback<Option<Vec<u8>>>,
    /// Whether a file is chosen (the page then hashes it instead of the text).
    pub on_active: Callback<bool>,
    /// The key as typed and its format, the expected signature, and whether the file's MAC
    /// mismatches it: then the file is diagnosed in a second worker.
    pub key_text: AttrValue,
    pub key_format: KeyFormat,
    pub expected: AttrValue,
    pub mismatch: bool,
    /// The diagnosis text (and where the bytes differ), `None` when there is none.
    pub on_diagnosis: Callback<Option<(String, Option<Difference>)>>,
}

/// Starts a worker and gives it `job`; `on_message` gets the worker's answers.
fn start_worker(job: Object, on_message: impl Fn(JsValue) + 'static) -> Option<WorkerLink> {
    let link = WorkerLink::start(on_message)?;
    link.post(&job);
    Some(link)
}

fn now() -> f64 {
    js_sys::Date::now()
}

#[function_component(FileHasher)]
pub fn file_hasher(props: &FileHasherProps) -> Html {
    let file: Rc<RefCell<Option<File>>> = use_mut_ref(|| None);
    let running: Rc<RefCell<Option<WorkerLink>>> = use_mut_ref(|| None);
    let generation = use_state(|| 0u32);
    let status = use_state(Status::default);
    let info = use_state(Info::default);

    let stop = {
        let running = running.clone();
        move || {
            // Dropping the link stops the worker.
            running.borrow_mut().take();
        }
    };

    // (Re)hash whenever the file, the key or the algorithm changes.
    {
        let file = file.clone();
        let running = running.clone();
        let status = status.clone();
        let on_mac = props.on_mac.clone();
        let stop = stop.clone();
        use_effect_with((*generation, props.key_bytes.clone(), props.algorithm), move |(_, key, alg)| {
            stop();
            on_mac.emit(None);
            let (Some(f), Some(key)) = (file.borrow().clone(), key.clone()) else { return };
            let started = now();
            let total = f.size();
            status.set(Status { total, started, ..Status::default() });
            let job = Object::new();
            let _ = Reflect::set(&job, &"file".into(), &f);
            let _ = Reflect::set(&job, &"key".into(), &Uint8Array::from(key.as_slice()));
            let _ = Reflect::set(&job, &"alg".into(), &alg.id().into());
            let _ = Reflect::set(&job, &"chunk".into(), &CHUNK.into());
            let on_message = {
                let status = status.clone();
                let on_mac = on_mac.clone();
                move |data: JsValue| {
                    let get = |k: &str| field(&data, k);
                    match get("kind").as_string().as_deref() {
                        Some("progress") => status.set(Status {
                            done: get("done").as_f64().unwrap_or(0.0),
                            total,
                            started,
                            ..Status::default()
                        }),
                        Some("done") => {
                            status.set(Status {
                                done: total,
                                total,
                                started,
                                finished: Some(now()),
                                memory: get("memory").as_f64(),
                                ..Status::default()
                            });
                            on_mac.emit(Some(Uint8Array::new(&get("mac")).to_vec()));
                        }
                        _ => status.set(Status {
                            total,
                            started,
                            error: Some(
                                get("message").as_string().unwrap_or_else(|| "the worker failed".into()),
                            ),
                            ..Status::default()
                        }),
                    }
                }
            };
            match start_worker(job, on_message) {
                Some(r) => *running.borrow_mut() = Some(r),
                None => status.set(Status {
                    error: Some("Web Workers are not available.".into()),
                    ..Status::default()
                }),
            }
        });
    }

    // Diagnose the file in its own worker when its MAC mismatches.
    let diagnosing: Rc<RefCell<Option<WorkerLink>>> = use_mut_ref(|| None);
    {
        let file = file.clone();
        let diagnosing = diagnosing.clone();
        let on_diagnosis = props.on_diagnosis.clone();
        let deps = (
            *generation,
            props.key_text.clone(),
            props.key_format,
            props.algorithm,
            props.expected.clone(),
            props.mismatch,
        );
        use_effect_with(deps, move |(_, key_text, key_format, alg, expected, mismatch)| {
            diagnosing.borrow_mut().take();
            let f = file.borrow().clone();
            match f {
                Some(f) if *mismatch => {
                    if f.size() > FILE_DIAGNOSIS_LIMIT {
                        on_diagnosis.emit(Some((format!(
                            "The diagnosis runs on files up to {} MiB (JSON re-serialization up to 8 MiB); this file is {:.1} MiB. Paste the body as text to diagnose it, or check the key and the algorithm.",
                            FILE_DIAGNOSIS_LIMIT / 1_048_576.0,
                            f.size() / 1_048_576.0
                        ), None)));
                        return;
                    }
                    on_diagnosis.emit(Some(("Searching for the mistake in the file…".into(), None)));
                    let job = Object::new();
                    let inputs = Inputs {
                        key: key_text.to_string(),
                        key_format: *key_format,
                        algorithm: *alg,
                        expected: expected.to_string(),
                        ..Inputs::default()
                    };
                    search_driver::write_job(&job, &inputs, &[]);
                    let _ = Reflect::set(&job, &"mode".into(), &"diagnose".into());
                    let _ = Reflect::set(&job, &"file".into(), &f);
                    let emit = on_diagnosis.clone();
                    *diagnosing.borrow_mut() = start_worker(job, move |data| {
                        let kind = field(&data, "kind").as_string();
                        match kind.as_deref() {
                            Some("diagnosis") => {
                                let report = Report::read(&data);
                                emit.emit(Some((report.text, report.difference)))
                            }
                            Some("progress") => {}
                            Some("nothing") => emit.emit(None),
                            _ => emit.emit(Some((
                                format!(
                                    "The diagnosis stopped: {}.",
                                    field(&data, "message").as_string().unwrap_or_default()
                                ),
                                None,
                            ))),
                        }
                    });
                }
                _ => on_diagnosis.emit(None),
            }
        });
    }

    let choose = {
        let file = file.clone();
        let generation = generation.clone();
        let info = info.clone();
        let on_active = props.on_active.clone();
        Callback::from(move |f: Option<File>| {
            on_active.emit(f.is_some());
            *file.borrow_mut() = f.clone();
            generation.set(*generation + 1);
            let Some(f) = f else {
                info.set(Info::default());
                return;
            };
            info.set(Info { name: f.name(), size: f.size(), ..Info::default() });
            // Preview the first bytes.
            let info = info.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let Ok(head) = f.slice_with_f64_and_f64(0.0, 48.0) else { return };
                let Ok(buf) = wasm_bindgen_futures::JsFuture::from(head.array_buffer()).await else { return };
                let bytes = Uint8Array::new(&buf).to_vec();
                info.set(Info {
                    name: f.name(),
                    size: f.size(),
                    preview_hex: bytes.iter().map(|b| format!("{b:02x}")).collect::<Vec<_>>().join(" "),
                    preview_text: escape_bytes(&bytes),
                });
            });
        })
    };

    let onchange = {
        let choose = choose.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            choose.emit(input.files().and_then(|l| l.get(0)));
        })
    };
    let ondrop = {
        let choose = choose.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(f) = e.data_transfer().and_then(|d| d.files()).and_then(|l| l.get(0)) {
                choose.emit(Some(f));
            }
        })
    };
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let cancel = {
        let stop = stop.clone();
        let status = status.clone();
        Callback::from(move |_| {
            stop();
            status.set(Status { cancelled: true, ..(*status).clone() });
        })
    };
    let remove = {
        let choose = choose.clone();
        let stop = stop.clone();
        Callback::from(move |_| {
            stop();
            choose.emit(None);
        })
    };

    let s = &*status;
    let pct = if s.total > 0.0 { s.done / s.total * 100.0 } else { 0.0 };
    let elapsed = (s.finished.unwrap_or_else(now) - s.started).max(1.0) / 1000.0;
    let rate = s.done / 1_048_576.0 / elapsed;
    let active = file.borrow().is_some();
    let busy =
        active && s.finished.is_none() && s.error.is_none() && !s.cancelled && props.key_bytes.is_some();
    html! {
        <div class="file-drop" {ondrop} {ondragover}>
            <div class="field field-inline">
                <label for="message-file">{ "Message file" }</label>
                <input id="message-file" type="file" {onchange} />
            </div>
            if active {
                <p class="info" id="file-info">{ format!("{} · {:.0} bytes · hashed instead of the text above", info.name, info.size) }</p>
                if !info.preview_hex.is_empty() {
                    <p class="info mono" id="file-preview">{ format!("First bytes: {} | {}", info.preview_hex, info.preview_text) }</p>
                }
                <div class="progress-row">
                    <progress id="file-progress" aria-label="Hashing progress" max="100" value={format!("{pct:.1}")}></progress>
                    <span id="file-status" aria-live="polite">{
                        if let Some(e) = &s.error { format!("Error: {e}") }
                        else if s.cancelled { format!("Cancelled at {pct:.0}%") }
                        else if props.key_bytes.is_none() { "Waiting for a valid key".to_string() }
                        else if s.finished.is_some() {
                            format!("Done: {:.1} MB in {:.2} s ({rate:.0} MB/s, worker memory {:.1} MB)", s.total / 1_048_576.0, elapsed, s.memory.unwrap_or(0.0) / 1e6)
                        }
                        else { format!("{pct:.0}% · {rate:.0} MB/s") }
                    }</span>
                    if busy {
                        <button type="button" onclick={cancel}>{ "Cancel" }</button>
                    }
                    <button type="button" onclick={remove}>{ "Remove file" }</button>
                </div>
            }
        </div>
    }
}
