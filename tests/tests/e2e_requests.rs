//! End-to-end requests in headless Chromium: each official works in their own language and
//! reads the other's request in it.

use fantoccini::Locator;
use fantoccini::key::Key;
use imi_tests::browser::Browser;
use imi_tests::{ANA_PT, ANNA, DEMO_PASSWORD, TestApp, db_test, require_built_spa};
use shared::placeholder::{Template, render, to_plain_text, without_brackets};
use std::collections::BTreeMap;

const AWARDED_TO: &str = "professional_qualifications.diploma.awarded_to";
const AUTHENTIC: &str = "professional_qualifications.diploma.authenticity";
const ACCESS: &str = "professional_qualifications.diploma.access_to_profession";

async fn log_in(browser: &Browser, app: &TestApp, email: &str) {
    browser.client.goto(&app.url("/login")).await.unwrap();
    browser
        .wait_for("#email")
        .await
        .send_keys(email)
        .await
        .unwrap();
    browser
        .wait_for("#password")
        .await
        .send_keys(&format!("{DEMO_PASSWORD}{}", char::from(Key::Enter)))
        .await
        .unwrap();
    // Local administrators and coordinators are asked for their app's code next.
    if let Some(code) = app.demo_code(email) {
        browser
            .wait_for("#code")
            .await
            .send_keys(&format!("{code}{}", char::from(Key::Enter)))
            .await
            .unwrap();
    }
    browser.wait_for("#user-name").await;
}

async fn click(browser: &Browser, css: &str) {
    browser.click(Locator::Css(css)).await;
}

/// The catalogue text of `key` in `language`, rendered with `values` as plain text.
async fn expected_text(
    app: &TestApp,
    key: &str,
    language: shared::LanguageCode,
    values: &BTreeMap<String, String>,
) -> String {
    let question = app
        .server
        .state
        .catalogue
        .catalogue
        .questions
        .iter()
        .find(|q| q.id == key)
        .expect("a catalogue question");
    let template = Template::parse(&question.texts[&language]).unwrap();
    // As the screen shows it: values stand out by their style, without the template's
    // brackets around them.
    to_plain_text(&without_brackets(render(&template, values)))
}

