//! The Provider select, grouped by category, with a filter above it that narrows the list by
//! name, id and signature header as one types (Enter chooses the first match). The select
//! stays a native `<select>`: its keyboard use and accessible name are the browser's.

use super::state::Action;
use crate::engine::presets::{providers, Category, Preset};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProviderPickerProps {
    pub provider: Option<&'static str>,
    pub dispatch: Callback<Action>,
}

/// Whether the preset matches the filter text (each word somewhere in its name, id, or
/// headers).
fn matches(p: &Preset, words: &[String]) -> bool {
    let mut hay = format!("{} {} {}", p.name, p.id, p.signature_header.unwrap_or_default());
    for d in p.detect {
        hay.push(' ');
        hay.push_str(d);
    }
    let hay = hay.to_lowercase();
    words.iter().all(|w| hay.contains(w.as_str()))
}

#[function_component(ProviderPicker)]
pub fn provider_picker(props: &ProviderPickerProps) -> Html {
    let filter = use_state(String::new);
    let words: Vec<String> = filter.split_whitespace().map(str::to_lowercase).collect();
    let selected = props.provider.unwrap_or("custom");
    let matching: Vec<&'static Preset> = providers::ALL.iter().filter(|p| matches(p, &words)).collect();
    let count = matching.len();
    // The chosen preset stays listed whatever the filter, so the select shows the truth.
    let shown: Vec<&'static Preset> =
        providers::ALL.iter().filter(|p| p.id == selected || matching.contains(p)).collect();
    // Keyed groups of the shown presets, in the categories' order, empty ones left out.
    let groups: Vec<(Category, Vec<&'static Preset>)> = Category::ALL
        .iter()
        .map(|c| (*c, shown.iter().copied().filter(|p| p.category == *c).collect::<Vec<_>>()))
        .filter(|(_, g)| !g.is_empty())
        .collect();
    let on_change = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let el: HtmlSelectElement = e.target_unchecked_into();
            dispatch.emit(Action::Provider(el.value()));
        })
    };
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |e: InputEvent| {
            let el: HtmlInputElement = e.target_unchecked_into();
            filter.set(el.value());
        })
    };
    let on_key = {
        let dispatch = props.dispatch.clone();
        let first = matching.first().map(|p| p.id);
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                e.prevent_default();
                if let Some(id) = first {
                    dispatch.emit(Action::Provider(id.to_string()));
                }
            }
        })
    };
    html! {
        <div class="provider-picker">
            <div class="field field-inline">
                <label for="provider-filter">{ "Filter providers" }</label>
                <input id="provider-filter" type="search" value={(*filter).clone()} oninput={on_filter}
                    onkeydown={on_key} autocomplete="off" spellcheck="false"
                    placeholder="name or header, e.g. stripe, x-hub" aria-describedby="provider-count" />
            </div>
            <p id="provider-count" class="info" aria-live="polite">{
                if words.is_empty() {
                    format!("{} providers, grouped by kind.", providers::ALL.len())
                } else {
                    format!("{count} of {} providers match; Enter chooses the first.", providers::ALL.len())
                }
            }</p>
            <div class="field field-inline">
                <label for="provider">{ "Provider" }</label>
                <select id="provider" onchange={on_change}>
                    <option value="custom" selected={selected == "custom"}>{ "Custom" }</option>
                    { for groups.into_iter().map(|(c, group)| html! {
                        <optgroup key={c.label()} label={c.label()}>
                            { for group.into_iter().map(|p| html! {
                                <option key={p.id} value={p.id} selected={selected == p.id}>{ p.name }</option>
                            }) }
                        </optgroup>
                    }) }
                </select>
            </div>
        </div>
    }
}
