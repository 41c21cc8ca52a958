//! Every page, in two languages, checked with axe-core (pinned, from npm) in headless
//! Chromium: no serious or critical WCAG 2.1 A or AA violation. The official's pages as Anna
//! (Latvian health inspectorate), the coordinator's as Jānis, and the log-in page; in
//! Latvian at a tablet's size, where every touch target must be at least 44×44 pixels.

use imi_tests::browser::Browser;
use imi_tests::{ANNA, JANIS_LV, TestApp, require_built_spa};

/// The text of the page's heading, or nothing while there is none.
const TITLE: &str =
    "const t = document.getElementById('page-title'); return t ? t.textContent : '';";

/// The languages every page is checked in: one of the Baltic alphabet, one of long words.
const LANGUAGES: [&str; 2] = ["lv", "de"];

/// Opens each of `paths` in `language` and collects what axe-core finds, page by page.
///
/// In the first language the pages are seen at a tablet's size (768×1024), and every touch
/// target on them must be at least 44×44 pixels; in the second, at a desktop's.
async fn check_pages(app: &TestApp, email: &str, language: &str, paths: &[String]) -> Vec<String> {
    let browser = Browser::start(&format!("{language},en")).await;
    let tablet = language == LANGUAGES[0];
    if tablet {
        browser.client.set_window_size(768, 1024).await.unwrap();
    }
    browser.client.goto(&app.url("/login")).await.unwrap();
    // The interface's language as a user's choice, so that no account's own language wins.
    let choose =
        format!("localStorage.setItem('imi.language', JSON.stringify('{language}')); return true;");
    browser.client.execute(&choose, vec![]).await.unwrap();
    browser.client.refresh().await.unwrap();
    let mut found = Vec::new();
    for problem in browser.serious_accessibility_violations().await {
        found.push(format!("/login ({language}): {problem}"));
    }
    // The check itself sees a fault: an image without a text alternative, put in and taken
    // out again.
    let planted = "const i = document.createElement('img'); i.id = 'planted'; i.src = '/favicon.svg'; \
                   document.body.append(i); return true;";
    browser.client.execute(planted, vec![]).await.unwrap();
    let seen = browser.serious_accessibility_violations().await;
    assert!(
        seen.iter().any(|v| v.starts_with("image-alt")),
        "axe-core missed it: {seen:?}"
    );
    browser
        .client
        .execute(
            "document.getElementById('planted').remove(); return true;",
            vec![],
        )
        .await
        .unwrap();
    if backend::demo::second_factor_of(email).is_some() {
        browser.log_in_with_code(app, email).await;
    } else {
        browser.log_in(email).await;
    }
    browser.wait_for("#user-name").await;
    for path in paths {
        // Moved to in the app, as a user follows a link: the page is not loaded again.
        let before: String = browser.eval_text(TITLE).await;
        // Where the log-in landed needs no move.
        let go = "if (location.pathname === arguments[0]) return false; \
                  history.pushState(null, '', arguments[0]); \
                  dispatchEvent(new PopStateEvent('popstate', { state: null })); return true;";
        let moved = browser
            .client
            .execute(go, vec![path.as_str().into()])
            .await
            .unwrap();
        let before = if moved == serde_json::Value::Bool(true) {
            before
        } else {
            String::new()
        };
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        loop {
            let now: String = browser.eval_text(TITLE).await;
            if !now.is_empty() && now != before {
                break;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "{path} showed no title of its own"
            );
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        // What the page fetches after its title (lists, counts) has a moment to arrive.
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        let lang: String = browser
            .eval_text("return document.documentElement.lang;")
            .await;
        assert_eq!(lang, language, "{path}: the page's lang attribute");
        for problem in browser.serious_accessibility_violations().await {
            found.push(format!("{path} ({language}): {problem}"));
        }
        if tablet {
            for target in browser.small_touch_targets().await {
                found.push(format!(
                    "{path} at 768×1024: a touch target under 44×44: {target}"
                ));
            }
            found.extend(check_sizes(&browser, path, language).await);
        }
    }
    browser.close().await;
    found
}

/// The sizes a page must fit without sideways scrolling: a phone held upright, a tablet held
/// sideways, and (last, as the pages are checked) a tablet held upright.
const SIZES: [(u32, u32); 3] = [(360, 740), (1024, 768), (768, 1024)];

/// Shows the page at each of [`SIZES`], takes its screenshot there, and says where it scrolls
/// sideways.
async fn check_sizes(browser: &Browser, path: &str, language: &str) -> Vec<String> {
    let mut found = Vec::new();
    let name: String = path
        .trim_matches('/')
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let name = if name.is_empty() {
        "overview".to_owned()
    } else {
        name
    };
    for (width, height) in SIZES {
        browser.client.set_window_size(width, height).await.unwrap();
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        let wide: String = browser
            .eval_text(
                "return document.documentElement.scrollWidth > window.innerWidth \
                 ? `${document.documentElement.scrollWidth} > ${window.innerWidth}` : '';",
            )
            .await;
        if !wide.is_empty() {
            found.push(format!(
                "{path} at {width}×{height}: scrolls sideways ({wide})"
            ));
        }
        // A date is read and typed as one thing: its day, month and year boxes on one line.
        let split: String = browser
            .eval_text(
                "return [...document.querySelectorAll('.date-field__parts')]\
                 .filter(p => p.offsetParent !== null \
                   && new Set([...p.children].map(c => c.offsetTop)).size > 1)\
                 .map(p => p.closest('.date-field').id).join(', ');",
            )
            .await;
        if !split.is_empty() {
            found.push(format!(
                "{path} at {width}×{height}: a date's boxes on more than one line ({split})"
            ));
        }
        browser
            .screenshot(&format!("page-{name}-{language}-{width}x{height}"))
            .await;
    }
    found
}

/// On SQLite only: what is checked is the pages, not the engine.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_passes_axe_in_two_languages() {
    require_built_spa();
    let app = imi_tests::spawn_app(imi_tests::Engine::Sqlite).await;
    let anna = app.user(ANNA).await;
    let request = app.get_json(&anna, "/api/requests?box=all").await["rows"][0]["id"]
        .as_i64()
        .expect("a demo request of Anna's");
    let vi = app.authority_id("Veselības inspekcija").await;
    let em = app.authority_id("Ekonomikas ministrija").await;
    let official: Vec<String> = [
        "/".to_owned(),
        "/authorities".to_owned(),
        format!("/authorities/{vi}"),
        "/catalogue".to_owned(),
        "/tools/question-check".to_owned(),
        "/requests/new".to_owned(),
        format!("/requests/{request}"),
        "/alerts".to_owned(),
        "/alerts/new".to_owned(),
        "/alerts/check".to_owned(),
        "/statistics".to_owned(),
        "/account".to_owned(),
    ]
    .into();
    let coordinator: Vec<String> = [
        "/coordination".to_owned(),
        "/registry".to_owned(),
        "/registry/new".to_owned(),
        format!("/authorities/{em}/users"),
        "/data-subjects".to_owned(),
    ]
    .into();
    // The inspector's on-site report of the demo inspection, one person already signed.
    let klaus_email = "klaus.becker@lagetsi.de.example";
    let klaus = app.user(klaus_email).await;
    let rows = app.get_json(&klaus, "/api/requests?box=to_answer").await;
    let inspection = rows["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["kind"] == "inspection")
        .expect("the demo inspection")["id"]
        .as_i64()
        .unwrap();
    let view = app
        .get_json(&klaus, &format!("/api/requests/{inspection}"))
        .await;
    let saved = klaus
        .put(app.url(&format!("/api/requests/{inspection}/report")))
        .json(&serde_json::json!({ "version": view["version"], "report": {
            "place": "Baustelle Friedrichstraße 12, Berlin",
            "signatures": [{ "name": "Klaus Becker", "role": "inspector",
                "mark": { "kind": "signed", "strokes": [[[40, 150], [120, 40], [200, 150]]] } }],
        }}))
        .send()
        .await
        .unwrap();
    assert!(saved.status().is_success(), "{}", saved.status());
    let inspector = vec![format!("/requests/{inspection}")];
    let mut found = Vec::new();
    for language in LANGUAGES {
        found.extend(check_pages(&app, ANNA, language, &official).await);
        found.extend(check_pages(&app, JANIS_LV, language, &coordinator).await);
        found.extend(check_pages(&app, klaus_email, language, &inspector).await);
    }
    assert!(found.is_empty(), "axe-core found:\n{}", found.join("\n"));
}

/// On a phone the navigation is one row that scrolls sideways; the current page's entry is
/// brought into view in it, and the page itself does not scroll sideways.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_a_phone_the_current_pages_entry_is_in_the_navigation_row() {
    require_built_spa();
    let app = imi_tests::spawn_app(imi_tests::Engine::Sqlite).await;
    let browser = Browser::start("lv,en").await;
    browser.client.set_window_size(360, 740).await.unwrap();
    browser.client.goto(&app.url("/login")).await.unwrap();
    browser.log_in(ANNA).await;
    browser.wait_for("#user-name").await;
    let entry = "a.nav__link[href='/tools/question-check']";
    let in_view = format!(
        "const a = document.querySelector(\"{entry}\").getBoundingClientRect(); \
         const row = document.querySelector('.nav__inner').getBoundingClientRect(); \
         return a.left >= row.left && a.right <= row.right ? 'in view' : 'hidden';"
    );
    assert_eq!(browser.eval_text(&in_view).await, "hidden");
    // Moved to as a link elsewhere would move there: WebDriver's click would scroll the
    // entry into view itself.
    let go = "history.pushState(null, '', '/tools/question-check'); \
              dispatchEvent(new PopStateEvent('popstate', { state: null })); return true;";
    browser.client.execute(go, vec![]).await.unwrap();
    browser
        .wait_for(&format!("{entry}.nav__link--active"))
        .await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while browser.eval_text(&in_view).await != "in view" {
        assert!(
            std::time::Instant::now() < deadline,
            "the current page's entry stays out of the row's view"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let wide = "return document.documentElement.scrollWidth > window.innerWidth ? 'wide' : '';";
    assert_eq!(browser.eval_text(wide).await, "");
    browser.screenshot("nav-phone-lv").await;
    browser.close().await;
}
