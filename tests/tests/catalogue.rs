//! The question catalogue: loaded from `catalogue/` into the database at start-up, refused
//! when a translation is inconsistent, served in the reader's language.

use imi_tests::{ANNA, Engine, TestDb, db_test, spawn_app_with, workspace_root};
use reqwest::StatusCode;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

async fn catalogue(app: &imi_tests::TestApp, query: &str) -> reqwest::Response {
    app.client
        .get(app.url(&format!("/api/catalogue{query}")))
        .send()
        .await
        .unwrap()
}

fn questions(view: &Value) -> Vec<&Value> {
    view["areas"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|area| area["topics"].as_array().unwrap())
        .flat_map(|topic| topic["questions"].as_array().unwrap())
        .collect()
}

fn question<'a>(view: &'a Value, key: &str) -> &'a Value {
    questions(view)
        .into_iter()
        .find(|q| q["key"] == key)
        .unwrap_or_else(|| panic!("no question {key}"))
}

db_test!(the_catalogue_is_served_in_the_readers_language, |app| {
    app.login(ANNA).await;
    let english: Value = catalogue(&app, "?language=en").await.json().await.unwrap();
    let latvian: Value = catalogue(&app, "?language=lv").await.json().await.unwrap();
    assert_eq!(latvian["language"], "lv");
    let areas: Vec<&str> = latvian["areas"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["area"].as_str().unwrap())
        .collect();
    assert_eq!(
        areas,
        [
            "services",
            "professional_qualifications",
            "posting_of_workers",
            "ecommerce"
        ]
    );
    assert!(
        questions(&latvian).len() >= 150,
        "{} questions",
        questions(&latvian).len()
    );

    let key = "services.identity.business_name";
    let (en, lv) = (question(&english, key), question(&latvian, key));
    assert_eq!(en["id"], lv["id"], "one question, one id, every language");
    assert!(en["text"].as_str().unwrap().contains("${SPBusinessName}"));
    assert!(lv["text"].as_str().unwrap().contains("${SPBusinessName}"));
    assert_ne!(en["text"], lv["text"]);
    assert_eq!(latvian["answers"]["yes"], "Jā");

    let choice = questions(&latvian)
        .into_iter()
        .find(|q| q["answer"] == "choice")
        .unwrap();
    assert!(!choice["options"].as_array().unwrap().is_empty());
    assert!(
        choice["options"][0]["label"]
            .as_str()
            .is_some_and(|label| !label.is_empty())
    );

    let only: Value = catalogue(&app, "?language=pt&area=ecommerce")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(only["areas"].as_array().unwrap().len(), 1);
    assert_eq!(only["areas"][0]["area"], "ecommerce");
});

db_test!(the_users_language_is_the_default, |app| {
    app.login(ANNA).await;
    let view: Value = catalogue(&app, "").await.json().await.unwrap();
    assert_eq!(view["language"], "en");
    app.client
        .put(app.url("/api/me/language"))
        .json(&json!({ "language": "de" }))
        .send()
        .await
        .unwrap();
    let view: Value = catalogue(&app, "").await.json().await.unwrap();
    assert_eq!(view["language"], "de");
    assert_eq!(view["answers"]["yes"], "Ja");
});

db_test!(bad_catalogue_queries_are_refused, |app| {
    app.login(ANNA).await;
    for (query, field) in [("?language=xx", "language"), ("?area=fishing", "area")] {
        let response = catalogue(&app, query).await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{query}"
        );
        let body: Value = response.json().await.unwrap();
        assert_eq!(
            body["fields"],
            json!([{ "field": field, "code": "unknown" }])
        );
    }
    let anonymous = reqwest::Client::new()
        .get(app.url("/api/catalogue"))
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
});

/// A copy of the real catalogue that a test may break.
struct CatalogueCopy(PathBuf);

impl CatalogueCopy {
    fn new() -> CatalogueCopy {
        let dir =
            std::env::temp_dir().join(format!("imi-catalogue-{}", uuid::Uuid::new_v4().simple()));
        copy_dir(&workspace_root().join("catalogue"), &dir);
        CatalogueCopy(dir)
    }

