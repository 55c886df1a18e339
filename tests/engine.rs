//! Parsers, detection, warnings and verdicts of the engine.

use hmac_doctor::engine::encoding::{decode_base64, decode_hex, Alphabet};
use hmac_doctor::engine::expected::SigEncoding;
use hmac_doctor::engine::warnings::{inspect_key, inspect_message, Field, Warning};
use hmac_doctor::engine::{calculate, parse_expected, Algorithm, Inputs, KeyFormat, MessageFormat, Verdict};

#[test]
fn hex_decoding_and_error_positions() {
    assert_eq!(decode_hex("00ff10Ab").unwrap(), vec![0x00, 0xff, 0x10, 0xab]);
    assert_eq!(decode_hex(" 0x0a0b \n").unwrap(), vec![0x0a, 0x0b]);
    assert_eq!(decode_hex("de ad\nbe ef").unwrap(), vec![0xde, 0xad, 0xbe, 0xef]);
    assert_eq!(decode_hex("").unwrap(), Vec::<u8>::new());
    assert_eq!(
        decode_hex("012345g7").unwrap_err().to_string(),
        "not valid hex: 'g' at position 7 (hex digits are 0-9 and a-f)"
    );
    // Positions count characters, not bytes, and include skipped white space.
    assert_eq!(decode_hex("é0").unwrap_err().to_string(), "not valid hex: 'é' at position 1");
    assert_eq!(
        decode_hex("00 1z").unwrap_err().to_string(),
        "not valid hex: 'z' at position 5 (hex digits are 0-9 and a-f)"
    );
    assert_eq!(
        decode_hex("ab+").unwrap_err().to_string(),
        "not valid hex: '+' at position 3 (this looks like Base64)"
    );
    let odd = "a".repeat(31);
    assert_eq!(decode_hex(&odd).unwrap_err().to_string(), "not valid hex: odd number of hex digits (31)");
    assert_eq!(decode_hex("\u{200B}00").unwrap_err().to_string(), "not valid hex: U+200B at position 1");
}

#[test]
fn base64_decoding_and_error_positions() {
    assert_eq!(decode_base64("aGVsbG8=", Alphabet::Standard).unwrap(), b"hello");
    assert_eq!(decode_base64("aGVsbG8", Alphabet::Standard).unwrap(), b"hello");
    assert_eq!(decode_base64("aGVs\nbG8=", Alphabet::Standard).unwrap(), b"hello");
    assert_eq!(decode_base64("-_8", Alphabet::UrlSafe).unwrap(), vec![0xfb, 0xff]);
    assert_eq!(decode_base64("+/8=", Alphabet::Standard).unwrap(), vec![0xfb, 0xff]);
    assert_eq!(
        decode_base64("aGVsbG8gd29%bGQ=", Alphabet::Standard).unwrap_err().to_string(),
        "not valid Base64: invalid Base64 character '%' at position 12"
    );
    assert_eq!(
        decode_base64("ab-_", Alphabet::Standard).unwrap_err().to_string(),
        "not valid Base64: invalid Base64 character '-' at position 3 (that is Base64url; choose Base64url)"
    );
    assert_eq!(
        decode_base64("ab+/", Alphabet::UrlSafe).unwrap_err().to_string(),
        "not valid Base64url: invalid Base64url character '+' at position 3 (that is standard Base64; choose Base64)"
    );
    assert_eq!(
        decode_base64("ab=c", Alphabet::Standard).unwrap_err().to_string(),
        "not valid Base64: misplaced '=' padding at position 4"
    );
    assert!(decode_base64("abcde", Alphabet::Standard).unwrap_err().to_string().contains("5 characters"));
    assert!(decode_base64("abc==", Alphabet::Standard).is_err());
}

