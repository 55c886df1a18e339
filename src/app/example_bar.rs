//! "Load example": fills the current preset (or Custom) with its official vector — or a
//! derived one, said so — and names the source; "with a mistake" loads the same with its most
//! common mistake for the diagnosis to name. What the user typed is replaced only when they
//! confirm.

use super::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExampleBarProps {
    /// Whether the current preset has an example, and one with a mistake.
    pub available: bool,
    pub mistake: bool,
    /// Whether something was entered that the example would replace.
    pub has_input: bool,
    pub note: Option<String>,
    pub dispatch: Callback<Action>,
}

#[function_component(ExampleBar)]
pub fn example_bar(props: &ExampleBarProps) -> Html {
    // The example asked for while something is entered: (with a mistake), until confirmed.
    let asking = use_state(|| None::<bool>);
    if !props.available {
        return html! {};
    }
    let ask = |mistake: bool| {
        let asking = asking.clone();
        let dispatch = props.dispatch.clone();
        let has_input = props.has_input;
        Callback::from(move |_| {
            if has_input {
                asking.set(Some(mistake));
            } else {
                dispatch.emit(Action::LoadExample(mistake));
            }
        })
    };
    let confirm = {
        let asking = asking.clone();
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| {
            if let Some(mistake) = *asking {
                dispatch.emit(Action::LoadExample(mistake));
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
            if props.mistake {
                <button type="button" onclick={ask(true)}>{ "Load example with a mistake" }</button>
            }
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
