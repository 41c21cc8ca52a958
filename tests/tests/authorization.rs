//! The authorisation matrix: every operation of `/api/openapi.json`, called by every kind of
//! demo user (anonymous; a handler of the requesting authority; another authority of the same
//! country; the country's national coordinator; the responder; three foreign authorities; a
//! local administrator who has not set up two-step log-in yet; the European Commission's
//! observer, who belongs to no authority and gets 404 from every route but its own account
//! and the statistics) on objects that are their own,
//! their country's or foreign, with the answer each cell must get written down. An operation
//! of the document without a row, or a row without an operation, fails the test: a new route
//! cannot be added without deciding who may call it.
//!
//! Rows run in order, and each is chosen so that the cells allowed to act do not change what
//! the next cells see (a stale version, an invalid body), except where said.

use imi_tests::{ANA_PT, ANNA, DEMO_PASSWORD, JANIS_LV, KARI_NO, MARI_EE, TestApp, db_test};
use reqwest::{Client, Method, StatusCode};
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet};

const LIGA: &str = "liga.ozola@bvkb.lv.example";
const KLAUS: &str = "klaus.becker@lagetsi.de.example";
const VALDIS: &str = "valdis.admin@vi.lv.example";
const CLAIRE: &str = "claire.martin@ec.europa.eu.example";

/// The columns: who calls.
const WHO: [&str; 10] = [
    "anonymous",
    "anna (LV, requester)",
    "liga (LV, other authority)",
    "janis (LV, national coordinator)",
    "ana (PT, responder)",
    "kari (NO, administrator)",
    "mari (EE)",
    "klaus (DE)",
    "valdis (LV, administrator without second factor)",
    "claire (European Commission, observer)",
];

/// What the rows refer to, made before the matrix runs.
struct Fixture {
    /// A request from Anna's inspectorate to the Portuguese association, waiting for it.
    request: i64,
    /// A document Anna attached to it while it was a draft.
    attachment: i64,
    /// Anna's inspectorate (Latvian, not coordinating).
    vi: i32,
    /// Anna's user id.
    anna: i32,
    /// A second session of Anna's, which she may end.
    anna_session: String,
    /// A pending invitation's token.
    token: String,
    /// A qualification alert Anna's inspectorate sent to every country, passed on to nobody.
    alert: i64,
}

