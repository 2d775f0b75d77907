//! sqsdelay: deliver SQS messages after any delay, from seconds to one year, with a Step
//! Functions Standard state machine (Wait, then `sqs:sendMessage`) and one execution per message.

pub mod accounts;
pub mod aws;
pub mod batch;
pub mod cli;
pub mod commands;
pub mod context;
pub mod engine;
pub mod error;
pub mod limits;
pub mod listing;
pub mod output;
pub mod pace;
pub mod provision;
pub mod queue;
pub mod schedule;
pub mod when;

use cli::{Cli, Command};
use context::Context;
pub use error::{Error, Result};

/// Runs one parsed command line.
pub async fn run(cli: Cli) -> Result<()> {
    let bulk = match &cli.command {
        Command::Schedule(args) => args.batch.is_some(),
        Command::Cancel(args) => args.all,
        Command::Teardown(args) => args.force,
        _ => false,
    };
    let ctx = Context::new(&cli.global, bulk)?;
    match cli.command {
        Command::Setup(args) => commands::setup::run(&ctx, args).await,
        Command::Schedule(args) => commands::schedule::run(&ctx, args).await,
        Command::List(args) => commands::list::run(&ctx, args).await,
        Command::Describe { id } => commands::describe::run(&ctx, &id).await,
        Command::Cancel(args) => commands::cancel::run(&ctx, args).await,
        Command::Reschedule(args) => commands::reschedule::run(&ctx, args).await,
        Command::Teardown(args) => commands::teardown::run(&ctx, args).await,
        Command::Completions { shell } => {
            commands::completions::run(shell);
            Ok(())
        }
    }
}
