//! What an outside test, tried as an attacker with the demo accounts would, found open: each
//! case here failed before its fix. Both engines.

use backend::entities::{user, user_role};
use chrono::Utc;
use imi_tests::{ANA_PT, ANNA, DEMO_PASSWORD, JANIS_LV, TestApp, db_test};
use reqwest::{Client, StatusCode};
use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use serde_json::{Value, json};

const LIGA_LV: &str = "liga.ozola@bvkb.lv.example";

async fn send_json(
    client: &Client,
    method: reqwest::Method,
    url: String,
    body: Value,
) -> (StatusCode, Value) {
    let response = client
        .request(method, url)
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = response.status();
    let text = response.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

async fn post(client: &Client, url: String, body: Value) -> (StatusCode, Value) {
    send_json(client, reqwest::Method::POST, url, body).await
}

async fn put(client: &Client, url: String, body: Value) -> (StatusCode, Value) {
    send_json(client, reqwest::Method::PUT, url, body).await
}

async fn get(client: &Client, url: String) -> (StatusCode, Value) {
    let response = client.get(url).send().await.unwrap();
    let status = response.status();
    let text = response.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

/// Sends a request of `area` from `from` to the authority named `to`; returns (id, version).
async fn send(app: &TestApp, from: &Client, to: &str, area: &str, question: &str) -> (i64, i64) {
    let draft = json!({
        "area": area,
        "responder": app.authority_id(to).await,
        "subject": { "name": "Jānis Bērziņš", "identifier": "010180-12345" },
        "questions": [{ "question": app.question_id(question) }],
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

const DIPLOMA: &str = "professional_qualifications.diploma.award_date";

fn forward(version: i64, to: i32) -> Value {
    json!({ "version": version, "action": { "action": "forward", "to": { "authority": to } } })
}

/// A user added straight to the database (the invitation flow is tested elsewhere).
async fn add_user(app: &TestApp, authority: &str, email: &str, roles: &[&str]) -> (i32, Client) {
    let db = &app.server.state.db;
    let account = user::ActiveModel {
        authority_id: Set(Some(app.authority_id(authority).await)),
        organisation: Set("authority".to_owned()),
        email: Set(email.to_owned()),
        display_name: Set(email.split('@').next().unwrap().to_owned()),
        password_hash: Set(backend::auth::hash_password(DEMO_PASSWORD).unwrap()),
        language: Set(None),
        active: Set(true),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    for role in roles {
        user_role::ActiveModel {
            user_id: Set(account.id),
            role: Set((*role).to_owned()),
        }
        .insert(db)
        .await
        .unwrap();
    }
    let client = app.user(email).await;
    // Administrators and coordinators set up two-step log-in before anything else.
    let roles: Vec<shared::Role> = roles
        .iter()
        .map(|r| shared::Role::parse(r).unwrap())
        .collect();
    if shared::account::second_factor_required(&roles) {
        app.enroll(&client).await;
    }
    (account.id, client)
}

db_test!(a_coordinator_reroutes_only_what_its_country_holds, |app| {
    let anna = app.user(ANNA).await;
    let ana = app.user(ANA_PT).await;
    let janis = app.user(JANIS_LV).await;
    let dsb = app
        .authority_id("Direktoratet for samfunnssikkerhet og beredskap")
        .await;
    let kutsekoda = app.authority_id("Sihtasutus Kutsekoda").await;

    // Latvia asks Portugal: Portugal holds it. Latvia's coordinator sees it, but may not move
    // it away from Portugal, neither while it waits for acceptance...
    let (id, version) = send(
        &app,
        &anna,
        "Ordem dos Médicos",
        "professional_qualifications",
        DIPLOMA,
    )
    .await;
    let actions = app.url(&format!("/api/requests/{id}/actions"));
    let (status, body) = post(&janis, actions.clone(), forward(version, dsb)).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");

    // ...nor once Portugal accepted it and saved an answer.
    let (status, accepted) = post(
        &ana,
        actions.clone(),
        json!({ "version": version, "action": { "action": "accept", "deadline": "as_requested" } }),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{accepted}");
    let question = app.question_id(DIPLOMA);
    let (status, saved) = put(
        &ana,
        app.url(&format!("/api/requests/{id}/answers")),
        json!({ "version": accepted["version"], "answers": [
            { "question": question, "value": { "kind": "date", "date": "2010-06-30" } }
        ] }),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    let (status, body) = post(
        &janis,
        actions.clone(),
        forward(saved["version"].as_i64().unwrap(), kutsekoda),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    let (status, view) = get(&ana, app.url(&format!("/api/requests/{id}"))).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(view["state"], "accepted");
    assert_eq!(
        view["questions"][0]["answer"]["value"]["date"],
        "2010-06-30"
    );

    // Portugal asks a Latvian authority: Latvia holds it, so its coordinator may re-route it,
    // but only to another Latvian authority.
    let (id, version) = send(
        &app,
        &ana,
        "Būvniecības valsts kontroles birojs",
        "services",
        "services.identity.company_registered",
    )
    .await;
    let actions = app.url(&format!("/api/requests/{id}/actions"));
    let (_, view) = get(&janis, app.url(&format!("/api/requests/{id}"))).await;
    assert_eq!(view["actions"], json!(["forward"]));
    let (status, body) = post(&janis, actions.clone(), forward(version, dsb)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["fields"][0]["field"], "to");
    assert_eq!(body["fields"][0]["code"], "not_own_country");
    // Nor to itself: it re-routes, it does not take the request and read on.
    let em = app.authority_id("Ekonomikas ministrija").await;
    let (status, body) = post(&janis, actions.clone(), forward(version, em)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let ptac = app
        .authority_id("Patērētāju tiesību aizsardzības centrs")
        .await;
    let (status, body) = post(&janis, actions, forward(version, ptac)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
});

/// Makes the Latvian construction bureau an area coordinator of every area, with Līga as its
/// coordinator, through the national coordinator's own screens.
async fn all_areas_coordinator(app: &TestApp, janis: &Client) -> Client {
    let bvkb = app
        .authority_id("Būvniecības valsts kontroles birojs")
        .await;
    let (status, profile) = get(janis, app.url(&format!("/api/authorities/{bvkb}"))).await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = put(
        janis,
        app.url(&format!("/api/registry/authorities/{bvkb}")),
        json!({
            "revision": profile["revision"],
            "authority": {
                "country": "LV",
                "name": "Būvniecības valsts kontroles birojs",
                "name_language": "lv",
                "city": "Rīga",
                "areas": ["services", "professional_qualifications", "posting_of_workers", "ecommerce"],
                "coordinator": "area",
            }
        }),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (status, users) = get(janis, app.url(&format!("/api/authorities/{bvkb}/users"))).await;
    assert_eq!(status, StatusCode::OK, "{users}");
    let liga = users["users"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["email"] == LIGA_LV)
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let (status, body) = put(
        janis,
        app.url(&format!("/api/users/{liga}")),
        json!({ "display_name": "Līga Ozola", "roles": ["coordinator", "request_handler"], "active": true }),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    let liga = app.user(LIGA_LV).await;
    app.enroll(&liga).await;
    liga
}

db_test!(
    an_area_coordinator_never_manages_a_coordinating_authority,
    |app| {
        let janis = app.user(JANIS_LV).await;
        let liga = all_areas_coordinator(&app, &janis).await;
        let em = app.authority_id("Ekonomikas ministrija").await;

        // Not the national coordinator's users...
        let (status, body) = get(&liga, app.url(&format!("/api/authorities/{em}/users"))).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{body}");
        let (status, body) = post(
            &liga,
            app.url(&format!("/api/authorities/{em}/users")),
            json!({ "email": "mole@em.lv.example", "display_name": "Mole", "language": "lv",
                "roles": ["coordinator", "local_administrator"] }),
        )
        .await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{body}");
        // ...nor its record.
        let (_, profile) = get(&liga, app.url(&format!("/api/authorities/{em}"))).await;
        assert_eq!(profile["editable"], false);
        assert_eq!(profile["users_manageable"], false);
        let (status, body) = put(
        &liga,
        app.url(&format!("/api/registry/authorities/{em}")),
        json!({
            "revision": profile["revision"],
            "authority": {
                "country": "LV", "name": "Taken over", "name_language": "lv", "city": "Rīga",
                "email": "mole@evil.example",
                "areas": ["services", "professional_qualifications", "posting_of_workers", "ecommerce"],
                "coordinator": "national",
            }
        }),
    )
    .await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
        let (_, profile) = get(&janis, app.url(&format!("/api/authorities/{em}"))).await;
        assert_eq!(profile["name"], "Ekonomikas ministrija");
    }
);

db_test!(no_one_grants_a_role_they_cannot_exercise, |app| {
    // A local administrator of the national coordinator's ministry who is no coordinator
    // may manage its users, but not make anyone (itself included) a coordinator.
    let (admin_id, admin) = add_user(
        &app,
        "Ekonomikas ministrija",
        "ilze.admin@em.lv.example",
        &["local_administrator"],
    )
    .await;
    let em = app.authority_id("Ekonomikas ministrija").await;
    let (status, list) = get(&admin, app.url(&format!("/api/authorities/{em}/users"))).await;
    assert_eq!(status, StatusCode::OK, "{list}");
    assert!(
        !list["grantable"]
            .as_array()
            .unwrap()
            .contains(&json!("coordinator")),
        "{list}"
    );
    let (status, body) = put(
        &admin,
        app.url(&format!("/api/users/{admin_id}")),
        json!({ "display_name": "Ilze", "roles": ["local_administrator", "coordinator"], "active": true }),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["fields"][0]["code"], "not_allowed");
    let (status, body) = post(
        &admin,
        app.url(&format!("/api/authorities/{em}/users")),
        json!({ "email": "friend@em.lv.example", "display_name": "Friend", "language": "lv",
                "roles": ["coordinator"] }),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    // The national coordinator, who is one, may.
    let janis = app.user(JANIS_LV).await;
    let (status, list) = get(&janis, app.url(&format!("/api/authorities/{em}/users"))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        list["grantable"]
            .as_array()
            .unwrap()
            .contains(&json!("coordinator")),
        "{list}"
    );
    let (status, body) = put(
        &janis,
        app.url(&format!("/api/users/{admin_id}")),
        json!({ "display_name": "Ilze", "roles": ["local_administrator", "coordinator"], "active": true }),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
});

db_test!(
    a_coordinator_locks_out_a_user_of_an_authority_without_administrator,
    |app| {
        // The Latvian construction control bureau has no local administrator; its coordinator
        // can still deactivate a compromised account there.
        let janis = app.user(JANIS_LV).await;
        let vi = app
            .authority_id("Būvniecības valsts kontroles birojs")
            .await;
        let (status, list) = get(&janis, app.url(&format!("/api/authorities/{vi}/users"))).await;
        assert_eq!(status, StatusCode::OK, "{list}");
        let anna = list["users"]
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["email"] == LIGA_LV)
            .unwrap()["id"]
            .as_i64()
            .unwrap();
        let anna_client = app.user(LIGA_LV).await;
        let (status, body) = put(
            &janis,
            app.url(&format!("/api/users/{anna}")),
            json!({ "display_name": "Līga Ozola", "roles": ["request_handler"], "active": false }),
        )
        .await;
        assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
        let (status, _) = get(&anna_client, app.url("/api/me")).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);

        // Its only administrator, once it has one, cannot remove itself; the coordinator can
        // deactivate it (and then invites a new one).
        let (admin_id, admin) = add_user(
            &app,
            "Būvniecības valsts kontroles birojs",
            "valdis.admin@bvkb.lv.example",
            &["local_administrator"],
        )
        .await;
        let (status, body) = put(
            &admin,
            app.url(&format!("/api/users/{admin_id}")),
            json!({ "display_name": "Valdis", "roles": ["request_handler"], "active": true }),
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert_eq!(body["fields"][0]["code"], "last_administrator");
        let (status, body) = put(
            &janis,
            app.url(&format!("/api/users/{admin_id}")),
            json!({ "display_name": "Valdis", "roles": ["local_administrator"], "active": false }),
        )
        .await;
        assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    }
);

/// Logs in as `email` with `password` from the client address `from` (the app trusts the
/// loopback address as its proxy in these tests, so `X-Forwarded-For` names the client).
async fn login_from(app: &TestApp, from: &str, email: &str, password: &str) -> StatusCode {
    reqwest::Client::new()
        .post(app.url("/api/auth/login"))
        .header("x-forwarded-for", from)
        .json(&json!({ "email": email, "password": password }))
        .send()
        .await
        .unwrap()
        .status()
}

async fn behind_proxy(engine: imi_tests::Engine) -> TestApp {
    imi_tests::spawn_app_with(engine, |config| {
        config.trusted_proxies = vec![backend::client_addr::Cidr::parse("127.0.0.1").unwrap()];
    })
    .await
}

mod throttle {
    use super::*;

    async fn parallel_guesses_are_counted_before_they_are_checked(app: TestApp) {
        // A burst of parallel wrong passwords: only the free attempts are checked.
        let attempts =
            (0..40).map(|i| {
                let app = &app;
                async move {
                    login_from(app, "198.51.100.7", ANNA, &format!("wrong password {i}")).await
                }
            });
        let statuses = futures_util::future::join_all(attempts).await;
        let checked = statuses
            .iter()
            .filter(|s| **s == StatusCode::UNAUTHORIZED)
            .count();
        let refused = statuses
            .iter()
            .filter(|s| **s == StatusCode::TOO_MANY_REQUESTS)
            .count();
        assert_eq!(checked + refused, 40, "{statuses:?}");
        assert!(checked <= 7, "{checked} guesses were checked: {statuses:?}");

        // Parallel first failures at one fresh address never collide (once a 500).
        let attempts = (0..8).map(|_| {
            let app = &app;
            async move { login_from(app, "198.51.100.8", "nobody@vi.lv.example", "x").await }
        });
        let statuses = futures_util::future::join_all(attempts).await;
        assert!(
            statuses
                .iter()
                .all(|s| [StatusCode::UNAUTHORIZED, StatusCode::TOO_MANY_REQUESTS].contains(s)),
            "{statuses:?}"
        );
        let checked = statuses
            .iter()
            .filter(|s| **s == StatusCode::UNAUTHORIZED)
            .count();
        assert!((5..=7).contains(&checked), "{statuses:?}");
    }

    async fn a_victim_is_not_locked_out_by_someone_else(app: TestApp) {
        for _ in 0..12 {
            let status = login_from(&app, "203.0.113.66", ANNA, "guess guess guess").await;
            assert!(
                [StatusCode::UNAUTHORIZED, StatusCode::TOO_MANY_REQUESTS].contains(&status),
                "{status}"
            );
        }
        assert_eq!(
            login_from(&app, "203.0.113.66", ANNA, DEMO_PASSWORD).await,
            StatusCode::TOO_MANY_REQUESTS,
            "the attacker's client is blocked even with the right password"
        );
        // Anna, from her own office, logs in at once.
        assert_eq!(
            login_from(&app, "192.0.2.20", ANNA, DEMO_PASSWORD).await,
            StatusCode::OK
        );
    }

    async fn one_client_cannot_try_any_number_of_accounts(app: TestApp) {
        let mut refused = 0;
        for i in 0..45 {
            let email = format!("user{i}@guess.lv.example");
            if login_from(&app, "203.0.113.99", &email, "Password1!").await
                == StatusCode::TOO_MANY_REQUESTS
            {
                refused += 1;
            }
        }
        assert!(refused >= 10, "only {refused} of 45 refused");
        // Another client is not affected.
        assert_eq!(
            login_from(&app, "192.0.2.21", ANNA, DEMO_PASSWORD).await,
            StatusCode::OK
        );
    }

    async fn what_expires_is_purged(app: TestApp) {
        use backend::entities::{login_attempt, session};
        use sea_orm::{EntityTrait, PaginatorTrait};
        let db = &app.server.state.db;
        // Unknown addresses of any length are stored as fixed-size keys...
        let long = format!("{}@x.example", "a".repeat(5000));
        for _ in 0..3 {
            login_from(&app, "203.0.113.5", &long, "x").await;
        }
        let rows = login_attempt::Entity::find().all(db).await.unwrap();
        assert!(!rows.is_empty());
        assert!(rows.iter().all(|row| row.key.len() == 64));
        assert_eq!(
            login_from(&app, "203.0.113.6", ANNA, DEMO_PASSWORD).await,
            StatusCode::OK
        );
        assert!(session::Entity::find().count(db).await.unwrap() > 0);
        // ...and both they and expired sessions go once their time is over.
        let later = Utc::now() + chrono::Duration::days(2);
        let purged = backend::services::maintenance::purge(db, later)
            .await
            .unwrap();
        assert!(purged.attempts > 0 && purged.sessions > 0, "{purged:?}");
        assert_eq!(login_attempt::Entity::find().count(db).await.unwrap(), 0);
        assert_eq!(session::Entity::find().count(db).await.unwrap(), 0);
    }

    macro_rules! both_engines {
        ($($name:ident),*) => {$(
            mod $name {
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    super::$name(super::behind_proxy(imi_tests::Engine::Sqlite).await).await;
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    super::$name(super::behind_proxy(imi_tests::Engine::Postgres).await).await;
                }
            }
        )*};
    }

    both_engines!(
        parallel_guesses_are_counted_before_they_are_checked,
        a_victim_is_not_locked_out_by_someone_else,
        one_client_cannot_try_any_number_of_accounts,
        what_expires_is_purged
    );
}

db_test!(
    a_nul_or_a_control_character_is_refused_alike_on_both_engines,
    |app| {
        let anna = app.user(ANNA).await;
        let (id, _) = send(
            &app,
            &anna,
            "Ordem dos Médicos",
            "professional_qualifications",
            DIPLOMA,
        )
        .await;
        // A message, a subject, a display name: the same 422 on SQLite and PostgreSQL.
        let (status, body) = post(
            &anna,
            app.url(&format!("/api/requests/{id}/messages")),
            json!({ "text": { "text": "nul \u{0} here", "language": "lv" } }),
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert_eq!(body["fields"][0]["code"], "control_character", "{body}");
        assert_eq!(body["fields"][0]["field"], "text.text", "{body}");
        let draft = json!({
            "area": "professional_qualifications",
            "subject": { "name": "Jānis\u{0}Bērziņš" },
            "questions": [],
        });
        let (status, body) = post(&anna, app.url("/api/requests"), draft).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert_eq!(body["fields"][0]["field"], "subject.name", "{body}");
        // Other control characters and direction overrides too, where the engine would take them.
        let draft = json!({
            "area": "professional_qualifications",
            "subject": { "name": "evil\u{202E}gpj.exe" },
            "questions": [],
        });
        let (status, body) = post(&anna, app.url("/api/requests"), draft).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert_eq!(body["fields"][0]["code"], "control_character", "{body}");
        // Line breaks stay allowed in free text.
        let (status, body) = post(
            &anna,
            app.url(&format!("/api/requests/{id}/messages")),
            json!({ "text": { "text": "line one\nline two", "language": "lv" } }),
        )
        .await;
        assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
        // The log-in e-mail without a session, and a CSV cell.
        let (status, body) = post(
            &reqwest::Client::new(),
            app.url("/api/auth/login"),
            json!({ "email": "anna\u{0}@vi.lv.example", "password": "x" }),
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        let janis = app.user(JANIS_LV).await;
        let csv =
            "ref,country,name,name_language,city,areas\nr1,LV,Bad\u{0}name,lv,Rīga,services\n";
        let response = janis
            .post(app.url("/api/registry/import"))
            .header("content-type", "text/csv")
            .body(csv)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["rows"][0]["code"], "control_character", "{body}");
        assert_eq!(body["rows"][0]["column"], "name", "{body}");
        // Query parameters are checked before they reach a query.
        let (status, body) = get(&anna, app.url("/api/requests?number=%00")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
        assert_eq!(body["code"], "invalid_parameter");
    }
);

db_test!(free_text_is_personal_data_until_acceptance, |app| {
    let anna = app.user(ANNA).await;
    let ana = app.user(ANA_PT).await;
    let janis = app.user(JANIS_LV).await;
    let draft = json!({
        "area": "professional_qualifications",
        "responder": app.authority_id("Ordem dos Médicos").await,
        "subject": { "name": "Jānis Bērziņš" },
        "questions": [{ "question": app.question_id(DIPLOMA) }],
        "comment": { "text": "Personas kods 010180-12345", "language": "lv" },
        "requested_date": "2099-01-31",
    });
    let (_, created) = post(&anna, app.url("/api/requests"), draft).await;
    let id = created["id"].as_i64().unwrap();
    let (status, _) = post(
        &anna,
        app.url(&format!("/api/requests/{id}/actions")),
        json!({ "version": created["version"], "action": { "action": "send" } }),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = post(
        &anna,
        app.url(&format!("/api/requests/{id}/messages")),
        json!({ "text": { "text": "Dzimšanas datums 1980-01-01", "language": "lv" } }),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);

    // The responder before accepting, and the coordinator, see that there is text, not what.
    for (who, client) in [("responder", &ana), ("coordinator", &janis)] {
        let (status, view) = get(client, app.url(&format!("/api/requests/{id}"))).await;
        assert_eq!(status, StatusCode::OK, "{who}");
        let text = view.to_string();
        assert!(
            !text.contains("010180-12345") && !text.contains("1980-01-01"),
            "{who}: {text}"
        );
        assert_eq!(view["personal_data_hidden"], true, "{who}");
        assert_eq!(view["comment"], Value::Null, "{who}");
        let message = view["timeline"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["kind"] == "message")
            .unwrap();
        assert_eq!(message["note"], Value::Null, "{who}");
        assert_eq!(message["note_hidden"], true, "{who}");
    }
    // Once accepted, the responder reads it all.
    let (_, view) = get(&ana, app.url(&format!("/api/requests/{id}"))).await;
    let (status, _) = post(
        &ana,
        app.url(&format!("/api/requests/{id}/actions")),
        json!({ "version": view["version"], "action": { "action": "accept", "deadline": "as_requested" } }),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (_, view) = get(&ana, app.url(&format!("/api/requests/{id}"))).await;
    assert_eq!(view["comment"]["text"], "Personas kods 010180-12345");
    assert!(view.to_string().contains("1980-01-01"));
    // The coordinator, who is no party, still does not.
    let (_, view) = get(&janis, app.url(&format!("/api/requests/{id}"))).await;
    assert!(!view.to_string().contains("010180-12345"));
});

db_test!(writes_from_another_site_are_refused, |app| {
    let anna = app.user(ANNA).await;
    let (id, _) = send(
        &app,
        &anna,
        "Ordem dos Médicos",
        "professional_qualifications",
        DIPLOMA,
    )
    .await;
    let message = json!({ "text": { "text": "hello", "language": "lv" } });
    for (name, value) in [
        ("sec-fetch-site", "cross-site"),
        ("sec-fetch-site", "same-site"),
        ("origin", "https://evil.example"),
    ] {
        let response = anna
            .post(app.url(&format!("/api/requests/{id}/messages")))
            .header(name, value)
            .json(&message)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{name}: {value}");
        // Routes that take no JSON too: log-out, upload.
        let response = anna
            .post(app.url("/api/auth/logout"))
            .header(name, value)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{name}: {value}");
    }
    // The SPA's own calls pass.
    let response = anna
        .post(app.url(&format!("/api/requests/{id}/messages")))
        .header("sec-fetch-site", "same-origin")
        .header("origin", app.server.url())
        .json(&message)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    // Reading is not a write.
    let response = anna
        .get(app.url("/api/me"))
        .header("sec-fetch-site", "cross-site")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
});

db_test!(reminders_are_limited_to_one_a_day_per_request, |app| {
    let ana = app.user(ANA_PT).await;
    let (id, _) = send(
        &app,
        &ana,
        "Veselības inspekcija",
        "professional_qualifications",
        DIPLOMA,
    )
    .await;
    let janis = app.user(JANIS_LV).await;
    let remind = app.url(&format!("/api/requests/{id}/remind"));
    let (status, body) = post(&janis, remind.clone(), json!({})).await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    for _ in 0..5 {
        let response = janis
            .post(remind.clone())
            .json(&json!({}))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
        assert!(response.headers().contains_key("retry-after"));
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["code"], "rate_limited");
        assert!(
            body["retry_after_seconds"].as_u64().unwrap() > 3600,
            "{body}"
        );
    }
    // One reminder reached the inspectorate's one handler, not six.
    let reminders = backend::entities::notification::Entity::find()
        .all(&app.server.state.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|n| n.kind == "reminded" && i64::from(n.request_id) == id)
        .count();
    assert_eq!(reminders, 1);
});

db_test!(every_failure_answers_json, |app| {
    let anna = app.user(ANNA).await;
    for (path, status) in [
        ("/api/requests/abc", StatusCode::BAD_REQUEST),
        ("/api/requests/99999999999", StatusCode::BAD_REQUEST),
        ("/api/requests?page=x", StatusCode::BAD_REQUEST),
        ("/api/requests?per_page=-1", StatusCode::BAD_REQUEST),
        ("/api/authorities/1.5", StatusCode::BAD_REQUEST),
    ] {
        let response = anna.get(app.url(path)).send().await.unwrap();
        assert_eq!(response.status(), status, "{path}");
        assert_eq!(
            response.headers()["content-type"],
            "application/json",
            "{path}"
        );
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["code"], "invalid_parameter", "{path}");
    }
    // An address longer than HTTP/1 reads, headers larger than it takes, and bytes that are
    // not HTTP: hyper answers these itself, before any route (sent raw: no HTTP client
    // library sends them).
    let long_uri = format!(
        "GET /api/requests?number={} HTTP/1.1\r\nHost: x\r\n\r\n",
        "9".repeat(70_000)
    );
    let large_header = format!(
        "GET /api/me HTTP/1.1\r\nHost: x\r\nX-Large: {}\r\n\r\n",
        "x".repeat(4_000_000)
    );
    for (raw, status) in [
        (long_uri, 414),
        (large_header, 431),
        ("NOT HTTP AT ALL\r\n\r\n".to_owned(), 400),
    ] {
        let answer = raw_http(app.server.addr, raw.as_bytes()).await;
        let head = answer
            .split("\r\n\r\n")
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        assert!(head.starts_with(&format!("http/1.1 {status}")), "{head}");
        assert!(head.contains("content-type: application/json"), "{head}");
        let body: Value = serde_json::from_str(answer.split("\r\n\r\n").nth(1).unwrap_or_default())
            .unwrap_or_else(|err| panic!("{err}: {answer}"));
        assert!(body["code"].is_string(), "{body}");
    }
    // A body that is not JSON where JSON is expected.
    let response = anna
        .post(app.url("/api/requests"))
        .header("content-type", "text/plain")
        .body("hello")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["code"], "unsupported_media_type");
});

db_test!(user_ids_are_not_told_apart_by_their_answers, |app| {
    // Kari administers Norway's directorate: a Latvian user's id and an id nobody has
    // answer him the same.
    let kari = app.user(imi_tests::KARI_NO).await;
    let anna_id = backend::entities::user::Entity::find()
        .all(&app.server.state.db)
        .await
        .unwrap()
        .into_iter()
        .find(|u| u.email == ANNA)
        .unwrap()
        .id;
    let body = json!({ "display_name": "x", "roles": ["request_handler"], "active": true });
    let (mine, _) = put(
        &kari,
        app.url(&format!("/api/users/{anna_id}")),
        body.clone(),
    )
    .await;
    let (nobody, _) = put(&kari, app.url("/api/users/999999"), body).await;
    assert_eq!(mine, StatusCode::NOT_FOUND);
    assert_eq!(nobody, StatusCode::NOT_FOUND);
    let vi = app.authority_id("Veselības inspekcija").await;
    let (theirs, _) = get(&kari, app.url(&format!("/api/authorities/{vi}/users"))).await;
    let (none, _) = get(&kari, app.url("/api/authorities/999999/users")).await;
    assert_eq!(
        (theirs, none),
        (StatusCode::NOT_FOUND, StatusCode::NOT_FOUND)
    );
});

db_test!(documents_follow_their_request, |app| {
    use backend::entities::attachment;
    const PDF: &[u8] =
        b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
    let anna = app.user(ANNA).await;
    // A draft's document: a name with a direction override is shown as what it is.
    let draft = json!({ "area": "professional_qualifications", "subject": { "name": "X" }, "questions": [] });
    let (_, created) = post(&anna, app.url("/api/requests"), draft).await;
    let id = created["id"].as_i64().unwrap();
    let response = anna
        .post(app.url(&format!(
            "/api/requests/{id}/attachments?name=diploma%E2%80%AEfdp.exe"
        )))
        .header("content-type", "application/pdf")
        .body(PDF.to_vec())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
    let stored: Value = response.json().await.unwrap();
    assert!(
        !stored["file_name"].as_str().unwrap().contains('\u{202E}'),
        "{stored}"
    );
    let key = attachment::Entity::find()
        .all(&app.server.state.db)
        .await
        .unwrap()
        .into_iter()
        .find(|a| i64::from(a.request_id) == id)
        .unwrap()
        .storage_key;
    let on_disk = app.blobs.0.join(&key);
    if app.server.state.config.s3_bucket.is_none() {
        assert!(on_disk.exists(), "{}", on_disk.display());
    }
    // Deleting the draft deletes the bytes too.
    let (_, view) = get(&anna, app.url(&format!("/api/requests/{id}"))).await;
    let (status, body) = post(
        &anna,
        app.url(&format!("/api/requests/{id}/actions")),
        json!({ "version": view["version"], "action": { "action": "delete" } }),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(!on_disk.exists(), "{} is left", on_disk.display());
});

/// Sends `bytes` on a fresh connection and reads the answer until the server closes it.
async fn raw_http(addr: std::net::SocketAddr, bytes: &[u8]) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    // The server may answer and close before it has read everything: a failed write is fine.
    let _ = stream.write_all(bytes).await;
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(
        std::time::Duration::from_secs(10),
        stream.read_to_end(&mut answer),
    )
    .await;
    String::from_utf8_lossy(&answer).into_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_session_cookie_is_secure_behind_https() {
    for (public_url, secure) in [
        ("http://127.0.0.1:8080", false),
        ("https://imi.example.gov", true),
    ] {
        let app = imi_tests::spawn_app_with(imi_tests::Engine::Sqlite, |config| {
            config.public_url = public_url.to_owned();
        })
        .await;
        let response = app.login(ANNA).await;
        let cookie = response.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .to_owned();
        assert_eq!(
            cookie.contains("; Secure"),
            secure,
            "{public_url}: {cookie}"
        );
    }
}

db_test!(crossing_forwards_all_go_through, |app| {
    // Portugal forwards Latvia's requests to Norway while Norway forwards Estonia's to
    // Portugal, all at once: each forward locks the overviews of three authorities, two of
    // them shared in the opposite order. Every one must go through (once, PostgreSQL
    // detected a deadlock and one answered 500).
    let anna = app.user(ANNA).await;
    let mari = app.user(imi_tests::MARI_EE).await;
    let ana = app.user(ANA_PT).await;
    let kari = app.user(imi_tests::KARI_NO).await;
    let om = app.authority_id("Ordem dos Médicos").await;
    let dsb = app
        .authority_id("Direktoratet for samfunnssikkerhet og beredskap")
        .await;
    let mut latvian = Vec::new();
    let mut estonian = Vec::new();
    for _ in 0..6 {
        latvian.push(
            send(
                &app,
                &anna,
                "Ordem dos Médicos",
                "professional_qualifications",
                DIPLOMA,
            )
            .await,
        );
        estonian.push(
            send(
                &app,
                &mari,
                "Direktoratet for samfunnssikkerhet og beredskap",
                "professional_qualifications",
                DIPLOMA,
            )
            .await,
        );
    }
    let forwards = latvian
        .iter()
        .map(|(id, version)| (&ana, *id, *version, dsb))
        .chain(
            estonian
                .iter()
                .map(|(id, version)| (&kari, *id, *version, om)),
        )
        .map(|(client, id, version, to)| {
            let url = app.url(&format!("/api/requests/{id}/actions"));
            async move { post(client, url, forward(version, to)).await }
        });
    let answers = futures_util::future::join_all(forwards).await;
    for (status, body) in &answers {
        assert_eq!(*status, StatusCode::OK, "{body}");
    }
});
