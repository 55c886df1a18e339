//! The Secret key panel: the key, its format, its decoded length.

use super::exact_textarea::ExactTextarea;
use super::format_select::FormatSelect;
use super::other_secrets::OtherSecrets;
use super::state::Action;
use crate::engine::{DecodeError, KeyFormat};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct KeyPanelProps {
    pub key_text: AttrValue,
    pub format: KeyFormat,
    pub decoded: Result<usize, DecodeError>,
    pub other_secrets: AttrValue,
    pub dispatch: Callback<Action>,
}

#[function_component(KeyPanel)]
pub fn key_panel(props: &KeyPanelProps) -> Html {
    let on_text = props.dispatch.reform(Action::Key);
    let on_format =
        props.dispatch.reform(|id: String| Action::KeyFormat(KeyFormat::from_id(&id).unwrap_or_default()));
    let options = KeyFormat::ALL.iter().map(|f| (f.id(), f.label())).collect::<Vec<_>>();
    let info = match &props.decoded {
        Ok(n) => {
            html! { <p id="key-info" class="info">{ format!("Key: {n} byte{}", if *n == 1 { "" } else { "s" }) }</p> }
        }
        Err(e) => html! { <p id="key-info" class="error" role="alert">{ format!("Key is {e}") }</p> },
    };
    html! {
        <section class="panel">
            <h2 id="key-heading">{ "Key" }</h2>
            <div class="field">
                <label for="secret-key">{ "Secret key" }</label>
                <ExactTextarea id="secret-key" rows={2} value={props.key_text.clone()} on_change={on_text}
                    placeholder="Webhook secret, signing secret, app secret…"
                    describedby={Some(AttrValue::from("key-info"))} invalid={props.decoded.is_err()} />
            </div>
            <FormatSelect id="key-format" label="Key format" options={options}
                selected={props.format.id()} on_change={on_format} />
            { info }
            <OtherSecrets value={props.other_secrets.clone()} dispatch={props.dispatch.clone()} />
        </section>
    }
}
