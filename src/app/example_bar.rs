//! "Load example": fills the current preset with its official vector — or a derived one,
//! said so — and names the source (the examples live in the worker, which sends the one
//! asked for; Custom's RFC 4231 case is the page's own); "with a mistake" loads the same with
//! its most common mistake for the diagnosis to name. What the user typed is replaced only
//! when they confirm.

use super::state::Action;
use crate::engine::Subject;
use crate::web::link::WorkerLink;
use crate::web::protocol::{Reply, Request};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExampleBarProps {
    /// The current preset's id; `None` is Custom.
    pub preset: Option<&'static str>,
    /// Whether something was entered that the example would replace.
    pub has_input: bool,
    pub note: Option<String>,
    pub dispatch: Callback<Action>,
}

#[function_component(ExampleBar)]
pub fn example_bar(props: &ExampleBarProps) -> Html {
    // The example asked for while something is entered: (with a mistake), until confirmed.
    let asking = use_state(|| None::<bool>);
    // The worker asked for a preset's example, kept until it answers.
    let link: Rc<RefCell<Option<WorkerLink>>> = use_mut_ref(|| None);
    let load = {
        let dispatch = props.dispatch.clone();
        let preset = props.preset;
        let link = link.clone();
        Rc::new(move |mistake: bool| match preset {
            None => dispatch.emit(Action::LoadExample(mistake)),
            Some(id) => {
                let dispatch = dispatch.clone();
                let done = link.clone();
                let started = WorkerLink::start(move |reply| {
                    if let Reply::Example { subject, note, .. } = reply {
                        let values = match subject {
                            Some(Subject::Preset { id, values }) => Some((id, values)),
                            _ => None,
                        };
                        dispatch.emit(Action::PresetExample(values, note));
                        // Stopped once it answered (after this handler returns).
                        let done = done.clone();
                        yew::platform::spawn_local(async move {
                            done.borrow_mut().take();
                        });
                    }
                });
                if let Some(l) = &started {
                    l.post(&Request::Example { id: 0, preset: id.to_string(), mistake });
                }
                *link.borrow_mut() = started;
            }
        })
    };
    let ask = |mistake: bool| {
        let asking = asking.clone();
        let load = load.clone();
        let has_input = props.has_input;
        Callback::from(move |_| {
            if has_input {
                asking.set(Some(mistake));
            } else {
                load(mistake);
            }
        })
    };
    let confirm = {
        let asking = asking.clone();
        let load = load.clone();
        Callback::from(move |_| {
            if let Some(mistake) = *asking {
                load(mistake);
            }
            asking.set(None);
        })
    };
    let keep = {
        let asking = asking.clone();
        Callback::from(move |_| asking.set(None))
    };
    html! {
        <div class="example-bar">
            <button type="button" onclick={ask(false)}>{ "Load example" }</button>
            <button type="button" onclick={ask(true)}>{ "Load example with a mistake" }</button>
            if asking.is_some() {
                <p class="info" role="alert">
                    { "This replaces what you entered. " }
                    <button type="button" onclick={confirm}>{ "Replace" }</button>
                    <button type="button" onclick={keep}>{ "Keep mine" }</button>
                </p>
            }
            if let Some(note) = &props.note {
                <p class="info" id="example-note">{ note.clone() }</p>
            }
        </div>
    }
}
