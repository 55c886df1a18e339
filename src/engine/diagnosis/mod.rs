//! The diagnosis engine: when the computed HMAC does not match the expected signature,
//! search the space of common mistakes (key side, message side, algorithm, output side,
//! and combinations of one of each) for the one that explains the expected signature.
//!
//! The search is resumable ([`Search::step`]) so a page can run it in slices and drop it
//! when the input changes. It decodes the expected signature once, tries only algorithms
//! whose length fits, computes each distinct (key, message, algorithm) once, and shares the
//! HMAC state of the entered message with the variants that only change its end.
//!
//! The same candidates are also compared with a second target when the user gives the
//! signature their own code computed ([`Towards`]): what their code did (see [`yours`]).

pub mod json;
pub mod key;
pub mod message;
pub mod output;
pub mod yours;

use crate::engine::algorithm::{Algorithm, HmacState};
use crate::engine::calc::Inputs;
use crate::engine::expected::parse_expected;
use key::KeyVariant;
pub use key::{Ends, KeyMistake};
use message::Generator;
pub use message::{MessageMistake, MessageVariant, Newline};
pub use output::OutputMistake;
use output::Target;
use std::collections::HashSet;
pub use yours::{Yours, YoursOutcome};

/// JSON bodies larger than this are not re-serialised (the page states the limit).
pub const JSON_LIMIT: usize = 8 * 1024 * 1024;

/// Where the message the user entered differs from the bytes that were signed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Difference {
    /// 0-based byte offset of the first differing byte.
    pub offset: usize,
    /// The entered message around there, escaped.
    pub yours: String,
    /// The signed bytes around there, escaped.
    pub signed: String,
}

/// Escapes bytes for display: printable text as is, the rest as `\n`, `\r`, `\t`, `\xNN`.
pub fn escape_bytes(bytes: &[u8]) -> String {
    let mut out = String::new();
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            match c {
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                c if c.is_control() || crate::engine::warnings::invisible_name(c).is_some() => {
                    out.push_str(&format!("\\u{{{:x}}}", c as u32))
                }
                c => out.push(c),
            }
        }
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02x}"));
        }
    }
    out
}

/// The length of the common prefix of `a` and `b`, comparing 64-byte blocks first (one
/// `memcmp` each) and bytes only in the block that differs.
fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    let n = a.len().min(b.len());
    let mut i = 0;
    while i + 64 <= n && a[i..i + 64] == b[i..i + 64] {
        i += 64;
    }
    while i < n && a[i] == b[i] {
        i += 1;
    }
    i
}

/// The first difference between `yours` and `signed`, with some context.
pub fn first_difference(yours: &[u8], signed: &[u8]) -> Option<Difference> {
    let offset = common_prefix(yours, signed);
    if offset == yours.len() && offset == signed.len() {
        return None;
    }
    let from = offset.saturating_sub(24);
    let show = |b: &[u8]| {
        let to = (offset + 24).min(b.len());
        let mut s = String::new();
        if from > 0 {
            s.push('…');
        }
        s.push_str(&escape_bytes(&b[from..to]));
        if to < b.len() {
            s.push('…');
        }
        if to == b.len() {
            s.push_str(" (end)");
        }
        s
    };
    Some(Difference { offset, yours: show(yours), signed: show(signed) })
}

/// The combination of mistakes that explains the expected signature, as data; the words
/// come from [`Finding::explanations`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub key: Option<KeyMistake>,
    pub message: Option<MessageMistake>,
    /// The right algorithm, when it is not the chosen one.
    pub algorithm: Option<Algorithm>,
    /// The algorithm the user chose.
    pub chosen: Algorithm,
    pub output: Option<OutputMistake>,
    /// The signature's prefix (e.g. `sha256=`) and the algorithm it names, when that is not
    /// the algorithm that made the signature.
    pub prefix_clash: Option<(String, Algorithm)>,
    pub difference: Option<Difference>,
    /// Candidate signatures computed before this one was found.
    pub tried: usize,
}

