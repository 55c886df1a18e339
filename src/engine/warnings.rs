//! Warnings about inputs that are valid but often the reason a signature does not match.

use std::fmt;

/// The name of an invisible or look-alike space character that often sneaks in with a
/// pasted secret, or `None` for an ordinary character.
pub fn invisible_name(ch: char) -> Option<&'static str> {
    Some(match ch {
        '\u{00A0}' => "no-break space",
        '\u{00AD}' => "soft hyphen",
        '\u{034F}' => "combining grapheme joiner",
        '\u{061C}' => "Arabic letter mark",
        '\u{115F}' | '\u{1160}' | '\u{3164}' | '\u{FFA0}' => "Hangul filler",
        '\u{180E}' => "Mongolian vowel separator",
        '\u{2000}'..='\u{200A}' => "Unicode space",
        '\u{200B}' => "zero-width space",
        '\u{200C}' => "zero-width non-joiner",
        '\u{200D}' => "zero-width joiner",
        '\u{200E}' => "left-to-right mark",
        '\u{200F}' => "right-to-left mark",
        '\u{2028}' => "line separator",
        '\u{2029}' => "paragraph separator",
        '\u{202A}'..='\u{202E}' => "bidirectional control",
        '\u{202F}' => "narrow no-break space",
        '\u{205F}' => "medium mathematical space",
        '\u{2060}' => "word joiner",
        '\u{2061}'..='\u{2064}' => "invisible operator",
        '\u{2066}'..='\u{206F}' => "bidirectional or deprecated format control",
        '\u{3000}' => "ideographic space",
        '\u{FEFF}' => "byte order mark (zero-width no-break space)",
        '\u{FFF9}'..='\u{FFFB}' => "interlinear annotation control",
        '\u{E0000}'..='\u{E007F}' => "tag character",
        _ => return None,
    })
}

/// A credential of another kind pasted where the signing secret belongs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SecretShape {
    /// A Stripe API key (`sk_`, `rk_`, `pk_`), not the endpoint's `whsec_` secret.
    StripeApiKey,
    /// `v1,whsec_…`: a signature list entry's version pasted along with the secret.
    VersionedWhsec,
    /// A Slack token (`xoxb-`, `xoxp-`, `xapp-`), not the app's signing secret.
    SlackToken,
    /// A GitHub token (`ghp_`, `github_pat_`, `gho_`, `ghs_`), not the webhook's secret.
    GitHubToken,
    /// A Shopify access token (`shpat_`, `shpca_`), not the app's secret.
    ShopifyToken,
    /// A Shopify app's shared secret (`shpss_`): right for the webhooks that app subscribed to,
    /// not for those made in the admin's Notifications settings.
    ShopifySharedSecret,
    /// A Discord bot token (user id, timestamp, HMAC), not the application's public key.
    DiscordBotToken,
    /// A JSON Web Token.
    Jwt,
    /// A PEM key or certificate; `private` when it is a private key.
    Pem { private: bool },
}

