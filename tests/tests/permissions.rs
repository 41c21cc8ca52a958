//! Every demo request as every demo user: whatever the request view offers (its `actions` and
//! `may`) succeeds, and whatever it does not offer is refused. The page shows exactly what the
//! view offers, so this is the promise that no button answers 403 and no refusal hides an
//! allowed step. Run with allocation as the demo has it (off) and with every authority
//! allocating and nothing assigned, where the two used to disagree.
//!
//! An offered step changes the request, so each app performs one offered step per request:
//! pass `n` takes the `n`-th offer of every request, on a fresh demo, until no request has one
//! left. Refusals change nothing and are all tried in the first pass, before its offers.

use backend::entities::{authority, authority_area, request};
use imi_tests::{Engine, TestApp, spawn_app};
use reqwest::{Client, StatusCode};
use sea_orm::{ConnectionTrait, EntityTrait, QueryOrder};
use serde_json::{Value, json};
use shared::lifecycle::ActionKind;

const PDF: &[u8] =
    b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

/// One thing a reader may be offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Action(ActionKind),
    Message,
    Attach,
    Assign,
    Reuse,
    SaveAnswers,
}

struct Reader {
    email: String,
    client: Client,
    country: String,
}

struct Authority {
    id: i32,
    country: String,
    areas: Vec<String>,
}

struct World {
    app: TestApp,
    readers: Vec<Reader>,
    requests: Vec<i32>,
    authorities: Vec<Authority>,
}

async fn world(engine: Engine, allocation: bool) -> World {
    let app = spawn_app(engine).await;
    let db = &app.server.state.db;
    if allocation {
        // Every authority allocates and nothing is assigned: the responders' handlers may only
        // look, their allocators triage.
        db.execute_unprepared("UPDATE authorities SET allocation_enabled = TRUE")
            .await
            .unwrap();
    }
    let mut readers = Vec::new();
    for email in backend::demo::accounts() {
        let client = app.user(&email).await;
        let me: Value = client
            .get(app.url("/api/me"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        // The Commission's observer has no country: it sees no request, and is refused every
        // step on each.
        let country = me["organisation"]["country"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        readers.push(Reader {
            email,
            client,
            country,
        });
    }
    let requests = request::Entity::find()
        .order_by_asc(request::Column::Id)
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.id)
        .collect();
    let areas = authority_area::Entity::find().all(db).await.unwrap();
    let authorities = authority::Entity::find()
        .order_by_asc(authority::Column::Id)
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|a| Authority {
            id: a.id,
            areas: areas
                .iter()
                .filter(|x| x.authority_id == a.id)
                .map(|x| x.area.clone())
                .collect(),
            country: a.country,
        })
        .collect();
    World {
        app,
        readers,
        requests,
        authorities,
    }
}

/// The request as `reader` sees it, or `None` when it is not theirs to see.
async fn view(world: &World, reader: &Reader, id: i32) -> Option<Value> {
    let response = reader
        .client
        .get(world.app.url(&format!("/api/requests/{id}")))
        .send()
        .await
        .unwrap();
    match response.status() {
        StatusCode::NOT_FOUND => None,
        StatusCode::OK => Some(response.json().await.unwrap()),
        other => panic!("{} GET request {id}: {other}", reader.email),
    }
}

fn offered(view: &Value) -> Vec<Step> {
    let mut steps: Vec<Step> = view["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| Step::Action(ActionKind::parse(a.as_str().unwrap()).unwrap()))
        .collect();
    let may = &view["may"];
    for (name, step) in [
        ("message", Step::Message),
        ("attach", Step::Attach),
        ("assign", Step::Assign),
        ("reuse", Step::Reuse),
        ("save_answers", Step::SaveAnswers),
    ] {
        if may[name].as_bool().expect("`may` names each possibility") {
            steps.push(step);
        }
    }
    steps
}

/// Every step that could be tried through the API on its own (creating has no request, and
/// reusing is a new request that any handler may write, so it cannot be refused as such).
fn every_step() -> Vec<Step> {
    ActionKind::ALL
        .iter()
        .filter(|k| !matches!(k, ActionKind::Create))
        .map(|k| Step::Action(*k))
        .chain([Step::Message, Step::Attach, Step::Assign, Step::SaveAnswers])
        .collect()
}

/// An authority that may receive the request from `reader`: one handling its area that is
/// neither party, in the reader's own country for a coordinator (who re-routes at home).
fn recipient(world: &World, reader: &Reader, view: &Value) -> i32 {
    let area = view["area"].as_str().unwrap();
    let parties = [
        view["requester"]["id"].as_i64(),
        view["responder"]["id"].as_i64(),
    ];
    let coordinator = view["side"] == "coordinator";
    world
        .authorities
        .iter()
        .find(|a| {
            a.areas.iter().any(|x| x == area)
                && !parties.contains(&Some(i64::from(a.id)))
                && (!coordinator || a.country == reader.country)
        })
        .expect("another authority handles the area")
        .id
}

fn answers(view: &Value) -> Value {
    let answers: Vec<Value> = view["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            let value = match q["answer_type"].as_str().unwrap() {
                "yes_no" => json!({ "kind": "yes" }),
                "date" => json!({ "kind": "date", "date": "2025-09-18" }),
                "free_text" => {
                    json!({ "kind": "text", "text": { "text": "Ja.", "language": "de" } })
                }
                "document" => json!({ "kind": "document_not_available" }),
                "choice" => json!({ "kind": "choice", "option": q["options"][0]["key"] }),
                "measurement" => json!({ "kind": "measurement", "value": "12.5" }),
                other => panic!("answer type {other}"),
            };
            json!({ "question": q["id"], "value": value })
        })
        .collect();
    json!(answers)
}

