//! Correct verification code for the current preset, with a copy button.

use super::copy_button::CopyButton;
use super::format_select::FormatSelect;
use super::state::Action;
use crate::engine::presets::code::{snippet, LANGUAGES};
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
    let lang = LANGUAGES.get(props.language).copied().unwrap_or(LANGUAGES[0]);
    let code = snippet(props.preset, lang);
    let options: Vec<(&'static str, &'static str)> = LANGUAGES.iter().map(|l| (*l, *l)).collect();
    let on_lang = props
        .dispatch
        .reform(|l: String| Action::Language(LANGUAGES.iter().position(|x| *x == l).unwrap_or(0)));
    html! {
        <section class="panel wide code">
            <h2>{ "Verification code" }</h2>
            <div class="code-head">
                <FormatSelect id="code-language" label="Language" options={options} selected={lang} on_change={on_lang} />
                <CopyButton text={code.clone()} what="verification code" />
            </div>
            <pre class="diff" role="region" tabindex="0" aria-label="Verification code"><code>{ code }</code></pre>
        </section>
    }
}
