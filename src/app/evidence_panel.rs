//! What the user holds besides the inputs: the signature their own code computed and the
//! error message their SDK raised (a provider's own error may fill its fields, as Pusher's
//! does). The worker checks both against the inputs; the Diagnosis says what they reveal.

use super::exact_textarea::ExactTextarea;
use super::state::Action;
use super::text_field::TextField;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EvidencePanelProps {
    pub computed: AttrValue,
    /// Whether the signature your code computed applies (an HMAC the user's code makes).
    pub hmac: bool,
    pub error_text: AttrValue,
    /// What a provider's own reading of the error told (Pusher's socket id, …).
    pub error_notes: Vec<String>,
    pub dispatch: Callback<Action>,
}

#[function_component(EvidencePanel)]
pub fn evidence_panel(props: &EvidencePanelProps) -> Html {
    let d = &props.dispatch;
    html! {
        <section class="panel evidence">
            <h2>{ "What your server saw" }</h2>
            if props.hmac {
                <TextField id="computed-signature" label="Signature your code computed" value={props.computed.clone()}
                    mono=true placeholder="the value your server logged (hex or Base64)"
                    on_change={d.reform(Action::Computed)} />
            }
            <div class="field">
                <label for="error-text">{ "Error message" }</label>
                <ExactTextarea id="error-text" rows={2} value={props.error_text.clone()}
                    on_change={d.reform(Action::ErrorText)}
                    placeholder="the error your SDK or framework raised, as logged" />
            </div>
            <ul class="notes" aria-label="Error message notes" hidden={props.error_notes.is_empty()}>
                { for props.error_notes.iter().map(|n| html! { <li>{ n.clone() }</li> }) }
            </ul>
        </section>
    }
}
