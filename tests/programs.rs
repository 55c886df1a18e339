//! Every verification program the page offers, run as a user would: saved, started as a
//! local server (all at once), and sent (a) a correctly signed request → 2xx, (b) the same
//! with one body byte changed → 4xx, (c) a correctly signed but stale timestamp → 4xx where
//! the provider has a tolerance, (d) several signatures with only the last one valid → 2xx
//! where the header can carry several, (e) no signature header and a garbled one → 4xx,
//! (f) the headers under a provider's other prefix (Svix's `svix-`) → 2xx; and the page's
//! signed `curl` command, run by `sh`, → 2xx.
//! Never a 5xx. A valid request a program refuses is signed afresh and sent once more: with
//! every program running at once, a short tolerance (Paddle's 5 s) can pass before the program
//! reads it. Requests are signed by the engine's preset evaluation, which tests/presets.rs
//! checks against the providers' official and derived vectors; for Stripe, GitHub, Standard
//! Webhooks and Slack also by the providers' own SDKs (tests/sdk/), whose signatures must
//! equal the engine's.
//!
//! Needs `node` with Express (package.json), `python3` with Flask, `ruby` with Sinatra and
//! WEBrick, `php`, `go`, `java` (JDK 17) and `cargo` (the Rust programs' crates are fetched
//! once into target/verify-programs);
//! `scripts/setup.sh --test` installs them.

use hmac_doctor::engine::presets::code::curl::{set_member, signed_request};
use hmac_doctor::engine::presets::code::{plan, program, rust_dependencies, Carrier, Language, Piece};
use hmac_doctor::engine::presets::{
    evaluate, providers, Challenge, KeyForm as PkKeyForm, KeyHandling, Preset, Scheme, SigFormat, Source,
    TimeUnit, Values,
};
use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// The programs listen on ports from here: below Linux's ephemeral range (32768 and up), so
/// that no outgoing connection holds one of them.
/// The first port; every program instance of the verification suite below gets its own
/// (up to 2000 apart from the other tests' ranges, which run at the same time).
const BASE_PORT: u16 = 21000;

const BODY: &str = "{\"event\":\"ping\",\"name\":\"Zoë\",\"url\":\"https://example.test/a\",\"n\":[1,2]}";

/// The form body of a provider that signs form parameters (Twilio): escapes, a `+` for a
/// space, non-ASCII text and parameters out of order.
const FORM: &str = "To=%2B14158675310&From=%2B14155551212&Body=Zo%C3%AB+says+hi%21&CallSid=CA1234567890ABCDE&Digits=1234&Caller=";

/// The public URL a provider that signs the URL calls, as the program rebuilds it from the
/// `Host` and `X-Forwarded-Proto` headers of [`PROXIED`].
const PUBLIC_URL: &str = "https://hooks.example.test/webhook";
const PROXIED: [(&str, &str); 2] = [("Host", "hooks.example.test"), ("X-Forwarded-Proto", "https")];

/// The URL set as `WEBHOOK_URL` for the second instance of those programs.
const CONFIGURED_URL: &str = "https://public.example.test/hooks/in?route=a%20b";

fn body_of(p: &Preset) -> &'static str {
    if plan(p).is_some_and(|pl| pl.signs_form()) {
        FORM
    } else {
        BODY
    }
}

fn content_type(p: &Preset) -> &'static str {
    if plan(p).is_some_and(|pl| pl.signs_form()) {
        "application/x-www-form-urlencoded"
    } else {
        "application/json"
    }
}

/// A value the provider sends in the JSON body, listed with the headers under this name until
/// [`finish`] puts it in the body.
fn json_key(path: &[&str]) -> String {
    format!("json:{}", path.join("."))
}

/// Where the signature goes: a header, or (named by [`json_key`]) the JSON body.
fn signature_key(p: &Preset) -> String {
    match plan(p).unwrap().signature {
        Carrier::Header(h) => h.to_string(),
        Carrier::Json(path) => json_key(path),
        Carrier::Query(name) => format!("?{name}"),
    }
}

/// The request's headers, body and (for a GET callback) query: values the provider sends in
/// the JSON body (Mailgun's `signature` object) are moved there, next to an event of the
/// provider's; the query (`?`) and its signature parameter (`?hmac`) into the query string.
fn finish(headers: &[(String, String)], body: &[u8]) -> (Vec<(String, String)>, Vec<u8>, Option<String>) {
    let (query, headers): (Vec<_>, Vec<_>) = headers.iter().cloned().partition(|(k, _)| k.starts_with('?'));
    if !query.is_empty() {
        let parts: Vec<String> = query
            .iter()
            .map(|(k, v)| if k == "?" { v.clone() } else { format!("{}={v}", &k[1..]) })
            .collect();
        return (headers, Vec::new(), Some(parts.join("&")));
    }
    let (members, headers): (Vec<_>, Vec<_>) =
        headers.iter().cloned().partition(|(k, _)| k.starts_with("json:"));
    if members.is_empty() {
        return (headers, body.to_vec(), None);
    }
    let mut doc =
        serde_json::json!({ "event-data": { "event": "delivered", "recipient": "zoë@example.test" } });
    for (k, v) in members {
        let path: Vec<&str> = k["json:".len()..].split('.').collect();
        set_member(&mut doc, &path, v.clone());
        // Numbers as numbers (Adyen's amount.value), which the programs must read as text.
        if let Ok(n) = v.parse::<u64>() {
            let pointer: String = path.iter().map(|s| format!("/{s}")).collect();
            *doc.pointer_mut(&pointer).unwrap() = n.into();
        }
    }
    (headers, doc.to_string().into_bytes(), None)
}

fn signs_url(p: &Preset) -> bool {
    plan(p).is_some_and(|pl| pl.signs_url())
}

/// The RFC 8032 §7.1 TEST 1 Ed25519 seed and the RFC 7515 A.3 P-256 private scalar: the
/// public-key programs' requests are signed with them.
const ED25519_SEED: &str = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
const P256_D: &str = "8e9b109e719098bf980487df1f5d77e9cb29606ebed2263b5f57c213df84f4b2";

fn secret(p: &Preset) -> &'static str {
    if let Scheme::PublicKey(spec) = p.scheme {
        // The matching public keys, as each provider shows them.
        return match spec.key {
            PkKeyForm::Hex => "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
            PkKeyForm::Base64 => "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=",
            PkKeyForm::Whpk => "whpk_11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=",
            PkKeyForm::SpkiBase64 | PkKeyForm::PemOrJwk => "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEf83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEXH8UTNG72bfocs3+257rn0s2ldbqkLJK2KRiMohYjlrQ==",
        };
    }
    match p.key {
        KeyHandling::Text => "test-secret-Ünï",
        KeyHandling::Hex => "00112233445566778899aabbccddeeff",
        KeyHandling::WhsecBase64 => "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
    }
}

fn now_s() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs() as i64
}

/// The headers of a request for `p` signed at `ts` (seconds) over `body` (and `url`, where
/// the provider signs the URL), and the value of its signature header.
fn signed(p: &'static Preset, body: &str, ts: i64, url: &str) -> (Vec<(String, String)>, String) {
    let mut v = Values { secret: secret(p).into(), body: body.into(), ..Values::default() };
    let ts_field = p.timestamp.map(|r| r.field);
    let stamp = match p.timestamp.map(|r| r.unit) {
        Some(TimeUnit::Milliseconds) => (ts * 1000).to_string(),
        _ => ts.to_string(),
    };
    if let Some(f) = ts_field {
        v.set(f, stamp.as_str());
    }
    let mut headers = Vec::new();
    for f in p.fields {
        let source = p.sources.iter().find(|(id, _)| *id == f.id).map(|(_, s)| *s);
        let value = match source {
            _ if Some(f.id) == ts_field => stamp.clone(),
            Some(Source::Url) => url.to_string(),
            Some(Source::Method) => "POST".to_string(),
            // A number where the provider's example has one (sent as a JSON number).
            Some(Source::Json(_)) if f.placeholder.bytes().all(|b| b.is_ascii_digit()) => {
                f.placeholder.to_string()
            }
            // The callback's own query (Shopify's OAuth), the signature parameter aside.
            Some(Source::Query) => format!(
                "code=0907a61c0c8d55e99db179b68161bc00&shop=some-shop.myshopify.com&state=0.67&timestamp={ts}"
            ),
            _ => format!("{}-value", f.id),
        };
        v.set(f.id, value.as_str());
        match (f.header, source) {
            (Some(h), _) => headers.push((h.to_string(), value)),
            (None, Some(Source::Json(path))) => headers.push((json_key(path), value)),
            (None, Some(Source::Query)) => headers.push(("?".to_string(), value)),
            _ => {}
        }
    }
    // A public-key preset is evaluated by the worker's code (the page leaves it to the worker).
    let e = if p.is_public_key() {
        hmac_doctor::engine::presets::public_key::evaluate_any(p, &v)
    } else {
        evaluate(p, &v)
    };
    assert!(e.problems.is_empty(), "{}: {:?}", p.id, e.problems);
    let sig = match p.scheme {
        Scheme::PublicKey(spec) => pk_sign(p, spec, &e.string_to_sign),
        _ => e.produced.expect("a produced signature"),
    };
    (headers, sig)
}

/// The signature header value for a public-key preset, signed with the test's private keys.
fn pk_sign(p: &Preset, spec: hmac_doctor::engine::presets::PkSpec, message: &[u8]) -> String {
    use ed25519_dalek::Signer as _;
    use hmac_doctor::engine::pubkey::signature::SigText;
    use hmac_doctor::engine::pubkey::PkAlg;
    let sig: Vec<u8> = match spec.alg {
        PkAlg::Ed25519 => {
            let seed: [u8; 32] = hex::decode(ED25519_SEED).unwrap().try_into().unwrap();
            ed25519_dalek::SigningKey::from_bytes(&seed).sign(message).to_bytes().to_vec()
        }
        PkAlg::Es256 => {
            let key = p256::ecdsa::SigningKey::from_slice(&hex::decode(P256_D).unwrap()).unwrap();
            let s: p256::ecdsa::Signature = key.sign(message);
            s.to_der().as_bytes().to_vec()
        }
        other => panic!("{}: no test key for {other}", p.id),
    };
    let text = match spec.signature {
        SigText::Hex => hex::encode(sig),
        _ => hmac_doctor::engine::encoding::to_base64(&sig),
    };
    match p.signature_format {
        SigFormat::VersionedList { version } => format!("{version},{text}"),
        _ => text,
    }
}

struct Case {
    name: &'static str,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    ok: bool,
}

/// The signature headers the providers' own SDKs make over the preset's body (and
/// [`PUBLIC_URL`]) at `ts` (Twilio's `twilio`, HubSpot's `@hubspot/api-client`, Stripe's
/// `stripe`, GitHub's `@octokit/webhooks-methods`, `standardwebhooks` in tests/sdk/sign.mjs;
/// Slack's `slack_sdk` in tests/sdk/sign.py), by preset id, for the presets that have one here.
fn sdk_signatures(ts: i64) -> HashMap<&'static str, String> {
    let requests: Vec<serde_json::Value> = providers::ALL
        .iter()
        .map(|p| serde_json::json!({ "preset": p.id, "secret": secret(p), "body": body_of(p), "url": PUBLIC_URL, "timestamp": ts.to_string(), "id": "id-value" }))
        .collect();
    let input = serde_json::Value::from(requests);
    let mut found = HashMap::new();
    for (runtime, script) in [("node", "tests/sdk/sign.mjs"), ("python3", "tests/sdk/sign.py")] {
        let list: Vec<Option<String>> = serde_json::from_slice(&sdk_script(runtime, script, &input)).unwrap();
        found.extend(providers::ALL.iter().zip(list).filter_map(|(p, s)| s.map(|s| (p.id, s))));
    }
    found
}

