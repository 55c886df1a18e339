//! Every message between the page and its worker: a [`Request`] enum and a [`Reply`] enum,
//! each encoded and decoded here and nowhere else. A message is a plain object whose `type`
//! names the variant; texts, numbers and bytes travel as themselves (structured clone, no
//! JSON: a large message is never escaped), a `File` as itself. A message that cannot be read
//! — an unknown type, a missing or mistyped field, an unknown algorithm or format — is an
//! error, never a default.

use crate::engine::calc::Verdict;
use crate::engine::diagnosis::{Difference, Report};
use crate::engine::evidence::Evidence;
use crate::engine::presets::Values;
use crate::engine::pubkey::check::Checked;
use crate::engine::{Algorithm, Inputs, KeyFormat, MessageFormat, Subject};
use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Blob;

/// From the page to the worker.
#[derive(Clone, Debug, PartialEq)]
pub enum Request {
    /// Hash `file` with `key`, reporting progress at most every `every_ms` milliseconds.
    HashFile { file: Blob, key: Vec<u8>, algorithm: Algorithm, every_ms: u32 },
    /// Diagnose `subject`; with a file, the file's bytes are the message. A job with a higher
    /// id makes the worker drop older ones.
    ///
    /// `text_known`: the worker already has the subject's text (the message or body) from the
    /// previous job; it is not sent again (an empty text stands in for it), so typing in the
    /// other fields of a large message does not copy the message to the worker each time.
    ///
    /// `evidence`: what the user holds besides the inputs (the signature their code computed,
    /// the error message, the captured request's length).
    Diagnose { id: u32, subject: Subject, file: Option<Blob>, text_known: bool, evidence: Evidence },
    /// Drop job `id` and every older one.
    Cancel { id: u32 },
    /// Verify a public-key preset's request (`subject` is a preset's values) and diagnose it
    /// when it does not verify. A job with a higher id supersedes older ones.
    /// `error`: the error message the user's SDK raised (Error message), checked against the
    /// verdict.
    Verify { id: u32, subject: Subject, error: String },
    /// Write the verification program for a preset in a language (the emitters live in the
    /// worker, which the page loads on demand, not in the page's own code).
    Program { id: u32, preset: String, language: String },
    /// Make the signed `curl` command for a preset's values (`subject`) to `url`, signed at
    /// `now_ms` (ms since the epoch).
    Curl { id: u32, subject: Subject, url: String, now_ms: f64 },
    /// A preset's example (its official or derived vector), or its mistake example.
    Example { id: u32, preset: String, mistake: bool },
}

/// From the worker to the page.
#[derive(Clone, Debug, PartialEq)]
pub enum Reply {
    /// The worker's handler is installed: requests posted from now on are handled.
    Ready,
    /// `done` of `total` bytes of the file hashed.
    HashProgress { done: f64, total: f64 },
    /// The file's MAC, and the worker's wasm memory in bytes.
    Hashed { mac: Vec<u8>, memory: f64 },
    /// Candidate signatures tried so far by job `id`.
    SearchProgress { id: u32, tried: usize },
    /// The outcome of job `id`, as the page shows it.
    Diagnosed { id: u32, report: Report },
    /// Job `id` had nothing to diagnose (no readable expected signature, an invalid message).
    Nothing { id: u32 },
    /// A request failed or could not be read; `id` when it was a diagnosis job.
    Error { id: Option<u32>, message: String },
    /// The program for request `id`, or `None` where none is offered; whether the program
    /// produces a response (a producer) rather than verifies, whether a signed `curl`
    /// command is offered for the preset, and the preset's notes.
    Program { id: u32, text: Option<String>, about: String, curl: bool, notes: Vec<String> },
    /// The signed `curl` command for request `id`, or `None` while the values cannot sign.
    Curl { id: u32, text: Option<String> },
    /// The outcome of verification job `id`.
    Verified { id: u32, checked: Checked },
    /// The example asked for in request `id` (`None` where the preset has none), and where it
    /// comes from, in words.
    Example { id: u32, subject: Option<Subject>, note: String },
}

/// Writing a message: a plain object filled field by field.
struct Out(Object);

impl Out {
    fn new(kind: &str) -> Out {
        Out(Object::new()).set("type", kind)
    }