#[test]
fn expected_signature_detection() {
    let hex = "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";
    let mac = hex::decode(hex).unwrap();

    let e = parse_expected(&format!("sha256={hex}")).unwrap().unwrap();
    assert_eq!(e.prefix.as_deref(), Some("sha256="));
    assert_eq!(e.primary().unwrap().encoding, SigEncoding::HexLower);
    assert_eq!(e.primary().unwrap().bytes, mac);
    assert_eq!(e.describe(e.matching(&mac).unwrap()), "lowercase hex with sha256= prefix");

    let e = parse_expected(&hex.to_uppercase()).unwrap().unwrap();
    assert_eq!(e.matching(&mac).unwrap().encoding, SigEncoding::HexUpper);

    let e = parse_expected(
        "  X-Hub-Signature-256: sha256= 757107EA0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17 ",
    )
    .unwrap()
    .unwrap();
    assert_eq!(e.label.as_deref(), Some("X-Hub-Signature-256"));
    assert_eq!(e.matching(&mac).unwrap().encoding, SigEncoding::HexMixed);

    for (text, desc) in [
        ("dXEH6g6yUJ/CESIczphLijdXC211hsIsRvQ3nIsEPhc=", "Base64"),
        ("dXEH6g6yUJ/CESIczphLijdXC211hsIsRvQ3nIsEPhc", "Base64 without padding"),
        ("dXEH6g6yUJ_CESIczphLijdXC211hsIsRvQ3nIsEPhc", "Base64url without padding"),
        ("dXEH6g6yUJ_CESIczphLijdXC211hsIsRvQ3nIsEPhc=", "Base64url with padding"),
        ("v1,dXEH6g6yUJ/CESIczphLijdXC211hsIsRvQ3nIsEPhc=", "Base64 with v1, prefix"),
    ] {
        let e = parse_expected(text).unwrap().unwrap();
        let c = e.matching(&mac).unwrap_or_else(|| panic!("{text}"));
        assert_eq!(e.describe(c), desc, "{text}");
    }
    // Pusher's key:signature form.
    let e = parse_expected(&format!("278d425bdf160c739803:{hex}")).unwrap().unwrap();
    assert_eq!(e.label.as_deref(), Some("278d425bdf160c739803"));
    assert!(e.matching(&mac).is_some());

    assert_eq!(parse_expected("   ").unwrap(), None);
    let err = parse_expected("sha256=abc%def").unwrap_err().to_string();
    assert_eq!(err, "the expected signature is not hex or Base64: invalid character '%' at position 11");
    let err = parse_expected("abcde").unwrap_err().to_string();
    assert!(err.contains("odd number of hex digits (5)"), "{err}");
    let err = parse_expected("ab+_cd").unwrap_err().to_string();
    assert!(err.contains("mixes"), "{err}");
    // A wrong MAC of the right length is not a match.
    let mut other = mac.clone();
    other[31] ^= 1;
    assert!(parse_expected(hex).unwrap().unwrap().matching(&other).is_none());
}

#[test]
fn key_warnings() {
    assert_eq!(inspect_key(""), vec![Warning::EmptyKey]);
    assert!(inspect_key("secret").is_empty());
    let w = inspect_key(" secret\n");
    assert!(w.contains(&Warning::LeadingWhitespace { field: Field::Key, what: "a space" }));
    assert!(w.contains(&Warning::TrailingWhitespace { field: Field::Key, what: "a newline (\\n)" }));
    let w = inspect_key("sec\u{200B}ret\u{FEFF}");
    assert_eq!(
        w[0].to_string(),
        "Key contains an invisible character: zero-width space (U+200B) at position 4."
    );
    assert_eq!(w[1].to_string(), "Key contains an invisible character: byte order mark (zero-width no-break space) (U+FEFF) at position 8.");
    let w = inspect_key("a\u{00A0}b");
    assert!(w[0].to_string().contains("no-break space (U+00A0) at position 2"));
    assert_eq!(inspect_key("\"whsec_abc\""), vec![Warning::Quoted { quote: '"' }]);
    assert_eq!(
        inspect_key("'x'")[0].to_string(),
        "Key is wrapped in quotes ('…'); the quotes are part of the key bytes."
    );
}

#[test]
fn message_warnings() {
    assert!(inspect_message(b"{\"a\":1}").is_empty());
    assert_eq!(
        inspect_message(b"body\r\n")[0].to_string(),
        "Message ends with a newline (\\r\\n); it is part of the signed bytes."
    );
    assert_eq!(
        inspect_message(b"\tbody")[0].to_string(),
        "Message starts with a tab; it is part of the signed bytes."
    );
    assert!(inspect_message(b"\xEF\xBB\xBF{}")[0].to_string().contains("byte order mark"));
    // Non-UTF-8 bytes never panic.
    assert!(inspect_message(&[0xff, 0xfe, 0x00]).is_empty());
}