/// Which instance of a program that signs the URL: started without `WEBHOOK_URL` (it
/// rebuilds the URL from the `Host` and `X-Forwarded-Proto` headers) or with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Instance {
    Proxied,
    Configured,
}

fn cases(p: &'static Preset, sdk: Option<&(i64, String)>, instance: Instance) -> Vec<Case> {
    let header = signature_key(p);
    let body = body_of(p);
    let (url, proxied): (&str, &[(&str, &str)]) = match instance {
        Instance::Proxied if signs_url(p) => (PUBLIC_URL, &PROXIED),
        Instance::Proxied => (PUBLIC_URL, &[]),
        Instance::Configured => (CONFIGURED_URL, &[]),
    };
    let sign_for = |body: &str, ts: i64, url: &str| {
        let (mut h, sig) = signed(p, body, ts, url);
        h.extend(proxied.iter().map(|(k, v)| (k.to_string(), v.to_string())));
        (h, sig)
    };
    let sign = |body: &str, ts: i64| sign_for(body, ts, url);
    let with = |mut h: Vec<(String, String)>, sig: Option<String>| {
        if let Some(s) = sig {
            h.push((header.clone(), s));
        }
        h
    };
    let now = now_s();
    let (h, sig) = sign(body, now);
    let mut tampered = body.as_bytes().to_vec();
    tampered[2] ^= 1;
    // Where the body itself is not signed (Mailgun signs the JSON's timestamp and token,
    // Plivo's V2 the URL and a nonce header), a signed value changed instead.
    let mut tampered_headers = h.clone();
    let the_plan = plan(p).unwrap();
    if !the_plan.pieces.iter().any(|pc| matches!(pc, Piece::Body | Piece::SortedForm)) {
        let read = |k: &str| {
            k.starts_with("json:")
                || k == "?"
                || the_plan
                    .reads
                    .iter()
                    .any(|(_, c)| matches!(c, Carrier::Header(h) if h.eq_ignore_ascii_case(k)))
        };
        let (_, v) = tampered_headers.iter_mut().find(|(k, _)| read(k)).unwrap();
        v.push('x');
    }
    let mut out = vec![Case {
        name: "signed",
        headers: with(h.clone(), Some(sig.clone())),
        body: body.into(),
        ok: true,
    }];
    // Where the provider's SDK is at hand: it signs the same request the same way, and the
    // program accepts what it signed.
    if let Some((ts, by_sdk)) = sdk {
        let (h, by_engine) = sign(body, *ts);
        assert_eq!(*by_sdk, by_engine, "{}: the SDK and the engine sign differently", p.id);
        out.push(Case {
            name: "signed by the provider's SDK",
            headers: with(h, Some(by_sdk.clone())),
            body: body.into(),
            ok: true,
        });
    }
    out.extend([
        Case {
            name: "body byte changed",
            headers: with(tampered_headers, Some(sig.clone())),
            body: tampered,
            ok: false,
        },
        Case { name: "no signature header", headers: with(h.clone(), None), body: body.into(), ok: false },
        Case {
            name: "garbled signature header",
            headers: with(h.clone(), Some("garbage".into())),
            body: body.into(),
            ok: false,
        },
        Case {
            name: "signature header with non-ASCII bytes",
            headers: with(h.clone(), Some(format!("{sig}é€"))),
            body: body.into(),
            ok: false,
        },
        Case {
            name: "a 16 KB signature header",
            headers: with(h.clone(), Some(format!("{sig}{}", "0".repeat(16_000)))),
            body: body.into(),
            ok: false,
        },
    ]);
    // A JSON body (Twilio): the URL carries the body's SHA-256 and is signed alone; the same
    // with the body changed is refused even though the signature matches the URL.
    if let (Some(param), Instance::Proxied, true) = (plan(p).unwrap().body_hash, instance, signs_url(p)) {
        use sha2::Digest;
        let json = "{\"event\":\"message.status\",\"to\":\"+14155550100\"}";
        let hash = hmac_doctor::engine::encoding::to_hex(&sha2::Sha256::digest(json.as_bytes()));
        let query = format!("?{param}={hash}");
        let (mut h, sig) = sign_for(json, now, &format!("{PUBLIC_URL}{query}"));
        h.push(("@path".into(), format!("/webhook{query}")));
        out.push(Case {
            name: "a JSON body, its SHA-256 in the URL",
            headers: with(h.clone(), Some(sig.clone())),
            body: json.into(),
            ok: true,
        });
        out.push(Case {
            name: "a JSON body changed, its SHA-256 in the URL",
            headers: with(h, Some(sig)),
            body: json.replace("status", "statuS").into(),
            ok: false,
        });
    }
    // The URL drifts: signed for http:// while the proxy says https; signed for the URL the
    // headers give while WEBHOOK_URL says otherwise.
    if signs_url(p) {
        let (drift, name) = match instance {
            Instance::Proxied => {
                (PUBLIC_URL.replace("https:", "http:"), "signed for http:// behind an https proxy")
            }
            Instance::Configured => {
                (PUBLIC_URL.to_string(), "signed for the Host header's URL, not WEBHOOK_URL")
            }
        };
        let (h, sig) = sign_for(body, now, &drift);
        out.push(Case { name, headers: with(h, Some(sig)), body: body.into(), ok: false });
    }
    if let Some(t) = plan(p).and_then(|pl| pl.tolerance) {
        let limit_s = if t.millis { t.limit / 1000 } else { t.limit } as i64;
        let (h, sig) = sign(body, now - limit_s - 600);
        out.push(Case {
            name: "stale timestamp",
            headers: with(h, Some(sig.clone())),
            body: body.into(),
            ok: false,
        });
        // A timestamp that is not a number, where the header or a field carries it.
        let ts = p.timestamp.map(|r| r.field).unwrap();
        let (mut h, mut sig) = sign(body, now);
        match p.fields.iter().find(|f| f.id == ts).and_then(|f| f.header) {
            Some(name) => h.iter_mut().filter(|(k, _)| k == name).for_each(|(_, v)| *v = "12ab".into()),
            None => sig = sig.replacen(&now.to_string(), "12ab", 1),
        }
        out.push(Case {
            name: "timestamp not a number",
            headers: with(h, Some(sig)),
            body: body.into(),
            ok: false,
        });
    }
    let (_, other) = sign("another body", now);
    let several = match p.signature_format {
        SigFormat::KeyValue { pair_sep, sig: key, .. } => {
            let wrong = other.rsplit_once(&format!("{key}=")).map(|(_, s)| s.to_string()).unwrap();
            Some(sig.replacen(&format!("{key}="), &format!("{key}={wrong}{pair_sep}{key}="), 1))
        }
        SigFormat::VersionedList { .. } => Some(format!("{other} {sig}")),
        _ => None,
    };
    // A provider that also sends its headers under another prefix (Svix's `svix-…`).
    if let Some((prefix, alias)) = p.header_aliases.first() {
        let renamed = with(h.clone(), Some(sig.clone()))
            .into_iter()
            .map(|(k, v)| (k.strip_prefix(prefix).map_or(k.clone(), |rest| format!("{alias}{rest}")), v))
            .collect();
        out.push(Case {
            name: "headers under the branded prefix",
            headers: renamed,
            body: body.into(),
            ok: true,
        });
    }
    if let Some(s) = several {
        out.push(Case {
            name: "several signatures, the last valid",
            headers: with(h, Some(s)),
            body: body.into(),
            ok: true,
        });
    }
    out
}

/// Sends a POST and returns the status code and the response's last line (the reason).
/// A `Host` among `headers` replaces the one naming the local port.
fn post(
    port: u16,
    content_type: &str,
    headers: &[(String, String)],
    body: &[u8],
) -> Result<(u16, String), String> {
    // A request for another path and query than /webhook names it in a pseudo-header `@path`.
    let target = headers.iter().find(|(k, _)| k == "@path").map_or("/webhook", |(_, v)| v.as_str());
    let headers: Vec<&(String, String)> = headers.iter().filter(|(k, _)| k != "@path").collect();
    let mut req = format!("POST {target} HTTP/1.1\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n", body.len()).into_bytes();
    if !headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("host")) {
        req.extend_from_slice(format!("Host: 127.0.0.1:{port}\r\n").as_bytes());
    }
    for (k, v) in headers {
        req.extend_from_slice(format!("{k}: {v}\r\n").as_bytes());
    }
    req.extend_from_slice(b"\r\n");
    req.extend_from_slice(body);
    exchange(port, &req)
}

/// Sends a request and reads the whole response: its status code and its last line (the
/// reason, or the JSON a producer answers).
fn exchange(port: u16, request: &[u8]) -> Result<(u16, String), String> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).map_err(|e| e.to_string())?;
    // Generous: with every program running at once, a Java program's first answer is slow.
    s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    s.write_all(request).map_err(|e| e.to_string())?;
    let mut resp = Vec::new();
    let _ = s.read_to_end(&mut resp);
    let text = String::from_utf8_lossy(&resp);
    let code: Option<u16> = text.split_whitespace().nth(1).and_then(|c| c.parse().ok());
    let why = text.lines().last().unwrap_or_default().to_string();
    code.map(|c| (c, why)).ok_or_else(|| format!("no status in {text:?}"))
}

