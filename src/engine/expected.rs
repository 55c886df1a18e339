//! Reading the signature a provider or server says is right: strip what surrounds it,
//! detect its encoding, decode it, and compare in constant time.

use super::algorithm::Algorithm;
use super::encoding::{decode_base64, decode_hex, quote_char, Alphabet};
use subtle::ConstantTimeEq;

/// Prefixes that providers put in front of the MAC in their headers.
pub const KNOWN_PREFIXES: [&str; 16] = [
    "sha1=",
    "sha1hash=",
    "sha224=",
    "sha256=",
    "sha384=",
    "sha512=",
    "md5=",
    "v0=",
    "v1=",
    "v2=",
    "v1,",
    "h1=",
    "sha256 =",
    "hmac-sha256-hex=",
    "hmac-sha256=",
    "hmac ",
];

/// How the expected signature was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SigEncoding {
    HexLower,
    HexUpper,
    HexMixed,
    /// Base64 in some alphabet; `url` when it uses `-`/`_`, `standard` when it uses `+`/`/`
    /// (both false: only characters common to both alphabets).
    Base64 {
        url: bool,
        standard: bool,
        padded: bool,
    },
}

impl SigEncoding {
    /// Words for the verdict, e.g. "lowercase hex" or "Base64url without padding".
    pub fn describe(self) -> &'static str {
        match self {
            SigEncoding::HexLower => "lowercase hex",
            SigEncoding::HexUpper => "uppercase hex",
            SigEncoding::HexMixed => "mixed-case hex",
            SigEncoding::Base64 { url: true, padded: false, .. } => "Base64url without padding",
            SigEncoding::Base64 { url: true, padded: true, .. } => "Base64url with padding",
            SigEncoding::Base64 { url: false, padded: true, .. } => "Base64",
            SigEncoding::Base64 { url: false, standard: true, padded: false } => "Base64 without padding",
            SigEncoding::Base64 { url: false, standard: false, padded: false } => {
                "Base64 or Base64url without padding"
            }
        }
    }

    pub fn is_hex(self) -> bool {
        !matches!(self, SigEncoding::Base64 { .. })
    }
}

/// One way of reading the expected signature as bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub encoding: SigEncoding,
    pub bytes: Vec<u8>,
    /// Which signature of a header that carries several (0-based; 0 for a single one).
    pub entry: usize,
}

/// A whole signature header carrying several values, as providers send it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HeaderList {
    /// Key-value pairs such as Stripe's `t=…,v1=…,v1=…` or Paddle's `ts=…;h1=…`: the
    /// signatures are the values of `key`.
    KeyValue { key: String, separator: char },
    /// Space-separated `v1,…` entries (Standard Webhooks, Svix).
    Versioned { version: String },
}

impl HeaderList {
    fn describe(&self) -> String {
        match self {
            HeaderList::KeyValue { key, separator } => {
                format!("{key}= in a '{separator}'-separated key-value header")
            }
            HeaderList::Versioned { version } => format!("{version}, in a space-separated signature list"),
        }
    }
}

/// The expected signature, as understood.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExpectedSignature {
    /// A label removed from the front, such as a header name (`X-Hub-Signature-256`) or
    /// Pusher's `app-key` before `:`.
    pub label: Option<String>,
    /// A known prefix removed, such as `sha256=`.
    pub prefix: Option<String>,
    /// The signature text after stripping.
    pub text: String,
    /// Readings, the most likely first (hex before Base64 when both are possible); for a
    /// header with several signatures, every reading of each, by [`Candidate::entry`].
    pub candidates: Vec<Candidate>,
    /// The header format when a whole header with several values was pasted.
    pub list: Option<HeaderList>,
    /// How many signatures it carries (1 unless it is a list).
    pub entries: usize,
    /// The timestamp a key-value header carries (`t=`, `ts=`).
    pub timestamp: Option<String>,
}

