//! The verification program for the current preset, with a copy button — or why there is
//! none yet (only programs the test suite runs are offered) — and the signed test request.
//! Both are written by the worker (started with this view), so that the emitters for seven
//! languages and the request signer stay out of the page's own code.

use super::copy_button::CopyButton;
use super::format_select::FormatSelect;
use super::state::Action;
use super::text_field::TextField;
use crate::engine::presets::code::Language;
use crate::engine::presets::{Preset, Values};
use crate::engine::Subject;
use crate::web::link::WorkerLink;
use crate::web::protocol::{Reply, Request};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// How much of a long command is shown (Copy copies all of it).
const SHOWN: usize = 16 * 1024;

#[derive(Properties, PartialEq)]
pub struct CodeViewProps {
    pub preset: &'static Preset,
    /// The values entered, for the signed test request.
    pub values: Values,
    pub language: usize,
    pub dispatch: Callback<Action>,
}

#[function_component(CodeView)]
pub fn code_view(props: &CodeViewProps) -> Html {
    let lang = Language::ALL.get(props.language).copied().unwrap_or(Language::Node);
    // The newest program asked for and the answer: (request id, reply).
    let code = use_state(|| None::<(u32, Reply)>);
    // The signed curl command, once asked for: Some(None) while the values cannot sign.
    let command = use_state(|| None::<Option<String>>);
    let link: Rc<RefCell<Option<WorkerLink>>> = use_mut_ref(|| None);
    let asked = use_mut_ref(|| 0u32);
    // The preset of the newest request: its notes come with its program.
    let asked_preset = use_mut_ref(|| props.preset.id);
    {
        let (code, command, asked, link) = (code.clone(), command.clone(), asked.clone(), link.clone());
        let (asked_preset, dispatch) = (asked_preset.clone(), props.dispatch.clone());
        use_effect_with((props.preset.id, lang), move |(preset, lang)| {
            let id = {
                let mut n = asked.borrow_mut();
                *n = n.wrapping_add(1);
                *n
            };
            *asked_preset.borrow_mut() = preset;
            if link.borrow().is_none() {
                let asked = asked.clone();
                let (code, command) = (code.clone(), command.clone());
                *link.borrow_mut() = WorkerLink::start(move |reply| match reply {
                    Reply::Program { id, ref notes, .. } if id == *asked.borrow() => {
                        dispatch.emit(Action::PresetNotes(*asked_preset.borrow(), notes.clone()));
                        code.set(Some((id, reply)))
                    }
                    Reply::Curl { text, .. } => command.set(Some(text)),
                    _ => {}
                });
            }
            match link.borrow().as_ref() {
                Some(l) => {
                    l.post(&Request::Program { id, preset: preset.to_string(), language: lang.id().into() })
                }
                None => code.set(Some((
                    id,
                    Reply::Program { id, text: None, about: String::new(), curl: false, notes: Vec::new() },
                ))),
            }
        });
    }
    let waiting = code.as_ref().is_none_or(|(id, _)| *id != *asked.borrow());
    let (code, about, offers_curl) = match code.as_ref().map(|(_, r)| r) {
        Some(Reply::Program { text, about, curl, .. }) => (text.clone(), about.clone(), *curl),
        _ => (None, String::new(), false),
    };
    let options: Vec<(&'static str, &'static str)> =
        Language::ALL.iter().map(|l| (l.id(), l.label())).collect();
    let on_lang = props.dispatch.reform(|id: String| {
        Action::Language(Language::ALL.iter().position(|l| Some(*l) == Language::from_id(&id)).unwrap_or(0))
    });
    let url = use_state(|| "http://127.0.0.1:3000/webhook".to_string());
    let on_url = {
        let url = url.clone();
        Callback::from(move |u: String| url.set(u))
    };
    // Made on request, with the clock at that moment (a fresh timestamp each time).
    let on_make = {
        let (url, link, preset, values) = (url.clone(), link.clone(), props.preset, props.values.clone());
        Callback::from(move |_| {
            if let Some(l) = link.borrow().as_ref() {
                let subject = Subject::Preset { id: preset.id.to_string(), values: values.clone() };
                l.post(&Request::Curl { id: 0, subject, url: (*url).clone(), now_ms: js_sys::Date::now() });
            }
        })
    };
    let shown = |c: &str| match c.char_indices().nth(SHOWN) {
        Some((cut, _)) => format!("{}… ({} more bytes; Copy copies all of it)", &c[..cut], c.len() - cut),
        None => c.to_string(),
    };
    html! {
        <section class="panel wide code">
            <h2>{ "Verification code" }</h2>
            if let Some(code) = code {
                <p class="info">{ about }</p>
                <div class="code-head">
                    <FormatSelect id="code-language" label="Language" options={options} selected={lang.id()} on_change={on_lang} />
                    <CopyButton text={code.clone()} what="verification code" />
                </div>
                <pre class="diff" role="region" tabindex="0" aria-label="Verification code"><code>{ code }</code></pre>
                // A signed request needs the private key, which a public-key preset never has.
                if offers_curl {
                <h3>{ "Signed test request" }</h3>
                <p class="info">{ "A curl command that sends these inputs, correctly signed with a fresh timestamp, to your endpoint." }</p>
                <div class="code-head">
                    <TextField id="endpoint-url" label="Your endpoint URL" value={(*url).clone()} mono=true on_change={on_url} />
                    <button type="button" onclick={on_make}>{ "Make signed curl command" }</button>
                </div>
                { match &*command {
                    Some(Some(c)) => html! {
                        <>
                            <div class="code-head"><CopyButton text={c.clone()} what="curl command" /></div>
                            <pre id="curl-command" class="diff" role="region" tabindex="0" aria-label="Signed curl command"><code>{ shown(c) }</code></pre>
                        </>
                    },
                    Some(None) => html! { <p class="error" id="curl-command">{ "Enter a secret the preset can use first." }</p> },
                    None => html! {},
                } }
                }
            } else if waiting {
                <p class="info" id="no-code">{ "Writing the program…" }</p>
            } else {
                <p class="info" id="no-code">{ format!(
                    "No verification program for {} yet: HMAC Doctor shows only programs its tests run against signed requests, and this scheme's is not among them.",
                    props.preset.name
                ) }</p>
            }
        </section>
    }
}