impl Finding {
    /// Each mistake in plain words, with the fix: key, message, algorithm, output, prefix.
    pub fn explanations(&self) -> Vec<String> {
        let mut out = Vec::new();
        out.extend(self.key.as_ref().map(KeyMistake::explain));
        out.extend(self.message.as_ref().map(MessageMistake::explain));
        out.extend(self.algorithm.map(|a| output::explain_algorithm(a, self.chosen)));
        out.extend(self.output.as_ref().map(OutputMistake::explain));
        if let Some((prefix, named)) = &self.prefix_clash {
            out.push(output::explain_prefix(prefix, *named, self.algorithm.unwrap_or(self.chosen)));
        }
        out
    }
}

/// The result of a finished search.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Found(Finding),
    NotFound {
        tried: usize,
        keys: usize,
        messages: usize,
        algorithms: usize,
    },
    /// The provider's signature was not searched for: it verifies, or none was given (the
    /// search ran towards the signature the user's code computed).
    NotSearched,
}

impl Outcome {
    /// The diagnosis in words: "Found:" and the explanations, or "No single or combined
    /// known mistake explains it" with what to check next.
    pub fn text(&self) -> String {
        match self {
            Outcome::Found(f) => {
                let mut s = String::from("Found:");
                for (i, e) in f.explanations().iter().enumerate() {
                    s.push_str(if i == 0 { " " } else { " Also, " });
                    s.push_str(e);
                }
                s
            }
            Outcome::NotFound { tried, keys, messages, algorithms } => format!(
                "No single or combined known mistake explains it ({tried} candidate signatures tried: {keys} key reading{}, {messages} message variant{}, {algorithms} algorithm{}). Check next: that the secret is the right one (each endpoint, environment, test or live mode and CLI session has its own), that no proxy or framework changed the body before you read it, and that the expected signature belongs to this very request.",
                plural(*keys), plural(*messages), plural(*algorithms)
            ),
            Outcome::NotSearched => String::new(),
        }
    }

    pub fn is_found(&self) -> bool {
        matches!(self, Outcome::Found(_))
    }

    /// Candidate signatures computed.
    pub fn tried(&self) -> usize {
        match self {
            Outcome::Found(f) => f.tried,
            Outcome::NotFound { tried, .. } => *tried,
            Outcome::NotSearched => 0,
        }
    }

    /// Where the entered message differs from the signed bytes, when a message mistake was found.
    pub fn difference(&self) -> Option<&Difference> {
        match self {
            Outcome::Found(f) => f.difference.as_ref(),
            Outcome::NotFound { .. } | Outcome::NotSearched => None,
        }
    }

    /// What the page shows of it.
    pub fn report(&self) -> Report {
        Report {
            found: self.is_found(),
            tried: self.tried(),
            text: self.text(),
            difference: self.difference().cloned(),
            evidence: Vec::new(),
        }
    }
}

/// What the page shows of an [`Outcome`]: whether a mistake was found (which decides the
/// style), the words from [`Outcome::text`], the candidates tried, and where the bytes differ.
/// The worker sends this, not the whole finding (the page uses nothing else of it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub found: bool,
    pub tried: usize,
    pub text: String,
    pub difference: Option<Difference>,
    /// What the other evidence told (the signature the user's code computed, the error
    /// message, the captured request), a sentence each.
    pub evidence: Vec<String>,
}

impl Report {
    /// The report with what the other evidence told.
    pub fn with_evidence(mut self, evidence: Vec<String>) -> Report {
        self.evidence = evidence;
        self
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// A 64-bit fingerprint to skip variants already tried: a multiply-rotate mix over eight
/// bytes per step (much faster than the standard library's SipHash, which reads byte by
/// byte). Not collision-resistant against crafted input, which would only cost the crafter
/// a candidate.
fn fingerprint(bytes: &[u8]) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h = (bytes.len() as u64).wrapping_mul(K);
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h ^ w).wrapping_mul(K).rotate_left(29);
    }
    for &b in chunks.remainder() {
        h = (h ^ b as u64).wrapping_mul(K).rotate_left(29);
    }
    h ^ (h >> 32)
}

