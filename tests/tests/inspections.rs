//! Requests for inspections on site, through the API on both engines: the seed's crane case.
//! The Latvian building control office asks the Berlin safety authority to inspect a German
//! builder's crane; Klaus inspects, records the report bit by bit, and cannot send the answer
//! until it has its day, its place and his signature; Līga reads it once answered, and the
//! retention job erases it with the request's personal data.

use imi_tests::{TestApp, db_test};
use reqwest::{Client, StatusCode};
use serde_json::{Value, json};

const LIGA_LV: &str = "liga.ozola@bvkb.lv.example";
const KLAUS_DE: &str = "klaus.becker@lagetsi.de.example";
const BERLIN: &str = imi_tests::BERLIN_SAFETY;

async fn call(client: &Client, method: &str, url: String, body: Value) -> (StatusCode, Value) {
    let request = match method {
        "PUT" => client.put(url),
        "POST" => client.post(url),
        _ => client.get(url),
    };
    let request = if body.is_null() {
        request
    } else {
        request.json(&body)
    };
    let response = request.send().await.unwrap();
    let status = response.status();
    let text = response.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

/// The field errors of a 422, as (field, code).
fn fields(body: &Value) -> Vec<(String, String)> {
    body["fields"]
        .as_array()
        .unwrap_or_else(|| panic!("field errors in {body}"))
        .iter()
        .map(|f| {
            (
                f["field"].as_str().unwrap().to_owned(),
                f["code"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// Līga's inspection request about the crane, sent and accepted by Klaus: (id, version).
async fn accepted_inspection(app: &TestApp, liga: &Client, klaus: &Client) -> (i64, i64) {
    inspection_from(app, liga, klaus).await
}

/// An inspection request about the crane from the authority of `liga` (a handler's client),
/// sent and accepted by Klaus: (id, version).
async fn inspection_from(app: &TestApp, liga: &Client, klaus: &Client) -> (i64, i64) {
    let draft = app
        .crane_inspection(json!([
            { "question": app.question_id("services.checks.equipment_inspections"),
              "values": { "AdditionalDetails": "Turmdrehkran Liebherr 172 EC-B" } },
            { "question": app.question_id("services.checks.inspection_result") },
        ]))
        .await;
    let (id, version) = app.sent_and_accepted(liga, klaus, draft).await;
    let (_, view) = call(
        liga,
        "GET",
        app.url(&format!("/api/requests/{id}")),
        Value::Null,
    )
    .await;
    assert_eq!(view["kind"], "inspection");
    (id, version.as_i64().unwrap())
}

/// Klaus's answers to the checklist (`answers` of the questions' ids, in order), saved on the
/// version he reads now: the saved request.
async fn save_answers(
    app: &TestApp,
    klaus: &Client,
    id: i64,
    answers: impl FnOnce(&[Value]) -> Value,
) -> Value {
    let (_, view) = call(
        klaus,
        "GET",
        app.url(&format!("/api/requests/{id}")),
        Value::Null,
    )
    .await;
    let questions: Vec<Value> = view["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["id"].clone())
        .collect();
    let (status, saved) = call(
        klaus,
        "PUT",
        app.url(&format!("/api/requests/{id}/answers")),
        json!({ "version": view["version"], "answers": answers(&questions) }),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    saved
}

/// Klaus sends the answer, on `version`: the status and the body.
async fn send_answer(
    app: &TestApp,
    klaus: &Client,
    id: i64,
    version: &Value,
) -> (StatusCode, Value) {
    call(
        klaus,
        "POST",
        app.url(&format!("/api/requests/{id}/actions")),
        json!({ "version": version, "action": { "action": "answer" } }),
    )
    .await
}

fn signature(name: &str, role: &str) -> Value {
    json!({
        "name": name,
        "role": role,
        "mark": { "kind": "signed", "strokes": [[[12, 150], [80, 40], [160, 150]], [[200, 90]]] },
    })
}

db_test!(
    an_inspection_is_answered_with_its_report_signed_on_site,
    |app| {
        let liga = app.user(LIGA_LV).await;
        let klaus = app.user(KLAUS_DE).await;
        let (id, version) = accepted_inspection(&app, &liga, &klaus).await;
        let report_url = app.url(&format!("/api/requests/{id}/report"));

        // Bad input is refused field by field, and nothing is saved.
        let bad = json!({ "version": version, "report": {
            "inspected_on": "2999-01-01",
            "place": "Baustelle\u{0007}",
            "signatures": [
                { "name": " ", "role": "inspector", "mark": { "kind": "refused" } },
            ],
        }});
        let (status, refused) = call(&klaus, "PUT", report_url.clone(), bad).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
        assert_eq!(
            fields(&refused),
            [
                ("report.inspected_on", "in_future"),
                ("report.place", "control_character"),
                ("report.signatures[0].name", "missing"),
            ]
            .map(|(f, c)| (f.to_owned(), c.to_owned()))
        );
        // A signature drawn outside the pad, a role nobody has: the body does not parse.
        for mark in [
            json!({ "kind": "signed", "strokes": [[[601, 10]]] }),
            json!({ "kind": "signed", "strokes": [] }),
        ] {
            let body = json!({ "version": version, "report": {
                "signatures": [{ "name": "Klaus Becker", "role": "inspector", "mark": mark }],
            }});
            let (status, body) = call(&klaus, "PUT", report_url.clone(), body).await;
            assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        }
        let body = json!({ "version": version, "report": {
            "signatures": [{ "name": "Klaus Becker", "role": "mayor", "mark": { "kind": "refused" } }],
        }});
        let (status, body) = call(&klaus, "PUT", report_url.clone(), body).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");

        // On site, bit by bit: the day and place first.
        let today = chrono::Utc::now().date_naive().to_string();
        let (status, saved) = call(
            &klaus,
            "PUT",
            report_url.clone(),
            json!({ "version": version, "report": {
                "inspected_on": today,
                "place": "  Baustelle Friedrichstraße 12, 10117 Berlin ",
            }}),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{saved}");
        // An old version is refused: someone changed the request meanwhile.
        let (status, stale) = call(
            &klaus,
            "PUT",
            report_url.clone(),
            json!({ "version": version, "report": {} }),
        )
        .await;
        assert_eq!(status, StatusCode::CONFLICT, "{stale}");
        // Līga does not see a report still being written, nor may she write it.
        let (_, seen) = call(
            &liga,
            "GET",
            app.url(&format!("/api/requests/{id}")),
            Value::Null,
        )
        .await;
        assert_eq!(seen["report"], Value::Null, "{seen}");
        let (status, _) = call(
            &liga,
            "PUT",
            report_url.clone(),
            json!({ "version": seen["version"], "report": {} }),
        )
        .await;
        assert!(
            status == StatusCode::FORBIDDEN || status == StatusCode::CONFLICT,
            "{status}"
        );

        // The checklist answered; the answer cannot go without the inspector's signature.
        let (_, view) = call(
            &klaus,
            "GET",
            app.url(&format!("/api/requests/{id}")),
            Value::Null,
        )
        .await;
        assert_eq!(
            view["report"]["place"],
            "Baustelle Friedrichstraße 12, 10117 Berlin"
        );
        let answered = save_answers(&app, &klaus, id, |questions| json!([
            { "question": questions[0], "value": { "kind": "no" },
              "comment": { "text": "Prüfbuch nicht auf der Baustelle.", "language": "de" } },
            { "question": questions[1], "value": { "kind": "choice", "option": "inspection_result.failed" } },
        ]))
        .await;
        let (status, refused) = send_answer(&app, &klaus, id, &answered["version"]).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
        assert_eq!(
            fields(&refused),
            [("report.signatures".to_owned(), "missing".to_owned())]
        );

        // Signed by Klaus; the site manager refuses to sign, which Klaus records.
        let (status, signed) = call(
        &klaus,
        "PUT",
        report_url.clone(),
        json!({ "version": answered["version"], "report": {
            "inspected_on": today,
            "place": "Baustelle Friedrichstraße 12, 10117 Berlin",
            "signatures": [
                signature("Klaus Becker", "inspector"),
                { "name": "Jörg Kranz", "role": "provider_representative", "mark": { "kind": "refused" } },
            ],
        }}),
    )
    .await;
        assert_eq!(status, StatusCode::OK, "{signed}");
        let (status, sent) = send_answer(&app, &klaus, id, &signed["version"]).await;
        assert_eq!(status, StatusCode::OK, "{sent}");

        // Līga reads the report with the answers: names and strokes as drawn.
        let (_, read) = call(
            &liga,
            "GET",
            app.url(&format!("/api/requests/{id}?language=lv")),
            Value::Null,
        )
        .await;
        assert_eq!(read["state"], "answered");
        let report = &read["report"];
        assert_eq!(report["inspected_on"], today.as_str());
        assert_eq!(report["signatures"][0]["name"], "Klaus Becker");
        assert_eq!(
            report["signatures"][0]["mark"]["strokes"][1],
            json!([[200, 90]])
        );
        assert_eq!(report["signatures"][1]["mark"]["kind"], "refused");
        // Once answered, nobody changes it.
        let (status, _) = call(
            &klaus,
            "PUT",
            report_url,
            json!({ "version": read["version"], "report": {} }),
        )
        .await;
        assert_eq!(status, StatusCode::CONFLICT);
    }
);

db_test!(a_measurement_is_answered_as_a_number_in_its_unit, |app| {
    let liga = app.user(LIGA_LV).await;
    let klaus = app.user(KLAUS_DE).await;
    let draft = app
        .crane_inspection(json!([
            { "question": app.question_id("services.site_inspection.rated_load") },
        ]))
        .await;
    let (id, version) = app.sent_and_accepted(&liga, &klaus, draft).await;
    let accepted = json!({ "version": version });
    let question = app.question_id("services.site_inspection.rated_load");
    let answers = app.url(&format!("/api/requests/{id}/answers"));
    let answer = |value: Value| json!({ "version": accepted["version"], "answers": [{ "question": question, "value": value }] });
    // Not a number, a number too precise, and a yes to a measurement are refused.
    for bad in [
        json!({ "kind": "measurement", "value": "12 t" }),
        json!({ "kind": "measurement", "value": "0.00001" }),
    ] {
        let (status, body) = call(&klaus, "PUT", answers.clone(), answer(bad)).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    }
    let (status, body) = call(
        &klaus,
        "PUT",
        answers.clone(),
        answer(json!({ "kind": "yes" })),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(
        fields(&body),
        [("answers[0].value".to_owned(), "wrong_kind".to_owned())]
    );
    // Typed with a comma, kept in one form, shown with the unit's symbol.
    let (status, body) = call(
        &klaus,
        "PUT",
        answers,
        answer(json!({ "kind": "measurement", "value": "012,50" })),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (_, view) = call(
        &klaus,
        "GET",
        app.url(&format!("/api/requests/{id}?language=de")),
        Value::Null,
    )
    .await;
    let asked = &view["questions"][0];
    assert_eq!(asked["answer_type"], "measurement");
    assert_eq!(asked["unit"], "tonne");
    assert_eq!(
        asked["answer"]["value"],
        json!({ "kind": "measurement", "value": "12.5" })
    );
    assert_eq!(asked["answer_label"], "12.5 t");
    // The catalogue names the unit of its measurement questions.
    let (_, catalogue) = call(
        &klaus,
        "GET",
        app.url("/api/catalogue?language=de"),
        Value::Null,
    )
    .await;
    let units: Vec<String> = catalogue["areas"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|a| a["topics"].as_array().unwrap().clone())
        .flat_map(|t| t["questions"].as_array().unwrap().clone())
        .filter(|q| q["answer"] == "measurement")
        .map(|q| q["unit"].as_str().unwrap().to_owned())
        .collect();
    assert!(
        units.contains(&"tonne".to_owned()) && units.contains(&"degree_celsius".to_owned()),
        "{units:?}"
    );
});

db_test!(only_an_inspection_has_a_report, |app| {
    let liga = app.user(LIGA_LV).await;
    let klaus = app.user(KLAUS_DE).await;
    // An information request (no kind given) is answered without any report.
    let draft = json!({
        "area": "services",
        "responder": app.authority_id(BERLIN).await,
        "subject": { "name": "Bau & Kran GmbH" },
        "questions": [{ "question": app.question_id("services.checks.inspection_result") }],
        "requested_date": "2099-01-31",
    });
    let (id, version) = app.sent_and_accepted(&liga, &klaus, draft).await;
    let accepted = json!({ "version": version });
    let (_, view) = call(
        &liga,
        "GET",
        app.url(&format!("/api/requests/{id}")),
        Value::Null,
    )
    .await;
    assert_eq!(view["kind"], "information");
    let (status, refused) = call(
        &klaus,
        "PUT",
        app.url(&format!("/api/requests/{id}/report")),
        json!({ "version": accepted["version"], "report": {} }),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    assert_eq!(
        fields(&refused),
        [("kind".to_owned(), "wrong_kind".to_owned())]
    );
    // A kind that does not exist is refused with the draft.
    let (status, _) = call(
        &liga,
        "POST",
        app.url("/api/requests"),
        json!({ "kind": "audit", "area": "services" }),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
});

db_test!(
    the_report_is_erased_with_the_requests_personal_data,
    |app| {
        use backend::entities::{inspection_report, request};
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        let liga = app.user(LIGA_LV).await;
        let klaus = app.user(KLAUS_DE).await;
        let (id, version) = accepted_inspection(&app, &liga, &klaus).await;
        let (status, _) = call(
            &klaus,
            "PUT",
            app.url(&format!("/api/requests/{id}/report")),
            json!({ "version": version, "report": {
                "place": "Baustelle Friedrichstraße 12",
                "signatures": [signature("Klaus Becker", "inspector")],
            }}),
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        let db = &app.server.state.db;
        let kept = || async {
            inspection_report::Entity::find()
                .filter(inspection_report::Column::RequestId.eq(id as i32))
                .all(db)
                .await
                .unwrap()
                .len()
        };
        assert_eq!(kept().await, 1);
        // Closed years ago, the retention job erases the request's personal data: the report goes.
        let long_ago = chrono::Utc::now().date_naive() - chrono::Duration::days(3650);
        request::Entity::update_many()
            .col_expr(
                request::Column::State,
                sea_orm::sea_query::Expr::value("closed"),
            )
            .col_expr(
                request::Column::EndedOn,
                sea_orm::sea_query::Expr::value(long_ago.to_string()),
            )
            .filter(request::Column::Id.eq(id as i32))
            .exec(db)
            .await
            .unwrap();
        // As the app's own schedule runs it, waiting out a run of that schedule's.
        let state = &app.server.state;
        let mut ran = false;
        for _ in 0..200 {
            let run = backend::services::retention::run(state, false);
            if !state.live.unit(run).await.unwrap().skipped {
                ran = true;
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        assert!(ran, "the retention lease was never free");
        assert_eq!(kept().await, 0);
    }
);

db_test!(
    those_present_are_found_by_a_data_subject_search_once_held,
    |app| {
        // Anna's authority asks; its local data administrator, Ilze, answers data subjects.
        let anna = app.user(imi_tests::ANNA).await;
        let klaus = app.user(KLAUS_DE).await;
        let ilze = app.user(imi_tests::ILZE_LV).await;
        let (id, version) = inspection_from(&app, &anna, &klaus).await;
        let (status, saved) = call(
            &klaus,
            "PUT",
            app.url(&format!("/api/requests/{id}/report")),
            json!({ "version": version, "report": {
                "inspected_on": chrono::Utc::now().date_naive().to_string(),
                "place": "Baustelle Friedrichstraße 12",
                "signatures": [
                    signature("Klaus Becker", "inspector"),
                    { "name": "Jörg Kranz", "role": "witness", "mark": { "kind": "refused" } },
                ],
            }}),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{saved}");
        let search = || async {
            let (status, found) = call(
                &ilze,
                "POST",
                app.url("/api/data-subjects/search"),
                json!({ "name": "jorg kranz", "reason": "Auskunftsersuchen vom 2026-12-07" }),
            )
            .await;
            assert_eq!(status, StatusCode::OK, "{found}");
            found["rows"]
                .as_array()
                .unwrap()
                .iter()
                .map(|row| row["id"].as_i64().unwrap())
                .collect::<Vec<_>>()
        };
        // Before the answer, the report is Klaus's alone: Anna's authority holds no name of it.
        assert!(!search().await.contains(&id));

        let answered = save_answers(&app, &klaus, id, |questions| json!([
            { "question": questions[0], "value": { "kind": "yes" } },
            { "question": questions[1], "value": { "kind": "choice", "option": "inspection_result.passed" } },
        ]))
        .await;
        let (status, sent) = send_answer(&app, &klaus, id, &answered["version"]).await;
        assert_eq!(status, StatusCode::OK, "{sent}");

        // Answered, the request holds the witness's name for Anna's authority too: found by it
        // (though the request is about a company), and reported as one present on site.
        assert_eq!(search().await, vec![id]);
        let (status, report) = call(
            &ilze,
            "POST",
            app.url("/api/data-subjects/report"),
            json!({ "name": "Jörg Kranz", "reason": "Auskunftsersuchen vom 2026-12-07",
                    "language": "de", "requests": [id] }),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{report}");
        let present: Vec<&str> = report["entries"][0]["data"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|item| item["field"] == "inspection_present")
            .map(|item| item["value"].as_str().unwrap())
            .collect();
        assert_eq!(present, ["Klaus Becker", "Jörg Kranz"], "{report}");
    }
);
