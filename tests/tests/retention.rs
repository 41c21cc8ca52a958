//! The retention of personal data: a policy the law does not allow stops the start, naming
//! the file and the line at fault; personal data is visible until its limit, blocked for
//! everyone after it, and erased (documents' bytes included) three years after closure, on
//! both engines and both document stores; the job runs once across instances, records what
//! it did, and picks up what a run cut short left.

use backend::entities::{
    attachment, blob_deletion, job_lease, outbox, request, request_event, request_question,
    retention_run, retention_run_request,
};
use backend::services::retention::{self, Report};
use imi_tests::{ANA_PT, ANNA, Engine, ILZE_LV, TestApp, TestDb, db_test};
use reqwest::{Client, Method, StatusCode};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use serde_json::{Value, json};

const DIPLOMA_AUTHENTIC: &str = "professional_qualifications.diploma.authenticity";
const AWARDED_TO: &str = "professional_qualifications.diploma.awarded_to";
const ATTESTED: &str = "professional_qualifications.diploma.qualification_attested";
const PDF: &[u8] =
    b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

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

/// A request from Anna (LV) to Ana (PT) about a doctor, with every kind of personal data:
/// the subject, a personal placeholder's value, the requester's comment, a document, a
/// free-text answer, a comment on an answer and a message; then closed. Returns its id and
/// the two officials' clients.
async fn closed_request(app: &TestApp) -> (i64, Client, Client) {
    let anna = app.user(ANNA).await;
    let ana = app.user(ANA_PT).await;
    let draft = json!({
        "area": "professional_qualifications",
        "responder": app.authority_id("Ordem dos Médicos").await,
        "subject": { "name": "João Silva", "identifier": "OM 54321", "birth_date": "1980-04-02" },
        "questions": [
            { "question": app.question_id(DIPLOMA_AUTHENTIC) },
            { "question": app.question_id(AWARDED_TO),
              "values": { "PersonName": "João Silva", "DateOfBirth": "1980-04-02" } },
            { "question": app.question_id(ATTESTED) },
        ],
        "comment": { "text": "Lūdzu, pārbaudiet diplomu.", "language": "lv" },
        "requested_date": "2099-01-31",
    });
    let (id, mut version) = create(app, &anna, draft).await;
    act(app, &anna, id, &mut version, json!({ "action": "send" })).await;
    act(
        app,
        &ana,
        id,
        &mut version,
        json!({ "action": "accept", "deadline": "as_requested" }),
    )
    .await;
    let uploaded = ana
        .post(app.url(&format!("/api/requests/{id}/attachments?name=diploma.pdf")))
        .header("content-type", "application/pdf")
        .body(PDF.to_vec())
        .send()
        .await
        .unwrap();
    assert_eq!(uploaded.status(), StatusCode::CREATED);
    let answers = json!([
        { "question": app.question_id(DIPLOMA_AUTHENTIC),
          "value": { "kind": "choice", "option": "document_authenticity.authentic" } },
        { "question": app.question_id(AWARDED_TO), "value": { "kind": "yes" },
          "comment": { "text": "Confirmado no registo de João Silva.", "language": "pt" } },
        { "question": app.question_id(ATTESTED),
          "value": { "kind": "text", "text": { "text": "João Silva é cardiologista.", "language": "pt" } } },
    ]);
    answer(app, &ana, id, &mut version, answers).await;
    message(app, &anna, id, "Paldies, João Silva dokumenti ir kārtībā.").await;
    act(
        app,
        &anna,
        id,
        &mut version,
        json!({ "action": "close", "timeliness": "positive", "effort": "neutral" }),
    )
    .await;
    (id, anna, ana)
}

/// Creates the draft `draft` as `client`: its id and version.
async fn create(app: &TestApp, client: &Client, draft: Value) -> (i64, i64) {
    let (status, body) = send(client, Method::POST, app.url("/api/requests"), draft).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    (
        body["id"].as_i64().unwrap(),
        body["version"].as_i64().unwrap(),
    )
}

