//! Verification programs: for a preset, a complete program a user can save and run as is
//! (`WEBHOOK_SECRET` and `PORT` from the environment, route `POST /webhook`, 2xx when the
//! request is valid, 4xx with a short reason otherwise, never a crash). One emitter per
//! [`Language`]; what they share — which header carries what, the string-to-sign, the key
//! handling, the timestamp rule — is worked out once here as a [`Plan`].
//!
//! Only programs that the test suite (`tests/programs.rs`) starts and sends signed, tampered,
//! stale and garbled requests to are offered: [`program`] gives `None` for the rest.

pub mod curl;
mod go;
mod handshake;
mod java;
mod jws;
mod node;
mod php;
pub mod produce;
mod public_key;
mod python;
mod ruby;
pub mod rust;

use super::providers::own_programs;
use super::types::*;
use crate::engine::pubkey::{EcdsaForm, PkAlg};
use crate::engine::Algorithm;

pub use crate::engine::language::Language;

/// One piece of the string-to-sign in a program.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece {
    /// Fixed text.
    Text(&'static str),
    /// The value of a variable read from a header (named by the field id).
    Var(&'static str),
    /// The raw request body.
    Body,
    /// The public URL the provider called: `WEBHOOK_URL`, or rebuilt from the `Host` and
    /// `X-Forwarded-Proto` headers and the request's path and query.
    Url,
    /// The public URL up to its query string (Plivo's V2).
    UrlWithoutQuery,
    /// The request's HTTP method.
    Method,
    /// The form body's parameters, URL-decoded, sorted by name (then value), each written as
    /// name + value with nothing between (Twilio).
    SortedForm,
    /// The request's query parameters as sent, except `drop`, sorted, joined as `k=v` with
    /// `&` (Shopify's OAuth callback).
    SortedQuery { drop: &'static [&'static str] },
}

/// The timestamp check a program makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tolerance {
    /// The variable holding the timestamp.
    pub var: &'static str,
    /// The allowed age in the timestamp's own unit.
    pub limit: u64,
    pub millis: bool,
    /// Timestamps too far in the future are rejected too.
    pub both_directions: bool,
}

/// Where a program reads a value: a request header, or a member of the JSON body (by path;
/// a number in the path indexes an array).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Carrier {
    Header(&'static str),
    Json(&'static [&'static str]),
    /// A parameter of the request's query string (its raw value).
    Query(&'static str),
}

impl Carrier {
    /// Whether a request without it is refused: a header the provider always sends is; a
    /// JSON member may be absent (Adyen leaves out empty fields) and is then read as empty.
    pub fn required(self) -> bool {
        matches!(self, Carrier::Header(_))
    }

    /// The reason a request without it is refused with.
    pub fn missing(self) -> String {
        match self {
            Carrier::Header(h) => format!("missing {h} header"),
            Carrier::Json(path) => format!("missing {} in the JSON body", path.join(".")),
            Carrier::Query(name) => format!("missing {name} parameter in the query"),
        }
    }
}

/// What a verification program does, language aside.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub name: &'static str,
    /// Where the signature is (a header, or the JSON body), and its format.
    pub signature: Carrier,
    pub format: SigFormat,
    /// Variables read from the request: (variable, where).
    pub reads: Vec<(&'static str, Carrier)>,
    /// The variable the signature header's own timestamp goes into (`t=`, `ts=`).
    pub header_timestamp: Option<&'static str>,
    pub pieces: Vec<Piece>,
    pub key: KeyHandling,
    pub algorithm: Algorithm,
    pub output: OutputEncoding,
    pub tolerance: Option<Tolerance>,
    /// With the form parameters: the URL parameter that, when present, carries the body's
    /// SHA-256 (hex) instead and leaves the parameters out (Twilio's `bodySHA256`).
    pub body_hash: Option<&'static str>,
    /// Other header-name prefixes the provider's headers come with (see [`Preset`]).
    pub header_aliases: &'static [(&'static str, &'static str)],
    /// A public-key scheme: the signature is verified with `WEBHOOK_PUBLIC_KEY` instead of
    /// compared with an HMAC (`key`, `algorithm` and `output` are then unused).
    pub public_key: Option<PkSpec>,
    /// The handshake the program answers too, if the provider performs one.
    pub handshake: Option<Handshake>,
}