db_test!(a_latvian_request_is_read_in_portuguese, |app| {
    require_built_spa();
    // The Latvian official composes in Latvian.
    let latvian = Browser::start("lv-LV,lv").await;
    log_in(&latvian, &app, ANNA).await;
    latvian
        .client
        .goto(&app.url("/requests/new"))
        .await
        .unwrap();
    latvian
        .wait_for("#compose-area")
        .await
        .select_by_value("professional_qualifications")
        .await
        .unwrap();
    click(&latvian, "#compose-next").await;
    let om = app.authority_id("Ordem dos Médicos").await;
    // A broad word finds many: the first results, the count, and "more" for the next ones.
    let search = latvian.wait_for("#compose-authority").await;
    search.send_keys("ārsts").await.unwrap();
    latvian.wait_for("#picker-more").await;
    let shown = || async {
        latvian
            .client
            .find_all(Locator::Css(".picker__list [data-authority]"))
            .await
            .unwrap()
            .len()
    };
    let first = shown().await;
    click(&latvian, "#picker-more").await;
    let mut more = shown().await;
    for _ in 0..50 {
        if more > first {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        more = shown().await;
    }
    assert!(more > first, "{first} results, then {more} after \"more\"");
    // Backspace over the word, then the name.
    search
        .send_keys(&format!("{}Ordem", "\u{e003}".repeat(5)))
        .await
        .unwrap();
    latvian.pick_authority(om).await;
    click(&latvian, "#compose-next").await;
    latvian
        .wait_for("#subject-name")
        .await
        .send_keys("João Silva")
        .await
        .unwrap();
    click(&latvian, "#compose-next").await;
    // Topics are folded: open the diploma's, then choose its questions.
    click(
        &latvian,
        "details[data-topic='professional_qualifications.diploma'] > summary",
    )
    .await;
    for key in [AUTHENTIC, AWARDED_TO, ACCESS] {
        click(
            &latvian,
            &format!("[data-key='{key}'] input[type=checkbox]"),
        )
        .await;
    }
    let awarded = app.question_id(AWARDED_TO);
    // Typed as a Latvian official would, with diacritics; validated as typed.
    latvian
        .wait_for(&format!("#value-{awarded}-PersonName"))
        .await
        .send_keys("João Silva")
        .await
        .unwrap();
    latvian
        .wait_for(&format!("#value-{awarded}-DateOfBirth"))
        .await
        .send_keys("1980-02-30")
        .await
        .unwrap();
    latvian.wait_for(".field--invalid").await;
    let birth = latvian
        .wait_for(&format!("#value-{awarded}-DateOfBirth"))
        .await;
    birth.clear().await.unwrap();
    birth.send_keys("1980-04-02").await.unwrap();
    click(&latvian, "#compose-next").await;
    latvian
        .wait_for("#compose-comment")
        .await
        .send_keys("Lūdzu, apstipriniet diplomu.")
        .await
        .unwrap();
    latvian.set_date("compose-date", "2099-01-31").await;
    click(&latvian, "#compose-next").await;
    latvian.wait_for_text("#draft-saved", "").await;
    click(&latvian, "#compose-send").await;
    latvian
        .wait_for_text("#request-state", "Gaida pieņemšanu")
        .await;
    latvian.screenshot("request-sent-lv").await;
    let path = latvian
        .client
        .current_url()
        .await
        .unwrap()
        .path()
        .to_owned();
    latvian.close().await;

    // The Portuguese official opens it in Portuguese.
    let portuguese = Browser::start("pt-PT,pt").await;
    log_in(&portuguese, &app, ANA_PT).await;
    portuguese.client.goto(&app.url(&path)).await.unwrap();
    portuguese.wait_for("#personal-data-hidden").await;
    click(&portuguese, "#action-accept").await;
    portuguese.wait_for_text("#request-state", "Aceite").await;
    portuguese
        .wait_for_text("#request-subject", "João Silva")
        .await;
    portuguese.screenshot("request-read-pt").await;

    // Every question in Portuguese, with the values as typed.
    let pt = shared::LanguageCode::parse("pt").unwrap();
    let values: BTreeMap<String, String> = [
        ("PersonName".to_owned(), "João Silva".to_owned()),
        ("DateOfBirth".to_owned(), "1980-04-02".to_owned()),
    ]
    .into();
    let shown: Vec<String> = {
        let mut texts = Vec::new();
        for element in portuguese
            .client
            .find_all(Locator::Css("#request-questions .question__text"))
            .await
            .unwrap()
        {
            texts.push(element.text().await.unwrap());
        }
        texts
    };
    let mut expected = Vec::new();
    for key in [AUTHENTIC, AWARDED_TO, ACCESS] {
        let own = if key == AWARDED_TO {
            values.clone()
        } else {
            BTreeMap::new()
        };
        expected.push(expected_text(&app, key, pt, &own).await);
    }
    assert_eq!(shown, expected);
    assert!(shown[1].contains("João Silva") && shown[1].contains("1980-04-02"));

    // The fixed answer parts are the catalogue's Portuguese ones.
    let fixed = &app.server.state.catalogue.catalogue.texts[&pt].answer;
    let options = portuguese.wait_for_text("#answer-1", &fixed["yes"]).await;
    for key in ["yes", "no", "unknown"] {
        assert!(options.contains(&fixed[key]), "{options} lacks {key}");
    }
    // The choice list of the first question is the Portuguese one.
    let authenticity = &app.server.state.catalogue.catalogue.texts[&pt].list;
    portuguese
        .wait_for_text(
            "#answer-0",
            &authenticity["document_authenticity.authentic"],
        )
        .await;
    // The comment keeps its language and says so.
    let comment = portuguese.wait_for_text("#request-comment", "Lūdzu").await;
    assert!(
        comment.contains("letão") || comment.contains("Letão"),
        "{comment}"
    );
    let lang = portuguese
        .wait_for("#request-comment [lang]")
        .await
        .attr("lang")
        .await
        .unwrap();
    assert_eq!(lang.as_deref(), Some("lv"));
    portuguese.close().await;
});

const COMPANY_REGISTERED: &str = "services.identity.company_registered";
const REGISTER_EXTRACT: &str = "services.identity.register_extract";

db_test!(latvia_asks_norway_and_closes_with_the_answer, |app| {
    require_built_spa();
    // A Latvian official finds the Norwegian register of electricians by typing in Latvian.
    let latvian = Browser::start("lv-LV,lv").await;
    log_in(&latvian, &app, "liga.ozola@bvkb.lv.example").await;
    latvian
        .client
        .goto(&app.url("/requests/new"))
        .await
        .unwrap();
    latvian
        .wait_for("#compose-area")
        .await
        .select_by_value("services")
        .await
        .unwrap();
    click(&latvian, "#compose-next").await;
    let dsb = app
        .authority_id("Direktoratet for samfunnssikkerhet og beredskap")
        .await;
    // As the real system's form: the country first, then the profession in Latvian.
    latvian
        .wait_for("#compose-authority-country")
        .await
        .select_by_value("NO")
        .await
        .unwrap();
    latvian
        .wait_for("#compose-authority")
        .await
        .send_keys("elektriķis")
        .await
        .unwrap();
    latvian.pick_authority(dsb).await;
    click(&latvian, "#compose-next").await;
    latvian
        .wait_for("#subject-name")
        .await
        .send_keys("Ole Hansen Elektro AS")
        .await
        .unwrap();
    click(&latvian, "#compose-next").await;
    click(
        &latvian,
        "details[data-topic='services.identity'] > summary",
    )
    .await;
    for key in [COMPANY_REGISTERED, REGISTER_EXTRACT] {
        click(
            &latvian,
            &format!("[data-key='{key}'] input[type=checkbox]"),
        )
        .await;
    }
    click(&latvian, "#compose-next").await;
    latvian.set_date("compose-date", "2099-03-31").await;
    click(&latvian, "#compose-next").await;
    click(&latvian, "#compose-send").await;
    latvian
        .wait_for_text("#request-state", "Gaida pieņemšanu")
        .await;
    let path = latvian
        .client
        .current_url()
        .await
        .unwrap()
        .path()
        .to_owned();

    // The Norwegian official, in Norwegian, accepts and answers with the register extract.
    let norwegian = Browser::start("nb-NO,nb").await;
    log_in(&norwegian, &app, imi_tests::KARI_NO).await;
    norwegian.client.goto(&app.url(&path)).await.unwrap();
    click(&norwegian, "#action-accept").await;
    norwegian.wait_for_text("#request-state", "Godtatt").await;
    let extract = app.question_id(REGISTER_EXTRACT);
    norwegian
        .wait_for("#upload-question")
        .await
        .select_by_value(&extract.to_string())
        .await
        .unwrap();
    let file = std::env::temp_dir().join(format!(
        "elvirksomhetsregisteret-{}.pdf",
        std::process::id()
    ));
    std::fs::write(
        &file,
        b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
    )
    .unwrap();
    norwegian
        .wait_for("#upload-file")
        .await
        .send_keys(file.to_str().unwrap())
        .await
        .unwrap();
    norwegian
        .wait_for_text("#documents", "elvirksomhetsregisteret")
        .await;
    // Sent with nothing chosen: each unanswered question says so at its place, in words.
    click(&norwegian, "#send-answer").await;
    let refusal = norwegian
        .wait_for("[data-question] [data-answer-error='missing']")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        !refusal.is_empty() && !refusal.contains("missing"),
        "{refusal}"
    );
    norwegian
        .wait_for("#answer-0")
        .await
        .select_by_value("yes")
        .await
        .unwrap();
    norwegian
        .wait_for("#answer-1")
        .await
        .select_by_value("document_attached")
        .await
        .unwrap();
    click(&norwegian, "#send-answer").await;
    norwegian.wait_for_text("#request-state", "Besvart").await;
    norwegian.screenshot("request-answered-nb").await;
    norwegian.close().await;
    let _ = std::fs::remove_file(&file);

    // The Latvian official reads the answer in Latvian, accepts it and closes the request.
    latvian.client.refresh().await.unwrap();
    latvian.wait_for_text("#request-state", "Atbildēts").await;
    let lv = shared::LanguageCode::parse("lv").unwrap();
    let fixed = &app.server.state.catalogue.catalogue.texts[&lv].answer;
    let answers = latvian
        .wait_for_text("#request-questions", &fixed["yes"])
        .await;
    assert!(answers.contains(&fixed["document_attached"]), "{answers}");
    latvian
        .wait_for_text("#documents", "elvirksomhetsregisteret")
        .await;
    // Ratings start unchosen; closing waits for both, and asks once more.
    latvian.wait_for("#rating-needed").await;
    for (rating, value) in [
        ("#rating-timeliness", "positive"),
        ("#rating-effort", "neutral"),
    ] {
        latvian
            .wait_for(rating)
            .await
            .select_by_value(value)
            .await
            .unwrap();
    }
    click(&latvian, "#action-close").await;
    latvian.wait_for("#confirm-close-text").await;
    click(&latvian, "#action-close-confirm").await;
    latvian.wait_for_text("#request-state", "Slēgts").await;
    latvian.screenshot("request-closed-lv").await;
    // The timeline tells it all, in Latvian.
    let mut kinds = Vec::new();
    for event in latvian
        .client
        .find_all(Locator::Css("#timeline [data-kind]"))
        .await
        .unwrap()
    {
        kinds.push(event.attr("data-kind").await.unwrap().unwrap());
    }
    assert_eq!(
        kinds,
        [
            "created",
            "sent",
            "accepted",
            "attachment_added",
            "answered",
            "closed"
        ]
    );
    latvian.wait_for_text("#timeline", "Kari Nordmann").await;
    // The overview finds it among the closed ones, filtered by state and day.
    let id: i64 = path.rsplit('/').next().unwrap().parse().unwrap();
    latvian.client.goto(&app.url("/")).await.unwrap();
    latvian
        .wait_for("#inbox-state")
        .await
        .select_by_value("closed")
        .await
        .unwrap();
    latvian.set_date("inbox-from", "2020-01-01").await;
    latvian
        .wait_for_text("#request-list", &format!("{id:06}"))
        .await;
    latvian.close().await;
});

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn free_text_in_another_language_is_machine_translated_on_request() {
    require_built_spa();
    let (translator, _seen, _task) = imi_tests::fake_translator::fake_libretranslate().await;
    let app = imi_tests::spawn_app_with(imi_tests::Engine::Sqlite, |config| {
        config.translator_url = Some(translator);
        config.translator_api_key = Some("secret-key".to_owned());
    })
    .await;
    // The demo's first case: a Latvian comment to the Portuguese association.
    let ana = app.user(ANA_PT).await;
    let list: serde_json::Value = ana
        .get(app.url("/api/requests?box=to_accept&country=LV"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let id = list["rows"][0]["id"].as_i64().expect("a Latvian request");
    // The comment, free text, is the Portuguese association's to read once it accepts.
    let view: serde_json::Value = ana
        .get(app.url(&format!("/api/requests/{id}")))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(view["comment"], serde_json::Value::Null);
    let accepted = ana
        .post(app.url(&format!("/api/requests/{id}/actions")))
        .json(&serde_json::json!({ "version": view["version"],
            "action": { "action": "accept", "deadline": "as_requested" } }))
        .send()
        .await
        .unwrap();
    assert_eq!(accepted.status(), reqwest::StatusCode::OK);
    let portuguese = Browser::start("pt-PT,pt").await;
    log_in(&portuguese, &app, ANA_PT).await;
    portuguese
        .client
        .goto(&app.url(&format!("/requests/{id}")))
        .await
        .unwrap();
    portuguese.wait_for("#request-comment").await;
    // Opened from its address (an e-mail's link), the page's first calls were started by
    // `index.html`'s early loader while the modules downloaded, and the app took each
    // answer (none is left) instead of asking again (each was made once).
    let left = "return Object.keys(window.imiEarly);";
    assert_eq!(
        portuguese.client.execute(left, vec![]).await.unwrap(),
        serde_json::json!([])
    );
    let made = format!(
        "return ['/api/session', '/locales/pt/main.ftl', '/api/requests/{id}?language=pt']\
         .map(path => performance.getEntriesByType('resource')\
         .filter(e => new URL(e.name).pathname + new URL(e.name).search === path).length);"
    );
    assert_eq!(
        portuguese.client.execute(&made, vec![]).await.unwrap(),
        serde_json::json!([1, 1, 1])
    );
    // A request's page is the app's own: it waits for one module, and the pages module is
    // neither preloaded nor fetched for it.
    assert_eq!(portuguese.preloaded_pages_files().await, 0);
    let pages = "return performance.getEntriesByType('resource')\
        .filter(e => /\\/pages-[0-9a-f]{16}(\\.js|_bg\\.wasm)$/.test(e.name)).length;";
    assert_eq!(
        portuguese.client.execute(pages, vec![]).await.unwrap(),
        serde_json::json!(0)
    );
    // Dates as Portuguese writes them, each kind in its own style: the deadline a day
    // without a time, the history's moments with one. `src/format.rs` keeps one `Intl`
    // formatter per kind and language; a mix-up of the two would show here.
    let deadline = ana
        .get(app.url(&format!("/api/requests/{id}")))
        .send()
        .await
        .unwrap()
        .json::<serde_json::Value>()
        .await
        .unwrap()["deadline"]
        .clone();
    let dates = "const when = document.querySelector('.timeline__when');\
        return [document.querySelector('#request-deadline').textContent, when.textContent,\
        new Intl.DateTimeFormat('pt', { timeZone: 'UTC', dateStyle: 'medium' })\
            .format(new Date(arguments[0])),\
        new Intl.DateTimeFormat('pt', { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' })\
            .format(new Date(when.getAttribute('datetime')))];";
    let dates = portuguese
        .client
        .execute(dates, vec![deadline])
        .await
        .unwrap();
    let dates: Vec<String> = serde_json::from_value(dates).unwrap();
    assert_eq!(dates[0], dates[2], "the deadline, a day");
    assert_eq!(dates[1], dates[3], "a moment of the history");
    assert!(
        !dates[0].contains(':') && dates[1].contains(':'),
        "{dates:?}"
    );
    click(&portuguese, "#request-comment .free-text__translate").await;
    let translated = portuguese
        .wait_for_text("#request-comment .free-text__translation", "[lv>pt]")
        .await;
    assert!(translated.contains("Ārsts"), "{translated}");
    portuguese.close().await;
}

/// How many times the server sent the pages module's wasm. Its name carries a content hash,
/// so that browsers keep it for good: a use from a cache (the browser's own, or the service
/// worker's) asks the server nothing.
fn pages_served(app: &TestApp) -> usize {
    app.times_served(|path| path.starts_with("/pages-") && path.ends_with("_bg.wasm"))
}

/// Waits (a bounded time) until the server has sent the pages module `count` times.
async fn wait_for_pages(app: &TestApp, count: usize) {
    for _ in 0..100 {
        if pages_served(app) == count {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!(
        "the pages module was sent {} times, not {count}",
        pages_served(app)
    );
}

db_test!(the_request_pages_are_loaded_when_first_opened, |app| {
    require_built_spa();
    let browser = Browser::start("en-US,en").await;
    // The log-in page needs neither the pages module nor a session check (no 401 from
    // `/api/me` before anyone logged in).
    browser.client.goto(&app.url("/")).await.unwrap();
    browser.wait_for("#email").await;
    assert_eq!(pages_served(&app), 0);
    let me_asked = "return performance.getEntriesByType('resource')\
        .filter(e => e.name.endsWith('/api/me')).length;";
    assert_eq!(browser.client.execute(me_asked, vec![]).await.unwrap(), 0);
    log_in(&browser, &app, ANNA).await;
    browser.wait_for_text("#page-title", "Inbox").await;
    // Once the overview shows, the module's bytes come while the browser is idle, once
    // (the service worker that keeps the app for offline use asks for them at the same time
    // and gets the same answer from the browser's cache).
    wait_for_pages(&app, 1).await;
    let marker = "window.__imiNoReload = true; return true;";
    browser.client.execute(marker, vec![]).await.unwrap();
    // The app's own link opens the composer, from the cache: not fetched again.
    click(&browser, "#new-request").await;
    browser.wait_for_text("#page-title", "New request").await;
    assert_eq!(pages_served(&app), 1);
    // Switching language re-renders the composer in place.
    browser.choose_language("lv").await;
    browser
        .wait_for_text("#page-title", "Jauns pieprasījums")
        .await;
    // Back to one of the app's pages, then back again: each module follows the address.
    click(&browser, "a.nav__link[href='/authorities']").await;
    browser
        .wait_for_text("#page-title", "Iestādes meklēšana")
        .await;
    // Each module renders on its own schedule: wait (a bounded time) until one title remains.
    let one_title = || async {
        let titles = "return document.querySelectorAll('#page-title').length;";
        for _ in 0..50 {
            if browser.client.execute(titles, vec![]).await.unwrap() == 1 {
                return true;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        false
    };
    assert!(one_title().await, "only the app's page shows");
    browser.client.back().await.unwrap();
    browser
        .wait_for_text("#page-title", "Jauns pieprasījums")
        .await;
    assert!(one_title().await, "only the composer shows");
    // All without a reload, and the module was fetched once.
    let still = "return window.__imiNoReload === true;";
    assert_eq!(browser.client.execute(still, vec![]).await.unwrap(), true);
    assert_eq!(pages_served(&app), 1);
    browser.close().await;

    // A request opened straight from its address (an e-mail's link): the module is asked for
    // at once, beside the app's, by the page's early loader.
    let direct = Browser::start("en-US,en").await;
    log_in(&direct, &app, ANNA).await;
    direct.client.goto(&app.url("/requests/new")).await.unwrap();
    // In Latvian: the language Anna chose above follows her account to this browser.
    direct
        .wait_for_text("#page-title", "Jauns pieprasījums")
        .await;
    assert_eq!(direct.preloaded_pages_files().await, 2);
    // This browser's own copy: the server sent the module once more, for this browser.
    assert_eq!(pages_served(&app), 2);
    // Asked for once by the page (here from a cache the inbox filled).
    let requested = "return performance.getEntriesByType('resource')\
        .filter(e => /\\/pages-[0-9a-f]{16}_bg\\.wasm$/.test(e.name)).length;";
    assert_eq!(direct.client.execute(requested, vec![]).await.unwrap(), 1);
    direct.close().await;
});
