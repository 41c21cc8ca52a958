//! Fills a database with a large synthetic registry for benchmarks and load tests:
//! `imi-generate --database-url sqlite://data/big.sqlite3 --count 100000 [--seed 42]
//! [--requests 1000000]`. The schema is created (or migrated) first; the authorities are added
//! to what is there, then as many requests between them as asked (the load's data set, kept
//! for looking at one server over it, its memory for instance).

use anyhow::Context;

fn main() -> anyhow::Result<()> {
    let mut database_url = None;
    let mut count = 100_000usize;
    let mut seed = 42u64;
    let mut requests = 0usize;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--database-url" => database_url = args.next(),
            "--count" => count = args.next().context("--count needs a number")?.parse()?,
            "--seed" => seed = args.next().context("--seed needs a number")?.parse()?,
            "--requests" => {
                requests = args.next().context("--requests needs a number")?.parse()?;
            }
            other => anyhow::bail!(
                "unknown argument {other}; usage: imi-generate --database-url URL [--count N] [--seed S] [--requests R]"
            ),
        }
    }
    let database_url = database_url.context("--database-url is required")?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let state = imi_tests::generate::app_state(database_url).await?;
        imi_tests::generate::registry(&state, count, seed).await?;
        println!("added {count} synthetic authorities");
        if requests > 0 {
            imi_tests::generate::requests(&state, requests, count, 7).await?;
            println!("added {requests} synthetic requests between them");
        }
        anyhow::Ok(())
    })
}
