//! The PHP verification program (plain PHP, served by `php -S` with the file as router).

use super::{contract, public_key, Carrier, Language, Piece, Plan};
use crate::engine::presets::types::{KeyHandling, OutputEncoding, SigFormat};
use crate::engine::Algorithm;

/// A PHP single-quoted literal (only `\` and `'` are escapes in it).
pub(super) fn php(s: &str) -> String {
    if s.contains(['\n', '\r']) {
        // Double quotes for control characters.
        return format!(
            "\"{}\"",
            s.replace('\\', "\\\\")
                .replace('"', "\\\"")
                .replace('$', "\\$")
                .replace('\n', "\\n")
                .replace('\r', "\\r")
        );
    }
    format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"))
}

pub(super) fn hash(a: Algorithm) -> &'static str {
    match a {
        Algorithm::Sha512_256 => "sha512/256",
        other => other.id(),
    }
}

/// `$_SERVER`'s key for a request header.
fn server_key(header: &str) -> String {
    format!("HTTP_{}", header.to_uppercase().replace('-', "_"))
}

/// The program's expression for the key bytes.
pub(super) fn key(k: KeyHandling) -> &'static str {
    match k {
        KeyHandling::Text => "$secret",
        KeyHandling::Hex => "(string) @hex2bin(trim($secret))",
        KeyHandling::WhsecBase64 => "(string) base64_decode(preg_replace('/^whsec_/', '', trim($secret)))",
    }
}

