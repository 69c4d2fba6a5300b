//! `citizeninfo`: command-line administration of the CITIZENinfo registry of Thai
//! government service points, and `citizeninfo-sandbox`, a local backend serving the
//! same API.

pub mod api;
pub mod cli;
pub mod commands;
pub mod config;
pub mod exit;
pub mod format;
pub mod manifest;
pub mod output;
pub mod plan;
pub mod sandbox;
pub mod sheet;
