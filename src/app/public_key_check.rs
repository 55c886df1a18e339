//! The verdict and the diagnosis of a preset the worker verifies: the public-key presets, and
//! the HMAC schemes whose code only the worker carries. The curve and RSA code (and those
//! schemes') lives in the worker (started with this view), not in the page's own wasm: each
//! change of the values is posted to it as a numbered job, and only the newest job's answer
//! is shown.

use super::diagnosis_view::difference_view;
use super::signing_view::SigningView;
use super::verdict::VerdictView;
use crate::engine::calc::Inputs;
use crate::engine::presets::{Evaluation, Preset, Values};
use crate::engine::pubkey::check::Checked;
use crate::engine::Subject;
use crate::web::link::WorkerLink;
use crate::web::protocol::{Reply, Request};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PublicKeyCheckProps {
    pub preset: &'static Preset,
    pub values: Values,
    /// The error message the user's SDK raised, checked by the worker against the verdict.
    pub error: AttrValue,
}

#[derive(Clone, PartialEq)]
enum State {
    Verifying,
    Done(Rc<Checked>),
    Failed(String),
}

#[function_component(PublicKeyCheck)]
pub fn public_key_check(props: &PublicKeyCheckProps) -> Html {
    let state = use_state(|| State::Verifying);
    let link: Rc<RefCell<Option<WorkerLink>>> = use_mut_ref(|| None);
    let newest = use_mut_ref(|| 0u32);
    {
        let state = state.clone();
        use_effect_with(
            (props.preset.id, props.values.clone(), props.error.clone()),
            move |(preset, values, error)| {
                let id = {
                    let mut n = newest.borrow_mut();
                    *n = n.wrapping_add(1);
                    *n
                };
                if link.borrow().is_none() {
                    let (newest, state) = (newest.clone(), state.clone());
                    *link.borrow_mut() = WorkerLink::start(move |reply| match reply {
                        Reply::Verified { id, checked } if id == *newest.borrow() => {
                            state.set(State::Done(Rc::new(checked)))
                        }
                        Reply::Error { id, message } if id.is_none_or(|j| j == *newest.borrow()) => {
                            state.set(State::Failed(message))
                        }
                        _ => {}
                    });
                }
                match link.borrow().as_ref() {
                Some(l) => {
                    let subject = Subject::Preset { id: preset.to_string(), values: values.clone() };
                    l.post(&Request::Verify { id, subject, error: error.to_string() });
                }
                None => state.set(State::Failed(
                    "this preset is verified in a background worker, and this browser could not start one"
                        .into(),
                )),
            }
            },
        );
    }
    let (checked, failed) = match &*state {
        State::Done(c) => (Some(c.clone()), None),
        State::Failed(m) => (None, Some(m.clone())),
        State::Verifying => (None, None),
    };
    let verdict = checked.as_ref().map(|c| c.verdict.clone()).unwrap_or_default();
    // What the worker built, shown as for an HMAC preset (the timestamp's age from the clock here).
    let p = props.preset;
    let evaluation = checked.as_ref().map(|c| {
        let timestamp = props.values.timestamp(p);
        let signed = Rc::from(c.string_to_sign.as_slice());
        Rc::new(Evaluation {
            problems: c.problems.clone(),
            produced: c.produced.clone(),
            timestamp,
            ..Evaluation::new(p, props.values.clone(), Inputs::default(), signed)
        })
    });
    html! {
        <>
        if let Some(e) = evaluation {
            <SigningView preset={p} evaluation={e} />
        }
        <section class="panel verdict-panel">
            <h2>{ "Verdict" }</h2>
            if let Some(problem) = checked.as_ref().and_then(|c| c.key_problem.clone()) {
                <p id="key-info" class="error">{ problem }</p>
            }
            if let Some(message) = failed {
                <p id="key-info" class="error">{ format!("Not verified: {message}.") }</p>
            }
            <VerdictView verdict={verdict} />
            if let Some(c) = checked.as_ref().filter(|c| !c.notes.is_empty()) {
                <ul class="notes" aria-label="Verification notes">
                    { for c.notes.iter().map(|n| html! { <li>{ n.clone() }</li> }) }
                </ul>
            }
        </section>
        if let Some(report) = checked.as_ref().and_then(|c| c.report.clone()) {
            <section class="panel diagnosis" aria-live="polite">
                <h2>{ "Diagnosis" }</h2>
                <p id="diagnosis-text" class={if report.found { "found" } else { "not-found" }}>{ report.text.clone() }</p>
                { for report.difference.as_ref().map(difference_view) }
                <p class="info" id="diagnosis-time">{ format!(
                    "{} candidates tried in a background worker.", report.tried
                ) }</p>
            </section>
        }
        </>
    }
}