    fn set(self, key: &str, value: impl Into<JsValue>) -> Out {
        let _ = Reflect::set(&self.0, &JsValue::from_str(key), &value.into());
        self
    }

    fn bytes(self, key: &str, bytes: &[u8]) -> Out {
        self.set(key, Uint8Array::from(bytes))
    }

    fn done(self) -> JsValue {
        self.0.into()
    }
}

/// Reading a message: each getter says which field is missing or of the wrong type.
struct In<'a>(&'a JsValue, &'static str);

impl In<'_> {
    fn raw(&self, key: &str) -> JsValue {
        if !self.0.is_object() {
            return JsValue::UNDEFINED;
        }
        Reflect::get(self.0, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    }

    fn fail(&self, key: &str, want: &str) -> String {
        format!("malformed {}: {key} is not {want}", self.1)
    }

    fn text(&self, key: &str) -> Result<String, String> {
        self.raw(key).as_string().ok_or_else(|| self.fail(key, "a text"))
    }

    fn number(&self, key: &str) -> Result<f64, String> {
        self.raw(key)
            .as_f64()
            .filter(|n| n.is_finite() && *n >= 0.0)
            .ok_or_else(|| self.fail(key, "a number"))
    }

    fn id(&self, key: &str) -> Result<u32, String> {
        let n = self.number(key)?;
        (n.fract() == 0.0 && n <= f64::from(u32::MAX))
            .then_some(n as u32)
            .ok_or_else(|| self.fail(key, "a job id"))
    }

    fn bytes(&self, key: &str) -> Result<Vec<u8>, String> {
        self.raw(key).dyn_into::<Uint8Array>().map(|a| a.to_vec()).map_err(|_| self.fail(key, "bytes"))
    }

    fn blob(&self, key: &str) -> Result<Option<Blob>, String> {
        let v = self.raw(key);
        if v.is_undefined() {
            return Ok(None);
        }
        v.dyn_into::<Blob>().map(Some).map_err(|_| self.fail(key, "a file"))
    }

    /// A text that may be absent.
    fn optional_text(&self, key: &str) -> Result<Option<String>, String> {
        if self.raw(key).is_undefined() {
            Ok(None)
        } else {
            self.text(key).map(Some)
        }
    }

    fn texts(&self, key: &str) -> Result<Vec<String>, String> {
        let list = self.raw(key).dyn_into::<Array>().map_err(|_| self.fail(key, "a list"))?;
        list.iter().map(|n| n.as_string().ok_or_else(|| self.fail(key, "a list of texts"))).collect()
    }

    fn flag(&self, key: &str) -> Result<bool, String> {
        self.raw(key).as_bool().ok_or_else(|| self.fail(key, "true or false"))
    }

    fn object(&self, key: &str, what: &'static str) -> Result<(JsValue, &'static str), String> {
        let v = self.raw(key);
        if v.is_object() {
            Ok((v, what))
        } else {
            Err(self.fail(key, "an object"))
        }
    }

    fn known<T>(&self, key: &str, from_id: impl Fn(&str) -> Option<T>) -> Result<T, String> {
        let id = self.text(key)?;
        from_id(&id).ok_or_else(|| format!("malformed {}: unknown {key} “{id}”", self.1))
    }
}

/// The subject as a message; its text (message or body) left empty when `omit_text`.
fn write_subject(subject: &Subject, omit_text: bool) -> JsValue {
    let text = |t: &str| if omit_text { String::new() } else { t.to_string() };
    match subject {
        Subject::Custom(i) => Out::new("custom")
            .set("message", text(&i.message))
            .set("messageFormat", i.message_format.id())
            .set("key", i.key.as_str())
            .set("keyFormat", i.key_format.id())
            .set("algorithm", i.algorithm.id())
            .set("expected", i.expected.as_str())
            .set("otherSecrets", i.other_secrets.as_str())
            .done(),
        Subject::Preset { id, values } => {
            let fields = Array::new();
            for (k, v) in &values.fields {
                fields.push(&Array::of2(&k.into(), &v.into()));
            }
            Out::new("preset")
                .set("preset", id.as_str())
                .set("secret", values.secret.as_str())
                .set("body", text(&values.body))
                .set("signature", values.signature.as_str())
                .set("otherSecrets", values.other_secrets.as_str())
                .set("otherHosts", values.other_hosts.as_str())
                .set("fields", fields)
                .done()
        }
    }
}