/// Sends a GET of /webhook with this query (bytes outside ASCII percent-encoded, as a client
/// sends them); the status code and the response's last line.
fn get(port: u16, query: &str) -> Result<(u16, String), String> {
    let query: String = query
        .bytes()
        .map(|b| if b.is_ascii_graphic() { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect();
    exchange(
        port,
        format!("GET /webhook?{query} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n")
            .as_bytes(),
    )
}

/// Runs the page's signed `curl` command for `p` (the secret, the body and a value for each
/// header field, as a user fills them in) against the program on `port`; its status code.
fn curl(p: &'static Preset, port: u16) -> Result<u16, String> {
    let mut v = Values { secret: secret(p).into(), body: body_of(p).into(), ..Values::default() };
    for f in p.fields {
        v.set(f.id, format!("{}-value", f.id));
    }
    let now_ms = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_millis() as i64;
    let url = format!("http://127.0.0.1:{port}/webhook");
    let command = signed_request(p, &v, &url, now_ms).ok_or("no command")?;
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!("{command} -s -o /dev/null -w '%{{http_code}}'"))
        .output()
        .map_err(|e| e.to_string())?;
    String::from_utf8_lossy(&out.stdout).trim().parse().map_err(|_| format!("{command}\n{out:?}"))
}

/// Posts each case — (what, headers, body, whether it verifies) — as JSON to `s`, and says
/// each answer that is not what it should be: 2xx when the case verifies, 4xx (never 5xx)
/// when it does not.
fn wrong_answers<'a>(
    s: &Server,
    cases: impl IntoIterator<Item = (&'a str, &'a [(String, String)], &'a [u8], bool)>,
) -> Vec<String> {
    let mut bad = Vec::new();
    for (name, headers, body, ok) in cases {
        match post(s.port, "application/json", headers, body) {
            Ok((code, _)) if (200..300).contains(&code) == ok && code < 500 => {}
            other => {
                bad.push(format!("{}: {name}: {other:?} (want {})", s.what, if ok { "2xx" } else { "4xx" }))
            }
        }
    }
    bad
}

struct Server {
    child: Child,
    port: u16,
    what: String,
    dir: PathBuf,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Builds every Rust program (verifiers and producers) as a binary of one Cargo project, once
/// for both tests (kept under target/ so that a later run reuses the build); returns the
/// folder the binaries are in.
fn rust_bins() -> &'static Path {
    static BINS: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    BINS.get_or_init(|| {
        let all: Vec<&'static Preset> =
            providers::ALL.iter().filter(|p| program(p, Language::Rust).is_some()).collect();
        build_rust(&all)
    })
}

fn build_rust(programs: &[&'static Preset]) -> PathBuf {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let project = repo.join("target").join("verify-programs");
    std::fs::create_dir_all(project.join("src/bin")).unwrap();
    let mut deps: Vec<&str> = Vec::new();
    for p in programs {
        for d in rust_dependencies(p).unwrap() {
            // One line per crate: where two programs need different features of a crate
            // (SNS's `sha1` with `oid`), the line with more of them (features add up).
            let name = |line: &str| line.split('=').next().unwrap_or_default().trim().to_string();
            match deps.iter_mut().find(|e| name(e) == name(d)) {
                Some(e) if e.len() < d.len() => *e = d,
                Some(_) => {}
                None => deps.push(d),
            }
        }
        std::fs::write(project.join(format!("src/bin/{}.rs", p.id)), program(p, Language::Rust).unwrap())
            .unwrap();
    }
    let manifest = format!(
        "[package]\nname = \"verify-programs\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[workspace]\n\n# No debug info and no incremental state: 77 binaries with them take\n# gigabytes of disk on a fresh machine.\n[profile.dev]\ndebug = false\nincremental = false\n\n[dependencies]\n{}\n",
        deps.join("\n")
    );
    std::fs::write(project.join("Cargo.toml"), manifest).unwrap();
    let out = Command::new("cargo")
        .args(["build", "--quiet", "--bins"])
        .current_dir(&project)
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo");
    assert!(
        out.status.success(),
        "the Rust programs do not build:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    project.join("target/debug")
}

/// The command that runs a saved program as a server on `port`.
fn command(lang: Language, file: &Path, dir: &Path, port: u16, rust_bins: &Path, p: &Preset) -> Command {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    match lang {
        Language::Node => {
            let mut c = Command::new("node");
            c.arg(file).env("NODE_PATH", repo.join("node_modules"));
            c
        }
        Language::Python => {
            let mut c = Command::new("python3");
            c.arg(file);
            c
        }
        Language::Ruby => {
            let mut c = Command::new("ruby");
            c.arg(file).current_dir(dir);
            c
        }
        Language::Go => {
            // Built, then exec'd, so that killing the child stops the server itself (`go run`
            // would leave its compiled program running).
            let mut c = Command::new("sh");
            c.arg("-c").arg("go build -o server main.go && exec ./server").current_dir(dir);
            c
        }
        Language::Php => {
            let mut c = Command::new("php");
            c.arg("-S").arg(format!("127.0.0.1:{port}")).arg(file).current_dir(dir);
            c
        }
        Language::Rust => Command::new(rust_bins.join(p.id)),
        Language::Java => {
            let mut c = Command::new("java");
            c.arg(file).current_dir(dir);
            c
        }
    }
}

/// Saves `p`'s program in `lang` under `dir` and starts it on `port` with `secret` and `env`.
fn spawn(
    p: &'static Preset,
    lang: Language,
    port: u16,
    dir: PathBuf,
    rust_bins: &Path,
    secret: &str,
    env: &[(&str, &str)],
) -> Server {
    let file = dir.join(lang.file_name());
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, program(p, lang).unwrap()).unwrap();
    let mut cmd = command(lang, &file, &dir, port, rust_bins, p);
    cmd.env("WEBHOOK_SECRET", secret)
        .env("WEBHOOK_PUBLIC_KEY", secret)
        .env("PORT", port.to_string())
        .envs(env.iter().copied());
    let log = std::fs::File::create(dir.join("log.txt")).unwrap();
    let child = cmd
        .stdin(Stdio::null())
        .stdout(log.try_clone().unwrap())
        .stderr(log)
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {lang:?}: {e}"));
    Server { child, port, what: format!("{} in {}", p.id, lang.label()), dir }
}

/// The preset `id` and a fresh folder for its programs, unless `PROGRAMS_ONLY` leaves it out.
fn chosen(id: &str) -> Option<(&'static Preset, PathBuf)> {
    let only = std::env::var("PROGRAMS_ONLY").unwrap_or_default();
    if !only.is_empty() && !only.split(',').any(|o| o.split(':').next() == Some(id)) {
        return None;
    }
    let root = std::env::temp_dir().join(format!("hmac-doctor-{id}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    Some((hmac_doctor::engine::presets::find(id).unwrap(), root))
}

/// `p`'s program in every language, started (on ports from `BASE_PORT + offset`, in folders
/// under `root`) with `secret` and `env`, once all of them listen.
fn in_every_language(
    p: &'static Preset,
    offset: u16,
    root: &Path,
    secret: &str,
    env: &[(&str, &str)],
) -> Vec<Server> {
    let mut servers: Vec<Server> = Language::ALL
        .into_iter()
        .enumerate()
        .map(|(j, lang)| {
            spawn(p, lang, BASE_PORT + offset + j as u16, root.join(lang.id()), rust_bins(), secret, env)
        })
        .collect();
    wait_listening(&mut servers, LISTEN_S);
    servers
}

/// Stops the servers, then fails the test with what they answered wrongly, or removes their
/// folder.
fn stop(servers: Vec<Server>, root: &Path, bad: &[String]) {
    drop(servers);
    assert!(bad.is_empty(), "{bad:#?}");
    let _ = std::fs::remove_dir_all(root);
}

/// How long the servers of one test may take to listen: the program tests run at once, and on
/// two cores the Java programs (each compiled at start) of one test wait for the others'.
const LISTEN_S: u64 = 300;

/// Waits until every server listens; a server that exits first fails the test with its log.
fn wait_listening(servers: &mut [Server], seconds: u64) {
    let deadline = Instant::now() + Duration::from_secs(seconds);
    for s in servers {
        while TcpStream::connect(("127.0.0.1", s.port)).is_err() {
            if let Ok(Some(status)) = s.child.try_wait() {
                let log = std::fs::read_to_string(s.dir.join("log.txt")).unwrap_or_default();
                panic!("{} exited ({status}) before listening:\n{log}", s.what);
            }
            assert!(Instant::now() < deadline, "{} does not listen", s.what);
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

#[test]
#[cfg_attr(
    not(feature = "toolchains"),
    ignore = "runs programs in seven toolchains: the toolchains feature, ./scripts/test.sh"
)]
fn every_offered_program_runs_and_verifies() {
    let root = std::env::temp_dir().join(format!("hmac-doctor-programs-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    // PROGRAMS_ONLY=id,id:lang runs only these presets (or preset:language pairs), when
    // working on some of them.
    let only = std::env::var("PROGRAMS_ONLY").unwrap_or_default();
    let chosen = |p: &Preset, l: Language| {
        only.is_empty() || only.split(',').any(|o| o == p.id || o == format!("{}:{}", p.id, l.id()))
    };
    let offered: Vec<(&'static Preset, Language)> = providers::ALL
        .iter()
        .filter(|p| plan(p).is_some())
        .flat_map(|p| Language::ALL.into_iter().filter(|l| program(p, *l).is_some()).map(move |l| (p, l)))
        .filter(|(p, l)| chosen(p, *l))
        .collect();
    assert!(!only.is_empty() || offered.len() >= 189, "only {} programs offered", offered.len());
    // Seven providers' handshakes are answered (see handshake_problems).
    let handshakes =
        providers::ALL.iter().filter(|p| plan(p).is_some_and(|pl| pl.handshake.is_some())).count();
    assert!(!only.is_empty() || handshakes >= 7, "{handshakes} presets answer a handshake");
    let rust_bins = rust_bins();
    // Programs that sign the URL run twice: rebuilding it from the headers, and with WEBHOOK_URL.
    let instances: Vec<(&'static Preset, Language, Instance)> = offered
        .iter()
        .map(|(p, l)| (*p, *l, Instance::Proxied))
        .chain(offered.iter().filter(|(p, _)| signs_url(p)).map(|(p, l)| (*p, *l, Instance::Configured)))
        .collect();
    let mut servers: Vec<Server> = instances
        .iter()
        .enumerate()
        .map(|(i, (p, l, instance))| {
            assert!(i < 2000, "more program instances than ports set aside");
            let port = BASE_PORT + i as u16;
            let dir = root.join(format!("{}-{}-{port}", p.id, l.id()));
            let env: &[(&str, &str)] = if *instance == Instance::Configured {
                &[("WEBHOOK_URL", CONFIGURED_URL)]
            } else {
                &[("WEBHOOK_VERIFY_TOKEN", VERIFY_TOKEN)]
            };
            spawn(p, *l, port, dir, rust_bins, secret(p), env)
        })
        .collect();
    // Wait for every server to listen.
    // Java compiles each program at start: the slowest may take minutes on 2 cores.
    wait_listening(&mut servers, LISTEN_S);
    let ts = now_s();
    let sdk: HashMap<&str, (i64, String)> =
        sdk_signatures(ts).into_iter().map(|(k, v)| (k, (ts, v))).collect();
    assert!(!only.is_empty() || sdk.len() == 6, "SDK signatures: {sdk:?}");
    let sdk = &sdk;
    let failures: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = servers
            .iter()
            .zip(&instances)
            .map(|(s, (p, _, instance))| {
                scope.spawn(move || {
                    let mut bad = Vec::new();
                    // The page's signed test request, run as the user would run it (to the URL
                    // the program sees, not to WEBHOOK_URL).
                    // (None for a public-key scheme: making a signature needs the private key.)
                    if *instance == Instance::Proxied && !p.is_public_key() {
                        // Signed afresh once more if the first is not accepted: with every
                        // program running at once, Paddle's 5 s from signing to checking can
                        // pass. A 5xx is kept, never retried away.
                        let first = curl(p, s.port);
                        let result = match first {
                            Ok(code) if (200..300).contains(&code) || code >= 500 => first,
                            _ => curl(p, s.port),
                        };
                        match result {
                            Ok(code) if (200..300).contains(&code) => {}
                            other => bad.push(format!("{}: the signed curl command: {other:?}", s.what)),
                        }
                    }
                    // The valid requests first: Paddle allows only 5 s from signing to checking.
                    let sdk = sdk.get(p.id).filter(|_| *instance == Instance::Proxied);
                    let mut all = cases(p, sdk, *instance);
                    all.sort_by_key(|c| !c.ok);
                    let send = |c: &Case| {
                        let (headers, body, query) = finish(&c.headers, &c.body);
                        match query {
                            Some(q) => get(s.port, &q),
                            None => post(s.port, content_type(p), &headers, &body),
                        }
                    };
                    for c in all {
                        let mut sent = send(&c);
                        // A valid request refused (4xx) is signed afresh and sent once more:
                        // with every program running at once, a program may see it after the
                        // provider's tolerance (Paddle's 5 s) has passed. A program that
                        // refuses valid requests refuses the second one too; a 5xx is kept.
                        if c.ok && matches!(sent, Ok((code, _)) if (400..500).contains(&code)) {
                            if let Some(fresh) =
                                cases(p, sdk, *instance).into_iter().find(|f| f.name == c.name)
                            {
                                sent = send(&fresh);
                            }
                        }
                        match sent {
                            Ok((code, why)) if code >= 500 => {
                                bad.push(format!("{} ({instance:?}): {}: {code} {why}", s.what, c.name))
                            }
                            Ok((code, why)) if (200..300).contains(&code) != c.ok => bad.push(format!(
                                "{} ({instance:?}): {}: {code} {why} (want {})",
                                s.what,
                                c.name,
                                if c.ok { "2xx" } else { "4xx" }
                            )),
                            Ok(_) => {}
                            Err(e) => bad.push(format!("{}: {}: {e}", s.what, c.name)),
                        }
                    }
                    // The provider's handshake, where it has one.
                    if *instance == Instance::Proxied && plan(p).is_some_and(|pl| pl.handshake.is_some()) {
                        bad.extend(handshake_problems(s, p));
                    }
                    bad
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap()).collect()
    });
    stop(servers, &root, &failures);
}

/// Sends a POST with this content type; the status code and the response body.
fn post_body(port: u16, content_type: &str, body: &str) -> Result<(u16, String), String> {
    exchange(
        port,
        format!(
            "POST /webhook HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )
        .as_bytes(),
    )
}

/// Runs one of tests/sdk/'s scripts with `runtime`, `input` as JSON on its stdin; its stdout.
fn sdk_script(runtime: &str, script: &str, input: &serde_json::Value) -> Vec<u8> {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut child = Command::new(runtime)
        .arg(repo.join(script))
        .current_dir(repo)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {runtime} {script}: {e}"));
    child.stdin.take().unwrap().write_all(input.to_string().as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{script} failed");
    out.stdout
}

/// The JSON Pusher's own SDK answers (tests/sdk/pusher.mjs).
fn pusher_sdk(key: &str, secret: &str, requests: serde_json::Value) -> Vec<serde_json::Value> {
    let input = serde_json::json!({ "key": key, "secret": secret, "requests": requests });
    serde_json::from_slice(&sdk_script("node", "tests/sdk/pusher.mjs", &input)).unwrap()
}

/// Producers (the server signs and answers with JSON), run as the others: Pusher channel and
/// user authorization must answer exactly what Pusher's SDK answers, private and presence;
/// Zoom's URL validation what the page computes (Zoom publishes no SDK); a request without
/// the field → 4xx.
#[test]
#[cfg_attr(
    not(feature = "toolchains"),
    ignore = "runs programs in seven toolchains: the toolchains feature, ./scripts/test.sh"
)]
fn every_offered_producer_answers_as_the_provider_expects() {
    use hmac_doctor::engine::presets::code::produce;
    let root = std::env::temp_dir().join(format!("hmac-doctor-producers-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let (key, secret) = ("278d425bdf160c739803", "7ad3773142a6692b25b8");
    let presence = "{\"user_id\":\"10\",\"user_info\":{\"name\":\"Mr. Channels\"}}";
    let user = "{\"id\":\"12345\",\"name\":\"John Smith\"}";
    let sdk = pusher_sdk(
        key,
        secret,
        serde_json::json!([
            { "op": "channel", "socket_id": "1234.1234", "channel": "private-foobar" },
            { "op": "channel", "socket_id": "1234.1234", "channel": "presence-foobar", "data": serde_json::from_str::<serde_json::Value>(presence).unwrap() },
            { "op": "user", "socket_id": "1234.1234", "user": serde_json::from_str::<serde_json::Value>(user).unwrap() },
        ]),
    );
    let zoom = find_preset("zoom-url-validation");
    let mut zv = Values { secret: "zoom-secret-token".into(), ..Values::default() };
    zv.set("plain_token", "qgg8vlvZRS6UYooatFL8Aw");
    let zoom_reply: serde_json::Value = serde_json::from_str(&evaluate(zoom, &zv).produced.unwrap()).unwrap();
    let form = "application/x-www-form-urlencoded";
    let zoom_body =
        "{\"payload\":{\"plainToken\":\"qgg8vlvZRS6UYooatFL8Aw\"},\"event\":\"endpoint.url_validation\"}";
    let cases: Vec<ProducerCase> = vec![
        (
            "pusher-channel",
            secret,
            vec![("PUSHER_APP_KEY", key)],
            form,
            "socket_id=1234.1234&channel_name=private-foobar",
            sdk[0].clone(),
        ),
        (
            "pusher-channel",
            secret,
            vec![("PUSHER_APP_KEY", key), ("PUSHER_CHANNEL_DATA", presence)],
            form,
            "socket_id=1234.1234&channel_name=presence-foobar",
            sdk[1].clone(),
        ),
        (
            "pusher-user",
            secret,
            vec![("PUSHER_APP_KEY", key), ("PUSHER_USER_DATA", user)],
            form,
            "socket_id=1234.1234",
            sdk[2].clone(),
        ),
        ("zoom-url-validation", "zoom-secret-token", vec![], "application/json", zoom_body, zoom_reply),
    ];
    let mut servers = Vec::new();
    let mut case_of = Vec::new();
    let mut port = BASE_PORT + 2000;
    for (case, (id, secret, env, ..)) in cases.iter().enumerate() {
        let p = find_preset(id);
        assert!(produce::plan(p).is_some(), "{id}");
        for lang in Language::ALL.into_iter().filter(|l| program(p, *l).is_some()) {
            port += 1;
            let dir = root.join(format!("{id}-{}-{port}", lang.id()));
            servers.push(spawn(p, lang, port, dir, rust_bins(), secret, env));
            case_of.push(case);
        }
    }
    wait_listening(&mut servers, LISTEN_S);
    let mut bad = Vec::new();
    for (s, case) in servers.iter().zip(&case_of) {
        let (_, _, _, content_type, body, want) = &cases[*case];
        match post_body(s.port, content_type, body) {
            Ok((200, got)) => match serde_json::from_str::<serde_json::Value>(&got) {
                Ok(got) if got == *want => {}
                other => bad.push(format!("{}: answered {other:?}, the provider expects {want}", s.what)),
            },
            other => bad.push(format!("{}: {other:?}", s.what)),
        }
        match post_body(s.port, content_type, "") {
            Ok((code, _)) if (400..500).contains(&code) => {}
            other => bad.push(format!("{}: an empty request: {other:?}", s.what)),
        }
    }
    drop(servers);
    assert!(bad.is_empty(), "{bad:#?}");
    assert!(case_of.len() >= 28, "{} producer programs", case_of.len());
    let _ = std::fs::remove_dir_all(&root);
}

/// (preset id, secret, extra environment, content type, body, the answer wanted).
type ProducerCase<'a> = (&'a str, &'a str, Vec<(&'a str, &'a str)>, &'a str, &'a str, serde_json::Value);

fn find_preset(id: &str) -> &'static Preset {
    hmac_doctor::engine::presets::find(id).unwrap()
}

/// The providers' own programs (Zoom's SDK signature endpoints, whose output depends on the
/// clock): each answers a request with a signature the page's own preset accepts — a Match,
/// made for the meeting and role asked, and no claim the provider would refuse — and refuses
/// a request it cannot serve with a 4xx.
#[test]
#[cfg_attr(
    not(feature = "toolchains"),
    ignore = "runs programs in seven toolchains: the toolchains feature, ./scripts/test.sh"
)]
fn own_programs_sign_what_the_page_verifies() {
    let root = std::env::temp_dir().join(format!("hmac-doctor-own-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    // 32 bytes and more: RFC 7518's minimum for HS256.
    let secret = "zoom-secret-Ünï-0123456789abcdefghij";
    let key = "sdk-key-abc123";
    // The producers among them (Zoom's SDK endpoints, on their own schemes, which sign no
    // body; HubSpot's v1/v2 verifier and the shared-token checks, which sign nothing, have
    // their own tests).
    let own: Vec<&'static Preset> = providers::ALL
        .iter()
        .filter(|p| !providers::own_programs(p).is_empty() && !matches!(p.scheme, Scheme::Hmac))
        .filter(|p| p.body_label.is_none() && !p.is_shared_token())
        .collect();
    assert_eq!(own.len(), 2);
    let mut servers = Vec::new();
    let mut of = Vec::new();
    for (i, p) in own.iter().enumerate() {
        for (j, lang) in Language::ALL.into_iter().enumerate() {
            let port = BASE_PORT + 2100 + (i * 10 + j) as u16;
            let dir = root.join(format!("{}-{}", p.id, lang.id()));
            let env = [("ZOOM_SDK_KEY", key), ("ZOOM_API_KEY", key)];
            servers.push(spawn(p, lang, port, dir, rust_bins(), secret, &env));
            of.push(*p);
        }
    }
    wait_listening(&mut servers, LISTEN_S);
    let mut bad = Vec::new();
    for (s, p) in servers.iter().zip(&of) {
        match post_body(s.port, "application/json", "{\"meetingNumber\":\"123456789\",\"role\":1}") {
            Ok((200, reply)) => {
                let signature = serde_json::from_str::<serde_json::Value>(&reply)
                    .ok()
                    .and_then(|v| v["signature"].as_str().map(str::to_string))
                    .unwrap_or_default();
                let e = evaluate(p, &Values { secret: secret.into(), signature, ..Values::default() });
                let verdict = e.calculation.verdict.text();
                let filled = |id: &str| e.filled.get(id).to_string();
                let made_for = match p.id {
                    "zoom-sdk" => {
                        filled("meeting_number") == "123456789"
                            && filled("role") == "1"
                            && filled("api_key") == key
                    }
                    _ => {
                        let payload =
                            e.string_to_sign.split(|b| *b == b'.').nth(1).unwrap_or_default().to_vec();
                        let claims: serde_json::Value = hmac_doctor::engine::encoding::decode_base64(
                            std::str::from_utf8(&payload).unwrap_or_default(),
                            hmac_doctor::engine::encoding::Alphabet::UrlSafe,
                        )
                        .ok()
                        .and_then(|b| serde_json::from_slice(&b).ok())
                        .unwrap_or_default();
                        claims["mn"] == "123456789" && claims["role"] == 1 && claims["sdkKey"] == key
                    }
                };
                // Advice is not a fault: the URL warning on standard Base64 (as Zoom's own sample
                // writes it) and the decoded token shown.
                let problems: Vec<&String> =
                    e.problems.iter().filter(|m| !m.contains("URL") && !m.starts_with("Header:")).collect();
                if !verdict.starts_with("Match") || !made_for || !problems.is_empty() {
                    bad.push(format!(
                        "{}: {verdict}; made for the request: {made_for}; {problems:?}; {reply}",
                        s.what
                    ));
                }
            }
            other => bad.push(format!("{}: {other:?}", s.what)),
        }
        for body in
            ["", "{\"meetingNumber\":\"12\",\"role\":1}", "{\"meetingNumber\":\"123456789\",\"role\":7}"]
        {
            match post_body(s.port, "application/json", body) {
                Ok((code, _)) if (400..500).contains(&code) => {}
                other => bad.push(format!("{}: {body:?}: {other:?}", s.what)),
            }
        }
    }
    stop(servers, &root, &bad);
}

/// Asks tests/sdk/verify.mjs whether each request verifies with the provider's SDK.
fn sdk_verdicts(requests: &[serde_json::Value]) -> Vec<Option<bool>> {
    serde_json::from_slice(&sdk_script(
        "node",
        "tests/sdk/verify.mjs",
        &serde_json::Value::from(requests.to_vec()),
    ))
    .unwrap()
}

/// Twilio's JSON bodies: what the page's Twilio preset accepts (a URL with bodySHA256, the
/// body that hashes to it) Twilio's SDK accepts, and what the page flags (another body) it refuses.
#[test]
#[cfg_attr(
    not(feature = "toolchains"),
    ignore = "runs programs in seven toolchains: the toolchains feature, ./scripts/test.sh"
)]
fn twilio_sdk_agrees_on_json_bodies() {
    let p = hmac_doctor::engine::presets::find("twilio").unwrap();
    let body = "{\"event\":\"message.status\",\"to\":\"+14155550100\"}";
    let hash = hmac_doctor::engine::encoding::to_hex(&{
        use sha2::Digest;
        sha2::Sha256::digest(body.as_bytes())
    });
    let url = format!("https://hooks.example.test/twilio?bodySHA256={hash}");
    let mut v = Values { secret: "twilio-token".into(), body: body.into(), ..Values::default() };
    v.set("url", url.as_str());
    let e = evaluate(p, &v);
    assert!(e.problems.is_empty(), "{:?}", e.problems);
    let sig = e.produced.unwrap();
    v.body = "{\"event\":\"message.status\"}".into();
    v.signature = sig.clone();
    assert!(!evaluate(p, &v).problems.is_empty(), "another body is flagged");
    let verdicts = sdk_verdicts(&[
        serde_json::json!({ "preset": "twilio-json", "secret": "twilio-token", "body": body, "url": url, "signature": sig }),
        serde_json::json!({ "preset": "twilio-json", "secret": "twilio-token", "body": "{\"event\":\"message.status\"}", "url": url, "signature": sig }),
    ]);
    assert_eq!(verdicts, [Some(true), Some(false)]);
}

/// Where a provider's SDK verifies but does not sign (Square's `WebhooksHelper`), it accepts
/// the request the page signs and refuses the same with a changed body (tests/sdk/verify.mjs).
#[test]
#[cfg_attr(
    not(feature = "toolchains"),
    ignore = "runs programs in seven toolchains: the toolchains feature, ./scripts/test.sh"
)]
fn sdk_verifiers_accept_what_the_page_signs() {
    let ts = now_s();
    let mut requests = Vec::new();
    for p in providers::ALL.iter().filter(|p| plan(p).is_some()) {
        let (headers, sig) = signed(p, body_of(p), ts, PUBLIC_URL);
        // The timestamp as its header carries it.
        let stamp = p
            .fields
            .iter()
            .find(|f| f.id == "timestamp")
            .and_then(|f| f.header)
            .and_then(|name| headers.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()));
        for body in [body_of(p).to_string(), format!("{} ", body_of(p))] {
            requests.push(serde_json::json!({ "preset": p.id, "secret": secret(p), "body": body, "url": PUBLIC_URL, "signature": sig, "timestamp": stamp }));
        }
    }
    let verdicts = sdk_verdicts(&requests);
    let checked: Vec<(&serde_json::Value, bool)> =
        requests.iter().zip(verdicts).filter_map(|(r, v)| v.map(|v| (r, v))).collect();
    // Square's; Discord's discord-interactions and SendGrid's @sendgrid/eventwebhook, on the
    // requests the public-key programs are sent (signed with the test's private keys).
    assert_eq!(checked.len(), 6, "{checked:?}");
    for pair in checked.chunks(2) {
        assert!(pair[0].1, "the SDK refuses what the page signs: {}", pair[0].0);
        assert!(!pair[1].1, "the SDK accepts a changed body: {}", pair[1].0);
    }
}

/// Adyen's HPP result URL, verified by the provider's own programs: Adyen's official vector
/// (adyen-node-api-library's hmacValidator test, ':' in values escaped) sent as the shopper's
/// redirect → 2xx; a value changed, the signature missing or garbled → 4xx.
#[test]
#[cfg_attr(
    not(feature = "toolchains"),
    ignore = "runs programs in seven toolchains: the toolchains feature, ./scripts/test.sh"
)]
fn adyen_hpp_programs_verify_the_official_vector() {
    let root = std::env::temp_dir().join(format!("hmac-doctor-hpp-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let p = hmac_doctor::engine::presets::find("adyen-hpp").unwrap();
    let key = "DFB1EB5485895CFA84146406857104ABB4CBCABDC8AAF103A624C8F6A3EAAB00";
    let sig = "34oR8T1whkQWTv9P%2BSzKyp8zhusf9n0dpqrm9nsqSJs%3D";
    let query = "skinCode=PKz2KML1&countryCode=NL&currencyCode=EUR&merchantAccount=MagentoMerchantTest2&merchantReference=TEST-PAYMENT-2017-02-01-14%3A02%3A05&paymentAmount=199&sessionValidity=2017-02-02T14%3A02%3A05%2B01%3A00";
    let servers = in_every_language(p, 2200, &root, key, &[]);
    let cases = [
        (format!("{query}&merchantSig={sig}"), true),
        (format!("{}&merchantSig={sig}", query.replace("199", "198")), false),
        (query.to_string(), false),
        (format!("{query}&merchantSig=garbage"), false),
    ];
    let mut bad = Vec::new();
    for s in &servers {
        for (q, ok) in &cases {
            match get(s.port, q) {
                Ok((code, _)) if (200..300).contains(&code) == *ok && code < 500 => {}
                other => {
                    bad.push(format!("{}: {q}: {other:?} (want {})", s.what, if *ok { "2xx" } else { "4xx" }))
                }
            }
        }
    }
    stop(servers, &root, &bad);
}

/// HubSpot v1/v2 (plain SHA-256 of the client secret + …), verified by the provider's own
/// programs: requests signed by HubSpot's SDK (@hubspot/api-client, tests/sdk/hubspot.mjs) for
/// each version → 2xx, and the engine's preset matches them; the body changed, the version
/// header naming the other version, a v3 version, no signature → 4xx.
#[test]
#[cfg_attr(
    not(feature = "toolchains"),
    ignore = "runs programs in seven toolchains: the toolchains feature, ./scripts/test.sh"
)]
fn hubspot_v1_v2_programs_verify_what_the_sdk_signs() {
    let root = std::env::temp_dir().join(format!("hmac-doctor-hubspot-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let p = hmac_doctor::engine::presets::find("hubspot-legacy").unwrap();
    let secret = "yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy";
    let body =
        r#"[{"eventId":1,"subscriptionId":12345,"portalId":62515,"subscriptionType":"contact.creation"}]"#;
    let input = serde_json::json!({ "secret": secret, "body": body, "url": PUBLIC_URL });
    let sdk: serde_json::Value =
        serde_json::from_slice(&sdk_script("node", "tests/sdk/hubspot.mjs", &input)).unwrap();
    let (v1, v2) = (sdk["v1"].as_str().unwrap(), sdk["v2"].as_str().unwrap());
    for (version, sig) in [("v1", v1), ("v2", v2)] {
        let mut v =
            Values { secret: secret.into(), body: body.into(), signature: sig.into(), ..Values::default() };
        v.set("version", version);
        v.set("method", "POST");
        v.set("uri", PUBLIC_URL);
        let e = evaluate(p, &v);
        assert!(
            e.calculation.verdict.text().starts_with("Match — SHA-256"),
            "{version}: {}",
            e.calculation.verdict.text()
        );
    }
    let servers = in_every_language(p, 2220, &root, secret, &[]);
    let headers = |version: &str, sig: &str| {
        let mut h: Vec<(String, String)> =
            PROXIED.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        h.push(("X-HubSpot-Signature-Version".into(), version.into()));
        if !sig.is_empty() {
            h.push(("X-HubSpot-Signature".into(), sig.into()));
        }
        h
    };
    let changed = body.replace("12345", "12346");
    let cases = [
        ("v1 signed by the SDK", headers("v1", v1), body, true),
        ("v2 signed by the SDK", headers("v2", v2), body, true),
        ("v1, body changed", headers("v1", v1), changed.as_str(), false),
        ("v2, body changed", headers("v2", v2), changed.as_str(), false),
        ("a v2 signature said to be v1", headers("v1", v2), body, false),
        ("version v3", headers("v3", v1), body, false),
        ("no signature", headers("v1", ""), body, false),
    ];
    let mut bad = Vec::new();
    for s in &servers {
        bad.extend(wrong_answers(s, cases.iter().map(|(n, h, b, ok)| (*n, h.as_slice(), b.as_bytes(), *ok))));
    }
    stop(servers, &root, &bad);
}

/// The JWS presets (JWT RS/PS/ES/EdDSA with a public key, Plaid), verified by their programs in
/// every language: tokens signed with Node's crypto (tests/sdk/jws.mjs) for keys given as a
/// PEM, a JWK, a JWKS and Plaid's key response → 2xx, and the engine's preset matches each;
/// a changed payload or body, alg none, HS256 with the public key as the secret, an expired,
/// premature or stale token, another key or kid, a DER ECDSA signature, no or a garbled
/// token → 4xx.
#[test]
#[cfg_attr(
    not(feature = "toolchains"),
    ignore = "runs programs in seven toolchains: the toolchains feature, ./scripts/test.sh"
)]
fn jws_programs_verify_what_node_signs() {
    use hmac_doctor::engine::pubkey::check::check;
    let root = std::env::temp_dir().join(format!("hmac-doctor-jws-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let specs: Vec<serde_json::Value> =
        serde_json::from_slice(&sdk_script("node", "tests/sdk/jws.mjs", &serde_json::Value::Null)).unwrap();
    let only = std::env::var("PROGRAMS_ONLY").unwrap_or_default();
    let mut servers = Vec::new();
    let mut plans = Vec::new();
    for (i, spec) in specs.iter().enumerate() {
        let p = hmac_doctor::engine::presets::find(spec["preset"].as_str().unwrap()).unwrap();
        let key = spec["key"].as_str().unwrap();
        for case in spec["cases"].as_array().unwrap().iter().filter(|c| c["ok"].as_bool().unwrap()) {
            let token = case["headers"][0][1].as_str().unwrap().trim_start_matches("Bearer ");
            let v = Values {
                secret: key.into(),
                body: case["body"].as_str().unwrap().into(),
                signature: token.into(),
                ..Values::default()
            };
            let c = check(p, &v);
            assert!(
                c.verdict.text().starts_with("Match"),
                "{} {}: {}",
                spec["name"],
                case["name"],
                c.verdict.text()
            );
        }
        for (j, lang) in Language::ALL.into_iter().enumerate() {
            if !only.is_empty() && !only.split(',').any(|o| o == lang.id()) {
                continue;
            }
            let port = BASE_PORT + 2240 + (i * Language::ALL.len() + j) as u16;
            let dir = root.join(format!("{}-{i}-{}", p.id, lang.id()));
            let bins = if lang == Language::Rust { rust_bins() } else { Path::new("") };
            servers.push(spawn(p, lang, port, dir, bins, key, &[]));
            plans.push((spec, lang));
        }
    }
    wait_listening(&mut servers, LISTEN_S);
    let mut bad = Vec::new();
    for (s, (spec, lang)) in servers.iter().zip(&plans) {
        for case in spec["cases"].as_array().unwrap() {
            let headers: Vec<(String, String)> = case["headers"]
                .as_array()
                .unwrap()
                .iter()
                .map(|h| (h[0].as_str().unwrap().to_string(), h[1].as_str().unwrap().to_string()))
                .collect();
            // PHP's openssl extension has no RSA-PSS: its program refuses PS* tokens, saying so.
            let pss_in_php = *lang == Language::Php && case["name"].as_str().unwrap().starts_with("PS");
            let ok = case["ok"].as_bool().unwrap() && !pss_in_php;
            match post(s.port, "application/json", &headers, case["body"].as_str().unwrap().as_bytes()) {
                Ok((_, why)) if pss_in_php && !why.contains("phpseclib") => {
                    bad.push(format!("{}: {}: the PSS refusal does not say why: {why}", s.what, case["name"]))
                }
                Ok((code, _)) if (200..300).contains(&code) == ok && code < 500 => {}
                other => bad.push(format!(
                    "{} ({}): {}: {other:?} (want {})",
                    s.what,
                    spec["name"],
                    case["name"],
                    if ok { "2xx" } else { "4xx" }
                )),
            }
        }
    }
    stop(servers, &root, &bad);
}

/// The shared-token checks (GitLab's X-Gitlab-Token, Okta's and Auth0's Authorization, and
/// Postmark's basic auth), their program in every language: the header as the provider sends
/// it → 2xx, and the engine's preset matches it; another value, the value in another letter
/// case or with a "Bearer " prefix added, no header → 4xx, and the preset says Mismatch
/// (naming the near miss); a GET with the preset's challenge header gets the answer the
/// Handshake panel gives (Okta's), or a 4xx where the preset has no handshake.
#[test]
#[cfg_attr(
    not(feature = "toolchains"),
    ignore = "runs programs in seven toolchains: the toolchains feature, ./scripts/test.sh"
)]
fn shared_token_programs_compare_the_token() {
    let root = std::env::temp_dir().join(format!("hmac-doctor-token-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let only = std::env::var("PROGRAMS_ONLY").unwrap_or_default();
    let presets: Vec<&'static Preset> = providers::ALL
        .iter()
        .filter(|p| p.is_shared_token())
        .filter(|p| only.is_empty() || only.split(',').any(|o| o.split(':').next() == Some(p.id)))
        .collect();
    if presets.is_empty() {
        return;
    }
    let mut servers = Vec::new();
    let mut cases = Vec::new();
    for (i, p) in presets.iter().enumerate() {
        let ex = providers::example(p.id).expect("an example");
        // The header's value: the token itself, or Basic + Base64(user:password) for basic auth.
        let (secret, token) = (ex.secret, ex.signature);
        let header = p.signature_header.expect("a header");
        let v = |given: &str| Values { secret: secret.into(), signature: given.into(), ..Values::default() };
        let e = evaluate(p, &v(token));
        assert!(
            e.calculation.verdict.text().starts_with("Match"),
            "{}: {}",
            p.id,
            e.calculation.verdict.text()
        );
        let upper = token.to_ascii_uppercase();
        let bearer = format!("Bearer {token}");
        for wrong in ["another-token", upper.as_str(), bearer.as_str()] {
            let e = evaluate(p, &v(wrong));
            assert!(e.calculation.verdict.is_mismatch(), "{}: {wrong}", p.id);
        }
        assert!(!evaluate(p, &v(&upper)).problems.is_empty(), "{}: the letter case is not named", p.id);
        for (j, lang) in Language::ALL.into_iter().enumerate() {
            let port = BASE_PORT + 2400 + (i * Language::ALL.len() + j) as u16;
            servers.push(spawn(p, lang, port, root.join(p.id).join(lang.id()), rust_bins(), secret, &[]));
        }
        let with = |value: &str| vec![(header.to_string(), value.to_string())];
        cases.push((
            p.id,
            vec![
                ("the token", with(token), true),
                ("another token", with("another-token"), false),
                ("the token in upper case", with(&upper), false),
                ("a Bearer prefix added", with(&bearer), false),
                ("no header", Vec::new(), false),
            ],
        ));
    }
    wait_listening(&mut servers, LISTEN_S);
    let mut bad = Vec::new();
    for s in &servers {
        // The preset's handshake where it has one (Okta's GET with a challenge header): the
        // program answers what the page's Handshake panel says; elsewhere a GET is refused.
        let p = presets.iter().find(|p| s.what.split(' ').next() == Some(p.id)).unwrap();
        let value = "JuDPtVNvhMHxIaYyfgvcxl-KyEzoPwl5cN6zyDl3";
        let header = p.handshake.map_or("X-Challenge", |h| h.label);
        let request = format!(
            "GET /webhook HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n{header}: {value}\r\nConnection: close\r\n\r\n",
            s.port
        );
        let answered = exchange(s.port, request.as_bytes());
        match (p.handshake, &answered) {
            (Some(h), Ok((200, body))) => {
                let want = h.answer(value, "").body;
                let json = |t: &str| serde_json::from_str::<serde_json::Value>(t.trim()).ok();
                if json(body).is_none() || json(body) != json(&want) {
                    bad.push(format!(
                        "{}: the handshake answered {body:?}, the provider wants {want}",
                        s.what
                    ));
                }
            }
            (None, Ok((code, _))) if (400..500).contains(code) => {}
            _ => bad.push(format!("{}: a GET with {header}: {answered:?}", s.what)),
        }
        let (_, list) =
            cases.iter().find(|(id, _)| s.what.split(' ').next() == Some(*id)).expect("the server's cases");
        let body = b"{\"event\":\"ping\"}".as_slice();
        bad.extend(wrong_answers(s, list.iter().map(|(n, h, ok)| (*n, h.as_slice(), body, *ok))));
    }
    stop(servers, &root, &bad);
}

/// Hygraph, its programs in every language: bodies signed by Hygraph's own SDK
/// (@hygraph/utils, tests/sdk/hygraph.mjs) — with quotes, backslashes, control characters,
/// line breaks, non-ASCII text and U+2028, which the signed JSON text must escape exactly as
/// JavaScript does — → 2xx, and the engine's preset matches each; the SDK accepts the page's
/// example; a changed body, another environment, a header without t= → 4xx.
#[test]
#[cfg_attr(
    not(feature = "toolchains"),
    ignore = "runs programs in seven toolchains: the toolchains feature, ./scripts/test.sh"
)]
fn hygraph_programs_verify_what_the_sdk_signs() {
    let Some((p, root)) = chosen("hygraph") else { return };
    let ex = providers::example(p.id).unwrap();
    let bodies = [
        ex.body.to_string(),
        "{\"text\":\"a \\\"quoted\\\" back\\\\slash / </script>\"}".to_string(),
        "{\"title\":\"Zoë ☃ 😀\",\n\t\"raw\":\"\u{1}\u{8}\u{c}\u{1f}\r\n\u{2028}\u{7f}\"}".to_string(),
        "  spaced body, not JSON at all  ".to_string(),
    ];
    let input = serde_json::json!({
        "secret": ex.secret, "env": "staging", "bodies": bodies,
        "example": { "body": ex.body, "signature": ex.signature },
    });
    let sdk: serde_json::Value =
        serde_json::from_slice(&sdk_script("node", "tests/sdk/hygraph.mjs", &input)).unwrap();
    assert_eq!(sdk["example"], true, "Hygraph's SDK refuses the page's example");
    let signed: Vec<String> =
        sdk["signed"].as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_string()).collect();
    for (body, sig) in bodies.iter().zip(&signed) {
        let v = Values {
            secret: ex.secret.into(),
            body: body.as_str().into(),
            signature: sig.clone(),
            ..Values::default()
        };
        let e = evaluate(p, &v);
        assert!(
            e.calculation.verdict.text().starts_with("Match"),
            "{body:?}: {}",
            e.calculation.verdict.text()
        );
    }
    let servers = in_every_language(p, 2480, &root, ex.secret, &[]);
    let with = |sig: &str| vec![("gcms-signature".to_string(), sig.to_string())];
    // (what, headers, body, whether it verifies)
    type Case = (String, Vec<(String, String)>, String, bool);
    let mut cases: Vec<Case> = Vec::new();
    for (i, (body, sig)) in bodies.iter().zip(&signed).enumerate() {
        cases.push((format!("body {i} signed by the SDK"), with(sig), body.clone(), true));
    }
    let (body, sig) = (&bodies[2], &signed[2]);
    cases.push(("a changed body".into(), with(sig), body.replace("Zoë", "Zoe"), false));
    cases.push((
        "another environment".into(),
        with(&sig.replace("env=staging", "env=master")),
        body.clone(),
        false,
    ));
    let no_t = sig.split(", t=").next().unwrap().to_string();
    cases.push(("no t=".into(), with(&no_t), body.clone(), false));
    cases.push(("no header".into(), Vec::new(), body.clone(), false));
    let mut bad = Vec::new();
    for s in &servers {
        bad.extend(wrong_answers(
            s,
            cases.iter().map(|(n, h, b, ok)| (n.as_str(), h.as_slice(), b.as_bytes(), *ok)),
        ));
    }
    stop(servers, &root, &bad);
}

/// Plivo V2 in every language: plivo-node's official vector (URL https://answer.url, nonce
/// 12345) → 2xx with WEBHOOK_URL carrying a query string (which the signature leaves out);
/// another nonce or no signature → 4xx.
#[test]
#[cfg_attr(
    not(feature = "toolchains"),
    ignore = "runs programs in seven toolchains: the toolchains feature, ./scripts/test.sh"
)]
fn plivo_programs_sign_the_url_without_its_query() {
    let Some((p, root)) = chosen("plivo") else { return };
    let env = [("WEBHOOK_URL", "https://answer.url?CallUUID=1&From=2")];
    let servers = in_every_language(p, 2500, &root, "my_auth_token", &env);
    let signed = |nonce: &str, sig: &str| {
        let mut h = vec![("X-Plivo-Signature-V2-Nonce".to_string(), nonce.to_string())];
        if !sig.is_empty() {
            h.push(("X-Plivo-Signature-V2".to_string(), sig.to_string()));
        }
        h
    };
    let sig = "ehV3IKhLysWBxC1sy8INm0qGoQYdYsHwuoKjsX7FsXc=";
    let cases = [
        ("the official vector", signed("12345", sig), true),
        ("another nonce", signed("12346", sig), false),
        ("no signature", signed("12345", ""), false),
    ];
    let mut bad = Vec::new();
    for s in &servers {
        bad.extend(wrong_answers(s, cases.iter().map(|(n, h, ok)| (*n, h.as_slice(), b"".as_slice(), *ok))));
    }
    stop(servers, &root, &bad);
}

/// Amazon SNS in every language: messages signed with Node's crypto under a fresh RSA key whose
/// self-signed certificate (made by OpenSSL) is WEBHOOK_PUBLIC_KEY — both signature versions, a
/// subscription confirmation, a null Subject, text with escapes — are accepted, as AWS's own
/// validator accepts them; a changed message, a SignatureVersion that does not match the
/// signature, an unknown version, a garbled signature and a body that is not JSON are refused.
#[test]
#[cfg_attr(
    not(feature = "toolchains"),
    ignore = "runs programs in seven toolchains: the toolchains feature, ./scripts/test.sh"
)]
fn sns_programs_verify_what_node_signs() {
    let Some((p, root)) = chosen("sns") else { return };
    std::fs::create_dir_all(&root).unwrap();
    let (key, cert) = (root.join("key.pem"), root.join("cert.pem"));
    let made = Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-subj",
            "/CN=sns.us-east-1.amazonaws.com",
            "-days",
            "2",
        ])
        .arg("-keyout")
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .output()
        .expect("openssl");
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    let certificate = std::fs::read_to_string(&cert).unwrap();
    let base = serde_json::json!({
        "Type": "Notification",
        "MessageId": "da41e39f-ea4d-435a-b922-c6aae3915ebe",
        "TopicArn": "arn:aws:sns:us-east-1:123456789012:MyTopic",
        "Subject": "Test",
        "Message": "{\"order\":\"Zoë ☃ 😀\",\n\"note\":\"a \\\"quote\\\" / </script>\"}",
        "Timestamp": "2024-01-01T00:00:00.000Z",
        "SigningCertURL": "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-test.pem",
        "UnsubscribeURL": "https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe",
    });
    let mut no_subject = base.clone();
    no_subject["Subject"] = serde_json::Value::Null;
    let mut confirmation = base.clone();
    confirmation["Type"] = "SubscriptionConfirmation".into();
    confirmation.as_object_mut().unwrap().remove("Subject");
    confirmation["Token"] =
        "2336412f37fb687f5d51e6e241d09c805a5a57b30d712f794cc5f6a988666d92768dd60a747ba6f3".into();
    confirmation["SubscribeURL"] =
        "https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&Token=2336".into();
    // (message, SignatureVersion) to sign with Node's crypto, as SNS signs.
    let unsigned = [(&base, "1"), (&base, "2"), (&confirmation, "2"), (&no_subject, "2")];
    let script = r#"
