//! A button that copies a text to the clipboard and says so.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    pub text: AttrValue,
    /// What is copied, for the accessible name ("Copy HMAC hex").
    pub what: AttrValue,
}

#[function_component(CopyButton)]
pub fn copy_button(props: &CopyButtonProps) -> Html {
    let copied = use_state(|| false);
    let onclick = {
        let text = props.text.clone();
        let copied = copied.clone();
        Callback::from(move |_| {
            if let Some(window) = web_sys::window() {
                let _ = window.navigator().clipboard().write_text(&text);
                copied.set(true);
            }
        })
    };
    html! {
        <button type="button" class="copy" aria-label={format!("Copy {}", props.what)} {onclick}
            disabled={props.text.is_empty()}>
            { if *copied { "Copied" } else { "Copy" } }
        </button>
    }
}
