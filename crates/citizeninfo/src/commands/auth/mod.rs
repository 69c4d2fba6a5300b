//! `auth`: the account this profile is signed in as.

pub mod status;

use clap::Subcommand;

use super::Context;
use crate::exit;
use crate::output::Shape;

/// `auth`'s subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Who you are, where, with which rights, and until when.
    Status(status::Args),
}

impl Command {
    /// What it prints.
    pub fn shape(&self) -> Shape {
        match self {
            Command::Status(_) => Shape::DOCUMENT,
        }
    }

    /// Runs it.
    pub async fn run(self, ctx: &Context) -> anyhow::Result<u8> {
        match self {
            Command::Status(a) => status::run(ctx, a).await.map(|()| exit::OK),
        }
    }
}