const c = require('crypto');
const [key, list] = [require('fs').readFileSync(process.argv[1], 'utf8'), JSON.parse(process.argv[2])];
const SIGNED = ['Message', 'MessageId', 'Subject', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'];
process.stdout.write(JSON.stringify(list.map(([m, v]) => {
  m = { ...m, SignatureVersion: v };
  const text = SIGNED.filter((k) => k in m && m[k] !== null).map((k) => `${k}\n${m[k]}\n`).join('');
  m.Signature = c.sign(v === '1' ? 'sha1' : 'sha256', Buffer.from(text), key).toString('base64');
  return JSON.stringify(m, null, 2);
})));
"#;
    let list: Vec<_> = unsigned.iter().map(|(m, v)| serde_json::json!([m, v])).collect();
    let out = Command::new("node")
        .arg("-e")
        .arg(script)
        .arg(&key)
        .arg(serde_json::Value::from(list).to_string())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let signed: Vec<String> = serde_json::from_slice(&out.stdout).unwrap();
    let edit = |text: &str, member: &str, value: &str| {
        let mut m: serde_json::Value = serde_json::from_str(text).unwrap();
        m[member] = value.into();
        m.to_string()
    };
    // (what, body, whether it verifies)
    let mut cases: Vec<(String, String, bool)> = Vec::new();
    for (i, body) in signed.iter().enumerate() {
        cases.push((format!("message {i} signed by Node"), body.clone(), true));
    }
    let v2 = &signed[1];
    cases.push(("a changed Message".into(), edit(v2, "Message", "{}"), false));
    cases.push((
        "SignatureVersion 1 on a version 2 signature".into(),
        edit(v2, "SignatureVersion", "1"),
        false,
    ));
    cases.push(("SignatureVersion 3".into(), edit(v2, "SignatureVersion", "3"), false));
    cases.push(("a garbled Signature".into(), edit(v2, "Signature", "bm90IGEgc2lnbmF0dXJl"), false));
    cases.push(("a Subject added".into(), edit(&signed[2], "Subject", "x"), false));
    cases.push(("not JSON".into(), "Type=Notification".into(), false));
    // AWS's own validator agrees with each verdict (the body that is not JSON aside).
    let judged: Vec<String> = cases.iter().take(cases.len() - 1).map(|(_, b, _)| b.clone()).collect();
    let input = serde_json::json!({ "certificate": certificate, "messages": judged });
    let aws: Vec<serde_json::Value> =
        serde_json::from_slice(&sdk_script("node", "tests/sdk/sns.mjs", &input)).unwrap();
    for ((what, _, ok), verdict) in cases.iter().zip(&aws) {
        assert_eq!(verdict == &serde_json::Value::Bool(true), *ok, "AWS's validator on {what}: {verdict}");
    }
    // The page's own check agrees too.
    for (what, body, ok) in &cases[..cases.len() - 1] {
        let v = Values { secret: certificate.clone(), body: body.as_str().into(), ..Values::default() };
        let c = hmac_doctor::engine::pubkey::check::check(p, &v);
        assert_eq!(c.verdict.text().starts_with("Match"), *ok, "the page on {what}: {}", c.verdict.text());
    }
    let servers = in_every_language(p, 2520, &root, &certificate, &[]);
    let mut bad = Vec::new();
    for s in &servers {
        bad.extend(wrong_answers(s, cases.iter().map(|(n, b, ok)| (n.as_str(), &[][..], b.as_bytes(), *ok))));
    }
    stop(servers, &root, &bad);
}

