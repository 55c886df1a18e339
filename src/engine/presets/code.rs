//! Correct verification code for a preset, in several languages: raw body capture, the
//! right key handling, the exact string-to-sign, constant-time comparison, and the
//! timestamp tolerance. Generated from the preset's data.

use super::types::*;
use crate::engine::Algorithm;

/// The languages offered.
pub const LANGUAGES: [&str; 6] = ["Node (Express)", "Python (Flask)", "Ruby", "PHP", "Go", "Rust"];

fn hash_name(a: Algorithm) -> (&'static str, &'static str, &'static str) {
    // (node/openssl name, python hashlib name, go package)
    match a {
        Algorithm::Md5 => ("md5", "md5", "md5"),
        Algorithm::Sha1 => ("sha1", "sha1", "sha1"),
        Algorithm::Sha224 => ("sha224", "sha224", "sha256"),
        Algorithm::Sha256 => ("sha256", "sha256", "sha256"),
        Algorithm::Sha384 => ("sha384", "sha384", "sha512"),
        Algorithm::Sha512 => ("sha512", "sha512", "sha512"),
        Algorithm::Sha512_256 => ("sha512-256", "sha512_256", "sha512"),
        Algorithm::Sha3_256 => ("sha3-256", "sha3_256", "sha3"),
        Algorithm::Sha3_512 => ("sha3-512", "sha3_512", "sha3"),
    }
}

/// One MAC update statement per piece of the string to sign: `text` for a literal (given
/// quoted) or a variable holding text, `body` for the raw body bytes.
fn updates(p: &Preset, text: impl Fn(&str) -> String, body: &str) -> String {
    pieces(p)
        .iter()
        .map(|(lit, s)| match (*lit, s.as_str()) {
            (true, _) => text(&dq(s)),
            (false, "body") => body.to_string(),
            (false, _) => text(s),
        })
        .collect()
}

/// The string-to-sign as a list of pieces: quoted literals or variable names.
fn pieces(p: &Preset) -> Vec<(bool, String)> {
    match p.scheme {
        Scheme::Jwt(_) => return vec![(false, "signing_input".into())],
        Scheme::Own(own) => return vec![(false, own.code_input.into())],
        Scheme::Hmac | Scheme::Produce(_) => {}
    }
    let mut out = Vec::new();
    for part in p.message {
        match part {
            Part::Lit(s) | Part::Sep(s) => out.push((true, s.to_string())),
            Part::Field(id) => out.push((false, id.to_string())),
            Part::Body => out.push((false, "body".into())),
            Part::Optional { sep, id } => {
                out.push((true, sep.to_string()));
                out.push((false, id.to_string()));
            }
            Part::SortedFormParams => out.push((false, "sorted_params".into())),
            Part::SortedQuery { .. } => out.push((false, "sorted_query".into())),
        }
    }
    out
}

fn join(p: &Preset, quote: fn(&str) -> String, op: &str, conv: fn(&str) -> String) -> String {
    pieces(p).iter().map(|(lit, s)| if *lit { quote(s) } else { conv(s) }).collect::<Vec<_>>().join(op)
}

fn needs_note(p: &Preset) -> Option<String> {
    match p.scheme {
        Scheme::Jwt(_) => return Some("signing_input: the token's first two parts as text (header.payload); received: its third part. Use a maintained JWT library in production.".into()),
        Scheme::Own(own) => return Some(own.code_note.into()),
        Scheme::Hmac | Scheme::Produce(_) => {}
    }
    p.message.iter().find_map(|part| match part {
        Part::Optional { sep, id } => Some(format!("{id}: add \"{sep}\" + {id} only when {id} is not empty.")),
        Part::SortedFormParams => Some("sorted_params: the POST parameters sorted by name, each written as name + value (URL-decoded), no separators.".into()),
        Part::SortedQuery { drop, .. } => Some(format!("sorted_query: the query parameters except {}, sorted by name, joined as k=v with &.", drop.join(" and "))),
        _ => None,
    })
}

fn dq(s: &str) -> String {
    format!("{s:?}")
}

fn sq(s: &str) -> String {
    format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"))
}

fn header_prefix(p: &Preset) -> &'static str {
    match p.signature_format {
        SigFormat::Plain { prefix } => prefix,
        _ => "",
    }
}

fn tolerance(p: &Preset) -> Option<(u64, bool)> {
    p.timestamp.and_then(|t| t.tolerance_s.map(|s| (s, t.unit == TimeUnit::Milliseconds)))
}