async fn status(request: reqwest::RequestBuilder) -> (StatusCode, Value) {
    let response = request.send().await.unwrap();
    let status = response.status();
    let body = response.json().await.unwrap_or(Value::Null);
    (status, body)
}

/// Tries `step` on request `id` as `reader`; `offered` steps get the data that makes them go
/// through (answers saved before an answer is sent), refused ones only their shape.
async fn attempt(
    world: &World,
    reader: &Reader,
    id: i32,
    view: &Value,
    step: Step,
    offered: bool,
) -> (StatusCode, Value) {
    let url = |tail: &str| world.app.url(&format!("/api/requests/{id}{tail}"));
    let client = &reader.client;
    let version = &view["version"];
    let note = json!({ "text": "Bitte ergänzen.", "language": "de" });
    match step {
        Step::Message => {
            status(
                client
                    .post(url("/messages"))
                    .json(&json!({ "text": { "text": "Guten Tag.", "language": "de" } })),
            )
            .await
        }
        Step::Attach => {
            status(
                client
                    .post(url("/attachments?name=x.pdf"))
                    .header("content-type", "application/pdf")
                    .body(PDF.to_vec()),
            )
            .await
        }
        Step::Assign => {
            status(
                client
                    .post(url("/assign"))
                    .json(&json!({ "version": version, "user": null })),
            )
            .await
        }
        Step::SaveAnswers => {
            status(
                client
                    .put(url("/answers"))
                    .json(&json!({ "version": version, "answers": [] })),
            )
            .await
        }
        Step::Reuse => {
            let questions: Vec<Value> = view["questions"]
                .as_array()
                .unwrap()
                .iter()
                .map(|q| json!({ "question": q["id"] }))
                .collect();
            status(
                client
                    .post(world.app.url("/api/requests"))
                    .json(&json!({ "area": view["area"], "questions": questions })),
            )
            .await
        }
        Step::Action(ActionKind::Edit) => {
            let draft = if view["draft"].is_null() {
                json!({ "area": view["area"], "questions": [] })
            } else {
                view["draft"].clone()
            };
            status(
                client
                    .put(url(""))
                    .json(&json!({ "version": version, "draft": draft })),
            )
            .await
        }
        Step::Action(kind) => {
            let mut version = version.clone();
            let action = match kind {
                ActionKind::Accept => {
                    json!({ "action": "accept", "deadline": { "propose_days": 14 } })
                }
                ActionKind::Forward => json!({
                    "action": "forward",
                    "to": { "authority": recipient(world, reader, view) },
                }),
                ActionKind::SplitOff => json!({
                    "action": "split_off",
                    "questions": [view["questions"][0]["id"]],
                    "to": recipient(world, reader, view),
                }),
                ActionKind::Close => {
                    json!({ "action": "close", "timeliness": "positive", "effort": "neutral" })
                }
                ActionKind::Answer if offered => {
                    // An inspection's answer goes with its report, signed by the inspector.
                    if view["kind"] == "inspection" {
                        let report = json!({
                            "inspected_on": "2026-01-15",
                            "place": "Baustelle Friedrichstraße 12, Berlin",
                            "signatures": [{
                                "name": "Klaus Becker",
                                "role": "inspector",
                                "mark": { "kind": "signed", "strokes": [[[10, 10], [90, 60]]] },
                            }],
                        });
                        let (saved, body) = status(
                            client
                                .put(url("/report"))
                                .json(&json!({ "version": version, "report": report })),
                        )
                        .await;
                        assert_eq!(
                            saved,
                            StatusCode::OK,
                            "{} saves the report: {body}",
                            reader.email
                        );
                        version = body["version"].clone();
                    }
                    let (saved, body) = status(
                        client
                            .put(url("/answers"))
                            .json(&json!({ "version": version, "answers": answers(view) })),
                    )
                    .await;
                    assert_eq!(
                        saved,
                        StatusCode::OK,
                        "{} saves answers: {body}",
                        reader.email
                    );
                    version = body["version"].clone();
                    json!({ "action": "answer" })
                }
                other => json!({ "action": other.as_str() }),
            };
            let mut body = json!({ "version": version, "action": action });
            if shared::permissions::needs_note(kind) {
                body["note"] = note;
            }
            status(client.post(url("/actions")).json(&body)).await
        }
    }
}

