//! Warnings about inputs that are valid but suspicious.

use crate::engine::Warning;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WarningsProps {
    pub warnings: Vec<Warning>,
}

#[function_component(WarningsList)]
pub fn warnings_list(props: &WarningsProps) -> Html {
    // Always an element (hidden when empty): Yew mis-places siblings inserted before a
    // component that renders nothing.
    html! {
        <ul class="warnings" aria-label="Warnings" hidden={props.warnings.is_empty()}>
            { for props.warnings.iter().map(|w| html! { <li>{ w.to_string() }</li> }) }
        </ul>
    }
}