/// Statements that read the header-carried fields and the signature in one language:
/// (field reads, expression for the received signature).
fn reads(p: &Preset, lang: &str) -> (String, String) {
    let header = p.signature_header.unwrap_or("X-Signature");
    let mut lines = String::new();
    let get = |h: &str| match lang {
        "Node (Express)" => format!("String(req.get('{h}') || '')"),
        "Python (Flask)" => format!("request.headers.get('{h}', '')"),
        "Ruby" => format!("request.env['HTTP_{}'].to_s", h.to_uppercase().replace('-', "_")),
        "PHP" => format!("($_SERVER['HTTP_{}'] ?? '')", h.to_uppercase().replace('-', "_")),
        _ => format!("r.Header.Get({h:?})"),
    };
    let assign = |name: &str, expr: &str| match lang {
        "Node (Express)" => format!("  const {name} = {expr};\n"),
        "Python (Flask)" => format!("    {name} = {expr}\n"),
        "Ruby" => format!("  {name} = {expr}\n"),
        "PHP" => format!("${name} = {expr};\n"),
        _ => format!("\t{name} := {expr}\n"),
    };
    for f in p.fields {
        let expr = match f.header {
            Some(h) => get(h),
            None => match lang {
                "Node (Express)" | "Ruby" | "PHP" => {
                    format!("'{}' /* {} */", f.placeholder.split(' ').next().unwrap_or(""), f.label)
                }
                "Python (Flask)" => {
                    format!("'{}'  # {}", f.placeholder.split(' ').next().unwrap_or(""), f.label)
                }
                _ => format!("{:?} // {}", f.placeholder.split(' ').next().unwrap_or(""), f.label),
            },
        };
        lines.push_str(&assign(f.id, &expr));
    }
    let received = match p.signature_format {
        SigFormat::KeyValue { pair_sep, ts, sig } => {
            let (t_expr, s_expr) = match lang {
                "Node (Express)" => {
                    lines.push_str(&format!(
                        "  const items = {}.split('{pair_sep}').map((kv) => kv.trim().split('='));\n",
                        get(header)
                    ));
                    (
                        format!("(items.find(([k]) => k === '{ts}') || [])[1]"),
                        format!("(items.find(([k]) => k === '{sig}') || [])[1] || ''"),
                    )
                }
                "Python (Flask)" => {
                    lines.push_str(&format!("    items = dict(kv.strip().split('=', 1) for kv in {}.split('{pair_sep}') if '=' in kv)\n", get(header)));
                    (format!("items.get('{ts}', '')"), format!("items.get('{sig}', '')"))
                }
                "Ruby" => {
                    lines.push_str(&format!(
                        "  items = {}.split('{pair_sep}').map {{ |kv| kv.strip.split('=', 2) }}.to_h\n",
                        get(header)
                    ));
                    (format!("items['{ts}'].to_s"), format!("items['{sig}'].to_s"))
                }
                "PHP" => {
                    lines.push_str(&format!(
                        "parse_str(str_replace('{pair_sep}', '&', {}), $items);\n",
                        get(header)
                    ));
                    (format!("$items['{ts}'] ?? ''"), format!("$items['{sig}'] ?? ''"))
                }
                _ => {
                    lines.push_str(&format!("\titems := map[string]string{{}}\n\tfor _, kv := range strings.Split({}, \"{pair_sep}\") {{\n\t\tif k, v, ok := strings.Cut(strings.TrimSpace(kv), \"=\"); ok {{\n\t\t\titems[k] = v\n\t\t}}\n\t}}\n", get(header)));
                    (format!("items[{ts:?}]"), format!("items[{sig:?}]"))
                }
            };
            if let Some(rule) = p.timestamp {
                lines.push_str(&assign(rule.field, &t_expr));
            }
            s_expr
        }
        SigFormat::VersionedList { version } => match lang {
            "Node (Express)" => format!(
                "({}.split(' ').map((e) => e.split(',')).find(([v]) => v === '{version}') || [])[1] || ''",
                get(header)
            ),
            "Python (Flask)" => format!(
                "next((e.split(',', 1)[1] for e in {}.split() if e.startswith('{version},')), '')",
                get(header)
            ),
            "Ruby" => format!(
                "{}.split.map {{ |e| e.split(',', 2) }}.find {{ |v, _| v == '{version}' }}&.last.to_s",
                get(header)
            ),
            "PHP" => format!("explode(',', explode(' ', {})[0] . ',')[1]", get(header)),
            _ => format!("strings.TrimPrefix(strings.Fields({})[0], \"{version},\")", get(header)),
        },
        SigFormat::Plain { prefix } => match lang {
            "Node (Express)" => format!("{}.replace(/^{}/, '')", get(header), regex_escape(prefix)),
            "Python (Flask)" => format!("{}.removeprefix('{prefix}')", get(header)),
            "Ruby" => format!("{}.delete_prefix('{prefix}')", get(header)),
            "PHP" => format!("preg_replace('/^{}/', '', {})", regex_escape(prefix), get(header)),
            _ => format!("strings.TrimPrefix({}, {prefix:?})", get(header)),
        },
        SigFormat::AppKey { .. } => match lang {
            "Node (Express)" | "Ruby" | "PHP" | "Python (Flask)" => "''".into(),
            _ => "\"\"".into(),
        },
    };
    (lines, received)
}

