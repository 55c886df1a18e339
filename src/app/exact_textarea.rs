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

/// Above this many bytes the text is kept exactly but only its start is shown: browsers take
/// seconds to lay out multi-megabyte textareas.
pub const LARGE: usize = 1 << 20;
/// How much of a large text is shown.
const SHOWN: usize = 64 * 1024;

fn shown_part(text: &str) -> String {
    let mut end = SHOWN.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}\n…", normalize_newlines(&text[..end]))
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
        let model = if props.value.len() > LARGE { AttrValue::from("") } else { props.value.clone() };
        let on_change = props.on_change.clone();
        Callback::from(move |e: InputEvent| {
            let el: HtmlTextAreaElement = e.target_unchecked_into();
            on_change.emit(apply_value(&model, &el.value()));
        })
    };

    let large = props.value.len() > LARGE;
    let onpaste = {
        let model = if large { AttrValue::from("") } else { props.value.clone() };
        let on_change = props.on_change.clone();
        let caret = caret.clone();
        Callback::from(move |e: Event| {
            let Some(ev) = wasm_bindgen::JsCast::dyn_ref::<ClipboardEvent>(&e) else { return };
            let Some(data) = ev.clipboard_data() else { return };
            let Ok(raw) = data.get_data("text/plain") else { return };
            let el: HtmlTextAreaElement = e.target_unchecked_into();
            // A large text is replaced whole (its shown part is only a preview).
            let start = if large { 0 } else { el.selection_start().ok().flatten().unwrap_or(0) };
            let end = if large { 0 } else { el.selection_end().ok().flatten().unwrap_or(start) };
            e.prevent_default();
            let (next, pos) = paste(&model, start, end, &raw);
            if next.len() <= LARGE {
                el.set_value(&normalize_newlines(&next));
            }
            *caret.borrow_mut() = Some(pos);
            let _ = el.set_selection_range(pos, pos);
            if next.len() > LARGE {
                // Let the browser breathe between reading a huge paste and recomputing.
                let on_change = on_change.clone();
                yew::platform::spawn_local(async move {
                    yew::platform::time::sleep(std::time::Duration::from_millis(1)).await;
                    on_change.emit(next);
                });
            } else {
                on_change.emit(next);
            }
        })
    };

    let shown = if large { shown_part(&props.value) } else { normalize_newlines(&props.value) };
    html! {
        <>
        if large {
            <p class="info" id={format!("{}-large", props.id)}>{ format!(
                "Large input: all {} bytes are kept exactly and hashed; the first {} KiB are shown, editing is off. Paste again to replace it, or Clear all.",
                props.value.len(), SHOWN / 1024
            ) }</p>
        }
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
            value={shown}
            readonly={large}
            {oninput}
            {onpaste}
        />
        </>
    }
}