/// Contentful in every language: requests signed by Contentful's own toolkit
/// (@contentful/node-apps-toolkit's signRequest) — a JSON body with escapes and non-ASCII text,
/// a path with a query, another listed header — are accepted, as the toolkit's verifyRequest and
/// the page accept them; a changed body, a changed signed header, a signed header left out, a
/// stale timestamp and no signature are refused.
#[test]
#[cfg_attr(
    not(feature = "toolchains"),
    ignore = "runs programs in seven toolchains: the toolchains feature, ./scripts/test.sh"
)]
fn contentful_programs_verify_what_the_toolkit_signs() {
    let Some((p, root)) = chosen("contentful") else { return };
    // The toolkit's secrets are 64 characters.
    let secret = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
    // The servers first: the toolkit's requests are valid for 30 s from their signing.
    let servers = in_every_language(p, 2540, &root, secret, &[]);
    // Signed 20 s ahead (the toolkit accepts a timestamp from the future), so that the seven
    // servers' answers all come within the 30 s even while the other program tests load the
    // machine.
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_millis() as u64 + 20_000;
    let topic = "ContentManagement.Entry.publish";
    let body = "{\"sys\":{\"id\":\"Zoë ☃ 😀\",\"note\":\"a \\\"quote\\\" / </script>\"},\n\t\"n\":1}";
    // (path, extra headers, timestamp) to sign; Content-Type is the one every request carries.
    let requests = [
        ("/webhook", vec![("x-contentful-topic", topic)], now),
        (
            "/webhook?x=1&y=%C3%A9",
            vec![("x-contentful-topic", topic), ("x-contentful-crn", "crn:contentful:::content:spaces/s1")],
            now,
        ),
        ("/webhook", vec![("x-contentful-topic", topic)], now - 80_000),
    ];
    let sign: Vec<serde_json::Value> = requests
        .iter()
        .map(|(path, extra, ts)| {
            let mut headers = serde_json::Map::new();
            headers.insert("content-type".into(), "application/json".into());
            for (k, v) in extra {
                headers.insert(k.to_string(), (*v).into());
            }
            serde_json::json!({ "method": "POST", "path": path, "headers": headers, "body": body, "timestamp": ts })
        })
        .collect();
    let out: serde_json::Value = serde_json::from_slice(&sdk_script(
        "node",
        "tests/sdk/contentful.mjs",
        &serde_json::json!({ "secret": secret, "sign": sign, "verify": [] }),
    ))
    .unwrap();
    // (what, headers with the @path pseudo-header, body, whether it verifies)
    type Case = (String, Vec<(String, String)>, String, bool);
    let mut cases: Vec<Case> = Vec::new();
    for (i, ((path, extra, _), added)) in requests.iter().zip(out["signed"].as_array().unwrap()).enumerate() {
        let mut headers = vec![("@path".to_string(), path.to_string())];
        headers.extend(extra.iter().map(|(k, v)| (k.to_string(), v.to_string())));
        for (k, v) in added.as_object().unwrap() {
            headers.push((k.clone(), v.as_str().unwrap().to_string()));
        }
        let fresh = i < 2;
        cases.push((
            format!("request {i} signed by the toolkit{}", if fresh { "" } else { ", 60 s old" }),
            headers,
            body.to_string(),
            fresh,
        ));
    }
    let first = cases[0].1.clone();
    cases.push(("a changed body".into(), first.clone(), body.replace("Zoë", "Zoe"), false));
    let swap = |k: &str, v: Option<&str>| {
        let mut h: Vec<(String, String)> = first.iter().filter(|(n, _)| n != k).cloned().collect();
        if let Some(v) = v {
            h.push((k.to_string(), v.to_string()));
        }
        h
    };
    cases.push((
        "another topic".into(),
        swap("x-contentful-topic", Some("ContentManagement.Entry.delete")),
        body.to_string(),
        false,
    ));
    cases.push((
        "a signed header left out".into(),
        swap("x-contentful-topic", None),
        body.to_string(),
        false,
    ));
    cases.push(("no signature".into(), swap("x-contentful-signature", None), body.to_string(), false));
    // The toolkit's verifyRequest agrees (its age limit aside), and so does the page.
    let verify: Vec<serde_json::Value> = cases
        .iter()
        .map(|(_, headers, body, _)| {
            let mut h = serde_json::Map::new();
            h.insert("content-type".into(), "application/json".into());
            for (k, v) in headers.iter().filter(|(k, _)| k != "@path") {
                h.insert(k.clone(), v.clone().into());
            }
            let path = headers.iter().find(|(k, _)| k == "@path").unwrap().1.clone();
            serde_json::json!({ "method": "POST", "path": path, "headers": h, "body": body })
        })
        .collect();
    let out: serde_json::Value = serde_json::from_slice(&sdk_script(
        "node",
        "tests/sdk/contentful.mjs",
        &serde_json::json!({ "secret": secret, "sign": [], "verify": verify }),
    ))
    .unwrap();
    for ((what, headers, body, ok), verdict) in cases.iter().zip(out["verified"].as_array().unwrap()) {
        let stale = what.contains("60 s old");
        assert_eq!(
            verdict == &serde_json::Value::Bool(true),
            *ok || stale,
            "the toolkit on {what}: {verdict}"
        );
        let mut req =
            format!("POST {} HTTP/1.1\nHost: example.test\nContent-Type: application/json\n", headers[0].1);
        for (k, v) in &headers[1..] {
            req.push_str(&format!("{k}: {v}\n"));
        }
        req.push_str(&format!("\n{body}"));
        let parsed = hmac_doctor::engine::presets::raw::parse(&req);
        let c = hmac_doctor::engine::pubkey::check::check(
            p,
            &hmac_doctor::engine::presets::raw::fill(p, &parsed, secret),
        );
        assert_eq!(
            c.verdict.text().starts_with("Match"),
            *ok || stale,
            "the page on {what}: {}",
            c.verdict.text()
        );
    }
    let mut bad = Vec::new();
    for s in &servers {
        bad.extend(wrong_answers(
            s,
            cases.iter().map(|(n, h, b, ok)| (n.as_str(), h.as_slice(), b.as_bytes(), *ok)),
        ));
    }
    stop(servers, &root, &bad);
}

