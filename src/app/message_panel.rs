//! The Message panel: the text, its format, its size.

use super::exact_textarea::ExactTextarea;
use super::format_select::FormatSelect;
use super::state::Action;
use crate::engine::textedit::crlf_count;
use crate::engine::{DecodeError, MessageFormat};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MessagePanelProps {
    pub message: AttrValue,
    pub format: MessageFormat,
    /// Decoded bytes length, or why the text is not valid in its format.
    pub decoded: Result<usize, DecodeError>,
    pub dispatch: Callback<Action>,
    /// The file picker, shown under the text.
    #[prop_or_default]
    pub children: Html,
}

#[function_component(MessagePanel)]
pub fn message_panel(props: &MessagePanelProps) -> Html {
    let on_text = props.dispatch.reform(Action::Message);
    let on_format = props
        .dispatch
        .reform(|id: String| Action::MessageFormat(MessageFormat::from_id(&id).unwrap_or_default()));
    let options = MessageFormat::ALL.iter().map(|f| (f.id(), f.label())).collect::<Vec<_>>();
    let crlf = if props.format == MessageFormat::Text { crlf_count(&props.message) } else { 0 };
    let info = match &props.decoded {
        Ok(n) => {
            let mut s = format!("{n} byte{}", if *n == 1 { "" } else { "s" });
            if crlf > 0 {
                s.push_str(&format!(
                    " · {crlf} CRLF line break{} kept as \\r\\n",
                    if crlf == 1 { "" } else { "s" }
                ));
            }
            html! { <p id="message-info" class="info">{ s }</p> }
        }
        Err(e) => html! { <p id="message-info" class="error" role="alert">{ format!("Message is {e}") }</p> },
    };
    html! {
        <section class="panel message-panel">
            <h2 id="message-heading">{ "Message" }</h2>
            <div class="field">
                <label for="message">{ "Message" }</label>
                <ExactTextarea id="message" rows={14} value={props.message.clone()} on_change={on_text}
                    placeholder="The exact bytes that were signed (raw request body, string-to-sign…)"
                    describedby={Some(AttrValue::from("message-info"))} invalid={props.decoded.is_err()} />
            </div>
            <FormatSelect id="message-format" label="Message format" options={options}
                selected={props.format.id()} on_change={on_format} />
            { info }
            { props.children.clone() }
        </section>
    }
}
