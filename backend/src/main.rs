use clap::Parser;
use std::process::ExitCode;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> anyhow::Result<ExitCode> {
    // The log goes to standard error, so that a command's output (an export) stays clean.
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn")),
        )
        .with_writer(std::io::stderr)
        .init();
    let config = backend::Config::parse();
    match &config.command {
        Some(command) => Ok(if backend::commands::run(&config, command).await? {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        }),
        None => {
            backend::serve(config).await?;
            Ok(ExitCode::SUCCESS)
        }
    }
}
