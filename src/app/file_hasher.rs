//! "Message file": pick or drop a file; it is hashed in a Web Worker in slices (never loaded
//! whole), with progress, speed and a Cancel button, while the page stays responsive.

use crate::engine::diagnosis::escape_bytes;
use crate::engine::Algorithm;
use crate::web::link::WorkerLink;
use crate::web::protocol::{Reply, Request};
use js_sys::Uint8Array;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::{DragEvent, File, HtmlInputElement};
use yew::prelude::*;

/// How often the worker reports progress, in milliseconds. Each report re-renders this view,
/// and on a machine with few cores the page's rendering takes CPU time from the reading and
/// the hashing: measured on two cores, a report every 16 MiB (16 for a 256 MiB file) cost
/// SHA-1 and SHA-512 about a tenth of their file speed (docs/BENCHMARKS.md).
const PROGRESS_MS: u32 = 250;

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
    /// The chosen file (the page then hashes it instead of the text, and diagnoses it).
    pub on_file: Callback<Option<File>>,
}

/// The reply handler of the job the worker is doing now.
type Handler = Rc<RefCell<Option<Rc<dyn Fn(Reply)>>>>;

/// The file worker, started if it is not running: it stays up between jobs (another
/// algorithm or key re-hashes without starting it again) and is started as soon as the user
/// heads for the file control, so that it is ready when a file is chosen.
fn ensure_worker(running: &RefCell<Option<WorkerLink>>, handler: &Handler) -> bool {
    if running.borrow().is_none() {
        let handler = handler.clone();
        *running.borrow_mut() = WorkerLink::start(move |reply| {
            let current = handler.borrow().clone();
            if let Some(h) = current {
                h(reply)
            }
        });
    }
    running.borrow().is_some()
}

fn now() -> f64 {
    js_sys::Date::now()
}

#[function_component(FileHasher)]
pub fn file_hasher(props: &FileHasherProps) -> Html {
    let file: Rc<RefCell<Option<File>>> = use_mut_ref(|| None);
    let running: Rc<RefCell<Option<WorkerLink>>> = use_mut_ref(|| None);
    let handler: Handler = use_mut_ref(|| None);
    // A job is under way: a new one stops the worker (it cannot be interrupted mid-file).
    let working: Rc<RefCell<bool>> = use_mut_ref(|| false);
    let generation = use_state(|| 0u32);
    let status = use_state(Status::default);
    let info = use_state(Info::default);

    let stop = {
        let running = running.clone();
        let working = working.clone();
        move || {
            // Dropping the link stops the worker; only a worker at work needs stopping.
            if *working.borrow() {
                running.borrow_mut().take();
                *working.borrow_mut() = false;
            }
        }
    };
    let warm = {
        let running = running.clone();
        let handler = handler.clone();
        Callback::from(move |_: web_sys::Event| {
            ensure_worker(&running, &handler);
        })
    };

    // (Re)hash whenever the file, the key or the algorithm changes.
    {
        let file = file.clone();
        let running = running.clone();
        let handler = handler.clone();
        let working = working.clone();
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
            let request = Request::HashFile {
                file: web_sys::Blob::from(f.clone()),
                key,
                algorithm: *alg,
                every_ms: PROGRESS_MS,
            };
            let on_reply = {
                let status = status.clone();
                let on_mac = on_mac.clone();
                let working = working.clone();
                move |reply: Reply| match reply {
                    Reply::HashProgress { done, .. } => {
                        status.set(Status { done, total, started, ..Status::default() })
                    }
                    Reply::Hashed { mac, memory } => {
                        *working.borrow_mut() = false;
                        status.set(Status {
                            done: total,
                            total,
                            started,
                            finished: Some(now()),
                            memory: Some(memory),
                            ..Status::default()
                        });
                        on_mac.emit(Some(mac));
                    }
                    Reply::Error { message, .. } => {
                        *working.borrow_mut() = false;
                        status.set(Status { total, started, error: Some(message), ..Status::default() })
                    }
                    _ => {}
                }
            };
            *handler.borrow_mut() = Some(Rc::new(on_reply));
            if ensure_worker(&running, &handler) {
                *working.borrow_mut() = true;
                if let Some(link) = running.borrow().as_ref() {
                    link.post(&request);
                }
            } else {
                status.set(Status {
                    error: Some("Web Workers are not available.".into()),
                    ..Status::default()
                });
            }
        });
    }

    // Leaving the view (a preset chosen) forgets the file, so that the text is hashed again.
    {
        let on_file = props.on_file.clone();
        use_effect_with((), move |_| move || on_file.emit(None));
    }

    let choose = {
        let file = file.clone();
        let generation = generation.clone();
        let info = info.clone();
        let on_file = props.on_file.clone();
        Callback::from(move |f: Option<File>| {
            on_file.emit(f.clone());
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
        <div class="file-drop" {ondrop} {ondragover} ondragenter={warm.reform(|e: DragEvent| web_sys::Event::from(e))}>
            <div class="field field-inline">
                <label for="message-file">{ "Message file" }</label>
                <input id="message-file" type="file" {onchange} onfocus={warm.reform(web_sys::Event::from)}
                    onclick={warm.reform(|e: MouseEvent| web_sys::Event::from(e))} />
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
