//! Share link (non-secret settings only; the message only when ticked), made and copied to
//! the clipboard by "Copy share link", and "Clear all".

use super::copy_button::CopyButton;
use super::state::Action;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub share_message: bool,
    pub link: AttrValue,
    /// How many links were made: each new one is copied to the clipboard.
    pub shares: u32,
    pub dispatch: Callback<Action>,
}

fn page_address() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|h| h.split('#').next().unwrap_or_default().to_string())
        .unwrap_or_default()
}

#[function_component(SharePanel)]
pub fn share_panel(props: &SharePanelProps) -> Html {
    let on_tick = props
        .dispatch
        .reform(|e: Event| Action::ShareMessage(e.target_unchecked_into::<HtmlInputElement>().checked()));
    let on_share = props.dispatch.reform(|_| Action::MakeShareLink(page_address()));
    let on_clear = props.dispatch.reform(|_| {
        // Drop any fragment from the address bar too.
        if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&page_address()));
        }
        crate::web::webcrypto::forget_keys();
        Action::ClearAll
    });
    // Each link made is copied; whether the browser allowed it is said next to the link.
    let copied = use_state(|| None::<bool>);
    use_effect_with(props.shares, {
        let link = props.link.clone();
        let copied = copied.clone();
        move |shares| {
            if let (true, Some(window)) = (*shares > 0, web_sys::window()) {
                let promise = window.navigator().clipboard().write_text(&link);
                wasm_bindgen_futures::spawn_local(async move {
                    copied.set(Some(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()));
                });
            }
        }
    });
    html! {
        <section class="panel wide share">
            <h2>{ "Share and reset" }</h2>
            <p class="info">{ "A share link carries the algorithm, the formats and the provider — never the key, the signature or preset values. Nothing is stored in this browser." }</p>
            <div class="share-row">
                <label class="check"><input id="share-message" type="checkbox" checked={props.share_message} onchange={on_tick} />{ " Include the message in the link" }</label>
                <button type="button" onclick={on_share}>{ "Copy share link" }</button>
                <button type="button" class="danger" onclick={on_clear}>{ "Clear all" }</button>
            </div>
            if !props.link.is_empty() {
                <div class="output-row">
                    <label class="output-label" for="share-link">{ "Share link" }</label>
                    <input id="share-link" type="text" readonly=true class="mono" value={props.link.clone()} />
                    <CopyButton text={props.link.clone()} what="share link" />
                </div>
                <p class="info" id="share-status">{ match *copied {
                    Some(true) => "Copied to the clipboard.",
                    Some(false) => "The browser did not allow copying: copy the link above.",
                    None => "",
                } }</p>
            }
        </section>
    }
}