fn inputs(message: &str, key: &str, expected: &str) -> Inputs {
    Inputs { message: message.into(), key: key.into(), expected: expected.into(), ..Inputs::default() }
}

#[test]
fn calculation_and_verdicts() {
    let hex = "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";
    let c = calculate(&inputs("Hello, World!", "It's a Secret to Everybody", &format!("sha256={hex}")));
    assert_eq!(c.outputs.as_ref().unwrap().hex, hex);
    assert_eq!(c.verdict.text(), "Match — HMAC-SHA256, expected given as lowercase hex with sha256= prefix");

    let c = calculate(&inputs("Hello, World!\n", "It's a Secret to Everybody", hex));
    assert!(
        c.verdict.text().starts_with("Mismatch — HMAC-SHA256 of this message and key differs"),
        "{}",
        c.verdict.text()
    );

    let c = calculate(&inputs(
        "Hello, World!",
        "It's a Secret to Everybody",
        "sha1=01dc10d0c83e72ed246219cdd91669667fe2ca59",
    ));
    assert_eq!(
        c.verdict.text(),
        "Mismatch — the expected signature is 20 bytes (given as lowercase hex with sha1= prefix) but HMAC-SHA256 gives 32 bytes."
    );
    let mut i = inputs(
        "Hello, World!",
        "It's a Secret to Everybody",
        "sha1=01dc10d0c83e72ed246219cdd91669667fe2ca59",
    );
    i.algorithm = Algorithm::Sha1;
    assert!(calculate(&i).verdict.text().starts_with("Match — HMAC-SHA1"));
    // The bytes match but the prefix names another algorithm: still Match, with a note.
    let c = calculate(&inputs("Hello, World!", "It's a Secret to Everybody", &format!("sha1={hex}")));
    assert_eq!(
        c.verdict.text(),
        "Match — HMAC-SHA256, expected given as lowercase hex with sha1= prefix, but its prefix names HMAC-SHA1"
    );

    assert_eq!(calculate(&inputs("m", "k", "")).verdict, Verdict::None);
    assert!(calculate(&inputs("m", "k", "%%")).verdict.is_mismatch());

    // Invalid inputs: an error, no MAC, no verdict, no panic.
    let mut i = inputs("zz", "k", hex);
    i.message_format = MessageFormat::Hex;
    let c = calculate(&i);
    assert_eq!(
        c.message.as_ref().unwrap_err().to_string(),
        "not valid hex: 'z' at position 1 (hex digits are 0-9 and a-f)"
    );
    assert!(c.mac.is_none() && c.outputs.is_none());
    assert_eq!(c.verdict, Verdict::None);

    let mut i = inputs("", "a%", "");
    i.key_format = KeyFormat::Base64Url;
    assert_eq!(
        calculate(&i).key.unwrap_err().to_string(),
        "not valid Base64url: invalid Base64url character '%' at position 2"
    );

    // Decoded key and message: RFC 4231 case 1 through the hex formats.
    let mut i = inputs("4869205468657265", "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b", "");
    i.message_format = MessageFormat::Hex;
    i.key_format = KeyFormat::Hex;
    assert_eq!(
        calculate(&i).outputs.unwrap().hex,
        "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
    );

    // CRLF is hashed as CRLF: differs from LF.
    let crlf = calculate(&inputs("a\r\nb", "k", "")).mac.unwrap();
    let lf = calculate(&inputs("a\nb", "k", "")).mac.unwrap();
    assert_ne!(crlf, lf);
    assert_eq!(crlf, Algorithm::Sha256.mac(b"k", b"a\r\nb"));

    // A key that decodes to nothing is flagged as empty.
    let mut i = inputs("m", " ", "");
    i.key_format = KeyFormat::Hex;
    assert!(calculate(&i).warnings.contains(&Warning::EmptyKey));
}
