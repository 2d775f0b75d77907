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
    let cli = match sqsdelay::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) if err.use_stderr() => {
            eprintln!("{}", sqsdelay::cli::one_line(&err.render().to_string()));
            return ExitCode::from(sqsdelay::Error::Invalid(String::new()).exit_code());
        }
        Err(help) => {
            let _ = help.print();
            return ExitCode::SUCCESS;
        }
    };
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
