//! The engine against published HMAC test vectors: RFC 4231 (SHA-224/256/384/512, all seven
//! cases), RFC 2202 (MD5 and SHA-1), and the NIST HMAC-SHA3 samples.

use hmac_doctor::engine::{Algorithm, HmacState};

fn check(alg: Algorithm, key: &[u8], data: &[u8], expected_hex: &str) {
    let mac = alg.mac(key, data);
    assert_eq!(mac.len(), alg.output_len(), "{} output length", alg.name());
    assert_eq!(
        hex::encode(&mac),
        expected_hex,
        "{} key={} data={}",
        alg.name(),
        hex::encode(key),
        hex::encode(data)
    );
    // The incremental path, fed one byte at a time, gives the same MAC.
    let mut state = HmacState::new(alg, key);
    for b in data {
        state.update(std::slice::from_ref(b));
    }
    assert_eq!(state.finalize(), mac, "{} incremental", alg.name());
}

/// RFC 4231 §4: (key, data, [sha224, sha256, sha384, sha512]).
fn rfc4231() -> Vec<(Vec<u8>, Vec<u8>, [&'static str; 4])> {
    vec![
        (vec![0x0b; 20], b"Hi There".to_vec(), [
            "896fb1128abbdf196832107cd49df33f47b4b1169912ba4f53684b22",
            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
            "afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59cfaea9ea9076ede7f4af152e8b2fa9cb6",
            "87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cdedaa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854",
        ]),
        (b"Jefe".to_vec(), b"what do ya want for nothing?".to_vec(), [
            "a30e01098bc6dbbf45690f3a7e9e6d0f8bbea2a39e6148008fd05e44",
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
            "af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e8e2240ca5e69e2c78b3239ecfab21649",
            "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737",
        ]),
        (vec![0xaa; 20], vec![0xdd; 50], [
            "7fb3cb3588c6c1f6ffa9694d7d6ad2649365b0c1f65d69d1ec8333ea",
            "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe",
            "88062608d3e6ad8a0aa2ace014c8a86f0aa635d947ac9febe83ef4e55966144b2a5ab39dc13814b94e3ab6e101a34f27",
            "fa73b0089d56a284efb0f0756c890be9b1b5dbdd8ee81a3655f83e33b2279d39bf3e848279a722c806b485a47e67c807b946a337bee8942674278859e13292fb",
        ]),
        ((0x01..=0x19).collect(), vec![0xcd; 50], [
            "6c11506874013cac6a2abc1bb382627cec6a90d86efc012de7afec5a",
            "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b",
            "3e8a69b7783c25851933ab6290af6ca77a9981480850009cc5577c6e1f573b4e6801dd23c4a7d679ccf8a386c674cffb",
            "b0ba465637458c6990e5a8c5f61d4af7e576d97ff94b872de76f8050361ee3dba91ca5c11aa25eb4d679275cc5788063a5f19741120c4f2de2adebeb10a298dd",
        ]),
        (vec![0xaa; 131], b"Test Using Larger Than Block-Size Key - Hash Key First".to_vec(), [
            "95e9a0db962095adaebe9b2d6f0dbce2d499f112f2d2b7273fa6870e",
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
            "4ece084485813e9088d2c63a041bc5b44f9ef1012a2b588f3cd11f05033ac4c60c2ef6ab4030fe8296248df163f44952",
            "80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f3526b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598",
        ]),
        (vec![0xaa; 131], b"This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.".to_vec(), [
            "3a854166ac5d9f023f54d517d0b39dbd946770db9c2b95c9f6f565d1",
            "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2",
            "6617178e941f020d351e2f254e8fd32c602420feb0b8fb9adccebb82461e99c5a678cc31e799176d3860e6110c46523e",
            "e37b6a775dc87dbaa4dfa9f96e5e3ffddebd71f8867289865df5a32d20cdc944b6022cac3c4982b10d5eeb55c3e4de15134676fb6de0446065c97440fa8c6a58",
        ]),
    ]
}

const SHA2: [Algorithm; 4] = [Algorithm::Sha224, Algorithm::Sha256, Algorithm::Sha384, Algorithm::Sha512];

#[test]
fn rfc4231_cases_1_to_4_6_7() {
    for (key, data, macs) in rfc4231() {
        for (alg, mac) in SHA2.into_iter().zip(macs) {
            check(alg, &key, &data, mac);
        }
    }
}

#[test]
fn rfc4231_case_5_truncated_to_128_bits() {
    let key = [0x0c; 20];
    let data = b"Test With Truncation";
    let truncated = [
        "0e2aea68a90c8d37c988bcdb9fca6fa8",
        "a3b6167473100ee06e0c796c2955552b",
        "3abf34c3503b2a23a46efc619baef897",
        "415fad6271580a531d4179bc891d87a6",
    ];
    for (alg, t) in SHA2.into_iter().zip(truncated) {
        let mac = alg.mac(&key, data);
        assert_eq!(hex::encode(&mac[..16]), t, "{}", alg.name());
    }
}

/// RFC 2202 §2 (MD5) and §3 (SHA-1): (key, data, md5, sha1). Cases 1, 3 and 5 use a
/// 16-byte key for MD5 and a 20-byte key for SHA-1.
#[test]
fn rfc2202_md5_and_sha1() {
    type Case = (Vec<u8>, Vec<u8>, Vec<u8>, &'static str, &'static str);
    let cases: Vec<Case> = vec![
        (
            vec![0x0b; 16],
            vec![0x0b; 20],
            b"Hi There".to_vec(),
            "9294727a3638bb1c13f48ef8158bfc9d",
            "b617318655057264e28bc0b6fb378c8ef146be00",
        ),
        (
            b"Jefe".to_vec(),
            b"Jefe".to_vec(),
            b"what do ya want for nothing?".to_vec(),
            "750c783e6ab0b503eaa86e310a5db738",
            "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79",
        ),
        (
            vec![0xaa; 16],
            vec![0xaa; 20],
            vec![0xdd; 50],
            "56be34521d144c88dbb8c733f0e8b3f6",
            "125d7342b9ac11cd91a39af48aa17b4f63f175d3",
        ),
        (
            (1..=25).collect(),
            (1..=25).collect(),
            vec![0xcd; 50],
            "697eaf0aca3a3aea3a75164746ffaa79",
            "4c9007f4026250c6bc8414f9bf50c86c2d7235da",
        ),
        (
            vec![0x0c; 16],
            vec![0x0c; 20],
            b"Test With Truncation".to_vec(),
            "56461ef2342edc00f9bab995690efd4c",
            "4c1a03424b55e07fe7f27be1d58bb9324a9a5a04",
        ),
        (
            vec![0xaa; 80],
            vec![0xaa; 80],
            b"Test Using Larger Than Block-Size Key - Hash Key First".to_vec(),
            "6b1ab7fe4bd7bf8f0b62e6ce61b9d0cd",
            "aa4ae5e15272d00e95705637ce8a3b55ed402112",
        ),
        (
            vec![0xaa; 80],
            vec![0xaa; 80],
            b"Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data".to_vec(),
            "6f630fad67cda0ee1fb1f562db3aa53e",
            "e8e99d0f45237d786d6bbaa7965c7808bbff1a91",
        ),
    ];
    for (md5_key, sha1_key, data, md5, sha1) in cases {
        check(Algorithm::Md5, &md5_key, &data, md5);
        check(Algorithm::Sha1, &sha1_key, &data, sha1);
    }
}

/// NIST CSRC "Examples with Intermediate Values", HMAC_SHA3-256 / HMAC_SHA3-512,
/// "Sample message for keylen<blocklen".
#[test]
fn nist_hmac_sha3_samples() {
    let msg = b"Sample message for keylen<blocklen";
    let key32: Vec<u8> = (0u8..32).collect();
    let key64: Vec<u8> = (0u8..64).collect();
    check(
        Algorithm::Sha3_256,
        &key32,
        msg,
        "4fe8e202c4f058e8dddc23d8c34e467343e23555e24fc2f025d598f558f67205",
    );
    check(
        Algorithm::Sha3_512,
        &key64,
        msg,
        "4efd629d6c71bf86162658f29943b1c308ce27cdfa6db0d9c3ce81763f9cbce5f7ebe9868031db1a8f8eb7b6b95e5c5e3f657a8996c86a2f6527e307f0213196",
    );
}

/// HMAC-SHA512/256 has no RFC vector; this value was computed with Python's hmac over
/// OpenSSL (`hmac.new(b"\x0b"*20, b"Hi There", "sha512_256")`), and the browser tests
/// cross-check every algorithm against Node's crypto.
#[test]
fn sha512_256_cross_checked() {
    check(
        Algorithm::Sha512_256,
        &[0x0b; 20],
        b"Hi There",
        "9f9126c3d9c3c330d760425ca8a217e31feae31bfe70196ff81642b868402eab",
    );
}

/// GitHub's documented example (docs.github.com, validating webhook deliveries).
#[test]
fn github_docs_example() {
    check(
        Algorithm::Sha256,
        b"It's a Secret to Everybody",
        b"Hello, World!",
        "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17",
    );
}

#[test]
fn every_algorithm_has_a_distinct_id_and_round_trips() {
    for alg in Algorithm::ALL {
        assert_eq!(Algorithm::from_id(alg.id()), Some(alg));
        assert_eq!(alg.mac(b"k", b"m").len(), alg.output_len());
    }
    assert_eq!(Algorithm::from_id("nope"), None);
    assert_eq!(Algorithm::default(), Algorithm::Sha256);
}

#[test]
fn empty_key_and_message_are_valid() {
    // HMAC-SHA256 with empty key and empty message (checked with Python's hmac module).
    check(Algorithm::Sha256, b"", b"", "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad");
}