/// A resumable search for the mistake behind a mismatch.
pub struct Search {
    targets: Vec<Target>,
    prefix: Option<String>,
    prefix_algorithm: Option<Algorithm>,
    keys: Vec<KeyVariant>,
    algorithms: Vec<Algorithm>,
    chosen: Algorithm,
    message: Vec<u8>,
    /// Variants that keep most of the message: (variant, length of the common prefix).
    near: Vec<(MessageVariant, usize)>,
    far: Vec<Generator>,
    json: Option<message::JsonPart>,
    writer: json::Writer,
    /// (key index, algorithm) pairs tried with the message and its near variants: the chosen
    /// and common algorithms with every key reading, the rare ones (SHA-512/256, SHA3) with
    /// the key as entered.
    near_pairs: Vec<(usize, Algorithm)>,
    /// Pairs tried with each far variant (a full pass each): the chosen and common
    /// algorithms with every key reading.
    far_pairs: Vec<(usize, Algorithm)>,
    /// Next pair of the near stage.
    pair: usize,
    /// Next far generator.
    far_index: usize,
    seen: HashSet<u64>,
    tried: usize,
    messages: usize,
    done: Option<Outcome>,
    /// Whether the provider's signature is searched for (not when it verifies or is absent).
    forward: bool,
    /// The search towards the signature the user's code computed.
    towards: Option<Towards>,
}

/// The second target of a search: the signature the user's own code computed.
pub struct Towards {
    sig: crate::engine::ExpectedSignature,
    targets: Vec<Target>,
    /// Candidates only a server makes, tried with the chosen and the common algorithms.
    jobs: Vec<yours::Job>,
    next_job: usize,
    found: Option<YoursOutcome>,
}

impl Towards {
    /// Prepares the search towards `computed` (the user's value as text); `None` when it is
    /// empty or unreadable. `jobs` are the candidates only a server makes ([`yours::jobs`]).
    pub fn new(computed: &str, jobs: Vec<yours::Job>) -> Option<Towards> {
        let sig = parse_expected(computed).ok()??;
        Some(Towards { targets: output::targets(&sig), sig, jobs, next_job: 0, found: None })
    }
}

impl Search {
    /// Prepares a search, or `None` when there is nothing to diagnose (no readable expected
    /// signature, or a message that is not valid in its format). `extra` are message
    /// variants built by a preset (e.g. the signed string assembled differently).
    pub fn new(inputs: &Inputs, extra: Vec<MessageVariant>) -> Option<Search> {
        let message = inputs.message_format.as_input().decode(&inputs.message).ok()?;
        Search::with_message(inputs, message, extra)
    }

    /// Like [`Search::new`], with the message given as bytes (a file's content); the
    /// inputs' own message is ignored.
    pub fn with_message(inputs: &Inputs, message: Vec<u8>, extra: Vec<MessageVariant>) -> Option<Search> {
        Search::build(inputs, message, extra, None)
    }

