//! The Go verification program: standard library only (`net/http`), as old as Go 1.19.

use super::{contract, public_key, Carrier, Language, Piece, Plan};
use crate::engine::presets::types::{KeyForm, KeyHandling, OutputEncoding, SigFormat};
use crate::engine::pubkey::signature::SigText;
use crate::engine::Algorithm;
use std::collections::BTreeSet;

/// A Go string literal.
fn go(s: &str) -> String {
    format!("{s:?}")
}

/// The package and constructor of the hash, or `None` where the standard library has none
/// (SHA-3 lives in golang.org/x/crypto).
fn hash(a: Algorithm) -> Option<(&'static str, &'static str)> {
    Some(match a {
        Algorithm::Md5 => ("crypto/md5", "md5.New"),
        Algorithm::Sha1 => ("crypto/sha1", "sha1.New"),
        Algorithm::Sha224 => ("crypto/sha256", "sha256.New224"),
        Algorithm::Sha256 => ("crypto/sha256", "sha256.New"),
        Algorithm::Sha384 => ("crypto/sha512", "sha512.New384"),
        Algorithm::Sha512 => ("crypto/sha512", "sha512.New"),
        Algorithm::Sha512_256 => ("crypto/sha512", "sha512.New512_256"),
        Algorithm::Sha3_256 | Algorithm::Sha3_512 => return None,
    })
}

/// An HTTP error reply and return, at one level of indentation inside `webhook`.
fn refuse(status: u16, why: &str) -> String {
    format!("\t\thttp.Error(w, {}, {status})\n\t\treturn\n", go(why))
}

