//! `sqsdelay completions SHELL`: the completion script, generated from the clap definitions.

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;

pub fn run(shell: Shell) {
    clap_complete::generate(
        shell,
        &mut Cli::command(),
        "sqsdelay",
        &mut std::io::stdout(),
    );
}
