//! The Ruby (Sinatra) verification program.

use super::{contract, public_key, Carrier, Language, Piece, Plan};
use crate::engine::presets::types::{KeyHandling, OutputEncoding, SigFormat};
use crate::engine::Algorithm;

/// A Ruby single-quoted literal, or a double-quoted one for control characters.
pub(super) fn rb(s: &str) -> String {
    if s.contains(['\n', '\r']) {
        return format!(
            "\"{}\"",
            s.replace('\\', "\\\\")
                .replace('"', "\\\"")
                .replace('#', "\\#")
                .replace('\n', "\\n")
                .replace('\r', "\\r")
        );
    }
    format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"))
}

/// OpenSSL's digest name.
pub(super) fn digest(a: Algorithm) -> &'static str {
    match a {
        Algorithm::Md5 => "MD5",
        Algorithm::Sha1 => "SHA1",
        Algorithm::Sha224 => "SHA224",
        Algorithm::Sha256 => "SHA256",
        Algorithm::Sha384 => "SHA384",
        Algorithm::Sha512 => "SHA512",
        Algorithm::Sha512_256 => "SHA512-256",
        Algorithm::Sha3_256 => "SHA3-256",
        Algorithm::Sha3_512 => "SHA3-512",
    }
}

/// Rack's env key for a request header.
fn env_key(header: &str) -> String {
    format!("HTTP_{}", header.to_uppercase().replace('-', "_"))
}

/// The program's expression for the key bytes.
pub(super) fn key(k: KeyHandling) -> &'static str {
    match k {
        KeyHandling::Text => "SECRET.b",
        KeyHandling::Hex => "[SECRET.strip].pack('H*')",
        KeyHandling::WhsecBase64 => "Base64.strict_decode64(SECRET.strip.delete_prefix('whsec_'))",
    }
}