impl ExpectedSignature {
    /// Words for what was detected, e.g. "lowercase hex with sha256= prefix".
    pub fn describe(&self, candidate: &Candidate) -> String {
        let mut s = candidate.encoding.describe().to_string();
        if let Some(list) = &self.list {
            s.push_str(&format!(
                ", signature {} of {} ({})",
                candidate.entry + 1,
                self.entries,
                list.describe()
            ));
        }
        if let Some(p) = &self.prefix {
            s.push_str(&format!(" with {} prefix", p.trim()));
        }
        if let Some(l) = &self.label {
            s.push_str(&format!(" after “{l}:”"));
        }
        s
    }

    /// The candidate equal to `mac`, compared in constant time over the bytes.
    pub fn matching(&self, mac: &[u8]) -> Option<&Candidate> {
        let mut found = None;
        for c in &self.candidates {
            let equal: bool = c.bytes.len() == mac.len() && bool::from(c.bytes.as_slice().ct_eq(mac));
            if equal && found.is_none() {
                found = Some(c);
            }
        }
        found
    }

    /// The algorithm a prefix such as `sha1=` names, if any.
    pub fn prefix_algorithm(&self) -> Option<Algorithm> {
        let named = self.prefix.as_deref()?.trim_end_matches(['=', ' ']).to_ascii_lowercase();
        Some(match named.as_str() {
            "md5" => Algorithm::Md5,
            "sha1" => Algorithm::Sha1,
            "sha224" => Algorithm::Sha224,
            "sha256" => Algorithm::Sha256,
            "sha384" => Algorithm::Sha384,
            "sha512" => Algorithm::Sha512,
            _ => return None,
        })
    }

    /// The most likely reading.
    pub fn primary(&self) -> Option<&Candidate> {
        self.candidates.first()
    }
}

/// The age of the timestamp a pasted header carries (`t=`, `ts=`) at `now_ms`, in words.
pub fn timestamp_age(ts: &str, now_ms: i64) -> Option<String> {
    use super::duration::human_duration;
    let n: i64 = ts.trim().parse().ok()?;
    let (ms, unit) =
        if n > 100_000_000_000 { (n, "milliseconds") } else { (n.saturating_mul(1000), "seconds") };
    let age_s = now_ms.saturating_sub(ms) / 1000;
    let when = if age_s >= 0 {
        format!("{} ago", human_duration(age_s as u64))
    } else {
        format!("{} in the future", human_duration(age_s.unsigned_abs()))
    };
    Some(format!(
        "The header carries timestamp {n} ({unit}), signed {when}: providers refuse a request much older than their tolerance (Stripe and Slack: 5 minutes), even with a matching signature."
    ))
}

/// Why the expected signature cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExpectedError(pub String);

impl std::fmt::Display for ExpectedError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Splits `text` (already trimmed) into an optional label before the last `:`, an optional
/// known prefix, and the rest. Returns the rest's 0-based character offset in `text`.
fn strip(text: &str) -> (Option<String>, Option<String>, &str, usize) {
    let mut rest = text;
    let mut label = None;
    if let Some(idx) = rest.rfind(':') {
        let (before, after) = (&rest[..idx], rest[idx + 1..].trim_start());
        if !before.trim().is_empty() && !after.is_empty() {
            label = Some(before.trim().to_string());
            rest = after;
        }
    }
    let mut prefix = None;
    let lower = rest.to_ascii_lowercase();
    for p in KNOWN_PREFIXES {
        if lower.starts_with(p) {
            prefix = Some(rest[..p.len()].to_string());
            rest = rest[p.len()..].trim_start();
            break;
        }
    }
    rest = rest.trim_matches(|c| c == '"' || c == '\'');
    let start = rest.as_ptr() as usize - text.as_ptr() as usize;
    let offset = text[..start].chars().count();
    (label, prefix, rest, offset)
}

fn hex_case(text: &str) -> SigEncoding {
    let lower = text.chars().any(|c| c.is_ascii_lowercase());
    let upper = text.chars().any(|c| c.is_ascii_uppercase());
    match (lower, upper) {
        (true, true) => SigEncoding::HexMixed,
        (false, true) => SigEncoding::HexUpper,
        _ => SigEncoding::HexLower,
    }
}

