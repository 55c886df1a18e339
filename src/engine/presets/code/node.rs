//! The Node (Express) verification program.

use super::{contract, public_key, Carrier, Language, Piece, Plan};
use crate::engine::presets::types::{KeyHandling, OutputEncoding, SigFormat};

/// A JavaScript string literal.
pub(super) fn js(s: &str) -> String {
    format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'").replace('\n', "\\n").replace('\r', "\\r"))
}

/// The program's expression for the key bytes.
pub(super) fn key(k: KeyHandling) -> &'static str {
    match k {
        KeyHandling::Text => "Buffer.from(SECRET, 'utf8')",
        KeyHandling::Hex => "Buffer.from(SECRET.trim(), 'hex')",
        KeyHandling::WhsecBase64 => "Buffer.from(SECRET.trim().replace(/^whsec_/, ''), 'base64')",
    }
}

pub fn program(plan: &Plan) -> String {
    let mut out = contract(plan, Language::Node, "//");
    out.push_str(
        "'use strict';\nconst crypto = require('node:crypto');\nconst express = require('express');\n\n",
    );
    out.push_str(
        "const SECRET = process.env.WEBHOOK_SECRET || '';\nconst PORT = Number(process.env.PORT || 3000);\n",
    );
    match &plan.public_key {
        None => out.push_str(&format!("const KEY = {};\n\n", key(plan.key))),
        Some(spec) => {
            let bytes = public_key::key_bytes(Language::Node, spec, "SECRET.trim()");
            let der = if public_key::raw_key(spec) {
                format!("Buffer.concat([Buffer.from('{}', 'hex'), {bytes}])", public_key::ED25519_SPKI_PREFIX)
            } else {
                bytes
            };
            out.push_str(&format!(
                "/** The provider's public key (a raw Ed25519 key gets the SPKI header Node reads). */\nfunction publicKey() {{\n  try {{\n    return crypto.createPublicKey({{ key: {der}, format: 'der', type: 'spki' }});\n  }} catch {{\n    console.error('WEBHOOK_SECRET is not a valid public key');\n    process.exit(1);\n  }}\n}}\nconst KEY = publicKey();\n\n"
            ));
        }
    }
    out.push_str(
        "/** Compares two texts in constant time (for texts of the same length). */\nfunction safeEqual(a, b) {\n  const x = Buffer.from(a);\n  const y = Buffer.from(b);\n  return x.length === y.length && crypto.timingSafeEqual(x, y);\n}\n\n",
    );
    if plan.reads_json() {
        out.push_str(
            "/** The text at this path of the parsed JSON body ('' when absent). */\nfunction member(doc, ...path) {\n  for (const k of path) doc = doc !== null && typeof doc === 'object' ? doc[k] : undefined;\n  return ['string', 'number', 'boolean'].includes(typeof doc) ? String(doc) : '';\n}\n\n",
        );
    }
    // Reading the signature header into `signatures` (and a timestamp).
    let get = |c: Carrier| match c {
        Carrier::Header(h) => {
            let reads: Vec<String> = plan.names(h).iter().map(|n| format!("req.get({})", js(n))).collect();
            format!("({} || '')", reads.join(" || "))
        }
        Carrier::Json(path) => {
            format!("member(doc, {})", path.iter().map(|k| js(k)).collect::<Vec<_>>().join(", "))
        }
        Carrier::Query(name) => {
            format!("((queryPairs(req).find(([k]) => k === {}) || [])[1] || '')", js(name))
        }
    };
    if plan.get() {
        out.push_str("/** The query string's parameters as sent (not decoded), as [name, value] pairs. */\nfunction queryPairs(req) {\n  const i = req.originalUrl.indexOf('?');\n  const query = i < 0 ? '' : req.originalUrl.slice(i + 1);\n  return query.split('&').filter(Boolean).map((p) => {\n    const j = p.indexOf('=');\n    return j < 0 ? [p, ''] : [p.slice(0, j), p.slice(j + 1)];\n  });\n}\n\n");
    }
    let header = get(plan.signature);
    let doc = if plan.reads_json() {
        "  let doc;\n  try {\n    doc = JSON.parse(body.toString('utf8'));\n  } catch {\n    return res.status(400).send('the body is not JSON');\n  }\n"
    } else {
        ""
    };
    let parse = match plan.format {
        SigFormat::Plain { prefix: "" } => "  const signatures = [header.trim()];\n".to_string(),
        SigFormat::Plain { prefix } => format!(
            "  if (!header.startsWith({p})) return res.status(400).send('signature header does not start with {}');\n  const signatures = [header.slice({})];\n",
            prefix,
            prefix.len(),
            p = js(prefix)
        ),
        // Signatures only, no timestamp in the header (PagerDuty's `v1=…,v1=…`).
        SigFormat::KeyValue { pair_sep, ts: "", sig } => format!(
            "  const signatures = header.split({sep}).map((item) => item.trim().split('=')).filter((kv) => kv.length >= 2 && kv[0] === {sig}).map(([, ...v]) => v.join('='));\n  if (signatures.length === 0) return res.status(400).send('cannot read the signature header');\n",
            sep = js(&pair_sep.to_string()),
            sig = js(sig),
        ),
        SigFormat::KeyValue { pair_sep, ts, sig } => format!(
            "  const pairs = header.split({sep}).map((item) => item.trim().split('=')).filter((kv) => kv.length >= 2);\n  const stamps = pairs.filter(([k]) => k === {ts}).map(([, v]) => v);\n  const signatures = pairs.filter(([k]) => k === {sig}).map(([, ...v]) => v.join('='));\n  if (stamps.length !== 1 || signatures.length === 0) return res.status(400).send('cannot read the signature header');\n  const {var} = stamps[0];\n",
            sep = js(&pair_sep.to_string()),
            ts = js(ts),
            sig = js(sig),
            var = plan.header_timestamp.unwrap_or("timestamp"),
        ),
        SigFormat::VersionedList { version } => format!(
            "  const signatures = header.split(' ').filter((e) => e.startsWith({v})).map((e) => e.slice({n}));\n  if (signatures.length === 0) return res.status(400).send('no {version}, signature in the header');\n",
            v = js(&format!("{version},")),
            n = version.len() + 1
        ),
        SigFormat::AppKey { .. } => String::new(),
    };
    let mut reads = String::new();
    for (var, c) in &plan.reads {
        reads.push_str(&format!("  const {var} = {};\n", get(*c)));
        if c.required() {
            reads.push_str(&format!("  if (!{var}) return res.status(400).send({});\n", js(&c.missing())));
        }
    }
    let tolerance = plan.tolerance.map(|t| {
        let now = if t.millis { "Date.now()" } else { "Math.floor(Date.now() / 1000)" };
        let check = if t.both_directions { "Math.abs(age)" } else { "age" };
        format!(
            "  if (!/^\\d+$/.test({v})) return res.status(400).send('timestamp is not a number');\n  const age = {now} - Number({v});\n  if ({check} > {limit}) return res.status(400).send('timestamp outside the tolerance');\n",
            v = t.var,
            limit = t.limit
        )
    });
    let mut inputs = String::new();
    let pieces: Vec<String> = plan
        .pieces
        .iter()
        .map(|p| match p {
            Piece::Text(s) => format!("Buffer.from({})", js(s)),
            Piece::Var(v) => format!("Buffer.from({v})"),
            Piece::Body => "body".to_string(),
            Piece::Url => "Buffer.from(url)".to_string(),
            // The URL up to its query string.
            Piece::UrlWithoutQuery => "Buffer.from(url.split(/[?#]/)[0])".to_string(),
            Piece::Method => "Buffer.from(req.method)".to_string(),
            Piece::SortedForm => "form".to_string(),
            Piece::SortedQuery { .. } => "Buffer.from(sortedQuery)".to_string(),
        })
        .collect();
    if let Some(drop) = plan.query_drop() {
        let drop: Vec<String> = drop.iter().map(|d| js(d)).collect();
        inputs.push_str(&format!(
            "  // The other query parameters as sent, sorted by name then value, joined as k=v with &.\n  const order = (a, b) => (a < b ? -1 : a > b ? 1 : 0);\n  const sortedQuery = queryPairs(req)\n    .filter(([k]) => ![{}].includes(k))\n    .sort(([a, x], [b, y]) => order(a, b) || order(x, y))\n    .map(([k, v]) => `${{k}}=${{v}}`)\n    .join('&');\n",
            drop.join(", ")
        ));
    }
    if plan.signs_url() {
        inputs.push_str(
            "  // The URL the provider called: behind a proxy, its scheme is in X-Forwarded-Proto.
  const proto = (req.get('X-Forwarded-Proto') || req.protocol).split(',')[0].trim();
  const url = process.env.WEBHOOK_URL || `${proto}://${req.get('Host')}${req.originalUrl}`;
",
        );
    }
    if plan.signs_form() {
        let mut all_params = "[...new URLSearchParams(body.toString('utf8'))]".to_string();
        if let Some(param) = plan.url_body_hash() {
            inputs.push_str(&format!(
                "  // A JSON body: the URL carries its SHA-256 ({param}) and is signed alone.\n  const bodyHash = (/[?&]{param}=([^&]*)/.exec(url) || [])[1];\n  if (bodyHash !== undefined && !safeEqual(bodyHash, crypto.createHash('sha256').update(body).digest('hex'))) return res.status(400).send('{param} is not the SHA-256 of the body');\n"
            ));
            all_params = format!("(bodyHash !== undefined ? [] : {all_params})");
        }
        inputs.push_str(&format!(
            "  // The form parameters, URL-decoded, sorted by name then value, each as name + value.\n  const order = (a, b) => (a < b ? -1 : a > b ? 1 : 0);\n  const params = {all_params}.sort(([a, x], [b, y]) => order(a, b) || order(x, y));\n  const form = Buffer.from(params.map(([k, v]) => k + v).join(''));\n"
        ));
    }
    let digest = match plan.output {
        OutputEncoding::Hex => "mac.digest('hex')",
        OutputEncoding::Base64 => "mac.digest('base64')",
        OutputEncoding::Base64Url => "mac.digest('base64url')",
    };
    let check = match &plan.public_key {
        None => format!(
            "  const mac = crypto.createHmac({alg}, KEY);\n  mac.update(Buffer.concat([{pieces}]));\n  const expected = {digest};\n  if (!signatures.some((s) => safeEqual(s, expected))) return res.status(401).send('invalid signature');\n",
            // The algorithm ids are OpenSSL's digest names, which Node's crypto takes.
            alg = js(plan.algorithm.id()),
            pieces = pieces.join(", "),
        ),
        Some(spec) => format!(
            "  const message = Buffer.concat([{pieces}]);\n  const valid = (s) => {{\n    try {{\n      return crypto.verify({alg}, message, KEY, {sig});\n    }} catch {{\n      return false;\n    }}\n  }};\n  if (!signatures.some(valid)) return res.status(401).send('invalid signature');\n",
            pieces = pieces.join(", "),
            alg = public_key::ecdsa_hash(spec).map_or("null".to_string(), |h| js(&h.to_lowercase())),
            sig = public_key::signature_bytes(Language::Node, spec, "s"),
        ),
    };
    out.push_str(&format!(
        "const app = express();\n\n{route}{doc}  const header = {header};\n  if (!header) return res.status(400).send({missing});\n{parse}{reads}{tolerance}{inputs}{check}  res.status(200).send('ok');\n}});\n\napp.listen(PORT, () => console.log(`listening on ${{PORT}}`));\n",
        missing = js(&plan.signature.missing()),
        route = if plan.get() {
            "app.get('/webhook', (req, res) => {\n"
        } else {
            "// The raw body: never parse JSON before the signature is checked.\napp.post('/webhook', express.raw({ type: () => true, limit: '25mb' }), (req, res) => {\n  const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);\n"
        },
        tolerance = tolerance.unwrap_or_default(),
    ));
    out
}
