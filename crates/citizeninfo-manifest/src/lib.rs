//! The manifest format, v1: YAML documents stating what service points should be,
//! read and written in one place for the CLI (`validate`, `diff`, `apply`, `dump`,
//! the editor form, `points add --from FILE`, `import --to-manifest`) and for the
//! sandbox's `--load`.
//!
//! - [`document`]: one point's YAML with the place of every value: the parser
//!   (serde-saphyr), and the fast path for the block YAML `dump` writes
//!   (`document/block.rs`), held equal to the parser by a test.
//! - [`load`]: files and folders of manifests read point by point, every rule that
//!   needs no network checked, each problem at `file:line:column`.
//! - [`stated`]: what a person states about a point, checked by every rule.
//! - [`desired`]: what one point should be, the reading's result.
//! - [`write`]: manifests written (`dump`), and their JSON Schema.

pub mod desired;
pub mod document;
pub mod load;
pub mod stated;
pub mod write;

/// The `apiVersion` of every document.
pub const API_VERSION: &str = "citizeninfo/v1";

pub use desired::{Bindings, Desired, PhotoUpload};
pub use load::{Entry, Place, Problem};
