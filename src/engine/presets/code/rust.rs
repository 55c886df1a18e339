//! The Rust (axum) verification program; its Cargo dependencies are listed at its top.

use super::{contract, public_key, Carrier, Language, Piece, Plan};
use crate::engine::presets::types::{Answer, Challenge, KeyForm, KeyHandling, OutputEncoding, SigFormat};
use crate::engine::pubkey::signature::SigText;
use crate::engine::pubkey::PkAlg;
use crate::engine::Algorithm;

/// A Rust string literal.
fn rs(s: &str) -> String {
    format!("{s:?}")
}

/// The hash type and the crate line it needs, or `None` for SHA-3 (not offered yet).
pub(super) fn hash(a: Algorithm) -> Option<(&'static str, &'static str)> {
    Some(match a {
        Algorithm::Md5 => ("md5::Md5", "md-5 = \"0.10\""),
        Algorithm::Sha1 => ("sha1::Sha1", "sha1 = \"0.10\""),
        Algorithm::Sha224 => ("sha2::Sha224", "sha2 = \"0.10\""),
        Algorithm::Sha256 => ("sha2::Sha256", "sha2 = \"0.10\""),
        Algorithm::Sha384 => ("sha2::Sha384", "sha2 = \"0.10\""),
        Algorithm::Sha512 => ("sha2::Sha512", "sha2 = \"0.10\""),
        Algorithm::Sha512_256 => ("sha2::Sha512_256", "sha2 = \"0.10\""),
        Algorithm::Sha3_256 | Algorithm::Sha3_512 => return None,
    })
}

/// The `[dependencies]` a program for `plan` needs.
/// The Cargo dependencies of the program for `plan`, with what its handshake answer needs.
pub fn dependencies(plan: &Plan) -> Option<Vec<&'static str>> {
    let mut deps = verifier_dependencies(plan)?;
    if let Some(h) = &plan.handshake {
        let mut need = Vec::new();
        if matches!(h.from, Challenge::Body { .. }) || matches!(h.answer, Answer::Hmac { .. }) {
            need.push("serde_json = \"1\"");
        }
        if let Answer::Hmac { .. } = h.answer {
            need.extend(["base64 = \"0.22\"", "hmac = \"0.12\"", "sha2 = \"0.10\""]);
        }
        for d in need {
            if !deps.contains(&d) {
                deps.push(d);
            }
        }
    }
    Some(deps)
}

fn verifier_dependencies(plan: &Plan) -> Option<Vec<&'static str>> {
    if let Some(spec) = &plan.public_key {
        let mut deps = vec![
            "axum = \"0.8\"",
            "tokio = { version = \"1\", features = [\"macros\", \"rt-multi-thread\", \"net\"] }",
            match spec.alg {
                PkAlg::Es256 => "p256 = { version = \"0.13\", features = [\"ecdsa\", \"pkcs8\"] }",
                PkAlg::Es384 => "p384 = { version = \"0.13\", features = [\"ecdsa\", \"pkcs8\"] }",
                PkAlg::Ed25519 => "ed25519-dalek = { version = \"2\", features = [\"pkcs8\"] }",
                _ => return None,
            },
        ];
        let texts = [spec.key == KeyForm::Hex, spec.signature == SigText::Hex];
        if texts.contains(&true) {
            deps.push("hex = \"0.4\"");
        }
        if texts.contains(&false) {
            deps.push("base64 = \"0.22\"");
        }
        return Some(deps);
    }
    let (_, hash_crate) = hash(plan.algorithm)?;
    let mut deps = vec![
        "axum = \"0.8\"",
        "tokio = { version = \"1\", features = [\"macros\", \"rt-multi-thread\", \"net\"] }",
        "hmac = \"0.12\"",
        hash_crate,
        "subtle = \"2\"",
    ];
    let body_hash = plan.url_body_hash().is_some();
    let hex = matches!(plan.key, KeyHandling::Hex) || matches!(plan.output, OutputEncoding::Hex) || body_hash;
    let base64 = matches!(plan.key, KeyHandling::WhsecBase64) || !matches!(plan.output, OutputEncoding::Hex);
    if plan.signs_form() {
        deps.push("form_urlencoded = \"1\"");
    }
    if body_hash && hash_crate != "sha2 = \"0.10\"" {
        deps.push("sha2 = \"0.10\"");
    }
    if plan.reads_json() {
        deps.push("serde_json = \"1\"");
    }
    if hex {
        deps.push("hex = \"0.4\"");
    }
    if base64 {
        deps.push("base64 = \"0.22\"");
    }
    Some(deps)
}

