//! The verification program for the current preset, with a copy button — or why there is
//! none yet (only programs the test suite runs are offered).

use super::copy_button::CopyButton;
use super::format_select::FormatSelect;
use super::state::Action;
use crate::engine::presets::code::{program, Language};
use crate::engine::presets::Preset;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CodeViewProps {
    pub preset: &'static Preset,
    pub language: usize,
    pub dispatch: Callback<Action>,
}

#[function_component(CodeView)]
pub fn code_view(props: &CodeViewProps) -> Html {
    let lang = Language::ALL.get(props.language).copied().unwrap_or(Language::Node);
    let code = program(props.preset, lang);
    let options: Vec<(&'static str, &'static str)> =
        Language::ALL.iter().map(|l| (l.id(), l.label())).collect();
    let on_lang = props.dispatch.reform(|id: String| {
        Action::Language(Language::ALL.iter().position(|l| Some(*l) == Language::from_id(&id)).unwrap_or(0))
    });
    html! {
        <section class="panel wide code">
            <h2>{ "Verification code" }</h2>
            if let Some(code) = code {
                <p class="info">{ format!(
                    "A complete program: save it as {} and run it ({}). It reads WEBHOOK_SECRET and PORT from the environment, answers POST /webhook with 2xx for a valid signature and 4xx with a reason otherwise. The tests run every program shown here against signed, tampered, stale and garbled requests.",
                    lang.file_name(), lang.run_hint()
                ) }</p>
                <div class="code-head">
                    <FormatSelect id="code-language" label="Language" options={options} selected={lang.id()} on_change={on_lang} />
                    <CopyButton text={code.clone()} what="verification code" />
                </div>
                <pre class="diff" role="region" tabindex="0" aria-label="Verification code"><code>{ code }</code></pre>
            } else {
                <p class="info" id="no-code">{ format!(
                    "No verification program for {} yet: HMAC Doctor shows only programs its tests run against signed requests, and this scheme's is not among them.",
                    props.preset.name
                ) }</p>
            }
        </section>
    }
}
