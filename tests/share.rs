use hmac_doctor::engine::share::{decode, encode, Shared};
use hmac_doctor::engine::{Algorithm, KeyFormat, MessageFormat};

#[test]
fn share_links_round_trip_and_carry_no_secret() {
    let s = Shared {
        algorithm: Some(Algorithm::Sha512),
        message_format: Some(MessageFormat::Hex),
        key_format: Some(KeyFormat::Base64Url),
        provider: Some("stripe".into()),
        message: Some("a=1&b=é\r\n".into()),
    };
    let frag = encode(&s);
    assert_eq!(decode(&frag), s);
    assert_eq!(decode(&format!("#{frag}")), s);
    assert!(!frag.contains("a=1"), "the message is encoded: {frag}");
    let without = Shared { message: None, ..s.clone() };
    assert_eq!(encode(&without), "alg=sha512&mf=hex&kf=base64url&p=stripe");
    // Garbage is ignored, never a panic.
    for junk in ["", "#", "alg", "alg=nope&m=%%%&p=<script>", "m=_-_-", "&&==&"] {
        let d = decode(junk);
        assert_eq!(d.algorithm, None);
        assert!(d.provider.is_none() || d.provider.as_deref() == Some(""));
    }
    // A provider id with unexpected characters is not written.
    assert_eq!(encode(&Shared { provider: Some("x\"y".into()), ..Shared::default() }), "");
}
