use std::process::ExitCode;

use clap::Parser;

#[tokio::main]
async fn main() -> ExitCode {
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
