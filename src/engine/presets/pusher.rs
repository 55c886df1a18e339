//! Reading Pusher's "Invalid signature" error text.

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