/// Saves `answers` to request `id` as `client`, then sends them.
async fn answer(app: &TestApp, client: &Client, id: i64, version: &mut i64, answers: Value) {
    let (status, body) = send(
        client,
        Method::PUT,
        app.url(&format!("/api/requests/{id}/answers")),
        json!({ "version": *version, "answers": answers }),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    *version = body["version"].as_i64().unwrap();
    act(app, client, id, version, json!({ "action": "answer" })).await;
}

/// Takes an action on request `id` at `version`, which it moves on.
async fn act(app: &TestApp, client: &Client, id: i64, version: &mut i64, action: Value) {
    let (status, body) = send(
        client,
        Method::POST,
        app.url(&format!("/api/requests/{id}/actions")),
        json!({ "version": *version, "action": action }),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    *version = body["version"].as_i64().unwrap();
}

async fn message(app: &TestApp, client: &Client, id: i64, text: &str) -> (StatusCode, Value) {
    let (status, body) = send(
        client,
        Method::POST,
        app.url(&format!("/api/requests/{id}/messages")),
        json!({ "text": { "text": text, "language": "lv" } }),
    )
    .await;
    (status, body)
}

async fn send(client: &Client, method: Method, url: String, body: Value) -> (StatusCode, Value) {
    let response = client
        .request(method, url)
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = response.status();
    let body = if status == StatusCode::NO_CONTENT {
        Value::Null
    } else {
        response.json().await.unwrap()
    };
    (status, body)
}

async fn get(client: &Client, url: String) -> Value {
    let response = client.get(url).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.unwrap()
}

/// Runs the retention job as the app would, waiting out a run of the app's own schedule
/// that may hold the lease at that moment.
async fn run_retention(app: &TestApp) -> Report {
    for _ in 0..200 {
        let state = &app.server.state;
        // A unit of work for the live updates, as the app's own schedule runs it.
        let report = state.live.unit(retention::run(state, false)).await.unwrap();
        if !report.skipped {
            return report;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the retention lease was never free");
}

/// Everything a reader could see of the request's personal data, as one string: the view,
/// the overview's row and the notifications, for a search of any name or text.
async fn what_is_seen(app: &TestApp, client: &Client, id: i64) -> String {
    let view = get(client, app.url(&format!("/api/requests/{id}?language=lv"))).await;
    let overview = get(client, app.url("/api/requests?box=closed&per_page=100")).await;
    let row = overview["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|row| row["id"] == id)
        .cloned()
        .expect("the request is in the closed box");
    let notifications = get(client, app.url("/api/notifications?language=lv")).await;
    format!("{view}\n{row}\n{notifications}")
}

const PERSONAL: [&str; 7] = [
    "João Silva",
    "OM 54321",
    "1980-04-02",
    "pārbaudiet diplomu",
    "cardiologista",
    "Confirmado no registo",
    "diploma.pdf",
];

fn days(n: i64) -> chrono::Duration {
    chrono::Duration::days(n)
}

db_test!(personal_data_is_visible_then_blocked_then_erased, |app| {
    let (id, anna, ana) = closed_request(&app).await;
    let db = &app.server.state.db;
    let attachment = attachment::Entity::find()
        .filter(attachment::Column::RequestId.eq(id as i32))
        .one(db)
        .await
        .unwrap()
        .expect("the document's row");
    let key = object_store::path::Path::from(attachment.storage_key.as_str());
    let blobs = app.server.state.blobs.clone();
    assert!(
        blobs.head(&key).await.is_ok(),
        "the document's bytes are stored"
    );
    let row = request::Entity::find_by_id(id as i32)
        .one(db)
        .await
        .unwrap()
        .unwrap();
    let ended = row
        .ended_on
        .clone()
        .expect("a closed request knows the day it ended");

    // Before the limit both parties see everything, and nothing is due.
    for client in [&anna, &ana] {
        let seen = what_is_seen(&app, client, id).await;
        for personal in PERSONAL {
            assert!(
                seen.contains(personal),
                "{personal} is visible before the limit"
            );
        }
    }
    let report = run_retention(&app).await;
    assert!(!report.blocked.contains(&(id as i32)) && !report.erased.contains(&(id as i32)));

    // Six months and a day after closure it is blocked for everyone, before the job runs.
    // (Sessions do not last months: the officials log in again.)
    app.server.state.clock.advance(days(6 * 31 + 1));
    let (anna, ana) = (app.user(ANNA).await, app.user(ANA_PT).await);
    for client in [&anna, &ana] {
        let seen = what_is_seen(&app, client, id).await;
        for personal in PERSONAL {
            assert!(!seen.contains(personal), "{personal} is blocked: {seen}");
        }
        let view = get(client, app.url(&format!("/api/requests/{id}?language=lv"))).await;
        assert_eq!(view["personal_data_hidden"], true);
        assert_eq!(view["subject"], Value::Null);
        assert_eq!(view["attachments"], json!([]));
        assert_eq!(view["may"]["message"], false);
        // The skeleton stays: state, ratings, the fixed answers.
        assert_eq!(view["state"], "closed");
        assert_eq!(view["timeliness"], "positive");
        assert_eq!(view["questions"][1]["answer"]["value"]["kind"], "yes");
        assert_eq!(view["questions"][1]["answer"]["comment"], Value::Null);
        assert_eq!(view["questions"][2]["answer"], Value::Null);
        let download = client
            .get(app.url(&format!("/api/attachments/{}", attachment.id)))
            .send()
            .await
            .unwrap();
        assert_eq!(download.status(), StatusCode::NOT_FOUND);
    }
    let (status, body) = message(&app, &anna, id, "Vēl viens jautājums par João Silva.").await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert_eq!(body["code"], "personal_data_blocked");

    // The job records the block; the data is still in the database until deletion.
    let report = run_retention(&app).await;
    assert!(report.blocked.contains(&(id as i32)), "{report:?}");
    assert!(!report.erased.contains(&(id as i32)));
    let row = request::Entity::find_by_id(id as i32)
        .one(db)
        .await
        .unwrap()
        .unwrap();
    assert!(row.blocked_at.is_some() && row.erased_at.is_none());
    assert_eq!(row.subject_name, "João Silva");
    assert!(blobs.head(&key).await.is_ok());
    let again = run_retention(&app).await;
    assert!(
        again.blocked.is_empty() && again.erased.is_empty(),
        "{again:?}"
    );

    // Three years after closure the personal data is gone, documents' bytes included.
    app.server.state.clock.advance(days(30 * 31));
    let report = run_retention(&app).await;
    assert!(report.erased.contains(&(id as i32)), "{report:?}");
    assert!(report.documents_deleted >= 1, "{report:?}");
    let row = request::Entity::find_by_id(id as i32)
        .one(db)
        .await
        .unwrap()
        .unwrap();
    assert!(row.erased_at.is_some());
    assert_eq!(
        (row.subject_name.as_str(), row.subject_identifier.as_str()),
        ("", "")
    );
    assert_eq!((row.subject_birth_date, row.comment_text), (None, None));
    // What remains is the skeleton: the dates, area, parties, state and ratings.
    assert_eq!(row.state, "closed");
    assert_eq!(row.ended_on.as_deref(), Some(ended.as_str()));
    assert_eq!(row.timeliness.as_deref(), Some("positive"));
    assert!(row.sent_at.is_some() && row.responder_id.is_some());
    let stored: Vec<String> = request_question::Entity::find()
        .filter(request_question::Column::RequestId.eq(id as i32))
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|q| format!("{} {:?}", q.values_json, q.answer_json))
        .chain(
            request_event::Entity::find()
                .filter(request_event::Column::RequestId.eq(id as i32))
                .all(db)
                .await
                .unwrap()
                .into_iter()
                .map(|e| format!("{:?} {:?}", e.note_text, e.file)),
        )
        .chain(
            outbox::Entity::find()
                .all(db)
                .await
                .unwrap()
                .into_iter()
                .map(|mail| format!("{} {}", mail.subject, mail.body)),
        )
        .collect();
    for personal in PERSONAL {
        assert!(
            stored.iter().all(|text| !text.contains(personal)),
            "{personal} is erased: {stored:?}"
        );
    }
    assert!(
        stored
            .iter()
            .any(|text| text.contains("document_authenticity.authentic"))
    );
    assert_eq!(
        attachment::Entity::find()
            .filter(attachment::Column::RequestId.eq(id as i32))
            .count(db)
            .await
            .unwrap(),
        0
    );
    assert!(
        matches!(
            blobs.head(&key).await,
            Err(object_store::Error::NotFound { .. })
        ),
        "the document's bytes are gone"
    );
    assert_eq!(
        outbox::Entity::find()
            .filter(outbox::Column::RequestId.eq(id as i32))
            .count(db)
            .await
            .unwrap(),
        0,
        "the e-mails that told of it went with it"
    );
    // The request still opens, as a skeleton.
    let anna = app.user(ANNA).await;
    let view = get(&anna, app.url(&format!("/api/requests/{id}?language=lv"))).await;
    assert_eq!(view["state"], "closed");
    assert_eq!(view["subject"], Value::Null);

    // The run is on record with the requests it touched, and the audit chain still holds.
    let run = retention_run::Entity::find_by_id(report.run.unwrap())
        .one(db)
        .await
        .unwrap()
        .unwrap();
    assert!(run.finished_at.is_some());
    assert_eq!(run.erased, report.erased.len() as i64);
    assert_eq!(run.documents_deleted, report.documents_deleted as i64);
    let recorded: Vec<(i32, String)> = retention_run_request::Entity::find()
        .filter(retention_run_request::Column::RunId.eq(run.id))
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|r| (r.request_id, r.step))
        .collect();
    assert!(
        recorded.contains(&(id as i32, "erased".to_owned())),
        "{recorded:?}"
    );
    assert!(backend::services::audit::verify(db).await.unwrap().is_ok());
    let idle = run_retention(&app).await;
    assert!(
        idle.blocked.is_empty() && idle.erased.is_empty() && idle.documents_deleted == 0,
        "{idle:?}"
    );
});

db_test!(the_job_runs_once_records_itself_and_resumes, |app| {
    let state = &app.server.state;
    let db = &state.db;
    // Whatever the app's own schedule found due at start-up is done first.
    run_retention(&app).await;
    let anna = app.user(ANNA).await;
    let draft = json!({
        "area": "professional_qualifications",
        "subject": { "name": "Marta Ozola", "identifier": "", "birth_date": null },
        "questions": [{ "question": app.question_id(DIPLOMA_AUTHENTIC) }],
    });
    let (status, body) = send(&anna, Method::POST, app.url("/api/requests"), draft).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let draft = body["id"].as_i64().unwrap() as i32;
    let uploaded = anna
        .post(app.url(&format!(
            "/api/requests/{draft}/attachments?name=diploma.pdf"
        )))
        .header("content-type", "application/pdf")
        .body(PDF.to_vec())
        .send()
        .await
        .unwrap();
    assert_eq!(uploaded.status(), StatusCode::CREATED);
    let key = attachment::Entity::find()
        .filter(attachment::Column::RequestId.eq(draft))
        .one(db)
        .await
        .unwrap()
        .unwrap()
        .storage_key;
    let key = object_store::path::Path::from(key.as_str());

    // A year and a day later the untouched draft is due. A dry run says so and changes
    // nothing, under no lease and with no record.
    state.clock.advance(days(366));
    let dry = retention::run(state, true).await.unwrap();
    assert!(dry.dry_run && dry.run.is_none(), "{dry:?}");
    assert!(dry.drafts_deleted.contains(&draft), "{dry:?}");
    assert!(dry.documents_deleted >= 1, "{dry:?}");
    assert!(
        request::Entity::find_by_id(draft)
            .one(db)
            .await
            .unwrap()
            .is_some()
    );
    assert!(state.blobs.head(&key).await.is_ok());

    // Two instances at once: exactly one does the work, once.
    let (first, second) = tokio::join!(retention::run(state, false), retention::run(state, false));
    let (first, second) = (first.unwrap(), second.unwrap());
    // The one that came second either found the lease taken or (on SQLite, whose one
    // writer may make the two take turns) found nothing left to do.
    let done: Vec<&Report> = [&first, &second]
        .into_iter()
        .filter(|report| report.drafts_deleted.contains(&draft))
        .collect();
    assert_eq!(done.len(), 1, "{first:?} {second:?}");
    let other = if std::ptr::eq(done[0], &first) {
        &second
    } else {
        &first
    };
    assert!(
        other.skipped || (other.drafts_deleted.is_empty() && other.documents_deleted == 0),
        "{other:?}"
    );
    assert!(
        request::Entity::find_by_id(draft)
            .one(db)
            .await
            .unwrap()
            .is_none()
    );
    assert!(matches!(
        state.blobs.head(&key).await,
        Err(object_store::Error::NotFound { .. })
    ));
    assert_eq!(
        retention_run_request::Entity::find()
            .filter(retention_run_request::Column::RequestId.eq(draft))
            .count(db)
            .await
            .unwrap(),
        1
    );

    // A run cut short: its lease is still held, and a document's bytes wait in the queue.
    let orphan = object_store::path::Path::from("attachments/cut-short-run");
    state
        .blobs
        .put(&orphan, axum::body::Bytes::from_static(PDF).into())
        .await
        .unwrap();
    let now = state.clock.now();
    blob_deletion::ActiveModel {
        storage_key: Set(orphan.to_string()),
        queued_at: Set(now),
    }
    .insert(db)
    .await
    .unwrap();
    job_lease::Entity::insert(job_lease::ActiveModel {
        name: Set("retention".to_owned()),
        holder: Set("an instance that died".to_owned()),
        expires_at_ms: Set((now + chrono::Duration::minutes(5)).timestamp_millis()),
    })
    .on_conflict(
        sea_orm::sea_query::OnConflict::column(job_lease::Column::Name)
            .update_columns([job_lease::Column::Holder, job_lease::Column::ExpiresAtMs])
            .to_owned(),
    )
    .exec(db)
    .await
    .unwrap();
    // Until the dead instance's lease expires, nobody else runs the job.
    assert!(retention::run(state, false).await.unwrap().skipped);
    state.clock.advance(chrono::Duration::minutes(6));
    let resumed = retention::run(state, false).await.unwrap();
    assert!(!resumed.skipped, "{resumed:?}");
    assert_eq!(resumed.documents_deleted, 1, "{resumed:?}");
    assert!(matches!(
        state.blobs.head(&orphan).await,
        Err(object_store::Error::NotFound { .. })
    ));
    assert_eq!(blob_deletion::Entity::find().count(db).await.unwrap(), 0);
});

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn erasure_removes_documents_from_the_bucket_and_the_command_reports_it() {
    let s3 = imi_tests::S3Server::start().await;
    let bucket = s3.bucket("imi-retention").await;
    let app =
        imi_tests::spawn_app_with(Engine::Sqlite, |config| s3.configure(config, &bucket)).await;
    let (id, _anna, _ana) = closed_request(&app).await;
    let key = attachment::Entity::find()
        .filter(attachment::Column::RequestId.eq(id as i32))
        .one(&app.server.state.db)
        .await
        .unwrap()
        .unwrap()
        .storage_key;
    let stored = format!("<Key>{key}</Key>");
    assert!(s3.keys(&bucket).await.contains(&stored));
    app.server.state.clock.advance(days(37 * 31));

    // The command, dry, changes nothing.
    let config = {
        let mut config = imi_tests::test_config(app.db.url.clone());
        s3.configure(&mut config, &bucket);
        config
    };
    let dry = backend::config::Command::Retention { dry_run: true };
    // The command's clock is the system's: three years are not past for it, so it finds
    // nothing of this request due; the app's clock, moved on, does.
    assert!(backend::commands::run(&config, &dry).await.unwrap());
    assert!(s3.keys(&bucket).await.contains(&stored));

    let report = run_retention(&app).await;
    assert!(report.erased.contains(&(id as i32)), "{report:?}");
    let listing = s3.keys(&bucket).await;
    assert!(!listing.contains(&stored), "{listing}");
}

db_test!(a_data_subject_learns_what_is_held_about_them, |app| {
    let (id, anna, _ana) = closed_request(&app).await;
    let ilze = app.user(ILZE_LV).await;
    let search = |client: &Client, body: Value| {
        let url = app.url("/api/data-subjects/search");
        let client = client.clone();
        async move { send(&client, Method::POST, url, body).await }
    };
    let reason = "Pieprasījums Nr. 2026/17 no 2026-12-01";

    // Only the local data administrator searches, always with a reason, for someone.
    let (status, _) = search(&anna, json!({ "name": "João Silva", "reason": reason })).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, body) = search(&ilze, json!({ "name": "João Silva", "reason": " " })).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["fields"][0]["field"], "reason", "{body}");
    let (status, body) = search(&ilze, json!({ "name": " ", "reason": reason })).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["fields"][0]["field"], "name", "{body}");

    // Seven months later the data is blocked for everyone else; the administrator finds it
    // by the name without diacritics, or by the identifier and date of birth.
    app.server.state.clock.advance(days(7 * 31));
    let ilze = app.user(ILZE_LV).await;
    for criteria in [
        json!({ "name": "joao SILVA" }),
        json!({ "identifier": "om54321", "birth_date": "1980-04-02" }),
    ] {
        let mut body = criteria.clone();
        body["reason"] = reason.into();
        let (status, found) = search(&ilze, body).await;
        assert_eq!(status, StatusCode::OK, "{found}");
        // The demo's request about João Pedro Silva is found by his name too: the
        // administrator leaves a namesake out of the report.
        let rows = found["rows"].as_array().unwrap();
        let row = rows
            .iter()
            .find(|row| row["id"] == id)
            .unwrap_or_else(|| panic!("{criteria}: {found}"));
        assert_eq!(row["subject"]["name"], "João Silva");
        assert_eq!(row["retention"]["stage"], "blocked");
    }
    let (_, found) = search(
        &ilze,
        json!({ "identifier": "OM 54321", "birth_date": "1980-04-02", "reason": reason }),
    )
    .await;
    assert_eq!(found["rows"].as_array().unwrap().len(), 1, "{found}");
    let (status, found) = search(&ilze, json!({ "name": "Joana Silva", "reason": reason })).await;
    assert_eq!((status, found["rows"].clone()), (StatusCode::OK, json!([])));

    // The report, for the person to read in Portuguese.
    let (status, report) = send(
        &ilze,
        Method::POST,
        app.url("/api/data-subjects/report"),
        json!({ "name": "João Silva", "reason": reason, "language": "pt", "requests": [id] }),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{report}");
    assert_eq!(report["language"], "pt");
    assert_eq!(report["entries"].as_array().unwrap().len(), 1, "{report}");
    let entry = &report["entries"][0];
    assert_eq!(entry["id"], id);
    assert_eq!(entry["side"], "requesting");
    assert_eq!(entry["disclosures"][0]["kind"], "sent");
    assert_eq!(
        entry["disclosures"][0]["authority"]["name"],
        "Ordem dos Médicos"
    );
    assert_eq!(entry["retention"]["stage"], "blocked");
    assert!(entry["retention"]["deleted_on"].is_string());
    let data = entry["data"].to_string();
    for held in [
        "João Silva",
        "OM 54321",
        "1980-04-02",
        "diploma.pdf",
        "PersonName",
    ] {
        assert!(data.contains(held), "{held} in {data}");
    }
    // Free text is counted, not quoted.
    assert!(
        !data.contains("cardiologista") && data.contains("text_answer"),
        "{data}"
    );

    // Both were logged with the reason.
    let logged: Vec<String> = backend::entities::audit_log::Entity::find()
        .all(&app.server.state.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|line| line.action.starts_with("data_subject_"))
        .map(|line| format!("{} {}", line.action, line.detail.unwrap_or_default()))
        .collect();
    assert!(
        logged
            .iter()
            .any(|l| l.starts_with("data_subject_search") && l.contains(reason)),
        "{logged:?}"
    );
    assert!(
        logged
            .iter()
            .any(|l| l.starts_with("data_subject_report") && l.contains("language: pt")),
        "{logged:?}"
    );

    // Once erased, nothing is held and nothing is found.
    app.server.state.clock.advance(days(30 * 31));
    run_retention(&app).await;
    let ilze = app.user(ILZE_LV).await;
    let (status, found) = search(&ilze, json!({ "name": "João Silva", "reason": reason })).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        found["rows"]
            .as_array()
            .unwrap()
            .iter()
            .all(|row| row["id"] != id),
        "{found}"
    );
});