    /// A search for the provider's signature (when it does not verify) and, as a second
    /// target of the same candidates, for the signature the user's code computed: what the
    /// user's code did. `None` when there is nothing to search for.
    pub fn build(
        inputs: &Inputs,
        message: Vec<u8>,
        extra: Vec<MessageVariant>,
        mut towards: Option<Towards>,
    ) -> Option<Search> {
        let given = parse_expected(&inputs.expected).ok().flatten();
        let keys = key::key_variants_with(&inputs.key, inputs.key_format.as_input(), &inputs.other_secrets);
        if keys.is_empty() {
            return None;
        }
        let right = inputs.algorithm.mac(&keys[0].bytes, &message);
        // A value equal to the right MAC needs no search: the comparison is at fault.
        if let Some(t) = towards.as_mut() {
            if let Some(out) = output::compare(&t.targets, &right) {
                t.found = Some(match out {
                    None => YoursOutcome::RightMac(yours::compare_texts(&t.sig, given.as_ref(), &right)),
                    out => YoursOutcome::Found(Yours {
                        key: None,
                        message: None,
                        server: None,
                        algorithm: None,
                        output: out,
                    }),
                });
            }
        }
        // The provider's signature is searched for only when it does not verify. (A user's
        // value already explained still makes a search, over at once, so that the caller gets
        // its outcome the same way.)
        let given = given.filter(|g| g.matching(&right).is_none());
        let forward = given.is_some();
        if !forward && towards.is_none() {
            return None;
        }
        let targets = given.as_ref().map_or_else(Vec::new, output::targets);
        let algorithms = {
            let mut all = targets.clone();
            all.extend(towards.iter().flat_map(|t| t.targets.iter().cloned()));
            output::algorithms(inputs.algorithm, &all)
        };
        let (gens, json) = message::message_variants(&message, JSON_LIMIT);
        let mut seen = HashSet::new();
        seen.insert(fingerprint(&message));
        let mut near = Vec::new();
        let mut far = Vec::new();
        let mut all = gens;
        all.extend(extra.into_iter().map(Generator::Ready));
        // A pasted header's timestamp (`t=`, `ts=`) is usually part of the string-to-sign.
        if let Some(t) = given.as_ref().and_then(|g| g.timestamp.as_ref()) {
            for before in [format!("{t}."), format!("v0:{t}:"), format!("{t}:"), t.clone()] {
                let bytes = [before.as_bytes(), &message].concat();
                all.push(Generator::Ready(MessageVariant {
                    mistake: MessageMistake::HeaderTimestamp { before },
                    bytes,
                }));
            }
        }
        for g in all {
            match g {
                Generator::Ready(v) => {
                    let lcp = common_prefix(&message, &v.bytes);
                    if lcp * 2 >= message.len() && v.bytes.len() - lcp <= 64 {
                        if seen.insert(fingerprint(&v.bytes)) {
                            near.push((v, lcp));
                        }
                    } else {
                        far.push(Generator::Ready(v));
                    }
                }
                other => far.push(other),
            }
        }
        near.sort_by_key(|(_, lcp)| *lcp);
        let messages = 1 + near.len();
        let mut near_pairs = Vec::new();
        let mut far_pairs = Vec::new();
        for &a in &algorithms {
            for k in 0..keys.len() {
                if a == inputs.algorithm || a.is_common() {
                    near_pairs.push((k, a));
                    far_pairs.push((k, a));
                } else if k == 0 {
                    near_pairs.push((k, a));
                }
            }
        }
        Some(Search {
            near_pairs,
            far_pairs,
            targets,
            prefix: given.as_ref().and_then(|g| g.prefix.clone()),
            prefix_algorithm: given.as_ref().and_then(|g| g.prefix_algorithm()),
            keys,
            algorithms,
            chosen: inputs.algorithm,
            message,
            near,
            far,
            json,
            writer: json::Writer::default(),
            pair: 0,
            far_index: 0,
            seen,
            tried: 0,
            messages,
            done: (!forward).then_some(Outcome::NotSearched),
            forward,
            towards,
        })
    }

    /// Whether there is nothing left to look for.
    fn over(&self) -> bool {
        (!self.forward || self.done.is_some()) && self.towards.as_ref().is_none_or(|t| t.found.is_some())
    }

    /// Compares one MAC with the user's value; records what the user's code did.
    fn check_towards(
        &mut self,
        mac: &[u8],
        key: Option<usize>,
        algorithm: Algorithm,
        message: Option<&MessageVariant>,
        server: Option<&yours::ServerMistake>,
    ) {
        let Some(t) = self.towards.as_mut().filter(|t| t.found.is_none()) else { return };
        let Some(output) = output::compare(&t.targets, mac) else { return };
        t.found = Some(YoursOutcome::Found(Yours {
            key: key.and_then(|k| self.keys[k].mistake.clone()),
            message: message.map(|m| m.mistake.clone()),
            server: server.cloned(),
            algorithm: (algorithm != self.chosen).then_some(algorithm),
            output,
        }));
    }

    /// What the search towards the user's value found (`None` when there was none, or while
    /// it runs).
    pub fn yours(&self) -> Option<&YoursOutcome> {
        self.towards.as_ref().and_then(|t| t.found.as_ref())
    }

    /// One candidate only a server makes; `None` when none are left (or the value is found).
    fn towards_unit(&mut self) -> Option<usize> {
        let t = self.towards.as_mut().filter(|t| t.found.is_none())?;
        let job = t.jobs.get(t.next_job)?.clone();
        t.next_job += 1;
        // As in the far stage: the chosen and the common algorithms (a receiver that hashed
        // with SHA3 or SHA-512/256 by mistake is not among the server-only mistakes).
        let chosen = self.chosen;
        let algorithms: Vec<Algorithm> =
            self.algorithms.iter().copied().filter(|a| *a == chosen || a.is_common()).collect();
        let spent = job.message.len().max(1) * algorithms.len();
        for a in algorithms {
            let mac = a.mac(&job.key, &job.message);
            self.tried += 1;
            self.check_towards(&mac, None, a, None, Some(&job.mistake));
        }
        Some(spent)
    }

