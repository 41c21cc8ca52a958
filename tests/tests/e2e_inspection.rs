//! An inspection on site in headless Chromium, as the seed's crane case goes: Līga (Riga)
//! asks for an inspection; Klaus (Berlin), on a tablet held upright, answers the checklist,
//! and he and the site manager sign the on-site report with a finger (touch actions on the
//! pad), the manager refusing; the answer cannot go before Klaus has signed. Līga reads the
//! report in Latvian with the signature as drawn.

use fantoccini::Locator;
use fantoccini::actions::{InputSource, PointerAction, TouchActions};
use imi_tests::browser::Browser;
use imi_tests::{Engine, require_built_spa};
use serde_json::{Value, json};
use std::time::Duration;

const LIGA_LV: &str = "liga.ozola@bvkb.lv.example";
const KLAUS_DE: &str = "klaus.becker@lagetsi.de.example";
const BERLIN: &str = imi_tests::BERLIN_SAFETY;

/// Waits (a bounded time) until nothing matches `css`.
async fn wait_gone(browser: &Browser, css: &str) {
    for _ in 0..100 {
        if browser.client.find(Locator::Css(css)).await.is_err() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("`{css}` is still there");
}

/// Draws a stroke with a finger across the pad `css`, through `points` given as fractions
/// of the pad's width and height from its centre (-0.5 to 0.5).
async fn draw(browser: &Browser, css: &str, points: &[(f64, f64)]) {
    let pad = browser.wait_for(css).await;
    let size = pad.rectangle().await.unwrap();
    let (width, height) = (size.2, size.3);
    let at = |(x, y): (f64, f64)| PointerAction::MoveToElement {
        element: pad.clone(),
        duration: Some(Duration::from_millis(30)),
        x: x * width,
        y: y * height,
    };
    let mut finger = TouchActions::new("finger".to_owned()).then(at(points[0]));
    finger = finger.then(PointerAction::Down { button: 0 });
    for point in &points[1..] {
        finger = finger.then(at(*point));
    }
    finger = finger.then(PointerAction::Up { button: 0 });
    browser.client.perform_actions(finger).await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_inspection_is_reported_and_signed_on_a_tablet() {
    require_built_spa();
    let app = imi_tests::spawn_app(Engine::Sqlite).await;
    let liga = app.user(LIGA_LV).await;
    let klaus = app.user(KLAUS_DE).await;

    // Līga asks for an inspection: the composer's first step offers the kind.
    let riga = Browser::start("lv-LV,lv").await;
    riga.client.goto(&app.url("/")).await.unwrap();
    riga.log_in(LIGA_LV).await;
    riga.wait_for("#user-name").await;
    riga.client.goto(&app.url("/requests/new")).await.unwrap();
    riga.click(Locator::Css("#compose-kind-inspection")).await;
    riga.wait_for("#draft-saved").await;
    riga.screenshot("inspection-compose-lv").await;
    let drafts = app.get_json(&liga, "/api/requests?box=drafts").await;
    let draft = drafts["rows"][0]["id"].as_i64().expect("the draft saved");
    let view = app.get_json(&liga, &format!("/api/requests/{draft}")).await;
    assert_eq!(view["draft"]["kind"], "inspection", "{view}");
    // The rest of it as the API takes it: the crane, two checklist items.
    let body = json!({ "version": view["version"], "draft": {
        "kind": "inspection",
        "area": "services",
        "responder": app.authority_id(BERLIN).await,
        "subject": { "name": "Bau & Kran GmbH" },
        "questions": [
            { "question": app.question_id("services.checks.equipment_inspections"),
              "values": { "AdditionalDetails": "Turmdrehkran Liebherr 172 EC-B" } },
            { "question": app.question_id("services.checks.inspection_result") },
            { "question": app.question_id("services.site_inspection.rated_load") },
        ],
        "requested_date": "2099-01-31",
    }});
    let saved: Value = liga
        .put(app.url(&format!("/api/requests/{draft}")))
        .json(&body)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let act = |client: &reqwest::Client, version: &Value, action: Value| {
        let request = client
            .post(app.url(&format!("/api/requests/{draft}/actions")))
            .json(&json!({ "version": version, "action": action }));
        async move {
            let response = request.send().await.unwrap();
            assert!(response.status().is_success(), "{}", response.status());
            response.json::<Value>().await.unwrap()["version"].clone()
        }
    };
    let sent = act(&liga, &saved["version"], json!({ "action": "send" })).await;
    act(
        &klaus,
        &sent,
        json!({ "action": "accept", "deadline": "as_requested" }),
    )
    .await;

    // Klaus on site, the tablet upright.
    let berlin = Browser::start("de-DE,de").await;
    berlin.client.set_window_size(768, 1024).await.unwrap();
    berlin.client.goto(&app.url("/")).await.unwrap();
    berlin.log_in(KLAUS_DE).await;
    berlin.wait_for("#user-name").await;
    berlin
        .client
        .goto(&app.url(&format!("/requests/{draft}")))
        .await
        .unwrap();
    berlin.wait_for("#request-kind").await;
    berlin.wait_for("#inspection-report").await;
    berlin
        .wait_for("#answer-0")
        .await
        .select_by_value("no")
        .await
        .unwrap();
    berlin
        .wait_for("#answer-1")
        .await
        .select_by_value("inspection_result.failed")
        .await
        .unwrap();
    // The rated load read off the plate, typed as German writes it; a unit is not a number.
    berlin
        .wait_for("#answer-2")
        .await
        .select_by_value("measurement")
        .await
        .unwrap();
    berlin.set_value("#answer-2-measurement", "12 t").await;
    berlin.wait_for("#answer-2-measurement-error").await;
    berlin.set_value("#answer-2-measurement", "12,5").await;
    wait_gone(&berlin, "#answer-2-measurement-error").await;
    let today = chrono::Utc::now().date_naive().to_string();
    berlin.set_date("report-date", &today).await;
    berlin
        .set_value(
            "#report-place",
            "Baustelle Friedrichstraße 12, 10117 Berlin",
        )
        .await;
    // The inspector is added first, under his own name.
    berlin.click(Locator::Css("#report-add-signer")).await;
    assert_eq!(
        berlin
            .wait_for("#signer-0-name")
            .await
            .prop("value")
            .await
            .unwrap()
            .as_deref(),
        Some("Klaus Becker")
    );
    // The site manager refuses to sign.
    berlin.click(Locator::Css("#report-add-signer")).await;
    berlin.set_value("#signer-1-name", "Jörg Kranz").await;
    berlin.click(Locator::Css("#signer-1-refused")).await;
    // Not signed by the inspector: the answer is refused, and the report says why.
    berlin.wait_for("#signer-0-unsigned").await;
    berlin.click(Locator::Css("#send-answer")).await;
    berlin.wait_for("#report-signatures-error").await;
    berlin.screenshot("inspection-unsigned-de-768").await;
    // Klaus signs with his finger: two strokes.
    draw(
        &berlin,
        "#signer-0-pad",
        &[(-0.4, 0.2), (-0.25, -0.25), (-0.1, 0.2), (0.05, -0.2)],
    )
    .await;
    draw(&berlin, "#signer-0-pad", &[(0.1, 0.1), (0.4, 0.1)]).await;
    let ink = "return document.querySelector('#signer-0-pad .signature__ink').getAttribute('d');";
    let drawn = berlin.eval_text(ink).await;
    assert_eq!(drawn.matches('M').count(), 2, "two strokes: {drawn}");
    // The page did not scroll sideways under the finger, and fits the tablet.
    let wide = "return document.documentElement.scrollWidth <= window.innerWidth;";
    assert_eq!(
        berlin.client.execute(wide, vec![]).await.unwrap(),
        json!(true)
    );
    berlin.screenshot("inspection-signed-de-768").await;
    berlin.click(Locator::Css("#send-answer")).await;
    berlin
        .wait_for_text(
            "#request-state",
            &imi_tests::offline::message("de", "request-state-answered"),
        )
        .await;

    // Saved as drawn: the strokes inside the pad, in order.
    let read = app.get_json(&liga, &format!("/api/requests/{draft}")).await;
    assert_eq!(read["state"], "answered");
    let report = &read["report"];
    assert_eq!(report["inspected_on"], today.as_str());
    assert_eq!(
        report["place"],
        "Baustelle Friedrichstraße 12, 10117 Berlin"
    );
    assert_eq!(report["signatures"][0]["role"], "inspector");
    let strokes = report["signatures"][0]["mark"]["strokes"]
        .as_array()
        .unwrap();
    assert_eq!(strokes.len(), 2, "{report}");
    for point in strokes.iter().flat_map(|s| s.as_array().unwrap()) {
        let (x, y) = (point[0].as_u64().unwrap(), point[1].as_u64().unwrap());
        assert!(x <= 600 && y <= 200, "{point}");
    }
    assert_eq!(report["signatures"][1]["name"], "Jörg Kranz");
    assert_eq!(report["signatures"][1]["mark"]["kind"], "refused");
    assert_eq!(
        read["questions"][2]["answer"]["value"],
        json!({ "kind": "measurement", "value": "12.5" })
    );

    // Līga reads the report in Latvian, the signature drawn as Klaus drew it.
    riga.client
        .goto(&app.url(&format!("/requests/{draft}")))
        .await
        .unwrap();
    riga.wait_for_text(
        "#report-place-read",
        "Baustelle Friedrichstraße 12, 10117 Berlin",
    )
    .await;
    // The measure as Latvian writes it, with the unit's symbol.
    riga.wait_for_text("#request-questions", "12,5").await;
    let shown = riga
        .eval_text("return document.querySelector('#report-signatures .signature__ink').getAttribute('d');")
        .await;
    assert_eq!(shown, drawn);
    riga.wait_for_text(
        "#report-signatures",
        &imi_tests::offline::message("lv", "inspection-refused-to-sign"),
    )
    .await;
    let to_report = "document.getElementById('inspection-report').scrollIntoView(); return true;";
    riga.client.execute(to_report, vec![]).await.unwrap();
    riga.screenshot("inspection-report-lv").await;
    riga.client.set_window_size(1024, 768).await.unwrap();
    riga.client.execute(to_report, vec![]).await.unwrap();
    riga.screenshot("inspection-report-lv-1024").await;
    riga.close().await;
    berlin.close().await;
}

/// Līga's inspection request about the crane, sent and accepted by Klaus through the API;
/// its id.
async fn accepted_inspection(app: &imi_tests::TestApp) -> i64 {
    let liga = app.user(LIGA_LV).await;
    let klaus = app.user(KLAUS_DE).await;
    let draft = app
        .crane_inspection(json!([
            { "question": app.question_id("services.checks.inspection_result") },
        ]))
        .await;
    app.sent_and_accepted(&liga, &klaus, draft).await.0
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_report_signed_without_signal_is_sent_when_it_returns() {
    use imi_tests::link::Link;
    use imi_tests::offline::{eventually, logged_in_as, offline, open, wait_until_controlled};
    require_built_spa();
    let app = imi_tests::spawn_app(Engine::Sqlite).await;
    let id = accepted_inspection(&app).await;
    let link = Link::to(app.server.addr).await;
    let berlin = logged_in_as(&link, "de-DE,de", KLAUS_DE).await;
    wait_until_controlled(&berlin).await;
    open(&berlin, &link, &format!("/requests/{id}")).await;
    berlin.wait_for("#inspection-report").await;

    // In the cellar of the building site, no signal: the whole report, signed.
    offline(&berlin, &link, true).await;
    berlin
        .wait_for("#answer-0")
        .await
        .select_by_value("inspection_result.passed_with_remarks")
        .await
        .unwrap();
    let today = chrono::Utc::now().date_naive().to_string();
    berlin.set_date("report-date", &today).await;
    berlin
        .set_value(
            "#report-place",
            "Baustelle Friedrichstraße 12, Untergeschoss",
        )
        .await;
    berlin.click(Locator::Css("#report-add-signer")).await;
    draw(
        &berlin,
        "#signer-0-pad",
        &[(-0.3, 0.1), (0.0, -0.2), (0.3, 0.1)],
    )
    .await;
    berlin.click(Locator::Css("#send-answer")).await;
    berlin.wait_for("#queue-note").await;
    // A reload without signal: the report waits on the device, and the form shows it.
    open(&berlin, &link, &format!("/requests/{id}")).await;
    berlin.wait_for("#inspection-report").await;
    let place = "return document.getElementById('report-place').value;";
    eventually(
        "the kept report in the form",
        || berlin.eval_text(place),
        |p| p == "Baustelle Friedrichstraße 12, Untergeschoss",
    )
    .await;
    let ink = "return (document.querySelector('#signer-0-pad .signature__ink') || {getAttribute: () => ''}).getAttribute('d') || '';";
    let drawn = berlin.eval_text(ink).await;
    assert!(drawn.starts_with('M'), "the signature kept: {drawn:?}");
    berlin.screenshot("inspection-offline-de").await;
    let liga = app.user(LIGA_LV).await;
    let state = || {
        let liga = liga.clone();
        let url = app.url(&format!("/api/requests/{id}"));
        async move {
            let view: Value = liga.get(url).send().await.unwrap().json().await.unwrap();
            view["state"].as_str().unwrap_or_default().to_owned()
        }
    };
    assert_eq!(state().await, "accepted");

    // The signal returns: the report, then the answer, go once, in order.
    offline(&berlin, &link, false).await;
    eventually("the answer sent", state, |s| s == "answered").await;
    let read = app.get_json(&liga, &format!("/api/requests/{id}")).await;
    let report = &read["report"];
    assert_eq!(
        report["place"],
        "Baustelle Friedrichstraße 12, Untergeschoss"
    );
    assert_eq!(report["signatures"][0]["name"], "Klaus Becker");
    assert_eq!(report["signatures"][0]["mark"]["kind"], "signed");
    berlin.close().await;
}