pub fn program(plan: &Plan) -> String {
    let mut out = contract(plan, Language::Ruby, "#");
    out.push_str("require 'base64'\nrequire 'json'\nrequire 'openssl'\nrequire 'rack/utils'\nrequire 'sinatra'\nrequire 'uri'\n\n");
    out.push_str("set :bind, '127.0.0.1'\nset :port, Integer(ENV.fetch('PORT', '3000'))\n\nSECRET = ENV.fetch('WEBHOOK_SECRET', '')\n");
    match &plan.public_key {
        None => out.push_str(&format!("KEY = {}\n\n", key(plan.key))),
        Some(spec) => {
            let bytes = public_key::key_bytes(Language::Ruby, spec, "SECRET.strip");
            let der = if public_key::raw_key(spec) {
                format!("['{}'].pack('H*') + {bytes}", public_key::ED25519_SPKI_PREFIX)
            } else {
                bytes
            };
            out.push_str(&format!(
                "# The provider's public key (a raw Ed25519 key gets the SPKI header OpenSSL reads).\nKEY = begin\n  OpenSSL::PKey.read({der})\nrescue OpenSSL::PKey::PKeyError, ArgumentError\n  abort 'WEBHOOK_SECRET is not a valid public key'\nend\n\n"
            ));
        }
    }
    let get = |c: Carrier| match c {
        Carrier::Header(h) => {
            let reads: Vec<String> =
                plan.names(h).iter().map(|n| format!("request.env[{}]", rb(&env_key(n)))).collect();
            format!("({}).to_s", reads.join(" || "))
        }
        Carrier::Json(path) => {
            format!("member(doc, {})", path.iter().map(|k| rb(k)).collect::<Vec<_>>().join(", "))
        }
        Carrier::Query(name) => format!("(query_pairs.find {{ |k, _| k == {} }} || [])[1].to_s", rb(name)),
    };
    if plan.get() {
        out.push_str("# The query string's parameters as sent (not decoded), as [name, value] pairs.\ndef query_pairs\n  request.query_string.split('&').reject(&:empty?).map { |p| (p.split('=', 2) + [''])[0, 2] }\nend\n\n");
    }
    let mut doc = "";
    if plan.reads_json() {
        out.push_str(
            "# The text at this path of the parsed JSON body ('' when absent).\ndef member(doc, *path)\n  path.each do |k|\n    doc = case doc\n          when Hash then doc[k]\n          when Array then k.match?(/\\A\\d+\\z/) ? doc[k.to_i] : nil\n          end\n  end\n  [String, Integer, Float, TrueClass, FalseClass].any? { |t| doc.is_a?(t) } ? doc.to_s : ''\nend\n\n",
        );
        doc = "  doc = begin\n    JSON.parse(body)\n  rescue JSON::ParserError, EncodingError\n    halt 400, 'the body is not JSON'\n  end\n";
    }
    let route = if plan.get() {
        "get '/webhook' do\n"
    } else {
        "post '/webhook' do\n  body = request.body.read # the raw bytes: never parse JSON before the check\n"
    };
    out.push_str(&format!(
        "{route}{doc}  header = {k}\n  halt 400, {why} if header.empty?\n",
        k = get(plan.signature),
        why = rb(&plan.signature.missing())
    ));
    out.push_str(&match plan.format {
        SigFormat::Plain { prefix: "" } => "  signatures = [header.strip]\n".to_string(),
        SigFormat::Plain { prefix } => format!(
            "  halt 400, 'signature header does not start with {prefix}' unless header.start_with?({p})\n  signatures = [header.delete_prefix({p})]\n",
            p = rb(prefix)
        ),
        // Signatures only, no timestamp in the header (PagerDuty's `v1=…,v1=…`).
        SigFormat::KeyValue { pair_sep, ts: "", sig } => format!(
            "  signatures = header.split({sep}).map {{ |item| item.strip.split('=', 2) }}.select {{ |kv| kv.length == 2 && kv[0] == {sig} }}.map(&:last)\n  halt 400, 'cannot read the signature header' if signatures.empty?\n",
            sep = rb(&pair_sep.to_string()),
            sig = rb(sig),
        ),
        SigFormat::KeyValue { pair_sep, ts, sig } => format!(
            "  pairs = header.split({sep}).map {{ |item| item.strip.split('=', 2) }}.select {{ |kv| kv.length == 2 }}\n  stamps = pairs.select {{ |k, _| k == {ts} }}.map(&:last)\n  signatures = pairs.select {{ |k, _| k == {sig} }}.map(&:last)\n  halt 400, 'cannot read the signature header' if stamps.length != 1 || signatures.empty?\n  {var} = stamps.first\n",
            sep = rb(&pair_sep.to_string()),
            ts = rb(ts),
            sig = rb(sig),
            var = plan.header_timestamp.unwrap_or("timestamp"),
        ),
        SigFormat::VersionedList { version } => format!(
            "  signatures = header.split(' ').select {{ |e| e.start_with?({v}) }}.map {{ |e| e.delete_prefix({v}) }}\n  halt 400, 'no {version}, signature in the header' if signatures.empty?\n",
            v = rb(&format!("{version},")),
        ),
        SigFormat::AppKey { .. } => String::new(),
    });
    for (var, c) in &plan.reads {
        out.push_str(&format!("  {var} = {}\n", get(*c)));
        if c.required() {
            out.push_str(&format!("  halt 400, {} if {var}.empty?\n", rb(&c.missing())));
        }
    }
    if let Some(t) = plan.tolerance {
        let now = if t.millis { "(Time.now.to_f * 1000).to_i" } else { "Time.now.to_i" };
        let check = if t.both_directions { "age.abs" } else { "age" };
        out.push_str(&format!(
            "  halt 400, 'timestamp is not a number' unless {v}.match?(/\\A\\d+\\z/)\n  age = {now} - {v}.to_i\n  halt 400, 'timestamp outside the tolerance' if {check} > {limit}\n",
            v = t.var,
            limit = t.limit
        ));
    }
    let pieces: Vec<String> = plan
        .pieces
        .iter()
        .map(|p| match p {
            Piece::Text(s) => rb(s),
            Piece::Var(v) => v.to_string(),
            Piece::Body => "body".to_string(),
            Piece::Url => "public_url".to_string(),
            // The URL up to its query string.
            Piece::UrlWithoutQuery => "public_url.split(/[?#]/, 2).first.to_s".to_string(),
            Piece::Method => "request.request_method".to_string(),
            Piece::SortedForm => "form".to_string(),
            Piece::SortedQuery { .. } => "sorted_query".to_string(),
        })
        .collect();
    if let Some(drop) = plan.query_drop() {
        let drop: Vec<String> = drop.iter().map(|d| rb(d)).collect();
        out.push_str(&format!(
            "  # The other query parameters as sent, sorted by name then value, joined as k=v with &.\n  sorted_query = query_pairs.reject {{ |k, _| [{}].include?(k) }}.sort.map {{ |k, v| \"#{{k}}=#{{v}}\" }}.join('&')\n",
            drop.join(", ")
        ));
    }
    if plan.signs_url() {
        out.push_str(
            "  # The URL the provider called: behind a proxy, its scheme is in X-Forwarded-Proto.\n  proto = (request.env['HTTP_X_FORWARDED_PROTO'] || request.scheme).split(',').first.to_s.strip\n  public_url = ENV.fetch('WEBHOOK_URL', '')\n  public_url = \"#{proto}://#{request.env['HTTP_HOST']}#{request.fullpath}\" if public_url.empty?\n",
        );
    }
    if plan.signs_form() {
        match plan.url_body_hash() {
            Some(param) => out.push_str(&format!(
                "  # A JSON body: the URL carries its SHA-256 ({param}) and is signed alone.\n  body_hash = public_url[/[?&]{param}=([^&]*)/, 1]\n  halt 400, '{param} is not the SHA-256 of the body' if body_hash && !Rack::Utils.secure_compare(OpenSSL::Digest::SHA256.hexdigest(body), body_hash)\n  form_body = body_hash ? '' : body\n"
            )),
            _ => out.push_str("  form_body = body\n"),
        }
        out.push_str(
            "  # The form parameters, URL-decoded, sorted by name then value, each as name + value.\n  params = begin\n    URI.decode_www_form(form_body.dup.force_encoding('UTF-8'))\n  rescue ArgumentError\n    halt 400, 'cannot read the form body'\n  end\n  form = params.sort.map { |k, v| k + v }.join\n",
        );
    }
    if let Some(spec) = &plan.public_key {
        out.push_str(&format!(
            "  message = [{}].map(&:b).join\n  valid = signatures.any? do |s|\n    KEY.verify({}, {}, message)\n  rescue OpenSSL::PKey::PKeyError, ArgumentError\n    false\n  end\n  halt 401, 'invalid signature' unless valid\n  'ok'\nend\n",
            pieces.join(", "),
            public_key::ecdsa_hash(spec).map_or("nil".to_string(), rb),
            public_key::signature_bytes(Language::Ruby, spec, "s"),
        ));
        return out;
    }
    let alg = rb(digest(plan.algorithm));
    let expected = match plan.output {
        OutputEncoding::Hex => format!("OpenSSL::HMAC.hexdigest({alg}, KEY, message)"),
        OutputEncoding::Base64 => {
            format!("Base64.strict_encode64(OpenSSL::HMAC.digest({alg}, KEY, message))")
        }
        OutputEncoding::Base64Url => {
            format!("Base64.urlsafe_encode64(OpenSSL::HMAC.digest({alg}, KEY, message), padding: false)")
        }
    };
    out.push_str(&format!(
        "  message = [{}].map(&:b).join\n  expected = {expected}\n  halt 401, 'invalid signature' unless signatures.any? {{ |s| Rack::Utils.secure_compare(expected, s) }}\n  'ok'\nend\n",
        pieces.join(", ")
    ));
    out
}
