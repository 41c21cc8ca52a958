//! Statistics: a small set of requests with chosen dates, deadlines, ratings and a withdrawal,
//! made through the API and then moved to known days, and every figure checked exactly for
//! each side; the parameters' refusals; and what each viewer may ask for.

use backend::entities::{request, request_event};
use chrono::{DateTime, NaiveDate, Utc};
use imi_tests::{ANA_PT, ANNA, JANIS_LV, KARI_NO, TestApp, db_test};
use reqwest::{Client, StatusCode};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};
use serde_json::{Value, json};
use shared::lifecycle::RequestState;
use std::collections::HashMap;

const AWARD_DATE: &str = "professional_qualifications.diploma.award_date";
const AUTHENTIC: &str = "professional_qualifications.diploma.authenticity";
const CLAIRE: &str = "claire.martin@ec.europa.eu.example";

async fn post(client: &Client, url: String, body: Value) -> Value {
    let response = client.post(url).json(&body).send().await.unwrap();
    let status = response.status();
    let body: Value = response.json().await.unwrap();
    assert!(status.is_success(), "{status}: {body}");
    body
}

async fn get(client: &Client, url: String) -> (StatusCode, Value) {
    let response = client.get(url).send().await.unwrap();
    let status = response.status();
    (status, response.json().await.unwrap())
}

fn at(day: &str) -> DateTime<Utc> {
    NaiveDate::parse_from_str(day, "%Y-%m-%d")
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap()
        .and_utc()
}

/// One request as the test drives it: its id and the version of its last write.
struct Sent {
    id: i64,
    version: i64,
}

impl Sent {
    async fn act(&mut self, app: &TestApp, who: &Client, action: Value) {
        let url = app.url(&format!("/api/requests/{}/actions", self.id));
        // A note travels beside the action, not in it.
        let mut body = json!({ "version": self.version, "action": action });
        if let Some(note) = action.get("note") {
            body["note"] = note.clone();
            body["action"].as_object_mut().unwrap().remove("note");
        }
        let done = post(who, url, body).await;
        self.version = done["version"].as_i64().unwrap();
    }

    async fn answer(&mut self, app: &TestApp, who: &Client) {
        let url = app.url(&format!("/api/requests/{}/answers", self.id));
        let answers = json!([{ "question": app.question_id(AWARD_DATE),
                                "value": { "kind": "date", "date": "2005-07-15" } }]);
        let response = who
            .put(url)
            .json(&json!({ "version": self.version, "answers": answers }))
            .send()
            .await
            .unwrap();
        let saved: Value = response.json().await.unwrap();
        self.version = saved["version"].as_i64().unwrap();
        self.act(app, who, json!({ "action": "answer" })).await;
    }

    /// Moves the request to known days: sent on `sent`, each event of `kind` on its day.
    async fn on_days(&self, app: &TestApp, sent: &str, events: &[(&str, &str)]) {
        let db = &app.server.state.db;
        let id = i32::try_from(self.id).unwrap();
        request::Entity::update_many()
            .col_expr(request::Column::SentAt, Expr::value(Some(at(sent))))
            .filter(request::Column::Id.eq(id))
            .exec(db)
            .await
            .unwrap();
        for (kind, day) in [("sent", sent)].iter().chain(events) {
            request_event::Entity::update_many()
                .col_expr(request_event::Column::At, Expr::value(at(day)))
                .filter(request_event::Column::RequestId.eq(id))
                .filter(request_event::Column::Kind.eq(*kind))
                .exec(db)
                .await
                .unwrap();
        }
    }

    /// Moves the events of `kind` to known days, the n-th (oldest first) to the n-th day.
    async fn nth_on_days(&self, app: &TestApp, kind: &str, days: &[&str]) {
        use sea_orm::QueryOrder;
        let db = &app.server.state.db;
        let events = request_event::Entity::find()
            .filter(request_event::Column::RequestId.eq(i32::try_from(self.id).unwrap()))
            .filter(request_event::Column::Kind.eq(kind))
            .order_by_asc(request_event::Column::Id)
            .all(db)
            .await
            .unwrap();
        assert_eq!(events.len(), days.len(), "{kind} events of {}", self.id);
        for (event, day) in events.iter().zip(days) {
            request_event::Entity::update_many()
                .col_expr(request_event::Column::At, Expr::value(at(day)))
                .filter(request_event::Column::Id.eq(event.id))
                .exec(db)
                .await
                .unwrap();
        }
    }