/// Decodes `text` in every plausible encoding (hex first). White space inside is ignored.
pub fn candidates(text: &str) -> Vec<Candidate> {
    let mut out = Vec::new();
    if let Ok(bytes) = decode_hex(text) {
        if !bytes.is_empty() && !text.trim_start().starts_with("0x") {
            out.push(Candidate { encoding: hex_case(text), bytes, entry: 0 });
        }
    }
    let url = text.contains(['-', '_']);
    let standard = text.contains(['+', '/']);
    let padded = text.contains('=');
    if !(url && standard) {
        let alphabet = if url { Alphabet::UrlSafe } else { Alphabet::Standard };
        if let Ok(bytes) = decode_base64(text, alphabet) {
            if !bytes.is_empty() {
                out.push(Candidate {
                    encoding: SigEncoding::Base64 { url, standard, padded },
                    bytes,
                    entry: 0,
                });
            }
        }
    }
    out
}

/// Reads the expected signature. `Ok(None)` when the field is empty.
pub fn parse_expected(text: &str) -> Result<Option<ExpectedSignature>, ExpectedError> {
    let leading = text.chars().take_while(|c| c.is_whitespace()).count();
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    let (label, prefix, rest, offset) = strip(trimmed);
    // A whole header (after its name, if pasted with it) carrying several signatures or a
    // timestamp; its first key may have been taken for a prefix (`v1,`) above.
    let whole = if label.is_some() { after_label(trimmed) } else { trimmed };
    if let Some(sig) = parse_list(label.clone(), whole) {
        return Ok(Some(sig));
    }
    let candidates = candidates(rest);
    if candidates.is_empty() {
        return Err(explain_failure(rest, leading + offset));
    }
    Ok(Some(ExpectedSignature {
        label,
        prefix,
        text: rest.to_string(),
        candidates,
        list: None,
        entries: 1,
        timestamp: None,
    }))
}

fn after_label(text: &str) -> &str {
    text.rfind(':').map_or(text, |i| text[i + 1..].trim_start())
}

/// A `v1,…` entry of a signature list: (version, signature).
fn versioned(e: &str) -> Option<(&str, &str)> {
    e.split_once(',').filter(|(v, sig)| {
        v.len() >= 2
            && v.starts_with('v')
            && v[1..].chars().all(|c| c.is_ascii_alphanumeric())
            && !sig.is_empty()
    })
}

/// A whole signature header with several signatures (or a key-value header with a
/// timestamp), or `None` when `text` is not one.
fn parse_list(label: Option<String>, text: &str) -> Option<ExpectedSignature> {
    let text = text.trim_matches(|c| c == '"' || c == '\'');
    let mut signatures: Vec<&str> = Vec::new();
    let mut timestamp = None;
    let list;
    let entries: Vec<&str> = text.split_whitespace().collect();
    if entries.len() >= 2 && entries.iter().all(|e| versioned(e).is_some()) {
        // Standard Webhooks: `v1,…` entries; other versions (`v1a,` public-key ones) are skipped.
        let version = versioned(entries[0])?.0;
        signatures.extend(
            entries.iter().filter_map(|e| versioned(e)).filter(|(v, _)| *v == version).map(|(_, s)| s),
        );
        list = HeaderList::Versioned { version: version.to_string() };
    } else {
        let separator = if text.contains(';') && !text.contains(',') { ';' } else { ',' };
        let pairs: Vec<(&str, &str)> =
            text.split(separator).map(|item| item.trim().split_once('=')).collect::<Option<Vec<_>>>()?;
        let short_key = |k: &str| {
            !k.is_empty() && k.len() <= 12 && k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        };
        if pairs.len() < 2 || !pairs.iter().all(|(k, v)| short_key(k) && !v.is_empty()) {
            return None;
        }
        let is_time = |k: &str| matches!(k.to_ascii_lowercase().as_str(), "t" | "ts" | "timestamp");
        timestamp = pairs.iter().find(|(k, _)| is_time(k)).map(|(_, v)| v.to_string());
        // The signatures: the values of the first key (other than the timestamp) that decode.
        let key = pairs
            .iter()
            .map(|(k, _)| *k)
            .find(|k| !is_time(k) && pairs.iter().any(|(k2, v)| k2 == k && !candidates(v).is_empty()))?;
        signatures.extend(pairs.iter().filter(|(k, _)| *k == key).map(|(_, v)| *v));
        list = HeaderList::KeyValue { key: key.to_string(), separator };
    }
    let mut all = Vec::new();
    for (entry, s) in signatures.iter().enumerate() {
        all.extend(candidates(s).into_iter().map(|c| Candidate { entry, ..c }));
    }
    if all.is_empty() {
        return None;
    }
    Some(ExpectedSignature {
        label,
        prefix: None,
        text: text.to_string(),
        candidates: all,
        list: Some(list),
        entries: signatures.len(),
        timestamp,
    })
}

