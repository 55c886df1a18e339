//! What a preset computed: the exact string-to-sign with separators visible, the timestamp
//! check (against the clock, at render time), problems with the inputs, and what a correct
//! sender produces.

use super::copy_button::CopyButton;
use crate::engine::presets::{visible, Evaluation, Preset};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SigningViewProps {
    pub preset: &'static Preset,
    pub evaluation: Rc<Evaluation>,
}

/// How much of a long string-to-sign is shown (all of it is hashed).
const SHOWN: usize = 64 * 1024;

#[function_component(SigningView)]
pub fn signing_view(props: &SigningViewProps) -> Html {
    let e = &props.evaluation;
    let produced_label = props.preset.produced_label();
    // Escaping is redone only when the string-to-sign changes (not on each key stroke).
    let shown = use_memo(e.string_to_sign.clone(), |s| {
        let cut = s.len() > SHOWN;
        let mut text = visible(&s[..s.len().min(SHOWN)]);
        if cut {
            text.push_str(&format!("… ({} more bytes)", s.len() - SHOWN));
        }
        text
    });
    let timestamp = e.timestamp_at(js_sys::Date::now() as i64);
    html! {
        <section class="panel wide signing">
            <h2>{ "String to sign" }</h2>
            if props.preset.is_shared_token() {
                // A shared token or basic auth: the header carries the secret itself.
                <p id="string-to-sign" class="info">{ "Nothing is signed: the header carries the secret itself (for basic auth, Basic + the Base64 of user:password), compared as text." }</p>
            } else {
                <pre id="string-to-sign" class="diff" role="region" tabindex="0" aria-label="String to sign">{ (*shown).clone() }</pre>
                <p class="info">{ format!("{} bytes; \\n, \\r and \\t are shown as escapes.", e.string_to_sign.len()) }</p>
            }
            if let Some(t) = &timestamp {
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
