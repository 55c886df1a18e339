//! Browser-only code: the slicing scheduler that runs a diagnosis without blocking the page,
//! the WebCrypto hasher, the worker with its typed protocol, and the page's link to it.

pub mod link;
pub mod protocol;
pub mod scheduler;
pub mod webcrypto;
pub mod worker;