/// Verification code for `p` in `language` (one of [`LANGUAGES`]).
pub fn snippet(p: &Preset, language: &str) -> String {
    let (node_alg, py_alg, go_pkg) = hash_name(p.algorithm);
    let header = p.signature_header.unwrap_or("X-Signature");
    let prefix = header_prefix(p);
    let note = needs_note(p).map(|n| format!("Note — {n}\n")).unwrap_or_default();
    let sig_note = match p.signature_format {
        SigFormat::KeyValue { ts, sig, .. } => format!(
            "Parse the header: {ts}=<timestamp> and every {sig}=<signature>; accept if any {sig} matches.\n"
        ),
        SigFormat::VersionedList { version } => {
            format!("The header is a space-separated list of {version},<signature>; accept if any matches.\n")
        }
        SigFormat::AppKey { field } => match p.scheme {
            Scheme::Produce(r) => format!(
                "You produce this signature: respond with {{\"{}\": {field} + \":\" + signature}}.\n",
                r.signature_key
            ),
            _ => format!("The signature is {field} + \":\" + signature.\n"),
        },
        SigFormat::Plain { .. } => String::new(),
    };
    let (reads, received) = reads(p, language);
    let comment =
        |c: &str| format!("{note}{sig_note}").lines().map(|l| format!("{c} {l}\n")).collect::<String>();
    match language {
        "Node (Express)" => {
            let key = match p.key {
                KeyHandling::Text => "Buffer.from(secret, 'utf8')".to_string(),
                KeyHandling::Hex => "Buffer.from(secret, 'hex')".to_string(),
                KeyHandling::WhsecBase64 => {
                    "Buffer.from(secret.replace(/^whsec_/, ''), 'base64')".to_string()
                }
            };
            let enc = match p.output {
                OutputEncoding::Hex => "hex",
                OutputEncoding::Base64 => "base64",
                OutputEncoding::Base64Url => "base64url",
            };
            let msg = join(p, sq, ", ", |s| {
                if s == "body" {
                    "req.body".into()
                } else {
                    format!("Buffer.from(String({s}))")
                }
            });
            let ts = tolerance(p).map(|(t, ms)| format!(
                "  if (Math.abs({} - Number(timestamp)) > {}) return res.status(400).send('timestamp outside tolerance');\n",
                if ms { "Date.now()" } else { "Date.now() / 1000" },
                limit(t, ms)
            )).unwrap_or_default();
            format!(
                "{}const crypto = require('node:crypto');\nconst express = require('express');\nconst app = express();\n\n// Raw body: never JSON-parse before verifying.\napp.post('/webhook', express.raw({{ type: '*/*' }}), (req, res) => {{\n  const secret = process.env.WEBHOOK_SECRET;\n{reads}  const received = {received};\n{ts}  const mac = crypto.createHmac('{node_alg}', {key})\n    .update(Buffer.concat([{}]))\n    .digest();\n  const expected = Buffer.from(mac.toString('{enc}'));\n  const given = Buffer.from(received);\n  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {{\n    return res.status(401).send('invalid signature');\n  }}\n  const event = JSON.parse(req.body.toString('utf8'));\n  res.sendStatus(200);\n}});\n",
                comment("//"),
                msg.split(", ").map(|s| if s.starts_with('\'') { format!("Buffer.from({s})") } else { s.to_string() }).collect::<Vec<_>>().join(", ")
            )
        }
        "Python (Flask)" => {
            let key = match p.key {
                KeyHandling::Text => "secret.encode()".to_string(),
                KeyHandling::Hex => "bytes.fromhex(secret)".to_string(),
                KeyHandling::WhsecBase64 => "base64.b64decode(secret.removeprefix('whsec_'))".to_string(),
            };
            let enc = match p.output {
                OutputEncoding::Hex => "mac.hexdigest()",
                OutputEncoding::Base64 => "base64.b64encode(mac.digest()).decode()",
                OutputEncoding::Base64Url => "base64.urlsafe_b64encode(mac.digest()).decode().rstrip('=')",
            };
            let msg = join(
                p,
                |s| format!("b{}", sq(s)),
                " + ",
                |s| if s == "body" { "body".into() } else { format!("str({s}).encode()") },
            );
            let ts = tolerance(p).map(|(t, ms)| format!(
                "    if abs(time.time(){} - int(timestamp)) > {}:\n        abort(400, 'timestamp outside tolerance')\n",
                if ms { " * 1000" } else { "" },
                limit(t, ms)
            )).unwrap_or_default();
            format!(
                "{}import base64, hashlib, hmac, os, time\nfrom flask import Flask, request, abort\n\napp = Flask(__name__)\n\n@app.post('/webhook')\ndef webhook():\n    secret = os.environ['WEBHOOK_SECRET']\n    body = request.get_data()  # raw bytes, before any JSON parsing\n{reads}    received = {received}\n{ts}    mac = hmac.new({key}, {msg}, hashlib.{py_alg})\n    if not hmac.compare_digest({enc}, received):\n        abort(401)\n    return '', 200\n",
                comment("#")
            )
        }
        "Ruby" => {
            let key = match p.key {
                KeyHandling::Text => "secret".to_string(),
                KeyHandling::Hex => "[secret].pack('H*')".to_string(),
                KeyHandling::WhsecBase64 => "Base64.decode64(secret.delete_prefix('whsec_'))".to_string(),
            };
            let enc = match p.output {
                OutputEncoding::Hex => {
                    format!("OpenSSL::HMAC.hexdigest('{}', key, message)", node_alg.to_uppercase())
                }
                OutputEncoding::Base64 => format!(
                    "Base64.strict_encode64(OpenSSL::HMAC.digest('{}', key, message))",
                    node_alg.to_uppercase()
                ),
                OutputEncoding::Base64Url => format!(
                    "Base64.urlsafe_encode64(OpenSSL::HMAC.digest('{}', key, message), padding: false)",
                    node_alg.to_uppercase()
                ),
            };
            let msg = join(p, sq, " + ", |s| if s == "body" { "body".into() } else { format!("{s}.to_s") });
            let ts = tolerance(p).map(|(t, ms)| format!("halt 400 if ((Time.now.to_f{}) - timestamp.to_i).abs > {} # timestamp outside tolerance\n", if ms { " * 1000" } else { "" }, limit(t, ms))).unwrap_or_default();
            format!(
                "{}require 'openssl'\nrequire 'base64'\nrequire 'rack/utils'\n\n# Sinatra: read the raw body before parsing.\npost '/webhook' do\n  body = request.body.read\n  secret = ENV.fetch('WEBHOOK_SECRET')\n{reads}  received = {received}\n  {ts}  key = {key}\n  message = {msg}\n  expected = {enc}\n  halt 401 unless Rack::Utils.secure_compare(expected, received)\n  200\nend\n",
                comment("#")
            )
        }
        "PHP" => {
            let key = match p.key {
                KeyHandling::Text => "$secret".to_string(),
                KeyHandling::Hex => "hex2bin($secret)".to_string(),
                KeyHandling::WhsecBase64 => {
                    "base64_decode(preg_replace('/^whsec_/', '', $secret))".to_string()
                }
            };
            let raw = !matches!(p.output, OutputEncoding::Hex);
            let enc = match p.output {
                OutputEncoding::Hex => "$mac",
                OutputEncoding::Base64 => "base64_encode($mac)",
                OutputEncoding::Base64Url => "rtrim(strtr(base64_encode($mac), '+/', '-_'), '=')",
            };
            let msg = join(p, sq, " . ", |s| format!("${s}"));
            let ts = tolerance(p).map(|(t, ms)| format!("if (abs(time(){} - (int)$timestamp) > {}) {{ http_response_code(400); exit; }} // timestamp outside tolerance\n", if ms { " * 1000" } else { "" }, limit(t, ms))).unwrap_or_default();
            format!(
                "<?php\n{}$body = file_get_contents('php://input'); // raw body, not json_decode + json_encode\n$secret = getenv('WEBHOOK_SECRET');\n{reads}$received = {received};\n{ts}$mac = hash_hmac('{node_alg}', {msg}, {key}, {});\nif (!hash_equals({enc}, $received)) {{\n    http_response_code(401);\n    exit;\n}}\nhttp_response_code(200);\n",
                comment("//"),
                if raw { "true" } else { "false" }
            )
        }
        "Go" => {
            let key = match p.key {
                KeyHandling::Text => "[]byte(secret)".to_string(),
                KeyHandling::Hex => "mustHex(secret)".to_string(),
                KeyHandling::WhsecBase64 => "mustBase64(strings.TrimPrefix(secret, \"whsec_\"))".to_string(),
            };
            let enc = match p.output {
                OutputEncoding::Hex => "hex.EncodeToString(mac.Sum(nil))",
                OutputEncoding::Base64 => "base64.StdEncoding.EncodeToString(mac.Sum(nil))",
                OutputEncoding::Base64Url => "base64.RawURLEncoding.EncodeToString(mac.Sum(nil))",
            };
            let writes = updates(p, |s| format!("\tmac.Write([]byte({s}))\n"), "\tmac.Write(body)\n");
            let ts = tolerance(p).map(|(t, ms)| format!("\tif ts, err := strconv.ParseInt(timestamp, 10, 64); err != nil || abs(time.Now().{}() - ts) > {} {{\n\t\thttp.Error(w, \"timestamp outside tolerance\", 400)\n\t\treturn\n\t}}\n", if ms { "UnixMilli" } else { "Unix" }, limit(t, ms))).unwrap_or_default();
            let ctor = match go_pkg {
                "sha1" => "sha1.New",
                "md5" => "md5.New",
                "sha3" => "sha3.New256",
                "sha512" => "sha512.New",
                _ => "sha256.New",
            };
            format!(
                "{}func webhook(w http.ResponseWriter, r *http.Request) {{\n\tbody, err := io.ReadAll(r.Body) // raw bytes\n\tif err != nil {{\n\t\thttp.Error(w, \"read error\", 400)\n\t\treturn\n\t}}\n\tsecret := os.Getenv(\"WEBHOOK_SECRET\")\n{reads}\treceived := {received}\n{ts}\tmac := hmac.New({ctor}, {key})\n{writes}\tif !hmac.Equal([]byte({enc}), []byte(received)) {{\n\t\thttp.Error(w, \"invalid signature\", 401)\n\t\treturn\n\t}}\n\tw.WriteHeader(200)\n}}\n",
                comment("//")
            )
        }
        _ => {
            let key = match p.key {
                KeyHandling::Text => "secret.as_bytes().to_vec()".to_string(),
                KeyHandling::Hex => "hex::decode(&secret)?".to_string(),
                KeyHandling::WhsecBase64 => {
                    "STANDARD.decode(secret.trim_start_matches(\"whsec_\"))?".to_string()
                }
            };
            let enc = match p.output {
                OutputEncoding::Hex => "hex::encode(&tag)",
                OutputEncoding::Base64 => "STANDARD.encode(&tag)",
                OutputEncoding::Base64Url => "URL_SAFE_NO_PAD.encode(&tag)",
            };
            let writes =
                updates(p, |s| format!("    mac.update({s}.as_bytes());\n"), "    mac.update(body);\n");
            let rust_hash = match p.algorithm {
                Algorithm::Sha1 => "sha1::Sha1",
                Algorithm::Md5 => "md5::Md5",
                Algorithm::Sha512 => "sha2::Sha512",
                Algorithm::Sha384 => "sha2::Sha384",
                _ => "sha2::Sha256",
            };
            format!(
                "{}use base64::{{engine::general_purpose::{{STANDARD, URL_SAFE_NO_PAD}}, Engine}};\nuse hmac::{{Hmac, KeyInit, Mac}};\nuse subtle::ConstantTimeEq;\n\n/// `body` is the raw request body (e.g. axum's `Bytes`), `received` the {header} header.\nfn verify(secret: &str, body: &[u8], received: &str{}) -> Result<bool, Box<dyn std::error::Error>> {{\n    let received = received.trim_start_matches({});\n    let mut mac = Hmac::<{rust_hash}>::new_from_slice(&{key})?;\n{writes}    let tag = mac.finalize().into_bytes();\n    let expected = {enc};\n    Ok(expected.as_bytes().ct_eq(received.as_bytes()).into())\n}}\n",
                comment("//"),
                p.fields.iter().map(|f| format!(", {}: &str", f.id)).chain(p.timestamp.filter(|t| !p.fields.iter().any(|f| f.id == t.field)).map(|t| format!(", {}: &str", t.field))).collect::<String>(),
                dq(prefix)
            )
        }
    }
}

/// The tolerance in the timestamp's own unit.
fn limit(seconds: u64, millis: bool) -> u64 {
    if millis {
        seconds * 1000
    } else {
        seconds
    }
}

fn regex_escape(s: &str) -> String {
    s.chars().map(|c| if "\\^$.|?*+()[]{}/".contains(c) { format!("\\{c}") } else { c.to_string() }).collect()
}