db_test!(
    the_latvian_administrator_makes_a_report_in_portuguese,
    |app| {
        imi_tests::require_built_spa();
        let (id, _anna, _ana) = closed_request(&app).await;
        let browser = imi_tests::browser::Browser::start("lv-LV,lv").await;
        browser
            .client
            .goto(&app.url("/data-subjects"))
            .await
            .unwrap();
        browser.log_in_with_code(&app, ILZE_LV).await;
        browser.wait_for_text("#page-title", "Datu subjektu").await;
        let type_into = async |css: &str, text: &str| {
            browser.wait_for(css).await.send_keys(text).await.unwrap();
        };
        type_into("#data-subject-name", "Joao Silva").await;
        type_into("#data-subject-reason", "Pieprasījums Nr. 17").await;
        browser
            .click(fantoccini::Locator::Css("#data-subject-search-button"))
            .await;
        browser
            .wait_for_text("#data-subject-matches", "João Silva")
            .await;
        assert!(
            browser
                .wait_for(&format!("#data-subject-include-{id}"))
                .await
                .is_selected()
                .await
                .unwrap()
        );
        browser
            .wait_for("#data-subject-language")
            .await
            .select_by_value("pt")
            .await
            .unwrap();
        browser.screenshot("data-subjects-found-lv").await;
        browser
            .click(fantoccini::Locator::Css("#data-subject-report-button"))
            .await;
        let report = browser
            .wait_for_text("#data-subject-report", "Ordem dos Médicos")
            .await;
        // The report speaks Portuguese to the person, around the page in Latvian.
        assert!(
            report.contains("João Silva") && report.contains("diploma.pdf"),
            "{report}"
        );
        assert_eq!(
            browser
                .wait_for("#data-subject-report")
                .await
                .attr("lang")
                .await
                .unwrap()
                .as_deref(),
            Some("pt")
        );
        assert!(report.contains("Dados pessoais"), "{report}");
        browser.wait_for_text("#page-title", "Datu subjektu").await;
        browser.screenshot("data-subjects-report-pt").await;
        browser.client.set_window_size(768, 1024).await.unwrap();
        browser.screenshot("data-subjects-report-pt-tablet").await;
        browser.close().await;
    }
);

