//! The handshake a provider performs before (or beside) its signed deliveries, answered by the
//! verification programs as the page's Handshake panel answers it: a GET whose query carries
//! the value (Dropbox, X's CRC, Meta with its verify token), a header echoed before any check
//! (Asana), or a signed POST answered once its signature is valid (Slack's `url_verification`,
//! Twitch's `webhook_callback_verification`, Discord's PING). Each emitter's program is
//! extended at fixed places: a GET route beside the POST one, statements at the start of the
//! POST handler, and statements where the signature has been found valid.

use super::Language;
use crate::engine::presets::types::{Answer, Challenge, Handshake};

/// A string literal with double quotes, as Node, Python, Ruby, Go, Rust and Java read it (the
/// values here are plain ASCII: header names, JSON keys, fixed answers).
fn lit(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// A PHP string literal (single quotes: nothing inside is interpolated).
fn php_lit(s: &str) -> String {
    format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"))
}

/// Inserts `add` before (or after) the first `anchor` in `text`; the anchors are the
/// emitters' own lines, which the tests pin by running every program.
fn insert(text: &mut String, anchor: &str, add: &str, after: bool) {
    if let Some(i) = text.find(anchor) {
        let at = if after { i + anchor.len() } else { i };
        text.insert_str(at, add);
    }
}

/// Inserts `add` before every `anchor` in `text`.
fn insert_all(text: &mut String, anchor: &str, add: &str) {
    *text = text.replace(anchor, &format!("{add}{anchor}"));
}

/// The program `text` in `lang`, answering the handshake `h` too.
pub fn apply(mut text: String, lang: Language, h: &Handshake) -> String {
    if matches!(h.answer, Answer::Json(_)) {
        return text;
    }
    match lang {
        Language::Node => node(&mut text, h),
        Language::Python => python(&mut text, h),
        Language::Ruby => ruby(&mut text, h),
        Language::Php => php(&mut text, h),
        Language::Go => go(&mut text, h),
        Language::Rust => rust(&mut text, h),
        Language::Java => java(&mut text, h),
    }
    text
}

/// What the handshake is, in a comment line.
fn about(h: &Handshake) -> String {
    match h.from {
        Challenge::Query { param, .. } => format!("GET /webhook?{param}=…"),
        Challenge::Header(name) => format!("a request with {name}, answered before any check"),
        Challenge::Body { key, value, in_header: true, .. } => {
            format!("a valid request with {key}: {value}")
        }
        Challenge::Body { key, value, .. } => format!("a valid request whose JSON {key} is {value}"),
    }
}

/// The program's opening line about the handshake it answers.
pub fn describe(h: &Handshake) -> String {
    let env = match h.from {
        Challenge::Query { token: Some((param, env)), .. } => {
            format!(" ({env}: the {param} you gave the provider)")
        }
        _ => String::new(),
    };
    format!("The handshake, {}, is answered as the provider expects{env}.", about(h))
}

fn node(t: &mut String, h: &Handshake) {
    let answer = |v: &str| {
        match h.answer {
        Answer::Text => format!("res.status(200).type('text/plain').set('X-Content-Type-Options', 'nosniff').send({v})"),
        Answer::Header(name) => format!("res.status(200).set({}, {v}).send('')", lit(name)),
        Answer::Fixed(body) => format!("res.status(200).type('application/json').send({})", lit(body)),
        Answer::Hmac { key, prefix } => format!(
            "res.status(200).json({{ {}: {} + crypto.createHmac('sha256', Buffer.from(SECRET, 'utf8')).update({v}).digest('base64') }})",
            lit(key),
            lit(prefix)
        ),
        Answer::Json(_) => String::new(),
    }
    };
    let note = about(h);
    match h.from {
        Challenge::Query { param, token } => {
            let check = token.map_or(String::new(), |(p, env)| {
                format!("  if (!process.env.{env} || req.query[{}] !== process.env.{env}) return res.status(403).send('{p} does not match {env}');\n", lit(p))
            });
            let route = format!(
                "// The handshake: {note}.\napp.get('/webhook', (req, res) => {{\n{check}  const challenge = typeof req.query[{p}] === 'string' ? req.query[{p}] : '';\n  if (!challenge) return res.status(400).send('missing {param}');\n  return {};\n}});\n\n",
                answer("challenge"),
                p = lit(param)
            );
            insert(t, "const app = express();\n\n", &route, true);
        }
        Challenge::Header(name) => insert(
            t,
            "  const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);\n",
            &format!("  // The handshake: {note}.\n  const handshake = req.get({});\n  if (handshake) return {};\n", lit(name), answer("handshake")),
            true,
        ),
        Challenge::Body { key, value, in_header, member } => {
            let cond = if in_header {
                format!("req.get({}) === {}", lit(key), lit(value))
            } else {
                format!("event !== null && typeof event === 'object' && String(event[{}]) === {}", lit(key), lit(value))
            };
            let add = format!(
                "  // The handshake: {note}.\n  let event = null;\n  try {{\n    event = JSON.parse(body.toString('utf8'));\n  }} catch {{\n    // Not JSON: an ordinary delivery.\n  }}\n  if ({cond}) return {};\n",
                answer(&format!("String((event || {{}})[{}] ?? '')", lit(member)))
            );
            insert(t, "  res.status(200).send('ok');\n", &add, false);
        }
    }
}

fn python(t: &mut String, h: &Handshake) {
    let answer = |v: &str| {
        match h.answer {
        Answer::Text => format!("{v}, 200, {{'Content-Type': 'text/plain', 'X-Content-Type-Options': 'nosniff'}}"),
        Answer::Header(name) => format!("'', 200, {{{}: {v}}}", lit(name)),
        Answer::Fixed(body) => format!("{}, 200, {{'Content-Type': 'application/json'}}", lit(body)),
        Answer::Hmac { key, prefix } => format!(
            "{{{}: {} + base64.b64encode(hmac.new(SECRET.encode(), {v}.encode(), hashlib.sha256).digest()).decode()}}, 200",
            lit(key),
            lit(prefix)
        ),
        Answer::Json(_) => String::new(),
    }
    };
    let note = about(h);
    match h.from {
        Challenge::Query { param, token } => {
            let check = token.map_or(String::new(), |(p, env)| {
                format!("    if not os.environ.get('{env}') or request.args.get({}) != os.environ.get('{env}'):\n        return '{p} does not match {env}', 403\n", lit(p))
            });
            let route = format!(
                "# The handshake: {note}.\n@app.get('/webhook')\ndef handshake():\n{check}    challenge = request.args.get({}, '')\n    if not challenge:\n        return 'missing {param}', 400\n    return {}\n\n\n",
                lit(param),
                answer("challenge")
            );
            insert(t, "@app.post('/webhook')\n", &route, false);
        }
        Challenge::Header(name) => insert(
            t,
            "    body = request.get_data()  # the raw bytes: never parse JSON before the check\n",
            &format!("    # The handshake: {note}.\n    handshake = request.headers.get({})\n    if handshake:\n        return {}\n", lit(name), answer("handshake")),
            true,
        ),
        Challenge::Body { key, value, in_header, member } => {
            let cond = if in_header {
                format!("request.headers.get({}) == {}", lit(key), lit(value))
            } else {
                format!("isinstance(event, dict) and str(event.get({})) == {}", lit(key), lit(value))
            };
            let add = format!(
                "    # The handshake: {note}.\n    try:\n        event = json.loads(body)\n    except ValueError:\n        event = None\n    if {cond}:\n        return {}\n",
                answer(&format!("str((event if isinstance(event, dict) else {{}}).get({}, ''))", lit(member)))
            );
            insert(t, "    return 'ok', 200\n", &add, false);
        }
    }
}

fn ruby(t: &mut String, h: &Handshake) {
    let answer = |v: &str| {
        match h.answer {
        Answer::Text => {
            format!("headers 'Content-Type' => 'text/plain', 'X-Content-Type-Options' => 'nosniff'\n  halt 200, {v}")
        }
        Answer::Header(name) => format!("headers {} => {v}\n  halt 200, ''", lit(name)),
        Answer::Fixed(body) => format!("content_type 'application/json'\n  halt 200, {}", lit(body)),
        Answer::Hmac { key, prefix } => format!(
            "content_type 'application/json'\n  halt 200, JSON.generate({{ {} => {} + Base64.strict_encode64(OpenSSL::HMAC.digest('SHA256', SECRET, {v})) }})",
            lit(key),
            lit(prefix)
        ),
        Answer::Json(_) => String::new(),
    }
    };
    let note = about(h);
    let cgi = |name: &str| format!("HTTP_{}", name.to_ascii_uppercase().replace('-', "_"));
    match h.from {
        Challenge::Query { param, token } => {
            let check = token.map_or(String::new(), |(p, env)| {
                format!("  halt 403, '{p} does not match {env}' if ENV['{env}'].to_s.empty? || params[{}] != ENV['{env}']\n", lit(p))
            });
            let route = format!(
                "# The handshake: {note}.\nget '/webhook' do\n{check}  challenge = params[{}].to_s\n  halt 400, 'missing {param}' if challenge.empty?\n  {}\nend\n\n",
                lit(param),
                answer("challenge")
            );
            insert(t, "post '/webhook' do\n", &route, false);
        }
        Challenge::Header(name) => insert(
            t,
            "  body = request.body.read # the raw bytes: never parse JSON before the check\n",
            &format!(
                "  # The handshake: {note}.\n  handshake = request.env[{}].to_s\n  unless handshake.empty?\n  {}\n  end\n",
                lit(&cgi(name)),
                answer("handshake")
            ),
            true,
        ),
        Challenge::Body { key, value, in_header, member } => {
            let cond = if in_header {
                format!("request.env[{}] == {}", lit(&cgi(key)), lit(value))
            } else {
                format!("event.is_a?(Hash) && event[{}].to_s == {}", lit(key), lit(value))
            };
            let add = format!(
                "  # The handshake: {note}.\n  event = begin\n    JSON.parse(body)\n  rescue JSON::ParserError, EncodingError\n    nil\n  end\n  if {cond}\n  {}\n  end\n",
                answer(&format!("(event.is_a?(Hash) ? event[{}] : nil).to_s", lit(member)))
            );
            insert(t, "  'ok'\nend\n", &add, false);
        }
    }
}

fn php(t: &mut String, h: &Handshake) {
    let answer = |v: &str, indent: &str| {
        let lines = match h.answer {
            Answer::Text => vec![
                "header('Content-Type: text/plain');".to_string(),
                "header('X-Content-Type-Options: nosniff');".into(),
                format!("exit({v});"),
            ],
            Answer::Header(name) => vec![format!("header({} . {v});", php_lit(&format!("{name}: "))), "exit('');".into()],
            Answer::Fixed(body) => vec!["header('Content-Type: application/json');".into(), format!("exit({});", php_lit(body))],
            Answer::Hmac { key, prefix } => vec![
                "header('Content-Type: application/json');".into(),
                format!(
                    "exit(json_encode([{} => {} . base64_encode(hash_hmac('sha256', {v}, getenv('WEBHOOK_SECRET') ?: '', true))]));",
                    php_lit(key),
                    php_lit(prefix)
                ),
            ],
            Answer::Json(_) => Vec::new(),
        };
        let mut out = format!("{indent}http_response_code(200);\n");
        for l in lines {
            out.push_str(&format!("{indent}{l}\n"));
        }
        out
    };
    let note = about(h);
    let cgi = |name: &str| format!("HTTP_{}", name.to_ascii_uppercase().replace('-', "_"));
    match h.from {
        Challenge::Query { param, token } => {
            // PHP reads a dot in a query parameter's name as an underscore.
            let php_name = |p: &str| p.replace('.', "_");
            let check = token.map_or(String::new(), |(p, env)| {
                format!(
                    "    if ((getenv('{env}') ?: '') === '' || ($_GET[{}] ?? '') !== getenv('{env}')) {{\n        fail(403, '{p} does not match {env}');\n    }}\n",
                    php_lit(&php_name(p))
                )
            });
            let route = format!(
                "// The handshake: {note}.\nif ($_SERVER['REQUEST_METHOD'] === 'GET' && parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) === '/webhook') {{\n{check}    $challenge = $_GET[{}] ?? '';\n    if (!is_string($challenge) || $challenge === '') {{\n        fail(400, 'missing {param}');\n    }}\n{}}}\n",
                php_lit(&php_name(param)),
                answer("$challenge", "    ")
            );
            insert(t, "if ($_SERVER['REQUEST_METHOD'] !== 'POST'", &route, false);
        }
        Challenge::Header(name) => insert(
            t,
            "    fail(404, 'not found');\n}\n",
            &format!(
                "// The handshake: {note}.\n$handshake = $_SERVER[{}] ?? '';\nif ($handshake !== '') {{\n{}}}\n",
                php_lit(&cgi(name)),
                answer("$handshake", "    ")
            ),
            true,
        ),
        Challenge::Body { key, value, in_header, member } => {
            let cond = if in_header {
                format!("($_SERVER[{}] ?? '') === {}", php_lit(&cgi(key)), php_lit(value))
            } else {
                format!("is_array($event) && (string) json_encode($event[{}] ?? null) === json_encode({})", php_lit(key), value_json(value))
            };
            let add = format!(
                "        // The handshake: {note}.\n        $event = json_decode((string) file_get_contents('php://input'), true);\n        if ({cond}) {{\n            $challenge = is_array($event) && is_scalar($event[{m}] ?? null) ? (string) $event[{m}] : '';\n{}        }}\n",
                answer("$challenge", "            "),
                m = php_lit(member)
            );
            insert_all(t, "        http_response_code(200);\n        exit('ok');\n", &add);
        }
    }
}

/// A JSON body member's expected value as PHP compares it: a number stays a number.
fn value_json(value: &str) -> String {
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        value.to_string()
    } else {
        php_lit(value)
    }
}

