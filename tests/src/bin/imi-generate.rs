//! Fills a database with a large synthetic registry for benchmarks and load tests:
//! `imi-generate --database-url sqlite://data/big.sqlite3 --count 100000 [--seed 42]`.
//! The schema is created (or migrated) first; the authorities are added to what is there.

use anyhow::Context;

fn main() -> anyhow::Result<()> {
    let mut database_url = None;
    let mut count = 100_000usize;
    let mut seed = 42u64;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--database-url" => database_url = args.next(),
            "--count" => count = args.next().context("--count needs a number")?.parse()?,
            "--seed" => seed = args.next().context("--seed needs a number")?.parse()?,
            other => anyhow::bail!(
                "unknown argument {other}; usage: imi-generate --database-url URL [--count N] [--seed S]"
            ),
        }
    }
    let database_url = database_url.context("--database-url is required")?;
    let root = imi_tests::workspace_root();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let mut config = backend::Config::for_database(database_url);
        config.catalogue_dir = root.join("catalogue");
        config.taxonomy_dir = root.join("taxonomy");
        let (state, _) = backend::build(config).await?;
        let concepts: Vec<String> = state
            .search
            .taxonomy()
            .concepts
            .iter()
            .map(|c| c.id.clone())
            .collect();
        imi_tests::generate::registry(&state.db, count, &concepts, seed).await?;
        println!("added {count} synthetic authorities");
        anyhow::Ok(())
    })
}
