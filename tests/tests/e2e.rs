//! End-to-end: the real built SPA, served by the real server, in headless Chromium.
//! `./run.sh test` builds the SPA before running these.

use fantoccini::Locator;
use fantoccini::key::Key;
use imi_tests::browser::Browser;
use imi_tests::{ANNA, DEMO_PASSWORD, db_test, require_built_spa};

/// `field-error-invalid-format` in Latvian.
const INVALID_FORMAT_LV: &str = "Neatbilst paredzētajam formātam";

async fn log_in_with_keyboard(browser: &Browser, email: &str, password: &str) {
    let email_input = browser.wait_for("#email").await;
    email_input.click().await.unwrap();
    // Keyboard only: type, Tab to the password, type, Enter submits.
    email_input
        .send_keys(&format!("{email}{}", char::from(Key::Tab)))
        .await
        .unwrap();
    let active = browser.client.active_element().await.unwrap();
    assert_eq!(
        active.attr("id").await.unwrap().as_deref(),
        Some("password"),
        "Tab moves to the password"
    );
    active
        .send_keys(&format!("{password}{}", char::from(Key::Enter)))
        .await
        .unwrap();
}

db_test!(log_in_see_the_inbox_and_switch_to_latvian, |app| {
    require_built_spa();
    let browser = Browser::start("en-US,en").await;
    browser.client.goto(&app.url("/")).await.unwrap();

    // Anonymous: the log-in page, in the browser's language.
    browser.wait_for_text("h1", "Log in").await;
    browser.screenshot("desktop-login").await;
    log_in_with_keyboard(&browser, ANNA, DEMO_PASSWORD).await;

    browser.wait_for_text("#page-title", "Inbox").await;
    browser.wait_for_text("#user-name", "Anna Bērziņa").await;
    browser
        .wait_for_text("#user-authority", "Veselības inspekcija")
        .await;
    browser.wait_for_text("#box-all", "All").await;

    // Switching is instant: no reload, the same page re-renders in Latvian.
    let marker = "window.__imiNoReload = true; return true;";
    browser.client.execute(marker, vec![]).await.unwrap();
    browser.choose_language("lv").await;
    browser.wait_for_text("#page-title", "Iesūtne").await;
    browser.wait_for_text("#box-all", "Visi").await;
    browser.wait_for_text("nav", "Iesūtne").await;
    browser.screenshot("desktop-inbox-lv").await;
    let same_page = browser
        .client
        .execute("return window.__imiNoReload === true;", vec![])
        .await
        .unwrap();
    assert_eq!(
        same_page,
        serde_json::json!(true),
        "the language switch must not reload the page"
    );
    let lang = browser
        .client
        .execute("return document.documentElement.lang;", vec![])
        .await
        .unwrap();
    assert_eq!(lang, serde_json::json!("lv"));

    // The choice is saved on the account, not only in this browser.
    {
        use sea_orm::EntityTrait;
        let mut saved = None;
        for _ in 0..50 {
            let user = backend::entities::user::Entity::find()
                .all(&app.server.state.db)
                .await
                .unwrap()
                .into_iter()
                .find(|u| u.email == ANNA)
                .unwrap();
            saved = user.language;
            if saved.is_some() {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        assert_eq!(saved.as_deref(), Some("lv"));
    }

    // A reload keeps the session and the language.
    browser.client.refresh().await.unwrap();
    browser.wait_for_text("#page-title", "Iesūtne").await;
    browser.wait_for_text("#user-name", "Anna Bērziņa").await;

    // A request number that is none is said at its field, in words; a real one finds the
    // request.
    let number = browser.wait_for("#request-number").await;
    number.send_keys("2026-x").await.unwrap();
    browser
        .wait_for_text("#request-number-error", INVALID_FORMAT_LV)
        .await;
    // Backspace six times: clearing the field by script would not tell the page.
    number
        .send_keys(&format!("{}1", "\u{e003}".repeat(6)))
        .await
        .unwrap();
    browser.wait_for_text("#request-list", "000001").await;
    assert!(
        browser
            .client
            .find(Locator::Css("#request-number-error"))
            .await
            .is_err()
    );

    // A client-side route loaded directly is served by the SPA.
    browser
        .client
        .goto(&app.url("/no/such/page"))
        .await
        .unwrap();
    browser.wait_for_text("h1", "Lapa nav atrasta").await;

    // Log out, then a wrong password is reported in Latvian.
    browser.wait_for("#logout").await.click().await.unwrap();
    browser.wait_for_text("h1", "Pieteikties").await;
    log_in_with_keyboard(&browser, ANNA, "wrong password").await;
    browser
        .wait_for_text("#login-error", "E-pasta adrese vai parole nav pareiza")
        .await;
    browser.screenshot("desktop-login-error-lv").await;
    browser.close().await;
});

db_test!(empty_fields_are_flagged_before_anything_is_sent, |app| {
    require_built_spa();
    let browser = Browser::start("lv-LV,lv").await;
    browser.client.goto(&app.url("/login")).await.unwrap();
    // A Latvian browser gets Latvian without choosing.
    browser.wait_for_text("h1", "Pieteikties").await;
    browser
        .wait_for("#login-submit")
        .await
        .click()
        .await
        .unwrap();
    browser
        .wait_for_text("#email-error", "Šis lauks ir obligāts")
        .await;
    browser
        .wait_for_text("#password-error", "Šis lauks ir obligāts")
        .await;
    let invalid = browser
        .wait_for("#email")
        .await
        .attr("aria-invalid")
        .await
        .unwrap();
    assert_eq!(invalid.as_deref(), Some("true"));
    browser.close().await;
});

db_test!(usable_on_a_360_pixel_phone, |app| {
    require_built_spa();
    let browser = Browser::start("en-US,en").await;
    browser.client.set_window_size(360, 740).await.unwrap();
    browser.client.goto(&app.url("/")).await.unwrap();
    log_in_with_keyboard(&browser, ANNA, DEMO_PASSWORD).await;
    browser.wait_for_text("#page-title", "Inbox").await;
    let overflow = browser
        .client
        .execute(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;",
            vec![],
        )
        .await
        .unwrap();
    browser.screenshot("phone-inbox").await;
    assert_eq!(
        overflow,
        serde_json::json!(0),
        "nothing may stick out sideways at 360 px"
    );
    // Touch targets: the language select and log-out button are at least 44 px high.
    for css in ["#language", "#logout"] {
        let height = browser
            .client
            .execute(
                &format!("return document.querySelector('{css}').getBoundingClientRect().height;"),
                vec![],
            )
            .await
            .unwrap();
        assert!(
            height.as_f64().unwrap() >= 44.0,
            "{css} is {height} px high"
        );
    }
    let _ = browser.client.find(Locator::Css("#logout")).await.unwrap();
    browser.close().await;
});

db_test!(question_check_flags_errors_while_typing, |app| {
    require_built_spa();
    let browser = Browser::start("lv-LV,lv").await;
    browser.client.goto(&app.url("/")).await.unwrap();
    log_in_with_keyboard(&browser, ANNA, DEMO_PASSWORD).await;
    browser.wait_for_text("nav", "Jautājumu pārbaude").await;
    browser
        .client
        .find(Locator::LinkText("Jautājumu pārbaude"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    browser
        .wait_for_text("#page-title", "Jautājuma pārbaude")
        .await;

    // A placeholder left open is reported as it is typed, in Latvian, before anything is sent.
    let template = browser.wait_for("#template").await;
    template
        .send_keys("Vai [${SPBusinessName] ir pareizs?")
        .await
        .unwrap();
    browser
        .wait_for_text(
            "#template-error",
            "Vietturis, kas sākas ar 6. rakstzīmi, nav aizvērts",
        )
        .await;

    // Corrected, the placeholder's field appears with its Latvian label.
    template.clear().await.unwrap();
    template
        .send_keys("Vai [${SPBusinessName}] ir pareizs?")
        .await
        .unwrap();
    let value = browser.wait_for("#value-SPBusinessName").await;
    browser
        .wait_for_text("label[for=value-SPBusinessName]", "Pakalpojumu sniedzēja")
        .await;

    // Too long a value: the same code the API answers with (tests/api.rs), translated here.
    value.send_keys(&"x".repeat(201)).await.unwrap();
    browser
        .wait_for_text(
            "#value-SPBusinessName-error",
            "nedrīkst būt garāka par 200 rakstzīmēm",
        )
        .await;
    browser.screenshot("question-check-error-lv").await;

    value.clear().await.unwrap();
    value.send_keys("Tamme Pagarid OÜ").await.unwrap();
    browser
        .wait_for_text("#preview mark.value", "Tamme Pagarid OÜ")
        .await;
    browser
        .wait_for("#check-submit")
        .await
        .click()
        .await
        .unwrap();
    browser
        .wait_for_text(".toast", "Serveris pieņem šo jautājumu")
        .await;
    browser.close().await;
});

db_test!(
    every_language_is_offered_by_its_own_name_and_loaded_on_demand,
    |app| {
        require_built_spa();
        let browser = Browser::start("pt-PT,pt").await;
        browser.client.goto(&app.url("/")).await.unwrap();
        // A Portuguese browser gets Portuguese before anyone chooses.
        log_in_with_keyboard(&browser, "ana.costa@om.pt.example", DEMO_PASSWORD).await;
        browser
            .wait_for_text("#page-title", "Caixa de entrada")
            .await;
        let names = browser
        .client
        .execute("return [...document.querySelectorAll('#language option')].map(o => o.textContent.trim());", vec![])
        .await
        .unwrap();
        let names: Vec<String> = serde_json::from_value(names).unwrap();
        assert_eq!(names.len(), 26, "{names:?}");
        for name in [
            "Latviešu",
            "Português",
            "Norsk bokmål",
            "Deutsch",
            "Ελληνικά",
            "Gaeilge",
            "Íslenska",
        ] {
            assert!(
                names.iter().any(|n| n == name),
                "{name} missing from {names:?}"
            );
        }
        // Only the chosen language was fetched; switching fetches the next one.
        let fetched = "return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('/locales/'));";
        let before: Vec<String> =
            serde_json::from_value(browser.client.execute(fetched, vec![]).await.unwrap()).unwrap();
        assert_eq!(before.len(), 1, "{before:?}");
        assert!(before[0].ends_with("/locales/pt/main.ftl"), "{before:?}");
        browser.choose_language("nb").await;
        browser.wait_for_text("#page-title", "Innboks").await;
        let after: Vec<String> =
            serde_json::from_value(browser.client.execute(fetched, vec![]).await.unwrap()).unwrap();
        assert!(
            after.iter().any(|n| n.ends_with("/locales/nb/main.ftl")),
            "{after:?}"
        );
        assert_eq!(after.len(), 2, "{after:?}");
        browser.close().await;
    }
);

db_test!(the_catalogue_reads_in_the_users_language, |app| {
    require_built_spa();
    let browser = Browser::start("pt-PT,pt").await;
    browser.client.goto(&app.url("/catalogue")).await.unwrap();
    log_in_with_keyboard(&browser, "ana.costa@om.pt.example", DEMO_PASSWORD).await;
    // After log-in the page asked for is shown, in Portuguese.
    browser.wait_for_text("#page-title", "Catálogo").await;
    browser.wait_for(".question").await;
    let english_question = "Is [";
    let texts = browser
        .client
        .execute(
            "return [...document.querySelectorAll('.question__text')].map(e => e.textContent);",
            vec![],
        )
        .await
        .unwrap();
    let texts: Vec<String> = serde_json::from_value(texts).unwrap();
    assert!(
        texts.len() >= 40,
        "{} questions on the Services page",
        texts.len()
    );
    assert!(
        texts.iter().all(|t| !t.starts_with(english_question)),
        "Portuguese, not English: {texts:?}"
    );
    browser
        .wait_for("#area")
        .await
        .select_by_value("ecommerce")
        .await
        .unwrap();
    browser.wait_for("[data-key^='ecommerce.']").await;
    // Switching the interface language re-reads the catalogue in that language.
    browser.choose_language("lv").await;
    browser
        .wait_for_text("#page-title", "Jautājumu katalogs")
        .await;
    browser.wait_for_text(".topic__title", "").await;
    browser.screenshot("catalogue-lv").await;
    browser.close().await;
});

db_test!(search_as_you_type_and_open_the_profile, |app| {
    require_built_spa();
    let browser = Browser::start("lv-LV,lv").await;
    browser.client.goto(&app.url("/authorities")).await.unwrap();
    log_in_with_keyboard(&browser, ANNA, DEMO_PASSWORD).await;
    browser
        .wait_for_text("#page-title", "Iestādes meklēšana")
        .await;
    // The Riga official types the Latvian word, without its diacritic; results come as typed.
    let input = browser.wait_for("#authority-search").await;
    input.send_keys("elektrikis").await.unwrap();
    browser
        .wait_for("#country")
        .await
        .select_by_value("NO")
        .await
        .unwrap();
    browser
        .wait_for_text(".result", "Direktoratet for samfunnssikkerhet og beredskap")
        .await;
    browser
        .wait_for_text(".result__reason", "Kompetence: elektriķis")
        .await;
    browser.screenshot("search-lv").await;
    browser
        .click(Locator::XPath(
            "//a[contains(., 'Direktoratet for samfunnssikkerhet')]",
        ))
        .await;
    browser
        .wait_for_text(
            "#page-title",
            "Direktoratet for samfunnssikkerhet og beredskap",
        )
        .await;
    browser.wait_for_text("#competences", "elektriķis").await;
    browser.wait_for_text(".facts", "Norvēģija").await;
    browser.close().await;
});

/// The id of the focused element, once it is `id` (within a few seconds), else what it is.
async fn focused_becomes(browser: &Browser, id: &str) -> Option<String> {
    let mut last = None;
    for _ in 0..50 {
        last = match browser.client.active_element().await {
            Ok(element) => element.attr("id").await.ok().flatten(),
            Err(_) => None,
        };
        if last.as_deref() == Some(id) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    last
}

db_test!(focus_moves_to_the_new_pages_heading, |app| {
    require_built_spa();
    let browser = Browser::start("en-US,en").await;
    browser.client.goto(&app.url("/")).await.unwrap();
    log_in_with_keyboard(&browser, ANNA, DEMO_PASSWORD).await;
    browser.wait_for("#user-name").await;
    // A page of the app, then one of the pages module (which arrives a moment later): a
    // screen reader lands on each page's heading, and the keyboard goes on from there.
    for (path, title) in [("/authorities", "Find an authority"), ("/alerts", "Alerts")] {
        browser
            .click(Locator::Css(&format!("a.nav__link[href='{path}']")))
            .await;
        browser.wait_for_text("#page-title", title).await;
        assert_eq!(
            focused_becomes(&browser, "page-title").await.as_deref(),
            Some("page-title"),
            "after opening {path}"
        );
    }
    browser.close().await;
});

db_test!(news_arriving_is_told_to_screen_readers, |app| {
    require_built_spa();
    let browser = Browser::start("pt-PT,pt").await;
    browser.client.goto(&app.url("/")).await.unwrap();
    log_in_with_keyboard(&browser, imi_tests::ANA_PT, DEMO_PASSWORD).await;
    browser.wait_for("#box-all").await;
    let announced = async || {
        browser
            .eval_text(
                "const region = document.getElementById('live-announcement'); \
                 return region ? region.getAttribute('aria-live') + '|' + region.textContent : '';",
            )
            .await
    };
    // What the overview holds at its load is not news; the region is there, polite, empty.
    tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    assert_eq!(announced().await, "polite|");

    // Anna sends Ana's authority a request: the screen reader says so, in Portuguese.
    let anna = app.user(ANNA).await;
    app.send_request(&anna, "Ordem dos Médicos", "João Silva")
        .await;
    let messages =
        backend::messages::Messages::load(&imi_tests::workspace_root().join("locales")).unwrap();
    let expected = messages.text(
        shared::LanguageCode::parse("pt").unwrap(),
        "notifications-unread",
        &[("count", 1i64.into())],
    );
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
    let mut last = announced().await;
    while last != format!("polite|{expected}") {
        assert!(
            std::time::Instant::now() < deadline,
            "announced {last:?}, not {expected:?}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        last = announced().await;
    }
    browser.wait_for_text("#unread-count", "1").await;
});
