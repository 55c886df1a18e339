//! The receiving side: what the user's own code did, found from the signature it computed
//! (its log shows it). The search runs from the true inputs towards that value as a second
//! target ([`super::Search::towards`]); the mistakes that only a server makes (an empty or
//! coerced body, a secret missing at run time, key and message swapped, a lossy decode, a
//! secret changed by interpolation) are tried here ([`jobs`]), and every finding is explained
//! here ([`Yours::explain`]), as is a value equal to the right MAC ([`compare_texts`]).

use super::key::KeyMistake;
use super::message::MessageMistake;
use super::output::OutputMistake;
use crate::engine::expected::{ExpectedSignature, SigEncoding};
use crate::engine::Algorithm;

/// A mistake that only the receiving code makes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ServerMistake {
    /// The body was empty when hashed (a parser consumed the stream first).
    EmptyBody,
    /// The body was an object coerced to text: `[object Object]`, `undefined`, `null`.
    CoercedBody(&'static str),
    /// The secret was empty, or the text of a missing value (`undefined`, `None`, `null`).
    MissingSecret(&'static str),
    /// Key and message swapped: HMAC(body, secret).
    Swapped,
    /// Non-ASCII turned into `?` (per character, or per byte) or U+FFFD (per byte).
    Lossy(Lossy),
    /// The secret cut at its first `$` (shell, Compose or dotenv interpolation).
    DollarCut,
    /// `$$` in the secret collapsed to `$` (Compose's escape).
    DollarCollapsed,
}

/// How a lossy decode replaced non-ASCII.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lossy {
    QuestionPerChar,
    QuestionPerByte,
    ReplacementPerByte,
}

/// The body texts an object coerced to a string gives.
const COERCED: [&str; 3] = ["[object Object]", "undefined", "null"];
/// The secret texts a missing value gives.
const MISSING: [&str; 4] = ["", "undefined", "None", "null"];

/// One candidate only a server makes: its key and message bytes.
#[derive(Clone, Debug)]
pub struct Job {
    pub mistake: ServerMistake,
    pub key: Vec<u8>,
    pub message: Vec<u8>,
}

/// The body replaced as a server's mistakes replace it: `(mistake, body)`. A preset rebuilds
/// its string-to-sign around each (`t.` for an empty Stripe body).
pub fn bodies(body: &[u8]) -> Vec<(ServerMistake, Vec<u8>)> {
    let mut out = vec![(ServerMistake::EmptyBody, Vec::new())];
    for c in COERCED {
        out.push((ServerMistake::CoercedBody(c), c.as_bytes().to_vec()));
    }
    if !body.is_ascii() {
        let text = String::from_utf8_lossy(body);
        let per_char: String = text.chars().map(|c| if c.is_ascii() { c } else { '?' }).collect();
        out.push((ServerMistake::Lossy(Lossy::QuestionPerChar), per_char.into_bytes()));
        let per_byte: Vec<u8> = body.iter().map(|&b| if b.is_ascii() { b } else { b'?' }).collect();
        out.push((ServerMistake::Lossy(Lossy::QuestionPerByte), per_byte));
        let mut fffd = Vec::with_capacity(body.len() + body.len() / 2);
        for &b in body {
            if b.is_ascii() {
                fffd.push(b);
            } else {
                fffd.extend_from_slice("\u{fffd}".as_bytes());
            }
        }
        out.push((ServerMistake::Lossy(Lossy::ReplacementPerByte), fffd));
    }
    out
}

/// The candidates only a server makes, from the key as entered and the message (the
/// string-to-sign) as it should be; `messages` are the string-to-sign rebuilt around each of
/// [`bodies`].
pub fn jobs(key_text: &str, key: &[u8], message: &[u8], messages: Vec<(ServerMistake, Vec<u8>)>) -> Vec<Job> {
    let mut out: Vec<Job> =
        messages.into_iter().map(|(mistake, m)| Job { mistake, key: key.to_vec(), message: m }).collect();
    for s in MISSING {
        if s.as_bytes() != key {
            out.push(Job {
                mistake: ServerMistake::MissingSecret(s),
                key: s.as_bytes().to_vec(),
                message: message.to_vec(),
            });
        }
    }
    out.push(Job { mistake: ServerMistake::Swapped, key: message.to_vec(), message: key.to_vec() });
    let text = key_text.trim();
    if let Some(i) = text.find('$') {
        out.push(Job { mistake: ServerMistake::DollarCut, key: text[..i].into(), message: message.to_vec() });
    }
    if text.contains("$$") {
        out.push(Job {
            mistake: ServerMistake::DollarCollapsed,
            key: text.replace("$$", "$").into_bytes(),
            message: message.to_vec(),
        });
    }
    out
}