fn read_subject(v: &In) -> Result<Subject, String> {
    match v.text("type")?.as_str() {
        "custom" => Ok(Subject::Custom(Inputs {
            message: v.text("message")?.into(),
            message_format: v.known("messageFormat", MessageFormat::from_id)?,
            key: v.text("key")?,
            key_format: v.known("keyFormat", KeyFormat::from_id)?,
            algorithm: v.known("algorithm", Algorithm::from_id)?,
            expected: v.text("expected")?,
            other_secrets: v.text("otherSecrets")?,
        })),
        "preset" => {
            let list = v.raw("fields").dyn_into::<Array>().map_err(|_| v.fail("fields", "a list"))?;
            let mut fields = Vec::new();
            for pair in list.iter() {
                let pair = pair.dyn_into::<Array>().map_err(|_| v.fail("fields", "a list of pairs"))?;
                match (pair.get(0).as_string(), pair.get(1).as_string()) {
                    (Some(k), Some(val)) => fields.push((k, val)),
                    _ => return Err(v.fail("fields", "a list of text pairs")),
                }
            }
            let values = Values {
                secret: v.text("secret")?,
                body: v.text("body")?.into(),
                signature: v.text("signature")?,
                fields,
                other_secrets: v.text("otherSecrets")?,
                other_hosts: v.text("otherHosts")?,
            };
            Ok(Subject::Preset { id: v.text("preset")?, values })
        }
        other => Err(format!("malformed {}: unknown subject type “{other}”", v.1)),
    }
}

impl Request {
    /// The message to post.
    pub fn encode(&self) -> JsValue {
        match self {
            Request::HashFile { file, key, algorithm, every_ms } => Out::new("hash-file")
                .set("file", file.clone())
                .bytes("key", key)
                .set("algorithm", algorithm.id())
                .set("everyMs", *every_ms)
                .done(),
            Request::Diagnose { id, subject, file, text_known, evidence } => {
                let out = Out::new("diagnose")
                    .set("id", *id)
                    .set("textKnown", *text_known)
                    .set("computed", evidence.computed.as_str())
                    .set("error", evidence.error.as_str())
                    .set("contentLength", evidence.content_length.as_str())
                    .set("subject", write_subject(subject, *text_known));
                match file {
                    Some(f) => out.set("file", f.clone()).done(),
                    None => out.done(),
                }
            }
            Request::Cancel { id } => Out::new("cancel").set("id", *id).done(),
            Request::Verify { id, subject, error } => Out::new("verify")
                .set("id", *id)
                .set("subject", write_subject(subject, false))
                .set("error", error.as_str())
                .done(),
            Request::Program { id, preset, language } => Out::new("program")
                .set("id", *id)
                .set("preset", preset.as_str())
                .set("language", language.as_str())
                .done(),
            Request::Example { id, preset, mistake } => Out::new("example")
                .set("id", *id)
                .set("preset", preset.as_str())
                .set("mistake", *mistake)
                .done(),
            Request::Curl { id, subject, url, now_ms } => Out::new("curl")
                .set("id", *id)
                .set("subject", write_subject(subject, false))
                .set("endpoint", url.as_str())
                .set("nowMs", *now_ms)
                .done(),
        }
    }

