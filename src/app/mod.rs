//! The Yew shell: thin components over the engine. State lives in one reducer
//! ([`state::AppState`]); everything shown is derived from it by [`crate::engine::calculate`].

mod copy_button;
mod diagnosis_view;
mod exact_textarea;
mod expected_panel;
mod format_select;
mod key_panel;
mod message_panel;
mod outputs;
pub mod state;
mod verdict;
mod warnings_list;

use crate::engine::{calculate, Algorithm};
use diagnosis_view::DiagnosisView;
use expected_panel::ExpectedPanel;
use format_select::FormatSelect;
use key_panel::KeyPanel;
use message_panel::MessagePanel;
use outputs::Outputs;
use state::{Action, AppState};
use verdict::VerdictView;
use warnings_list::WarningsList;
use yew::prelude::*;

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(AppState::default);
    let inputs = state.inputs.clone();
    let calc = use_memo(inputs.clone(), calculate);
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    let on_algorithm =
        dispatch.reform(|id: String| Action::Algorithm(Algorithm::from_id(&id).unwrap_or_default()));
    let algorithms = Algorithm::ALL.iter().map(|a| (a.id(), a.name())).collect::<Vec<_>>();

    html! {
        <>
        <header class="top">
            <h1>{ "HMAC Doctor" }</h1>
            <p class="tagline">{ "Compute, compare and diagnose HMAC signatures. Everything runs in this page: your secret and message never leave your device." }</p>
        </header>
        <main class="grid">
            <MessagePanel message={inputs.message.clone()} format={inputs.message_format}
                decoded={calc.message.as_ref().map(|m| m.len()).map_err(Clone::clone)} dispatch={dispatch.clone()} />
            <KeyPanel key_text={inputs.key.clone()} format={inputs.key_format}
                decoded={calc.key.as_ref().map(|k| k.len()).map_err(Clone::clone)} dispatch={dispatch.clone()} />
            <section class="panel">
                <h2 id="algorithm-heading">{ "Algorithm" }</h2>
                <FormatSelect id="algorithm" label="Algorithm" options={algorithms}
                    selected={inputs.algorithm.id()} on_change={on_algorithm} />
                <WarningsList warnings={calc.warnings.clone()} />
            </section>
            <Outputs algorithm={inputs.algorithm.name()} encoded={calc.outputs.clone()} />
            <ExpectedPanel value={inputs.expected.clone()}
                parsed={calc.expected.clone().map_err(|e| e.to_string())} dispatch={dispatch.clone()} />
            <section class="panel verdict-panel">
                <h2 id="verdict-heading">{ "Verdict" }</h2>
                <VerdictView verdict={calc.verdict.clone()} />
            </section>
            <DiagnosisView inputs={inputs.clone()} mismatch={calc.verdict.is_mismatch()} />
        </main>
        <footer class="foot">
            <p>{ "HMAC Doctor runs entirely in your browser: no request carries your data, nothing is stored." }</p>
        </footer>
        </>
    }
}
