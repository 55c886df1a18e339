//! Runs a diagnosis [`Search`] in the browser (on the page or in a worker) without holding
//! the thread for long: the engine's own work (the near stage, writing each far variant) runs
//! in slices of [`SLICE_MS`], and the full passes over the far variants are hashed by the
//! browser's own HMAC (WebCrypto `crypto.subtle.sign`, native code with the CPU's SHA
//! instructions: ~1 GB/s against ~200 MB/s for SHA-256 in wasm here). Algorithms WebCrypto
//! lacks (MD5, SHA-224, SHA-512/256, SHA-3), empty keys, and pages without `crypto.subtle` (not
//! a secure context) are hashed by the engine in wasm instead; so is any job WebCrypto refuses.
//!
//! Far passes are handed out before the near stage runs, and finished in the order they came
//! out. The finding is the one [`Search::run`] gives (no two distinct candidates give the same
//! MAC); only the count of candidates tried before it may differ.

use crate::engine::diagnosis::{Difference, MessageMistake, MessageVariant, Outcome, Pass, Search, Work};
use crate::engine::{Algorithm, Inputs, KeyFormat, MessageFormat};
use js_sys::{Array, Object, Reflect, Uint8Array};
use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Crypto, CryptoKey, SubtleCrypto};

/// How long the engine may hold the thread before letting the browser run, in ms.
pub const SLICE_MS: f64 = 12.0;

/// How often a running search reports progress, in ms.
pub const PROGRESS_MS: f64 = 100.0;

/// Passes in flight at once. Chromium computes the HMAC inside the `sign()` call (measured:
/// the call takes as long as the hashing), so this only matters where a browser hashes on
/// another thread, which can then overlap with writing the next variant.
const IN_FLIGHT: usize = 3;

/// WebCrypto's name for the hash, when it has it.
fn webcrypto_hash(alg: Algorithm) -> Option<&'static str> {
    match alg {
        Algorithm::Sha1 => Some("SHA-1"),
        Algorithm::Sha256 => Some("SHA-256"),
        Algorithm::Sha384 => Some("SHA-384"),
        Algorithm::Sha512 => Some("SHA-512"),
        _ => None,
    }
}

fn subtle() -> Option<SubtleCrypto> {
    let crypto: Crypto = Reflect::get(&js_sys::global(), &"crypto".into()).ok()?.dyn_into().ok()?;
    let subtle = Reflect::get(&crypto, &"subtle".into()).ok()?;
    subtle.dyn_into().ok()
}

/// Starts importing `key` as a WebCrypto HMAC key for `alg` (the call starts it; awaiting
/// the future gives the key).
fn import(subtle: &SubtleCrypto, key: &[u8], alg: Algorithm) -> Option<JsFuture> {
    let hash = webcrypto_hash(alg)?;
    if key.is_empty() {
        return None; // WebCrypto refuses zero-length HMAC keys
    }
    let params = Object::new();
    Reflect::set(&params, &"name".into(), &"HMAC".into()).ok()?;
    Reflect::set(&params, &"hash".into(), &hash.into()).ok()?;
    let usages = Array::of1(&"sign".into());
    let data = Uint8Array::from(key);
    subtle.import_key_with_object("raw", &data, &params, false, &usages).ok().map(JsFuture::from)
}

thread_local! {
    /// Keys imported lately (each keystroke searches again, mostly with the same key): the
    /// key bytes, the algorithm, the non-extractable WebCrypto key.
    static IMPORTED: RefCell<Vec<(Vec<u8>, Algorithm, CryptoKey)>> = const { RefCell::new(Vec::new()) };
}

/// Drops the keys kept for later searches ("Clear all").
pub fn forget_keys() {
    IMPORTED.with(|c| c.borrow_mut().clear());
}

/// A MAC being computed.
enum Pending {
    Ready(Vec<u8>),
    Signing(JsFuture, usize, Algorithm),
}

/// Computes passes with WebCrypto where it can.
pub struct Hasher {
    subtle: Option<SubtleCrypto>,
    keys: HashMap<(usize, Algorithm), CryptoKey>,
    /// `{name: "HMAC"}`, made once for every `sign` call.
    hmac: Object,
}

impl Hasher {
    /// Imports the keys every pass of `search` needs. `use_platform: false` hashes
    /// everything in wasm.
    pub async fn new(search: &Search, use_platform: bool) -> Hasher {
        let subtle = if use_platform { subtle() } else { None };
        let mut keys = HashMap::new();
        if let Some(s) = &subtle {
            let cached = |k: usize, alg| {
                IMPORTED.with(|c| {
                    c.borrow().iter().find(|(b, a, _)| b == search.key(k) && *a == alg).map(|e| e.2.clone())
                })
            };
            // Start every import that is not cached, then collect them.
            let mut imports = Vec::new();
            for &(k, alg) in search.pass_jobs() {
                match cached(k, alg) {
                    Some(key) => {
                        keys.insert((k, alg), key);
                    }
                    None => imports.extend(import(s, search.key(k), alg).map(|f| ((k, alg), f))),
                }
            }
            for ((k, alg), import) in imports {
                if let Some(key) = import.await.ok().and_then(|key| key.dyn_into::<CryptoKey>().ok()) {
                    IMPORTED.with(|c| {
                        let mut c = c.borrow_mut();
                        if c.len() >= 16 {
                            c.remove(0);
                        }
                        c.push((search.key(k).to_vec(), alg, key.clone()));
                    });
                    keys.insert((k, alg), key);
                }
            }
        }
        let hmac = Object::new();
        let _ = Reflect::set(&hmac, &"name".into(), &"HMAC".into());
        Hasher { subtle, keys, hmac }
    }