    /// Reads a posted message, or says why it cannot be read.
    pub fn decode(data: &JsValue) -> Result<Request, String> {
        let v = In(data, "request");
        match v.text("type")?.as_str() {
            "hash-file" => Ok(Request::HashFile {
                file: v.blob("file")?.ok_or_else(|| v.fail("file", "a file"))?,
                key: v.bytes("key")?,
                algorithm: v.known("algorithm", Algorithm::from_id)?,
                every_ms: v.id("everyMs")?,
            }),
            "diagnose" => {
                let (subject, what) = v.object("subject", "request")?;
                Ok(Request::Diagnose {
                    id: v.id("id")?,
                    subject: read_subject(&In(&subject, what))?,
                    file: v.blob("file")?,
                    text_known: v.flag("textKnown")?,
                    evidence: Evidence {
                        computed: v.text("computed")?,
                        error: v.text("error")?,
                        content_length: v.text("contentLength")?,
                    },
                })
            }
            "cancel" => Ok(Request::Cancel { id: v.id("id")? }),
            "verify" => {
                let (subject, what) = v.object("subject", "request")?;
                Ok(Request::Verify {
                    id: v.id("id")?,
                    subject: read_subject(&In(&subject, what))?,
                    error: v.text("error")?,
                })
            }
            "program" => Ok(Request::Program {
                id: v.id("id")?,
                preset: v.text("preset")?,
                language: v.text("language")?,
            }),
            "example" => Ok(Request::Example {
                id: v.id("id")?,
                preset: v.text("preset")?,
                mistake: v.flag("mistake")?,
            }),
            "curl" => {
                let (subject, what) = v.object("subject", "request")?;
                Ok(Request::Curl {
                    id: v.id("id")?,
                    subject: read_subject(&In(&subject, what))?,
                    url: v.text("endpoint")?,
                    now_ms: v.number("nowMs")?,
                })
            }
            other => Err(format!("malformed request: unknown type “{other}”")),
        }
    }

    /// The id of a diagnosis job (for an error reply).
    pub fn job(&self) -> Option<u32> {
        match self {
            Request::Diagnose { id, .. }
            | Request::Cancel { id }
            | Request::Program { id, .. }
            | Request::Curl { id, .. }
            | Request::Example { id, .. }
            | Request::Verify { id, .. } => Some(*id),
            Request::HashFile { .. } => None,
        }
    }
}

impl Reply {
    pub fn encode(&self) -> JsValue {
        match self {
            Reply::Ready => Out::new("ready").done(),
            Reply::HashProgress { done, total } => {
                Out::new("hash-progress").set("done", *done).set("total", *total).done()
            }
            Reply::Hashed { mac, memory } => {
                Out::new("hashed").bytes("mac", mac).set("memory", *memory).done()
            }
            Reply::SearchProgress { id, tried } => {
                Out::new("search-progress").set("id", *id).set("tried", *tried as f64).done()
            }
            Reply::Diagnosed { id, report } => {
                write_report(Out::new("diagnosed").set("id", *id), report).done()
            }
            Reply::Verified { id, checked } => {
                let (kind, words) = match &checked.verdict {
                    Verdict::None => ("none", ""),
                    Verdict::Match(w) => ("match", w.as_str()),
                    Verdict::Mismatch(w) => ("mismatch", w.as_str()),
                };
                let notes = Array::new();
                for n in &checked.notes {
                    notes.push(&n.into());
                }
                let problems = Array::new();
                for n in &checked.problems {
                    problems.push(&n.into());
                }
                let mut out = Out::new("verified")
                    .set("id", *id)
                    .set("verdict", kind)
                    .set("words", words)
                    .set("notes", notes)
                    .set("problems", problems)
                    .bytes("stringToSign", &checked.string_to_sign);
                if let Some(k) = &checked.produced {
                    out = out.set("produced", k.as_str());
                }
                if let Some(k) = &checked.key_problem {
                    out = out.set("keyProblem", k.as_str());
                }
                if let Some(r) = &checked.report {
                    out = out.set("report", write_report(Out(Object::new()), r).done());
                }
                out.done()
            }
            Reply::Nothing { id } => Out::new("nothing").set("id", *id).done(),
            Reply::Program { id, text, about, curl, notes } => {
                let list = Array::new();
                for n in notes {
                    list.push(&n.into());
                }
                let out = Out::new("program")
                    .set("id", *id)
                    .set("about", about.as_str())
                    .set("curl", *curl)
                    .set("notes", list);
                match text {
                    Some(t) => out.set("text", t.as_str()).done(),
                    None => out.done(),
                }
            }
            Reply::Example { id, subject, note } => {
                let out = Out::new("example").set("id", *id).set("note", note.as_str());
                match subject {
                    Some(s) => out.set("subject", write_subject(s, false)).done(),
                    None => out.done(),
                }
            }
            Reply::Curl { id, text } => {
                let out = Out::new("curl").set("id", *id);
                match text {
                    Some(t) => out.set("text", t.as_str()).done(),
                    None => out.done(),
                }
            }
            Reply::Error { id, message } => {
                let out = Out::new("error").set("message", message.as_str());
                match id {
                    Some(id) => out.set("id", *id).done(),
                    None => out.done(),
                }
            }
        }
    }

