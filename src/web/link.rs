//! The page's side of the worker: starts it, holds a request until the worker says it is
//! ready (messages posted before its handler exists would be lost), and hands every other
//! reply, decoded, to a callback.

use super::protocol::{Reply, Request};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker};

pub struct WorkerLink {
    worker: Worker,
    ready: Rc<Cell<bool>>,
    /// The newest message posted before the worker was ready.
    waiting: Rc<RefCell<Option<JsValue>>>,
    _handler: Closure<dyn FnMut(MessageEvent)>,
}

impl WorkerLink {
    /// Starts a worker, or `None` where workers cannot run.
    pub fn start(on_reply: impl Fn(Reply) + 'static) -> Option<WorkerLink> {
        let worker = Worker::new("./worker_loader.js").ok()?;
        let ready = Rc::new(Cell::new(false));
        let waiting: Rc<RefCell<Option<JsValue>>> = Rc::new(RefCell::new(None));
        let handler = {
            let (worker, ready, waiting) = (worker.clone(), ready.clone(), waiting.clone());
            Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| match Reply::decode(&e.data()) {
                Reply::Ready => {
                    ready.set(true);
                    if let Some(msg) = waiting.borrow_mut().take() {
                        let _ = worker.post_message(&msg);
                    }
                }
                reply => on_reply(reply),
            })
        };
        worker.set_onmessage(Some(handler.as_ref().unchecked_ref()));
        Some(WorkerLink { worker, ready, waiting, _handler: handler })
    }

    /// Whether the worker has said it is ready (messages now reach it in order).
    pub fn is_ready(&self) -> bool {
        self.ready.get()
    }

    /// Posts `request` now, or once the worker is ready (replacing an older waiting request).
    pub fn post(&self, request: &Request) {
        let msg = request.encode();
        if self.ready.get() {
            let _ = self.worker.post_message(&msg);
        } else {
            *self.waiting.borrow_mut() = Some(msg);
        }
    }
}

impl Drop for WorkerLink {
    /// Stops the worker; a message it posted just before is no longer handled (its handler
    /// is being dropped).
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.terminate();
    }
}
