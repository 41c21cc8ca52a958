//! The audit log's hash chain: it holds after the demo and the acts of two instances writing
//! at once, an edit behind the server's back is named by `verify` at the line it touched,
//! and the export carries what an auditor needs to check it without the system.

use backend::entities::{audit_log, request, user};
use backend::services::audit::{self, Selection, chain::Broken};
use imi_tests::{ANA_PT, TestApp, db_test};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

/// A request Ana's authority (the Portuguese medical association) has accepted: opening it
/// shows the responder personal data, and so writes an audit line each time.
async fn accepted_by_ana(app: &TestApp) -> i32 {
    let db = &app.server.state.db;
    let ana = user::Entity::find()
        .filter(user::Column::Email.eq(ANA_PT))
        .one(db)
        .await
        .unwrap()
        .unwrap();
    request::Entity::find()
        .filter(request::Column::ResponderId.eq(ana.authority_id.unwrap()))
        .filter(request::Column::State.is_in(["accepted", "info_requested", "answered"]))
        .order_by_asc(request::Column::Id)
        .one(db)
        .await
        .unwrap()
        .expect("the demo has a request Ana's authority accepted")
        .id
}

async fn lines(app: &TestApp) -> Vec<audit_log::Model> {
    audit_log::Entity::find()
        .order_by_asc(audit_log::Column::Id)
        .all(&app.server.state.db)
        .await
        .unwrap()
}

// Two instances on one database write their lines at once, each in its own transaction:
// the chain stays one line after another.
db_test!(two_instances_write_one_chain, |app| {
    let db = &app.server.state.db;
    let id = accepted_by_ana(&app).await;
    let before = lines(&app).await.len();
    let second = backend::spawn(imi_tests::test_config(app.db.url.clone()))
        .await
        .unwrap();
    let mut calls = Vec::new();
    for server in [app.server.url(), second.url()] {
        // The session works on either instance: it lives in the database.
        let client = app.user(ANA_PT).await;
        for _ in 0..15 {
            let (client, url) = (client.clone(), format!("{server}/api/requests/{id}"));
            calls.push(tokio::spawn(async move {
                let response = client.get(url).send().await.unwrap();
                assert!(response.status().is_success(), "{}", response.status());
            }));
        }
    }
    for call in calls {
        call.await.unwrap();
    }
    let after = lines(&app).await;
    let viewed = after[before..]
        .iter()
        .filter(|line| line.action == "view_personal_data" && line.request_id == Some(id))
        .count();
    assert_eq!(viewed, 30);
    assert_eq!(
        audit::verify(db).await.unwrap(),
        Ok(u64::try_from(after.len()).unwrap())
    );
});

// An edit, a removal or a changed detail behind the server's back is named at the line it
// touched; an erased detail is not an edit.
db_test!(verify_names_the_first_broken_line, |app| {
    let db = &app.server.state.db;
    let id = accepted_by_ana(&app).await;
    let ana = app.user(ANA_PT).await;
    for _ in 0..3 {
        ana.get(app.url(&format!("/api/requests/{id}")))
            .send()
            .await
            .unwrap();
    }
    let all = lines(&app).await;
    assert!(all.len() >= 4, "{} lines", all.len());
    assert_eq!(
        audit::verify(db).await.unwrap(),
        Ok(u64::try_from(all.len()).unwrap())
    );
    let target = &all[all.len() - 2];
    let next = &all[all.len() - 1];

    // Its action changed.
    let set_action = |action: &str| {
        audit_log::Entity::update_many()
            .col_expr(audit_log::Column::Action, Expr::value(action))
            .filter(audit_log::Column::Id.eq(target.id))
    };
    set_action("nothing_to_see").exec(db).await.unwrap();
    assert_eq!(
        audit::verify(db).await.unwrap(),
        Err(Broken::Content { id: target.id })
    );
    set_action(&target.action).exec(db).await.unwrap();
    assert!(audit::verify(db).await.unwrap().is_ok());

    // A detail erased verifies from its hash; a detail changed does not.
    let with_detail = all
        .iter()
        .find(|line| line.detail.is_some())
        .expect("a line with a detail");
    let set_detail = |detail: Option<&str>| {
        audit_log::Entity::update_many()
            .col_expr(
                audit_log::Column::Detail,
                Expr::value(detail.map(str::to_owned)),
            )
            .filter(audit_log::Column::Id.eq(with_detail.id))
    };
    set_detail(None).exec(db).await.unwrap();
    assert!(audit::verify(db).await.unwrap().is_ok());
    set_detail(Some("forged")).exec(db).await.unwrap();
    assert_eq!(
        audit::verify(db).await.unwrap(),
        Err(Broken::Detail { id: with_detail.id })
    );
    set_detail(with_detail.detail.as_deref())
        .exec(db)
        .await
        .unwrap();

    // The command says so too (its exit status).
    let verify = backend::config::Command::Audit(backend::config::AuditCommand::Verify);
    let config = imi_tests::test_config(app.db.url.clone());
    assert!(backend::commands::run(&config, &verify).await.unwrap());

    // It is removed: the next one no longer follows.
    audit_log::Entity::delete_by_id(target.id)
        .exec(db)
        .await
        .unwrap();
    assert_eq!(
        audit::verify(db).await.unwrap(),
        Err(Broken::Order { id: next.id })
    );
    assert!(!backend::commands::run(&config, &verify).await.unwrap());
});

