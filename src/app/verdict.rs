//! The Match / Mismatch verdict, announced to screen readers.

use crate::engine::Verdict;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct VerdictProps {
    pub verdict: Verdict,
}

#[function_component(VerdictView)]
pub fn verdict_view(props: &VerdictProps) -> Html {
    let class = match props.verdict {
        Verdict::None => "verdict",
        Verdict::Match(_) => "verdict match",
        Verdict::Mismatch(_) => "verdict mismatch",
    };
    html! {
        <div id="verdict" class={class} role="status" aria-live="polite">{ props.verdict.text() }</div>
    }
}
