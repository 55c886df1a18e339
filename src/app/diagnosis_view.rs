//! The Diagnosis section: on a mismatch, search for the mistake in slices so typing stays
//! responsive; a newer input cancels the older search.

use crate::engine::diagnosis::{Difference, MessageVariant, Outcome, Search};
use crate::engine::Inputs;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// How long one slice of the search may hold the main thread, in milliseconds.
const SLICE_MS: f64 = 12.0;

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
    Searching { tried: usize },
    Done(Outcome, f64),
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

/// Lets the browser handle input and paint, then resumes: a MessageChannel message runs
/// right after pending events, without the 4 ms clamp of nested `setTimeout(0)`.
async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| match web_sys::MessageChannel::new() {
        Ok(channel) => {
            channel.port1().set_onmessage(Some(&resolve));
            if channel.port2().post_message(&wasm_bindgen::JsValue::NULL).is_err() {
                let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            }
        }
        Err(_) => {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or(0.0)
}

#[function_component(DiagnosisView)]
pub fn diagnosis_view(props: &DiagnosisProps) -> Html {
    let progress = use_state(|| Progress::Idle);
    {
        let progress = progress.clone();
        use_effect_with(
            (props.inputs.clone(), props.extra.clone(), props.mismatch),
            move |(inputs, extra, mismatch)| {
                let cancelled = Rc::new(Cell::new(false));
                let search = if *mismatch { Search::new(inputs, extra.clone()) } else { None };
                match search {
                    None => progress.set(Progress::Idle),
                    Some(mut search) => {
                        let cancelled = cancelled.clone();
                        yew::platform::spawn_local(async move {
                            let started = now();
                            loop {
                                if cancelled.get() {
                                    return;
                                }
                                let slice = now();
                                while now() - slice < SLICE_MS {
                                    if let Some(outcome) = search.step(256 * 1024) {
                                        progress.set(Progress::Done(outcome.clone(), now() - started));
                                        return;
                                    }
                                }
                                progress.set(Progress::Searching { tried: search.tried() });
                                yield_to_browser().await;
                            }
                        });
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
        Progress::Done(outcome, ms) => {
            let diff = match outcome {
                Outcome::Found(f) => f.difference.as_ref().map(difference_view),
                Outcome::NotFound { .. } => None,
            };
            html! {
                <>
                    <p id="diagnosis-text" class={if matches!(outcome, Outcome::Found(_)) { "found" } else { "not-found" }}>{ outcome.text() }</p>
                    { for diff }
                    <p class="info" id="diagnosis-time">{ format!("Search took {ms:.0} ms ({} candidate signatures).", match outcome {
                        Outcome::Found(f) => f.tried,
                        Outcome::NotFound { tried, .. } => *tried,
                    }) }</p>
                </>
            }
        }
    };
    html! {
        <section class="panel diagnosis" aria-live="polite">
            <h2>{ "Diagnosis" }</h2>
            { body }
        </section>
    }
}
