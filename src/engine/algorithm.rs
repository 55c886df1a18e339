//! The HMAC algorithms the page offers, and one-shot / incremental computation.

use hmac::{Hmac, KeyInit, Mac};

/// A supported HMAC algorithm.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Algorithm {
    Md5,
    Sha1,
    Sha224,
    #[default]
    Sha256,
    Sha384,
    Sha512,
    Sha512_256,
    Sha3_256,
    Sha3_512,
}

impl Algorithm {
    /// Every algorithm, in the order the page lists them.
    pub const ALL: [Algorithm; 9] = [
        Algorithm::Md5,
        Algorithm::Sha1,
        Algorithm::Sha224,
        Algorithm::Sha256,
        Algorithm::Sha384,
        Algorithm::Sha512,
        Algorithm::Sha512_256,
        Algorithm::Sha3_256,
        Algorithm::Sha3_512,
    ];

    /// The display name, e.g. `HMAC-SHA256`.
    pub fn name(self) -> &'static str {
        match self {
            Algorithm::Md5 => "HMAC-MD5",
            Algorithm::Sha1 => "HMAC-SHA1",
            Algorithm::Sha224 => "HMAC-SHA224",
            Algorithm::Sha256 => "HMAC-SHA256",
            Algorithm::Sha384 => "HMAC-SHA384",
            Algorithm::Sha512 => "HMAC-SHA512",
            Algorithm::Sha512_256 => "HMAC-SHA512/256",
            Algorithm::Sha3_256 => "HMAC-SHA3-256",
            Algorithm::Sha3_512 => "HMAC-SHA3-512",
        }
    }

    /// A short stable identifier (used in URLs and option values).
    pub fn id(self) -> &'static str {
        match self {
            Algorithm::Md5 => "md5",
            Algorithm::Sha1 => "sha1",
            Algorithm::Sha224 => "sha224",
            Algorithm::Sha256 => "sha256",
            Algorithm::Sha384 => "sha384",
            Algorithm::Sha512 => "sha512",
            Algorithm::Sha512_256 => "sha512-256",
            Algorithm::Sha3_256 => "sha3-256",
            Algorithm::Sha3_512 => "sha3-512",
        }
    }

    /// Parses an identifier produced by [`Algorithm::id`].
    pub fn from_id(id: &str) -> Option<Algorithm> {
        Algorithm::ALL.into_iter().find(|a| a.id() == id)
    }

    /// Whether providers commonly use it (MD5, SHA-1, SHA-2 with its usual sizes); the rare
    /// ones (SHA-512/256, SHA3) are tried in fewer combinations by the diagnosis.
    pub fn is_common(self) -> bool {
        !matches!(self, Algorithm::Sha512_256 | Algorithm::Sha3_256 | Algorithm::Sha3_512)
    }

    /// Length of the MAC in bytes.
    pub fn output_len(self) -> usize {
        match self {
            Algorithm::Md5 => 16,
            Algorithm::Sha1 => 20,
            Algorithm::Sha224 => 28,
            Algorithm::Sha256 | Algorithm::Sha512_256 | Algorithm::Sha3_256 => 32,
            Algorithm::Sha384 => 48,
            Algorithm::Sha512 | Algorithm::Sha3_512 => 64,
        }
    }

    /// Computes the HMAC of `message` under `key` in one go.
    pub fn mac(self, key: &[u8], message: &[u8]) -> Vec<u8> {
        let mut state = HmacState::new(self, key);
        state.update(message);
        state.finalize()
    }
}

/// An incremental HMAC computation for any [`Algorithm`]. `Clone` lets callers share the
/// state after a common prefix between several message variants.
#[derive(Clone)]
pub enum HmacState {
    Md5(Hmac<md5::Md5>),
    Sha1(Hmac<sha1::Sha1>),
    Sha224(Hmac<sha2::Sha224>),
    Sha256(Hmac<sha2::Sha256>),
    Sha384(Hmac<sha2::Sha384>),
    Sha512(Hmac<sha2::Sha512>),
    Sha512_256(Hmac<sha2::Sha512_256>),
    Sha3_256(Hmac<sha3::Sha3_256>),
    Sha3_512(Hmac<sha3::Sha3_512>),
}

fn keyed<M: KeyInit>(key: &[u8]) -> M {
    // HMAC accepts keys of any length (long keys are hashed, short ones padded), so
    // `new_from_slice` cannot fail; fall back to the empty key rather than panic.
    M::new_from_slice(key).unwrap_or_else(|_| M::new(&Default::default()))
}

macro_rules! each_state {
    ($state:expr, $mac:ident => $body:expr) => {
        match $state {
            HmacState::Md5($mac) => $body,
            HmacState::Sha1($mac) => $body,
            HmacState::Sha224($mac) => $body,
            HmacState::Sha256($mac) => $body,
            HmacState::Sha384($mac) => $body,
            HmacState::Sha512($mac) => $body,
            HmacState::Sha512_256($mac) => $body,
            HmacState::Sha3_256($mac) => $body,
            HmacState::Sha3_512($mac) => $body,
        }
    };
}

impl HmacState {
    /// Starts an HMAC with the given key.
    pub fn new(algorithm: Algorithm, key: &[u8]) -> Self {
        match algorithm {
            Algorithm::Md5 => HmacState::Md5(keyed(key)),
            Algorithm::Sha1 => HmacState::Sha1(keyed(key)),
            Algorithm::Sha224 => HmacState::Sha224(keyed(key)),
            Algorithm::Sha256 => HmacState::Sha256(keyed(key)),
            Algorithm::Sha384 => HmacState::Sha384(keyed(key)),
            Algorithm::Sha512 => HmacState::Sha512(keyed(key)),
            Algorithm::Sha512_256 => HmacState::Sha512_256(keyed(key)),
            Algorithm::Sha3_256 => HmacState::Sha3_256(keyed(key)),
            Algorithm::Sha3_512 => HmacState::Sha3_512(keyed(key)),
        }
    }

    /// Feeds more message bytes.
    pub fn update(&mut self, data: &[u8]) {
        each_state!(self, mac => mac.update(data))
    }

    /// Finishes and returns the MAC bytes.
    pub fn finalize(self) -> Vec<u8> {
        each_state!(self, mac => mac.finalize().into_bytes().to_vec())
    }
}
