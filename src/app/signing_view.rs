//! What a preset computed: the exact string-to-sign with separators visible, the timestamp
//! check, problems with the inputs, and what a correct sender produces.

use super::copy_button::CopyButton;
use crate::engine::presets::{visible, Evaluation, Preset};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SigningViewProps {
    pub preset: &'static Preset,
    pub evaluation: Evaluation,
}

#[function_component(SigningView)]
pub fn signing_view(props: &SigningViewProps) -> Html {
    let e = &props.evaluation;
    let produced_label = match props.preset.kind {
        crate::engine::presets::Kind::Produce => "Your server should return",
        crate::engine::presets::Kind::Jwt => "Zoom Meeting SDK JWT from the fields",
        _ => "Correct signature for these inputs",
    };
    html! {
        <section class="panel wide signing">
            <h2>{ "String to sign" }</h2>
            <pre id="string-to-sign" class="diff" role="region" tabindex="0" aria-label="String to sign">{ visible(&e.string_to_sign) }</pre>
            <p class="info">{ format!("{} bytes; \\n, \\r and \\t are shown as escapes.", e.string_to_sign.len()) }</p>
            if let Some(t) = &e.timestamp {
                <p id="timestamp-check" class={if t.within { "info" } else { "error" }}>{ t.text.clone() }</p>
            }
            if !e.problems.is_empty() {
                <ul class="warnings" aria-label="Preset problems">
                    { for e.problems.iter().map(|p| html! { <li>{ p.clone() }</li> }) }
                </ul>
            }
            if let Some(out) = &e.produced {
                <div class="output-row">
                    <span class="output-label">{ produced_label }</span>
                    <div id="produced" role="textbox" aria-readonly="true" tabindex="0" aria-label={produced_label}
                        class="mono output-value">{ out.clone() }</div>
                    <CopyButton text={out.clone()} what={produced_label} />
                </div>
            }
        </section>
    }
}