pub fn program(plan: &Plan) -> Option<String> {
    let (hash_pkg, hash_new) = hash(plan.algorithm)?;
    let mut imports: BTreeSet<&str> = ["log", "net/http", "os", "strings"].into_iter().collect();
    if plan.public_key.is_none() {
        imports.extend(["crypto/hmac", hash_pkg]);
    }
    let key = match plan.key {
        KeyHandling::Text => "[]byte(secret), error(nil)",
        KeyHandling::Hex => {
            imports.insert("encoding/hex");
            "hex.DecodeString(strings.TrimSpace(secret))"
        }
        KeyHandling::WhsecBase64 => {
            imports.insert("encoding/base64");
            "base64.StdEncoding.DecodeString(strings.TrimPrefix(strings.TrimSpace(secret), \"whsec_\"))"
        }
    };
    let (encode, encoding) = match plan.output {
        OutputEncoding::Hex => ("hex.EncodeToString(mac.Sum(nil))", "encoding/hex"),
        OutputEncoding::Base64 => ("base64.StdEncoding.EncodeToString(mac.Sum(nil))", "encoding/base64"),
        OutputEncoding::Base64Url => {
            ("base64.RawURLEncoding.EncodeToString(mac.Sum(nil))", "encoding/base64")
        }
    };
    if plan.public_key.is_none() {
        imports.insert(encoding);
    }
    let get = |c: Carrier| match c {
        Carrier::Header(h) => {
            let names: Vec<String> = plan.names(h).iter().map(|n| go(n)).collect();
            format!("firstHeader(r, {})", names.join(", "))
        }
        Carrier::Json(path) => {
            format!("member(doc, {})", path.iter().map(|k| go(k)).collect::<Vec<_>>().join(", "))
        }
        Carrier::Query(name) => format!("queryParam(r, {})", go(name)),
    };
    let mut doc = String::new();
    let mut helpers = String::new();
    if plan.get() {
        helpers.push_str("// queryPairs are the query string's parameters as sent (not decoded).\nfunc queryPairs(r *http.Request) [][2]string {\n\tvar pairs [][2]string\n\tfor _, p := range strings.Split(r.URL.RawQuery, \"&\") {\n\t\tif p == \"\" {\n\t\t\tcontinue\n\t\t}\n\t\tkv := strings.SplitN(p, \"=\", 2)\n\t\tif len(kv) == 1 {\n\t\t\tkv = append(kv, \"\")\n\t\t}\n\t\tpairs = append(pairs, [2]string{kv[0], kv[1]})\n\t}\n\treturn pairs\n}\n\n// queryParam is the first value of the query parameter, as sent.\nfunc queryParam(r *http.Request, name string) string {\n\tfor _, kv := range queryPairs(r) {\n\t\tif kv[0] == name {\n\t\t\treturn kv[1]\n\t\t}\n\t}\n\treturn \"\"\n}\n\n");
    }
    if plan.reads_json() {
        for i in ["bytes", "encoding/json", "strconv"] {
            imports.insert(i);
        }
        doc = format!(
            "\tdecoder := json.NewDecoder(bytes.NewReader(body))\n\tdecoder.UseNumber()\n\tvar doc any\n\tif err := decoder.Decode(&doc); err != nil {{\n{}\t}}\n",
            refuse(400, "the body is not JSON")
        );
        helpers.push_str("// member is the text at this path of the parsed JSON body (\"\" when absent).\nfunc member(doc any, path ...string) string {\n\tfor _, k := range path {\n\t\tswitch d := doc.(type) {\n\t\tcase map[string]any:\n\t\t\tdoc = d[k]\n\t\tcase []any:\n\t\t\ti, err := strconv.Atoi(k)\n\t\t\tif err != nil || i < 0 || i >= len(d) {\n\t\t\t\treturn \"\"\n\t\t\t}\n\t\t\tdoc = d[i]\n\t\tdefault:\n\t\t\treturn \"\"\n\t\t}\n\t}\n\tswitch d := doc.(type) {\n\tcase string:\n\t\treturn d\n\tcase json.Number:\n\t\treturn d.String()\n\tcase bool:\n\t\treturn strconv.FormatBool(d)\n\t}\n\treturn \"\"\n}\n\n");
    }
    let mut handler = String::new();
    handler.push_str(&format!(
        "{read}{doc}\theader := {h}\n\tif header == \"\" {{\n{}\t}}\n\tvar signatures []string\n",
        refuse(400, &plan.signature.missing()),
        h = get(plan.signature),
        read = if plan.get() {
            format!("\tif r.Method != http.MethodGet {{\n{}\t}}\n", refuse(405, "GET only"))
        } else {
            imports.insert("io");
            // Go refuses a variable never read: where the body is not signed, say so.
            let unused = !plan.reads_json() && !plan.pieces.iter().any(|p| matches!(p, Piece::Body | Piece::SortedForm));
            format!(
                "\tif r.Method != http.MethodPost {{\n{}\t}}\n\tbody, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 25<<20)) // the raw bytes\n\tif err != nil {{\n{}\t}}\n{}",
                refuse(405, "POST only"),
                refuse(400, "cannot read the body"),
                if unused { "\t_ = body // the body is not signed\n" } else { "" }
            )
        },
    ));
    handler.push_str(&match plan.format {
        SigFormat::Plain { prefix: "" } => "\tsignatures = append(signatures, strings.TrimSpace(header))\n".to_string(),
        SigFormat::Plain { prefix } => format!(
            "\tif !strings.HasPrefix(header, {p}) {{\n{}\t}}\n\tsignatures = append(signatures, strings.TrimPrefix(header, {p}))\n",
            refuse(400, &format!("signature header does not start with {prefix}")),
            p = go(prefix)
        ),
        // Signatures only, no timestamp in the header (PagerDuty's `v1=…,v1=…`).
        SigFormat::KeyValue { pair_sep, ts: "", sig } => format!(
            "\tfor _, item := range strings.Split(header, {sep}) {{\n\t\tkv := strings.SplitN(strings.TrimSpace(item), \"=\", 2)\n\t\tif len(kv) == 2 && kv[0] == {sig} {{\n\t\t\tsignatures = append(signatures, kv[1])\n\t\t}}\n\t}}\n\tif len(signatures) == 0 {{\n{}\t}}\n",
            refuse(400, "cannot read the signature header"),
            sep = go(&pair_sep.to_string()),
            sig = go(sig),
        ),
        SigFormat::KeyValue { pair_sep, ts, sig } => format!(
            "\tvar stamps []string\n\tfor _, item := range strings.Split(header, {sep}) {{\n\t\tkv := strings.SplitN(strings.TrimSpace(item), \"=\", 2)\n\t\tif len(kv) != 2 {{\n\t\t\tcontinue\n\t\t}}\n\t\tswitch kv[0] {{\n\t\tcase {ts}:\n\t\t\tstamps = append(stamps, kv[1])\n\t\tcase {sig}:\n\t\t\tsignatures = append(signatures, kv[1])\n\t\t}}\n\t}}\n\tif len(stamps) != 1 || len(signatures) == 0 {{\n{}\t}}\n\t{var} := stamps[0]\n",
            refuse(400, "cannot read the signature header"),
            sep = go(&pair_sep.to_string()),
            ts = go(ts),
            sig = go(sig),
            var = plan.header_timestamp.unwrap_or("timestamp"),
        ),
        SigFormat::VersionedList { version } => format!(
            "\tfor _, entry := range strings.Split(header, \" \") {{\n\t\tif strings.HasPrefix(entry, {v}) {{\n\t\t\tsignatures = append(signatures, strings.TrimPrefix(entry, {v}))\n\t\t}}\n\t}}\n\tif len(signatures) == 0 {{\n{}\t}}\n",
            refuse(400, &format!("no {version}, signature in the header")),
            v = go(&format!("{version},")),
        ),
        SigFormat::AppKey { .. } => String::new(),
    });
    for (var, c) in &plan.reads {
        let missing = refuse(400, &c.missing());
        match (plan.uses(var), c.required()) {
            (true, true) => {
                handler.push_str(&format!("\t{var} := {}\n\tif {var} == \"\" {{\n{missing}\t}}\n", get(*c)))
            }
            (true, false) => handler.push_str(&format!("\t{var} := {}\n", get(*c))),
            (false, true) => handler.push_str(&format!("\tif {} == \"\" {{\n{missing}\t}}\n", get(*c))),
            (false, false) => {}
        }
    }
    if let Some(t) = plan.tolerance {
        imports.insert("strconv");
        imports.insert("time");
        let now = if t.millis { "time.Now().UnixMilli()" } else { "time.Now().Unix()" };
        let check = if t.both_directions { "age > limit || age < -limit" } else { "age > limit" };
        handler.push_str(&format!(
            "\tstamp, err := strconv.ParseInt({v}, 10, 64)\n\tif err != nil || stamp < 0 {{\n{}\t}}\n\tconst limit = {limit}\n\tif age := {now} - stamp; {check} {{\n{}\t}}\n",
            refuse(400, "timestamp is not a number"),
            refuse(400, "timestamp outside the tolerance"),
            v = t.var,
            limit = t.limit,
        ));
    }
    if plan.signs_url() {
        handler.push_str(
            "\t// The URL the provider called: behind a proxy, its scheme is in X-Forwarded-Proto.\n\tpublicURL := os.Getenv(\"WEBHOOK_URL\")\n\tif publicURL == \"\" {\n\t\tproto := \"http\"\n\t\tif r.TLS != nil {\n\t\t\tproto = \"https\"\n\t\t}\n\t\tif p := r.Header.Get(\"X-Forwarded-Proto\"); p != \"\" {\n\t\t\tproto = strings.TrimSpace(strings.Split(p, \",\")[0])\n\t\t}\n\t\tpublicURL = proto + \"://\" + r.Host + r.URL.RequestURI()\n\t}\n",
        );
    }
    if plan.signs_form() {
        match plan.url_body_hash() {
            Some(param) => {
                for i in ["regexp", "crypto/sha256", "encoding/hex"] {
                    imports.insert(i);
                }
                handler.push_str(&format!(
                    "\t// A JSON body: the URL carries its SHA-256 ({param}) and is signed alone.\n\tformBody := body\n\tif m := regexp.MustCompile(`[?&]{param}=([^&]*)`).FindStringSubmatch(publicURL); m != nil {{\n\t\tsum := sha256.Sum256(body)\n\t\tif !hmac.Equal([]byte(hex.EncodeToString(sum[:])), []byte(m[1])) {{\n{}\t\t}}\n\t\tformBody = nil\n\t}}\n",
                    refuse(400, &format!("{param} is not the SHA-256 of the body")).replace("\t\t", "\t\t\t")
                ));
            }
            _ => handler.push_str("\tformBody := body\n"),
        }
        imports.insert("net/url");
        imports.insert("sort");
        handler.push_str(&format!(
            "\t// The form parameters, URL-decoded, sorted by name then value, each as name + value.\n\tparams, err := url.ParseQuery(string(formBody))\n\tif err != nil {{\n{}\t}}\n\tnames := make([]string, 0, len(params))\n\tfor name := range params {{\n\t\tnames = append(names, name)\n\t}}\n\tsort.Strings(names)\n\tvar form strings.Builder\n\tfor _, name := range names {{\n\t\tvalues := append([]string(nil), params[name]...)\n\t\tsort.Strings(values)\n\t\tfor _, v := range values {{\n\t\t\tform.WriteString(name + v)\n\t\t}}\n\t}}\n",
            refuse(400, "cannot read the form body")
        ));
    }
    if let Some(drop) = plan.query_drop() {
        imports.insert("sort");
        let drop: Vec<String> = drop.iter().map(|d| go(d)).collect();
        handler.push_str(&format!(
            "\t// The other query parameters as sent, sorted by name then value, joined as k=v with &.\n\tdrop := map[string]bool{{{}}}\n\tvar kept [][2]string\n\tfor _, kv := range queryPairs(r) {{\n\t\tif !drop[kv[0]] {{\n\t\t\tkept = append(kept, kv)\n\t\t}}\n\t}}\n\tsort.Slice(kept, func(i, j int) bool {{\n\t\tif kept[i][0] != kept[j][0] {{\n\t\t\treturn kept[i][0] < kept[j][0]\n\t\t}}\n\t\treturn kept[i][1] < kept[j][1]\n\t}})\n\tsorted := make([]string, len(kept))\n\tfor i, kv := range kept {{\n\t\tsorted[i] = kv[0] + \"=\" + kv[1]\n\t}}\n",
            drop.iter().map(|d| format!("{d}: true")).collect::<Vec<_>>().join(", ")
        ));
    }
    // The key's declaration and how main reads it.
    let (key_decl, key_init) = match &plan.public_key {
        None => (
            "var key []byte".to_string(),
            format!("\tvar err error\n\tif key, err = {key}; err != nil {{\n\t\tlog.Fatalf(\"WEBHOOK_SECRET cannot be decoded: %v\", err)\n\t}}\n"),
        ),
        Some(spec) => {
            let bytes = public_key::key_bytes(Language::Go, spec, "strings.TrimSpace(secret)");
            let sig = public_key::signature_bytes(Language::Go, spec, "s");
            imports.insert(if spec.key == KeyForm::Hex { "encoding/hex" } else { "encoding/base64" });
            imports.insert(if spec.signature == SigText::Hex { "encoding/hex" } else { "encoding/base64" });
            handler.push_str("\tvar message []byte\n");
            for p in &plan.pieces {
                handler.push_str(&match p {
                    Piece::Text(s) => format!("\tmessage = append(message, {}...)\n", go(s)),
                    Piece::Var(v) => format!("\tmessage = append(message, {v}...)\n"),
                    Piece::Body => "\tmessage = append(message, body...)\n".to_string(),
                    _ => return None,
                });
            }
            let (decl, init, check) = match public_key::ecdsa_hash(spec) {
                None => {
                    imports.insert("crypto/ed25519");
                    (
                        "var key ed25519.PublicKey".to_string(),
                        format!("\traw, err := {bytes}\n\tif err != nil || len(raw) != ed25519.PublicKeySize {{\n\t\tlog.Fatal(\"WEBHOOK_SECRET is not a valid Ed25519 public key\")\n\t}}\n\tkey = ed25519.PublicKey(raw)\n"),
                        "ed25519.Verify(key, message, sig)".to_string(),
                    )
                }
                Some(h) => {
                    imports.extend(["crypto/ecdsa", "crypto/x509"]);
                    let (pkg, sum) = if h == "SHA384" { ("crypto/sha512", "sha512.Sum384") } else { ("crypto/sha256", "sha256.Sum256") };
                    imports.insert(pkg);
                    (
                        "var key *ecdsa.PublicKey".to_string(),
                        format!("\tder, err := {bytes}\n\tparsed, err2 := x509.ParsePKIXPublicKey(der)\n\tecKey, ok := parsed.(*ecdsa.PublicKey)\n\tif err != nil || err2 != nil || !ok {{\n\t\tlog.Fatal(\"WEBHOOK_SECRET is not a valid ECDSA public key\")\n\t}}\n\tkey = ecKey\n"),
                        format!("func() bool {{ digest := {sum}(message); return ecdsa.VerifyASN1(key, digest[:], sig) }}()"),
                    )
                }
            };
            handler.push_str(&format!(
                "\tfor _, s := range signatures {{\n\t\tif sig, err := {sig}; err == nil && {check} {{\n\t\t\tw.Write([]byte(\"ok\"))\n\t\t\treturn\n\t\t}}\n\t}}\n\thttp.Error(w, \"invalid signature\", 401)\n"
            ));
            (decl, init)
        }
    };
    if plan.public_key.is_none() {
        handler.push_str(&format!("\tmac := hmac.New({hash_new}, key)\n"));
        for p in &plan.pieces {
            handler.push_str(&match p {
                Piece::Text(s) => format!("\tmac.Write([]byte({}))\n", go(s)),
                Piece::Var(v) => format!("\tmac.Write([]byte({v}))\n"),
                Piece::Body => "\tmac.Write(body)\n".to_string(),
                Piece::Url => "\tmac.Write([]byte(publicURL))\n".to_string(),
                // The URL up to its query string.
                Piece::UrlWithoutQuery => {
                    "\tmac.Write([]byte(strings.SplitN(strings.SplitN(publicURL, \"?\", 2)[0], \"#\", 2)[0]))\n".to_string()
                }
                Piece::Method => "\tmac.Write([]byte(r.Method))\n".to_string(),
                Piece::SortedForm => "\tmac.Write([]byte(form.String()))\n".to_string(),
                Piece::SortedQuery { .. } => "\tmac.Write([]byte(strings.Join(sorted, \"&\")))\n".to_string(),
            });
        }
        handler.push_str(&format!(
        "\texpected := []byte({encode})\n\tfor _, s := range signatures {{\n\t\tif hmac.Equal(expected, []byte(s)) {{\n\t\t\tw.Write([]byte(\"ok\"))\n\t\t\treturn\n\t\t}}\n\t}}\n\thttp.Error(w, \"invalid signature\", 401)\n"
    ));
    }
    let mut out = contract(plan, Language::Go, "//");
    out.push_str("package main\n\nimport (\n");
    for i in &imports {
        out.push_str(&format!("\t{}\n", go(i)));
    }
    out.push_str(")\n\n");
    out.push_str(&helpers);
    out.push_str(&format!(
        "var secret = os.Getenv(\"WEBHOOK_SECRET\")\n\n{key_decl}\n\n// firstHeader is the first of these request headers that is set.\nfunc firstHeader(r *http.Request, names ...string) string {{\n\tfor _, n := range names {{\n\t\tif v := r.Header.Get(n); v != \"\" {{\n\t\t\treturn v\n\t\t}}\n\t}}\n\treturn \"\"\n}}\n\nfunc webhook(w http.ResponseWriter, r *http.Request) {{\n{handler}}}\n\nfunc main() {{\n{key_init}\tport := os.Getenv(\"PORT\")\n\tif port == \"\" {{\n\t\tport = \"3000\"\n\t}}\n\thttp.HandleFunc(\"/webhook\", webhook)\n\tlog.Printf(\"listening on %s\", port)\n\tlog.Fatal(http.ListenAndServe(\":\"+port, nil))\n}}\n"
    ));
    Some(out)
}