/// Whether an offered step can be taken with data at all: splitting off every question of a
/// one-question request is no split (the page offers the split only once a question is
/// left behind), and a draft whose questions are not all complete cannot be sent yet.
fn takes_data(view: &Value, step: Step) -> bool {
    match step {
        Step::Action(ActionKind::SplitOff) => view["questions"].as_array().unwrap().len() > 1,
        _ => true,
    }
}

async fn walk(engine: Engine, allocation: bool) {
    let mut pass = 0;
    let mut tried = 0;
    let mut refused = 0;
    loop {
        let world = world(engine, allocation).await;
        let mut any = false;
        for &id in &world.requests {
            // What each reader is offered, before anything changes.
            let mut offers = Vec::new();
            for reader in &world.readers {
                let Some(view) = view(&world, reader, id).await else {
                    continue;
                };
                let steps = offered(&view);
                if pass == 0 {
                    for step in every_step().into_iter().filter(|s| !steps.contains(s)) {
                        let (status, body) = attempt(&world, reader, id, &view, step, false).await;
                        assert!(
                            !status.is_success(),
                            "{} was not offered {step:?} on request {id} ({}, {}) but it went \
                             through: {body}",
                            reader.email,
                            view["state"],
                            view["side"],
                        );
                        refused += 1;
                    }
                }
                for step in steps {
                    if takes_data(&view, step) {
                        offers.push((reader, view.clone(), step));
                    }
                }
            }
            let Some((reader, view, step)) = offers.get(pass) else {
                continue;
            };
            any = true;
            let (status, body) = attempt(&world, reader, id, view, *step, true).await;
            let incomplete_draft = *step == Step::Action(ActionKind::Send)
                && status == StatusCode::UNPROCESSABLE_ENTITY
                && body["code"] == "validation_failed";
            assert!(
                status.is_success() || incomplete_draft,
                "{} was offered {step:?} on request {id} ({}, {}) but got {status}: {body}",
                reader.email,
                view["state"],
                view["side"],
            );
            tried += 1;
        }
        if !any {
            break;
        }
        pass += 1;
    }
    assert!(tried >= 10, "only {tried} offers were tried");
    assert!(refused >= 100, "only {refused} refusals were tried");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_offer_goes_through_and_nothing_else_does_sqlite() {
    walk(Engine::Sqlite, false).await;
    walk(Engine::Sqlite, true).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_offer_goes_through_and_nothing_else_does_postgres() {
    walk(Engine::Postgres, false).await;
    walk(Engine::Postgres, true).await;
}