    /// Sets the agreed deadline to a known day.
    async fn deadline(&self, app: &TestApp, day: &str) {
        request::Entity::update_many()
            .col_expr(request::Column::Deadline, Expr::value(Some(day.to_owned())))
            .filter(request::Column::Id.eq(i32::try_from(self.id).unwrap()))
            .exec(&app.server.state.db)
            .await
            .unwrap();
    }
}

/// Sends a request about a diploma from `from` to the authority named `to`.
async fn send(app: &TestApp, from: &Client, to: &str) -> Sent {
    send_asking(app, from, to, &[AWARD_DATE]).await
}

/// Sends a request asking `questions` about a diploma from `from` to the authority named `to`.
async fn send_asking(app: &TestApp, from: &Client, to: &str, questions: &[&str]) -> Sent {
    let questions: Vec<Value> = questions
        .iter()
        .map(|key| json!({ "question": app.question_id(key) }))
        .collect();
    let draft = json!({
        "area": "professional_qualifications",
        "responder": app.authority_id(to).await,
        "subject": { "name": "Jānis Bērziņš" },
        "questions": questions,
        "requested_date": "2099-01-31",
    });
    let created = post(from, app.url("/api/requests"), draft).await;
    let mut sent = Sent {
        id: created["id"].as_i64().unwrap(),
        version: created["version"].as_i64().unwrap(),
    };
    sent.act(app, from, json!({ "action": "send" })).await;
    sent
}

/// Removes the demo's requests, so that the figures rest on a test's own alone.
async fn without_demo_requests(app: &TestApp) {
    let db = &app.server.state.db;
    request::Entity::delete_many().exec(db).await.unwrap();
    // As any deletion does in its transaction, so that what the server read of them at its
    // start is let go.
    let authorities: Vec<i32> = backend::entities::authority::Entity::find()
        .select_only()
        .column(backend::entities::authority::Column::Id)
        .into_tuple()
        .all(db)
        .await
        .unwrap();
    backend::overview_cache::bump(db, &app.server.state.live, &authorities)
        .await
        .unwrap();
}

/// The five requests of 2024 between the Latvian health inspectorate (Anna) and the
/// Portuguese medical council (Ana); the demo's own requests are removed first so that the
/// figures of "now" rest on these alone.
async fn known_requests(app: &TestApp) -> (Client, Client, Sent) {
    without_demo_requests(app).await;
    let anna = app.user(ANNA).await;
    let ana = app.user(ANA_PT).await;
    let accept = json!({ "action": "accept", "deadline": "as_requested" });
    let close = |timeliness: &str, effort: &str| json!({ "action": "close", "timeliness": timeliness, "effort": effort });
    // 1: accepted after 3 days, answered after 10, before the agreed date; effort rated poor.
    let mut first = send(app, &anna, "Ordem dos Médicos").await;
    first.act(app, &ana, accept.clone()).await;
    first.answer(app, &ana).await;
    first.act(app, &anna, close("positive", "negative")).await;
    first
        .on_days(
            app,
            "2024-03-01",
            &[("accepted", "2024-03-04"), ("answered", "2024-03-11")],
        )
        .await;
    first.deadline(app, "2024-03-20").await;
    // 2: accepted after 9 days, answered after 30, after the agreed date; timeliness poor.
    let mut second = send(app, &anna, "Ordem dos Médicos").await;
    second.act(app, &ana, accept.clone()).await;
    second.answer(app, &ana).await;
    second.act(app, &anna, close("negative", "positive")).await;
    second
        .on_days(
            app,
            "2024-03-05",
            &[("accepted", "2024-03-14"), ("answered", "2024-04-04")],
        )
        .await;
    second.deadline(app, "2024-03-25").await;
    // 3: withdrawn before anyone accepted it: in the volumes, in no speed figure.
    let mut third = send(app, &anna, "Ordem dos Médicos").await;
    third.act(app, &anna, json!({ "action": "withdraw" })).await;
    third
        .on_days(app, "2024-05-02", &[("withdrawn", "2024-05-03")])
        .await;
    // 4: accepted after 2 days and not answered, its agreed date long past: overdue now.
    let mut fourth = send(app, &anna, "Ordem dos Médicos").await;
    fourth.act(app, &ana, accept).await;
    fourth
        .on_days(app, "2024-06-10", &[("accepted", "2024-06-12")])
        .await;
    fourth.deadline(app, "2024-07-01").await;
    // 5: the other way, still waiting for the Latvians to accept it, two years on.
    let fifth = send(app, &ana, "Veselības inspekcija").await;
    fifth.on_days(app, "2024-07-01", &[]).await;
    (anna, ana, fifth)
}

