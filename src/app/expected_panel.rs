//! The Expected signature field and what was detected in it.

use super::state::Action;
use crate::engine::expected::timestamp_age;
use crate::engine::ExpectedSignature;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExpectedPanelProps {
    pub value: AttrValue,
    pub parsed: Result<Option<ExpectedSignature>, String>,
    pub dispatch: Callback<Action>,
}

#[function_component(ExpectedPanel)]
pub fn expected_panel(props: &ExpectedPanelProps) -> Html {
    let oninput = props.dispatch.reform(|e: InputEvent| {
        let el: HtmlInputElement = e.target_unchecked_into();
        Action::Expected(el.value())
    });
    let info = match &props.parsed {
        Ok(None) => {
            html! { <p id="expected-info" class="info">{ "Paste the signature from the header or error message; hex, Base64 and prefixes like sha256= are detected." }</p> }
        }
        Ok(Some(sig)) => {
            let readings = sig
                .candidates
                .iter()
                .map(|c| format!("{} ({} bytes)", sig.describe(c), c.bytes.len()))
                .collect::<Vec<_>>();
            let age = sig.timestamp.as_deref().and_then(|t| timestamp_age(t, js_sys::Date::now() as i64));
            html! {
                <p id="expected-info" class="info">
                    { format!("Detected: {}", readings.join(", or ")) }
                    if let Some(age) = age {
                        <br />{ age }
                    }
                </p>
            }
        }
        Err(e) => {
            html! { <p id="expected-info" class="error" role="alert">{ format!("Cannot read it: {e}") }</p> }
        }
    };
    html! {
        <section class="panel">
            <h2 id="expected-heading">{ "Compare" }</h2>
            <div class="field">
                <label for="expected">{ "Expected signature" }</label>
                <input id="expected" type="text" class="mono" spellcheck="false" autocomplete="off"
                    aria-describedby="expected-info" value={props.value.clone()} {oninput}
                    placeholder="sha256=…, v1,…, hex or Base64" />
            </div>
            { info }
        </section>
    }
}
