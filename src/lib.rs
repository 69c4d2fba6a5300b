//! `citizeninfo`: command-line administration of the CITIZENinfo registry of Thai
//! government service points, and `citizeninfo-sandbox`, a local backend serving the
//! same API.

pub mod api;
pub mod sandbox;
