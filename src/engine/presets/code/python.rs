//! The Python (Flask) verification program.

use super::{contract, public_key, Carrier, Language, Piece, Plan};
use crate::engine::presets::types::{KeyHandling, OutputEncoding, SigFormat};
use crate::engine::Algorithm;

/// A Python text literal.
pub(super) fn py(s: &str) -> String {
    format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'").replace('\n', "\\n").replace('\r', "\\r"))
}

pub(super) fn hash(a: Algorithm) -> &'static str {
    match a {
        Algorithm::Md5 => "hashlib.md5",
        Algorithm::Sha1 => "hashlib.sha1",
        Algorithm::Sha224 => "hashlib.sha224",
        Algorithm::Sha256 => "hashlib.sha256",
        Algorithm::Sha384 => "hashlib.sha384",
        Algorithm::Sha512 => "hashlib.sha512",
        Algorithm::Sha512_256 => "lambda *a: hashlib.new('sha512_256', *a)",
        Algorithm::Sha3_256 => "hashlib.sha3_256",
        Algorithm::Sha3_512 => "hashlib.sha3_512",
    }
}

/// The program's expression for the key bytes.
pub(super) fn key(k: KeyHandling) -> &'static str {
    match k {
        KeyHandling::Text => "SECRET.encode()",
        KeyHandling::Hex => "bytes.fromhex(SECRET.strip())",
        KeyHandling::WhsecBase64 => "base64.b64decode(SECRET.strip().removeprefix('whsec_'))",
    }
}