/// Adds a Go import to the program's import block, once.
fn go_import(t: &mut String, pkg: &str) {
    let line = format!("\t\"{pkg}\"\n");
    if !t.contains(&line) {
        insert(t, "import (\n", &line, true);
    }
}

fn go(t: &mut String, h: &Handshake) {
    let answer = |v: &str, indent: &str| {
        let lines: Vec<String> = match h.answer {
            Answer::Text => vec![
                "w.Header().Set(\"Content-Type\", \"text/plain\")".into(),
                "w.Header().Set(\"X-Content-Type-Options\", \"nosniff\")".into(),
                format!("w.Write([]byte({v}))"),
            ],
            Answer::Header(name) => vec![format!("w.Header().Set({}, {v})", lit(name)), "w.WriteHeader(200)".into()],
            Answer::Fixed(body) => {
                vec!["w.Header().Set(\"Content-Type\", \"application/json\")".into(), format!("w.Write([]byte({}))", lit(body))]
            }
            Answer::Hmac { key, prefix } => vec![
                "crc := hmac.New(sha256.New, []byte(secret))".into(),
                format!("crc.Write([]byte({v}))"),
                "w.Header().Set(\"Content-Type\", \"application/json\")".into(),
                format!(
                    "json.NewEncoder(w).Encode(map[string]string{{{}: {} + base64.StdEncoding.EncodeToString(crc.Sum(nil))}})",
                    lit(key),
                    lit(prefix)
                ),
            ],
            Answer::Json(_) => Vec::new(),
        };
        lines.iter().map(|l| format!("{indent}{l}\n")).collect::<String>()
    };
    if let Answer::Hmac { .. } = h.answer {
        for pkg in ["crypto/hmac", "crypto/sha256", "encoding/base64", "encoding/json"] {
            go_import(t, pkg);
        }
    }
    let note = about(h);
    let start = "func webhook(w http.ResponseWriter, r *http.Request) {\n";
    match h.from {
        Challenge::Query { param, token } => {
            let check = token.map_or(String::new(), |(p, env)| {
                format!("\t\tif os.Getenv(\"{env}\") == \"\" || r.URL.Query().Get({}) != os.Getenv(\"{env}\") {{\n\t\t\thttp.Error(w, \"{p} does not match {env}\", 403)\n\t\t\treturn\n\t\t}}\n", lit(p))
            });
            let add = format!(
                "\t// The handshake: {note}.\n\tif r.Method == http.MethodGet {{\n{check}\t\tchallenge := r.URL.Query().Get({})\n\t\tif challenge == \"\" {{\n\t\t\thttp.Error(w, \"missing {param}\", 400)\n\t\t\treturn\n\t\t}}\n{}\t\treturn\n\t}}\n",
                lit(param),
                answer("challenge", "\t\t")
            );
            insert(t, start, &add, true);
        }
        Challenge::Header(name) => insert(
            t,
            start,
            &format!(
                "\t// The handshake: {note}.\n\tif handshake := r.Header.Get({}); handshake != \"\" {{\n{}\t\treturn\n\t}}\n",
                lit(name),
                answer("handshake", "\t\t")
            ),
            true,
        ),
        Challenge::Body { key, value, in_header, member } => {
            go_import(t, "encoding/json");
            if !in_header {
                go_import(t, "fmt");
            }
            let cond = if in_header {
                format!("r.Header.Get({}) == {}", lit(key), lit(value))
            } else {
                format!("fmt.Sprint(event[{}]) == {}", lit(key), lit(value))
            };
            let add = format!(
                "\t\t\t// The handshake: {note}.\n\t\t\tvar event map[string]any\n\t\t\t_ = json.Unmarshal(body, &event)\n\t\t\tif {cond} {{\n\t\t\t\tchallenge, _ := event[{}].(string)\n\t\t\t\t_ = challenge\n{}\t\t\t\treturn\n\t\t\t}}\n",
                lit(member),
                answer("challenge", "\t\t\t\t")
            );
            insert_all(t, "\t\t\tw.Write([]byte(\"ok\"))\n", &add);
        }
    }
}