    fn edit(&self, file: &str, from: &str, to: &str) {
        let path = self.0.join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{file} has no {from:?}");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    }
}

impl Drop for CatalogueCopy {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

async fn start_with(db: &TestDb, dir: &Path) -> anyhow::Result<backend::RunningServer> {
    let mut config = imi_tests::test_config(db.url.clone());
    config.catalogue_dir = dir.to_path_buf();
    backend::spawn(config).await
}

async fn ids(server: &backend::RunningServer) -> Vec<(String, i32, bool)> {
    use sea_orm::{EntityTrait, QueryOrder};
    backend::entities::catalogue_question::Entity::find()
        .order_by_asc(backend::entities::catalogue_question::Column::Key)
        .all(&server.state.db)
        .await
        .unwrap()
        .into_iter()
        .map(|q| (q.key, q.id, q.active))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_translation_with_other_placeholders_stops_the_start() {
    let copy = CatalogueCopy::new();
    let lv = std::fs::read_to_string(copy.0.join("text/lv.toml")).unwrap();
    let line = lv
        .lines()
        .find(|l| l.starts_with("\"services.identity.business_name\""))
        .unwrap()
        .to_owned();
    copy.edit(
        "text/lv.toml",
        &line,
        &line.replace("${SPBusinessName}", "${SPAddress}"),
    );
    let db = TestDb::create(Engine::Sqlite).await;
    let error = start_with(&db, &copy.0)
        .await
        .err()
        .expect("the start is refused");
    let message = format!("{error:#}");
    assert!(
        message.contains("text/lv.toml: [question] services.identity.business_name [lv]"),
        "{message}"
    );
    assert!(
        message.contains("SPBusinessName") && message.contains("SPAddress"),
        "{message}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unreadable_or_unknown_files_stop_the_start_and_say_which() {
    let copy = CatalogueCopy::new();
    std::fs::write(copy.0.join("text/xx.toml"), "[answer]\n").unwrap();
    let db = TestDb::create(Engine::Sqlite).await;
    let message = format!("{:#}", start_with(&db, &copy.0).await.err().unwrap());
    assert!(
        message.contains("xx.toml") && message.contains("not a language"),
        "{message}"
    );

    std::fs::remove_file(copy.0.join("text/xx.toml")).unwrap();
    copy.edit("text/de.toml", "[answer]", "[answer\n");
    let message = format!("{:#}", start_with(&db, &copy.0).await.err().unwrap());
    assert!(message.contains("de.toml"), "{message}");

    std::fs::remove_file(copy.0.join("text/mt.toml")).unwrap();
    copy.edit("text/de.toml", "[answer\n", "[answer]");
    let message = format!("{:#}", start_with(&db, &copy.0).await.err().unwrap());
    assert!(
        message.contains("text/mt.toml") && message.contains("missing"),
        "{message}"
    );
}

async fn ids_survive_restarts_and_edits(engine: Engine) {
    let copy = CatalogueCopy::new();
    let db = TestDb::create(engine).await;
    let first = ids(&start_with(&db, &copy.0).await.unwrap()).await;
    assert!(first.len() >= 150);
    assert!(first.iter().all(|(_, _, active)| *active));
    // The same files again: nothing changes.
    assert_eq!(ids(&start_with(&db, &copy.0).await.unwrap()).await, first);

    // A question removed from the files is kept, inactive, with its id: requests refer to it.
    let removed = "services.identity.legal_form";
    let structure = std::fs::read_to_string(copy.0.join("catalogue.toml")).unwrap();
    let block_start = structure.find(&format!("id = \"{removed}\"")).unwrap();
    let block_begin = structure[..block_start].rfind("[[question]]").unwrap();
    let block_end = structure[block_start..]
        .find("[[")
        .map_or(structure.len(), |i| block_start + i);
    std::fs::write(
        copy.0.join("catalogue.toml"),
        format!("{}{}", &structure[..block_begin], &structure[block_end..]),
    )
    .unwrap();
    for entry in std::fs::read_dir(copy.0.join("text")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let kept: Vec<&str> = text
            .lines()
            .filter(|l| !l.starts_with(&format!("\"{removed}\"")))
            .collect();
        std::fs::write(&path, kept.join("\n") + "\n").unwrap();
    }
    let after = ids(&start_with(&db, &copy.0).await.unwrap()).await;
    assert_eq!(after.len(), first.len());
    for ((key, id, active), (key_before, id_before, _)) in after.iter().zip(&first) {
        assert_eq!((key, id), (key_before, id_before));
        assert_eq!(*active, key != removed, "{key}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn question_ids_survive_restarts_and_edits_sqlite() {
    ids_survive_restarts_and_edits(Engine::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn question_ids_survive_restarts_and_edits_postgres() {
    ids_survive_restarts_and_edits(Engine::Postgres).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_catalogue_route_is_documented() {
    let app = spawn_app_with(Engine::Sqlite, |_| {}).await;
    let doc: Value = app
        .client
        .get(app.url("/api/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(doc["paths"]["/api/catalogue"]["get"].is_object());
}
