//! The Diagnosis section: on a mismatch, search for the mistake — on the page in slices for
//! messages up to [`IN_PAGE_LIMIT`], in the page's worker for larger ones (on the page too where no
//! worker can start), so typing stays responsive; a newer input cancels the older search.

use super::worker_link::WorkerLink;
use crate::engine::diagnosis::{Difference, MessageVariant, Search};
use crate::engine::Inputs;
use crate::search_driver::{self, field, now, Hasher, Report};
use js_sys::{Object, Reflect};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// Where the entered message and the signed bytes first differ.
pub fn difference_view(d: &Difference) -> Html {
    html! {
        <div class="diff" role="region" aria-label="Byte-level difference">
            <div>{ format!("First difference at byte {}:", d.offset) }</div>
            <div>{ "your message: " }<span class="mono">{ d.yours.clone() }</span></div>
            <div>{ "signed bytes: " }<span class="mono">{ d.signed.clone() }</span></div>
        </div>
    }
}

#[derive(Clone, PartialEq)]
enum Progress {
    Idle,
    Searching {
        tried: usize,
    },
    /// The report, the time it took in ms, and whether the worker ran it.
    Done(Report, f64, bool),
}

#[derive(Properties, PartialEq)]
pub struct DiagnosisProps {
    pub inputs: Inputs,
    /// Message variants from a preset (the string-to-sign built in wrong ways).
    #[prop_or_default]
    pub extra: Vec<MessageVariant>,
    /// Only a mismatch is diagnosed.
    pub mismatch: bool,
}

/// Messages (with a preset's variants) up to this many bytes are searched on the page.
const IN_PAGE_LIMIT: usize = 256 * 1024;

type Listener = Rc<RefCell<Option<Box<dyn Fn(JsValue)>>>>;

/// Runs the search on this thread, in slices; `started` is when it was prepared.
fn search_here(search: Search, started: f64, progress: UseStateHandle<Progress>, cancelled: Rc<Cell<bool>>) {
    yew::platform::spawn_local(async move {
        let hasher = Hasher::new(&search, true).await;
        let shown = progress.clone();
        let outcome = search_driver::run(
            search,
            &hasher,
            || cancelled.get(),
            |tried| shown.set(Progress::Searching { tried }),
        )
        .await;
        if let Some(outcome) = outcome {
            progress.set(Progress::Done(Report::of(&outcome), now() - started, false));
        }
    });
}

/// Shows the worker's answers to job `id` (older jobs' answers are ignored).
fn listen(listener: &Listener, id: f64, started: f64, progress: UseStateHandle<Progress>) {
    *listener.borrow_mut() = Some(Box::new(move |data: JsValue| {
        let get = |k: &str| field(&data, k);
        if get("id").as_f64() != Some(id) {
            return;
        }
        match get("kind").as_string().as_deref() {
            Some("progress") => {
                progress.set(Progress::Searching { tried: get("tried").as_f64().unwrap_or(0.0) as usize })
            }
            Some("diagnosis") => progress.set(Progress::Done(Report::read(&data), now() - started, true)),
            _ => progress.set(Progress::Idle),
        }
    }));
}

#[function_component(DiagnosisView)]
pub fn diagnosis_view(props: &DiagnosisProps) -> Html {
    let progress = use_state(|| Progress::Idle);
    // One worker runs the searches of large messages; a newer job makes it drop the older one.
    let link: Rc<RefCell<Option<WorkerLink>>> = use_mut_ref(|| None);
    let listener: Listener = use_mut_ref(|| None);
    let jobs = use_mut_ref(|| 0.0f64);
    {
        let progress = progress.clone();
        use_effect_with(
            (props.inputs.clone(), props.extra.clone(), props.mismatch),
            move |(inputs, extra, mismatch)| {
                let cancelled = Rc::new(Cell::new(false));
                let id = {
                    let mut n = jobs.borrow_mut();
                    *n += 1.0;
                    *n
                };
                // Small messages are searched here, where the answer comes sooner (no copy to
                // the worker, no message round trip); large ones in the worker, so that typing
                // never waits for them.
                let prepared = now();
                let size = inputs.message.len() + extra.iter().map(|v| v.bytes.len()).sum::<usize>();
                if link.borrow().is_none() && size > IN_PAGE_LIMIT {
                    // Started with the first large message, so that it is ready by the time
                    // the key and the expected signature are entered.
                    let listener = listener.clone();
                    *link.borrow_mut() = WorkerLink::start(move |data| {
                        if let Some(l) = listener.borrow().as_ref() {
                            l(data)
                        }
                    });
                }
                let in_worker = *mismatch && size > IN_PAGE_LIMIT && link.borrow().is_some();
                if let Some(link) = link.borrow().as_ref() {
                    let job = Object::new();
                    let _ = Reflect::set(&job, &"mode".into(), &"diagnose".into());
                    let _ = Reflect::set(&job, &"id".into(), &id.into());
                    if in_worker {
                        listen(&listener, id, prepared, progress.clone());
                        search_driver::write_job(&job, inputs, extra);
                        progress.set(Progress::Searching { tried: 0 });
                    } else {
                        // Stops the worker's older job, if any.
                        let _ = Reflect::set(&job, &"cancel".into(), &true.into());
                    }
                    link.post(&job);
                }
                if !in_worker {
                    match mismatch.then(|| Search::new(inputs, extra.clone())).flatten() {
                        Some(search) => search_here(search, prepared, progress.clone(), cancelled.clone()),
                        None => progress.set(Progress::Idle),
                    }
                }
                move || cancelled.set(true)
            },
        );
    }
    let body = match &*progress {
        Progress::Idle => return html! {},
        Progress::Searching { tried } => html! {
            <p id="diagnosis-text" class="info">{ format!("Searching for the mistake… {tried} candidate signatures tried so far.") }</p>
        },
        Progress::Done(report, ms, in_worker) => html! {
            <>
                <p id="diagnosis-text" class={if report.found { "found" } else { "not-found" }}>{ report.text.clone() }</p>
                { for report.difference.as_ref().map(difference_view) }
                <p class="info" id="diagnosis-time">{ format!(
                    "Search took {ms:.0} ms{} ({} candidate signatures).",
                    if *in_worker { " in a background worker" } else { "" },
                    report.tried
                ) }</p>
            </>
        },
    };
    html! {
        <section class="panel diagnosis" aria-live="polite">
            <h2>{ "Diagnosis" }</h2>
            { body }
        </section>
    }
}