fn figure(numerator: u64, denominator: u64) -> Value {
    json!({ "numerator": numerator, "denominator": denominator })
}

async fn statistics(app: &TestApp, who: &Client, query: &str) -> Value {
    let (status, body) = get(who, app.url(&format!("/api/statistics?{query}"))).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    body
}

const YEAR_2024: &str = "from=2024-01-01&to=2024-12-31";

db_test!(every_figure_is_exact_for_each_side, |app| {
    let (anna, ana, mut fifth) = known_requests(&app).await;

    // The Portuguese council received four and sent one.
    let pt = statistics(&app, &ana, YEAR_2024).await;
    assert_eq!(pt["scope"]["kind"], "authority");
    assert_eq!(pt["time_zone"], "UTC");
    let figures = &pt["figures"];
    assert_eq!(
        (&figures["requests"], &figures["sent"], &figures["received"]),
        (&json!(5), &json!(1), &json!(4))
    );
    let p = &figures["performance"];
    // Accepted within 7 days: the first and the fourth of the three accepted (the withdrawn
    // one was never accepted and does not count).
    assert_eq!(p["accepted_within_7_days"], figure(2, 3));
    assert_eq!(p["days_to_answer"], figure(10 + 30, 2));
    assert_eq!(p["median_days_to_answer"], 10);
    assert_eq!(p["answered_by_agreed_date"], figure(1, 2));
    assert_eq!(p["answered_within_two_weeks"], figure(1, 2));
    assert_eq!(p["negative_timeliness"], figure(1, 2));
    assert_eq!(p["negative_effort"], figure(1, 2));
    // Open now: the fourth (overdue) and the fifth (waiting for acceptance).
    assert_eq!(
        (&figures["open_now"], &figures["overdue_now"]),
        (&json!(2), &json!(1))
    );
    let months: Vec<(String, u64, u64)> = figures["series"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["start"].as_str().unwrap().to_owned(),
                s["sent"].as_u64().unwrap(),
                s["received"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        months,
        [
            ("2024-03-01".to_owned(), 0, 2),
            ("2024-05-01".to_owned(), 0, 1),
            ("2024-06-01".to_owned(), 0, 1),
            ("2024-07-01".to_owned(), 1, 0),
        ]
    );
    assert_eq!(
        figures["exchanges"],
        json!([{ "from": "LV", "to": "PT", "requests": 4 }, { "from": "PT", "to": "LV", "requests": 1 }])
    );
    assert_eq!(
        figures["by_partner"],
        json!([{ "key": "LV", "sent": 1, "received": 4 }])
    );
    // An official sees no country's line, and the EEA beside its own figures.
    assert_eq!(pt["scoreboard"], json!([]));
    assert_eq!(pt["eea"]["requests"], 5);

    // The Latvian inspectorate: the mirror image; its one received request waits too long.
    let lv = statistics(&app, &anna, YEAR_2024).await;
    let figures = &lv["figures"];
    assert_eq!(
        (&figures["sent"], &figures["received"]),
        (&json!(4), &json!(1))
    );
    assert_eq!(
        figures["performance"]["accepted_within_7_days"],
        figure(0, 1)
    );
    assert_eq!(figures["performance"]["days_to_answer"], figure(0, 0));
    assert_eq!(figures["performance"]["median_days_to_answer"], Value::Null);

    // Filters: only what was sent, by quarter; another year has nothing.
    let sent = statistics(
        &app,
        &ana,
        &format!("{YEAR_2024}&direction=sent&granularity=quarter"),
    )
    .await;
    assert_eq!(sent["figures"]["requests"], 1);
    assert_eq!(sent["figures"]["series"][0]["start"], "2024-07-01");
    let empty = statistics(&app, &ana, "from=2023-01-01&to=2023-12-31").await;
    assert_eq!(empty["figures"]["requests"], 0);
    assert_eq!(
        empty["figures"]["performance"]["days_to_answer"],
        figure(0, 0)
    );

    // A change after a call is in the next one: the facts are not kept past a change.
    fifth.act(&app, &ana, json!({ "action": "withdraw" })).await;
    let lv = statistics(&app, &anna, YEAR_2024).await;
    assert_eq!(lv["figures"]["open_now"], 1);
    assert_eq!(
        lv["figures"]["performance"]["accepted_within_7_days"],
        figure(0, 0)
    );
});

db_test!(
    a_national_coordinator_sees_its_country_beside_the_eea,
    |app| {
        known_requests(&app).await;
        let janis = app.user(JANIS_LV).await;
        let lv = statistics(&app, &janis, YEAR_2024).await;
        assert_eq!(lv["scope"], json!({ "kind": "country", "country": "LV" }));
        assert_eq!(lv["figures"]["sent"], 4);
        assert_eq!(lv["eea"]["requests"], 5);
        // Latvia's line of the scoreboard: its one received request was not accepted in time.
        let row = &lv["scoreboard"][0];
        assert_eq!(row["country"], "LV");
        assert_eq!(row["bands"][0], "red");
        assert_eq!(row["bands"][1], Value::Null);
        assert_eq!(
            lv["indicators"][0],
            json!({ "indicator": "accepted_within_7_days", "green": 80, "red": 60 })
        );
        // Its own country by name is fine; another country is the Commission's to look at.
        let own = statistics(&app, &janis, &format!("{YEAR_2024}&country=LV")).await;
        assert_eq!(own["figures"], lv["figures"]);
        let (status, body) = get(
            &janis,
            app.url(&format!("/api/statistics?{YEAR_2024}&country=PT")),
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert_eq!(
            body["fields"][0],
            json!({ "field": "country", "code": "not_own_country" })
        );
    }
);

db_test!(the_commission_sees_every_country_and_no_request, |app| {
    known_requests(&app).await;
    let claire = app.user(CLAIRE).await;
    let all = statistics(&app, &claire, YEAR_2024).await;
    assert_eq!(all["scope"], json!({ "kind": "everything" }));
    assert_eq!(all["figures"]["requests"], 5);
    assert_eq!(all["eea"], Value::Null, "its figures are the EEA's");
    let scoreboard = all["scoreboard"].as_array().unwrap();
    assert_eq!(scoreboard.len(), 30, "every country has its line");
    let pt = scoreboard
        .iter()
        .find(|row| row["country"] == "PT")
        .unwrap();
    assert_eq!(pt["performance"]["accepted_within_7_days"], figure(2, 3));
    // Narrowed to one country, beside the EEA.
    let lv = statistics(&app, &claire, &format!("{YEAR_2024}&country=LV")).await;
    assert_eq!(lv["scope"], json!({ "kind": "country", "country": "LV" }));
    assert_eq!(lv["figures"]["sent"], 4);
    assert_eq!(lv["eea"]["requests"], 5);
    // Whom a request is about is nowhere in the figures.
    assert!(!all.to_string().contains("Bērziņš"));
    // A member of the Commission's staff without the observer's role sees no figure.
    {
        use backend::entities::user;
        use sea_orm::{ActiveModelTrait, Set};
        user::ActiveModel {
            authority_id: Set(None),
            organisation: Set("commission".to_owned()),
            email: Set("no.role@ec.europa.eu.example".to_owned()),
            display_name: Set("No Role".to_owned()),
            password_hash: Set(backend::auth::hash_password(imi_tests::DEMO_PASSWORD).unwrap()),
            active: Set(true),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&app.server.state.db)
        .await
        .unwrap();
    }
    let no_role = app.user("no.role@ec.europa.eu.example").await;
    let (status, _) = get(&no_role, app.url(&format!("/api/statistics?{YEAR_2024}"))).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = get(&no_role, app.url("/api/requests")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // The Commission is no authority: its staff's account says so.
    let (status, me) = get(&claire, app.url("/api/me")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(me["organisation"], json!({ "kind": "commission" }));
    let (_, anna_me) = get(&app.user(ANNA).await, app.url("/api/me")).await;
    assert_eq!(anna_me["organisation"]["kind"], "authority");
    assert_eq!(anna_me["organisation"]["country"], "LV");
});

// A request forwarded, split and answered after a clarification, moved to known days:
// it counts once, for the authority that holds it last, measured from the day that
// authority received it; the split-off part is a request of its own from the day of the
// split; the answer is the first one.
db_test!(
    forwards_splits_and_clarifications_count_as_documented,
    |app| {
        without_demo_requests(&app).await;
        let anna = app.user(ANNA).await;
        let ana = app.user(ANA_PT).await;
        let kari = app.user(KARI_NO).await;
        let accept = json!({ "action": "accept", "deadline": "as_requested" });
        let mut first =
            send_asking(&app, &anna, "Ordem dos Médicos", &[AWARD_DATE, AUTHENTIC]).await;
        let dsb = app
            .authority_id("Direktoratet for samfunnssikkerhet og beredskap")
            .await;
        first
            .act(
                &app,
                &ana,
                json!({ "action": "forward", "to": { "authority": dsb } }),
            )
            .await;
        first.act(&app, &kari, accept.clone()).await;
        let om = app.authority_id("Ordem dos Médicos").await;
        let url = app.url(&format!("/api/requests/{}/actions", first.id));
        let split = post(
            &kari,
            url,
            json!({ "version": first.version, "action": { "action": "split_off",
                "questions": [app.question_id(AUTHENTIC)], "to": om } }),
        )
        .await;
        first.version = split["version"].as_i64().unwrap();
        let mut second = Sent {
            id: split["created"].as_i64().unwrap(),
            version: 0,
        };
        second.version = get(&ana, app.url(&format!("/api/requests/{}", second.id)))
            .await
            .1["version"]
            .as_i64()
            .unwrap();
        second.act(&app, &ana, accept).await;
        first.answer(&app, &kari).await;
        first
            .act(
                &app,
                &anna,
                json!({ "action": "request_clarification",
                         "note": { "text": "Lūdzu precizējiet datumu.", "language": "lv" } }),
            )
            .await;
        first.act(&app, &kari, json!({ "action": "answer" })).await;
        first
            .act(
                &app,
                &anna,
                json!({ "action": "close", "timeliness": "positive", "effort": "positive" }),
            )
            .await;
        // Sent on 1 March, forwarded on the 10th, accepted on the 12th, split on the 15th,
        // answered on the 20th and, after the clarification, again on the 25th.
        first
            .on_days(
                &app,
                "2024-03-01",
                &[("forwarded", "2024-03-10"), ("accepted", "2024-03-12")],
            )
            .await;
        first
            .nth_on_days(&app, "answered", &["2024-03-20", "2024-03-25"])
            .await;
        second
            .on_days(&app, "2024-03-15", &[("accepted", "2024-03-16")])
            .await;

        let claire = app.user(CLAIRE).await;
        let all = statistics(&app, &claire, YEAR_2024).await;
        let figures = &all["figures"];
        assert_eq!(figures["requests"], 2, "the forwarded request counts once");
        assert_eq!(
            figures["exchanges"],
            json!([{ "from": "LV", "to": "NO", "requests": 1 }, { "from": "LV", "to": "PT", "requests": 1 }]),
            "for the authority that holds it last"
        );
        let p = &figures["performance"];
        // Accepted 2 days after the forward (11 after it was sent), and the split-off part 1 day
        // after the split.
        assert_eq!(p["accepted_within_7_days"], figure(2, 2));
        // Answered 10 days after the forward: the first answer, not the one after clarification.
        assert_eq!(p["days_to_answer"], figure(10, 1));
        assert_eq!(p["answered_within_two_weeks"], figure(1, 1));
        assert_eq!(p["answered_by_agreed_date"], figure(1, 1));
        assert_eq!(p["negative_effort"], figure(0, 1));
        let months: Vec<&str> = figures["series"]
            .as_array()
            .unwrap()
            .iter()
            .map(|step| step["start"].as_str().unwrap())
            .collect();
        assert_eq!(months, ["2024-03-01"]);
        // The Portuguese council, which passed the first on, received only the split-off part.
        let pt = statistics(&app, &ana, YEAR_2024).await;
        assert_eq!(
            (&pt["figures"]["sent"], &pt["figures"]["received"]),
            (&json!(0), &json!(1))
        );
        // Norway's line: the first, accepted in time counted from the forward.
        let no = all["scoreboard"]
            .as_array()
            .unwrap()
            .iter()
            .find(|row| row["country"] == "NO")
            .unwrap();
        assert_eq!(no["performance"]["accepted_within_7_days"], figure(1, 1));
        assert_eq!(no["bands"][0], "green");
    }
);

/// The Commission's answer against the definition, computed from the rows read afresh.
async fn equals_a_recomputation(app: &TestApp, claire: &Client) {
    use shared::statistics::{Granularity, Scope, StatisticsQuery, StatisticsView, compute};
    let (status, body) = get(claire, app.url(&format!("/api/statistics?{YEAR_2024}"))).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let answered: StatisticsView = serde_json::from_value(body).unwrap();
    let facts = backend::services::statistics::all_facts(&app.server.state.db)
        .await
        .unwrap();
    let query = StatisticsQuery {
        from: answered.from,
        to: answered.to,
        area: None,
        partner: None,
        direction: None,
        granularity: Granularity::Month,
    };
    let countries: Vec<shared::CountryCode> = shared::CountryCode::all().collect();
    assert_eq!(
        answered.figures,
        compute(&facts, &Scope::Everything, &query, answered.today)
    );
    assert_eq!(
        answered.scoreboard,
        shared::statistics::scoreboard(&facts, &countries, &query, answered.today)
    );
}

// The figures kept between calls follow each change made through the API: after every
// step they equal a recomputation from the rows.
db_test!(the_kept_figures_follow_every_change, |app| {
    let (anna, ana, mut fifth) = known_requests(&app).await;
    let claire = app.user(CLAIRE).await;
    equals_a_recomputation(&app, &claire).await;
    // The fifth is accepted by the Latvians, then a new one is sent and withdrawn.
    fifth
        .act(
            &app,
            &anna,
            json!({ "action": "accept", "deadline": "as_requested" }),
        )
        .await;
    equals_a_recomputation(&app, &claire).await;
    let mut sixth = send(&app, &ana, "Veselības inspekcija").await;
    sixth.on_days(&app, "2024-08-01", &[]).await;
    // The move above wrote the rows behind the API's back; the withdrawal is a change.
    sixth.act(&app, &ana, json!({ "action": "withdraw" })).await;
    equals_a_recomputation(&app, &claire).await;
    let view = statistics(&app, &claire, YEAR_2024).await;
    assert_eq!(view["figures"]["requests"], 6);
});

/// What a server that starts again on this database answers first: a fresh cache over the
/// same rows, held to the definition, with how many requests it had to read.
async fn after_a_restart(app: &TestApp) -> usize {
    use backend::services::statistics::FactsCache;
    use shared::statistics::{Granularity, Scope, StatisticsQuery, compute};
    let db = &app.server.state.db;
    let query = StatisticsQuery {
        from: shared::Date::parse("2024-01-01").unwrap(),
        to: shared::Date::parse("2024-12-31").unwrap(),
        area: None,
        partner: None,
        direction: None,
        granularity: Granularity::Month,
    };
    let today = shared::Date::parse("2025-06-01").unwrap();
    let restarted = FactsCache::default();
    let answer = restarted
        .with(db, |table| {
            table.answer(&Scope::Everything, &query, today, &[])
        })
        .await
        .unwrap();
    // As `statistics::warm_up` does before the server listens: what had no snapshot to
    // start from is written out at once.
    if !restarted.has_snapshot().await {
        assert!(restarted.save(db).await.unwrap());
    }
    let facts = backend::services::statistics::all_facts(db).await.unwrap();
    assert_eq!(
        answer.figures,
        compute(&facts, &Scope::Everything, &query, today)
    );
    restarted.requests_read()
}

// The server reads the facts before it listens and writes them out; a server that starts
// again takes them up and reads only what changed since; a snapshot it cannot read is set
// aside and written again; the scheduled save writes only what moved.
db_test!(a_restart_reads_the_snapshot_and_what_changed_since, |app| {
    use backend::entities::statistics_snapshot;
    let db = &app.server.state.db;
    let kept = &app.server.state.statistics;
    let at_start = statistics_snapshot::Entity::find_by_id("facts")
        .one(db)
        .await
        .unwrap()
        .expect("written before the server listened");
    let (anna, _ana, mut fifth) = known_requests(&app).await;
    let claire = app.user(CLAIRE).await;
    equals_a_recomputation(&app, &claire).await;
    let sent = request::Entity::find()
        .filter(request::Column::SentAt.is_not_null())
        .all(db)
        .await
        .unwrap()
        .len();
    // Each sent request was read once: the demo's at the start, these when they were new.
    let at_start = usize::try_from(at_start.requests).unwrap();
    assert!(at_start > 0);
    assert_eq!(kept.requests_read(), at_start + sent);
    // The scheduled save writes out what moved since, once.
    assert!(kept.save(db).await.unwrap());
    assert!(!kept.save(db).await.unwrap());
    let snapshot = statistics_snapshot::Entity::find_by_id("facts")
        .one(db)
        .await
        .unwrap()
        .expect("written by the save");
    assert_eq!(usize::try_from(snapshot.requests).unwrap(), sent);
    assert_eq!(after_a_restart(&app).await, 0);

    // One request changes: a restart reads that one.
    fifth
        .act(
            &app,
            &anna,
            json!({ "action": "accept", "deadline": "as_requested" }),
        )
        .await;
    assert_eq!(after_a_restart(&app).await, 1);
    // The scheduled save writes it out once; then a restart reads nothing.
    assert!(kept.save(db).await.unwrap());
    assert!(!kept.save(db).await.unwrap());
    assert_eq!(after_a_restart(&app).await, 0);
    equals_a_recomputation(&app, &claire).await;

    // A damaged snapshot is set aside: everything is read, and written out again.
    statistics_snapshot::Entity::update_many()
        .col_expr(
            statistics_snapshot::Column::Data,
            Expr::value(b"IMI-FACTS damaged".to_vec()),
        )
        .exec(db)
        .await
        .unwrap();
    assert_eq!(after_a_restart(&app).await, sent);
    assert_eq!(after_a_restart(&app).await, 0);
    // So is one of facts derived another way.
    statistics_snapshot::Entity::update_many()
        .col_expr(statistics_snapshot::Column::Revision, Expr::value(-1))
        .exec(db)
        .await
        .unwrap();
    assert_eq!(after_a_restart(&app).await, sent);
});

db_test!(bad_parameters_are_refused_with_a_reason_each, |app| {
    let anna = app.user(ANNA).await;
    for (query, field, code) in [
        ("to=2024-12-31", "from", "missing"),
        ("from=2024-13-01&to=2024-12-31", "from", "invalid_date"),
        ("from=2024-12-31&to=2024-01-01", "to", "out_of_range"),
        ("from=2000-01-01&to=2024-12-31", "to", "too_long"),
        (
            "from=2024-01-01&to=2024-12-31&area=fishing",
            "area",
            "unknown",
        ),
        (
            "from=2024-01-01&to=2024-12-31&partner=XX",
            "partner",
            "unknown",
        ),
        (
            "from=2024-01-01&to=2024-12-31&direction=both",
            "direction",
            "unknown",
        ),
        (
            "from=2024-01-01&to=2024-12-31&granularity=week",
            "granularity",
            "unknown",
        ),
    ] {
        let (status, body) = get(&anna, app.url(&format!("/api/statistics?{query}"))).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{query}: {body}");
        assert_eq!(body["fields"][0]["field"], field, "{query}: {body}");
        assert_eq!(body["fields"][0]["code"], code, "{query}: {body}");
    }
    let (status, _) = get(
        &app.client,
        app.url(&format!("/api/statistics?{YEAR_2024}")),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
});

/// The demo's history (made with `--demo`, here six months of it) gives every figure
/// something to rest on: each pair of demo authorities answered, was rated and is on the
/// scoreboard.
async fn history_fills_the_figures(engine: imi_tests::Engine) {
    let app = imi_tests::spawn_app_with(engine, |config| config.demo_history_months = 6).await;
    let anna = app.user(ANNA).await;
    let today = chrono::Utc::now().date_naive();
    let from = today - chrono::Duration::days(200);
    let view = statistics(&app, &anna, &format!("from={from}&to={today}")).await;
    let eea = &view["eea"];
    assert!(eea["requests"].as_u64().unwrap() >= 30, "{eea}");
    for figure in [
        "accepted_within_7_days",
        "days_to_answer",
        "negative_timeliness",
    ] {
        assert!(
            eea["performance"][figure]["denominator"].as_u64().unwrap() >= 20,
            "{figure}: {eea}"
        );
    }
    assert!(view["figures"]["sent"].as_u64().unwrap() >= 8, "{view}");
    // The history is in the past: no e-mail about one of its requests waits (those of the
    // demo's present, such as the inactivity report, may).
    let db = &app.server.state.db;
    let recent = chrono::Utc::now() - chrono::Duration::days(100);
    for mail in backend::entities::outbox::Entity::find()
        .all(db)
        .await
        .unwrap()
    {
        let id: i32 = mail
            .body
            .split("/requests/")
            .nth(1)
            .unwrap()
            .chars()
            .take_while(char::is_ascii_digit)
            .collect::<String>()
            .parse()
            .unwrap();
        let sent = request::Entity::find_by_id(id)
            .one(db)
            .await
            .unwrap()
            .unwrap()
            .sent_at;
        assert!(
            sent.is_some_and(|at| at > recent),
            "an e-mail about the past: {}",
            mail.subject
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn history_fills_the_figures_sqlite() {
    history_fills_the_figures(imi_tests::Engine::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn history_fills_the_figures_postgres() {
    history_fills_the_figures(imi_tests::Engine::Postgres).await;
}

/// More requests than the whole read takes at a time (`facts.rs`: 20,000), so that it goes
/// over several pages: each sent request must come out once, whatever page it fell in.
async fn every_request_is_read_across_the_pages_of_a_whole_read(engine: imi_tests::Engine) {
    // A database of generated requests alone: the generator numbers them from 1.
    let db = imi_tests::TestDb::create(engine).await;
    let state = imi_tests::generate::app_state(db.url.clone())
        .await
        .unwrap();
    imi_tests::generate::registry(&state, 200, 3).await.unwrap();
    imi_tests::generate::requests(&state, 45_000, 200, 5)
        .await
        .unwrap();
    let facts = backend::services::statistics::all_facts(&state.db)
        .await
        .unwrap();
    let mut read: HashMap<RequestState, usize> = HashMap::new();
    for fact in &facts {
        *read.entry(fact.state).or_default() += 1;
    }
    // The same counted by the database: every sent request with a responder (the generated
    // authorities all have a known country).
    let counted: Vec<(String, i64)> = request::Entity::find()
        .select_only()
        .column(request::Column::State)
        .column_as(Expr::col(request::Column::Id).count(), "n")
        .filter(request::Column::SentAt.is_not_null())
        .filter(request::Column::ResponderId.is_not_null())
        .group_by(request::Column::State)
        .into_tuple()
        .all(&state.db)
        .await
        .unwrap();
    let counted: HashMap<RequestState, usize> = counted
        .into_iter()
        .map(|(s, n)| (RequestState::parse(&s).unwrap(), n as usize))
        .collect();
    assert!(facts.len() > 40_000, "{} facts", facts.len());
    assert_eq!(read, counted);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_request_is_read_across_the_pages_of_a_whole_read_sqlite() {
    every_request_is_read_across_the_pages_of_a_whole_read(imi_tests::Engine::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_request_is_read_across_the_pages_of_a_whole_read_postgres() {
    every_request_is_read_across_the_pages_of_a_whole_read(imi_tests::Engine::Postgres).await;
}
