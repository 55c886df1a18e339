//! A provider preset's inputs, labelled in the provider's own terms.

use super::exact_textarea::ExactTextarea;
use super::other_secrets::OtherSecrets;
use super::state::Action;
use super::text_field::TextField;
use crate::engine::presets::{Preset, Values};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PresetPanelProps {
    pub preset: &'static Preset,
    pub values: Values,
    /// What users get wrong with this provider (sent by the worker with its program).
    pub notes: Vec<String>,
    pub dispatch: Callback<Action>,
}

#[function_component(PresetPanel)]
pub fn preset_panel(props: &PresetPanelProps) -> Html {
    let p = props.preset;
    let v = &props.values;
    let d = &props.dispatch;
    let long_signature = p.signature_is_token();
    html! {
        <section class="panel wide preset-panel">
            <h2>{ p.name }</h2>
            <div class="preset-grid">
                if !p.is_public_key() {
                    <TextField id="preset-secret" label={p.secret_label} value={v.secret.clone()} mono=true
                        on_change={d.reform(Action::PresetSecret)} />
                }
                { for p.fields.iter().map(|f| {
                    let id = f.id;
                    html! {
                        <TextField id={format!("preset-{id}")} label={f.label} value={v.get(id).to_string()} mono=true
                            placeholder={f.placeholder} on_change={d.reform(move |s| Action::PresetField(id, s))} />
                    }
                }) }
                if !long_signature {
                    <TextField id="preset-signature" label={p.signature_label} value={v.signature.clone()} mono=true
                        placeholder={p.signature_header.map(|h| format!("the {h} header value")).unwrap_or_default()}
                        on_change={d.reform(Action::PresetSignature)} />
                }
            </div>
            if p.is_public_key() {
                // A PEM, a JWK or a JWKS spans lines.
                <div class="field">
                    <label for="preset-secret">{ p.secret_label }</label>
                    <ExactTextarea id="preset-secret" rows={3} value={v.secret.clone()}
                        on_change={d.reform(Action::PresetSecret)}
                        placeholder="hex, Base64, PEM, JWK or JWKS" />
                </div>
            } else {
                <OtherSecrets value={AttrValue::from(v.other_secrets.clone())} dispatch={d.clone()} />
            }
            if long_signature {
                <div class="field">
                    <label for="preset-signature">{ p.signature_label }</label>
                    <ExactTextarea id="preset-signature" rows={3} value={v.signature.clone()}
                        on_change={d.reform(Action::PresetSignature)} />
                </div>
            }
            if let Some(label) = p.body_label {
                <div class="field">
                    <label for="preset-body">{ label }</label>
                    <ExactTextarea id="preset-body" rows={8} value={AttrValue::from(v.body.clone())}
                        on_change={d.reform(Action::PresetBody)}
                        placeholder="The body exactly as received (raw bytes, not re-serialized)" />
                </div>
            }
            <ul class="notes" aria-label={format!("{} notes", p.name)} hidden={props.notes.is_empty()}>
                { for props.notes.iter().map(|n| html! { <li>{ n.clone() }</li> }) }
            </ul>
        </section>
    }
}
