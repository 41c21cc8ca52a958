//! The retention policy of personal data: a policy the law does not allow stops the start,
//! naming the file and the line at fault.

use imi_tests::{Engine, TestDb};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_policy_the_law_does_not_allow_stops_the_start() {
    let db = TestDb::create(Engine::Sqlite).await;
    let dir = std::env::temp_dir().join(format!("imi_policy_{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("retention.toml");
    for (policy, line, says) in [
        (
            "[default]\nblock_after_months = 6\n\n[areas.fishing]\nblock_after_months = 12\n",
            4,
            "unknown legislative area `fishing`",
        ),
        (
            "[areas.services]\nblock_after_months = 24\n",
            1,
            "the law allows at most 18",
        ),
        (
            "[default]\nblock_after_months = 12\ndelete_after_months = 9\n",
            1,
            "deleted after 9 months",
        ),
    ] {
        std::fs::write(&path, policy).unwrap();
        let mut config = imi_tests::test_config(db.url.clone());
        config.retention_policy = path.clone();
        let Err(err) = backend::spawn(config).await else {
            panic!("started with {policy:?}");
        };
        let message = format!("{err:#}");
        assert!(
            message.contains(&format!("{}:{line}: ", path.display())) && message.contains(says),
            "{message}"
        );
    }
    let mut config = imi_tests::test_config(db.url.clone());
    config.retention_policy = dir.join("missing.toml");
    let Err(err) = backend::spawn(config).await else {
        panic!("started without a policy");
    };
    assert!(format!("{err:#}").contains("missing.toml"), "{err:#}");
    std::fs::remove_dir_all(&dir).unwrap();
}
