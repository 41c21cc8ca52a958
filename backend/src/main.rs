use clap::Parser;
use std::process::ExitCode;
use tracing_subscriber::EnvFilter;

/// mimalloc rather than the C library's allocator. Building the search index and reading the
/// statistics' facts allocate and free a great deal on several threads at once, and glibc's
/// per-thread arenas kept hundreds of megabytes of that freed memory from the system
/// (a server over 1,000,000 requests and 100,000 authorities held about 1.1 GB where its
/// live data needs a few hundred MB); mimalloc gives freed pages back.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