    /// Compares one MAC with every target; records a finding.
    fn check(
        &mut self,
        mac: &[u8],
        key: usize,
        algorithm: Algorithm,
        message: Option<&MessageVariant>,
    ) -> bool {
        self.tried += 1;
        self.check_towards(mac, Some(key), algorithm, message, None);
        if !self.forward || self.done.is_some() {
            return self.over();
        }
        let Some(output) = output::compare(&self.targets, mac) else { return self.over() };
        let key_mistake = self.keys[key].mistake.clone();
        let algorithm = (algorithm != self.chosen).then_some(algorithm);
        let used = algorithm.unwrap_or(self.chosen);
        let prefix_clash = self
            .prefix_algorithm
            .filter(|a| *a != used)
            .map(|named| (self.prefix.clone().unwrap_or_default(), named));
        if key_mistake.is_none()
            && message.is_none()
            && algorithm.is_none()
            && output.is_none()
            && prefix_clash.is_none()
        {
            // Same key, message and algorithm: only the reading differs, which the verdict
            // already covers; nothing to explain.
            return self.over();
        }
        let difference = message.and_then(|m| first_difference(&self.message, &m.bytes));
        self.done = Some(Outcome::Found(Finding {
            key: key_mistake,
            message: message.map(|m| m.mistake.clone()),
            algorithm,
            chosen: self.chosen,
            output,
            prefix_clash,
            difference,
            tried: self.tried,
        }));
        self.over()
    }

    /// The next piece of work: the near stage, then the far one (see [`Search::near_work`]
    /// and [`Search::far_work`]; a caller may also interleave them, as the outcome does not
    /// depend on the order: no two distinct candidates give the same MAC).
    pub fn work(&mut self) -> Work {
        match self.near_work() {
            Work::Done => self.far_work(),
            other => other,
        }
    }

    /// One unit of the near stage: the message and the variants that only change its end,
    /// sharing the HMAC state of their common prefix, for one (key, algorithm) pair.
    /// `Done` once the stage is over.
    pub fn near_work(&mut self) -> Work {
        if self.over() {
            return Work::Done;
        }
        if let Some(spent) = self.towards_unit() {
            return Work::Hashed(spent);
        }
        // Once only the user's value is left to find, the rare algorithms (SHA3, SHA-512/256)
        // are not tried: a receiver's code that hashed with them by mistake is not searched for.
        if !self.forward || self.done.is_some() {
            let chosen = self.chosen;
            while self.near_pairs.get(self.pair).is_some_and(|(_, a)| *a != chosen && !a.is_common()) {
                self.pair += 1;
            }
        }
        if self.pair >= self.near_pairs.len() {
            return Work::Done;
        }
        Work::Hashed(self.near_unit())
    }

    /// The next far variant as a [`Pass`] whose MACs the caller computes (in wasm, or with
    /// the platform's own HMAC) and hands back, in the order the passes came out, to
    /// [`Search::finish_pass`]; `Hashed` for a variant already tried; `Done` when none are left.
    pub fn far_work(&mut self) -> Work {
        if self.over() {
            return Work::Done;
        }
        let Some(g) = self.far.get(self.far_index) else { return Work::Done };
        self.far_index += 1;
        let made = message::generate(g, self.json.as_ref(), &mut self.writer, &self.message);
        match made.filter(|v| self.seen.insert(fingerprint(&v.bytes))) {
            Some(variant) => {
                self.messages += 1;
                Work::Pass(Pass { variant, jobs: self.far_pairs.clone() })
            }
            None => Work::Hashed(1),
        }
    }

    /// The bytes of key reading `k` (for callers computing a [`Pass`]).
    pub fn key(&self, k: usize) -> &[u8] {
        &self.keys[k].bytes
    }

    /// The (key reading, algorithm) pairs every [`Pass`] asks for.
    pub fn pass_jobs(&self) -> &[(usize, Algorithm)] {
        &self.far_pairs
    }