/// Sends a request and reads the whole response (status line, headers, body) as text.
fn exchange_all(port: u16, request: &[u8]) -> Result<String, String> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).map_err(|e| e.to_string())?;
    // Generous: with every program running at once, a Java program's first answer is slow.
    s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    s.write_all(request).map_err(|e| e.to_string())?;
    let mut resp = Vec::new();
    let _ = s.read_to_end(&mut resp);
    Ok(String::from_utf8_lossy(&resp).into_owned())
}

/// Whether a response's body is `want` (as JSON when it is JSON: PHP writes `\/`).
fn body_is(response: &str, want: &str) -> bool {
    let body = response.split("\r\n\r\n").nth(1).unwrap_or_default();
    // A chunked body (Java's empty answer, Go's): its chunks' text.
    let body = if response.to_ascii_lowercase().contains("transfer-encoding: chunked") {
        body.split("\r\n").skip(1).step_by(2).collect::<String>()
    } else {
        body.to_string()
    };
    match (
        serde_json::from_str::<serde_json::Value>(body.trim()),
        serde_json::from_str::<serde_json::Value>(want),
    ) {
        (Ok(a), Ok(b)) if want.starts_with('{') => a == b,
        _ => body.trim_end_matches('\n') == want,
    }
}

/// The verify token the programs are started with (Meta's handshake checks it).
const VERIFY_TOKEN: &str = "my-verify-token";