impl SecretShape {
    fn explain(self) -> &'static str {
        match self {
            SecretShape::StripeApiKey => "Key looks like a Stripe API key (sk_, rk_ or pk_). Stripe signs webhooks with the endpoint's signing secret, whsec_…: Dashboard → Developers → Webhooks → the endpoint → Signing secret (or the one `stripe listen` prints).",
            SecretShape::VersionedWhsec => "Key starts with “v1,” before whsec_: that is a signature list's version tag, not part of the secret. Use whsec_… alone.",
            SecretShape::SlackToken => "Key looks like a Slack token (xoxb-, xoxp-, xapp-). Slack signs requests with the app's Signing Secret: api.slack.com/apps → your app → Basic Information → App Credentials.",
            SecretShape::GitHubToken => "Key looks like a GitHub access token (ghp_, github_pat_…). GitHub signs webhooks with the secret typed in the webhook's settings (Settings → Webhooks → Secret).",
            SecretShape::ShopifyToken => "Key looks like a Shopify access token (shpat_, shpca_). Shopify signs webhooks with the app's client secret (API secret key), or, for webhooks made in the admin's Notifications settings, the key shown there.",
            SecretShape::ShopifySharedSecret => "Key is a Shopify app's shared secret (shpss_). It signs the webhooks that app subscribed to through the API; webhooks made in the admin (Settings → Notifications → Webhooks) are signed with the key shown there instead.",
            SecretShape::DiscordBotToken => "Key looks like a Discord bot token. Discord signs interactions with Ed25519: they are verified with the application's Public Key (Developer Portal → General Information), not with a secret.",
            SecretShape::Jwt => "Key is a JSON Web Token (three Base64url parts starting eyJ), not a signing secret: the secret is the shared key the provider shows in its webhook settings.",
            SecretShape::Pem { private: false } => "Key is a PEM public key or certificate: HMAC needs the shared secret. Public-key webhooks (Ed25519, ECDSA, RSA) are verified with a Public key, not an HMAC.",
            SecretShape::Pem { private: true } => "Key is a PEM private key: never paste or share it (it stays in this page, but treat it as exposed if it was pasted elsewhere). Verification needs the public key, or for HMAC the shared secret.",
        }
    }

    /// The shape of `text`, when it is a credential of another kind.
    pub fn of(text: &str) -> Option<SecretShape> {
        let t = text.trim();
        let starts = |prefixes: &[&str]| prefixes.iter().any(|p| t.starts_with(p));
        Some(if starts(&["sk_live_", "sk_test_", "rk_live_", "rk_test_", "pk_live_", "pk_test_"]) {
            SecretShape::StripeApiKey
        } else if t.starts_with("v1,whsec_") {
            SecretShape::VersionedWhsec
        } else if starts(&["xoxb-", "xoxp-", "xapp-", "xoxa-", "xoxe-"]) {
            SecretShape::SlackToken
        } else if starts(&["ghp_", "github_pat_", "gho_", "ghs_", "ghu_", "ghr_"]) {
            SecretShape::GitHubToken
        } else if starts(&["shpat_", "shpca_", "shppa_"]) {
            SecretShape::ShopifyToken
        } else if t.starts_with("shpss_") {
            SecretShape::ShopifySharedSecret
        } else if t.starts_with("-----BEGIN") {
            SecretShape::Pem { private: t.contains("PRIVATE KEY") }
        } else if t.starts_with("eyJ") && t.split('.').count() == 3 {
            SecretShape::Jwt
        } else if discord_bot_token(t) {
            SecretShape::DiscordBotToken
        } else {
            return None;
        })
    }
}

/// A Discord bot token: Base64 of a numeric user id, a dot, 6 or more characters, a dot, 27
/// or more characters.
fn discord_bot_token(t: &str) -> bool {
    use base64::Engine;
    let parts: Vec<&str> = t.split('.').collect();
    let url_text = |s: &str| s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    parts.len() == 3
        && parts.iter().all(|p| url_text(p))
        && parts[1].len() >= 6
        && parts[2].len() >= 27
        && base64::engine::general_purpose::STANDARD_NO_PAD
            .decode(parts[0].trim_end_matches('='))
            .is_ok_and(|id| id.len() >= 17 && id.iter().all(u8::is_ascii_digit))
}

/// Which input a warning is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Key,
    Message,
}

impl Field {
    fn name(self) -> &'static str {
        match self {
            Field::Key => "Key",
            Field::Message => "Message",
        }
    }
}

