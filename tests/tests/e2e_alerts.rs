//! An alert end to end in headless Chromium, each official in their own language: the
//! Latvian health inspectorate sends a qualification alert about a doctor; the Portuguese and
//! Norwegian alert coordinators acknowledge it and pass it on; a Portuguese handler reads it
//! in Portuguese, acknowledges receipt and finds the doctor on the check page; the sender
//! closes it, and everyone sees it closed.

use imi_tests::browser::Browser;
use imi_tests::{ANA_PT, ANNA, INGRID_NO, RUI_PT, TestApp, db_test, require_built_spa};
use shared::LanguageCode;

/// Opens `path` and logs in there as `email` (with the app's code where the account has a
/// second factor); the page asked for shows once logged in.
async fn open_as(browser: &Browser, app: &TestApp, email: &str, path: &str) {
    browser.client.goto(&app.url(path)).await.unwrap();
    if backend::demo::second_factor_of(email).is_some() {
        browser.log_in_with_code(app, email).await;
    } else {
        browser.log_in(email).await;
    }
    browser.wait_for("#user-name").await;
}

/// Today by the app's clock, moved `days` on.
fn day(app: &TestApp, days: i64) -> String {
    (app.server.state.clock.now() + chrono::Duration::days(days))
        .format("%Y-%m-%d")
        .to_string()
}

/// A receiving coordinator opens the alert, acknowledges it for their country and passes it
/// on to the authorities the registry suggests; returns how many got it.
async fn acknowledge_and_pass_on(app: &TestApp, email: &str, language: &str, id: i64) -> usize {
    let coordinator = Browser::start(language).await;
    open_as(&coordinator, app, email, &format!("/alerts/{id}")).await;
    // Opened from its address (an e-mail's link): the pages module was asked for at once,
    // beside the app's.
    assert_eq!(coordinator.preloaded_pages_files().await, 2);
    coordinator
        .click(fantoccini::Locator::Css("#alert-acknowledge"))
        .await;
    coordinator
        .wait_for("#alert-deliveries tr[data-country] .badge--info")
        .await;
    assert!(
        coordinator
            .client
            .find(fantoccini::Locator::Css("#alert-acknowledge"))
            .await
            .is_err(),
        "an acknowledgement given is not offered again"
    );
    // The suggestions come ticked: the competent authorities for doctors of the country.
    coordinator.wait_for("#pass-on-list input:checked").await;
    let ticked = coordinator
        .client
        .find_all(fantoccini::Locator::Css("#pass-on-list input:checked"))
        .await
        .unwrap()
        .len();
    coordinator
        .screenshot(&format!("alert-pass-on-{language}"))
        .await;
    coordinator
        .click(fantoccini::Locator::Css("#alert-pass-on"))
        .await;
    coordinator
        .wait_for("#alert-deliveries tr[data-country] .badge--success")
        .await;
    coordinator.close().await;
    ticked
}

