//! One module per subcommand, each exposing `run`.

pub mod completions;
pub mod schedule;
pub mod setup;
