//! The server as a process of its own, for the tests that kill one with `SIGKILL`
//! (`tests/balancer.rs`): the same `backend::serve` as `imi-server`, which Cargo builds beside
//! the tests that use it (`CARGO_BIN_EXE_imi-test-server`), in the tests' profile.

use clap::Parser;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::from_default_env())
        .with_writer(std::io::stderr)
        .init();
    backend::serve(backend::Config::parse()).await
}
