//! Allocation of incoming requests, and the coordinators' part: requests gone quiet for two
//! months are reported to them, and they remind the authority whose move it is.

use backend::entities::{authority, request, user, user_role};
use chrono::{Duration, Utc};
use imi_tests::{ANA_PT, ANNA, DEMO_PASSWORD, JANIS_LV, KARI_NO, TestApp, db_test};
use reqwest::{Client, StatusCode};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde_json::{Value, json};

async fn post(client: &Client, url: String, body: Value) -> (StatusCode, Value) {
    let response = client.post(url).json(&body).send().await.unwrap();
    let status = response.status();
    let body = if status == StatusCode::NO_CONTENT {
        Value::Null
    } else {
        response.json().await.unwrap()
    };
    (status, body)
}

async fn get(client: &Client, url: String) -> (StatusCode, Value) {
    let response = client.get(url).send().await.unwrap();
    let status = response.status();
    (status, response.json().await.unwrap())
}

/// Sends a request from `from` to `to` about a diploma; returns (id, version).
async fn send(app: &TestApp, from: &Client, to: &str) -> (i64, i64) {
    let draft = json!({
        "area": "professional_qualifications",
        "responder": app.authority_id(to).await,
        "subject": { "name": "Jānis Bērziņš" },
        "questions": [{ "question": app.question_id("professional_qualifications.diploma.award_date") }],
        "requested_date": "2099-01-31",
    });
    let (status, created) = post(from, app.url("/api/requests"), draft).await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let id = created["id"].as_i64().unwrap();
    let (status, sent) = post(
        from,
        app.url(&format!("/api/requests/{id}/actions")),
        json!({ "version": created["version"], "action": { "action": "send" } }),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{sent}");
    (id, sent["version"].as_i64().unwrap())
}

/// A second request handler (no other role) at the Latvian health inspectorate.
async fn second_handler(app: &TestApp) -> (i32, Client) {
    let db = &app.server.state.db;
    let account = user::ActiveModel {
        authority_id: Set(Some(app.authority_id("Veselības inspekcija").await)),
        organisation: Set("authority".to_owned()),
        email: Set("peteris.liepa@vi.lv.example".to_owned()),
        display_name: Set("Pēteris Liepa".to_owned()),
        password_hash: Set(backend::auth::hash_password(DEMO_PASSWORD).unwrap()),
        language: Set(None),
        active: Set(true),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    user_role::ActiveModel {
        user_id: Set(account.id),
        role: Set("request_handler".to_owned()),
    }
    .insert(db)
    .await
    .unwrap();
    (account.id, app.user("peteris.liepa@vi.lv.example").await)
}

db_test!(allocation_routes_each_request_to_one_handler, |app| {
    // Only a local administrator switches allocation.
    let kari = app.user(KARI_NO).await;
    let response = kari
        .put(app.url("/api/authority/allocation"))
        .json(&json!({ "enabled": true }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    let (_, me) = get(&kari, app.url("/api/me")).await;
    assert_eq!(me["organisation"]["allocation_enabled"], true);
    let anna = app.user(ANNA).await;
    let response = anna
        .put(app.url("/api/authority/allocation"))
        .json(&json!({ "enabled": true }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);

    // The Latvian inspectorate allocates; Anna is its allocator, Pēteris a handler.
    let vi = app.authority_id("Veselības inspekcija").await;
    let mut active: authority::ActiveModel = authority::Entity::find_by_id(vi)
        .one(&app.server.state.db)
        .await
        .unwrap()
        .unwrap()
        .into();
    active.allocation_enabled = Set(true);
    active.update(&app.server.state.db).await.unwrap();
    let (peteris_id, peteris) = second_handler(&app).await;
    let ana = app.user(ANA_PT).await;
    let (id, version) = send(&app, &ana, "Veselības inspekcija").await;
    let actions = app.url(&format!("/api/requests/{id}/actions"));
    // A handler to whom it is not assigned may not accept it.
    let accept =
        json!({ "version": version, "action": { "action": "accept", "deadline": "as_requested" } });
    let (status, _) = post(&peteris, actions.clone(), accept.clone()).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // The allocator may (triage), and assigns it.
    let (status, accepted) = post(&anna, actions.clone(), accept).await;
    assert_eq!(status, StatusCode::OK, "{accepted}");
    let (_, handlers) = get(&anna, app.url("/api/authority/handlers")).await;
    assert!(
        handlers
            .as_array()
            .unwrap()
            .iter()
            .any(|h| h["id"] == peteris_id),
        "{handlers}"
    );
    // Only handlers of the responding authority can be chosen.
    let (status, body) = post(
        &anna,
        app.url(&format!("/api/requests/{id}/assign")),
        json!({ "version": accepted["version"], "user": 1 }),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let (status, assigned) = post(
        &anna,
        app.url(&format!("/api/requests/{id}/assign")),
        json!({ "version": accepted["version"], "user": peteris_id }),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{assigned}");
    // Pēteris holds it now: the allocator cannot answer it, he can.
    let answers = json!({ "version": assigned["version"], "answers": [] });
    let response = anna
        .put(app.url(&format!("/api/requests/{id}/answers")))
        .json(&answers)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let response = peteris
        .put(app.url(&format!("/api/requests/{id}/answers")))
        .json(&answers)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let (_, view) = get(&peteris, app.url(&format!("/api/requests/{id}"))).await;
    assert_eq!(view["assigned_to"]["name"], "Pēteris Liepa");
    assert_eq!(view["allocation"], true);
    let last = view["timeline"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["kind"], "assigned");
    assert_eq!(last["assignee"], "Pēteris Liepa");
    // "Assigned to me" lists a handler's own requests: Pēteris's one, none of Anna's, and
    // nothing on the requesting side, where nobody is assigned anything.
    let assigned_to = |client: Client| {
        let url = app.url("/api/requests?box=all&assigned=me&per_page=100");
        async move {
            let (status, page) = get(&client, url).await;
            assert_eq!(status, StatusCode::OK, "{page}");
            page["rows"]
                .as_array()
                .unwrap()
                .iter()
                .map(|row| row["id"].as_i64().unwrap())
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(assigned_to(peteris.clone()).await, [id]);
    assert_eq!(assigned_to(anna.clone()).await, Vec::<i64>::new());
    assert_eq!(assigned_to(ana.clone()).await, Vec::<i64>::new());
    // The same page for Anna without the filter holds the request: the filter, and not a
    // cached page of Pēteris's, made the difference.
    let (_, all) = get(&anna, app.url("/api/requests?box=all&per_page=100")).await;
    assert!(
        all["rows"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["id"] == id),
        "{all}"
    );
    let (status, refused) = get(&anna, app.url("/api/requests?assigned=anna")).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    assert!(refused.to_string().contains("assigned"), "{refused}");
    // The requester cannot assign anything.
    let (status, _) = post(
        &ana,
        app.url(&format!("/api/requests/{id}/assign")),
        json!({ "version": view["version"], "user": peteris_id }),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
});

db_test!(quiet_requests_reach_the_coordinator_who_reminds, |app| {
    let anna = app.user(ANNA).await;
    let (id, _) = send(&app, &anna, "Ordem dos Médicos").await;
    let (fresh, _) = send(&app, &anna, "Ordem dos Médicos").await;
    // The demo's own quiet request is reported first, so only ours is new below.
    backend::services::requests::report_inactive(&app.server.state)
        .await
        .unwrap();
    // Seventy days without a move.
    let db = &app.server.state.db;
    request::Entity::update_many()
        .col_expr(
            request::Column::UpdatedAt,
            sea_orm::sea_query::Expr::value(Utc::now() - Duration::days(70)),
        )
        .filter(request::Column::Id.eq(id as i32))
        .exec(db)
        .await
        .unwrap();

    let janis = app.user(JANIS_LV).await;
    let (status, quiet) = get(&janis, app.url("/api/coordination/inactive")).await;
    assert_eq!(status, StatusCode::OK, "{quiet}");
    let ids: Vec<i64> = quiet
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_i64().unwrap())
        .collect();
    assert!(ids.contains(&id) && !ids.contains(&fresh), "{ids:?}");
    let (status, _) = get(&anna, app.url("/api/coordination/inactive")).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // The report goes out once to the coordinators of both countries.
    let reported = backend::services::requests::report_inactive(&app.server.state)
        .await
        .unwrap();
    assert_eq!(reported, 1);
    let again = backend::services::requests::report_inactive(&app.server.state)
        .await
        .unwrap();
    assert_eq!(again, 0, "reported once");
    let (_, notes) = get(&janis, app.url("/api/notifications")).await;
    assert!(
        notes["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["kind"] == "inactive" && n["request"] == id),
        "{notes}"
    );

    // The coordinator reminds the Portuguese association, whose move it is.
    let (status, body) = post(
        &janis,
        app.url(&format!("/api/requests/{id}/remind")),
        json!({}),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    let ana = app.user(ANA_PT).await;
    let (_, notes) = get(&ana, app.url("/api/notifications")).await;
    assert!(
        notes["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["kind"] == "reminded" && n["request"] == id),
        "{notes}"
    );
    // Parties do not "remind"; that is the coordinator's tool.
    let (status, _) = post(
        &anna,
        app.url(&format!("/api/requests/{id}/remind")),
        json!({}),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
});

// What an overview row is about: the subject for the parties that may see it (the requester
// always, the responder once it accepted), the first question's topic for anyone else — a
// coordinator whose authority is no party never reads a name in its list.
db_test!(
    overview_rows_name_the_subject_only_to_whom_may_see_it,
    |app| {
        let anna = app.user(ANNA).await;
        let ana = app.user(ANA_PT).await;
        let (id, version) = send(&app, &ana, "Veselības inspekcija").await;
        let about = |list: &Value| {
            list.as_array()
                .unwrap()
                .iter()
                .find(|r| r["id"] == id)
                .map(|r| r["about"].clone())
                .unwrap_or(Value::Null)
        };
        // Before acceptance the responder sees the topic, the requester the name.
        let (_, incoming) = get(&anna, app.url("/api/requests?box=to_accept&per_page=100")).await;
        assert_eq!(about(&incoming["rows"])["kind"], "topic", "{incoming}");
        // Her notification of it says the same, and names no one yet.
        let (_, notified) = get(&anna, app.url("/api/notifications")).await;
        let item = notified["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["request"] == id)
            .cloned()
            .unwrap_or(Value::Null);
        assert_eq!(item["about"]["kind"], "topic", "{notified}");
        let (_, sent) = get(&ana, app.url("/api/requests?box=awaiting&per_page=100")).await;
        assert_eq!(about(&sent["rows"])["name"], "Jānis Bērziņš", "{sent}");
        let accept = json!({ "version": version, "action": { "action": "accept", "deadline": "as_requested" } });
        let (status, accepted) = post(
            &anna,
            app.url(&format!("/api/requests/{id}/actions")),
            accept,
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{accepted}");
        let (_, owed) = get(&anna, app.url("/api/requests?box=to_answer&per_page=100")).await;
        assert_eq!(about(&owed["rows"])["name"], "Jānis Bērziņš", "{owed}");
        // The row also says what happened last.
        let row = owed["rows"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == id)
            .cloned()
            .unwrap_or(Value::Null);
        assert_eq!(row["last_change"], "accepted", "{row}");
        // Quiet for seventy days: Latvia's coordinator (no party) lists it, by topic only.
        request::Entity::update_many()
            .col_expr(
                request::Column::UpdatedAt,
                sea_orm::sea_query::Expr::value(Utc::now() - Duration::days(70)),
            )
            .filter(request::Column::Id.eq(id as i32))
            .exec(&app.server.state.db)
            .await
            .unwrap();
        let janis = app.user(JANIS_LV).await;
        let (status, quiet) = get(&janis, app.url("/api/coordination/inactive")).await;
        assert_eq!(status, StatusCode::OK, "{quiet}");
        assert_eq!(about(&quiet)["kind"], "topic", "{quiet}");
        assert!(!quiet.to_string().contains("Bērziņš"), "{quiet}");
    }
);
