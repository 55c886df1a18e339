//! The Java verification program: JDK only (`com.sun.net.httpserver` and `javax.crypto`),
//! runnable as `java Verify.java`.

use super::{contract, public_key, Carrier, Language, Piece, Plan};
use crate::engine::presets::types::{KeyHandling, OutputEncoding, SigFormat};
use crate::engine::Algorithm;

/// A small JSON reader and `member(doc, path…)`, for programs that read the JSON body.
pub(super) const JSON: &str = include_str!("json.java");

/// A Java string literal.
pub(super) fn java(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n").replace('\r', "\\r"))
}

/// The JCA name of the HMAC.
pub(super) fn mac_name(a: Algorithm) -> &'static str {
    match a {
        Algorithm::Md5 => "HmacMD5",
        Algorithm::Sha1 => "HmacSHA1",
        Algorithm::Sha224 => "HmacSHA224",
        Algorithm::Sha256 => "HmacSHA256",
        Algorithm::Sha384 => "HmacSHA384",
        Algorithm::Sha512 => "HmacSHA512",
        Algorithm::Sha512_256 => "HmacSHA512/256",
        Algorithm::Sha3_256 => "HmacSHA3-256",
        Algorithm::Sha3_512 => "HmacSHA3-512",
    }
}

/// `None` where a public-key plan signs a piece the program cannot read here.
pub fn program(plan: &Plan) -> Option<String> {
    let mut out = contract(plan, Language::Java, "//");
    out.push_str("import com.sun.net.httpserver.HttpExchange;\nimport com.sun.net.httpserver.HttpServer;\nimport java.io.IOException;\nimport java.io.OutputStream;\nimport java.net.InetSocketAddress;\nimport java.nio.charset.StandardCharsets;\nimport java.security.MessageDigest;\nimport java.util.ArrayList;\nimport java.util.Base64;\nimport java.util.HashMap;\nimport java.util.HexFormat;\nimport java.util.List;\nimport java.util.Map;\nimport java.util.Objects;\nimport javax.crypto.Mac;\nimport javax.crypto.spec.SecretKeySpec;\n\npublic class Verify {\n");
    out.push_str("    static final String SECRET = Objects.requireNonNullElse(System.getenv(\"WEBHOOK_SECRET\"), \"\");\n\n");
    let load_key = match &plan.public_key {
        None => String::new(),
        Some(spec) => {
            let bytes = public_key::key_bytes(Language::Java, spec, "SECRET.trim()");
            let (der, kind) = match public_key::ecdsa_hash(spec) {
                None => (
                    format!("java.nio.ByteBuffer.allocate(44).put(HexFormat.of().parseHex(\"{}\")).put({bytes}).array()", public_key::ED25519_SPKI_PREFIX),
                    "Ed25519",
                ),
                Some(_) => (bytes, "EC"),
            };
            out.push_str(&format!(
                "    /** The provider's public key (a raw Ed25519 key gets the SPKI header Java reads). */\n    static java.security.PublicKey publicKey() throws Exception {{\n        byte[] der = {der};\n        return java.security.KeyFactory.getInstance(\"{kind}\").generatePublic(new java.security.spec.X509EncodedKeySpec(der));\n    }}\n\n    static java.security.PublicKey KEY;\n\n"
            ));
            "        try {\n            KEY = publicKey();\n        } catch (Exception e) {\n            System.err.println(\"WEBHOOK_SECRET is not a valid public key\");\n            System.exit(1);\n        }\n".to_string()
        }
    };
    out.push_str("    public static void main(String[] args) throws IOException {\n");
    out.push_str(&load_key);
    out.push_str("        int port = Integer.parseInt(Objects.requireNonNullElse(System.getenv(\"PORT\"), \"3000\"));\n        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);\n        server.createContext(\"/webhook\", Verify::handle);\n        server.start();\n        System.out.println(\"listening on \" + port);\n    }\n\n");
    out.push_str("    /** The first of these request headers that is set, or null. */\n    static String header(com.sun.net.httpserver.Headers headers, String... names) {\n        for (String n : names) {\n            String v = headers.getFirst(n);\n            if (v != null && !v.isEmpty()) {\n                return v;\n            }\n        }\n        return null;\n    }\n\n");
    if plan.reads_json() {
        out.push_str(JSON);
    }
    let get = |c: Carrier| {
        match c {
        Carrier::Header(h) => {
            let names: Vec<String> = plan.names(h).iter().map(|n| java(n)).collect();
            format!("header(headers, {})", names.join(", "))
        }
        Carrier::Json(path) => {
            format!("member(doc, {})", path.iter().map(|k| java(k)).collect::<Vec<_>>().join(", "))
        }
        Carrier::Query(name) => format!(
            "queryPairs(exchange).stream().filter(kv -> kv[0].equals({})).map(kv -> kv[1]).findFirst().orElse(null)",
            java(name)
        ),
    }
    };
    if plan.get() {
        out.push_str("    /** The query string's parameters as sent (not decoded), as {name, value} pairs. */\n    static List<String[]> queryPairs(HttpExchange exchange) {\n        List<String[]> pairs = new ArrayList<>();\n        String query = Objects.requireNonNullElse(exchange.getRequestURI().getRawQuery(), \"\");\n        for (String p : query.split(\"&\")) {\n            if (!p.isEmpty()) {\n                String[] kv = p.split(\"=\", 2);\n                pairs.add(new String[] {kv[0], kv.length > 1 ? kv[1] : \"\"});\n            }\n        }\n        return pairs;\n    }\n\n");
    }
    let doc = if plan.reads_json() {
        "        Object doc = Json.parse(new String(body, StandardCharsets.UTF_8));\n"
    } else {
        ""
    };
    out.push_str("    /** A request that is refused, with the status and the reason. */\n    static final class Refused extends Exception {\n        final int status;\n\n        Refused(int status, String why) {\n            super(why);\n            this.status = status;\n        }\n    }\n\n");
    out.push_str("    static void handle(HttpExchange exchange) throws IOException {\n        int status = 200;\n        String text = \"ok\";\n        try {\n            verify(exchange);\n        } catch (Refused r) {\n            status = r.status;\n            text = r.getMessage();\n        } catch (Exception e) {\n            status = 400;\n            text = \"cannot read the request\";\n        }\n        byte[] reply = text.getBytes(StandardCharsets.UTF_8);\n        exchange.sendResponseHeaders(status, reply.length);\n        try (OutputStream o = exchange.getResponseBody()) {\n            o.write(reply);\n        }\n    }\n\n");
    let key = match plan.key {
        KeyHandling::Text => "SECRET.getBytes(StandardCharsets.UTF_8)",
        KeyHandling::Hex => "HexFormat.of().parseHex(SECRET.trim())",
        KeyHandling::WhsecBase64 => {
            "Base64.getDecoder().decode(SECRET.trim().replaceFirst(\"^whsec_\", \"\"))"
        }
    };
    out.push_str(&format!(
        "    static void verify(HttpExchange exchange) throws Exception {{\n        if (!exchange.getRequestMethod().equals(\"{method}\")) {{\n            throw new Refused(405, \"{method} only\");\n        }}\n{read}        var headers = exchange.getRequestHeaders();\n{doc}        String header = {h};\n        if (header == null || header.isEmpty()) {{\n            throw new Refused(400, {missing});\n        }}\n        List<String> signatures = new ArrayList<>();\n",
        h = get(plan.signature),
        missing = java(&plan.signature.missing()),
        method = if plan.get() { "GET" } else { "POST" },
        read = if plan.get() {
            ""
        } else {
            "        byte[] body = exchange.getRequestBody().readAllBytes(); // the raw bytes, before any parsing\n"
        },
    ));
    out.push_str(&match plan.format {
        SigFormat::Plain { prefix: "" } => "        signatures.add(header.trim());\n".to_string(),
        SigFormat::Plain { prefix } => format!(
            "        if (!header.startsWith({p})) {{\n            throw new Refused(400, \"signature header does not start with {prefix}\");\n        }}\n        signatures.add(header.substring({n}));\n",
            p = java(prefix),
            n = prefix.len()
        ),
        // Signatures only, no timestamp in the header (PagerDuty's `v1=…,v1=…`).
        SigFormat::KeyValue { pair_sep, ts: "", sig } => format!(
            "        for (String item : header.split(java.util.regex.Pattern.quote({sep}))) {{\n            String[] kv = item.trim().split(\"=\", 2);\n            if (kv.length == 2 && kv[0].equals({sig})) {{\n                signatures.add(kv[1]);\n            }}\n        }}\n        if (signatures.isEmpty()) {{\n            throw new Refused(400, \"cannot read the signature header\");\n        }}\n",
            sep = java(&pair_sep.to_string()),
            sig = java(sig),
        ),
        SigFormat::KeyValue { pair_sep, ts, sig } => format!(
            "        List<String> stamps = new ArrayList<>();\n        for (String item : header.split(java.util.regex.Pattern.quote({sep}))) {{\n            String[] kv = item.trim().split(\"=\", 2);\n            if (kv.length != 2) {{\n                continue;\n            }}\n            if (kv[0].equals({ts})) {{\n                stamps.add(kv[1]);\n            }} else if (kv[0].equals({sig})) {{\n                signatures.add(kv[1]);\n            }}\n        }}\n        if (stamps.size() != 1 || signatures.isEmpty()) {{\n            throw new Refused(400, \"cannot read the signature header\");\n        }}\n        String {var} = stamps.get(0);\n",
            sep = java(&pair_sep.to_string()),
            ts = java(ts),
            sig = java(sig),
            var = plan.header_timestamp.unwrap_or("timestamp"),
        ),
        SigFormat::VersionedList { version } => format!(
            "        for (String entry : header.split(\" \")) {{\n            if (entry.startsWith({v})) {{\n                signatures.add(entry.substring({n}));\n            }}\n        }}\n        if (signatures.isEmpty()) {{\n            throw new Refused(400, \"no {version}, signature in the header\");\n        }}\n",
            v = java(&format!("{version},")),
            n = version.len() + 1
        ),
        SigFormat::AppKey { .. } => String::new(),
    });
    for (var, c) in &plan.reads {
        out.push_str(&format!("        String {var} = {};\n", get(*c)));
        if c.required() {
            out.push_str(&format!(
                "        if ({var} == null || {var}.isEmpty()) {{\n            throw new Refused(400, {});\n        }}\n",
                java(&c.missing())
            ));
        }
    }
    if let Some(t) = plan.tolerance {
        let now = if t.millis { "System.currentTimeMillis()" } else { "System.currentTimeMillis() / 1000" };
        let check = if t.both_directions { "Math.abs(age)" } else { "age" };
        out.push_str(&format!(
            "        if (!{v}.matches(\"[0-9]{{1,18}}\")) {{\n            throw new Refused(400, \"timestamp is not a number\");\n        }}\n        long age = {now} - Long.parseLong({v});\n        if ({check} > {limit}L) {{\n            throw new Refused(400, \"timestamp outside the tolerance\");\n        }}\n",
            v = t.var,
            limit = t.limit
        ));
    }
    if plan.signs_url() {
        out.push_str(
            "        // The URL the provider called: behind a proxy, its scheme is in X-Forwarded-Proto.\n        String url = Objects.requireNonNullElse(System.getenv(\"WEBHOOK_URL\"), \"\");\n        if (url.isEmpty()) {\n            String proto = Objects.requireNonNullElse(header(headers, \"X-Forwarded-Proto\"), \"http\").split(\",\")[0].trim();\n            url = proto + \"://\" + Objects.requireNonNullElse(header(headers, \"Host\"), \"\") + exchange.getRequestURI();\n        }\n",
        );
    }
    if plan.signs_form() {
        match plan.url_body_hash() {
            Some(param) => out.push_str(&format!(
                "        // A JSON body: the URL carries its SHA-256 ({param}) and is signed alone.\n        java.util.regex.Matcher bodyHash = java.util.regex.Pattern.compile(\"[?&]{param}=([^&]*)\").matcher(url);\n        byte[] formBody = body;\n        if (bodyHash.find()) {{\n            String actual = HexFormat.of().formatHex(MessageDigest.getInstance(\"SHA-256\").digest(body));\n            if (!MessageDigest.isEqual(actual.getBytes(StandardCharsets.UTF_8), bodyHash.group(1).getBytes(StandardCharsets.UTF_8))) {{\n                throw new Refused(400, \"{param} is not the SHA-256 of the body\");\n            }}\n            formBody = new byte[0];\n        }}\n"
            )),
            _ => out.push_str("        byte[] formBody = body;\n"),
        }
        out.push_str(
            "        // The form parameters, URL-decoded, sorted by name then value, each as name + value.\n        List<String[]> params = new ArrayList<>();\n        for (String pair : new String(formBody, StandardCharsets.UTF_8).split(\"&\")) {\n            if (!pair.isEmpty()) {\n                String[] kv = pair.split(\"=\", 2);\n                String value = kv.length > 1 ? kv[1] : \"\";\n                params.add(new String[] {java.net.URLDecoder.decode(kv[0], StandardCharsets.UTF_8), java.net.URLDecoder.decode(value, StandardCharsets.UTF_8)});\n            }\n        }\n        params.sort(java.util.Comparator.comparing((String[] kv) -> kv[0]).thenComparing(kv -> kv[1]));\n        StringBuilder form = new StringBuilder();\n        for (String[] kv : params) {\n            form.append(kv[0]).append(kv[1]);\n        }\n",
        );
    }
    if let Some(drop) = plan.query_drop() {
        out.push_str(&format!(
            "        // The other query parameters as sent, sorted by name then value, joined as k=v with &.\n        List<String> drop = List.of({});\n        List<String[]> params = new ArrayList<>(queryPairs(exchange).stream().filter(kv -> !drop.contains(kv[0])).toList());\n        params.sort(java.util.Comparator.comparing((String[] kv) -> kv[0]).thenComparing(kv -> kv[1]));\n        List<String> joined = new ArrayList<>();\n        for (String[] kv : params) {{\n            joined.add(kv[0] + \"=\" + kv[1]);\n        }}\n        String sortedQuery = String.join(\"&\", joined);\n",
            drop.iter().map(|d| java(d)).collect::<Vec<_>>().join(", ")
        ));
    }
    if let Some(spec) = &plan.public_key {
        out.push_str(
            "        java.io.ByteArrayOutputStream message = new java.io.ByteArrayOutputStream();\n",
        );
        for p in &plan.pieces {
            out.push_str(&match p {
                Piece::Text(s) => {
                    format!("        message.write({}.getBytes(StandardCharsets.UTF_8));\n", java(s))
                }
                Piece::Var(v) => format!("        message.write({v}.getBytes(StandardCharsets.UTF_8));\n"),
                Piece::Body => "        message.write(body);\n".to_string(),
                _ => return None,
            });
        }
        let alg = match public_key::ecdsa_hash(spec) {
            None => "Ed25519".to_string(),
            Some(h) => format!("{h}withECDSA"),
        };
        out.push_str(&format!(
            "        for (String s : signatures) {{\n            try {{\n                java.security.Signature verifier = java.security.Signature.getInstance(\"{alg}\");\n                verifier.initVerify(KEY);\n                verifier.update(message.toByteArray());\n                if (verifier.verify({})) {{\n                    return;\n                }}\n            }} catch (IllegalArgumentException | java.security.SignatureException e) {{\n                // Not a signature in this form: the next one, or refused below.\n            }}\n        }}\n        throw new Refused(401, \"invalid signature\");\n    }}\n}}\n",
            public_key::signature_bytes(Language::Java, spec, "s"),
        ));
        return Some(out);
    }
    let alg = java(mac_name(plan.algorithm));
    out.push_str(&format!(
        "        Mac mac = Mac.getInstance({alg});\n        mac.init(new SecretKeySpec({key}, {alg}));\n"
    ));
    for p in &plan.pieces {
        out.push_str(&match p {
            Piece::Text(s) => format!("        mac.update({}.getBytes(StandardCharsets.UTF_8));\n", java(s)),
            Piece::Var(v) => format!("        mac.update({v}.getBytes(StandardCharsets.UTF_8));\n"),
            Piece::Body => "        mac.update(body);\n".to_string(),
            Piece::Url => "        mac.update(url.getBytes(StandardCharsets.UTF_8));\n".to_string(),
            // The URL up to its query string.
            Piece::UrlWithoutQuery => {
                "        mac.update(url.split(\"[?#]\", 2)[0].getBytes(StandardCharsets.UTF_8));\n"
                    .to_string()
            }
            Piece::Method => {
                "        mac.update(exchange.getRequestMethod().getBytes(StandardCharsets.UTF_8));\n"
                    .to_string()
            }
            Piece::SortedForm => {
                "        mac.update(form.toString().getBytes(StandardCharsets.UTF_8));\n".to_string()
            }
            Piece::SortedQuery { .. } => {
                "        mac.update(sortedQuery.getBytes(StandardCharsets.UTF_8));\n".to_string()
            }
        });
    }
    let encode = match plan.output {
        OutputEncoding::Hex => "HexFormat.of().formatHex(tag)",
        OutputEncoding::Base64 => "Base64.getEncoder().encodeToString(tag)",
        OutputEncoding::Base64Url => "Base64.getUrlEncoder().withoutPadding().encodeToString(tag)",
    };
    out.push_str(&format!(
        "        byte[] tag = mac.doFinal();\n        byte[] expected = {encode}.getBytes(StandardCharsets.UTF_8);\n        for (String s : signatures) {{\n            if (MessageDigest.isEqual(expected, s.getBytes(StandardCharsets.UTF_8))) {{\n                return;\n            }}\n        }}\n        throw new Refused(401, \"invalid signature\");\n    }}\n}}\n"
    ));
    Some(out)
}
