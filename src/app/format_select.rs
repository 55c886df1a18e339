//! A labelled `<select>` over a fixed list of options.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FormatSelectProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// (value, visible text) pairs.
    pub options: Vec<(&'static str, &'static str)>,
    pub selected: AttrValue,
    pub on_change: Callback<String>,
}

#[function_component(FormatSelect)]
pub fn format_select(props: &FormatSelectProps) -> Html {
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            let el: HtmlSelectElement = e.target_unchecked_into();
            on_change.emit(el.value());
        })
    };
    html! {
        <div class="field field-inline">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <select id={props.id.clone()} {onchange}>
                { for props.options.iter().map(|(value, text)| html! {
                    <option value={*value} selected={props.selected.as_str() == *value}>{ *text }</option>
                }) }
            </select>
        </div>
    }
}