db_test!(
    an_alert_goes_from_latvia_to_every_country_and_is_closed,
    |app| {
        require_built_spa();
        // The Latvian inspector composes in Latvian, in steps.
        let anna = Browser::start("lv-LV,lv").await;
        open_as(&anna, &app, ANNA, "/alerts/new").await;
        anna.click(fantoccini::Locator::Css(
            "#alert-kind-professional_qualification",
        ))
        .await;
        anna.click(fantoccini::Locator::Css("#alert-next")).await;
        for (field, value) in [
            ("given_names", "Pēteris"),
            ("surname", "Ozoliņš"),
            ("deciding_authority", "Veselības inspekcija"),
            ("scope", "Aizliegts veikt ārsta praksi."),
        ] {
            anna.set_value(&format!("#alert-field-{field}"), value)
                .await;
        }
        anna.set_value("#alert-field-profession", "doctor").await;
        anna.set_value("#alert-field-decision", "prohibition").await;
        anna.set_date("alert-field-birth_date", "1975-03-14").await;
        // A decision in the future is refused in the form, before anything is sent.
        anna.set_date("alert-field-decision_date", &day(&app, 2))
            .await;
        anna.wait_for(".field--invalid").await;
        anna.set_date("alert-field-decision_date", &day(&app, -1))
            .await;
        anna.set_date("alert-field-valid_from", &day(&app, -1))
            .await;
        // Decided yesterday, due within three days: the form counts the days left.
        anna.wait_for("#alert-days-left").await;
        anna.click(fantoccini::Locator::Css("#alert-next")).await;
        anna.wait_for("#alert-countries-all").await;
        anna.click(fantoccini::Locator::Css("#alert-next")).await;
        anna.set_value("#alert-comment", "Licence anulēta ar inspekcijas lēmumu.")
            .await;
        anna.screenshot("alert-compose-review-lv").await;
        anna.click(fantoccini::Locator::Css("#alert-send")).await;
        anna.wait_for("#alert-state[data-state='sent']").await;
        let path = anna.client.current_url().await.unwrap().path().to_owned();
        let id: i64 = path
            .rsplit('/')
            .next()
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("an alert's address, not {path}"));
        // Every country received it; none acknowledged yet.
        assert_eq!(
            anna.client
                .find_all(fantoccini::Locator::Css(
                    "#alert-deliveries tr[data-country]"
                ))
                .await
                .unwrap()
                .len(),
            30
        );

        // The Portuguese and Norwegian alert coordinators pass it on.
        let portugal = acknowledge_and_pass_on(&app, RUI_PT, "pt-PT,pt", id).await;
        let norway = acknowledge_and_pass_on(&app, INGRID_NO, "nb-NO,nb", id).await;
        assert!(
            portugal >= 1 && norway >= 1,
            "{portugal} / {norway} passed on"
        );

        // The Portuguese handler finds it in the overview, reads it in Portuguese and
        // acknowledges receipt for the Ordem dos Médicos.
        let ana = Browser::start("pt-PT,pt").await;
        open_as(&ana, &app, ANA_PT, "/").await;
        ana.wait_for_text("#alert-count-to-acknowledge", "1").await;
        ana.click(fantoccini::Locator::Css("#alert-count-to-acknowledge"))
            .await;
        // Passed on to her authority since she last looked: the list marks it as news.
        ana.wait_for(&format!("[data-alert='{id}'] [data-unread]"))
            .await;
        ana.click(fantoccini::Locator::Css(&format!("[data-alert='{id}'] a")))
            .await;
        let kinds = &app.server.state.alert_kinds;
        let kind_name =
            &kinds.texts(LanguageCode::parse("pt").unwrap()).kind["professional_qualification"]
                .name;
        ana.wait_for_text("#alert-kind", kind_name).await;
        let doctor = app
            .server
            .state
            .search
            .taxonomy()
            .get("doctor")
            .unwrap()
            .labels[&LanguageCode::parse("pt").unwrap()]
            .label
            .clone();
        ana.wait_for_text("[data-field='profession']", &doctor)
            .await;
        ana.wait_for_text("[data-field='surname']", "Ozoliņš").await;
        ana.screenshot("alert-read-pt").await;
        ana.click(fantoccini::Locator::Css("#alert-acknowledge-receipt"))
            .await;
        ana.wait_for("[data-kind='receipt_acknowledged']").await;

        // "May this doctor practise?": the name as a Portuguese keyboard types it, without the
        // Latvian diacritics and with one letter wrong.
        ana.client.goto(&app.url("/alerts/check")).await.unwrap();
        ana.set_value("#alert-check-name", "Peteris Ozolinsh").await;
        ana.set_value("#alert-check-profession", "doctor").await;
        ana.click(fantoccini::Locator::Css("#alert-check-submit"))
            .await;
        ana.wait_for(&format!(".alert-match[data-alert='{id}']"))
            .await;
        ana.screenshot("alert-check-pt").await;
        // Another name finds nothing, and says so.
        ana.set_value("#alert-check-name", "Maria Santos").await;
        ana.click(fantoccini::Locator::Css("#alert-check-submit"))
            .await;
        ana.wait_for("#alert-check-none").await;

        // The sender closes it.
        anna.client.refresh().await.unwrap();
        anna.wait_for("#alert-deliveries tr[data-country='PT'] .badge--success")
            .await;
        anna.screenshot("alert-recipients-lv").await;
        // The end of the prohibition becomes known: Anna modifies the alert. Its kind and
        // countries cannot change, so the composer goes from the fields to sending.
        anna.click(fantoccini::Locator::Css("#alert-modify")).await;
        anna.set_date("alert-field-valid_until", &day(&app, 90))
            .await;
        anna.click(fantoccini::Locator::Css("#alert-next")).await;
        anna.wait_for("#alert-modify-note").await;
        anna.click(fantoccini::Locator::Css("#alert-send")).await;
        anna.wait_for("[data-field='valid_until']").await;
        anna.wait_for("[data-kind='modified']").await;
        anna.click(fantoccini::Locator::Css("#alert-close")).await;
        anna.wait_for("#alert-state[data-state='closed']").await;
        anna.close().await;

        // Everyone sees it closed: the handler in the browser, the coordinators through the API.
        ana.client
            .goto(&app.url(&format!("/alerts/{id}")))
            .await
            .unwrap();
        ana.wait_for("#alert-state[data-state='closed']").await;
        assert!(
            ana.client
                .find(fantoccini::Locator::Css("#alert-actions"))
                .await
                .is_err(),
            "a closed alert offers no action"
        );
        ana.close().await;
        for email in [RUI_PT, INGRID_NO] {
            let client = app.user(email).await;
            let view = app.get_json(&client, &format!("/api/alerts/{id}")).await;
            assert_eq!(view["state"], "closed", "{email}");
        }
    }
);
