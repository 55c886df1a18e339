//! The Other secrets to try field: more secrets, one per line, that the diagnosis tries.

use super::exact_textarea::ExactTextarea;
use super::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OtherSecretsProps {
    pub value: AttrValue,
    pub dispatch: Callback<Action>,
}

#[function_component(OtherSecrets)]
pub fn other_secrets(props: &OtherSecretsProps) -> Html {
    html! {
        <div class="field">
            <label for="other-secrets">{ "Other secrets to try" }</label>
            <ExactTextarea id="other-secrets" rows={2} value={props.value.clone()}
                on_change={props.dispatch.reform(Action::OtherSecrets)}
                placeholder="One per line: test and live, old and new, each endpoint's…"
                describedby={Some(AttrValue::from("other-secrets-info"))} />
            <p id="other-secrets-info" class="info">
                { "On a mismatch the diagnosis tries each and says which one made the signature. Like the key, they never leave this page." }
            </p>
        </div>
    }
}
