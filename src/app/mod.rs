//! The Yew shell: thin components over the engine. State lives in one reducer
//! ([`state::AppState`]); everything shown is derived from it by [`crate::engine::calculate`].

mod code_view;
mod copy_button;
mod diagnosis_view;
mod exact_textarea;
mod expected_panel;
mod file_hasher;
mod format_select;
mod key_panel;
mod message_panel;
mod outputs;
mod preset_panel;
mod provider_panel;
mod share_panel;
mod signing_view;
pub mod state;
mod text_field;
mod verdict;
mod warnings_list;
mod worker_link;

use crate::engine::calc::judge;
use crate::engine::presets::{self, evaluate};
use crate::engine::{calculate, Algorithm, Encoded, Verdict};
use code_view::CodeView;
use diagnosis_view::DiagnosisView;
use expected_panel::ExpectedPanel;
use file_hasher::FileHasher;
use format_select::FormatSelect;
use key_panel::KeyPanel;
use message_panel::MessagePanel;
use outputs::Outputs;
use preset_panel::PresetPanel;
use provider_panel::ProviderPanel;
use share_panel::SharePanel;
use signing_view::SigningView;
use state::{Action, AppState};
use verdict::VerdictView;
use warnings_list::WarningsList;
use yew::prelude::*;

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| {
        let fragment = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
        AppState::from_fragment(&fragment)
    });
    let preset = state.provider.and_then(presets::find);
    let evaluation = preset.map(|p| evaluate(p, &state.preset, js_sys::Date::now() as i64));
    let inputs = evaluation.as_ref().map_or_else(|| state.inputs.clone(), |e| e.inputs.clone());
    let calc = use_memo(inputs.clone(), calculate);
    // A message file replaces the text: its MAC comes from the worker.
    let file_mode = preset.is_none() && state.file_active;
    let (encoded, verdict) = if file_mode {
        let mac = state.file_mac.as_deref();
        (
            mac.map(Encoded::of),
            mac.map_or(Verdict::None, |m| judge(inputs.algorithm, Some(m), &calc.expected)),
        )
    } else {
        (calc.outputs.clone(), calc.verdict.clone())
    };
    let file_mismatch = file_mode && verdict.is_mismatch();
    let extra = evaluation.as_ref().map(|e| e.variants.clone()).unwrap_or_default();
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    let on_algorithm =
        dispatch.reform(|id: String| Action::Algorithm(Algorithm::from_id(&id).unwrap_or_default()));
    let algorithms = Algorithm::ALL.iter().map(|a| (a.id(), a.name())).collect::<Vec<_>>();

    let custom = html! {
        <>
            <MessagePanel message={inputs.message.clone()} format={inputs.message_format}
                decoded={calc.message.as_ref().map(|m| m.len()).map_err(Clone::clone)} dispatch={dispatch.clone()}>
                <FileHasher key_bytes={calc.key.as_ref().ok().cloned()} algorithm={inputs.algorithm}
                    on_mac={dispatch.reform(Action::FileMac)} on_active={dispatch.reform(Action::FileActive)}
                    key_text={inputs.key.clone()} key_format={inputs.key_format} expected={inputs.expected.clone()}
                    mismatch={file_mismatch} on_diagnosis={dispatch.reform(Action::FileDiagnosis)} />
            </MessagePanel>
            <KeyPanel key_text={inputs.key.clone()} format={inputs.key_format}
                decoded={calc.key.as_ref().map(|k| k.len()).map_err(Clone::clone)} dispatch={dispatch.clone()} />
            <section class="panel">
                <h2>{ "Algorithm" }</h2>
                <FormatSelect id="algorithm" label="Algorithm" options={algorithms}
                    selected={inputs.algorithm.id()} on_change={on_algorithm} />
                <WarningsList warnings={calc.warnings.clone()} />
            </section>
        </>
    };

    html! {
        <>
        <header class="top">
            <h1>{ "HMAC Doctor" }</h1>
            <p class="tagline">{ "Compute, compare and diagnose HMAC signatures. Everything runs in this page: your secret and message never leave your device." }</p>
        </header>
        <main class="grid" key={state.generation.to_string()}>
            <ProviderPanel provider={state.provider} raw={state.raw.clone()} raw_notes={state.raw_notes.clone()}
                dispatch={dispatch.clone()} />
            if let (Some(p), Some(e)) = (preset, evaluation.clone()) {
                <PresetPanel preset={p} values={state.preset.clone()} pusher_error={state.pusher_error.clone()}
                    pusher_notes={state.pusher_notes.clone()} dispatch={dispatch.clone()} />
                <SigningView preset={p} evaluation={e} />
                <WarningsList warnings={calc.warnings.clone()} />
            } else {
                { custom }
            }
            <Outputs algorithm={inputs.algorithm.name()} encoded={encoded} />
            if preset.is_none() {
                <ExpectedPanel value={inputs.expected.clone()}
                    parsed={calc.expected.clone().map_err(|e| e.to_string())} dispatch={dispatch.clone()} />
            }
            <section class="panel verdict-panel">
                <h2>{ "Verdict" }</h2>
                <VerdictView verdict={verdict.clone()} />
            </section>
            if file_mode {
                if let (true, Some((text, diff))) = (verdict.is_mismatch(), state.file_diagnosis.clone()) {
                    <section class="panel diagnosis" aria-live="polite">
                        <h2>{ "Diagnosis" }</h2>
                        <p id="diagnosis-text" class={if text.starts_with("Found:") { "found" } else { "not-found" }}>{ text }</p>
                        { for diff.as_ref().map(diagnosis_view::difference_view) }
                    </section>
                }
            } else {
                <DiagnosisView inputs={inputs.clone()} extra={extra} mismatch={calc.verdict.is_mismatch()} />
            }
            if let Some(p) = preset {
                <CodeView preset={p} language={state.language} dispatch={dispatch.clone()} />
            }
            <SharePanel share_message={state.share_message} link={state.share_link.clone()} dispatch={dispatch.clone()} />
        </main>
        <footer class="foot">
            <p>{ "HMAC Doctor runs entirely in your browser: no request carries your data, nothing is stored." }</p>
        </footer>
        </>
    }
}