/// Something suspicious about an input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Warning {
    /// The input starts with white space; `what` names it (e.g. "a space").
    LeadingWhitespace { field: Field, what: &'static str },
    /// The input ends with white space or a newline.
    TrailingWhitespace { field: Field, what: &'static str },
    /// An invisible character at a 1-based character position.
    Invisible { field: Field, name: &'static str, code: u32, position: usize },
    /// The key is wrapped in quotes.
    Quoted { quote: char },
    /// The key is empty.
    EmptyKey,
    /// The key is a credential of another kind.
    SecretShape(SecretShape),
    /// The message has U+FFFD replacement characters: `count` of them, the first at this
    /// 0-based byte offset.
    Replacement { count: usize, offset: usize },
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::LeadingWhitespace { field, what } => {
                write!(f, "{} starts with {what}; it is part of the signed bytes.", field.name())
            }
            Warning::TrailingWhitespace { field, what } => {
                write!(f, "{} ends with {what}; it is part of the signed bytes.", field.name())
            }
            Warning::Invisible { field, name, code, position } => {
                write!(
                    f,
                    "{} contains an invisible character: {name} (U+{code:04X}) at position {position}.",
                    field.name()
                )
            }
            Warning::Quoted { quote } => {
                write!(f, "Key is wrapped in quotes ({quote}…{quote}); the quotes are part of the key bytes.")
            }
            Warning::EmptyKey => write!(f, "Key is empty."),
            Warning::SecretShape(shape) => f.write_str(shape.explain()),
            Warning::Replacement { count, offset } => write!(
                f,
                "Message contains {count} U+FFFD replacement character{} (the first at byte {offset}): bytes that were not UTF-8 were replaced when the body was decoded as text, and the original bytes are lost. Read the body as raw bytes (or load it as a file) before hashing.",
                if *count == 1 { "" } else { "s" }
            ),
        }
    }
}

impl Warning {
    /// Whether the warning still holds when the signature matches (one about the key's
    /// kind does not: the key that verifies is the right one, whatever it looks like).
    pub fn holds_on_match(&self) -> bool {
        !matches!(self, Warning::SecretShape(_))
    }
}

fn describe_whitespace(c: char) -> &'static str {
    match c {
        '\n' => "a newline (\\n)",
        '\r' => "a carriage return (\\r)",
        '\t' => "a tab",
        ' ' => "a space",
        _ => "white space",
    }
}

fn describe_end(text: &str) -> Option<&'static str> {
    if text.ends_with("\r\n") {
        return Some("a newline (\\r\\n)");
    }
    text.chars().next_back().filter(|c| c.is_whitespace()).map(describe_whitespace)
}

fn edge_warnings(field: Field, text: &str, out: &mut Vec<Warning>) {
    if let Some(c) = text.chars().next().filter(|c| c.is_whitespace()) {
        out.push(Warning::LeadingWhitespace { field, what: describe_whitespace(c) });
    }
    if let Some(what) = describe_end(text) {
        out.push(Warning::TrailingWhitespace { field, what });
    }
}

fn invisible_warnings(field: Field, text: &str, out: &mut Vec<Warning>) {
    for (i, ch) in text.chars().enumerate() {
        if let Some(name) = invisible_name(ch) {
            out.push(Warning::Invisible { field, name, code: ch as u32, position: i + 1 });
        }
    }
}

/// Warnings about the key as typed (the text, before decoding).
pub fn inspect_key(text: &str) -> Vec<Warning> {
    let mut out = Vec::new();
    if text.is_empty() {
        out.push(Warning::EmptyKey);
        return out;
    }
    edge_warnings(Field::Key, text, &mut out);
    invisible_warnings(Field::Key, text, &mut out);
    out.extend(SecretShape::of(text).map(Warning::SecretShape));
    let trimmed = text.trim();
    for quote in ['"', '\'', '`'] {
        if trimmed.len() >= 2 && trimmed.starts_with(quote) && trimmed.ends_with(quote) {
            out.push(Warning::Quoted { quote });
        }
    }
    out
}

/// Warnings about the message bytes (after decoding). Invisible characters are only
/// reported for a short message: in a long body they are usually intended.
pub fn inspect_message(bytes: &[u8]) -> Vec<Warning> {
    let mut out = Vec::new();
    let text = String::from_utf8_lossy(bytes);
    edge_warnings(Field::Message, &text, &mut out);
    const REPLACEMENT: &[u8] = "\u{FFFD}".as_bytes();
    if let Some(offset) = bytes.windows(3).position(|w| w == REPLACEMENT) {
        let count = bytes.windows(3).filter(|w| *w == REPLACEMENT).count();
        out.push(Warning::Replacement { count, offset });
    }
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        out.push(Warning::Invisible {
            field: Field::Message,
            name: "byte order mark (zero-width no-break space)",
            code: 0xFEFF,
            position: 1,
        });
    }
    out
}
