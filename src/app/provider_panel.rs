//! The Provider select and the raw HTTP request paste.

use super::exact_textarea::ExactTextarea;
use super::format_select::FormatSelect;
use super::state::Action;
use crate::engine::presets::providers;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProviderPanelProps {
    pub provider: Option<&'static str>,
    pub raw: AttrValue,
    pub raw_notes: Vec<String>,
    pub dispatch: Callback<Action>,
}

#[function_component(ProviderPanel)]
pub fn provider_panel(props: &ProviderPanelProps) -> Html {
    let mut options = vec![("custom", "Custom")];
    options.extend(providers::ALL.iter().map(|p| (p.id, p.name)));
    let on_provider = props.dispatch.reform(Action::Provider);
    let on_raw = props.dispatch.reform(Action::Raw);
    html! {
        <section class="panel wide provider-panel">
            <h2>{ "Provider" }</h2>
            <FormatSelect id="provider" label="Provider" options={options}
                selected={props.provider.unwrap_or("custom")} on_change={on_provider} />
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