db_test!(a_party_corrects_whom_the_request_is_about, |app| {
    let anna = app.user(ANNA).await;
    let ana = app.user(ANA_PT).await;
    let draft = json!({
        "area": "professional_qualifications",
        "responder": app.authority_id("Ordem dos Médicos").await,
        "subject": { "name": "Joao Silvaa", "identifier": "OM 54321", "birth_date": "1980-04-02" },
        "questions": [{ "question": app.question_id(DIPLOMA_AUTHENTIC) }],
        "requested_date": "2099-01-31",
    });
    let (id, mut version) = create(&app, &anna, draft).await;
    act(&app, &anna, id, &mut version, json!({ "action": "send" })).await;
    let url = app.url(&format!("/api/requests/{id}/subject"));
    let corrected =
        json!({ "name": "João Silva", "identifier": "OM 54321", "birth_date": "1980-04-02" });

    // The responder sees no personal data before accepting, so corrects none.
    let (status, _) = send(
        &ana,
        Method::PUT,
        url.clone(),
        json!({ "version": version, "subject": corrected }),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // A name is still required, and a stale version is refused.
    let (status, body) = send(
        &anna,
        Method::PUT,
        url.clone(),
        json!({ "version": version, "subject": { "name": " ", "identifier": "" } }),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["fields"][0]["field"], "subject.name");
    let (status, _) = send(
        &anna,
        Method::PUT,
        url.clone(),
        json!({ "version": version - 1, "subject": corrected }),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);

    let (status, body) = send(
        &anna,
        Method::PUT,
        url.clone(),
        json!({ "version": version, "subject": corrected }),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    version = body["version"].as_i64().unwrap();
    act(
        &app,
        &ana,
        id,
        &mut version,
        json!({ "action": "accept", "deadline": "as_requested" }),
    )
    .await;

    // The responder reads the corrected subject; the timeline names the field, and the old
    // value is nowhere.
    let view = get(&ana, app.url(&format!("/api/requests/{id}?language=pt"))).await;
    assert_eq!(view["subject"]["name"], "João Silva");
    let rectified: Vec<&Value> = view["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|event| event["kind"] == "rectified")
        .collect();
    assert_eq!(rectified.len(), 1, "{view}");
    assert_eq!(rectified[0]["fields"], json!(["subject_name"]));
    assert!(!view.to_string().contains("Silvaa"), "{view}");
    let told = get(&ana, app.url("/api/notifications?language=pt")).await;
    assert!(
        told["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["request"] == id && n["kind"] == "rectified"),
        "{told}"
    );
    // Now the responder may correct it too; nothing changed is nothing written.
    assert_eq!(view["may"]["rectify"], true);
    let (status, same) = send(
        &ana,
        Method::PUT,
        url.clone(),
        json!({ "version": version, "subject": corrected }),
    )
    .await;
    assert_eq!(
        (status, same["version"].as_i64()),
        (StatusCode::OK, Some(version))
    );

    // Once blocked, nobody corrects it.
    let answers = json!([{ "question": app.question_id(DIPLOMA_AUTHENTIC),
        "value": { "kind": "choice", "option": "document_authenticity.authentic" } }]);
    answer(&app, &ana, id, &mut version, answers).await;
    act(
        &app,
        &anna,
        id,
        &mut version,
        json!({ "action": "close", "timeliness": "positive", "effort": "positive" }),
    )
    .await;
    app.server.state.clock.advance(days(7 * 31));
    let anna = app.user(ANNA).await;
    let (status, body) = send(
        &anna,
        Method::PUT,
        url,
        json!({ "version": version, "subject": corrected }),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert_eq!(body["code"], "personal_data_blocked");
});

db_test!(a_blocked_request_shows_its_skeleton_in_the_browser, |app| {
    imi_tests::require_built_spa();
    let (id, _anna, _ana) = closed_request(&app).await;
    app.server.state.clock.advance(days(7 * 31));
    let browser = imi_tests::browser::Browser::start("en-GB,en").await;
    browser
        .client
        .goto(&app.url(&format!("/requests/{id}")))
        .await
        .unwrap();
    browser.log_in(ANNA).await;
    let said = browser
        .wait_for_text("#personal-data-hidden", "blocked on")
        .await;
    assert!(said.contains("deleted on"), "{said}");
    browser
        .wait_for_text("#documents-withheld", "personal data")
        .await;
    let page = browser.wait_for("main").await.text().await.unwrap();
    for personal in PERSONAL {
        assert!(!page.contains(personal), "{personal} is blocked: {page}");
    }
    // No form offers to add what nobody may read.
    assert!(
        browser
            .client
            .find(fantoccini::Locator::Css("#message"))
            .await
            .is_err()
    );
    assert!(
        browser
            .client
            .find(fantoccini::Locator::Css("#rectify-open"))
            .await
            .is_err()
    );
    browser.screenshot("request-blocked-en").await;
    browser.close().await;
});

db_test!(a_requester_corrects_the_subject_in_the_browser, |app| {
    imi_tests::require_built_spa();
    let anna = app.user(ANNA).await;
    let draft = json!({
        "area": "professional_qualifications",
        "responder": app.authority_id("Ordem dos Médicos").await,
        "subject": { "name": "Joao Silvaa", "identifier": "OM 54321" },
        "questions": [{ "question": app.question_id(DIPLOMA_AUTHENTIC) }],
        "requested_date": "2099-01-31",
    });
    let (id, mut version) = create(&app, &anna, draft).await;
    act(&app, &anna, id, &mut version, json!({ "action": "send" })).await;
    let browser = imi_tests::browser::Browser::start("en-GB,en").await;
    browser
        .client
        .goto(&app.url(&format!("/requests/{id}")))
        .await
        .unwrap();
    browser.log_in(ANNA).await;
    browser
        .wait_for_text("#request-subject", "Joao Silvaa")
        .await;
    browser
        .click(fantoccini::Locator::Css("#rectify-open"))
        .await;
    let name = browser.wait_for("#rectify-name").await;
    name.clear().await.unwrap();
    name.send_keys("João Silva").await.unwrap();
    browser.screenshot("request-rectify-en").await;
    browser
        .click(fantoccini::Locator::Css("#rectify-save"))
        .await;
    browser
        .wait_for_text("#request-subject", "João Silva")
        .await;
    browser.wait_for_text("#timeline", "Corrected: Name").await;
    let page = browser.wait_for("main").await.text().await.unwrap();
    assert!(!page.contains("Silvaa"), "the old value is gone: {page}");
    browser.close().await;
});