fn refuse(status: &str, why: &str) -> String {
    format!("return (StatusCode::{status}, {});", rs(why))
}

pub fn program(plan: &Plan) -> Option<String> {
    let (hash_type, _) = hash(plan.algorithm)?;
    let deps = dependencies(plan)?;
    let mut out = contract(plan, Language::Rust, "//");
    out.push_str("// Cargo.toml [dependencies]:\n");
    for d in &deps {
        out.push_str(&format!("//   {d}\n"));
    }
    let uses_b64 = deps.iter().any(|d| d.starts_with("base64"));
    let route = if plan.get() { "get" } else { "post" };
    out.push_str(&format!(
        "use axum::http::{{HeaderMap, StatusCode}};\nuse axum::routing::{route};\nuse axum::Router;\n"
    ));
    if uses_b64 {
        out.push_str("use base64::Engine;\n");
    }
    if plan.public_key.is_none() {
        out.push_str("use hmac::{Hmac, Mac};\nuse std::sync::OnceLock;\nuse subtle::ConstantTimeEq;\n\n");
    } else {
        out.push_str("use std::sync::OnceLock;\n\n");
    }
    out.push_str("static KEY: OnceLock<Vec<u8>> = OnceLock::new();\n\n");
    let names = |h: &str| plan.names(h).iter().map(|n| rs(n)).collect::<Vec<_>>().join(", ");
    out.push_str(
        "/// The first of these request headers that is set, as text.\nfn first_header<'a>(headers: &'a HeaderMap, names: &[&str]) -> Option<&'a str> {\n    names.iter().find_map(|n| headers.get(*n).and_then(|v| v.to_str().ok()).filter(|v| !v.is_empty()))\n}\n\n",
    );
    if plan.reads_json() {
        out.push_str(
            "/// The text at this path of the parsed JSON body (empty when absent).\nfn member(doc: &serde_json::Value, path: &[&str]) -> String {\n    use serde_json::Value;\n    let mut v = doc;\n    for k in path {\n        v = match v {\n            Value::Object(m) => m.get(*k),\n            Value::Array(a) => k.parse::<usize>().ok().and_then(|i| a.get(i)),\n            _ => None,\n        }\n        .unwrap_or(&Value::Null);\n    }\n    match v {\n        Value::String(s) => s.clone(),\n        Value::Number(n) => n.to_string(),\n        Value::Bool(b) => b.to_string(),\n        _ => String::new(),\n    }\n}\n\n",
        );
    }
    // A value from where the request carries it, bound to `var` (a header's is borrowed, a
    // JSON member's owned), or the request is refused.
    let read = |var: &str, c: Carrier| {
        match c {
        Carrier::Header(h) => format!(
            "    let Some({var}) = first_header(&headers, &[{}]) else {{\n        {}\n    }};\n",
            names(h),
            refuse("BAD_REQUEST", &c.missing())
        ),
        Carrier::Json(path) => format!(
            "    let {var} = member(&doc, &[{}]);\n",
            path.iter().map(|k| rs(k)).collect::<Vec<_>>().join(", ")
        ),
        Carrier::Query(name) => format!(
            "    let Some({var}) = query_pairs(&uri).find(|(k, _)| *k == {}).map(|(_, v)| v) else {{\n        {}\n    }};\n",
            rs(name),
            refuse("BAD_REQUEST", &c.missing())
        ),
    }
    };
    if plan.get() {
        out.push_str("/// The query string's parameters as sent (not decoded), as (name, value) pairs.\nfn query_pairs(uri: &axum::http::Uri) -> impl Iterator<Item = (&str, &str)> {\n    uri.query().unwrap_or_default().split('&').filter(|p| !p.is_empty()).map(|p| p.split_once('=').unwrap_or((p, \"\")))\n}\n\n");
    }
    let mut body = String::new();
    if plan.reads_json() {
        body.push_str(&format!(
            "    let Ok(doc) = serde_json::from_slice::<serde_json::Value>(&body) else {{\n        {}\n    }};\n",
            refuse("BAD_REQUEST", "the body is not JSON")
        ));
    }
    body.push_str(&read("header", plan.signature));
    if matches!(plan.signature, Carrier::Json(_)) {
        body.push_str(&format!(
            "    if header.is_empty() {{\n        {}\n    }}\n    let header = header.as_str();\n",
            refuse("BAD_REQUEST", &plan.signature.missing())
        ));
    }
    body.push_str(&match plan.format {
        SigFormat::Plain { prefix: "" } => "    let signatures = vec![header.trim()];\n".to_string(),
        SigFormat::Plain { prefix } => format!(
            "    let Some(signature) = header.strip_prefix({p}) else {{\n        {}\n    }};\n    let signatures = vec![signature];\n",
            refuse("BAD_REQUEST", &format!("signature header does not start with {prefix}")),
            p = rs(prefix)
        ),
        // Signatures only, no timestamp in the header (PagerDuty's `v1=…,v1=…`).
        SigFormat::KeyValue { pair_sep, ts: "", sig } => format!(
            "    let signatures: Vec<&str> = header.split({sep:?}).filter_map(|item| item.trim().split_once('=')).filter(|(k, _)| *k == {sig}).map(|(_, v)| v).collect();\n    if signatures.is_empty() {{\n        {}\n    }}\n",
            refuse("BAD_REQUEST", "cannot read the signature header"),
            sep = pair_sep,
            sig = rs(sig),
        ),
        SigFormat::KeyValue { pair_sep, ts, sig } => format!(
            "    let pairs: Vec<(&str, &str)> = header.split({sep:?}).filter_map(|item| item.trim().split_once('=')).collect();\n    let stamps: Vec<&str> = pairs.iter().filter(|(k, _)| *k == {ts}).map(|(_, v)| *v).collect();\n    let signatures: Vec<&str> = pairs.iter().filter(|(k, _)| *k == {sig}).map(|(_, v)| *v).collect();\n    if stamps.len() != 1 || signatures.is_empty() {{\n        {}\n    }}\n    let {var} = stamps[0];\n",
            refuse("BAD_REQUEST", "cannot read the signature header"),
            sep = pair_sep,
            ts = rs(ts),
            sig = rs(sig),
            var = plan.header_timestamp.unwrap_or("timestamp"),
        ),
        SigFormat::VersionedList { version } => format!(
            "    let signatures: Vec<&str> = header.split(' ').filter_map(|e| e.strip_prefix({v})).collect();\n    if signatures.is_empty() {{\n        {}\n    }}\n",
            refuse("BAD_REQUEST", &format!("no {version}, signature in the header")),
            v = rs(&format!("{version},")),
        ),
        SigFormat::AppKey { .. } => return None,
    });
    for (var, c) in &plan.reads {
        match c {
            Carrier::Header(h) if !plan.uses(var) => body.push_str(&format!(
                "    if first_header(&headers, &[{}]).is_none() {{\n        {}\n    }}\n",
                names(h),
                refuse("BAD_REQUEST", &c.missing())
            )),
            _ => body.push_str(&read(var, *c)),
        }
    }
    if let Some(t) = plan.tolerance {
        let now = if t.millis { "as_millis()" } else { "as_secs()" };
        let check = if t.both_directions { "now.abs_diff(stamp)" } else { "now.saturating_sub(stamp)" };
        body.push_str(&format!(
            "    let Ok(stamp) = {v}.parse::<u64>() else {{\n        {}\n    }};\n    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.{now} as u64).unwrap_or(0);\n    if {check} > {limit} {{\n        {}\n    }}\n",
            refuse("BAD_REQUEST", "timestamp is not a number"),
            refuse("BAD_REQUEST", "timestamp outside the tolerance"),
            v = t.var,
            limit = t.limit,
        ));
    }
    if plan.signs_url() {
        body.push_str(
            "    // The URL the provider called: behind a proxy, its scheme is in X-Forwarded-Proto.\n    let url = match std::env::var(\"WEBHOOK_URL\") {\n        Ok(url) if !url.is_empty() => url,\n        _ => {\n            let proto = first_header(&headers, &[\"X-Forwarded-Proto\"]).and_then(|p| p.split(',').next()).unwrap_or(\"http\").trim();\n            let host = first_header(&headers, &[\"Host\"]).unwrap_or_default();\n            format!(\"{proto}://{host}{}\", uri.path_and_query().map_or(\"/\", |pq| pq.as_str()))\n        }\n    };\n",
        );
    }
    if plan.signs_form() {
        match plan.url_body_hash() {
            Some(param) => body.push_str(&format!(
                "    // A JSON body: the URL carries its SHA-256 ({param}) and is signed alone.\n    let body_hash = url.split_once('?').and_then(|(_, q)| q.split('&').find_map(|kv| kv.strip_prefix(\"{param}=\")));\n    if let Some(hash) = body_hash {{\n        use sha2::Digest;\n        if !bool::from(hex::encode(sha2::Sha256::digest(&body)).as_bytes().ct_eq(hash.as_bytes())) {{\n            {}\n        }}\n    }}\n    let form_body: &[u8] = if body_hash.is_some() {{ &[] }} else {{ &body }};\n",
                refuse("BAD_REQUEST", &format!("{param} is not the SHA-256 of the body"))
            )),
            _ => body.push_str("    let form_body: &[u8] = &body;\n"),
        }
        body.push_str(
            "    // The form parameters, URL-decoded, sorted by name then value, each as name + value.\n    let mut params: Vec<(String, String)> = form_urlencoded::parse(form_body).into_owned().collect();\n    params.sort();\n    let form: String = params.iter().map(|(k, v)| format!(\"{k}{v}\")).collect();\n",
        );
    }
    if let Some(drop) = plan.query_drop() {
        body.push_str(&format!(
            "    // The other query parameters as sent, sorted by name then value, joined as k=v with &.\n    let mut params: Vec<(&str, &str)> = query_pairs(&uri).filter(|(k, _)| ![{}].contains(k)).collect();\n    params.sort();\n    let sorted_query = params.iter().map(|(k, v)| format!(\"{{k}}={{v}}\")).collect::<Vec<_>>().join(\"&\");\n",
            drop.iter().map(|d| rs(d)).collect::<Vec<_>>().join(", ")
        ));
    }
    if let Some(spec) = &plan.public_key {
        body.push_str("    let mut message: Vec<u8> = Vec::new();\n");
        for p in &plan.pieces {
            body.push_str(&match p {
                Piece::Text(s) => format!("    message.extend_from_slice({}.as_bytes());\n", rs(s)),
                Piece::Var(v) => format!("    message.extend_from_slice({v}.as_bytes());\n"),
                Piece::Body => "    message.extend_from_slice(&body);\n".to_string(),
                _ => return None,
            });
        }
        let key = "KEY.get().map(Vec::as_slice).unwrap_or_default()";
        let (load, parse, verify) = match spec.alg {
            PkAlg::Ed25519 => (
                format!("<[u8; 32]>::try_from({key}).ok().and_then(|raw| ed25519_dalek::VerifyingKey::from_bytes(&raw).ok())"),
                "ed25519_dalek::Signature::from_slice(&b).ok()",
                "ed25519_dalek::Verifier::verify(&key, &message, &sig).is_ok()",
            ),
            PkAlg::Es256 => (
                format!("p256::pkcs8::DecodePublicKey::from_public_key_der({key}).ok().map(|k: p256::ecdsa::VerifyingKey| k)"),
                "p256::ecdsa::Signature::from_der(&b).ok()",
                "p256::ecdsa::signature::Verifier::verify(&key, &message, &sig).is_ok()",
            ),
            PkAlg::Es384 => (
                format!("p384::pkcs8::DecodePublicKey::from_public_key_der({key}).ok().map(|k: p384::ecdsa::VerifyingKey| k)"),
                "p384::ecdsa::Signature::from_der(&b).ok()",
                "p384::ecdsa::signature::Verifier::verify(&key, &message, &sig).is_ok()",
            ),
            _ => return None,
        };
        body.push_str(&format!(
            "    let Some(key) = {load} else {{\n        {}\n    }};\n    let valid = signatures.iter().any(|s| {{\n        {}.ok().and_then(|b| {parse}).is_some_and(|sig| {verify})\n    }});\n    if valid {{\n        (StatusCode::OK, \"ok\")\n    }} else {{\n        (StatusCode::UNAUTHORIZED, \"invalid signature\")\n    }}\n",
            refuse("BAD_REQUEST", "the key cannot be used"),
            public_key::signature_bytes(Language::Rust, spec, "s"),
        ));
    } else {
        body.push_str(&format!(
        "    let Ok(mut mac) = Hmac::<{hash_type}>::new_from_slice(KEY.get().map(Vec::as_slice).unwrap_or_default()) else {{\n        {}\n    }};\n",
        refuse("BAD_REQUEST", "the key cannot be used")
    ));
        for p in &plan.pieces {
            body.push_str(&match p {
                Piece::Text(s) => format!("    mac.update({}.as_bytes());\n", rs(s)),
                Piece::Var(v) => format!("    mac.update({v}.as_bytes());\n"),
                Piece::Body => "    mac.update(&body);\n".to_string(),
                Piece::Url => "    mac.update(url.as_bytes());\n".to_string(),
                // The URL up to its query string.
                Piece::UrlWithoutQuery => {
                    "    mac.update(url.split(['?', '#']).next().unwrap_or_default().as_bytes());\n"
                        .to_string()
                }
                Piece::Method => "    mac.update(method.as_str().as_bytes());\n".to_string(),
                Piece::SortedForm => "    mac.update(form.as_bytes());\n".to_string(),
                Piece::SortedQuery { .. } => "    mac.update(sorted_query.as_bytes());\n".to_string(),
            });
        }
        let encode = match plan.output {
            OutputEncoding::Hex => "hex::encode(tag)",
            OutputEncoding::Base64 => "base64::engine::general_purpose::STANDARD.encode(tag)",
            OutputEncoding::Base64Url => "base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(tag)",
        };
        body.push_str(&format!(
        "    let tag = mac.finalize().into_bytes();\n    let expected = {encode};\n    if signatures.iter().any(|s| bool::from(s.as_bytes().ct_eq(expected.as_bytes()))) {{\n        (StatusCode::OK, \"ok\")\n    }} else {{\n        (StatusCode::UNAUTHORIZED, \"invalid signature\")\n    }}\n"
    ));
    }
    let mut extractors = String::new();
    if plan.pieces.contains(&Piece::Method) {
        extractors.push_str("method: axum::http::Method, ");
    }
    if plan.signs_url() || plan.get() {
        extractors.push_str("uri: axum::http::Uri, ");
    }
    out.push_str(&format!(
        "{doc}async fn webhook({extractors}headers: HeaderMap{body_param}) -> (StatusCode, &'static str) {{\n{body}}}\n\n",
        doc = if plan.get() { "" } else { "/// `body` is the raw request body, before any parsing.\n" },
        body_param = if plan.get() { "" } else { ", body: axum::body::Bytes" }
    ));
    let pk_key = plan.public_key.as_ref().map(|spec| {
        format!("{}.map_err(|e| e.to_string())", public_key::key_bytes(Language::Rust, spec, "secret.trim()"))
    });
    let key = match plan.key {
        _ if pk_key.is_some() => pk_key.as_deref().unwrap_or_default(),
        KeyHandling::Text => "Ok::<Vec<u8>, String>(secret.into_bytes())",
        KeyHandling::Hex => "hex::decode(secret.trim()).map_err(|e| e.to_string())",
        KeyHandling::WhsecBase64 => {
            "base64::engine::general_purpose::STANDARD.decode(secret.trim().trim_start_matches(\"whsec_\")).map_err(|e| e.to_string())"
        }
    };
    out.push_str(&format!(
        "#[tokio::main]\nasync fn main() {{\n    let secret = std::env::var(\"WEBHOOK_SECRET\").unwrap_or_default();\n    match {key} {{\n        Ok(key) => {{\n            let _ = KEY.set(key);\n        }}\n        Err(e) => {{\n            eprintln!(\"WEBHOOK_SECRET cannot be decoded: {{e}}\");\n            std::process::exit(1);\n        }}\n    }}\n    let port = std::env::var(\"PORT\").unwrap_or_else(|_| \"3000\".into());\n    let app = Router::new().route(\"/webhook\", {route}(webhook));\n    let listener = tokio::net::TcpListener::bind(format!(\"0.0.0.0:{{port}}\")).await.expect(\"the port is free\");\n    println!(\"listening on {{port}}\");\n    axum::serve(listener, app).await.expect(\"the server runs\");\n}}\n"
    ));
    Some(out)
}