/// What the user's code did, as found: every part that differs from the right computation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Yours {
    pub key: Option<KeyMistake>,
    pub message: Option<MessageMistake>,
    pub server: Option<ServerMistake>,
    pub algorithm: Option<Algorithm>,
    pub output: Option<OutputMistake>,
}

/// The end of the search towards the user's value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum YoursOutcome {
    /// The value is the right MAC written another way, or exactly: the comparison fails.
    RightMac(Comparison),
    Found(Yours),
    NotFound,
}

/// How a right MAC and the provider's signature compare as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Comparison {
    /// The same value in upper and lower case hex.
    Case,
    /// Hex on one side, Base64 on the other.
    Encoding { yours: &'static str, theirs: &'static str },
    /// The provider's value keeps a prefix (`sha256=`) that the user's has not, or the reverse.
    Prefix(String),
    /// The two are the same text: the comparison itself is at fault.
    Same,
    /// The right MAC, but the provider's signature does not match these inputs.
    ProviderDiffers,
    /// No provider signature was given to compare with.
    NoSignature,
}

fn encoding_name(e: SigEncoding) -> &'static str {
    if e.is_hex() {
        "hex"
    } else {
        "Base64"
    }
}

/// Compares the user's value (`yours`, known to read as the right MAC) with the provider's
/// signature as text.
pub fn compare_texts(
    yours: &ExpectedSignature,
    theirs: Option<&ExpectedSignature>,
    mac: &[u8],
) -> Comparison {
    let Some(theirs) = theirs else { return Comparison::NoSignature };
    let Some(t) = theirs.matching(mac) else { return Comparison::ProviderDiffers };
    let y = yours.matching(mac).unwrap_or(&yours.candidates[0]);
    if y.encoding.is_hex() != t.encoding.is_hex() {
        return Comparison::Encoding { yours: encoding_name(y.encoding), theirs: encoding_name(t.encoding) };
    }
    if yours.text != theirs.text && yours.text.eq_ignore_ascii_case(&theirs.text) {
        return Comparison::Case;
    }
    if yours.prefix != theirs.prefix {
        return Comparison::Prefix(theirs.prefix.clone().or(yours.prefix.clone()).unwrap_or_default());
    }
    Comparison::Same
}

impl ServerMistake {
    fn explain(&self) -> String {
        match self {
            ServerMistake::EmptyBody => "hashed an empty body: the raw body was not there when the HMAC was computed (a body parser, a form parser, Rack's MethodOverride, Spring's @RequestParam or ASP.NET's [FromBody] read the stream first, or the raw body is only kept for JSON). Capture the raw bytes before any parser runs and hash those.".into(),
            ServerMistake::CoercedBody(text) => format!(
                "hashed the text “{text}” instead of the body: a parsed object (or a missing value) was turned into a string. Hash the raw body bytes (express.raw(), request.get_data()), never an object."
            ),
            ServerMistake::MissingSecret("") => "used an empty secret: the environment variable or config value was not set when the code ran. Check that the secret is loaded (print its length) where the HMAC is computed.".into(),
            ServerMistake::MissingSecret(text) => format!(
                "used the text “{text}” as the secret: the secret was missing at run time and its absence became a string. Check that the secret is loaded (print its length) where the HMAC is computed."
            ),
            ServerMistake::Swapped => "swapped the key and the message: it computed HMAC(body, secret). The secret is the key, the body the message (check the argument order of your HMAC call).".into(),
            ServerMistake::Lossy(Lossy::QuestionPerChar) => "hashed the body with every non-ASCII character turned into “?”: it was decoded or encoded as ASCII (e.g. .NET's Encoding.ASCII). Hash the raw bytes, or use UTF-8.".into(),
            ServerMistake::Lossy(Lossy::QuestionPerByte) => "hashed the body with every non-ASCII byte turned into “?”: it was read as ASCII text. Hash the raw bytes, or use UTF-8.".into(),
            ServerMistake::Lossy(Lossy::ReplacementPerByte) => "hashed the body with every non-ASCII byte replaced by U+FFFD (�): it was decoded as ASCII with errors replaced. Hash the raw bytes.".into(),
            ServerMistake::DollarCut => "used the secret cut at its first “$”: a shell, Docker Compose or dotenv expanded “$…” as a variable. Quote the secret (single quotes) or write $ as $$ in Compose.".into(),
            ServerMistake::DollarCollapsed => "used the secret with “$$” turned into “$”: Docker Compose (or a template) treats $$ as an escaped $. Store the secret so that it arrives unchanged.".into(),
        }
    }
}