    /// Reads a message from the worker; one that cannot be read becomes an [`Reply::Error`].
    pub fn decode(data: &JsValue) -> Reply {
        Reply::read(&In(data, "reply")).unwrap_or_else(|message| Reply::Error { id: None, message })
    }

    fn read(v: &In) -> Result<Reply, String> {
        Ok(match v.text("type")?.as_str() {
            "ready" => Reply::Ready,
            "hash-progress" => Reply::HashProgress { done: v.number("done")?, total: v.number("total")? },
            "hashed" => Reply::Hashed { mac: v.bytes("mac")?, memory: v.number("memory")? },
            "search-progress" => {
                Reply::SearchProgress { id: v.id("id")?, tried: v.number("tried")? as usize }
            }
            "diagnosed" => Reply::Diagnosed { id: v.id("id")?, report: read_report(v)? },
            "verified" => {
                let words = v.text("words")?;
                let verdict = match v.text("verdict")?.as_str() {
                    "none" => Verdict::None,
                    "match" => Verdict::Match(words),
                    "mismatch" => Verdict::Mismatch(words),
                    other => return Err(format!("malformed reply: unknown verdict “{other}”")),
                };
                let notes = v.texts("notes")?;
                let problems = v.texts("problems")?;
                let string_to_sign = v.bytes("stringToSign")?;
                let key_problem = v.optional_text("keyProblem")?;
                let report = match v.raw("report").is_undefined() {
                    true => None,
                    false => {
                        let (r, what) = v.object("report", "reply")?;
                        Some(read_report(&In(&r, what))?)
                    }
                };
                let produced = v.optional_text("produced")?;
                let checked =
                    Checked { verdict, key_problem, notes, report, string_to_sign, problems, produced };
                Reply::Verified { id: v.id("id")?, checked }
            }
            "nothing" => Reply::Nothing { id: v.id("id")? },
            "program" => Reply::Program {
                id: v.id("id")?,
                text: v.optional_text("text")?,
                about: v.text("about")?,
                curl: v.flag("curl")?,
                notes: v.texts("notes")?,
            },
            "curl" => Reply::Curl { id: v.id("id")?, text: v.optional_text("text")? },
            "example" => Reply::Example {
                id: v.id("id")?,
                note: v.text("note")?,
                subject: match v.raw("subject").is_undefined() {
                    true => None,
                    false => {
                        let (s, what) = v.object("subject", "reply")?;
                        Some(read_subject(&In(&s, what))?)
                    }
                },
            },
            "error" => Reply::Error {
                id: if v.raw("id").is_undefined() { None } else { Some(v.id("id")?) },
                message: v.text("message")?,
            },
            other => return Err(format!("malformed reply: unknown type “{other}”")),
        })
    }
}

/// A diagnosis report's fields, written into `out`.
fn write_report(out: Out, report: &Report) -> Out {
    let evidence = Array::new();
    for e in &report.evidence {
        evidence.push(&JsValue::from_str(e));
    }
    let out = out
        .set("found", report.found)
        .set("tried", report.tried as f64)
        .set("text", report.text.as_str())
        .set("evidence", evidence);
    match &report.difference {
        Some(d) => {
            out.set("offset", d.offset as f64).set("yours", d.yours.as_str()).set("signed", d.signed.as_str())
        }
        None => out,
    }
}

fn read_report(v: &In) -> Result<Report, String> {
    let difference = match v.raw("offset").is_undefined() {
        true => None,
        false => Some(Difference {
            offset: v.number("offset")? as usize,
            yours: v.text("yours")?,
            signed: v.text("signed")?,
        }),
    };
    let found = v.flag("found")?;
    Ok(Report {
        found,
        tried: v.number("tried")? as usize,
        text: v.text("text")?,
        difference,
        evidence: v.texts("evidence")?,
    })
}
