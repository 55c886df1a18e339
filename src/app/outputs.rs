//! The computed MAC in every output encoding, each with a copy button.

use super::copy_button::CopyButton;
use crate::engine::Encoded;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OutputsProps {
    pub algorithm: AttrValue,
    pub encoded: Option<Encoded>,
    /// Hidden where nothing is hashed (a shared token, basic auth).
    #[prop_or_default]
    pub hidden: bool,
}

#[function_component(Outputs)]
pub fn outputs(props: &OutputsProps) -> Html {
    let e = props.encoded.clone().unwrap_or_default();
    let rows = [
        ("out-hex", "hex", "HMAC hex", e.hex),
        ("out-hex-upper", "HEX", "HMAC HEX", e.hex_upper),
        ("out-base64", "Base64", "HMAC Base64", e.base64),
        ("out-base64url", "Base64url", "HMAC Base64url", e.base64url),
    ];
    html! {
        <section class="panel outputs" hidden={props.hidden}>
            <h2 id="outputs-heading">{ format!("Result · {}", props.algorithm) }</h2>
            { for rows.into_iter().map(|(id, short, name, value)| html! {
                <div class="output-row">
                    <span class="output-label" id={format!("{id}-label")}>{ short }</span>
                    <div id={id} role="textbox" aria-readonly="true" aria-multiline="true" tabindex="0"
                        aria-label={name} class="mono output-value">{ value.clone() }</div>
                    <CopyButton text={value} what={name} />
                </div>
            }) }
            if props.encoded.is_none() {
                <p class="info">{ "Fix the input errors above to see the HMAC." }</p>
            }
        </section>
    }
}
