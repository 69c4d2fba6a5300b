//! The CITIZENinfo API as the tool speaks it: the wire models and the field rules,
//! shared by the client and the sandbox so the two cannot drift.

pub mod client;
pub mod models;
pub mod rules;

pub use models::*;
