//! Pusher private/presence channel authorization: `<app key>:<hex HMAC-SHA256 of
//! "<socket_id>:<channel>[:<channel_data>]">`.
use crate::engine::presets::types::*;
use crate::engine::presets::Values;

pub const PRESET: Preset = Preset {
    id: "pusher-channel",
    name: "Pusher channel authorization",
    scheme: Scheme::Produce(Response {
        before: &[],
        signature_key: "auth",
        after: &[("channel_data", "channel_data")],
    }),
    secret_label: "App secret",
    fields: &[
        FieldSpec { id: "app_key", label: "App key", header: None, placeholder: "278d425bdf160c739803" },
        FieldSpec { id: "socket_id", label: "Socket ID", header: None, placeholder: "1234.1234" },
        FieldSpec { id: "channel", label: "Channel name", header: None, placeholder: "private-foobar" },
        FieldSpec {
            id: "channel_data",
            label: "Channel data",
            header: None,
            placeholder: "{\"user_id\":10} (presence channels only)",
        },
    ],
    body_label: None,
    message: &[
        Part::Field("socket_id"),
        Part::Sep(":"),
        Part::Field("channel"),
        Part::Optional { sep: ":", id: "channel_data" },
    ],
    signature_label: "Auth signature",
    signature_format: SigFormat::AppKey { field: "app_key" },
    error_paste: Some(ERROR_PASTE),
    sources: &[
        ("socket_id", Source::Form("socket_id")),
        ("channel", Source::Form("channel_name")),
        ("app_key", Source::Env("PUSHER_APP_KEY")),
        ("channel_data", Source::Env("PUSHER_CHANNEL_DATA")),
    ],
    category: Category::Messaging,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "Presence channels sign the exact channel_data string you return; return the same string, not a re-encoded object.",
    "After a reconnect the client has a new socket id: a signature made for the old one is rejected.",
    "Return {\"auth\":\"key:signature\"} once; JSON inside JSON (\"but got {\\\"auth\\\":…}\") is a common bug.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "Invalid signature: Expected HMAC SHA256 hex digest of";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "7ad3773142a6692b25b8",
    body: "",
    signature: "278d425bdf160c739803:58df8b0c36d6982b82c3ecf6b4662e34fe8c25bba48f5369f135bf843651c3a4",
    fields: &[("app_key", "278d425bdf160c739803"), ("socket_id", "1234.1234"), ("channel", "private-foobar")],
    source: "Pusher's channel authorization docs and pusher-http-node tests",
    derived: false,
    mistake: None,
};

/// Pusher's error read from Error message (shared with user authentication): it fills the
/// fields.
pub const ERROR_PASTE: ErrorPaste = ErrorPaste { read: read_error };

/// Fills the channel or user authentication fields from Pusher's error, and says what it
/// tells: a stale socket id (the client reconnected), JSON returned inside JSON.
pub fn read_error(text: &str, entered: &Values) -> Pasted {
    let mut out = Pasted::default();
    if text.trim().is_empty() {
        return out;
    }
    let e = match parse_error(text) {
        Ok(e) => e,
        Err(e) => {
            out.notes.push(e);
            return out;
        }
    };
    let typed = entered.get("socket_id");
    if !typed.is_empty() && typed != e.socket_id {
        out.notes.push(format!(
            "Pusher expected socket id {} but you entered {typed}: the client reconnected and got a new socket id, while your server signed the old one. Sign the socket_id sent with the current auth request, never a cached one.",
            e.socket_id
        ));
    }
    if !valid_socket_id(&e.socket_id) {
        out.notes.push(format!("“{}” is not a valid socket id (digits.digits).", e.socket_id));
    }
    out.preset = Some(if e.user_auth { super::pusher_user::PRESET.id } else { PRESET.id });
    out.fields.push(("socket_id", e.socket_id));
    if e.user_auth {
        out.fields.push(("user_data", e.channel_data.unwrap_or_default()));
    } else {
        out.fields.push(("channel", e.channel));
        out.fields.push(("channel_data", e.channel_data.unwrap_or_default()));
    }
    if e.received.starts_with('{') {
        out.notes.push("Pusher got JSON where the signature belongs (“but got {…”): your endpoint returned JSON inside JSON. Return {\"auth\":\"key:signature\"} once.".into());
    }
    out.signature = Some(e.received);
    out
}

/// What Pusher's error says it expected and got.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PusherError {
    pub socket_id: String,
    pub channel: String,
    /// Presence channel data, or (for user authentication) the user data.
    pub channel_data: Option<String>,
    /// `true` for `<socket>::user::<data>` (user authentication).
    pub user_auth: bool,
    /// The signature Pusher received.
    pub received: String,
}

/// Parses text such as `Invalid signature: Expected HMAC SHA256 hex digest of
/// 1234.5678:private-foo, but got 58df…`.
pub fn parse_error(text: &str) -> Result<PusherError, String> {
    const MARK: &str = "hex digest of ";
    const GOT: &str = ", but got ";
    let start = text.find(MARK).ok_or(
        "This does not look like Pusher's error: “Expected HMAC SHA256 hex digest of …” is missing.",
    )?;
    let rest = &text[start + MARK.len()..];
    let got_at = rest.rfind(GOT).ok_or("The error text has no “, but got …” part.")?;
    let signed = &rest[..got_at];
    let received =
        rest[got_at + GOT.len()..].trim().trim_end_matches(['.', '"', '\'']).trim_matches('"').to_string();
    if let Some((socket, data)) = signed.split_once("::user::") {
        return Ok(PusherError {
            socket_id: socket.to_string(),
            channel: String::new(),
            channel_data: Some(data.to_string()),
            user_auth: true,
            received,
        });
    }
    let mut parts = signed.splitn(3, ':');
    let socket_id = parts.next().unwrap_or_default().to_string();
    let channel = parts.next().ok_or("The signed string has no “socket:channel” form.")?.to_string();
    let channel_data = parts.next().map(str::to_string);
    Ok(PusherError { socket_id, channel, channel_data, user_auth: false, received })
}

/// Whether a socket id has Pusher's `digits.digits` form.
pub fn valid_socket_id(s: &str) -> bool {
    matches!(s.split_once('.'), Some((a, b)) if !a.is_empty() && !b.is_empty() && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit()))
}

/// The SDKs' error texts, the check behind each, and what it means (the worker recognises a
/// pasted one).
pub const ERRORS: &[SdkError] = &[SdkError {
    text: "Invalid signature: Expected HMAC SHA256 hex digest of",
    sdk: "Pusher Channels",
    check: Check::Signature,
    means: "Pusher computed the HMAC-SHA256 of the socket id and channel it names with your app secret and got another value than your endpoint returned. When that socket id is the client's current one and the signature does not verify here, the usual cause is a reconnect: the client got a new socket id while your endpoint's answer for the previous one was on its way — harmless when the next subscribe succeeds.",
    next: "Sign the socket_id of each auth request (never a cached one); if it keeps failing, check the app secret, then the channel name, then the socket id, in that order.",
}];