impl Plan {
    /// Whether the string-to-sign holds the public URL (so `WEBHOOK_URL` configures it).
    pub fn signs_url(&self) -> bool {
        self.pieces.contains(&Piece::Url) || self.pieces.contains(&Piece::UrlWithoutQuery)
    }

    /// Whether the provider calls with GET (the signature in the query) rather than POST.
    pub fn get(&self) -> bool {
        matches!(self.signature, Carrier::Query(_))
    }

    /// Whether values are read from the JSON body (which the program then parses).
    pub fn reads_json(&self) -> bool {
        matches!(self.signature, Carrier::Json(_))
            || self.reads.iter().any(|(_, c)| matches!(c, Carrier::Json(_)))
    }

    /// The query parameters left out of a signed query (`hmac`, `signature`), when the
    /// string-to-sign holds the request's sorted query.
    pub fn query_drop(&self) -> Option<&'static [&'static str]> {
        self.pieces.iter().find_map(|p| match p {
            Piece::SortedQuery { drop } => Some(*drop),
            _ => None,
        })
    }

    /// The URL parameter carrying a JSON body's SHA-256 in place of the form parameters, where
    /// the program reads both the URL and a form (Twilio's `bodySHA256`).
    pub fn url_body_hash(&self) -> Option<&'static str> {
        self.body_hash.filter(|_| self.signs_form() && self.signs_url())
    }

    /// Whether the body is a form whose parameters are signed rather than its bytes.
    pub fn signs_form(&self) -> bool {
        self.pieces.contains(&Piece::SortedForm)
    }

    /// Whether the string-to-sign or the timestamp check uses the variable (a header the
    /// scheme only requires is checked for presence and not kept).
    pub fn uses(&self, var: &str) -> bool {
        self.pieces.iter().any(|p| matches!(p, Piece::Var(v) if *v == var))
            || self.tolerance.is_some_and(|t| t.var == var)
    }

    /// A header's name and the names it also comes under (`webhook-id`, `svix-id`).
    pub fn names(&self, header: &str) -> Vec<String> {
        let mut out = vec![header.to_string()];
        for (prefix, alias) in self.header_aliases {
            if let Some(rest) =
                header.get(prefix.len()..).filter(|_| header[..prefix.len()].eq_ignore_ascii_case(prefix))
            {
                out.push(format!("{alias}{rest}"));
            }
        }
        out
    }
}

/// The plan for a preset, or `None` when no program for it is offered yet (a scheme other
/// than a verified HMAC, or a field that comes from neither a header, the URL nor the method).
pub fn plan(p: &Preset) -> Option<Plan> {
    let source = |id: &str| p.sources.iter().find(|(f, _)| *f == id).map(|(_, s)| *s);
    let public_key = match p.scheme {
        Scheme::Hmac => None,
        // ECDSA programs read DER signatures (SendGrid's); raw r‖s is a JWS matter.
        Scheme::PublicKey(spec) if spec.ecdsa == EcdsaForm::Der || spec.alg == PkAlg::Ed25519 => Some(spec),
        _ => return None,
    };
    let query_signature = p.message.iter().find_map(|part| match part {
        Part::SortedQuery { signature, .. } => Some(*signature),
        _ => None,
    });
    let signature = match (p.signature_header, source("signature")) {
        (Some(h), _) => Carrier::Header(h),
        (None, _) if query_signature.is_some() => Carrier::Query(query_signature?),
        (None, Some(Source::Json(path))) if p.signature_format == (SigFormat::Plain { prefix: "" }) => {
            Carrier::Json(path)
        }
        _ => return None,
    };
    let header_timestamp = match p.signature_format {
        SigFormat::KeyValue { ts: "", .. } => None,
        SigFormat::KeyValue { .. } => Some(p.timestamp?.field),
        SigFormat::Plain { .. } | SigFormat::VersionedList { .. } => None,
        SigFormat::AppKey { .. } => return None,
    };
    let mut reads = Vec::new();
    for f in p.fields {
        match (f.header, source(f.id)) {
            _ if Some(f.id) == header_timestamp => {}
            (Some(h), _) => reads.push((f.id, Carrier::Header(h))),
            (None, Some(Source::Json(path))) => reads.push((f.id, Carrier::Json(path))),
            (
                None,
                Some(Source::Url | Source::Method | Source::Query | Source::Target | Source::Headers(_)),
            ) => {}
            _ => return None,
        }
    }
    let known = |id: &str| reads.iter().any(|(v, _)| *v == id) || Some(id) == header_timestamp;
    let mut pieces = Vec::new();
    for part in p.message {
        pieces.push(match part {
            Part::Lit(s) | Part::Sep(s) => Piece::Text(s),
            Part::Field(id) if known(id) => Piece::Var(id),
            Part::Field(id) => match source(id) {
                Some(Source::Url) => Piece::Url,
                Some(Source::Method) => Piece::Method,
                _ => return None,
            },
            Part::UrlWithoutQuery(id) if source(id) == Some(Source::Url) => Piece::UrlWithoutQuery,
            Part::Body => Piece::Body,
            // Programs verify form bodies; a JSON body's bodySHA256 is not checked by them yet.
            Part::SortedFormParams { .. } => Piece::SortedForm,
            Part::SortedQuery { id, drop, .. } if source(id) == Some(Source::Query) => {
                Piece::SortedQuery { drop }
            }
            _ => return None,
        });
    }
    let tolerance = p.timestamp.and_then(|rule| {
        let limit = rule.tolerance_s?;
        let millis = rule.unit == TimeUnit::Milliseconds;
        known(rule.field).then_some(Tolerance {
            var: rule.field,
            limit: if millis { limit * 1000 } else { limit },
            millis,
            both_directions: rule.both_directions,
        })
    });
    Some(Plan {
        name: p.name,
        signature,
        format: p.signature_format,
        reads,
        header_timestamp,
        pieces,
        key: p.key,
        algorithm: p.algorithm,
        output: p.output,
        tolerance,
        body_hash: p.message.iter().find_map(|part| match part {
            Part::SortedFormParams { body_hash: Some((_, param)) } => Some(*param),
            _ => None,
        }),
        header_aliases: p.header_aliases,
        public_key,
        handshake: p.handshake.filter(|h| !matches!(h.answer, Answer::Json(_))),
    })
}

