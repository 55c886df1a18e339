//! The Yew shell: thin components over the engine. State lives in one reducer
//! ([`state::AppState`]); everything shown is derived from it by [`crate::engine::calculate`]
//! or a preset's [`evaluate`], each memoized on the inputs it reads.

mod code_view;
mod copy_button;
mod diagnosis_view;
mod exact_textarea;
mod example_bar;
mod expected_panel;
mod file_hasher;
mod format_select;
mod handshake_view;
mod key_panel;
mod message_panel;
mod other_secrets;
mod outputs;
mod preset_panel;
mod provider_panel;
mod provider_picker;
mod public_key_check;
mod share_panel;
mod signing_view;
pub mod state;
mod text_field;
mod verdict;
mod warnings_list;

use crate::engine::calc::judge;
use crate::engine::presets::{self, evaluate, raw};
use crate::engine::{calculate, Algorithm, Encoded, Subject, Verdict};
use code_view::CodeView;
use diagnosis_view::DiagnosisView;
use exact_textarea::ExactTextarea;
use expected_panel::ExpectedPanel;
use file_hasher::FileHasher;
use format_select::FormatSelect;
use handshake_view::HandshakeView;
use key_panel::KeyPanel;
use message_panel::MessagePanel;
use outputs::Outputs;
use preset_panel::PresetPanel;
use provider_panel::ProviderPanel;
use public_key_check::PublicKeyCheck;
use share_panel::SharePanel;
use signing_view::SigningView;
use state::{Action, AppState};
use std::rc::Rc;
use text_field::TextField;
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
    // Re-evaluated only when the preset or its values change (not on a file's progress, a
    // language change or a share link).
    let evaluation =
        use_memo((preset, state.preset.clone()), |(p, values)| p.map(|p| Rc::new(evaluate(p, values))));
    let custom_calc = use_memo(state.inputs.clone(), calculate);
    let (inputs, calc) = match evaluation.as_ref() {
        Some(e) => (e.inputs.clone(), e.calculation.clone()),
        None => (state.inputs.clone(), custom_calc),
    };
    // A message file replaces the text: its MAC comes from the worker.
    let file = state.file.clone().filter(|_| preset.is_none());
    let (encoded, verdict) = match &file {
        Some(_) => {
            let mac = state.file_mac.as_deref();
            (
                mac.map(Encoded::of),
                mac.map_or(Verdict::None, |m| judge(inputs.algorithm, Some(m), &calc.expected)),
            )
        }
        None => (calc.outputs.clone(), calc.verdict.clone()),
    };
    // A warning that a Match contradicts is not shown.
    let matched = matches!(verdict, Verdict::Match(_));
    // (The HMAC calculation's warnings say nothing about a public key.)
    let warnings: Vec<_> = calc
        .warnings
        .iter()
        .filter(|w| !matched || w.holds_on_match())
        .filter(|_| !preset.is_some_and(|p| p.verified_in_worker()))
        .cloned()
        .collect();
    let mut raw_notes = state.raw_notes.clone();
    if state.raw_pretty && verdict.is_mismatch() {
        raw_notes.push(raw::pretty_note().to_string());
    }
    let subject = match preset {
        Some(p) => Subject::Preset { id: p.id.to_string(), values: state.preset.clone() },
        None => Subject::Custom(state.inputs.clone()),
    };
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    let on_algorithm =
        dispatch.reform(|id: String| Action::Algorithm(Algorithm::from_id(&id).unwrap_or_default()));
    let algorithms = Algorithm::ALL.iter().map(|a| (a.id(), a.name())).collect::<Vec<_>>();

    let custom = html! {
        <>
            <MessagePanel message={AttrValue::from(inputs.message.clone())} format={inputs.message_format}
                decoded={calc.message.as_ref().map(|m| m.len()).map_err(Clone::clone)} dispatch={dispatch.clone()}>
                <FileHasher key_bytes={calc.key.as_ref().ok().cloned()} algorithm={inputs.algorithm}
                    on_mac={dispatch.reform(Action::FileMac)} on_file={dispatch.reform(Action::File)} />
            </MessagePanel>
            <KeyPanel key_text={inputs.key.clone()} format={inputs.key_format}
                other_secrets={AttrValue::from(state.inputs.other_secrets.clone())}
                decoded={calc.key.as_ref().map(|k| k.len()).map_err(Clone::clone)} dispatch={dispatch.clone()} />
            <section class="panel">
                <h2>{ "Algorithm" }</h2>
                <FormatSelect id="algorithm" label="Algorithm" options={algorithms}
                    selected={inputs.algorithm.id()} on_change={on_algorithm} />
                <WarningsList warnings={warnings.clone()} />
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
                <ProviderPanel provider={state.provider} raw={AttrValue::from(state.raw.clone())} raw_notes={raw_notes}
                    has_input={state.has_input()}
                    example_note={state.example_note.clone()} dispatch={dispatch.clone()} />
                if let (Some(p), Some(e)) = (preset, (*evaluation).clone()) {
                    <PresetPanel preset={p} values={state.preset.clone()}
                        notes={state.notes.as_ref().filter(|(id, _)| *id == p.id).map(|(_, n)| n.clone()).unwrap_or_default()}
                        dispatch={dispatch.clone()} />
                    if !p.verified_in_worker() {
                        <SigningView preset={p} evaluation={e} />
                    }
                    <WarningsList warnings={warnings.clone()} />
                } else {
                    { custom }
                }
    <section class="panel evidence">
                        <h2>{ "What your server saw" }</h2>
                        if !preset.is_some_and(|p| p.is_shared_token() || p.verified_in_worker()) {
                            <TextField id="computed-signature" label="Signature your code computed"
                                value={state.computed.clone()} mono=true
                                placeholder="the value your server logged (hex or Base64)"
                                on_change={dispatch.reform(Action::Computed)} />
                        }
                        <div class="field">
                            <label for="error-text">{ "Error message" }</label>
                            <ExactTextarea id="error-text" rows={2} value={AttrValue::from(state.error_text.clone())}
                                on_change={dispatch.reform(Action::ErrorText)}
                                placeholder="the error your SDK or framework raised, as logged" />
                        </div>
                        <ul class="notes" aria-label="Error message notes" hidden={state.error_notes.is_empty()}>
                            { for state.error_notes.iter().map(|n| html! { <li>{ n.clone() }</li> }) }
                        </ul>
                    </section>
                if let Some(p) = preset.filter(|p| p.verified_in_worker()) {
                    <PublicKeyCheck preset={p} values={state.preset.clone()} error={AttrValue::from(state.error_text.clone())} />
                } else {
                    <Outputs algorithm={inputs.algorithm.name()} encoded={encoded}
                        hidden={preset.is_some_and(|p| p.is_shared_token())} />
                    if preset.is_none() {
                        <ExpectedPanel value={inputs.expected.clone()}
                            parsed={calc.expected.clone().map_err(|e| e.to_string())} dispatch={dispatch.clone()} />
                    }
                    <section class="panel verdict-panel">
                        <h2>{ "Verdict" }</h2>
                        <VerdictView verdict={verdict.clone()} />
                    </section>

                    <DiagnosisView subject={subject} file={file.clone()} mismatch={verdict.is_mismatch()}
                        matched={matches!(verdict, Verdict::Match(_))} evidence={state.evidence()} />
                }
                if let Some(h) = preset.and_then(|p| p.handshake) {
                    <HandshakeView handshake={h} secret={AttrValue::from(state.preset.secret.clone())} />
                }
                if let Some(p) = preset {
                    <CodeView preset={p} values={state.preset.clone()} language={state.language} dispatch={dispatch.clone()} />
                }
                <SharePanel share_message={state.share_message} link={state.share_link.clone()} shares={state.shares}
                    dispatch={dispatch.clone()} />
            </main>
            <footer class="foot">
                <p>{ "HMAC Doctor runs entirely in your browser: no request carries your data, nothing is stored." }</p>
            </footer>
            </>
        }
}