    /// Takes the MACs of a pass, one per job in the order of `pass.jobs`. Returns the outcome
    /// when one of them explains the expected signature.
    pub fn finish_pass(&mut self, pass: Pass, macs: &[Vec<u8>]) -> Option<&Outcome> {
        if !self.over() {
            for (&(k, alg), mac) in pass.jobs.iter().zip(macs) {
                if self.check(mac, k, alg, Some(&pass.variant)) {
                    break;
                }
            }
        }
        self.outcome()
    }

    /// Ends the search once [`Search::work`] said `Done` and every pass was finished: the
    /// outcome found, or "not found".
    pub fn conclude(&mut self) -> &Outcome {
        let (tried, keys, messages, algorithms) =
            (self.tried, self.keys.len(), self.messages, self.algorithms.len());
        if let Some(t) = self.towards.as_mut() {
            t.found.get_or_insert(YoursOutcome::NotFound);
        }
        self.done.get_or_insert(Outcome::NotFound { tried, keys, messages, algorithms })
    }

    /// Works (computing passes in wasm) until about `budget` bytes have been hashed. Returns
    /// the outcome once the search is over.
    pub fn step(&mut self, budget: usize) -> Option<&Outcome> {
        let mut spent = 0usize;
        while !self.over() && spent < budget {
            match self.work() {
                Work::Hashed(n) => spent += n,
                Work::Pass(pass) => {
                    spent += pass.variant.bytes.len().max(1) * pass.jobs.len();
                    let macs = pass.compute(|k| self.key(k));
                    self.finish_pass(pass, &macs);
                }
                Work::Done => {
                    self.conclude();
                }
            }
        }
        self.outcome()
    }

    /// The outcome, once the search is over (found, or concluded).
    pub fn outcome(&self) -> Option<&Outcome> {
        self.done.as_ref().filter(|_| self.over())
    }

    /// Candidate signatures computed so far.
    pub fn tried(&self) -> usize {
        self.tried
    }

    /// Runs to the end.
    pub fn run(self) -> Outcome {
        self.run_both().0
    }

    /// Runs to the end: the outcome for the provider's signature, and what the user's code
    /// did when its value was given.
    pub fn run_both(mut self) -> (Outcome, Option<YoursOutcome>) {
        while self.step(usize::MAX).is_none() {}
        let outcome = self.conclude().clone();
        (outcome, self.yours().cloned())
    }

    /// One (key, algorithm) pair of the near stage; returns the bytes hashed.
    fn near_unit(&mut self) -> usize {
        let (k, alg) = self.near_pairs[self.pair];
        self.pair += 1;
        let mut state = HmacState::new(alg, &self.keys[k].bytes);
        let mut pos = 0;
        let mut spent = self.message.len();
        let near = std::mem::take(&mut self.near);
        let mut found = false;
        for (v, lcp) in &near {
            state.update(&self.message[pos..*lcp]);
            pos = *lcp;
            let mut s = state.clone();
            s.update(&v.bytes[*lcp..]);
            spent += v.bytes.len() - lcp;
            if self.check(&s.finalize(), k, alg, Some(v)) {
                found = true;
                break;
            }
        }
        self.near = near;
        if !found {
            state.update(&self.message[pos..]);
            self.check(&state.finalize(), k, alg, None);
        }
        spent.max(1)
    }
}

/// What [`Search::work`] did or asks for.
pub enum Work {
    /// Some work was done in place (about this many bytes hashed).
    Hashed(usize),
    /// A far variant whose MACs the caller computes.
    Pass(Pass),
    /// Nothing left to hand out (passes still being computed must be finished first).
    Done,
}

/// One far message variant and the (key reading, algorithm) pairs to compute over it.
pub struct Pass {
    pub variant: MessageVariant,
    pub jobs: Vec<(usize, Algorithm)>,
}

impl Pass {
    /// Computes every job's MAC in wasm; `key` gives the bytes of a key reading.
    pub fn compute<'a>(&self, key: impl Fn(usize) -> &'a [u8]) -> Vec<Vec<u8>> {
        self.jobs.iter().map(|&(k, alg)| alg.mac(key(k), &self.variant.bytes)).collect()
    }
}

/// Runs a whole diagnosis (for tests and small inputs).
pub fn diagnose(inputs: &Inputs) -> Option<Outcome> {
    Search::new(inputs, Vec::new()).map(Search::run)
}