/// The verification program for `p` in `language`, or `None` when none is offered.
pub fn program(p: &Preset, language: Language) -> Option<String> {
    if let Some((_, text)) = own_programs(p).iter().find(|(l, _)| *l == language) {
        // Java has no JSON reader of its own: the programs carry this one. Programs shared by
        // several presets (the shared-token checks) name the preset and its header here, and
        // answer the preset's handshake where it has one a program can (a header echoed as
        // JSON, Okta's): its lines are between HANDSHAKE markers.
        let header = p.signature_header.unwrap_or(p.signature_label);
        let challenge = p.handshake.and_then(|h| match h.answer {
            Answer::Json(key) => Some((h.label, key)),
            _ => None,
        });
        let (label, key) = challenge.unwrap_or_default();
        return Some(
            handshake_lines(text, challenge.is_some())
                .replace("/* JSON READER */\n", java::JSON)
                .replace("@NAME@", p.name)
                .replace("@HEADER_CGI@", &cgi(header))
                .replace("@HEADER@", header)
                .replace("@CHALLENGE_CGI@", &cgi(label))
                .replace("@CHALLENGE_KEY@", key)
                .replace("@CHALLENGE@", label),
        );
    }
    if let Some(producer) = produce::plan(p) {
        return produce::program(&producer, language);
    }
    if let Some(text) = jws::program(p, language) {
        return Some(text);
    }
    let plan = plan(p)?;
    let text = match language {
        Language::Node => node::program(&plan),
        Language::Python => python::program(&plan),
        Language::Ruby => ruby::program(&plan),
        Language::Php => php::program(&plan),
        Language::Go => go::program(&plan)?,
        Language::Rust => rust::program(&plan)?,
        Language::Java => java::program(&plan)?,
    };
    let text = match &plan.handshake {
        Some(h) => handshake::apply(text, language, h),
        None => text,
    };
    // A public-key program reads the provider's public key, under its own name.
    Some(if plan.public_key.is_some() { text.replace("WEBHOOK_SECRET", "WEBHOOK_PUBLIC_KEY") } else { text })
}