impl MessageMistake {
    /// The same mistake seen from the receiving side: what the user's code hashed.
    fn yours(&self) -> String {
        let what = match self {
            MessageMistake::NewlineAdded(_) => "the body with a trailing newline added",
            MessageMistake::NewlineRemoved(_) => "the body without its trailing newline",
            MessageMistake::CrlfToLf => "the body with its CRLF line endings turned into LF",
            MessageMistake::LfToCrlf => "the body with its LF line endings turned into CRLF",
            MessageMistake::Trimmed(_) => "the body with white space trimmed or added at its ends",
            MessageMistake::BomAdded => "the body with a byte order mark added",
            MessageMistake::BomRemoved => "the body without its byte order mark",
            MessageMistake::Json(_) => {
                "the JSON body parsed and serialized again (its spacing, escaping or key order changed)"
            }
            MessageMistake::FormDecoded => "the form body URL-decoded",
            MessageMistake::PlusToPercent20 | MessageMistake::Percent20ToPlus => {
                "the form body encoded again with another escape set"
            }
            MessageMistake::Latin1 => "the body encoded as Latin-1 instead of UTF-8",
            MessageMistake::DoubleUtf8 => "the body's bytes read as Latin-1 and encoded as UTF-8 again",
            MessageMistake::Assembly(_) => "a string-to-sign assembled differently from the provider's",
            MessageMistake::Base64Decoded => "the Base64-decoded body instead of the body as received",
            MessageMistake::Decompressed(_) => "the body decompressed",
            MessageMistake::JsonUnwrapped => "the JSON inside the body's string",
            MessageMistake::JsonWrapped => "the body JSON-encoded once more (JSON.stringify on a string)",
            MessageMistake::HtmlEntities => "the body with its HTML entities decoded",
            MessageMistake::HeaderTimestamp { .. } => "the timestamp and the body",
            MessageMistake::FormEscapes { .. } => "the form body encoded again with another escape set",
        };
        format!("hashed {what}. Hash the raw request body exactly as received.")
    }
}

impl Yours {
    /// What the user's code did, in one sentence per part, with the fix.
    pub fn explain(&self) -> Vec<String> {
        let mut out = Vec::new();
        let lead = "Your code";
        if let Some(s) = &self.server {
            out.push(format!("{lead} {}", s.explain()));
        }
        if let Some(m) = &self.message {
            out.push(format!("{lead} {}", m.yours()));
        }
        if let Some(k) = &self.key {
            out.push(format!("{lead}'s key differs from the secret entered here: {}", k.explain()));
        }
        if let Some(a) = self.algorithm {
            out.push(format!(
                "{lead} used {}: the provider signs with the algorithm chosen here. Use that one.",
                a.name()
            ));
        }
        if let Some(o) = &self.output {
            out.push(format!("{lead}'s value differs in its encoding: {}", o.explain()));
        }
        out
    }
}

impl YoursOutcome {
    /// The finding in words, each sentence with its fix.
    pub fn explain(&self) -> Vec<String> {
        match self {
            YoursOutcome::Found(y) => y.explain(),
            YoursOutcome::NotFound => vec!["No known mistake turns these inputs into the signature your code computed. Check what your server really hashed: log the length and the first bytes of the body and of the secret where the HMAC is computed, and compare them with the inputs here.".into()],
            YoursOutcome::RightMac(c) => vec![match c {
                Comparison::Case => "Your code computes the right MAC; the comparison fails: one side is upper-case hex, the other lower-case, and the comparison is case-sensitive. Lower-case both (or compare the decoded bytes).".into(),
                Comparison::Encoding { yours, theirs } => format!(
                    "Your code computes the right MAC; the comparison fails: your value is {yours}, the provider's is {theirs}. Encode the MAC as the provider does (or decode both and compare the bytes)."
                ),
                Comparison::Prefix(p) => format!(
                    "Your code computes the right MAC; the comparison fails: one side keeps the “{}” prefix. Strip it from the header value (or add it to yours) before comparing.",
                    p.trim()
                ),
                Comparison::Same => "Your code computes the right MAC and it equals the provider's signature as text: the comparison itself fails. Check that you compare two strings or two byte arrays of the same encoding (not a string with a Buffer or bytes), that you read the same header, and that the result of the comparison is not inverted.".into(),
                Comparison::ProviderDiffers => "Your code computes the right MAC for these inputs; the provider's signature was made over something else (see the Diagnosis above).".into(),
                Comparison::NoSignature => "Your code computes the right MAC for these inputs. If the check still fails, paste the provider's signature to compare.".into(),
            }],
        }
    }
}