enum Body {
    None,
    Json(Value),
    /// A failed log-in at an account of its own for each caller, so that the throttle of
    /// one (account, client) pair does not decide the next cell.
    WrongLogin,
    Csv(&'static str),
    Pdf,
}

struct Row {
    method: &'static str,
    /// The operation's path as the document names it.
    operation: &'static str,
    /// The path called, with the fixture's ids.
    path: String,
    body: Body,
    /// The status each of [`WHO`] must get.
    expect: [u16; 10],
}

fn row(
    method: &'static str,
    operation: &'static str,
    path: String,
    body: Body,
    expect: [u16; 10],
) -> Row {
    Row {
        method,
        operation,
        path,
        body,
        expect,
    }
}

const PDF: &[u8] =
    b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

async fn fixture(app: &TestApp, anna: &Client, janis: &Client) -> Fixture {
    let draft = json!({
        "area": "professional_qualifications",
        "responder": app.authority_id("Ordem dos Médicos").await,
        "subject": { "name": "Jānis Bērziņš" },
        "questions": [{ "question": app.question_id("professional_qualifications.diploma.award_date") }],
        "requested_date": "2099-01-31",
    });
    let created: Value = anna
        .post(app.url("/api/requests"))
        .json(&draft)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let request = created["id"].as_i64().unwrap();
    let attached: Value = anna
        .post(app.url(&format!(
            "/api/requests/{request}/attachments?name=diploma.pdf"
        )))
        .header("content-type", "application/pdf")
        .body(PDF.to_vec())
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let alert = {
        let created: Value = anna
            .post(app.url("/api/alerts"))
            .json(&json!({
                "kind": "professional_qualification",
                "fields": {
                    "given_names": "Pēteris", "surname": "Ozoliņš", "birth_date": "1975-03-14",
                    "profession": "doctor", "deciding_authority": "Veselības inspekcija",
                    "decision": "prohibition", "scope": "Aizliegts praktizēt.",
                    "decision_date": "2026-01-05", "valid_from": "2026-01-05",
                },
                "late_reason": { "text": "Vēlu saņemts.", "language": "lv" },
            }))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let id = created["id"].as_i64().expect("an alert");
        let sent = anna
            .post(app.url(&format!("/api/alerts/{id}/actions")))
            .json(&json!({ "version": created["version"], "action": { "action": "send" } }))
            .send()
            .await
            .unwrap();
        assert_eq!(sent.status(), StatusCode::OK);
        id
    };
    let sent = anna
        .post(app.url(&format!("/api/requests/{request}/actions")))
        .json(&json!({ "version": created["version"], "action": { "action": "send" } }))
        .send()
        .await
        .unwrap();
    assert_eq!(sent.status(), StatusCode::OK);
    let vi = app.authority_id("Veselības inspekcija").await;
    let users = app
        .get_json(janis, &format!("/api/authorities/{vi}/users"))
        .await;
    let anna_id = users["users"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["email"] == ANNA)
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let second = app.user(ANNA).await;
    let sessions: Value = second
        .get(app.url("/api/me/sessions"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let anna_session = sessions
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["current"] == true)
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let invited = janis
        .post(app.url(&format!("/api/authorities/{vi}/users")))
        .json(
            &json!({ "email": "new.handler@vi.lv.example", "display_name": "New Handler",
                       "language": "lv", "roles": ["request_handler"] }),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(invited.status(), StatusCode::CREATED);
    let mail = backend::entities::outbox::Entity::find()
        .all(&app.server.state.db)
        .await
        .unwrap()
        .into_iter()
        .rfind(|m| m.to_address == "new.handler@vi.lv.example")
        .unwrap();
    let start = mail.body.find("/invitation/").unwrap() + "/invitation/".len();
    let token: String = mail.body[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    Fixture {
        request,
        attachment: attached["id"].as_i64().unwrap(),
        vi,
        anna: i32::try_from(anna_id).unwrap(),
        anna_session,
        token,
        alert,
    }
}

use sea_orm::EntityTrait;

/// Every operation, in the order it runs. Columns as [`WHO`].
#[rustfmt::skip]
fn rows(f: &Fixture) -> Vec<Row> {
    use Body::{Csv, Json, None as Empty, Pdf, WrongLogin};
    let request = f.request;
    let vi = f.vi;
    let rq = |tail: &str| format!("/api/requests/{request}{tail}");
    vec![
        // Public: the same for everyone.
        row("GET", "/api/health", "/api/health".into(), Empty, [200; 10]),
        row("GET", "/api/openapi.json", "/api/openapi.json".into(), Empty, [200; 10]),
        row("POST", "/api/auth/login", "/api/auth/login".into(), WrongLogin, [401; 10]),
        // Everyone may ask whether they have a session (the answer says whose, or none).
        row("GET", "/api/session", "/api/session".into(), Empty, [200; 10]),
        row("GET", "/api/invitations/{token}", format!("/api/invitations/{}", f.token), Empty, [200; 10]),
        row("POST", "/api/invitations/{token}", format!("/api/invitations/{}", f.token), Json(json!({ "password": "short" })), [422; 10]),
        // The user's own account: anyone with a session; the administrator without a second
        // factor only what sets one up.
        row("GET", "/api/me", "/api/me".into(), Empty, [401, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        row("PUT", "/api/me/language", "/api/me/language".into(), Json(json!({ "language": "en" })), [401, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        row("POST", "/api/me/second-factor/setup", "/api/me/second-factor/setup".into(), Empty, [401, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        row("POST", "/api/me/second-factor", "/api/me/second-factor".into(), Json(json!({ "code": "000000" })), [401, 422, 422, 422, 422, 422, 422, 422, 422, 422]),
        row("DELETE", "/api/me/second-factor", "/api/me/second-factor".into(), Json(json!({ "code": "000000" })), [401, 422, 422, 422, 422, 422, 422, 422, 422, 422]),
        row("POST", "/api/me/second-factor/recovery-codes", "/api/me/second-factor/recovery-codes".into(), Json(json!({ "code": "000000" })), [401, 422, 422, 422, 422, 422, 422, 422, 403, 422]),
        row("GET", "/api/me/sessions", "/api/me/sessions".into(), Empty, [401, 200, 200, 200, 200, 200, 200, 200, 403, 200]),
        // Only Anna may end her session; it is gone for those who come after her.
        row("DELETE", "/api/me/sessions/{id}", format!("/api/me/sessions/{}", f.anna_session), Empty, [401, 204, 404, 404, 404, 404, 404, 404, 403, 404]),
        row("DELETE", "/api/me/sessions", "/api/me/sessions".into(), Empty, [401, 204, 204, 204, 204, 204, 204, 204, 403, 204]),
        row("PUT", "/api/me/password", "/api/me/password".into(), Json(json!({ "current_password": "not it", "new_password": "velvet harbour lantern 42" })), [401, 422, 422, 422, 422, 422, 422, 422, 403, 422]),
        // Shared tools and the registry's public face.
        row("POST", "/api/templates/check", "/api/templates/check".into(), Json(json!({ "template": "Is [${SPBusinessName}] right?", "values": { "SPBusinessName": "Elektro SIA" } })), [401, 200, 200, 200, 200, 200, 200, 200, 403, 404]),
        row("GET", "/api/catalogue", "/api/catalogue".into(), Empty, [401, 200, 200, 200, 200, 200, 200, 200, 403, 404]),
        row("GET", "/api/authorities", "/api/authorities?q=arsts".into(), Empty, [401, 200, 200, 200, 200, 200, 200, 200, 403, 404]),
        row("GET", "/api/authorities/{id}", format!("/api/authorities/{vi}"), Empty, [401, 200, 200, 200, 200, 200, 200, 200, 403, 404]),
        row("GET", "/api/registry/concepts", "/api/registry/concepts".into(), Empty, [401, 200, 200, 200, 200, 200, 200, 200, 403, 404]),
        row("GET", "/api/translate", "/api/translate".into(), Empty, [401, 200, 200, 200, 200, 200, 200, 200, 403, 404]),
        // No provider is configured: 404 `translation_not_configured` for whoever may ask.
        row("POST", "/api/translate", "/api/translate".into(), Json(json!({ "text": "Labdien", "target": "pt" })), [401, 404, 404, 404, 404, 404, 404, 404, 403, 404]),
        // Requests: the overview is everyone's own.
        row("GET", "/api/requests", "/api/requests".into(), Empty, [401, 200, 200, 200, 200, 200, 200, 200, 403, 404]),
        row("POST", "/api/requests", "/api/requests".into(), Json(json!({ "area": "services", "questions": [{ "question": 999_999 }] })), [401, 422, 422, 422, 422, 422, 422, 422, 403, 404]),
        row("GET", "/api/requests/counts", "/api/requests/counts".into(), Empty, [401, 200, 200, 200, 200, 200, 200, 200, 403, 404]),
        // Statistics: everyone sees the figures of what they may see (their authority, a
        // coordinator its country or areas, the Commission every country), never a request.
        row("GET", "/api/statistics", "/api/statistics?from=2026-01-01&to=2026-12-31".into(), Empty, [401, 200, 200, 200, 200, 200, 200, 200, 403, 200]),
        // One request: its two parties and the coordinator of the requester's country see it;
        // another authority of that country and every foreign one get 404, like a request
        // that does not exist.
        row("GET", "/api/requests/{id}", rq(""), Empty, [401, 200, 404, 200, 200, 404, 404, 404, 403, 404]),
        row("PUT", "/api/requests/{id}", rq(""), Json(json!({ "version": 0, "draft": { "area": "professional_qualifications", "questions": [] } })), [401, 409, 404, 409, 409, 404, 404, 404, 403, 404]),
        // A withdrawal on a stale version: the requester would be allowed (409, stale), the
        // responder and the coordinator not (403).
        row("POST", "/api/requests/{id}/actions", rq("/actions"), Json(json!({ "version": 0, "action": { "action": "withdraw" } })), [401, 409, 404, 403, 403, 404, 404, 404, 403, 404]),
        row("PUT", "/api/requests/{id}/answers", rq("/answers"), Json(json!({ "version": 0, "answers": [] })), [401, 409, 404, 409, 409, 404, 404, 404, 403, 404]),
        // The report is the answer's: whoever may save answers may save it.
        row("PUT", "/api/requests/{id}/report", rq("/report"), Json(json!({ "version": 0, "report": {} })), [401, 409, 404, 409, 409, 404, 404, 404, 403, 404]),
        row("POST", "/api/requests/{id}/messages", rq("/messages"), Json(json!({ "text": { "text": " ", "language": "lv" } })), [401, 422, 404, 403, 422, 404, 404, 404, 403, 404]),
        // Correcting the subject: a handler of a party that sees it (here the requester, on a
        // stale version); the responder before accepting and a coordinator never.
        row("PUT", "/api/requests/{id}/subject", rq("/subject"), Json(json!({ "version": 0, "subject": { "name": "Jānis Bērziņš", "identifier": "" } })), [401, 409, 404, 403, 403, 404, 404, 404, 403, 404]),
        // Nobody attaches while it waits for acceptance; a coordinator never.
        row("POST", "/api/requests/{id}/attachments", rq("/attachments?name=x.pdf"), Pdf, [401, 409, 404, 403, 409, 404, 404, 404, 403, 404]),
        // The document: the requester's; the responder's once it accepts; a coordinator's never.
        row("GET", "/api/attachments/{id}", format!("/api/attachments/{}", f.attachment), Empty, [401, 200, 404, 404, 404, 404, 404, 404, 403, 404]),
        row("POST", "/api/requests/{id}/assign", rq("/assign"), Json(json!({ "version": 0, "user": null })), [401, 403, 404, 403, 403, 404, 404, 404, 403, 404]),
        // The coordinator reminds (once; this is the first).
        row("POST", "/api/requests/{id}/remind", rq("/remind"), Empty, [401, 403, 404, 204, 403, 404, 404, 404, 403, 404]),
        row("GET", "/api/coordination/inactive", "/api/coordination/inactive".into(), Empty, [401, 403, 403, 200, 403, 403, 403, 403, 403, 404]),
        // The caller's own authority.
        row("GET", "/api/authority/handlers", "/api/authority/handlers".into(), Empty, [401, 200, 200, 200, 200, 200, 200, 200, 403, 404]),
        row("PUT", "/api/authority/allocation", "/api/authority/allocation".into(), Json(json!({ "enabled": false })), [401, 403, 403, 204, 403, 204, 403, 403, 403, 404]),
        row("GET", "/api/notifications", "/api/notifications".into(), Empty, [401, 200, 200, 200, 200, 200, 200, 200, 403, 404]),
        row("POST", "/api/notifications/read", "/api/notifications/read".into(), Json(json!({})), [401, 204, 204, 204, 204, 204, 204, 204, 403, 404]),
        row("GET", "/api/notifications/stream", "/api/notifications/stream".into(), Empty, [401, 200, 200, 200, 200, 200, 200, 200, 403, 404]),
        // Alerts: everyone reads the kinds and their own boxes (the Commission too); an alert
        // is seen by its sender and the alert coordinators (Jānis is Latvia's, which both
        // sent and received it), and by nobody it was not passed on to; the Commission does
        // not receive qualification alerts. Anna and Jānis may change it (a stale version
        // here); only a receiving coordinator gets the authorities to pass it on to.
        row("GET", "/api/alert-kinds", "/api/alert-kinds".into(), Empty, [401, 200, 200, 200, 200, 200, 200, 200, 403, 200]),
        row("GET", "/api/alerts", "/api/alerts".into(), Empty, [401, 200, 200, 200, 200, 200, 200, 200, 403, 200]),
        row("POST", "/api/alerts", "/api/alerts".into(), Json(json!({ "kind": "" })), [401, 422, 422, 422, 422, 422, 422, 422, 403, 404]),
        row("GET", "/api/alerts/counts", "/api/alerts/counts".into(), Empty, [401, 200, 200, 200, 200, 200, 200, 200, 403, 200]),
        row("GET", "/api/alerts/check", "/api/alerts/check?name=Ozolins".into(), Empty, [401, 200, 200, 200, 200, 200, 200, 200, 403, 404]),
        row("GET", "/api/alerts/{id}", format!("/api/alerts/{}", f.alert), Empty, [401, 200, 404, 200, 404, 404, 404, 404, 403, 404]),
        row("PUT", "/api/alerts/{id}", format!("/api/alerts/{}", f.alert), Json(json!({ "version": -1, "draft": { "kind": "professional_qualification" } })), [401, 409, 404, 409, 404, 404, 404, 404, 403, 404]),
        row("POST", "/api/alerts/{id}/actions", format!("/api/alerts/{}/actions", f.alert), Json(json!({ "version": -1, "action": { "action": "close" } })), [401, 409, 404, 409, 404, 404, 404, 404, 403, 404]),
        row("GET", "/api/alerts/{id}/suggestions", format!("/api/alerts/{}/suggestions", f.alert), Empty, [401, 403, 404, 200, 404, 404, 404, 404, 403, 404]),
        // The registry: coordinators of the country (here Jānis, national).
        row("POST", "/api/registry/authorities", "/api/registry/authorities".into(), Json(json!({ "authority": { "country": "LV", "name": "", "name_language": "lv", "city": "", "areas": [] } })), [401, 403, 403, 422, 403, 403, 403, 403, 403, 404]),
        row("PUT", "/api/registry/authorities/{id}", format!("/api/registry/authorities/{vi}"), Json(json!({ "revision": -1, "authority": { "country": "LV", "name": "Veselības inspekcija", "name_language": "lv", "city": "Rīga", "areas": ["professional_qualifications"] } })), [401, 403, 403, 409, 403, 403, 403, 403, 403, 404]),
        row("POST", "/api/registry/import", "/api/registry/import".into(), Csv("ref\n"), [401, 403, 403, 422, 403, 403, 403, 403, 403, 404]),
        // An authority's users: its administrators (Valdis, once he has a second factor) and
        // the coordinators above it; for anyone else as if it did not exist.
        row("GET", "/api/authorities/{id}/users", format!("/api/authorities/{vi}/users"), Empty, [401, 404, 404, 200, 404, 404, 404, 404, 403, 404]),
        row("POST", "/api/authorities/{id}/users", format!("/api/authorities/{vi}/users"), Json(json!({ "email": "", "display_name": "", "language": "lv", "roles": [] })), [401, 404, 404, 422, 404, 404, 404, 404, 403, 404]),
        row("PUT", "/api/users/{id}", format!("/api/users/{}", f.anna), Json(json!({ "display_name": "", "roles": [], "active": true })), [401, 404, 404, 422, 404, 404, 404, 404, 403, 404]),
        row("POST", "/api/users/{id}/invitation", format!("/api/users/{}/invitation", f.anna), Empty, [401, 404, 404, 422, 404, 404, 404, 404, 403, 404]),
        // A data subject's requests: local (data) administrators of an authority, for their
        // own authority's requests (here a search with no criterion, refused as such).
        row("POST", "/api/data-subjects/search", "/api/data-subjects/search".into(), Json(json!({ "name": " ", "reason": "Ref. 1" })), [401, 403, 403, 422, 403, 422, 403, 403, 403, 404]),
        row("POST", "/api/data-subjects/report", "/api/data-subjects/report".into(), Json(json!({ "name": " ", "reason": "Ref. 1", "language": "en" })), [401, 403, 403, 422, 403, 422, 403, 403, 403, 404]),
        // Last: it ends the sessions the rows above use.
        row("POST", "/api/auth/logout", "/api/auth/logout".into(), Empty, [401, 204, 204, 204, 204, 204, 204, 204, 204, 204]),
    ]
}

/// The operations of the served document, as `METHOD path`.
async fn documented(app: &TestApp) -> BTreeSet<String> {
    let doc: Value = app
        .client
        .get(app.url("/api/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let mut operations = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            operations.insert(format!("{} {path}", method.to_uppercase()));
        }
    }
    operations
}

async fn call(app: &TestApp, client: &Client, column: usize, row: &Row) -> u16 {
    let method = Method::from_bytes(row.method.as_bytes()).unwrap();
    let request = client.request(method, app.url(&row.path));
    let request = match &row.body {
        Body::None => request,
        Body::Json(body) => request.json(body),
        Body::WrongLogin => request.json(
            &json!({ "email": format!("nobody{column}@vi.lv.example"), "password": "not it" }),
        ),
        Body::Csv(text) => request.header("content-type", "text/csv").body(*text),
        Body::Pdf => request
            .header("content-type", "application/pdf")
            .body(PDF.to_vec()),
    };
    // Only the status matters; a stream's body is never waited for.
    request.send().await.unwrap().status().as_u16()
}

db_test!(every_operation_by_every_kind_of_user, |app| {
    let janis = app.user(JANIS_LV).await;
    let anna = app.user(ANNA).await;
    let fixture = fixture(&app, &anna, &janis).await;
    // Valdis administers Anna's inspectorate and has not set up two-step log-in.
    let valdis_id = {
        use backend::entities::{user, user_role};
        use sea_orm::{ActiveModelTrait, Set};
        let account = user::ActiveModel {
            authority_id: Set(Some(fixture.vi)),
            organisation: Set("authority".to_owned()),
            email: Set(VALDIS.to_owned()),
            display_name: Set("Valdis".to_owned()),
            password_hash: Set(backend::auth::hash_password(DEMO_PASSWORD).unwrap()),
            active: Set(true),
            created_at: Set(chrono::Utc::now()),
            ..Default::default()
        }
        .insert(&app.server.state.db)
        .await
        .unwrap();
        user_role::ActiveModel {
            user_id: Set(account.id),
            role: Set("local_administrator".to_owned()),
        }
        .insert(&app.server.state.db)
        .await
        .unwrap();
        account.id
    };
    assert!(valdis_id > 0);
    let clients: [Client; 10] = [
        Client::new(),
        anna,
        app.user(LIGA).await,
        janis,
        app.user(ANA_PT).await,
        app.user(KARI_NO).await,
        app.user(MARI_EE).await,
        app.user(KLAUS).await,
        app.user(VALDIS).await,
        app.user(CLAIRE).await,
    ];

    let rows = rows(&fixture);
    let covered: BTreeSet<String> = rows
        .iter()
        .map(|r| format!("{} {}", r.method, r.operation))
        .collect();
    let documented = documented(&app).await;
    let missing: Vec<&String> = documented.difference(&covered).collect();
    let stale: Vec<&String> = covered.difference(&documented).collect();
    assert!(
        missing.is_empty() && stale.is_empty(),
        "operations without a row: {missing:?}; rows without an operation: {stale:?}"
    );

    let mut wrong: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for row in &rows {
        for (column, client) in clients.iter().enumerate() {
            let got = call(&app, client, column, row).await;
            if got != row.expect[column] {
                wrong
                    .entry(format!("{} {}", row.method, row.path))
                    .or_default()
                    .push(format!(
                        "{}: {got}, not {}",
                        WHO[column], row.expect[column]
                    ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "cells that disagree with the matrix:\n{}",
        wrong
            .iter()
            .map(|(call, cells)| format!("  {call}\n    {}", cells.join("\n    ")))
            .collect::<Vec<_>>()
            .join("\n")
    );
});
