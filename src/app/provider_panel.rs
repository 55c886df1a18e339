//! The Provider select and the raw HTTP request paste.

use super::exact_textarea::ExactTextarea;
use super::example_bar::ExampleBar;
use super::provider_picker::ProviderPicker;
use super::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProviderPanelProps {
    pub provider: Option<&'static str>,
    pub raw: AttrValue,
    pub raw_notes: Vec<String>,
    /// Whether loading an example would replace what was entered.
    pub has_input: bool,
    pub example_note: Option<String>,
    pub dispatch: Callback<Action>,
}

#[function_component(ProviderPanel)]
pub fn provider_panel(props: &ProviderPanelProps) -> Html {
    let on_raw = props.dispatch.reform(Action::Raw);
    html! {
        <section class="panel wide provider-panel">
            <h2>{ "Provider" }</h2>
            <ProviderPicker provider={props.provider} dispatch={props.dispatch.clone()} />
            <ExampleBar preset={props.provider} has_input={props.has_input} note={props.example_note.clone()}
                dispatch={props.dispatch.clone()} />
            <details open={!props.raw.is_empty()}>
                <summary>{ "Paste a whole request instead" }</summary>
                <div class="field">
                    <label for="raw-request">{ "Raw HTTP request" }</label>
                    <ExactTextarea id="raw-request" rows={6} value={props.raw.clone()} on_change={on_raw}
                        placeholder={"POST /webhook HTTP/1.1\nStripe-Signature: t=…,v1=…\n\n{…body…}"}
                        describedby={Some(AttrValue::from("raw-notes"))} />
                </div>
                <ul id="raw-notes" class="notes">
                    { for props.raw_notes.iter().map(|n| html! { <li>{ n.clone() }</li> }) }
                </ul>
            </details>
        </section>
    }
}