    /// Whether any job goes to WebCrypto.
    pub fn uses_platform(&self) -> bool {
        !self.keys.is_empty()
    }

    /// Starts every job of `pass`: WebCrypto signs a copy of the bytes (taken at the call),
    /// the rest is hashed here and now.
    fn start(&self, search: &Search, pass: &Pass) -> Vec<Pending> {
        pass.jobs
            .iter()
            .map(|&(k, alg)| {
                let signing = self.subtle.as_ref().zip(self.keys.get(&(k, alg))).and_then(|(s, key)| {
                    s.sign_with_object_and_u8_array(&self.hmac, key, &pass.variant.bytes).ok()
                });
                match signing {
                    Some(promise) => Pending::Signing(JsFuture::from(promise), k, alg),
                    None => Pending::Ready(alg.mac(search.key(k), &pass.variant.bytes)),
                }
            })
            .collect()
    }
}

/// Waits for a pass's MACs; a job WebCrypto fails is hashed in wasm.
async fn collect(search: &Search, pass: &Pass, pending: Vec<Pending>) -> Vec<Vec<u8>> {
    let mut macs = Vec::with_capacity(pending.len());
    for p in pending {
        macs.push(match p {
            Pending::Ready(mac) => mac,
            Pending::Signing(future, k, alg) => match future.await {
                Ok(buffer) => Uint8Array::new(&buffer).to_vec(),
                Err(_) => alg.mac(search.key(k), &pass.variant.bytes),
            },
        });
    }
    macs
}

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
    mut search: Search,
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
                    let pending = hasher.start(&search, &pass);
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
                let macs = collect(&search, &pass, pending).await;
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

/// What the page shows of a finished search; the diagnosis worker sends it as a plain object.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub found: bool,
    pub text: String,
    pub tried: usize,
    pub difference: Option<Difference>,
}

/// `obj[key]`, or `undefined` (messages between the page and its worker).
pub fn field(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn set(obj: &Object, key: &str, value: impl Into<JsValue>) {
    let _ = Reflect::set(obj, &JsValue::from_str(key), &value.into());
}

impl Report {
    pub fn of(outcome: &Outcome) -> Report {
        let (found, tried, difference) = match outcome {
            Outcome::Found(f) => (true, f.tried, f.difference.clone()),
            Outcome::NotFound { tried, .. } => (false, *tried, None),
        };
        Report { found, text: outcome.text(), tried, difference }
    }

    /// Writes the report's fields into a message.
    pub fn write(&self, msg: &Object) {
        set(msg, "found", self.found);
        set(msg, "text", self.text.as_str());
        set(msg, "tried", self.tried as f64);
        if let Some(d) = &self.difference {
            set(msg, "offset", d.offset as f64);
            set(msg, "yours", d.yours.as_str());
            set(msg, "signed", d.signed.as_str());
        }
    }

    /// Reads a report written by [`Report::write`].
    pub fn read(data: &JsValue) -> Report {
        Report {
            found: field(data, "found").is_truthy(),
            text: field(data, "text").as_string().unwrap_or_default(),
            tried: field(data, "tried").as_f64().unwrap_or(0.0) as usize,
            difference: field(data, "offset").as_f64().map(|o| Difference {
                offset: o as usize,
                yours: field(data, "yours").as_string().unwrap_or_default(),
                signed: field(data, "signed").as_string().unwrap_or_default(),
            }),
        }
    }
}

/// A diagnosis job for the worker: the inputs and a preset's extra message variants.
pub fn write_job(msg: &Object, inputs: &Inputs, extra: &[MessageVariant]) {
    set(msg, "message", inputs.message.as_str());
    set(msg, "messageFormat", inputs.message_format.id());
    set(msg, "keyText", inputs.key.as_str());
    set(msg, "keyFormat", inputs.key_format.id());
    set(msg, "alg", inputs.algorithm.id());
    set(msg, "expected", inputs.expected.as_str());
    let variants = Array::new();
    for v in extra {
        let item = Object::new();
        set(&item, "text", v.mistake.explain());
        set(&item, "bytes", Uint8Array::from(v.bytes.as_slice()));
        variants.push(&item);
    }
    set(msg, "extra", variants);
}

/// Reads a job written by [`write_job`].
pub fn read_job(data: &JsValue) -> (Inputs, Vec<MessageVariant>) {
    let text = |k: &str| field(data, k).as_string().unwrap_or_default();
    let inputs = Inputs {
        message: text("message"),
        message_format: MessageFormat::from_id(&text("messageFormat")).unwrap_or_default(),
        key: text("keyText"),
        key_format: KeyFormat::from_id(&text("keyFormat")).unwrap_or_default(),
        algorithm: Algorithm::from_id(&text("alg")).unwrap_or_default(),
        expected: text("expected"),
    };
    let extra = field(data, "extra")
        .dyn_into::<Array>()
        .map(|a| a.iter().collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .map(|item| MessageVariant {
            mistake: MessageMistake::Custom(field(&item, "text").as_string().unwrap_or_default()),
            bytes: Uint8Array::new(&field(&item, "bytes")).to_vec(),
        })
        .collect();
    (inputs, extra)
}
