//! A preset's handshake (a URL check or a ping the provider sends before its deliveries): paste
//! the value it sent, see the exact answer it wants — status, headers and body.

use super::text_field::TextField;
use crate::engine::presets::Handshake;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HandshakeProps {
    pub handshake: Handshake,
    /// The preset's secret (X's CRC answer is keyed with it).
    pub secret: AttrValue,
}

#[function_component(HandshakeView)]
pub fn handshake_view(props: &HandshakeProps) -> Html {
    let value = use_state(String::new);
    let h = props.handshake;
    let answer = h.answer(&value, &props.secret);
    let mut text = format!("HTTP/1.1 {} OK\n", answer.status);
    for (name, v) in &answer.headers {
        text.push_str(&format!("{name}: {v}\n"));
    }
    text.push('\n');
    text.push_str(&answer.body);
    let on_change = {
        let value = value.clone();
        Callback::from(move |v: String| value.set(v))
    };
    html! {
        <section class="panel wide handshake">
            <h2>{ "Handshake" }</h2>
            <p class="info">{ h.request }</p>
            <TextField id="handshake-value" label={h.label} value={AttrValue::from((*value).clone())} mono=true on_change={on_change} />
            <pre class="diff" role="region" tabindex="0" aria-label="Handshake answer"><code>{ text }</code></pre>
        </section>
    }
}