fn rust(t: &mut String, h: &Handshake) {
    let answer = |v: &str| {
        match h.answer {
        Answer::Text => format!(
            "([(header::CONTENT_TYPE, \"text/plain\"), (header::X_CONTENT_TYPE_OPTIONS, \"nosniff\")], {v}).into_response()"
        ),
        Answer::Header(name) => format!("([({}, {v})], \"\").into_response()", lit(&name.to_ascii_lowercase())),
        Answer::Fixed(body) => format!("([(header::CONTENT_TYPE, \"application/json\")], {}).into_response()", lit(body)),
        Answer::Hmac { key, prefix } => format!(
            "{{\n        use base64::Engine as _;\n        let mut crc = Hmac::<sha2::Sha256>::new_from_slice(std::env::var(\"WEBHOOK_SECRET\").unwrap_or_default().as_bytes()).expect(\"any key length\");\n        crc.update({v}.as_bytes());\n        let token = format!(\"{prefix}{{}}\", base64::engine::general_purpose::STANDARD.encode(crc.finalize().into_bytes()));\n        ([(header::CONTENT_TYPE, \"application/json\")], serde_json::json!({{ {}: token }}).to_string()).into_response()\n    }}",
            lit(key)
        ),
        Answer::Json(_) => String::new(),
    }
    };
    let note = about(h);
    // The webhook handler's parameters, to call it from the wrapper below.
    let Some(params) =
        t.split("async fn webhook(").nth(1).and_then(|r| r.split(')').next()).map(str::to_string)
    else {
        return;
    };
    let args: Vec<String> = params
        .split(", ")
        .filter_map(|p| p.split(':').next())
        .map(|n| match n.trim() {
            n if n == "body" || n.starts_with("head") => format!("{n}.clone()"),
            n => n.to_string(),
        })
        .collect();
    let mut functions = String::new();
    let mut route = "post(with_handshake)".to_string();
    let mut first = String::new();
    let mut valid = String::new();
    match h.from {
        Challenge::Query { param, token } => {
            let check = token.map_or(String::new(), |(p, env)| {
                format!("    let expected = std::env::var(\"{env}\").unwrap_or_default();\n    if expected.is_empty() || query.get({}) != Some(&expected) {{\n        return (StatusCode::FORBIDDEN, \"{p} does not match {env}\").into_response();\n    }}\n", lit(p))
            });
            functions.push_str(&format!(
                "/// The handshake: {note}.\nasync fn handshake(Query(query): Query<HashMap<String, String>>) -> Response {{\n{check}    let Some(challenge) = query.get({}).filter(|v| !v.is_empty()) else {{\n        return (StatusCode::BAD_REQUEST, \"missing {param}\").into_response();\n    }};\n    {}\n}}\n\n",
                lit(param),
                answer("challenge.clone()")
            ));
            route.push_str(".get(handshake)");
        }
        Challenge::Header(name) => {
            first = format!(
                "    if let Some(handshake) = headers.get({}).and_then(|v| v.to_str().ok()).filter(|v| !v.is_empty()) {{\n        return {};\n    }}\n",
                lit(name),
                answer("handshake.to_string()")
            );
        }
        Challenge::Body { key, value, in_header, member } => {
            let cond = if in_header {
                format!("headers.get({}).and_then(|v| v.to_str().ok()) == Some({})", lit(key), lit(value))
            } else {
                format!("text(&event[{}]) == {}", lit(key), lit(value))
            };
            valid = format!(
                "    let event: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();\n    let text = |v: &serde_json::Value| v.as_str().map_or_else(|| v.to_string(), str::to_string);\n    if {cond} {{\n        let challenge = event.get({}).and_then(|v| v.as_str()).unwrap_or_default().to_string();\n        return {};\n    }}\n",
                lit(member),
                answer("challenge")
            );
            if in_header {
                valid = valid.replace("    let text = |v: &serde_json::Value| v.as_str().map_or_else(|| v.to_string(), str::to_string);\n", "");
            }
        }
    }
    functions.push_str(&format!(
        "/// The handshake ({note}), then the verification.\nasync fn with_handshake({params}) -> Response {{\n{first}    let verdict = webhook({}).await;\n    if verdict.0 != StatusCode::OK {{\n        return verdict.into_response();\n    }}\n{valid}    verdict.into_response()\n}}\n\n",
        args.join(", ")
    ));
    insert(t, "#[tokio::main]\n", &functions, false);
    *t = t.replace(".route(\"/webhook\", post(webhook))", &format!(".route(\"/webhook\", {route})"));
    let mut uses = String::from("use axum::response::{IntoResponse, Response};\n");
    if !matches!(h.answer, Answer::Header(_)) {
        uses.push_str("use axum::http::header;\n");
    }
    if let Challenge::Query { .. } = h.from {
        uses.push_str("use axum::extract::Query;\nuse std::collections::HashMap;\n");
    }
    insert(t, "use axum::Router;\n", &uses, true);
    if !t.contains("use hmac::{Hmac, Mac};") && matches!(h.answer, Answer::Hmac { .. }) {
        insert(t, "use axum::Router;\n", "use hmac::{Hmac, Mac};\n", true);
    }
}