pub fn program(plan: &Plan) -> String {
    let mut out = String::from("<?php\n");
    out.push_str(&contract(plan, Language::Php, "//"));
    out.push_str(
        "declare(strict_types=1);\n\nfunction fail(int $status, string $why): never\n{\n    http_response_code($status);\n    header('Content-Type: text/plain');\n    exit($why);\n}\n\n",
    );
    out.push_str(&format!(
        "if ($_SERVER['REQUEST_METHOD'] !== '{}' || parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) !== '/webhook') {{\n    fail(404, 'not found');\n}}\n",
        if plan.get() { "GET" } else { "POST" }
    ));
    if plan.get() {
        out.push_str("/** The query string's parameters as sent (not decoded), as [name, value] pairs. */\nfunction query_pairs(): array\n{\n    $pairs = [];\n    foreach (explode('&', $_SERVER['QUERY_STRING'] ?? '') as $p) {\n        if ($p !== '') {\n            $pairs[] = array_pad(explode('=', $p, 2), 2, '');\n        }\n    }\n    return $pairs;\n}\n");
    }
    out.push_str("$secret = getenv('WEBHOOK_SECRET') ?: '';\n");
    match &plan.public_key {
        None => out.push_str(&format!("$key = {};\n", key(plan.key))),
        // The raw Ed25519 key for sodium; a DER key as the PEM OpenSSL reads.
        Some(spec) if public_key::raw_key(spec) => out.push_str(&format!(
            "$key = {};\n",
            public_key::key_bytes(Language::Php, spec, "trim($secret)")
        )),
        Some(_) => out.push_str(
            "$key = \"-----BEGIN PUBLIC KEY-----\\n\" . chunk_split(trim($secret), 64, \"\\n\") . \"-----END PUBLIC KEY-----\\n\";\n",
        ),
    }
    out.push_str("$body = (string) file_get_contents('php://input'); // the raw bytes: never json_decode before the check\n");
    let get = |c: Carrier| match c {
        Carrier::Header(h) => {
            let reads: Vec<String> =
                plan.names(h).iter().map(|n| format!("$_SERVER[{}]", php(&server_key(n)))).collect();
            format!("{} ?? ''", reads.join(" ?? "))
        }
        Carrier::Json(path) => {
            format!("member($doc, {})", path.iter().map(|k| php(k)).collect::<Vec<_>>().join(", "))
        }
        Carrier::Query(name) => format!(
            "(array_values(array_filter(query_pairs(), fn (array $kv): bool => $kv[0] === {})))[0][1] ?? ''",
            php(name)
        ),
    };
    if plan.reads_json() {
        out.push_str(
            "/** The text at this path of the parsed JSON body ('' when absent). */\nfunction member(mixed $doc, string ...$path): string\n{\n    foreach ($path as $k) {\n        $doc = is_array($doc) && array_key_exists($k, $doc) ? $doc[$k] : null;\n    }\n    if (is_bool($doc)) {\n        return $doc ? 'true' : 'false';\n    }\n    return is_string($doc) || is_int($doc) || is_float($doc) ? (string) $doc : '';\n}\n$doc = json_decode($body, true);\nif (!is_array($doc)) {\n    fail(400, 'the body is not JSON');\n}\n",
        );
    }
    out.push_str(&format!(
        "$header = {};\nif ($header === '') {{\n    fail(400, {});\n}}\n",
        get(plan.signature),
        php(&plan.signature.missing())
    ));
    out.push_str(&match plan.format {
        SigFormat::Plain { prefix: "" } => "$signatures = [trim($header)];\n".to_string(),
        SigFormat::Plain { prefix } => format!(
            "if (!str_starts_with($header, {p})) {{\n    fail(400, 'signature header does not start with {prefix}');\n}}\n$signatures = [substr($header, {n})];\n",
            p = php(prefix),
            n = prefix.len()
        ),
        // Signatures only, no timestamp in the header (PagerDuty's `v1=…,v1=…`).
        SigFormat::KeyValue { pair_sep, ts: "", sig } => format!(
            "$signatures = [];\nforeach (explode({sep}, $header) as $item) {{\n    $kv = explode('=', trim($item), 2);\n    if (count($kv) === 2 && $kv[0] === {sig}) {{\n        $signatures[] = $kv[1];\n    }}\n}}\nif (count($signatures) === 0) {{\n    fail(400, 'cannot read the signature header');\n}}\n",
            sep = php(&pair_sep.to_string()),
            sig = php(sig),
        ),
        SigFormat::KeyValue { pair_sep, ts, sig } => format!(
            "$stamps = [];\n$signatures = [];\nforeach (explode({sep}, $header) as $item) {{\n    $kv = explode('=', trim($item), 2);\n    if (count($kv) !== 2) {{\n        continue;\n    }}\n    if ($kv[0] === {ts}) {{\n        $stamps[] = $kv[1];\n    }} elseif ($kv[0] === {sig}) {{\n        $signatures[] = $kv[1];\n    }}\n}}\nif (count($stamps) !== 1 || count($signatures) === 0) {{\n    fail(400, 'cannot read the signature header');\n}}\n${var} = $stamps[0];\n",
            sep = php(&pair_sep.to_string()),
            ts = php(ts),
            sig = php(sig),
            var = plan.header_timestamp.unwrap_or("timestamp"),
        ),
        SigFormat::VersionedList { version } => format!(
            "$signatures = [];\nforeach (explode(' ', $header) as $entry) {{\n    if (str_starts_with($entry, {v})) {{\n        $signatures[] = substr($entry, {n});\n    }}\n}}\nif (count($signatures) === 0) {{\n    fail(400, 'no {version}, signature in the header');\n}}\n",
            v = php(&format!("{version},")),
            n = version.len() + 1
        ),
        SigFormat::AppKey { .. } => String::new(),
    });
    for (var, c) in &plan.reads {
        out.push_str(&format!("${var} = {};\n", get(*c)));
        if c.required() {
            out.push_str(&format!("if (${var} === '') {{\n    fail(400, {});\n}}\n", php(&c.missing())));
        }
    }
    if let Some(t) = plan.tolerance {
        let now = if t.millis { "(int) floor(microtime(true) * 1000)" } else { "time()" };
        let check = if t.both_directions { "abs($age)" } else { "$age" };
        out.push_str(&format!(
            "if (!ctype_digit(${v})) {{\n    fail(400, 'timestamp is not a number');\n}}\n$age = {now} - (int) ${v};\nif ({check} > {limit}) {{\n    fail(400, 'timestamp outside the tolerance');\n}}\n",
            v = t.var,
            limit = t.limit
        ));
    }
    let pieces: Vec<String> = plan
        .pieces
        .iter()
        .map(|p| match p {
            Piece::Text(s) => php(s),
            Piece::Var(v) => format!("${v}"),
            Piece::Body => "$body".to_string(),
            Piece::Url => "$url".to_string(),
            // The URL up to its query string.
            Piece::UrlWithoutQuery => "preg_split('/[?#]/', $url, 2)[0]".to_string(),
            Piece::Method => "$_SERVER['REQUEST_METHOD']".to_string(),
            Piece::SortedForm => "$form".to_string(),
            Piece::SortedQuery { .. } => "$sortedQuery".to_string(),
        })
        .collect();
    if let Some(drop) = plan.query_drop() {
        let drop: Vec<String> = drop.iter().map(|d| php(d)).collect();
        out.push_str(&format!(
            "// The other query parameters as sent, sorted by name then value, joined as k=v with &.\n$params = array_values(array_filter(query_pairs(), fn (array $kv): bool => !in_array($kv[0], [{}], true)));\nusort($params, fn (array $a, array $b): int => strcmp($a[0], $b[0]) ?: strcmp($a[1], $b[1]));\n$sortedQuery = implode('&', array_map(fn (array $kv): string => $kv[0] . '=' . $kv[1], $params));\n",
            drop.join(", ")
        ));
    }
    if plan.signs_url() {
        out.push_str(
            "// The URL the provider called: behind a proxy, its scheme is in X-Forwarded-Proto.\n$proto = trim(explode(',', $_SERVER['HTTP_X_FORWARDED_PROTO'] ?? (empty($_SERVER['HTTPS']) || $_SERVER['HTTPS'] === 'off' ? 'http' : 'https'))[0]);\n$url = getenv('WEBHOOK_URL') ?: $proto . '://' . ($_SERVER['HTTP_HOST'] ?? '') . $_SERVER['REQUEST_URI'];\n",
        );
    }
    if plan.signs_form() {
        match plan.url_body_hash() {
            Some(param) => out.push_str(&format!(
                "// A JSON body: the URL carries its SHA-256 ({param}) and is signed alone.\n$bodyHash = preg_match('/[?&]{param}=([^&]*)/', $url, $m) ? $m[1] : null;\nif ($bodyHash !== null && !hash_equals(hash('sha256', $body), $bodyHash)) {{\n    fail(400, '{param} is not the SHA-256 of the body');\n}}\n$formBody = $bodyHash === null ? $body : '';\n"
            )),
            _ => out.push_str("$formBody = $body;\n"),
        }
        out.push_str(
            "// The form parameters, URL-decoded, sorted by name then value, each as name + value.\n// (parse_str would rename parameters with dots or brackets.)\n$params = [];\nforeach (explode('&', $formBody) as $pair) {\n    if ($pair !== '') {\n        [$name, $value] = array_pad(explode('=', $pair, 2), 2, '');\n        $params[] = [urldecode($name), urldecode($value)];\n    }\n}\nusort($params, fn (array $a, array $b): int => strcmp($a[0], $b[0]) ?: strcmp($a[1], $b[1]));\n$form = implode('', array_map(fn (array $kv): string => $kv[0] . $kv[1], $params));\n",
        );
    }
    if let Some(spec) = &plan.public_key {
        let sig = public_key::signature_bytes(Language::Php, spec, "$signature");
        let check = match public_key::ecdsa_hash(spec) {
            None => "strlen($sig) === SODIUM_CRYPTO_SIGN_BYTES && strlen($key) === SODIUM_CRYPTO_SIGN_PUBLICKEYBYTES\n        && sodium_crypto_sign_verify_detached($sig, $message, $key)".to_string(),
            Some(h) => format!("openssl_verify($message, $sig, $key, OPENSSL_ALGO_{h}) === 1"),
        };
        out.push_str(&format!(
            "$message = {msg};\nforeach ($signatures as $signature) {{\n    $sig = {sig};\n    if (is_string($sig) && {check}) {{\n        http_response_code(200);\n        exit('ok');\n    }}\n}}\nfail(401, 'invalid signature');\n",
            msg = pieces.join(" . "),
        ));
        return out;
    }
    let (raw, expected) = match plan.output {
        OutputEncoding::Hex => (false, "$mac"),
        OutputEncoding::Base64 => (true, "base64_encode($mac)"),
        OutputEncoding::Base64Url => (true, "rtrim(strtr(base64_encode($mac), '+/', '-_'), '=')"),
    };
    out.push_str(&format!(
        "$mac = hash_hmac({alg}, {msg}, $key, {raw});\n$expected = {expected};\nforeach ($signatures as $signature) {{\n    if (hash_equals($expected, $signature)) {{\n        http_response_code(200);\n        exit('ok');\n    }}\n}}\nfail(401, 'invalid signature');\n",
        alg = php(hash(plan.algorithm)),
        msg = pieces.join(" . "),
    ));
    out
}
