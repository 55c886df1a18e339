//! The Diagnosis section: on a mismatch, search for the mistake in slices so typing stays
//! responsive; a newer input cancels the older search.

use crate::engine::diagnosis::{Outcome, Search};
use crate::engine::Inputs;
use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;
use yew::prelude::*;

/// How long one slice of the search may hold the main thread, in milliseconds.
const SLICE_MS: f64 = 8.0;

#[derive(Clone, PartialEq)]
enum Progress {
    Idle,
    Searching { tried: usize },
    Done(Outcome, f64),
}

#[derive(Properties, PartialEq)]
pub struct DiagnosisProps {
    pub inputs: Inputs,
    /// Only a mismatch is diagnosed.
    pub mismatch: bool,
}

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or(0.0)
}

#[function_component(DiagnosisView)]
pub fn diagnosis_view(props: &DiagnosisProps) -> Html {
    let progress = use_state(|| Progress::Idle);
    {
        let progress = progress.clone();
        use_effect_with((props.inputs.clone(), props.mismatch), move |(inputs, mismatch)| {
            let cancelled = Rc::new(Cell::new(false));
            let search = if *mismatch { Search::new(inputs, Vec::new()) } else { None };
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
                            yew::platform::time::sleep(Duration::ZERO).await;
                        }
                    });
                }
            }
            move || cancelled.set(true)
        });
    }
    let body = match &*progress {
        Progress::Idle => return html! {},
        Progress::Searching { tried } => html! {
            <p id="diagnosis-text" class="info">{ format!("Searching for the mistake… {tried} candidate signatures tried so far.") }</p>
        },
        Progress::Done(outcome, ms) => {
            let diff = match outcome {
                Outcome::Found(f) => f.difference.as_ref().map(|d| html! {
                    <div class="diff" aria-label="Byte-level difference">
                        <div>{ format!("First difference at byte {}:", d.offset) }</div>
                        <div>{ "your message: " }<span class="mono">{ d.yours.clone() }</span></div>
                        <div>{ "signed bytes: " }<span class="mono">{ d.signed.clone() }</span></div>
                    </div>
                }),
                Outcome::NotFound { .. } => None,
            };
            html! {
                <>
                    <p id="diagnosis-text" class={if matches!(outcome, Outcome::Found(_)) { "found" } else { "not-found" }}>{ outcome.text() }</p>
                    { for diff }
                    <p class="info">{ format!("Search took {ms:.0} ms.") }</p>
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