fn java(t: &mut String, h: &Handshake) {
    let answer = |v: &str| {
        match h.answer {
        Answer::Text => format!("new Answered(\"text/plain\", null, {v})"),
        Answer::Header(name) => format!("new Answered(null, {}, {v})", lit(name)),
        Answer::Fixed(body) => format!("new Answered(\"application/json\", null, {})", lit(body)),
        Answer::Hmac { key, prefix } => format!("new Answered(\"application/json\", null, \"{{\\\"{key}\\\":\\\"{prefix}\" + crc({v}) + \"\\\"}}\")"),
        Answer::Json(_) => String::new(),
    }
    };
    let note = about(h);
    let mut class = String::from(
        "    /** The answer to a handshake: a content type, or a header echoing the value. */\n    static final class Answered extends Exception {\n        final String type;\n        final String header;\n        final String value;\n\n        Answered(String type, String header, String value) {\n            super(\"handshake\");\n            this.type = type;\n            this.header = header;\n            this.value = value;\n        }\n    }\n\n",
    );
    if let Answer::Hmac { .. } = h.answer {
        class.push_str("    /** The Base64 HMAC-SHA256 of the value, keyed with the secret (the CRC answer). */\n    static String crc(String value) throws Exception {\n        Mac mac = Mac.getInstance(\"HmacSHA256\");\n        mac.init(new SecretKeySpec(SECRET.isEmpty() ? new byte[1] : SECRET.getBytes(StandardCharsets.UTF_8), \"HmacSHA256\"));\n        return Base64.getEncoder().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));\n    }\n\n");
    }
    let mut before_verify = String::new();
    match h.from {
        Challenge::Query { param, token } => {
            let check = token.map_or(String::new(), |(p, env)| {
                format!("                String expected = Objects.requireNonNullElse(System.getenv(\"{env}\"), \"\");\n                if (expected.isEmpty() || !expected.equals(query.get({}))) {{\n                    throw new Refused(403, \"{p} does not match {env}\");\n                }}\n", lit(p))
            });
            class.push_str("    /** The query's parameters, decoded. */\n    static Map<String, String> query(HttpExchange exchange) {\n        Map<String, String> out = new HashMap<>();\n        String raw = exchange.getRequestURI().getRawQuery();\n        for (String p : raw == null ? new String[0] : raw.split(\"&\")) {\n            String[] kv = p.split(\"=\", 2);\n            out.putIfAbsent(java.net.URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length > 1 ? java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : \"\");\n        }\n        return out;\n    }\n\n");
            before_verify = format!(
                "            // The handshake: {note}.\n            if (exchange.getRequestMethod().equals(\"GET\")) {{\n                Map<String, String> query = query(exchange);\n{check}                String challenge = query.getOrDefault({}, \"\");\n                if (challenge.isEmpty()) {{\n                    throw new Refused(400, \"missing {param}\");\n                }}\n                throw {};\n            }}\n",
                lit(param),
                answer("challenge")
            );
        }
        Challenge::Header(name) => {
            before_verify = format!(
                "            // The handshake: {note}.\n            String handshake = exchange.getRequestHeaders().getFirst({});\n            if (handshake != null && !handshake.isEmpty()) {{\n                throw {};\n            }}\n",
                lit(name),
                answer("handshake")
            );
        }
        Challenge::Body { key, value, in_header, member } => {
            if !t.contains("static final class Json") {
                class.push_str(super::java::JSON);
            }
            let cond = if in_header {
                format!("{}.equals(exchange.getRequestHeaders().getFirst({}))", lit(value), lit(key))
            } else {
                format!("{}.equals(text(event, {}))", lit(value), lit(key))
            };
            class.push_str("    /** A JSON body's member as text (a number as written; \"\" when absent). */\n    static String text(Object doc, String key) {\n        Object v = doc instanceof Map<?, ?> m ? m.get(key) : null;\n        return v instanceof String || v instanceof Number || v instanceof Boolean ? String.valueOf(v) : \"\";\n    }\n\n");
            let add = format!(
                "{ind}// The handshake: {note}.\n{ind}Object event;\n{ind}try {{\n{ind}    event = Json.parse(new String(body, StandardCharsets.UTF_8));\n{ind}}} catch (RuntimeException e) {{\n{ind}    event = null;\n{ind}}}\n{ind}if ({cond}) {{\n{ind}    throw {};\n{ind}}}\n",
                answer(&format!("text(event, {})", lit(member))),
                ind = "                "
            );
            insert_all(t, "                return;\n            }\n        }\n        throw new Refused(401, \"invalid signature\");\n", &add);
            insert_all(t, "                    return;\n                }\n            } catch (IllegalArgumentException", &add.replace("\n                ", "\n                    ").replacen("                //", "                    //", 1));
        }
    }
    let handle_start = "        try {\n            verify(exchange);\n        } catch (Refused r) {";
    *t = t.replace(
        handle_start,
        &format!("        try {{\n{before_verify}            verify(exchange);\n        }} catch (Answered a) {{\n            if (a.type != null) {{\n                exchange.getResponseHeaders().set(\"Content-Type\", a.type);\n                exchange.getResponseHeaders().set(\"X-Content-Type-Options\", \"nosniff\");\n            }}\n            if (a.header != null) {{\n                exchange.getResponseHeaders().set(a.header, a.value);\n            }}\n            text = a.header != null ? \"\" : a.value;\n        }} catch (Refused r) {{"),
    );
    insert(t, "    static void handle(HttpExchange exchange) throws IOException {\n", &class, false);
}
