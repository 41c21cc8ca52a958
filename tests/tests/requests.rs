//! Information requests through the HTTP API, on SQLite and PostgreSQL: every transition of
//! the state machine, every kind of refusal, need-to-know, concurrency, and bad input.

use imi_tests::{ANA_PT, ANNA, JANIS_LV, KARI_NO, MARI_EE, TestApp, db_test};
use reqwest::{Client, StatusCode};
use serde_json::{Value, json};

const DIPLOMA_AUTHENTIC: &str = "professional_qualifications.diploma.authenticity";
const AWARDED_TO: &str = "professional_qualifications.diploma.awarded_to";
const AWARD_DATE: &str = "professional_qualifications.diploma.award_date";
const ATTESTED: &str = "professional_qualifications.diploma.qualification_attested";

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
        .expect("the server answers");
    let status = response.status();
    let body = if status == StatusCode::NO_CONTENT {
        Value::Null
    } else {
        response.json().await.expect("a JSON body")
    };
    (status, body)
}

async fn get(client: &Client, url: String) -> (StatusCode, Value) {
    let response = client.get(url).send().await.expect("the server answers");
    let status = response.status();
    (status, response.json().await.expect("a JSON body"))
}

/// A complete draft from the Latvian health inspectorate to the Portuguese medical
/// association about a doctor's diploma (the source document's first case).
async fn doctor_draft(app: &TestApp) -> Value {
    json!({
        "area": "professional_qualifications",
        "responder": app.authority_id("Ordem dos Médicos").await,
        "subject": { "name": "João Silva", "identifier": "OM 54321", "birth_date": "1980-04-02" },
        "questions": [
            { "question": app.question_id(DIPLOMA_AUTHENTIC) },
            { "question": app.question_id(AWARDED_TO),
              "values": { "PersonName": "João Silva", "DateOfBirth": "1980-04-02" } },
            { "question": app.question_id(AWARD_DATE) },
            { "question": app.question_id(ATTESTED) },
        ],
        "comment": { "text": "Lūdzu, pārbaudiet diplomu.", "language": "lv" },
        "requested_date": "2099-01-31",
    })
}

struct Flow {
    id: i64,
    version: i64,
}

impl Flow {
    fn url(&self, app: &TestApp, rest: &str) -> String {
        app.url(&format!("/api/requests/{}{rest}", self.id))
    }

    async fn act(&mut self, app: &TestApp, client: &Client, action: Value) -> (StatusCode, Value) {
        let mut body = json!({ "version": self.version, "action": action });
        if let Some(note) = action.get("note") {
            body["note"] = note.clone();
            body["action"].as_object_mut().unwrap().remove("note");
        }
        let (status, body) = send_json(
            client,
            reqwest::Method::POST,
            self.url(app, "/actions"),
            body,
        )
        .await;
        if status == StatusCode::OK {
            self.version = body["version"].as_i64().unwrap();
        }
        (status, body)
    }

    async fn view(&self, app: &TestApp, client: &Client, language: &str) -> Value {
        let (status, body) = get(client, self.url(app, &format!("?language={language}"))).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        body
    }
}

async fn new_draft(app: &TestApp, client: &Client, draft: Value) -> Flow {
    let (status, body) = send_json(
        client,
        reqwest::Method::POST,
        app.url("/api/requests"),
        draft,
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(body["state"], "draft");
    Flow {
        id: body["id"].as_i64().unwrap(),
        version: body["version"].as_i64().unwrap(),
    }
}

/// A request sent by Anna (LV) to Ana (PT): (flow, Anna's client, Ana's client).
async fn sent_request(app: &TestApp) -> (Flow, Client, Client) {
    let anna = app.user(ANNA).await;
    let ana = app.user(ANA_PT).await;
    let mut flow = new_draft(app, &anna, doctor_draft(app).await).await;
    let (status, body) = flow.act(app, &anna, json!({ "action": "send" })).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["state"], "awaiting_acceptance");
    (flow, anna, ana)
}

fn answers(app: &TestApp) -> Value {
    json!([
        { "question": app.question_id(DIPLOMA_AUTHENTIC),
          "value": { "kind": "choice", "option": "document_authenticity.authentic" } },
        { "question": app.question_id(AWARDED_TO), "value": { "kind": "yes" },
          "comment": { "text": "Confirmado no registo.", "language": "pt" } },
        { "question": app.question_id(AWARD_DATE),
          "value": { "kind": "date", "date": "2005-07-15" } },
        { "question": app.question_id(ATTESTED),
          "value": { "kind": "text", "text": { "text": "Médico especialista em cardiologia.", "language": "pt" } } },
    ])
}

