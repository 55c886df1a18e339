//! Reading a provider's signature header: `sha256=…`, `t=…,v1=…`, `ts=…;h1=…`,
//! `v1,… v1,…`, `key:signature`.

use super::types::SigFormat;

/// What a signature header holds.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ParsedHeader {
    /// The timestamp carried in the header (`t=`, `ts=`).
    pub timestamp: Option<String>,
    /// The signatures to compare with, in order.
    pub signatures: Vec<String>,
    /// The app key before `:` (Pusher).
    pub app_key: Option<String>,
    /// Entries ignored on purpose (e.g. Stripe's `v0=` test-mode signature).
    pub ignored: Vec<String>,
}

fn strip_header_name(text: &str) -> &str {
    let t = text.trim();
    match t.split_once(':') {
        Some((name, rest))
            if !name.is_empty()
                && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                && name.contains('-')
                && !rest.trim().is_empty() =>
        {
            rest.trim()
        }
        _ => t,
    }
}

/// Parses a header value (a leading `Header-Name:` is allowed). Errors are sentences.
pub fn parse(format: SigFormat, text: &str) -> Result<ParsedHeader, String> {
    let value = strip_header_name(text);
    if value.is_empty() {
        return Ok(ParsedHeader::default());
    }
    let mut out = ParsedHeader::default();
    match format {
        SigFormat::Plain { .. } => out.signatures.push(value.to_string()),
        SigFormat::KeyValue { pair_sep, ts, sig } => {
            for item in value.split(pair_sep) {
                let Some((k, v)) = item.trim().split_once('=') else {
                    return Err(format!(
                        "cannot read “{}”: expected key=value pairs separated by '{pair_sep}'",
                        item.trim()
                    ));
                };
                if !ts.is_empty() && k == ts {
                    out.timestamp = Some(v.trim().to_string());
                } else if k == sig {
                    out.signatures.push(v.trim().to_string());
                } else {
                    out.ignored.push(item.trim().to_string());
                }
            }
            // An empty `ts`: the header carries no timestamp (PagerDuty).
            if out.timestamp.is_none() && !ts.is_empty() {
                return Err(format!("unable to extract the timestamp ({ts}=…) from the header"));
            }
            if out.signatures.is_empty() {
                return Err(format!("no signatures found with the expected scheme ({sig}=…)"));
            }
        }
        SigFormat::VersionedList { version } => {
            for item in value.split_whitespace() {
                match item.split_once(',') {
                    Some((v, s)) if v == version => out.signatures.push(s.to_string()),
                    Some(_) => out.ignored.push(item.to_string()),
                    None => {
                        return Err(format!(
                        "cannot read “{item}”: expected {version},<signature> entries separated by spaces"
                    ))
                    }
                }
            }
            if out.signatures.is_empty() {
                return Err(format!("no {version}, signature in the header"));
            }
        }
        SigFormat::AppKey { .. } => {
            let auth = value.trim_matches('"').to_string();
            match auth.rsplit_once(':') {
                Some((key, s)) => {
                    out.app_key = Some(key.to_string());
                    out.signatures.push(s.to_string());
                }
                None => out.signatures.push(auth),
            }
        }
    }
    Ok(out)
}