fn explain_failure(rest: &str, offset: usize) -> ExpectedError {
    if rest.is_empty() {
        return ExpectedError("the expected signature is empty after its prefix".into());
    }
    for (i, ch) in rest.chars().enumerate() {
        let ok = ch.is_ascii_alphanumeric() || "+/-_=".contains(ch) || ch.is_ascii_whitespace();
        if !ok {
            return ExpectedError(format!(
                "the expected signature is not hex or Base64: invalid character {} at position {}",
                quote_char(ch),
                offset + i + 1
            ));
        }
    }
    let hexish = rest.chars().filter(|c| !c.is_ascii_whitespace()).all(|c| c.is_ascii_hexdigit());
    if hexish {
        let n = rest.chars().filter(|c| c.is_ascii_hexdigit()).count();
        return ExpectedError(format!(
            "the expected signature is not valid hex: odd number of hex digits ({n}), and not valid Base64 either"
        ));
    }
    if rest.contains(['-', '_']) && rest.contains(['+', '/']) {
        return ExpectedError(
            "the expected signature mixes the Base64 (+ /) and Base64url (- _) alphabets".into(),
        );
    }
    let alphabet = if rest.contains(['-', '_']) { Alphabet::UrlSafe } else { Alphabet::Standard };
    match decode_base64(rest, alphabet) {
        Err(e) => ExpectedError(format!("the expected signature is {}", e.shifted(offset))),
        Ok(_) => ExpectedError("the expected signature decodes to no bytes".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_headers_are_read_as_lists() {
        let s = parse_expected("Stripe-Signature: t=1492774577,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd,v0=6ffbb59b2300aae63f272406069a9788598b792a944a07aba816edb039989a39").unwrap().unwrap();
        assert_eq!(s.label.as_deref(), Some("Stripe-Signature"));
        assert_eq!(s.timestamp.as_deref(), Some("1492774577"));
        assert_eq!(s.list, Some(HeaderList::KeyValue { key: "v1".into(), separator: ',' }));
        assert_eq!(s.entries, 1);
        let s =
            parse_expected("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE= v1,bm9wZQ==").unwrap().unwrap();
        assert_eq!(s.entries, 2);
        assert_eq!(s.candidates.iter().map(|c| c.entry).collect::<Vec<_>>(), [0, 1]);
        let s = parse_expected(
            "ts=1671552777;h1=eb4d0dc8853be92b7f063b9f3ba5233eb920a09459b6e6b2c26705b4364db151",
        )
        .unwrap()
        .unwrap();
        assert_eq!(s.list, Some(HeaderList::KeyValue { key: "h1".into(), separator: ';' }));
        let age = timestamp_age("1492774577", 1_492_774_577_000 + 3 * 3_600_000).unwrap();
        assert!(age.contains("(seconds), signed 3 hours ago"), "{age}");
        let age = timestamp_age("1492774577000", 1_492_774_577_000 - 120_000).unwrap();
        assert!(age.contains("(milliseconds), signed 2 minutes in the future"), "{age}");
        // A single signature with a prefix stays what it was.
        let s = parse_expected("sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17")
            .unwrap()
            .unwrap();
        assert!(s.list.is_none() && s.prefix.as_deref() == Some("sha256="));
    }
}
