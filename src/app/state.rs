//! The page state as a reducer: every user action is an [`Action`].

use crate::engine::{Algorithm, Inputs, KeyFormat, MessageFormat};
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, PartialEq, Default)]
pub struct AppState {
    pub inputs: Inputs,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Message(String),
    MessageFormat(MessageFormat),
    Key(String),
    KeyFormat(KeyFormat),
    Algorithm(Algorithm),
    Expected(String),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let inputs = &mut next.inputs;
        match action {
            Action::Message(m) => inputs.message = m,
            Action::MessageFormat(f) => inputs.message_format = f,
            Action::Key(k) => inputs.key = k,
            Action::KeyFormat(f) => inputs.key_format = f,
            Action::Algorithm(a) => inputs.algorithm = a,
            Action::Expected(e) => inputs.expected = e,
        }
        Rc::new(next)
    }
}
