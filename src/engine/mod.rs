//! The pure engine: bytes in, results out. No browser APIs, no UI; every public function
//! returns a value or a `Result` and never panics.

pub mod algorithm;
pub mod calc;
pub mod diagnosis;
pub mod duration;
pub mod encoding;
pub mod evidence;
pub mod expected;
pub mod language;
pub mod presets;
pub mod pubkey;
pub mod share;
pub mod subject;
pub mod textedit;
pub mod warnings;

pub use algorithm::{Algorithm, HmacState};
pub use calc::{calculate, Calculation, Inputs, Verdict};
pub use encoding::{DecodeError, Encoded, InputFormat, KeyFormat, MessageFormat};
pub use expected::{parse_expected, ExpectedSignature};
pub use subject::Subject;
pub use warnings::Warning;