pub fn program(plan: &Plan) -> String {
    let mut out = contract(plan, Language::Python, "#");
    out.push_str("import base64\nimport hashlib\nimport hmac\nimport json\nimport os\nimport re\nimport time\nimport urllib.parse\n\nfrom flask import Flask, request\n\n");
    out.push_str("SECRET = os.environ.get('WEBHOOK_SECRET', '')\n");
    match &plan.public_key {
        None => out.push_str(&format!("KEY = {}\n\napp = Flask(__name__)\n\n\n", key(plan.key))),
        Some(spec) => {
            let bytes = public_key::key_bytes(Language::Python, spec, "SECRET.strip()");
            let load = if public_key::raw_key(spec) {
                format!("ed25519.Ed25519PublicKey.from_public_bytes({bytes})")
            } else {
                format!("serialization.load_der_public_key({bytes})")
            };
            out.push_str(&format!(
                "from cryptography.exceptions import InvalidSignature  # pip install cryptography\nfrom cryptography.hazmat.primitives import hashes, serialization\nfrom cryptography.hazmat.primitives.asymmetric import ec, ed25519\n\ntry:\n    KEY = {load}\nexcept ValueError:\n    raise SystemExit('WEBHOOK_SECRET is not a valid public key')\n\napp = Flask(__name__)\n\n\n"
            ));
        }
    }
    if plan.get() {
        out.push_str("def query_pairs():\n    \"\"\"The query string's parameters as sent (not decoded), as (name, value) pairs.\"\"\"\n    query = request.query_string.decode('utf-8', 'replace')\n    return [(p.split('=', 1) + [''])[:2] for p in query.split('&') if p]\n\n\n");
    }
    let mut doc = "";
    if plan.reads_json() {
        out.push_str(
            "def member(doc, *path):\n    \"\"\"The text at this path of the parsed JSON body ('' when absent).\"\"\"\n    for k in path:\n        if isinstance(doc, dict):\n            doc = doc.get(k)\n        elif isinstance(doc, list) and k.isdigit() and int(k) < len(doc):\n            doc = doc[int(k)]\n        else:\n            return ''\n    if isinstance(doc, bool):\n        return 'true' if doc else 'false'\n    return str(doc) if isinstance(doc, (str, int, float)) else ''\n\n\n",
        );
        doc = "    try:\n        doc = json.loads(body)\n    except (ValueError, RecursionError):\n        return 'the body is not JSON', 400\n";
    }
    let parse = match plan.format {
        SigFormat::Plain { prefix: "" } => "    signatures = [header.strip()]\n".to_string(),
        SigFormat::Plain { prefix } => format!(
            "    if not header.startswith({p}):\n        return 'signature header does not start with {prefix}', 400\n    signatures = [header[{n}:]]\n",
            p = py(prefix),
            n = prefix.len()
        ),
        // Signatures only, no timestamp in the header (PagerDuty's `v1=…,v1=…`).
        SigFormat::KeyValue { pair_sep, ts: "", sig } => format!(
            "    pairs = [item.strip().split('=', 1) for item in header.split({sep})]\n    signatures = [kv[1] for kv in pairs if len(kv) == 2 and kv[0] == {sig}]\n    if not signatures:\n        return 'cannot read the signature header', 400\n",
            sep = py(&pair_sep.to_string()),
            sig = py(sig),
        ),
        SigFormat::KeyValue { pair_sep, ts, sig } => format!(
            "    pairs = [item.strip().split('=', 1) for item in header.split({sep})]\n    pairs = [kv for kv in pairs if len(kv) == 2]\n    stamps = [v for k, v in pairs if k == {ts}]\n    signatures = [v for k, v in pairs if k == {sig}]\n    if len(stamps) != 1 or not signatures:\n        return 'cannot read the signature header', 400\n    {var} = stamps[0]\n",
            sep = py(&pair_sep.to_string()),
            ts = py(ts),
            sig = py(sig),
            var = plan.header_timestamp.unwrap_or("timestamp"),
        ),
        SigFormat::VersionedList { version } => format!(
            "    signatures = [e[{n}:] for e in header.split(' ') if e.startswith({v})]\n    if not signatures:\n        return 'no {version}, signature in the header', 400\n",
            v = py(&format!("{version},")),
            n = version.len() + 1
        ),
        SigFormat::AppKey { .. } => String::new(),
    };
    let get = |c: Carrier| match c {
        Carrier::Header(h) => {
            let reads: Vec<String> =
                plan.names(h).iter().map(|n| format!("request.headers.get({})", py(n))).collect();
            format!("({} or '')", reads.join(" or "))
        }
        Carrier::Json(path) => {
            format!("member(doc, {})", path.iter().map(|k| py(k)).collect::<Vec<_>>().join(", "))
        }
        Carrier::Query(name) => format!("next((v for k, v in query_pairs() if k == {}), '')", py(name)),
    };
    let mut reads = String::new();
    for (var, c) in &plan.reads {
        reads.push_str(&format!("    {var} = {}\n", get(*c)));
        if c.required() {
            reads.push_str(&format!("    if not {var}:\n        return {}, 400\n", py(&c.missing())));
        }
    }
    let tolerance = plan.tolerance.map(|t| {
        let now = if t.millis { "int(time.time() * 1000)" } else { "int(time.time())" };
        let check = if t.both_directions { "abs(age)" } else { "age" };
        format!(
            "    if not re.fullmatch(r'[0-9]+', {v}):\n        return 'timestamp is not a number', 400\n    age = {now} - int({v})\n    if {check} > {limit}:\n        return 'timestamp outside the tolerance', 400\n",
            v = t.var,
            limit = t.limit
        )
    });
    let pieces: Vec<String> = plan
        .pieces
        .iter()
        .map(|p| match p {
            Piece::Text(s) => format!("{}.encode()", py(s)),
            Piece::Var(v) => format!("{v}.encode()"),
            Piece::Body => "body".to_string(),
            Piece::Url => "url.encode()".to_string(),
            // The URL up to its query string.
            Piece::UrlWithoutQuery => "re.split(r'[?#]', url, maxsplit=1)[0].encode()".to_string(),
            Piece::Method => "request.method.encode()".to_string(),
            Piece::SortedForm => "form".to_string(),
            Piece::SortedQuery { .. } => "sorted_query.encode()".to_string(),
        })
        .collect();
    let mut inputs = String::new();
    if plan.signs_url() {
        inputs.push_str(
            "    # The URL the provider called: behind a proxy, its scheme is in X-Forwarded-Proto.\n    proto = request.headers.get('X-Forwarded-Proto', request.scheme).split(',')[0].strip()\n    path = request.environ.get('RAW_URI') or request.full_path.rstrip('?')\n    url = os.environ.get('WEBHOOK_URL') or f'{proto}://{request.host}{path}'\n",
        );
    }
    if let Some(drop) = plan.query_drop() {
        let drop: Vec<String> = drop.iter().map(|d| py(d)).collect();
        inputs.push_str(&format!(
            "    # The other query parameters as sent, sorted by name then value, joined as k=v with &.\n    params = sorted((k, v) for k, v in query_pairs() if k not in ({},))\n    sorted_query = '&'.join(f'{{k}}={{v}}' for k, v in params)\n",
            drop.join(", ")
        ));
    }
    if plan.signs_form() {
        match plan.url_body_hash() {
            Some(param) => inputs.push_str(&format!(
                "    # A JSON body: the URL carries its SHA-256 ({param}) and is signed alone.\n    body_hash = re.search(r'[?&]{param}=([^&]*)', url)\n    if body_hash and not hmac.compare_digest(body_hash.group(1).encode(), hashlib.sha256(body).hexdigest().encode()):\n        return '{param} is not the SHA-256 of the body', 400\n    form_body = b'' if body_hash else body\n"
            )),
            _ => inputs.push_str("    form_body = body\n"),
        }
        inputs.push_str(
            "    # The form parameters, URL-decoded, sorted by name then value, each as name + value.\n    params = sorted(urllib.parse.parse_qsl(form_body.decode('utf-8', 'replace'), keep_blank_values=True))\n    form = ''.join(k + v for k, v in params).encode()\n",
        );
    }
    let digest = match plan.output {
        OutputEncoding::Hex => "mac.hexdigest()",
        OutputEncoding::Base64 => "base64.b64encode(mac.digest()).decode()",
        OutputEncoding::Base64Url => "base64.urlsafe_b64encode(mac.digest()).decode().rstrip('=')",
    };
    let check = match &plan.public_key {
        None => format!(
            "    mac = hmac.new(KEY, b''.join([{pieces}]), {alg})\n    expected = {digest}.encode()\n    if not any(hmac.compare_digest(expected, s.encode()) for s in signatures):\n        return 'invalid signature', 401\n",
            alg = hash(plan.algorithm),
            pieces = pieces.join(", "),
        ),
        Some(spec) => format!(
            "    message = b''.join([{pieces}])\n\n    def valid(s):\n        try:\n            KEY.verify({sig}, message{ecdsa})\n            return True\n        except (InvalidSignature, ValueError):\n            return False\n\n    if not any(valid(s) for s in signatures):\n        return 'invalid signature', 401\n",
            pieces = pieces.join(", "),
            sig = public_key::signature_bytes(Language::Python, spec, "s"),
            ecdsa = public_key::ecdsa_hash(spec).map_or(String::new(), |h| format!(", ec.ECDSA(hashes.{h}())")),
        ),
    };
    out.push_str(&format!(
        "{route}{doc}    header = {header}\n    if not header:\n        return {missing}, 400\n{parse}{reads}{tolerance}{inputs}{check}    return 'ok', 200\n\n\nif __name__ == '__main__':\n    app.run(host='127.0.0.1', port=int(os.environ.get('PORT', '3000')))\n",
        header = get(plan.signature),
        missing = py(&plan.signature.missing()),
        route = if plan.get() {
            "@app.get('/webhook')\ndef webhook():\n"
        } else {
            "@app.post('/webhook')\ndef webhook():\n    body = request.get_data()  # the raw bytes: never parse JSON before the check\n"
        },
        tolerance = tolerance.unwrap_or_default(),
    ));
    out
}
