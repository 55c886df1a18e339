//! The WebCrypto hasher: computes a diagnosis [`Pass`] with the browser's own HMAC
//! (`crypto.subtle.sign`, native code with the CPU's SHA instructions: ~1 GB/s against ~200
//! MB/s for SHA-256 in wasm here). Algorithms WebCrypto lacks (MD5, SHA-224, SHA-512/256,
//! SHA-3), empty keys, and pages without `crypto.subtle` (not a secure context) are hashed by
//! the engine in wasm instead; so is any job WebCrypto refuses.

use crate::engine::diagnosis::{Pass, Search};
use crate::engine::Algorithm;
use js_sys::{Array, Object, Reflect, Uint8Array};
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Crypto, CryptoKey, SubtleCrypto};

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
pub(super) enum Pending {
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
    pub(super) fn start(&self, search: &Search, pass: &Pass) -> Vec<Pending> {
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
pub(super) async fn collect(search: &Search, pass: &Pass, pending: Vec<Pending>) -> Vec<Vec<u8>> {
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
