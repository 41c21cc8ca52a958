//! Alerts through the HTTP API, on SQLite and PostgreSQL: a qualification alert from the
//! Latvian health inspectorate to every country, acknowledged and passed on by the receiving
//! alert coordinators; approval where the sending country asks for it; modification,
//! withdrawal and closure, each told to every recipient; reminders once the decision ends
//! (under a test clock); need to know per side; bad input; two users acting at once.

use imi_tests::{ANA_PT, ANNA, INGRID_NO, JANIS_LV, KARI_NO, MARI_EE, RUI_PT, TestApp, db_test};
use reqwest::{Client, Method, StatusCode};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};

const LIGA: &str = "liga.ozola@bvkb.lv.example";
const CLAIRE: &str = "claire.martin@ec.europa.eu.example";

async fn send(client: &Client, method: Method, url: String, body: Value) -> (StatusCode, Value) {
    let response = client
        .request(method, url)
        .json(&body)
        .send()
        .await
        .expect("the server answers");
    let status = response.status();
    (status, response.json().await.unwrap_or(Value::Null))
}

async fn get(client: &Client, url: String) -> (StatusCode, Value) {
    let response = client.get(url).send().await.expect("the server answers");
    let status = response.status();
    (status, response.json().await.unwrap_or(Value::Null))
}

/// Today by the app's clock, moved `days` on.
fn day(app: &TestApp, days: i64) -> String {
    (app.server.state.clock.now() + chrono::Duration::days(days))
        .format("%Y-%m-%d")
        .to_string()
}

/// A complete qualification alert about a doctor struck off yesterday, until `until`.
fn doctor_alert(app: &TestApp, until: Option<String>) -> Value {
    let mut fields = json!({
        "given_names": "Pēteris",
        "surname": "Ozoliņš",
        "birth_date": "1975-03-14",
        "profession": "doctor",
        "deciding_authority": "Veselības inspekcija",
        "decision": "prohibition",
        "scope": "Aizliegts veikt ārsta praksi.",
        "decision_date": day(app, -1),
        "valid_from": day(app, -1),
    });
    if let Some(until) = until {
        fields["valid_until"] = until.into();
    }
    json!({ "kind": "professional_qualification", "fields": fields })
}

async fn create(app: &TestApp, client: &Client, draft: Value) -> (i64, i64) {
    let (status, body) = send(client, Method::POST, app.url("/api/alerts"), draft).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    (
        body["id"].as_i64().unwrap(),
        body["version"].as_i64().unwrap(),
    )
}

async fn act(
    app: &TestApp,
    client: &Client,
    id: i64,
    version: i64,
    action: Value,
) -> (StatusCode, Value) {
    let mut body = json!({ "version": version, "action": action });
    if let Some(note) = body["action"].get("note").cloned() {
        body["note"] = note;
        body["action"].as_object_mut().unwrap().remove("note");
    }
    send(
        client,
        Method::POST,
        app.url(&format!("/api/alerts/{id}/actions")),
        body,
    )
    .await
}

async fn view(app: &TestApp, client: &Client, id: i64) -> Value {
    let (status, body) = get(client, app.url(&format!("/api/alerts/{id}"))).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    body
}

async fn current_version(app: &TestApp, client: &Client, id: i64) -> i64 {
    view(app, client, id).await["version"].as_i64().unwrap()
}