/// Whether the program on `s` answers its provider's handshake as the page's Handshake panel
/// does: X's CRC, Meta's and Dropbox's GET challenges (Meta's only with the right verify
/// token), Asana's X-Hook-Secret echoed, and — only once the signature is valid — Slack's
/// url_verification, Twitch's webhook_callback_verification and Discord's PING; a handshake
/// body whose signature is not valid is refused. What differs, as sentences.
fn handshake_problems(s: &Server, p: &'static Preset) -> Vec<String> {
    let token = VERIFY_TOKEN;
    let mut bad = Vec::new();
    let h = p.handshake.unwrap();
    let value = "Challenge_0123-xyz";
    let mut check = |what: &str, request: String, status: u16, want: Option<&str>, header: Option<&str>| {
        match exchange_all(s.port, request.as_bytes()) {
            Ok(resp) => {
                let code: u16 = resp.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
                let has_header =
                    header.is_none_or(|hd| resp.to_ascii_lowercase().contains(&hd.to_ascii_lowercase()));
                if code != status || !has_header || want.is_some_and(|w| !body_is(&resp, w)) {
                    bad.push(format!("{}: {what}: got {resp:?}, want {status} {want:?} {header:?}", s.what));
                }
            }
            Err(e) => bad.push(format!("{}: {what}: {e}", s.what)),
        }
    };
    let answer = h.answer(value, secret(p));
    let get = |query: String| {
        format!("GET /webhook?{query} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
    };
    let post = |headers: &[(String, String)], body: &str| {
        let mut r = format!("POST /webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n", body.len());
        for (k, v) in headers {
            r.push_str(&format!("{k}: {v}\r\n"));
        }
        format!("{r}\r\n{body}")
    };
    match h.from {
        Challenge::Query { param, token: None } => {
            check("the GET challenge", get(format!("{param}={value}")), 200, Some(&answer.body), None);
        }
        Challenge::Query { param, token: Some((name, _)) } => {
            let q = |t: &str| format!("hub.mode=subscribe&{name}={t}&{param}={value}");
            check("the GET challenge", get(q(token)), 200, Some(&answer.body), None);
            check("another verify token", get(q("not-mine")), 403, None, None);
        }
        Challenge::Header(name) => {
            let header = format!("{name}: {value}");
            check(
                "the header echoed",
                post(&[(name.to_string(), value.to_string())], ""),
                200,
                None,
                Some(&header),
            );
        }
        Challenge::Body { key, value: kind, in_header, member } => {
            let mut doc = serde_json::json!({ "token": "Jhj5dZrVaK7ZwHHjRyZWjbDl", "subscription": { "id": "f1c2a387" } });
            if !member.is_empty() {
                doc[member] = value.into();
            }
            let mut extra = Vec::new();
            if in_header {
                extra.push((key.to_string(), kind.to_string()));
            } else {
                doc[key] = match kind.parse::<u64>() {
                    Ok(n) => n.into(),
                    Err(_) => kind.into(),
                };
            }
            let body = doc.to_string();
            let (mut headers, sig) = signed(p, &body, now_s(), PUBLIC_URL);
            headers.extend(extra);
            let name = p.signature_header.unwrap().to_string();
            // The signature with one (hex) digit changed: read, but not valid.
            let mut wrong = sig.clone().into_bytes();
            let at = wrong.len() - 2;
            wrong[at] = if wrong[at] == b'0' { b'1' } else { b'0' };
            let mut garbled = headers.clone();
            garbled.push((name.clone(), String::from_utf8(wrong).unwrap()));
            headers.push((name, sig));
            check("the signed handshake", post(&headers, &body), 200, Some(&answer.body), None);
            check("the handshake with an invalid signature", post(&garbled, &body), 401, None, None);
        }
    }
    bad
}

/// Plivo V3 in every language: GET and POST callbacks (a query in another order, repeated and
/// escaped form parameters, non-ASCII text), signed as the engine signs them — which
/// plivo-node's own validateV3Signature must accept — are accepted, also among several
/// signatures; a changed body, another nonce, a signature made for `http://` behind the TLS
/// proxy and a missing nonce are refused.
#[test]
#[cfg_attr(
    not(feature = "toolchains"),
    ignore = "runs programs in seven toolchains: the toolchains feature, ./scripts/test.sh"
)]
fn plivo_v3_programs_verify_what_plivo_node_accepts() {
    use hmac_doctor::engine::presets::providers::plivo_v3::base;
    use hmac_doctor::engine::Algorithm;
    const PUBLIC_HOST: &str = "https://hooks.example.test";
    let Some((p, root)) = chosen("plivo-v3") else { return };
    // Plivo's auth tokens are ASCII (plivo-node would encode a non-ASCII one twice).
    let token = "MY_AUTH_TOKEN";
    let servers = in_every_language(p, 2700, &root, token, &[]);
    let form = "To=%2B14158675310&From=%2B14155551212&Body=Zo%C3%AB+says+hi%21&Digits=1234&Digits=0999&Caller=&CallUUID=97ceeb52";
    // (method, request target, body)
    let requests = [
        ("POST", "/webhook?b=2&a=1", form),
        ("GET", "/webhook?CallUUID=97ceeb52&From=%2B14155551212&Digits=2&Digits=1&a=x+y", ""),
        ("POST", "/webhook", form),
    ];
    let sign = |method: &str, url: &str, body: &str, nonce: &str| {
        let text = [base(url, method, body), format!(".{nonce}").into_bytes()].concat();
        hmac_doctor::engine::encoding::to_base64(&Algorithm::Sha256.mac(token.as_bytes(), &text))
    };
    // plivo-node accepts what the engine signs.
    let sdk: Vec<serde_json::Value> = requests
        .iter()
        .map(|(method, target, body)| {
            let mut params = serde_json::Map::new();
            for (k, v) in hmac_doctor::engine::presets::assembly::form_pairs(body) {
                let (k, v) = (String::from_utf8(k).unwrap(), String::from_utf8(v).unwrap());
                match params.get_mut(&k) {
                    Some(serde_json::Value::Array(a)) => a.push(v.into()),
                    Some(other) => *other = serde_json::json!([other.clone(), v]),
                    None => {
                        params.insert(k, v.into());
                    }
                }
            }
            let url = format!("{PUBLIC_HOST}{target}");
            let signature = sign(method, &url, body, "12345");
            serde_json::json!({ "method": method, "url": url, "nonce": "12345", "token": token, "signature": signature, "params": params })
        })
        .collect();
    let verdicts: Vec<bool> =
        serde_json::from_slice(&sdk_script("node", "tests/sdk/plivo.mjs", &serde_json::Value::from(sdk)))
            .unwrap();
    assert_eq!(verdicts, [true, true, true], "plivo-node on what the engine signs");
    // (what, method, target, body, headers, whether it verifies)
    type Case = (String, &'static str, &'static str, String, Vec<(String, String)>, bool);
    let mut cases: Vec<Case> = Vec::new();
    let headers = |sig: String, nonce: &str| {
        vec![
            ("X-Plivo-Signature-V3".to_string(), sig),
            ("X-Plivo-Signature-V3-Nonce".to_string(), nonce.to_string()),
        ]
    };
    for (i, (method, target, body)) in requests.iter().enumerate() {
        let sig = sign(method, &format!("{PUBLIC_HOST}{target}"), body, "12345");
        cases.push((
            format!("request {i} ({method})"),
            method,
            target,
            body.to_string(),
            headers(sig.clone(), "12345"),
            true,
        ));
        let several = format!("bm90LXRoaXM=,{sig}");
        cases.push((
            format!("request {i} among several signatures"),
            method,
            target,
            body.to_string(),
            headers(several, "12345"),
            true,
        ));
        cases.push((
            format!("request {i} with another nonce"),
            method,
            target,
            body.to_string(),
            headers(sig.clone(), "12346"),
            false,
        ));
        let http = sign(method, &format!("http://hooks.example.test{target}"), body, "12345");
        cases.push((
            format!("request {i} signed for http://"),
            method,
            target,
            body.to_string(),
            headers(http, "12345"),
            false,
        ));
        cases.push((
            format!("request {i} without its nonce"),
            method,
            target,
            body.to_string(),
            vec![headers(sig, "").remove(0)],
            false,
        ));
    }
    let sig = sign("POST", &format!("{PUBLIC_HOST}/webhook"), form, "12345");
    cases.push((
        "a changed body".into(),
        "POST",
        "/webhook",
        form.replace("1234", "1235"),
        headers(sig, "12345"),
        false,
    ));
    let mut bad = Vec::new();
    for s in &servers {
        for (what, method, target, body, headers, ok) in &cases {
            let mut req = format!("{method} {target} HTTP/1.1\r\nHost: hooks.example.test\r\nX-Forwarded-Proto: https\r\nConnection: close\r\n");
            if *method == "POST" {
                req.push_str(&format!(
                    "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n",
                    body.len()
                ));
            }
            for (k, v) in headers {
                req.push_str(&format!("{k}: {v}\r\n"));
            }
            req.push_str(&format!("\r\n{body}"));
            match exchange(s.port, req.as_bytes()) {
                Ok((code, _)) if (200..300).contains(&code) == *ok && code < 500 => {}
                other => bad.push(format!(
                    "{}: {what}: {other:?} (want {})",
                    s.what,
                    if *ok { "2xx" } else { "4xx" }
                )),
            }
        }
    }
    stop(servers, &root, &bad);
}
