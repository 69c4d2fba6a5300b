//! The CITIZENinfo API as the tool speaks it: the wire models, the field rules and
//! the text forms people type, shared by the client and the sandbox so the two
//! cannot drift. No HTTP, no terminal.

pub mod access;
pub mod checks;
pub mod fields;
pub mod hours;
pub mod models;
pub mod provinces;
pub mod rules;

pub use models::*;