// The export of one request holds its lines with the hashes, each of which an auditor
// recomputes from the exported fields alone.
db_test!(an_export_can_be_checked_without_the_system, |app| {
    let db = &app.server.state.db;
    let id = accepted_by_ana(&app).await;
    let ana = app.user(ANA_PT).await;
    ana.get(app.url(&format!("/api/requests/{id}")))
        .send()
        .await
        .unwrap();
    let mut exported = Vec::new();
    let count = audit::export(
        db,
        &Selection {
            request: Some(id),
            ..Selection::default()
        },
        |line| {
            exported.push(serde_json::to_value(line).unwrap());
            Ok(())
        },
    )
    .await
    .unwrap();
    assert_eq!(usize::try_from(count).unwrap(), exported.len());
    assert!(
        exported
            .iter()
            .any(|line| line["action"] == "view_personal_data")
    );
    for line in &exported {
        assert_eq!(line["request_id"], id);
        // The recipe of `docs/ARCHITECTURE.md`, from the JSON alone.
        let text = format!(
            "{}\nimi-audit-v1\n{}\n{}\n{}\n{}\n{}\n{}\n{}",
            line["previous_hash"].as_str().unwrap(),
            line["id"],
            line["at"].as_str().unwrap(),
            line["user_id"],
            line["authority_id"]
                .as_i64()
                .map_or(String::new(), |a| a.to_string()),
            line["request_id"],
            line["action"].as_str().unwrap(),
            line["detail_hash"].as_str().unwrap(),
        );
        use sha2::Digest;
        let hash: String = sha2::Sha256::digest(text.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(line["hash"].as_str().unwrap(), hash, "{line}");
    }
});

/// The lines written before the chain existed are chained by its migration, in order, and
/// their instants cut to the microsecond both engines keep.
async fn the_migration_chains_the_lines_already_there(engine: imi_tests::Engine) {
    use backend::migration::Migrator;
    use sea_orm::ConnectionTrait;
    use sea_orm::sea_query::{Alias, Query};
    use sea_orm_migration::MigratorTrait;
    let test_db = imi_tests::TestDb::create(engine).await;
    // The schema as it was before the chain: every migration but the last.
    let url = match engine {
        imi_tests::Engine::Sqlite => format!("{}?mode=rwc", test_db.url),
        imi_tests::Engine::Postgres => test_db.url.clone(),
    };
    let db = sea_orm::Database::connect(url).await.unwrap();
    let before_the_chain = Migrator::migrations()
        .iter()
        .position(|migration| migration.name() == "m20261206_000011_audit_chain")
        .unwrap();
    let before_the_chain = u32::try_from(before_the_chain).unwrap();
    Migrator::up(&db, Some(before_the_chain)).await.unwrap();
    let at = chrono::DateTime::parse_from_rfc3339("2026-01-02T03:04:05.123456789Z")
        .unwrap()
        .to_utc();
    for (user, detail) in [(1, None), (2, Some("attachment 4")), (3, None)] {
        let insert = Query::insert()
            .into_table(Alias::new("audit_log"))
            .columns(["at", "user_id", "authority_id", "action", "detail"].map(Alias::new))
            .values_panic([
                at.into(),
                user.into(),
                7.into(),
                "download".into(),
                detail.map(str::to_owned).into(),
            ])
            .to_owned();
        db.execute(db.get_database_backend().build(&insert))
            .await
            .unwrap();
    }
    Migrator::up(&db, None).await.unwrap();
    assert_eq!(audit::verify(&db).await.unwrap(), Ok(3));
    let first = audit_log::Entity::find_by_id(1)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(first.at.timestamp_subsec_nanos(), 123_456_000);
    assert_eq!(
        first.previous_hash,
        backend::services::audit::chain::GENESIS
    );
    db.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_migration_chains_the_lines_already_there_sqlite() {
    the_migration_chains_the_lines_already_there(imi_tests::Engine::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_migration_chains_the_lines_already_there_postgres() {
    the_migration_chains_the_lines_already_there(imi_tests::Engine::Postgres).await;
}