fn kinds(view: &Value) -> Vec<String> {
    view["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|event| event["kind"].as_str().unwrap().to_owned())
        .collect()
}

db_test!(a_request_travels_from_draft_to_closed, |app| {
    let (mut flow, anna, ana) = sent_request(&app).await;

    // Before accepting, the responder sees the questions but not who they are about.
    let before = flow.view(&app, &ana, "pt").await;
    assert_eq!(before["side"], "responding");
    assert_eq!(before["personal_data_hidden"], true);
    assert_eq!(before["subject"], Value::Null);
    let awarded = &before["questions"][1];
    assert!(
        awarded["segments"]
            .as_array()
            .unwrap()
            .iter()
            .all(|segment| segment["kind"] != "value"),
        "placeholder values are personal data: {awarded}"
    );
    assert_eq!(before["actions"], json!(["accept", "forward"]));

    let (status, body) = flow
        .act(
            &app,
            &ana,
            json!({ "action": "accept", "deadline": "as_requested" }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["state"], "accepted");

    // Accepted: the responder reads everything, in Portuguese, with the values as typed.
    let accepted = flow.view(&app, &ana, "pt").await;
    assert_eq!(accepted["subject"]["name"], "João Silva");
    assert_eq!(accepted["deadline"], "2099-01-31");
    let text: String = accepted["questions"][1]["segments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().or(s["value"].as_str()).unwrap_or(""))
        .collect();
    assert!(
        text.contains("João Silva") && text.contains("1980-04-02"),
        "{text}"
    );
    assert!(text.contains("diploma"), "rendered in Portuguese: {text}");
    assert_eq!(accepted["comment"]["language"], "lv");

    // Answers are saved as the responder goes, then sent.
    let (status, body) = send_json(
        &ana,
        reqwest::Method::PUT,
        flow.url(&app, "/answers"),
        json!({ "version": flow.version, "answers": answers(&app) }),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    flow.version = body["version"].as_i64().unwrap();
    // The requester does not see an answer that is not sent.
    let waiting = flow.view(&app, &anna, "lv").await;
    assert_eq!(waiting["questions"][0]["answer"], Value::Null);

    let (status, body) = flow.act(&app, &ana, json!({ "action": "answer" })).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["state"], "answered");

    // The requester reads the answer in Latvian: fixed parts translated, free text tagged.
    let answered = flow.view(&app, &anna, "lv").await;
    assert_eq!(answered["questions"][1]["answer_label"], "Jā");
    assert_eq!(
        answered["questions"][1]["answer"]["comment"]["language"],
        "pt"
    );
    assert_eq!(answered["questions"][2]["answer_label"], "2005-07-15");
    assert_eq!(
        answered["questions"][3]["answer"]["value"]["text"]["language"],
        "pt"
    );
    assert_eq!(
        answered["actions"],
        json!(["request_clarification", "close"])
    );

    // Clarification goes back to the responder, who answers again.
    let (status, body) = flow
        .act(
            &app,
            &anna,
            json!({ "action": "request_clarification",
                    "note": { "text": "Kurā specialitātē?", "language": "lv" } }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["state"], "accepted");
    let (status, body) = flow.act(&app, &ana, json!({ "action": "answer" })).await;
    assert_eq!(status, StatusCode::OK, "{body}");

    let (status, body) = flow
        .act(
            &app,
            &anna,
            json!({ "action": "close", "timeliness": "positive", "effort": "neutral" }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["state"], "closed");
    let closed = flow.view(&app, &anna, "lv").await;
    assert_eq!(closed["timeliness"], "positive");
    assert_eq!(closed["actions"], json!([]));
    assert_eq!(
        kinds(&closed),
        [
            "created",
            "sent",
            "accepted",
            "answered",
            "clarification_requested",
            "answered",
            "closed"
        ]
    );
    assert_eq!(closed["timeline"][4]["note"]["language"], "lv");
    assert_eq!(closed["timeline"][2]["authority"]["country"], "PT");
});

db_test!(forbidden_actions_are_refused_with_their_codes, |app| {
    let (mut flow, anna, ana) = sent_request(&app).await;
    // Wrong side: the requester cannot accept its own request.
    let (status, body) = flow
        .act(
            &app,
            &anna,
            json!({ "action": "accept", "deadline": "as_requested" }),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    assert_eq!(body["code"], "forbidden");
    // Wrong side: the responder cannot withdraw.
    let (status, _) = flow.act(&app, &ana, json!({ "action": "withdraw" })).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // Wrong state: nothing to answer before accepting.
    let (status, body) = flow.act(&app, &ana, json!({ "action": "answer" })).await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert_eq!(body["code"], "invalid_transition");
    assert_eq!(body["current_state"], "awaiting_acceptance");
    // Bad data: a proposed deadline of 0 days.
    let (status, body) = flow
        .act(
            &app,
            &ana,
            json!({ "action": "accept", "deadline": { "propose_days": 0 } }),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["fields"][0]["code"], "out_of_range");
    assert_eq!(
        body["fields"][0]["params"],
        json!({ "min": 1, "max": 365 }),
        "{body}"
    );
    // Asking for information needs the question.
    let (status, _) = flow
        .act(
            &app,
            &ana,
            json!({ "action": "accept", "deadline": { "propose_days": 10 } }),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = flow
        .act(&app, &ana, json!({ "action": "request_info" }))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["fields"][0]["field"], "note.text");
    // Answering with questions unanswered lists each.
    let (status, body) = flow.act(&app, &ana, json!({ "action": "answer" })).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["fields"].as_array().unwrap().len(), 4);
    assert_eq!(body["fields"][0]["code"], "missing");
    // A stale version is a conflict, not a silent overwrite.
    let stale = flow.version - 1;
    let (status, body) = send_json(
        &ana,
        reqwest::Method::POST,
        flow.url(&app, "/actions"),
        json!({ "version": stale, "action": { "action": "request_info" },
                "note": { "text": "Mais dados?", "language": "pt" } }),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert_eq!(body["current_state"], "accepted");
    // Withdrawn and closed requests take no action at all.
    let mut other = new_draft(&app, &anna, doctor_draft(&app).await).await;
    other.act(&app, &anna, json!({ "action": "send" })).await;
    let (status, body) = other
        .act(&app, &anna, json!({ "action": "withdraw" }))
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["state"], "withdrawn");
    let (status, body) = other
        .act(
            &app,
            &ana,
            json!({ "action": "accept", "deadline": "as_requested" }),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body["current_state"], "withdrawn");
    // Never accepted, so its personal data stays hidden from the responder after withdrawal.
    let withdrawn = other.view(&app, &ana, "pt").await;
    assert_eq!(withdrawn["subject"], Value::Null);
    assert_eq!(withdrawn["personal_data_hidden"], true);
});

db_test!(exactly_one_of_two_concurrent_actions_wins, |app| {
    let (flow, _anna, ana) = sent_request(&app).await;
    // Two handlers of the same authority accept at the same moment.
    let second = app.user(ANA_PT).await;
    let body = json!({ "version": flow.version,
                       "action": { "action": "accept", "deadline": "as_requested" } });
    let url = flow.url(&app, "/actions");
    let (one, two) = tokio::join!(
        ana.post(url.clone()).json(&body).send(),
        second.post(url.clone()).json(&body).send()
    );
    let mut statuses = [one.unwrap().status(), two.unwrap().status()];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::OK, StatusCode::CONFLICT]);
    let view = flow.view(&app, &ana, "pt").await;
    assert_eq!(
        kinds(&view).iter().filter(|k| *k == "accepted").count(),
        1,
        "nothing of the losing action is stored"
    );
    // A race between withdrawing and accepting: one of them, never both.
    let (flow, anna, ana) = sent_request(&app).await;
    let accept = json!({ "version": flow.version,
                         "action": { "action": "accept", "deadline": "as_requested" } });
    let withdraw = json!({ "version": flow.version, "action": { "action": "withdraw" } });
    let url = flow.url(&app, "/actions");
    let (one, two) = tokio::join!(
        ana.post(url.clone()).json(&accept).send(),
        anna.post(url.clone()).json(&withdraw).send()
    );
    let mut statuses = [one.unwrap().status(), two.unwrap().status()];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::OK, StatusCode::CONFLICT]);
});

db_test!(only_the_parties_see_a_request, |app| {
    let anna = app.user(ANNA).await;
    let draft = new_draft(&app, &anna, doctor_draft(&app).await).await;
    // A draft is the requester's alone.
    let ana = app.user(ANA_PT).await;
    let (status, body) = get(&ana, draft.url(&app, "")).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{body}");
    let (mut flow, _, _) = sent_request(&app).await;
    // Another country's authority: the request does not exist for it.
    let mari = app.user(MARI_EE).await;
    for url in [flow.url(&app, ""), app.url("/api/requests/999999")] {
        let (status, body) = get(&mari, url).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert_eq!(body["code"], "not_found");
    }
    let (status, _) = flow
        .act(
            &app,
            &mari,
            json!({ "action": "accept", "deadline": "as_requested" }),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // The Latvian coordinator sees it, without personal data, and may not move it: Portugal
    // holds it (a coordinator re-routes only what its own country holds).
    let janis = app.user(JANIS_LV).await;
    let view = flow.view(&app, &janis, "lv").await;
    assert_eq!(view["side"], "coordinator");
    assert_eq!(view["subject"], Value::Null);
    assert_eq!(view["actions"], json!([]));
    let own = app.authority_id("Ekonomikas ministrija").await;
    for to in [json!({ "authority": own }), json!({ "coordinator": own })] {
        let (status, body) = flow
            .act(&app, &janis, json!({ "action": "forward", "to": to }))
            .await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    }
    // Without a session nothing is visible.
    let (status, _) = get(&Client::new(), flow.url(&app, "")).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
});

db_test!(bad_drafts_are_refused_field_by_field, |app| {
    let anna = app.user(ANNA).await;
    let (_, list) = get(&anna, app.url("/api/requests?box=drafts")).await;
    let drafts_before = list["total"].as_u64().unwrap();
    let mut draft = doctor_draft(&app).await;
    draft["questions"] = json!([
        { "question": 999_999 },
        { "question": app.question_id(AWARDED_TO),
          "values": { "PersonName": "João Silva", "DateOfBirth": "1980-02-30", "Nope": "x" } },
        { "question": app.question_id("services.identity.company_registered") },
    ]);
    let (status, body) = send_json(
        &anna,
        reqwest::Method::POST,
        app.url("/api/requests"),
        draft,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let fields: Vec<(String, String)> = body["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["field"].as_str().unwrap().to_owned(),
                f["code"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert!(
        fields.contains(&("questions[0].question".into(), "unknown".into())),
        "{fields:?}"
    );
    assert!(
        fields
            .iter()
            .any(|(f, _)| f == "questions[1].values.DateOfBirth"),
        "{fields:?}"
    );
    assert!(
        fields.contains(&("questions[1].values.Nope".into(), "unexpected".into())),
        "{fields:?}"
    );
    assert!(
        fields.contains(&("questions[2].question".into(), "other_area".into())),
        "{fields:?}"
    );
    // A responder that does not handle the area.
    let mut draft = doctor_draft(&app).await;
    draft["responder"] = json!(
        app.authority_id("Direktoratet for samfunnssikkerhet og beredskap")
            .await
    );
    draft["area"] = json!("ecommerce");
    draft["questions"] = json!([]);
    let (status, body) = send_json(
        &anna,
        reqwest::Method::POST,
        app.url("/api/requests"),
        draft,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(
        body["fields"][0],
        json!({ "field": "responder", "code": "area_not_handled" })
    );
    // Missing fields: a body without the area is malformed.
    let (status, body) = send_json(
        &anna,
        reqwest::Method::POST,
        app.url("/api/requests"),
        json!({}),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["code"], "malformed_json");
    // An incomplete draft is stored, but cannot be sent; each gap is named.
    let mut flow = new_draft(
        &app,
        &anna,
        json!({ "area": "professional_qualifications",
                "questions": [{ "question": app.question_id(AWARDED_TO) }] }),
    )
    .await;
    let (status, body) = flow.act(&app, &anna, json!({ "action": "send" })).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let fields: Vec<&str> = body["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert_eq!(
        fields,
        [
            "responder",
            "subject.name",
            "questions[0].values.PersonName",
            "questions[0].values.DateOfBirth",
            "requested_date"
        ]
    );
    // Nothing was stored by the refused calls: one draft more than before.
    let (_, list) = get(&anna, app.url("/api/requests?box=drafts")).await;
    assert_eq!(list["total"].as_u64().unwrap(), drafts_before + 1);
});

db_test!(drafts_are_saved_reused_and_deleted, |app| {
    let anna = app.user(ANNA).await;
    let mut flow = new_draft(
        &app,
        &anna,
        json!({ "area": "professional_qualifications" }),
    )
    .await;
    let complete = doctor_draft(&app).await;
    let (status, body) = send_json(
        &anna,
        reqwest::Method::PUT,
        flow.url(&app, ""),
        json!({ "version": flow.version, "draft": complete }),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    flow.version = body["version"].as_i64().unwrap();
    // The stored draft comes back as it was saved, ready to edit or to copy.
    let view = flow.view(&app, &anna, "lv").await;
    assert_eq!(view["draft"]["subject"]["name"], "João Silva");
    assert_eq!(view["draft"]["questions"].as_array().unwrap().len(), 4);
    assert_eq!(view["actions"], json!(["edit", "delete", "send"]));
    // Saving on an older version is refused.
    let (status, _) = send_json(
        &anna,
        reqwest::Method::PUT,
        flow.url(&app, ""),
        json!({ "version": flow.version - 1, "draft": complete }),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    let (status, body) = flow.act(&app, &anna, json!({ "action": "delete" })).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["state"], Value::Null);
    let (status, _) = get(&anna, flow.url(&app, "")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // A sent request cannot be edited any more.
    let (sent, anna, _) = sent_request(&app).await;
    let (status, body) = send_json(
        &anna,
        reqwest::Method::PUT,
        sent.url(&app, ""),
        json!({ "version": sent.version, "draft": complete }),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
});

db_test!(forward_split_off_and_information, |app| {
    let (mut flow, anna, ana) = sent_request(&app).await;
    // Forwarding to an authority that does not handle the area is refused.
    let dsb = app
        .authority_id("Direktoratet for samfunnssikkerhet og beredskap")
        .await;
    let (status, body) = flow
        .act(&app, &ana, json!({ "action": "forward", "to": { "authority": app.authority_id("Veselības inspekcija").await } }))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(
        body["fields"][0],
        json!({ "field": "to", "code": "not_allowed" }),
        "not back to the requester"
    );
    // Forwarded to the Norwegian directorate, which now holds it and must accept it afresh.
    let (status, body) = flow
        .act(
            &app,
            &ana,
            json!({ "action": "forward", "to": { "authority": dsb } }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["state"], "awaiting_acceptance");
    let (status, _) = get(&ana, flow.url(&app, "")).await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "the old holder no longer sees it"
    );
    let kari = app.user(KARI_NO).await;
    let view = flow.view(&app, &kari, "nb").await;
    assert_eq!(view["responder"]["country"], "NO");
    assert_eq!(view["timeline"][2]["other"]["id"], dsb);
    flow.act(
        &app,
        &kari,
        json!({ "action": "accept", "deadline": "as_requested" }),
    )
    .await;
    // Split off two questions to the Portuguese association again.
    let om = app.authority_id("Ordem dos Médicos").await;
    let moving = [app.question_id(AWARD_DATE), app.question_id(ATTESTED)];
    let (status, body) = flow
        .act(
            &app,
            &kari,
            json!({ "action": "split_off", "questions": moving, "to": om }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let created = body["created"].as_i64().expect("a new request");
    let view = flow.view(&app, &kari, "nb").await;
    assert_eq!(view["questions"].as_array().unwrap().len(), 2);
    let (_, new) = get(&ana, app.url(&format!("/api/requests/{created}"))).await;
    assert_eq!(new["state"], "awaiting_acceptance");
    assert_eq!(new["questions"].as_array().unwrap().len(), 2);
    assert_eq!(new["requester"]["country"], "LV");
    // Splitting off every question is refused: some must remain.
    let all = [
        app.question_id(DIPLOMA_AUTHENTIC),
        app.question_id(AWARDED_TO),
    ];
    let (status, _) = flow
        .act(
            &app,
            &kari,
            json!({ "action": "split_off", "questions": all, "to": om }),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    // Information requested and provided.
    let (status, body) = flow
        .act(
            &app,
            &kari,
            json!({ "action": "request_info",
             "note": { "text": "Hvilket fødselsnummer?", "language": "nb" } }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["state"], "info_requested");
    let (status, body) = flow
        .act(
            &app,
            &anna,
            json!({ "action": "provide_info",
             "note": { "text": "Personas kods 020480-12345.", "language": "lv" } }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["state"], "accepted");
    // Messages go to the timeline without changing the version.
    let (status, _) = send_json(
        &anna,
        reqwest::Method::POST,
        flow.url(&app, "/messages"),
        json!({ "text": { "text": "Paldies!", "language": "lv" } }),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let view = flow.view(&app, &kari, "nb").await;
    assert_eq!(view["version"], flow.version);
    assert_eq!(kinds(&view).last().unwrap(), "message");
});

db_test!(the_overview_filters_sorts_and_counts, |app| {
    let anna = app.user(ANNA).await;
    let (_, before) = get(&anna, app.url("/api/requests/counts")).await;
    let (first, anna, ana) = sent_request(&app).await;
    let (mut second, _, _) = sent_request(&app).await;
    new_draft(
        &app,
        &anna,
        json!({ "area": "professional_qualifications" }),
    )
    .await;
    second
        .act(
            &app,
            &ana,
            json!({ "action": "accept", "deadline": "as_requested" }),
        )
        .await;
    let (_, after) = get(&anna, app.url("/api/requests/counts")).await;
    let grew = |name: &str| after[name].as_u64().unwrap() - before[name].as_u64().unwrap();
    assert_eq!(grew("awaiting"), 2);
    assert_eq!(grew("drafts"), 1);
    let (_, theirs) = get(&ana, app.url("/api/requests/counts")).await;
    assert!(theirs["to_accept"].as_u64().unwrap() >= 1);
    assert!(theirs["to_answer"].as_u64().unwrap() >= 1);

    let (status, page) = get(
        &ana,
        app.url("/api/requests?box=to_accept&country=LV&area=professional_qualifications"),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{page}");
    let ids: Vec<i64> = page["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_i64().unwrap())
        .collect();
    assert!(
        ids.contains(&first.id) && !ids.contains(&second.id),
        "{ids:?}"
    );
    let row = page["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == first.id)
        .unwrap();
    assert_eq!(row["questions"], 4);
    // By number, as users type it.
    let number = first.view(&app, &ana, "pt").await["number"]
        .as_str()
        .unwrap()
        .to_owned();
    let (_, page) = get(&ana, app.url(&format!("/api/requests?number={number}"))).await;
    assert_eq!(page["total"], 1);
    assert_eq!(page["rows"][0]["id"], first.id);
    // Another country on the other side filters them out.
    let (_, page) = get(&ana, app.url("/api/requests?box=to_accept&country=EE")).await;
    assert!(
        !page["rows"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["id"] == first.id)
    );
    // Bad filters name themselves.
    for (query, field) in [
        ("box=inbox", "box"),
        ("state=lost", "state"),
        ("country=US", "country"),
        ("from=2026-13-01", "from"),
        ("sort=random", "sort"),
        ("per_page=1000", "per_page"),
    ] {
        let (status, body) = get(&ana, app.url(&format!("/api/requests?{query}"))).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{query}");
        assert_eq!(body["fields"][0]["field"], field, "{query}");
    }
});

const PDF: &[u8] =
    b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

async fn upload(
    app: &TestApp,
    client: &Client,
    flow: &Flow,
    query: &str,
    bytes: Vec<u8>,
) -> (StatusCode, Value) {
    let response = client
        .post(flow.url(app, &format!("/attachments?{query}")))
        .header("content-type", "application/pdf")
        .body(bytes)
        .send()
        .await
        .expect("the server answers");
    let status = response.status();
    (status, response.json().await.expect("a JSON body"))
}

db_test!(
    attachments_are_checked_stored_and_shown_on_need_to_know,
    |app| {
        let (mut flow, anna, ana) = sent_request(&app).await;
        // Nobody attaches to a request waiting for acceptance.
        let (status, _) = upload(&app, &ana, &flow, "name=x.pdf", PDF.to_vec()).await;
        assert_eq!(status, StatusCode::CONFLICT);
        flow.act(
            &app,
            &ana,
            json!({ "action": "accept", "deadline": "as_requested" }),
        )
        .await;
        let question = app.question_id(DIPLOMA_AUTHENTIC);
        // The type comes from the content, not from the name or the declared type.
        let (status, body) = upload(
            &app,
            &ana,
            &flow,
            "name=diploma.pdf",
            b"MZ\x90\0\x03 an executable in disguise".to_vec(),
        )
        .await;
        assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE, "{body}");
        assert_eq!(body["code"], "unsupported_file_type");
        let (status, body) = upload(&app, &ana, &flow, "name=empty.pdf", Vec::new()).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(
            body["fields"][0],
            json!({ "field": "file", "code": "empty" })
        );
        let (status, body) = upload(
            &app,
            &ana,
            &flow,
            "name=x.pdf&question=999999",
            PDF.to_vec(),
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        // Larger than the limit (20 MiB): refused before it is stored. The server stops
        // reading and closes that connection, so this upload gets a connection of its own.
        let once = app.user(ANA_PT).await;
        let (status, body) = upload(
            &app,
            &once,
            &flow,
            "name=big.pdf",
            [PDF, &vec![b' '; 21 * 1024 * 1024]].concat(),
        )
        .await;
        assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{body}");
        let (status, stored) = upload(
            &app,
            &ana,
            &flow,
            &format!("name=..%2F..%2FDiploma%20Jo%C3%A3o.pdf&question={question}"),
            PDF.to_vec(),
        )
        .await;
        assert_eq!(status, StatusCode::CREATED, "{stored}");
        assert_eq!(stored["file_name"], "Diploma João.pdf");
        assert_eq!(stored["content_type"], "application/pdf");
        let attachment = stored["id"].as_i64().unwrap();

        // Both parties download it, byte for byte (as stored, even for a client that takes
        // compressed answers); others get 404.
        for client in [&ana, &anna] {
            let response = client
                .get(app.url(&format!("/api/attachments/{attachment}")))
                .header("accept-encoding", "gzip, br")
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), StatusCode::OK);
            assert!(response.headers().get("content-encoding").is_none());
            assert_eq!(response.headers()["content-type"], "application/pdf");
            let disposition = response.headers()["content-disposition"]
                .to_str()
                .unwrap()
                .to_owned();
            assert!(
                disposition.contains("filename*=UTF-8''Diploma%20Jo%C3%A3o.pdf"),
                "{disposition}"
            );
            assert_eq!(response.bytes().await.unwrap().as_ref(), PDF);
        }
        let mari = app.user(MARI_EE).await;
        let response = mari
            .get(app.url(&format!("/api/attachments/{attachment}")))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::NOT_FOUND);
        let view = flow.view(&app, &anna, "lv").await;
        assert_eq!(view["attachments"][0]["question"], question);
        flow.view(&app, &ana, "pt").await;
        assert_eq!(kinds(&view).last().unwrap(), "attachment_added");
        // The upload and both downloads are in the audit log.
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        let audit = backend::entities::audit_log::Entity::find()
            .filter(backend::entities::audit_log::Column::RequestId.eq(flow.id as i32))
            .all(&app.server.state.db)
            .await
            .unwrap();
        let actions: Vec<&str> = audit.iter().map(|a| a.action.as_str()).collect();
        assert_eq!(
            actions.iter().filter(|a| **a == "download").count(),
            2,
            "{actions:?}"
        );
        assert!(
            actions.contains(&"upload") && actions.contains(&"action:accept"),
            "{actions:?}"
        );
        assert!(actions.contains(&"view_personal_data"), "{actions:?}");
    }
);

db_test!(a_document_answer_needs_its_document, |app| {
    let (mut flow, _anna, ana) = sent_request(&app).await;
    flow.act(
        &app,
        &ana,
        json!({ "action": "accept", "deadline": "as_requested" }),
    )
    .await;
    // `document_attached` on a question without a document is refused.
    let mut all = answers(&app);
    all[2]["value"] = json!({ "kind": "unknown" });
    all[1]["value"] = json!({ "kind": "document_attached" });
    let (status, body) = send_json(
        &ana,
        reqwest::Method::PUT,
        flow.url(&app, "/answers"),
        json!({ "version": flow.version, "answers": all }),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let codes: Vec<&str> = body["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert!(
        codes.contains(&"wrong_kind") && codes.contains(&"no_attachment"),
        "{codes:?}"
    );
});

db_test!(pages_of_both_sides_merge_in_order_without_gaps, |app| {
    // Anna's authority both asks (the demo) and answers (a request from Portugal).
    let ana = app.user(ANA_PT).await;
    let mut incoming = doctor_draft(&app).await;
    incoming["responder"] = json!(app.authority_id("Veselības inspekcija").await);
    let mut flow = new_draft(&app, &ana, incoming).await;
    flow.act(&app, &ana, json!({ "action": "send" })).await;
    let (mut mine, anna, _) = sent_request(&app).await;
    mine.act(&app, &anna, json!({ "action": "withdraw" })).await;
    for sort in ["updated_desc", "updated_asc", "deadline_asc", "number_desc"] {
        let (status, whole) = get(
            &anna,
            app.url(&format!("/api/requests?box=all&sort={sort}&per_page=100")),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{whole}");
        let whole: Vec<i64> = whole["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_i64().unwrap())
            .collect();
        assert!(
            whole.contains(&flow.id) && whole.contains(&mine.id),
            "{sort}: {whole:?}"
        );
        let mut paged = Vec::new();
        for page in 1.. {
            let (_, part) = get(
                &anna,
                app.url(&format!(
                    "/api/requests?box=all&sort={sort}&per_page=3&page={page}"
                )),
            )
            .await;
            let rows = part["rows"].as_array().unwrap().clone();
            if rows.is_empty() {
                break;
            }
            paged.extend(rows.iter().map(|r| r["id"].as_i64().unwrap()));
        }
        assert_eq!(paged, whole, "{sort}: pages of 3 add up to the whole list");
    }
    let (_, newest) = get(&anna, app.url("/api/requests?box=all&per_page=100")).await;
    let times: Vec<&str> = newest["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["updated_at"].as_str().unwrap())
        .collect();
    let mut sorted = times.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(times, sorted, "newest change first");
});

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn attachments_go_to_an_s3_bucket_when_one_is_configured() {
    let s3 = imi_tests::S3Server::start().await;
    let bucket = s3.bucket("imi-attachments").await;
    let app = imi_tests::spawn_app_with(imi_tests::Engine::Sqlite, |config| {
        s3.configure(config, &bucket)
    })
    .await;
    let (mut flow, _anna, ana) = sent_request(&app).await;
    flow.act(
        &app,
        &ana,
        json!({ "action": "accept", "deadline": "as_requested" }),
    )
    .await;
    let (status, stored) = upload(&app, &ana, &flow, "name=diploma.pdf", PDF.to_vec()).await;
    assert_eq!(status, StatusCode::CREATED, "{stored}");
    // The bytes are in the bucket, not on disk, and come back byte for byte.
    let listing = s3.keys(&bucket).await;
    assert!(listing.contains("<Key>attachments/"), "{listing}");
    assert!(
        std::fs::read_dir(&app.blobs.0).map_or(true, |mut dir| dir.next().is_none()),
        "nothing written to the attachments folder"
    );
    let response = ana
        .get(app.url(&format!("/api/attachments/{}", stored["id"])))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.bytes().await.unwrap().as_ref(), PDF);
}

/// Whether a row of the whole list passes a filter.
type Keep<'a> = Box<dyn Fn(&Value) -> bool + 'a>;

/// Every page of `query` (pages of `per_page`): the rows, and the `total` the first said.
async fn every_page(
    app: &TestApp,
    client: &Client,
    query: &str,
    per_page: u32,
) -> (Vec<Value>, u64) {
    let mut rows = Vec::new();
    let mut total = None;
    for page in 1.. {
        let (status, part) = get(
            client,
            app.url(&format!(
                "/api/requests?{query}&per_page={per_page}&page={page}"
            )),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{query}: {part}");
        total.get_or_insert(part["total"].as_u64().unwrap());
        let part = part["rows"].as_array().unwrap().clone();
        if part.is_empty() {
            break;
        }
        rows.extend(part);
    }
    (rows, total.unwrap_or(0))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_box_filter_and_sort_agrees_with_the_whole_list_sqlite() {
    every_box_filter_and_sort_agrees_with_the_whole_list(imi_tests::Engine::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_box_filter_and_sort_agrees_with_the_whole_list_postgres() {
    every_box_filter_and_sort_agrees_with_the_whole_list(imi_tests::Engine::Postgres).await;
}

/// The overview lists and counts each box by parts (a side and a state at a time, see
/// `services::requests::overview`): over months of the demo's history, every box with each
/// filter and sort, page by page, gives the rows and total that reading the whole list and
/// filtering it here gives.
async fn every_box_filter_and_sort_agrees_with_the_whole_list(engine: imi_tests::Engine) {
    let app = imi_tests::spawn_app_with(engine, |config| config.demo_history_months = 12).await;
    // The box's states on each side, written out here as the domain notes define the boxes,
    // independently of how the server splits its queries.
    fn in_box(which: &str, row: &Value) -> bool {
        let requesting = row["side"] == "requesting";
        let state = row["state"].as_str().unwrap();
        let open = [
            "awaiting_acceptance",
            "accepted",
            "info_requested",
            "answered",
        ];
        match which {
            "to_accept" => !requesting && state == "awaiting_acceptance",
            "to_answer" => {
                if requesting {
                    ["info_requested", "answered"].contains(&state)
                } else {
                    state == "accepted"
                }
            }
            "awaiting" => {
                if requesting {
                    ["awaiting_acceptance", "accepted"].contains(&state)
                } else {
                    ["info_requested", "answered"].contains(&state)
                }
            }
            "overdue" => row["overdue"] == true,
            "drafts" => requesting && state == "draft",
            "closed" => ["closed", "withdrawn"].contains(&state),
            "all" => {
                requesting || open.contains(&state) || ["closed", "withdrawn"].contains(&state)
            }
            other => panic!("{other}"),
        }
    }
    fn updated(row: &Value) -> chrono::DateTime<chrono::FixedOffset> {
        chrono::DateTime::parse_from_rfc3339(row["updated_at"].as_str().unwrap()).unwrap()
    }
    fn other_country(row: &Value) -> &str {
        let other = if row["side"] == "requesting" {
            &row["responder"]
        } else {
            &row["requester"]
        };
        other["country"].as_str().unwrap_or_default()
    }
    // Anna's inspectorate asks (the demo's history) and answers (one from Portugal, sent
    // and left waiting for acceptance).
    let ana = app.user(ANA_PT).await;
    let mut incoming = doctor_draft(&app).await;
    incoming["responder"] = json!(app.authority_id("Veselības inspekcija").await);
    let mut flow = new_draft(&app, &ana, incoming).await;
    flow.act(&app, &ana, json!({ "action": "send" })).await;
    let anna = app.user(ANNA).await;
    let (whole, total) = every_page(&app, &anna, "box=all&sort=number_desc", 100).await;
    assert_eq!(whole.len() as u64, total);
    assert!(whole.len() >= 20, "the demo's history: {}", whole.len());
    for side in ["requesting", "responding"] {
        assert!(whole.iter().any(|row| row["side"] == side), "{side}");
    }
    // Filters that each keep some of the rows and drop others.
    let area = whole[whole.len() / 2]["area"].as_str().unwrap().to_owned();
    let country = other_country(&whole[whole.len() / 3]).to_owned();
    let mut days: Vec<String> = whole
        .iter()
        .map(|row| updated(row).date_naive().to_string())
        .collect();
    days.sort();
    let (from, to) = (
        days[days.len() / 4].clone(),
        days[days.len() * 3 / 4].clone(),
    );
    let filters: Vec<(String, Keep<'_>)> = vec![
        (String::new(), Box::new(|_| true)),
        (
            format!("&area={area}"),
            Box::new(|row: &Value| row["area"] == area.as_str()),
        ),
        (
            format!("&country={country}"),
            Box::new(|row: &Value| other_country(row) == country),
        ),
        (
            "&state=closed".to_owned(),
            Box::new(|row: &Value| row["state"] == "closed"),
        ),
        (
            format!("&from={from}&to={to}"),
            Box::new(|row: &Value| {
                let day = updated(row).date_naive().to_string();
                from <= day && day <= to
            }),
        ),
        (
            format!("&number={}", flow.id),
            Box::new(|row: &Value| row["id"] == flow.id),
        ),
    ];
    for which in [
        "to_accept",
        "to_answer",
        "awaiting",
        "overdue",
        "drafts",
        "closed",
        "all",
    ] {
        for (filter, keep) in &filters {
            for sort in ["updated_desc", "updated_asc", "deadline_asc", "number_desc"] {
                let mut expected: Vec<&Value> = whole
                    .iter()
                    .filter(|row| in_box(which, row) && keep(row))
                    .collect();
                expected.sort_by(|a, b| {
                    let id = |row: &Value| row["id"].as_i64().unwrap();
                    match sort {
                        "updated_desc" => (updated(b), id(b)).cmp(&(updated(a), id(a))),
                        "updated_asc" => (updated(a), id(a)).cmp(&(updated(b), id(b))),
                        "deadline_asc" => {
                            let deadline =
                                |row: &Value| row["deadline"].as_str().map(str::to_owned);
                            (deadline(a).is_none(), deadline(a), id(a)).cmp(&(
                                deadline(b).is_none(),
                                deadline(b),
                                id(b),
                            ))
                        }
                        _ => id(b).cmp(&id(a)),
                    }
                });
                let expected: Vec<i64> = expected
                    .iter()
                    .map(|row| row["id"].as_i64().unwrap())
                    .collect();
                let query = format!("box={which}{filter}&sort={sort}");
                let (rows, total) = every_page(&app, &anna, &query, 7).await;
                let listed: Vec<i64> = rows.iter().map(|row| row["id"].as_i64().unwrap()).collect();
                assert_eq!(listed, expected, "{query}");
                assert_eq!(total, expected.len() as u64, "{query}");
            }
        }
    }
    // The navigation's counters are the boxes' totals.
    let (status, counts) = get(&anna, app.url("/api/requests/counts")).await;
    assert_eq!(status, StatusCode::OK, "{counts}");
    for which in ["to_accept", "to_answer", "awaiting", "overdue", "drafts"] {
        let expected = whole.iter().filter(|row| in_box(which, row)).count() as u64;
        assert_eq!(counts[which].as_u64(), Some(expected), "{which}: {counts}");
    }
}