/// What the program for `p` in `language` is and how to run it, in words (shown above it).
pub fn about(p: &Preset, language: Language) -> String {
    let start = |var: &str, hint: String| {
        format!(
            "A complete program: save it as {} and run it ({hint}). It reads {var} and PORT from the environment",
            language.file_name()
        )
    };
    let tested =
        "The tests run every program shown here against signed, tampered, stale and garbled requests.";
    if p.is_public_key() {
        format!(
            "{} (the provider's public key as the provider shows it), answers POST /webhook with 2xx for a valid signature and 4xx with a reason otherwise. {tested}",
            start("WEBHOOK_PUBLIC_KEY", language.run_hint_for(true))
        )
    } else if p.is_shared_token() {
        format!(
            "{}, answers POST /webhook with 2xx when {} carries the expected value and 4xx with a reason otherwise. The tests run every program shown here with the right value, wrong ones and none.",
            start("WEBHOOK_SECRET", language.run_hint().into()),
            p.signature_label
        )
    } else if produce::plan(p).is_some() {
        format!(
            "{} and answers POST /webhook with the JSON the provider expects (4xx when a field is missing). The tests check its answers against the provider's own SDK.",
            start("WEBHOOK_SECRET", language.run_hint().into())
        )
    } else {
        format!(
            "{}, answers POST /webhook with 2xx for a valid signature and 4xx with a reason otherwise. {tested}",
            start("WEBHOOK_SECRET", language.run_hint().into())
        )
    }
}

/// How CGI-style servers (PHP, Rack) name a request header: `HTTP_X_GITLAB_TOKEN`.
fn cgi(header: &str) -> String {
    format!("HTTP_{}", header.to_ascii_uppercase().replace('-', "_"))
}

/// A program's text with its `HANDSHAKE BEGIN` … [`HANDSHAKE ELSE` …] `HANDSHAKE END` blocks
/// resolved: the first part kept when the preset answers a handshake, else the second (or
/// nothing); the marker lines go.
fn handshake_lines(text: &str, answers: bool) -> String {
    #[derive(PartialEq)]
    enum At {
        Out,
        Then,
        Else,
    }
    let mut at = At::Out;
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        if line.contains("HANDSHAKE BEGIN") {
            at = At::Then;
        } else if line.contains("HANDSHAKE ELSE") {
            at = At::Else;
        } else if line.contains("HANDSHAKE END") {
            at = At::Out;
        } else if at == At::Out || (at == At::Then) == answers {
            out.push_str(line);
        }
    }
    out
}

/// The Cargo `[dependencies]` of the Rust program for `p`, when one is offered.
pub fn rust_dependencies(p: &Preset) -> Option<Vec<&'static str>> {
    if let Some((_, text)) = own_programs(p).iter().find(|(l, _)| *l == Language::Rust) {
        // A provider's own program lists them in its opening comment.
        let listed = text.lines().skip_while(|l| !l.starts_with("// Cargo.toml [dependencies]:")).skip(1);
        return Some(listed.map_while(|l| l.strip_prefix("//   ")).collect());
    }
    if matches!(p.scheme, Scheme::Jws(_)) {
        return Some(jws::rust_dependencies());
    }
    match produce::plan(p) {
        Some(producer) => produce::rust_dependencies(&producer),
        None => rust::dependencies(&plan(p)?),
    }
}

/// The first lines of every program: what it is and the contract it keeps.
fn contract(plan: &Plan, language: Language, comment: &str) -> String {
    let route = if plan.get() { "GET" } else { "POST" };
    let (var, what) = match plan.public_key {
        Some(_) => ("WEBHOOK_PUBLIC_KEY", "the public key"),
        None => ("WEBHOOK_SECRET", "the secret"),
    };
    let port = match language {
        Language::Php => "the port is php -S's",
        _ => "PORT: default 3000",
    };
    let mut lines = vec![
        format!("{} signature verification — generated by HMAC Doctor.", plan.name),
        format!("Run: {}", language.run_hint_for(plan.public_key.is_some())),
        format!("{var}: {what} exactly as the provider shows it; {port}."),
        format!("{route} /webhook answers 2xx when the signature is valid, 4xx with a reason otherwise."),
    ];
    if plan.signs_url() {
        lines.push(
            "WEBHOOK_URL: the public URL the provider calls; unset, it is rebuilt from the Host and X-Forwarded-Proto headers."
                .into(),
        );
    }
    if plan.signs_form() {
        lines.push("The form parameters are read from the raw body and signed sorted by name.".into());
    }
    if let Some(h) = &plan.handshake {
        lines.push(handshake::describe(h));
    }
    if let SigFormat::KeyValue { .. } | SigFormat::VersionedList { .. } = plan.format {
        lines.push(
            "The header may carry several signatures (a secret being rolled): any one may match.".into(),
        );
    }
    lines.iter().map(|l| format!("{comment} {l}\n")).collect()
}