fn field_codes(body: &Value) -> Vec<(String, String)> {
    body["fields"]
        .as_array()
        .map(|fields| {
            fields
                .iter()
                .map(|f| {
                    (
                        f["field"].as_str().unwrap().to_owned(),
                        f["code"].as_str().unwrap().to_owned(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn ids_of(page: &Value) -> Vec<i64> {
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["id"].as_i64().unwrap())
        .collect()
}

async fn alert_count(app: &TestApp) -> u64 {
    backend::entities::alert::Entity::find()
        .count(&app.server.state.db)
        .await
        .unwrap()
}

/// Anna's sent qualification alert, as its id.
async fn sent_doctor_alert(app: &TestApp, anna: &Client, until: Option<String>) -> i64 {
    let (id, version) = create(app, anna, doctor_alert(app, until)).await;
    let (status, body) = act(app, anna, id, version, json!({ "action": "send" })).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["state"], "sent");
    id
}

/// Anna's sent qualification alert, passed on by Rui (Portugal's alert coordinator) to `om`.
async fn passed_on_to(app: &TestApp, anna: &Client, rui: &Client, om: i32) -> i64 {
    let id = sent_doctor_alert(app, anna, None).await;
    let v = current_version(app, rui, id).await;
    let (status, body) = act(
        app,
        rui,
        id,
        v,
        json!({ "action": "pass_on", "authorities": [om] }),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    id
}

db_test!(
    a_qualification_alert_reaches_every_country_and_is_passed_on,
    |app| {
        let anna = app.user(ANNA).await;
        let (id, version) = create(&app, &anna, doctor_alert(&app, None)).await;
        let draft = view(&app, &anna, id).await;
        assert_eq!(draft["state"], "draft");
        // Decided yesterday, due within 3 days: 2 days left.
        assert_eq!(draft["days_left"], 2);
        assert!(draft["number"].as_str().unwrap().starts_with("A-"));
        // Nobody else sees a draft, not even the receiving coordinators.
        let rui = app.user(RUI_PT).await;
        let (status, _) = get(&rui, app.url(&format!("/api/alerts/{id}"))).await;
        assert_eq!(status, StatusCode::NOT_FOUND);

        let (status, body) = act(&app, &anna, id, version, json!({ "action": "send" })).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body["state"], "sent", "Latvia sends without approval");
        let sent = view(&app, &anna, id).await;
        assert_eq!(sent["countries"].as_array().unwrap().len(), 30);
        assert_eq!(sent["deliveries"].as_array().unwrap().len(), 30);

        // Rui, Portugal's alert coordinator, has it to acknowledge and reads whom it is about.
        let (_, waiting) = get(&rui, app.url("/api/alerts?box=to_acknowledge")).await;
        assert_eq!(ids_of(&waiting), vec![id]);
        assert_eq!(waiting["items"][0]["subject"], "Pēteris Ozoliņš");
        let (_, counts) = get(&rui, app.url("/api/alerts/counts")).await;
        assert_eq!(counts["to_acknowledge"], 1);
        assert!(counts["unread"].as_u64().unwrap() >= 1);
        let seen = view(&app, &rui, id).await;
        assert_eq!(seen["sides"], json!(["receiving_coordinator"]));
        assert_eq!(
            seen["allowed_actions"],
            json!(["acknowledge", "pass_on", "propose_closure"])
        );
        // A receiving coordinator follows only their own country's delivery.
        assert_eq!(seen["deliveries"].as_array().unwrap().len(), 1);
        assert_eq!(seen["deliveries"][0]["country"], "PT");
        let version = seen["version"].as_i64().unwrap();
        let (status, body) = act(&app, &rui, id, version, json!({ "action": "acknowledge" })).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        // Acknowledged once: again is a conflict with the alert's state.
        let (status, body) = act(&app, &rui, id, version, json!({ "action": "acknowledge" })).await;
        assert_eq!(status, StatusCode::CONFLICT, "{body}");
        assert_eq!(body["current_alert_state"], "sent");
        // Nor is it offered again.
        assert_eq!(
            view(&app, &rui, id).await["allowed_actions"],
            json!(["pass_on", "propose_closure"])
        );

        // The registry suggests the Ordem dos Médicos (doctors, professional qualifications).
        let om = app.authority_id("Ordem dos Médicos").await;
        let (status, suggestions) =
            get(&rui, app.url(&format!("/api/alerts/{id}/suggestions"))).await;
        assert_eq!(status, StatusCode::OK, "{suggestions}");
        let suggested: Vec<i64> = suggestions["authorities"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["id"].as_i64().unwrap())
            .collect();
        assert!(suggested.contains(&i64::from(om)), "{suggestions}");
        assert!(
            suggestions["authorities"]
                .as_array()
                .unwrap()
                .iter()
                .all(|a| a["country"] == "PT")
        );
        // Kari's directorate is Norwegian: Rui cannot pass it there.
        let dsb = app
            .authority_id("Direktoratet for samfunnssikkerhet og beredskap")
            .await;
        let version = current_version(&app, &rui, id).await;
        let (status, body) = act(
            &app,
            &rui,
            id,
            version,
            json!({ "action": "pass_on", "authorities": [om, dsb] }),
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert_eq!(
            field_codes(&body),
            vec![(
                "action.authorities[1]".to_owned(),
                "other_country".to_owned()
            )]
        );
        let (status, body) = act(
            &app,
            &rui,
            id,
            version,
            json!({ "action": "pass_on", "authorities": [om] }),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{body}");

        // Ana, at the Ordem dos Médicos, now sees it, whom it is about, and acknowledges it.
        let ana = app.user(ANA_PT).await;
        let (_, received) = get(&ana, app.url("/api/alerts?box=received")).await;
        assert_eq!(ids_of(&received), vec![id]);
        let read = view(&app, &ana, id).await;
        assert_eq!(read["sides"], json!(["recipient"]));
        assert_eq!(read["personal_data_hidden"], false);
        let surname = read["fields"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["id"] == "surname")
            .unwrap();
        assert_eq!(surname["value"], "Ozoliņš");
        let version = read["version"].as_i64().unwrap();
        let (status, body) = act(
            &app,
            &ana,
            id,
            version,
            json!({ "action": "acknowledge_receipt" }),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert!(
            !view(&app, &ana, id).await["allowed_actions"]
                .as_array()
                .unwrap()
                .contains(&json!("acknowledge_receipt")),
            "a receipt acknowledged is not offered again"
        );

        // The sender sees, per country and per authority, who acknowledged and read.
        let followed = view(&app, &anna, id).await;
        let portugal = followed["deliveries"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["country"] == "PT")
            .unwrap();
        assert_eq!(portugal["delivery"], "passed_on");
        assert!(portugal["acknowledged_at"].is_string());
        assert_eq!(portugal["recipients"][0]["authority"]["id"], om);
        assert!(portugal["recipients"][0]["acknowledged_at"].is_string());
        assert!(portugal["recipients"][0]["read_at"].is_string());
        let norway = followed["deliveries"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["country"] == "NO")
            .unwrap();
        assert_eq!(norway["delivery"], "received");
        let kinds: Vec<&str> = followed["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["kind"].as_str().unwrap())
            .collect();
        assert_eq!(
            kinds,
            [
                "created",
                "sent",
                "acknowledged",
                "passed_on",
                "receipt_acknowledged"
            ]
        );

        // Need to know: Ingrid (Norway's coordinator) sees it; Kari, whose directorate it was not
        // passed to, and Mari in Estonia do not; nor the Commission, which qualification alerts
        // do not reach.
        view(&app, &app.user(INGRID_NO).await, id).await;
        for who in [KARI_NO, MARI_EE, CLAIRE] {
            let client = app.user(who).await;
            let (status, _) = get(&client, app.url(&format!("/api/alerts/{id}"))).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "{who}");
            let (_, page) = get(&client, app.url("/api/alerts?box=received")).await;
            assert!(!ids_of(&page).contains(&id), "{who}");
        }
        // Ana cannot pass it on: that is the coordinator's.
        let version = current_version(&app, &ana, id).await;
        let (status, _) = act(
            &app,
            &ana,
            id,
            version,
            json!({ "action": "pass_on", "authorities": [om] }),
        )
        .await;
        assert_eq!(status, StatusCode::FORBIDDEN);
    }
);

db_test!(
    every_step_is_notified_in_app_and_by_mail_in_the_readers_language,
    |app| {
        let rui = app.user(RUI_PT).await;
        let (status, _) = send(
            &rui,
            Method::PUT,
            app.url("/api/me/language"),
            json!({ "language": "pt" }),
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        let anna = app.user(ANNA).await;
        let id = sent_doctor_alert(&app, &anna, None).await;
        use backend::entities::outbox;
        let mails = outbox::Entity::find()
            .filter(outbox::Column::AlertId.eq(id as i32))
            .all(&app.server.state.db)
            .await
            .unwrap();
        let to_rui = mails
            .iter()
            .find(|m| m.to_address == RUI_PT)
            .expect("a mail to Rui");
        assert!(to_rui.subject.contains("Alerta"), "{}", to_rui.subject);
        assert!(
            to_rui.body.contains("Veselības inspekcija"),
            "{}",
            to_rui.body
        );
        // No personal data goes by e-mail.
        assert!(!to_rui.body.contains("Ozoliņš"));
        // Every receiving country's alert coordinator got one: Jānis (Latvia's own), Rui, Ingrid.
        for coordinator in [JANIS_LV, RUI_PT, INGRID_NO] {
            assert!(
                mails.iter().any(|m| m.to_address == coordinator),
                "{coordinator}"
            );
        }
        // The sender's own colleagues are not told of their own action.
        assert!(!mails.iter().any(|m| m.to_address == ANNA));
        let version = current_version(&app, &rui, id).await;
        act(&app, &rui, id, version, json!({ "action": "acknowledge" })).await;
        let (_, counts) = get(&anna, app.url("/api/alerts/counts")).await;
        assert_eq!(
            counts["unread"], 1,
            "Anna hears of Portugal's acknowledgement"
        );
        view(&app, &anna, id).await;
        let (_, counts) = get(&anna, app.url("/api/alerts/counts")).await;
        assert_eq!(
            counts["unread"], 0,
            "opening the alert reads its notifications"
        );
    }
);

db_test!(
    modification_withdrawal_and_closure_reach_every_recipient,
    |app| {
        let anna = app.user(ANNA).await;
        let rui = app.user(RUI_PT).await;
        let ana = app.user(ANA_PT).await;
        let om = app.authority_id("Ordem dos Médicos").await;
        let id = passed_on_to(&app, &anna, &rui, om).await;

        // Modify: the end of the prohibition is now known.
        let mut changed = doctor_alert(&app, Some(day(&app, 30)));
        let v = current_version(&app, &anna, id).await;
        let (status, body) = send(
            &anna,
            Method::PUT,
            app.url(&format!("/api/alerts/{id}")),
            json!({ "version": v, "draft": changed.clone() }),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body["state"], "sent");
        let modified = view(&app, &ana, id).await;
        assert_eq!(modified["revision"], 1);
        assert!(
            modified["fields"]
                .as_array()
                .unwrap()
                .iter()
                .any(|f| f["id"] == "valid_until")
        );
        let (_, counts) = get(&ana, app.url("/api/alerts/counts")).await;
        assert_eq!(counts["unread"], 0, "read on opening");
        // A modification cannot change the kind, nor refuse what a sent alert needs.
        changed["fields"]["surname"] = "".into();
        let v = current_version(&app, &anna, id).await;
        let (status, body) = send(
            &anna,
            Method::PUT,
            app.url(&format!("/api/alerts/{id}")),
            json!({ "version": v, "draft": changed }),
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(
            field_codes(&body),
            vec![("fields.surname".to_owned(), "missing".to_owned())]
        );
        // A recipient may propose closure (with a reason); the sender keeps it open.
        let v = current_version(&app, &ana, id).await;
        let (status, body) = act(&app, &ana, id, v, json!({ "action": "propose_closure" })).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(
            field_codes(&body),
            vec![("note.text".to_owned(), "missing".to_owned())]
        );
        let (status, body) = act(&app, &ana, id, v, json!({ "action": "propose_closure", "note": { "text": "O médico foi reintegrado.", "language": "pt" } })).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body["state"], "closure_proposed");
        let v = current_version(&app, &anna, id).await;
        let (status, body) = act(&app, &anna, id, v, json!({ "action": "reject_closure" })).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body["state"], "sent");
        // Closing: everyone sees it closed; nothing more can be done.
        let v = current_version(&app, &anna, id).await;
        let (status, body) = act(&app, &anna, id, v, json!({ "action": "close" })).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        for client in [&anna, &rui, &ana] {
            let closed = view(&app, client, id).await;
            assert_eq!(closed["state"], "closed");
            assert_eq!(closed["allowed_actions"], json!([]));
        }
        let (status, body) = act(&app, &anna, id, v + 1, json!({ "action": "close" })).await;
        assert_eq!(status, StatusCode::CONFLICT);
        assert_eq!(body["current_alert_state"], "closed");

        // Another alert, withdrawn as unfounded: every recipient is told so.
        let second = passed_on_to(&app, &anna, &rui, om).await;
        let v = current_version(&app, &anna, second).await;
        let (status, body) = act(&app, &anna, second, v, json!({ "action": "withdraw", "proved_wrong": true, "note": { "text": "Lēmums atcelts tiesā.", "language": "lv" } })).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body["state"], "withdrawn");
        use backend::entities::alert_notice;
        let ana_id = {
            use backend::entities::user;
            user::Entity::find()
                .filter(user::Column::Email.eq(ANA_PT))
                .one(&app.server.state.db)
                .await
                .unwrap()
                .unwrap()
                .id
        };
        let told = alert_notice::Entity::find()
            .filter(alert_notice::Column::AlertId.eq(second as i32))
            .filter(alert_notice::Column::UserId.eq(ana_id))
            .filter(alert_notice::Column::Kind.eq("withdrawn_wrong"))
            .count(&app.server.state.db)
            .await
            .unwrap();
        assert_eq!(told, 1);
        let withdrawn = view(&app, &ana, second).await;
        assert_eq!(withdrawn["proved_wrong"], true);
    }
);

db_test!(
    bad_input_is_refused_with_field_codes_and_nothing_is_stored,
    |app| {
        let anna = app.user(ANNA).await;
        let before = alert_count(&app).await;
        let mut draft = doctor_alert(&app, Some(day(&app, -10)));
        draft["fields"]["decision_date"] = day(&app, 1).into();
        draft["fields"]["profession"] = "astrologer".into();
        draft["fields"]["decision"] = "exile".into();
        draft["fields"]["birth_date"] = "1975-02-30".into();
        let (status, body) = send(&anna, Method::POST, app.url("/api/alerts"), draft).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        let mut codes = field_codes(&body);
        codes.sort();
        assert_eq!(
            codes,
            vec![
                (
                    "fields.birth_date".to_owned(),
                    "nonexistent_date".to_owned()
                ),
                ("fields.decision".to_owned(), "unknown".to_owned()),
                ("fields.decision_date".to_owned(), "in_future".to_owned()),
                ("fields.profession".to_owned(), "unknown".to_owned()),
                ("fields.valid_until".to_owned(), "before_start".to_owned()),
            ]
        );
        // A services alert to an unknown country.
        let liga = app.user(LIGA).await;
        let services = json!({
            "kind": "services",
            "fields": { "provider_name": "Būve SIA", "establishment_country": "LV", "activity": "construction_company", "risk": "safety", "urgency": "high", "description": "Sastatnes bez stiprinājumiem." },
            "countries": ["EE", "XX"],
        });
        let (status, body) = send(&liga, Method::POST, app.url("/api/alerts"), services).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(
            field_codes(&body),
            vec![("countries[1]".to_owned(), "unknown_country".to_owned())]
        );
        let (status, body) = send(
            &anna,
            Method::POST,
            app.url("/api/alerts"),
            json!({ "kind": "weather" }),
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(
            field_codes(&body),
            vec![("kind".to_owned(), "unknown".to_owned())]
        );
        assert_eq!(alert_count(&app).await, before, "nothing half-stored");
        // A draft may be incomplete; sending it may not, and leaves it a draft.
        let (id, version) = create(
            &app,
            &anna,
            json!({ "kind": "professional_qualification", "fields": { "surname": "Ozoliņš" } }),
        )
        .await;
        let (status, body) = act(&app, &anna, id, version, json!({ "action": "send" })).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            field_codes(&body).contains(&("fields.given_names".to_owned(), "missing".to_owned()))
        );
        assert_eq!(view(&app, &anna, id).await["state"], "draft");
        // Late: decided 5 days ago, due within 3: sending needs a reason.
        let mut late = doctor_alert(&app, None);
        late["fields"]["decision_date"] = day(&app, -5).into();
        late["fields"]["valid_from"] = day(&app, -5).into();
        let (id, version) = create(&app, &anna, late.clone()).await;
        let (status, body) = act(&app, &anna, id, version, json!({ "action": "send" })).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(
            field_codes(&body),
            vec![("late_reason.text".to_owned(), "missing".to_owned())]
        );
        late["late_reason"] = json!({ "text": "Lēmums saņemts ar nokavēšanos.", "language": "lv" });
        let (status, body) = send(
            &anna,
            Method::PUT,
            app.url(&format!("/api/alerts/{id}")),
            json!({ "version": version, "draft": late }),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let version = body["version"].as_i64().unwrap();
        let (status, body) = act(&app, &anna, id, version, json!({ "action": "send" })).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        // Two users acting on the same version: the second gets 409 with the state now.
        let (status, body) = act(&app, &anna, id, version, json!({ "action": "close" })).await;
        assert_eq!(status, StatusCode::CONFLICT, "{body}");
        assert_eq!(body["current_alert_state"], "sent");
    }
);

db_test!(
    a_services_alert_reaches_the_commission_without_personal_data,
    |app| {
        let liga = app.user(LIGA).await;
        let (id, version) = create(&app, &liga, json!({
        "kind": "services",
        "fields": { "provider_name": "Būve SIA", "provider_identifier": "40003000001", "establishment_country": "LV", "activity": "construction_company", "risk": "safety", "urgency": "immediate", "description": "Sastatnes bez stiprinājumiem." },
        "countries": ["EE"],
    })).await;
        let (status, body) = act(&app, &liga, id, version, json!({ "action": "send" })).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let sent = view(&app, &liga, id).await;
        // The country of establishment is always included.
        assert_eq!(
            sent["countries"],
            json!(
                ["LV", "EE"]
                    .iter()
                    .copied()
                    .collect::<std::collections::BTreeSet<_>>()
            )
        );
        let claire = app.user(CLAIRE).await;
        let (_, page) = get(&claire, app.url("/api/alerts?box=received")).await;
        assert_eq!(ids_of(&page), vec![id]);
        assert_eq!(page["items"][0]["subject"], Value::Null);
        let seen = view(&app, &claire, id).await;
        assert_eq!(seen["sides"], json!(["observer"]));
        assert_eq!(seen["personal_data_hidden"], true);
        assert_eq!(seen["allowed_actions"], json!([]));
        let ids: Vec<&str> = seen["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["id"].as_str().unwrap())
            .collect();
        assert_eq!(
            ids,
            ["establishment_country", "activity", "risk", "urgency"]
        );
        // The Commission can do nothing to it.
        let (status, _) = act(
            &app,
            &claire,
            id,
            version + 1,
            json!({ "action": "propose_closure", "note": { "text": "x", "language": "en" } }),
        )
        .await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        // Mari's authority in Estonia was not passed it: not found.
        let (status, _) = get(
            &app.user(MARI_EE).await,
            app.url(&format!("/api/alerts/{id}")),
        )
        .await;
        assert_eq!(status, StatusCode::NOT_FOUND);
    }
);

db_test!(reminders_follow_the_end_of_the_decision, |app| {
    let anna = app.user(ANNA).await;
    let id = sent_doctor_alert(&app, &anna, Some(day(&app, 0))).await;
    let state = &app.server.state;
    assert_eq!(
        backend::services::alerts::remind(state).await.unwrap(),
        0,
        "the decision still applies today"
    );
    state.clock.advance(chrono::Duration::days(1));
    assert_eq!(backend::services::alerts::remind(state).await.unwrap(), 1);
    assert_eq!(
        backend::services::alerts::remind(state).await.unwrap(),
        0,
        "once a day"
    );
    state.clock.advance(chrono::Duration::days(3));
    assert_eq!(backend::services::alerts::remind(state).await.unwrap(), 1);
    // Four days on, Anna's session has lapsed: she logs in again.
    let anna = app.user(ANNA).await;
    let events: Vec<String> = view(&app, &anna, id).await["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        events[events.len() - 2..],
        ["end_reminder".to_owned(), "late_reminder".to_owned()]
    );
    // Late: the sending country's alert coordinator (Jānis) is told too.
    use backend::entities::outbox;
    let late = outbox::Entity::find()
        .filter(outbox::Column::AlertId.eq(id as i32))
        .filter(outbox::Column::ToAddress.eq(JANIS_LV))
        .all(&state.db)
        .await
        .unwrap();
    assert!(
        late.iter().any(|m| m.subject.contains("Overdue")),
        "{late:?}"
    );
    // Closed, it reminds nobody.
    let v = current_version(&app, &anna, id).await;
    act(&app, &anna, id, v, json!({ "action": "close" })).await;
    state.clock.advance(chrono::Duration::days(1));
    assert_eq!(backend::services::alerts::remind(state).await.unwrap(), 0);
});

/// The repository's alert kinds with Latvia among the countries that approve their alerts.
fn kinds_with_latvian_approval() -> std::path::PathBuf {
    let source = imi_tests::workspace_root().join("alerts");
    let dir =
        std::env::temp_dir().join(format!("imi_alert_kinds_{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(dir.join("text")).unwrap();
    for entry in std::fs::read_dir(source.join("text")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.join("text").join(path.file_name().unwrap())).unwrap();
    }
    let kinds = std::fs::read_to_string(source.join("kinds.toml")).unwrap();
    let kinds = kinds.replacen("approval = [", "approval = [\"LV\", ", 1);
    std::fs::write(dir.join("kinds.toml"), kinds).unwrap();
    dir
}

async fn approval_goes_through_the_sending_coordinator(engine: imi_tests::Engine) {
    let kinds = kinds_with_latvian_approval();
    let app = imi_tests::spawn_app_with(engine, |config| config.alerts_dir = kinds.clone()).await;
    let anna = app.user(ANNA).await;
    let (_, view_kinds) = get(&anna, app.url("/api/alert-kinds")).await;
    assert_eq!(view_kinds["approval_required"], true);
    let (id, version) = create(&app, &anna, doctor_alert(&app, None)).await;
    let (status, body) = act(&app, &anna, id, version, json!({ "action": "send" })).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["state"], "awaiting_approval");
    // Not yet with Portugal.
    let rui = app.user(RUI_PT).await;
    let (status, _) = get(&rui, app.url(&format!("/api/alerts/{id}"))).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // Jānis, Latvia's alert coordinator, returns it with a reason, then approves it resent.
    let janis = app.user(JANIS_LV).await;
    let (_, queue) = get(&janis, app.url("/api/alerts?box=to_approve")).await;
    assert_eq!(ids_of(&queue), vec![id]);
    let v = current_version(&app, &janis, id).await;
    let (status, body) = act(&app, &janis, id, v, json!({ "action": "reject", "note": { "text": "Norādiet lēmuma numuru.", "language": "lv" } })).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["state"], "draft");
    let v = current_version(&app, &anna, id).await;
    act(&app, &anna, id, v, json!({ "action": "send" })).await;
    // Anna cannot approve her own alert.
    let v = current_version(&app, &anna, id).await;
    let (status, _) = act(&app, &anna, id, v, json!({ "action": "approve" })).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, body) = act(&app, &janis, id, v, json!({ "action": "approve" })).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["state"], "sent");
    let events: Vec<String> = view(&app, &rui, id).await["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        events,
        [
            "created",
            "submitted",
            "rejected",
            "submitted",
            "approved",
            "sent"
        ]
    );
    std::fs::remove_dir_all(kinds).ok();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn approval_goes_through_the_sending_coordinator_sqlite() {
    approval_goes_through_the_sending_coordinator(imi_tests::Engine::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn approval_goes_through_the_sending_coordinator_postgres() {
    approval_goes_through_the_sending_coordinator(imi_tests::Engine::Postgres).await;
}

db_test!(
    an_ended_qualification_alert_is_blocked_then_deleted,
    |app| {
        let anna = app.user(ANNA).await;
        let rui = app.user(RUI_PT).await;
        let om = app.authority_id("Ordem dos Médicos").await;
        let id = passed_on_to(&app, &anna, &rui, om).await;
        let v = current_version(&app, &anna, id).await;
        let (status, _) = act(&app, &anna, id, v, json!({ "action": "close" })).await;
        assert_eq!(status, StatusCode::OK);
        let state = &app.server.state;
        let run = || async {
            loop {
                let report = backend::services::retention::run(state, false)
                    .await
                    .unwrap();
                if !report.skipped {
                    return report;
                }
                tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            }
        };
        // The kind keeps it 3 days after it ended for the recipients to take note.
        state.clock.advance(chrono::Duration::days(2));
        assert!(!run().await.alerts_blocked.contains(&(id as i32)));
        state.clock.advance(chrono::Duration::days(2));
        assert!(run().await.alerts_blocked.contains(&(id as i32)));
        let ana = app.user(ANA_PT).await;
        let blocked = view(&app, &ana, id).await;
        assert_eq!(blocked["personal_data_hidden"], true);
        assert!(
            blocked["fields"]
                .as_array()
                .unwrap()
                .iter()
                .all(|f| f["personal"] == false)
        );
        assert!(!blocked.to_string().contains("Ozoliņš"));
        let (_, page) = get(&ana, app.url("/api/alerts?box=received")).await;
        assert_eq!(page["items"][0]["subject"], Value::Null);
        // 180 days after it ended, it is deleted with its e-mails.
        state.clock.advance(chrono::Duration::days(177));
        let report = run().await;
        assert!(report.alerts_deleted.contains(&(id as i32)), "{report:?}");
        let ana = app.user(ANA_PT).await;
        let (status, _) = get(&ana, app.url(&format!("/api/alerts/{id}"))).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        use backend::entities::outbox;
        let left = outbox::Entity::find()
            .filter(outbox::Column::AlertId.eq(id as i32))
            .count(&state.db)
            .await
            .unwrap();
        assert_eq!(left, 0);
    }
);

db_test!(the_check_page_finds_a_doctor_by_name_with_one_typo, |app| {
    let anna = app.user(ANNA).await;
    let rui = app.user(RUI_PT).await;
    let om = app.authority_id("Ordem dos Médicos").await;
    let id = passed_on_to(&app, &anna, &rui, om).await;
    let ana = app.user(ANA_PT).await;
    let check = async |client: &Client, query: &str| -> (StatusCode, Vec<i64>, Value) {
        let (status, body) = get(
            client,
            app.url(&format!("/api/alerts/check?{query}&language=pt")),
        )
        .await;
        let found = body["matches"]
            .as_array()
            .map(|m| {
                m.iter()
                    .map(|m| m["alert"]["id"].as_i64().unwrap())
                    .collect()
            })
            .unwrap_or_default();
        (status, found, body)
    };
    for query in [
        "name=Ozolins",
        "name=Peteris%20Ozolins",
        "name=Ozoli%C5%86%C5%A1%20Petreis",
        "name=Ozolins&profession=doctor",
    ] {
        let (status, found, _) = check(&ana, query).await;
        assert_eq!(status, StatusCode::OK, "{query}");
        assert_eq!(found, vec![id], "{query}");
    }
    for query in [
        "name=Janis%20Ozolins",
        "name=Petreis%20Ozolns",
        "name=Ozolins&profession=nurse",
    ] {
        let (_, found, _) = check(&ana, query).await;
        assert!(found.is_empty(), "{query}");
    }
    // In Portuguese: the profession's and the decision's labels.
    let (_, _, body) = check(&ana, "name=Ozolins").await;
    let fields = body["matches"][0]["fields"].as_array().unwrap();
    let profession = fields.iter().find(|f| f["id"] == "profession").unwrap();
    assert_eq!(profession["display"], "médico");
    // Norway's coordinator received it and finds it; Kari's directorate was not passed it.
    let (_, found, _) = check(&app.user(INGRID_NO).await, "name=Ozolins").await;
    assert_eq!(found, vec![id]);
    let (_, found, _) = check(&app.user(KARI_NO).await, "name=Ozolins").await;
    assert!(found.is_empty());
    // Bad input.
    let (status, _, body) = check(&ana, "name=%20").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        field_codes(&body),
        vec![("name".to_owned(), "missing".to_owned())]
    );
    let (status, _, body) = check(&ana, "name=Ozolins&profession=retail_trade").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        field_codes(&body),
        vec![("profession".to_owned(), "unknown".to_owned())]
    );
    // Closed, the alert is no longer in force: the check finds nothing.
    let v = current_version(&app, &anna, id).await;
    act(&app, &anna, id, v, json!({ "action": "close" })).await;
    let (_, found, _) = check(&ana, "name=Ozolins").await;
    assert!(found.is_empty());
});

db_test!(countries_acknowledge_independently_of_each_other, |app| {
    let anna = app.user(ANNA).await;
    let id = sent_doctor_alert(&app, &anna, None).await;
    let rui = app.user(RUI_PT).await;
    let ingrid = app.user(INGRID_NO).await;
    let janis = app.user(JANIS_LV).await;
    // All three read the alert at the same version; each country's acknowledgement leaves the
    // others' untouched, so none of them is stale.
    let seen = current_version(&app, &rui, id).await;
    for coordinator in [&rui, &ingrid, &janis] {
        let (status, body) = act(
            &app,
            coordinator,
            id,
            seen,
            json!({ "action": "acknowledge" }),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{body}");
    }
    // The sender's version did not move either: closing on it works.
    let (status, body) = act(&app, &anna, id, seen, json!({ "action": "close" })).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    // Closed, nothing more is acknowledged or passed on: 409 with the state now.
    let om = app.authority_id("Ordem dos Médicos").await;
    let (status, body) = act(
        &app,
        &rui,
        id,
        seen,
        json!({ "action": "pass_on", "authorities": [om] }),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert_eq!(body["current_alert_state"], "closed");
});

/// A Portuguese authority coordinating the services area, with an alert coordinator (who
/// sets up two-step log-in, as the role requires): the client logged in as them.
async fn services_alert_coordinator_pt(app: &TestApp) -> Client {
    use backend::entities::{authority, authority_area};
    use sea_orm::{ActiveModelTrait, NotSet, Set};
    let db = &app.server.state.db;
    let pt = shared::CountryCode::parse("PT").unwrap();
    let coordinating = authority::ActiveModel {
        id: NotSet,
        ..imi_tests::generate::authority_row(
            0,
            pt,
            "Coordenação dos Serviços".to_owned(),
            Some("area"),
            chrono::Utc::now(),
        )
    }
    .insert(db)
    .await
    .unwrap();
    authority_area::ActiveModel {
        authority_id: Set(coordinating.id),
        area: Set("services".to_owned()),
    }
    .insert(db)
    .await
    .unwrap();
    let email = "marta.sousa@servicos.pt.example";
    imi_tests::generate::account(
        db,
        email,
        backend::auth::Member::Authority(shared::AuthorityId(coordinating.id)),
        "alert_coordinator",
    )
    .await
    .unwrap();
    let client = app.user(email).await;
    app.enroll(&client).await;
    client
}

db_test!(
    an_area_alert_coordinator_receives_only_the_alerts_of_the_area,
    |app| {
        let marta = services_alert_coordinator_pt(&app).await;
        let anna = app.user(ANNA).await;
        let qualification = sent_doctor_alert(&app, &anna, None).await;
        let liga = app.user(LIGA).await;
        let (services, version) = create(
        &app,
        &liga,
        json!({
            "kind": "services",
            "fields": { "provider_name": "Būve SIA", "establishment_country": "LV", "activity": "construction_company", "risk": "safety", "urgency": "high", "description": "Sastatnes bez stiprinājumiem." },
            "countries": ["PT"],
        }),
    )
    .await;
        let (status, body) = act(&app, &liga, services, version, json!({ "action": "send" })).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        // Marta coordinates Portugal's services area: the services alert is hers to acknowledge,
        // the qualification alert is not hers to see.
        let (_, waiting) = get(&marta, app.url("/api/alerts?box=to_acknowledge")).await;
        assert_eq!(ids_of(&waiting), vec![services]);
        let (status, _) = get(&marta, app.url(&format!("/api/alerts/{qualification}"))).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let v = current_version(&app, &marta, services).await;
        let (status, body) = act(
            &app,
            &marta,
            services,
            v,
            json!({ "action": "acknowledge" }),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        // Rui, Portugal's national alert coordinator, receives both; Portugal's delivery of the
        // services alert is acknowledged already.
        let rui = app.user(RUI_PT).await;
        let (_, received) = get(&rui, app.url("/api/alerts?box=received")).await;
        let mut ids = ids_of(&received);
        ids.sort_unstable();
        assert_eq!(ids, vec![qualification, services]);
        let v = current_version(&app, &rui, services).await;
        let (status, body) = act(&app, &rui, services, v, json!({ "action": "acknowledge" })).await;
        assert_eq!(status, StatusCode::CONFLICT, "{body}");
    }
);

db_test!(the_form_checks_a_draft_as_the_server_does, |app| {
    // The form checks a draft with the kinds the server serves (`GET /api/alert-kinds`, read
    // back into rules by `to_kinds`) and the taxonomy's concepts from the registry route:
    // for each draft, the form's verdict is the server's.
    let anna = app.user(ANNA).await;
    let (status, kinds) = get(&anna, app.url("/api/alert-kinds?language=lv")).await;
    assert_eq!(status, StatusCode::OK, "{kinds}");
    let kinds: shared::dto::AlertKindsView = serde_json::from_value(kinds).unwrap();
    let rules = kinds.to_kinds();
    let (_, concepts) = get(&anna, app.url("/api/registry/concepts?language=lv")).await;
    let concepts: Vec<shared::registry::ConceptOption> = serde_json::from_value(concepts).unwrap();
    struct Known(Vec<shared::registry::ConceptOption>);
    impl shared::alert::ConceptLookup for Known {
        fn concept_kind(&self, id: &str) -> Option<shared::taxonomy::ConceptKind> {
            self.0.iter().find(|c| c.id == id).map(|c| c.kind)
        }
    }
    let concepts = Known(concepts);
    let today = shared::Date::parse(&day(&app, 0)).unwrap();
    let mut drafts = vec![doctor_alert(&app, None)];
    for (field, value) in [
        ("decision_date", day(&app, 2)),
        ("valid_until", day(&app, -3)),
        ("profession", "construction_company".to_owned()),
        ("profession", "no_such_profession".to_owned()),
        ("decision", "banished".to_owned()),
        ("birth_date", "1975-02-30".to_owned()),
    ] {
        let mut draft = doctor_alert(&app, None);
        draft["fields"][field] = value.into();
        drafts.push(draft);
    }
    let mut late = doctor_alert(&app, None);
    late["fields"]["decision_date"] = day(&app, -10).into();
    drafts.push(late);
    let mut services = json!({
        "kind": "services",
        "fields": { "provider_name": "Būve SIA", "provider_identifier": "40003000001", "establishment_country": "LV", "activity": "construction_company", "risk": "safety", "urgency": "immediate", "description": "Sastatnes." },
        "countries": ["EE", "XX"],
    });
    drafts.push(services.clone());
    services["countries"] = json!(["EE"]);
    drafts.push(services);
    let mut refused = 0;
    for draft in drafts {
        let input: shared::alert::AlertDraftInput = serde_json::from_value(draft.clone()).unwrap();
        let in_form = |completeness| {
            shared::alert::check_alert_draft(&rules, &concepts, &input, completeness, today)
        };
        // Saving a draft is the server's partial check, sending its complete one; the form
        // runs each at the same moment.
        let (status, body) = send(&anna, Method::POST, app.url("/api/alerts"), draft.clone()).await;
        let (form, server) = if status == StatusCode::CREATED {
            assert!(
                in_form(shared::placeholder::Completeness::Draft).is_ok(),
                "{draft}"
            );
            let (id, version) = (
                body["id"].as_i64().unwrap(),
                body["version"].as_i64().unwrap(),
            );
            let (status, body) = act(&app, &anna, id, version, json!({ "action": "send" })).await;
            (
                in_form(shared::placeholder::Completeness::Complete),
                (status == StatusCode::OK).then_some(()).ok_or(body),
            )
        } else {
            (in_form(shared::placeholder::Completeness::Draft), Err(body))
        };
        match (form, server) {
            (Ok(_), Ok(())) => {}
            (Ok(_), Err(body)) => panic!("the form accepts {draft}, the server says {body}"),
            (Err(_), Ok(())) => panic!("the form refuses {draft}, the server took it"),
            (Err(problems), Err(body)) => {
                refused += 1;
                let mut form: Vec<(String, String)> = problems
                    .iter()
                    .map(|p| (p.field.clone(), p.code.as_str().to_owned()))
                    .collect();
                let mut server = field_codes(&body);
                form.sort();
                server.sort();
                assert_eq!(form, server, "{draft}");
            }
        }
    }
    assert_eq!(refused, 8, "every bad draft but the good two is refused");
});

db_test!(
    an_alert_sent_in_time_is_modified_weeks_later_without_a_reason,
    |app| {
        let anna = app.user(ANNA).await;
        let id = sent_doctor_alert(&app, &anna, None).await;
        // Three weeks on, the end of the prohibition is known: the alert was sent in time, so
        // its modification asks for no reason for lateness.
        let changed = doctor_alert(&app, Some(day(&app, 60)));
        app.server.state.clock.advance(chrono::Duration::days(21));
        let anna = app.user(ANNA).await;
        let v = current_version(&app, &anna, id).await;
        let (status, body) = send(
            &anna,
            Method::PUT,
            app.url(&format!("/api/alerts/{id}")),
            json!({ "version": v, "draft": changed }),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(view(&app, &anna, id).await["revision"], 1);
    }
);
