//! Runs a diagnosis [`Search`] in the browser (on the page or in the worker) without holding
//! the thread for long: the engine's own work (the near stage, writing each far variant) runs
//! in slices of [`SLICE_MS`], and the full passes over the far variants are hashed by the
//! [`Hasher`] (WebCrypto where it can).
//!
//! Far passes are handed out before the near stage runs, and finished in the order they came
//! out. The finding is the one [`Search::run`] gives (no two distinct candidates give the same
//! MAC); only the count of candidates tried before it may differ.

use super::webcrypto::{collect, Hasher, Pending};
use crate::engine::diagnosis::{Outcome, Pass, Search, Work};
use js_sys::Reflect;
use std::collections::VecDeque;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// How long the engine may hold the thread before letting the browser run, in ms.
pub const SLICE_MS: f64 = 12.0;

/// How often a running search reports progress, in ms.
pub const PROGRESS_MS: f64 = 100.0;

/// Passes in flight at once. Chromium computes the HMAC inside the `sign()` call (measured:
/// the call takes as long as the hashing), so this only matters where a browser hashes on
/// another thread, which can then overlap with writing the next variant.
const IN_FLIGHT: usize = 3;

/// Lets the browser handle input and paint, then resumes: a MessageChannel message runs
/// right after pending events, without the 4 ms clamp of nested `setTimeout(0)`.
pub async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| match web_sys::MessageChannel::new() {
        Ok(channel) => {
            channel.port1().set_onmessage(Some(&resolve));
            if channel.port2().post_message(&JsValue::NULL).is_err() {
                let _ = resolve.call0(&JsValue::NULL);
            }
        }
        Err(_) => {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Milliseconds since the page (or worker) started.
pub fn now() -> f64 {
    Reflect::get(&js_sys::global(), &"performance".into())
        .ok()
        .and_then(|p| p.dyn_into::<web_sys::Performance>().ok())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// Runs `search` to its outcome, or `None` once `cancelled()` says so. `progress` gets the
/// candidates tried, at most every [`PROGRESS_MS`].
pub async fn run(
    search: &mut Search,
    hasher: &Hasher,
    cancelled: impl Fn() -> bool,
    progress: impl Fn(usize),
) -> Option<Outcome> {
    let mut flight: VecDeque<(Pass, Vec<Pending>)> = VecDeque::new();
    let (mut far_done, mut near_done) = (false, false);
    let mut reported = now();
    loop {
        if cancelled() {
            return None;
        }
        let slice = now();
        // Far passes first: where a browser signs on another thread, that overlaps with the
        // near stage running here in wasm.
        while !far_done && flight.len() < IN_FLIGHT && now() - slice < SLICE_MS {
            match search.far_work() {
                Work::Pass(pass) => {
                    let pending = hasher.start(search, &pass);
                    flight.push_back((pass, pending));
                }
                Work::Hashed(_) => {}
                Work::Done => far_done = true,
            }
        }
        while !near_done && now() - slice < SLICE_MS {
            near_done = matches!(search.near_work(), Work::Done);
        }
        if let Some(outcome) = search.outcome() {
            return Some(outcome.clone());
        }
        if now() - reported >= PROGRESS_MS {
            reported = now();
            progress(search.tried());
        }
        match flight.pop_front() {
            Some((pass, pending)) => {
                let macs = collect(search, &pass, pending).await;
                if let Some(outcome) = search.finish_pass(pass, &macs) {
                    return Some(outcome.clone());
                }
            }
            None if far_done && near_done => return Some(search.conclude().clone()),
            None => {}
        }
        if now() - slice >= SLICE_MS {
            yield_to_browser().await;
        }
    }
}
