use std::process::ExitCode;

use clap::Parser;

#[tokio::main]
async fn main() -> ExitCode {
    // Like other Unix tools, stop quietly when the reader of our output goes away
    // (`sqsdelay list | head`), instead of failing to print.
    #[cfg(unix)]
    // SAFETY: sets the process-wide disposition of SIGPIPE; nothing here installs a handler for it.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = sqsdelay::cli::Cli::parse();
    match sqsdelay::run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            if !matches!(err, sqsdelay::Error::Reported(_)) {
                eprintln!("error: {err}");
            }
            ExitCode::from(err.exit_code())
        }
    }
}
