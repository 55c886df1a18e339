//! A textarea that keeps the exact text, including pasted `\r\n` line endings.

use crate::engine::textedit::{apply_value, normalize_newlines, paste};
use web_sys::{ClipboardEvent, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExactTextareaProps {
    pub id: AttrValue,
    /// The exact text (the model).
    pub value: AttrValue,
    pub rows: u32,
    pub on_change: Callback<String>,
    #[prop_or_default]
    pub placeholder: AttrValue,
    #[prop_or_default]
    pub describedby: Option<AttrValue>,
    #[prop_or_default]
    pub invalid: bool,
}

#[function_component(ExactTextarea)]
pub fn exact_textarea(props: &ExactTextareaProps) -> Html {
    let node = use_node_ref();
    // Where to put the caret after a paste re-renders the value.
    let caret = use_mut_ref(|| None::<u32>);

    {
        let node = node.clone();
        let caret = caret.clone();
        use_effect(move || {
            if let (Some(pos), Some(el)) = (caret.borrow_mut().take(), node.cast::<HtmlTextAreaElement>()) {
                let _ = el.set_selection_range(pos, pos);
            }
        });
    }

    let oninput = {
        let model = props.value.clone();
        let on_change = props.on_change.clone();
        Callback::from(move |e: InputEvent| {
            let el: HtmlTextAreaElement = e.target_unchecked_into();
            on_change.emit(apply_value(&model, &el.value()));
        })
    };

    let onpaste = {
        let model = props.value.clone();
        let on_change = props.on_change.clone();
        let caret = caret.clone();
        Callback::from(move |e: Event| {
            let Some(ev) = wasm_bindgen::JsCast::dyn_ref::<ClipboardEvent>(&e) else { return };
            let Some(data) = ev.clipboard_data() else { return };
            let Ok(raw) = data.get_data("text/plain") else { return };
            let el: HtmlTextAreaElement = e.target_unchecked_into();
            let start = el.selection_start().ok().flatten().unwrap_or(0);
            let end = el.selection_end().ok().flatten().unwrap_or(start);
            e.prevent_default();
            let (next, pos) = paste(&model, start, end, &raw);
            el.set_value(&normalize_newlines(&next));
            *caret.borrow_mut() = Some(pos);
            let _ = el.set_selection_range(pos, pos);
            on_change.emit(next);
        })
    };

    html! {
        <textarea
            ref={node}
            id={props.id.clone()}
            rows={props.rows.to_string()}
            spellcheck="false"
            autocomplete="off"
            autocapitalize="off"
            placeholder={props.placeholder.clone()}
            aria-describedby={props.describedby.clone()}
            aria-invalid={props.invalid.then_some("true")}
            value={normalize_newlines(&props.value)}
            {oninput}
            {onpaste}
        />
    }
}
