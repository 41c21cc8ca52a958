//! The app without a network, in headless Chromium: after one visit the service worker opens
//! it with the network switched off, in the user's language, and says it is offline; the
//! requests a user opened open offline too, for that user only, until they log out or their
//! session ends; a new release waits for the user's consent and then replaces the old one
//! whole.
//!
//! Offline is both ChromeDriver's network emulation (the page, which then says it is offline)
//! and a cut `Link` between the browser and the app (the service worker, which the emulation
//! leaves online: without the cut, its reads silently reached the server).

use backend::entities::session;
use imi_tests::link::Link;
use imi_tests::offline::{
    kept, latvian, logged_in, message, offline, open, wait_until_controlled, wait_until_gone,
    wait_until_kept,
};
use imi_tests::{ANA_PT, ANNA, Engine, require_built_spa, spa_dir};
use sea_orm::EntityTrait;
use sea_orm::sea_query::Expr;
use std::time::Duration;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_one_visit_the_app_opens_offline_in_the_users_language() {
    require_built_spa();
    let app = imi_tests::spawn_app(Engine::Sqlite).await;
    let link = Link::to(app.server.addr).await;
    let browser = logged_in(&link).await;
    wait_until_controlled(&browser).await;
    // The shell and the language the page was read in; the worker arrived after the page
    // had fetched its language, and was asked to keep it.
    let kept = wait_until_kept(&browser, |kept| {
        kept.iter().any(|k| k.ends_with(" /locales/lv/main.ftl"))
    })
    .await;
    for file in ["/index.html", "/sw.js"] {
        let expected = file == "/index.html";
        assert_eq!(
            kept.iter().any(|k| k.ends_with(&format!(" {file}"))),
            expected,
            "{file} in {kept:?}"
        );
    }
    assert!(
        kept.iter()
            .any(|k| k.contains(" /pages-") && k.ends_with("_bg.wasm")),
        "the pages module in {kept:?}"
    );
    // Nothing of the API among the release's files: what only this user may see is kept
    // apart, for them (the next test).
    assert!(
        !kept
            .iter()
            .any(|k| k.contains(" /api/") && !k.starts_with("imi-data-")),
        "{kept:?}"
    );

    offline(&browser, &link, true).await;
    open(&browser, &link, "/").await;
    // The app started from what the worker keeps, in Latvian, and says it is offline.
    browser
        .wait_for_text("#offline-note", &latvian("offline-note"))
        .await;
    assert_eq!(
        browser
            .eval_text("return document.documentElement.lang;")
            .await,
        "lv"
    );
    browser.screenshot("offline-lv").await;
    // A language never read on this device cannot be had offline: the page stays as it is
    // (not a page without text), and so does the switcher.
    browser.choose_language("de").await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    browser
        .wait_for_text("#offline-note", &latvian("offline-note"))
        .await;
    let chosen =
        "return [document.documentElement.lang, document.getElementById('language').value];";
    assert_eq!(
        browser.client.execute(chosen, vec![]).await.unwrap(),
        serde_json::json!(["lv", "lv"])
    );
    // The signal comes back: the note goes without a reload, and the session is still there.
    offline(&browser, &link, false).await;
    wait_until_gone(&browser, "#offline-note").await;
    open(&browser, &link, "/").await;
    browser.wait_for("#user-name").await;
    // A language read online is there offline too.
    browser.choose_language("de").await;
    browser
        .wait_for_text("#page-title", &message("de", "inbox-title"))
        .await;
    offline(&browser, &link, true).await;
    open(&browser, &link, "/").await;
    browser
        .wait_for_text("#offline-note", &message("de", "offline-note"))
        .await;
    browser.screenshot("offline-de").await;
    browser.close().await;
}

/// Whether the worker keeps a user's read of the request `id`.
fn keeps_request(kept: &[String], id: i64) -> bool {
    kept.iter()
        .any(|k| k.starts_with("imi-data-") && k.ends_with(&format!(" /api/requests/{id}")))
}

/// Whether the worker keeps anything of a user's (the API's reads).
fn keeps_user_data(kept: &[String]) -> bool {
    kept.iter().any(|k| k.starts_with("imi-data-"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_opened_online_opens_offline_until_the_session_ends() {
    require_built_spa();
    let app = imi_tests::spawn_app(Engine::Sqlite).await;
    let link = Link::to(app.server.addr).await;
    let anna = app.user(ANNA).await;
    let list = imi_tests::get_json_at(&anna, &app.url("/api/requests?box=all")).await;
    let id = list["rows"][0]["id"]
        .as_i64()
        .expect("one of Anna's requests");
    let number = list["rows"][0]["number"].as_str().unwrap().to_owned();
    let browser = logged_in(&link).await;
    wait_until_controlled(&browser).await;
    open(&browser, &link, &format!("/requests/{id}")).await;
    browser.wait_for_text("#page-title", &number).await;
    let kept = wait_until_kept(&browser, |kept| keeps_request(kept, id)).await;
    // Kept for Anna alone, and only the reads that open her work: no documents, no search.
    let user = app.get_json(&anna, "/api/session").await["me"]["id"].clone();
    for entry in kept.iter().filter(|k| k.starts_with("imi-data-")) {
        assert!(entry.starts_with(&format!("imi-data-{user} ")), "{entry}");
        let path = entry.split(' ').nth(1).unwrap();
        assert!(
            [
                "/api/session",
                "/api/requests",
                "/api/requests/counts",
                "/api/catalogue"
            ]
            .contains(&path)
                || path == format!("/api/requests/{id}"),
            "{path} is kept"
        );
    }

    // Offline, the request opens as it was read, with Anna still named as signed in.
    offline(&browser, &link, true).await;
    open(&browser, &link, &format!("/requests/{id}")).await;
    browser.wait_for_text("#page-title", &number).await;
    browser
        .wait_for_text("#offline-note", &latvian("offline-note"))
        .await;
    browser.wait_for("#user-name").await;
    browser.screenshot("offline-request-lv").await;
    // On a tablet held upright the note wraps under the header, with no sideways scrolling.
    browser.client.set_window_size(768, 1024).await.unwrap();
    let wide = "return document.documentElement.scrollWidth <= window.innerWidth;";
    assert_eq!(
        browser.client.execute(wide, vec![]).await.unwrap(),
        serde_json::json!(true)
    );
    browser.screenshot("offline-request-lv-768").await;
    browser.client.set_window_size(1280, 900).await.unwrap();

    // Back online, her session ended elsewhere (she ended her other sessions from another
    // device): the next visit finds no session, and the device forgets what it kept.
    offline(&browser, &link, false).await;
    let ended = anna
        .delete(app.url("/api/me/sessions"))
        .send()
        .await
        .unwrap();
    assert_eq!(ended.status(), reqwest::StatusCode::NO_CONTENT);
    open(&browser, &link, "/").await;
    browser.wait_for("#email").await;
    wait_until_kept(&browser, |kept| !keeps_user_data(kept)).await;

    // Logged in again, her session about to end: once it has, what the device kept does not
    // open offline, though nobody told the device.
    browser.log_in(ANNA).await;
    browser.wait_for("#user-name").await;
    let ends = chrono::Utc::now() + chrono::Duration::seconds(4);
    session::Entity::update_many()
        .col_expr(session::Column::ExpiresAt, Expr::value(ends))
        .exec(&app.server.state.db)
        .await
        .unwrap();
    open(&browser, &link, &format!("/requests/{id}")).await;
    browser.wait_for_text("#page-title", &number).await;
    wait_until_kept(&browser, |kept| keeps_request(kept, id)).await;
    // Offline before the end, so that no answer of the server's (a 401) can tell the page.
    offline(&browser, &link, true).await;
    tokio::time::sleep((ends - chrono::Utc::now()).to_std().unwrap_or_default()).await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    open(&browser, &link, &format!("/requests/{id}")).await;
    browser.wait_for("#offline-note").await;
    browser.screenshot("expired-offline").await;
    browser.wait_for("#email").await;
    wait_until_kept(&browser, |kept| !keeps_user_data(kept)).await;
    offline(&browser, &link, false).await;

    // Logged in again and out: offline after the log-out, nothing of hers opens.
    browser.log_in(ANNA).await;
    browser.wait_for("#user-name").await;
    wait_until_kept(&browser, keeps_user_data).await;
    browser.click(fantoccini::Locator::Css("#logout")).await;
    browser.wait_for("#email").await;
    wait_until_kept(&browser, |kept| !keeps_user_data(kept)).await;
    offline(&browser, &link, true).await;
    open(&browser, &link, &format!("/requests/{id}")).await;
    browser.wait_for("#offline-note").await;
    browser.wait_for("#email").await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_assigned_to_the_handler_opens_offline_though_never_opened() {
    use backend::entities::authority;
    use sea_orm::{ActiveModelTrait, Set};
    require_built_spa();
    let app = imi_tests::spawn_app(Engine::Sqlite).await;
    // The Latvian inspectorate allocates its requests; Anna is one of its handlers.
    let db = &app.server.state.db;
    let vi = app.authority_id("Veselības inspekcija").await;
    let mut inspectorate: authority::ActiveModel = authority::Entity::find_by_id(vi)
        .one(db)
        .await
        .unwrap()
        .unwrap()
        .into();
    inspectorate.allocation_enabled = Set(true);
    inspectorate.update(db).await.unwrap();
    let anna = app.user(ANNA).await;
    let ana = app.user(ANA_PT).await;
    let id = app
        .send_request(&ana, "Veselības inspekcija", "Jānis Bērziņš")
        .await;
    let version = app.get_json(&anna, &format!("/api/requests/{id}")).await["version"]
        .as_i64()
        .unwrap();
    let accepted = accept(&app, &anna, id, version).await;
    let me = app.get_json(&anna, "/api/session").await["me"]["id"].clone();
    let assigned = anna
        .post(app.url(&format!("/api/requests/{id}/assign")))
        .json(&serde_json::json!({ "version": accepted, "user": me }))
        .send()
        .await
        .unwrap();
    assert_eq!(assigned.status(), reqwest::StatusCode::OK);
    let number = app.get_json(&anna, &format!("/api/requests/{id}")).await["number"]
        .as_str()
        .unwrap()
        .to_owned();

    // Anna signs in on the tablet and never opens the request: the device keeps it anyway,
    // with the overview's list of her assigned requests.
    let link = Link::to(app.server.addr).await;
    let browser = logged_in(&link).await;
    wait_until_controlled(&browser).await;
    let kept = wait_until_kept(&browser, |kept| keeps_request(kept, id)).await;
    assert!(
        kept.iter()
            .all(|k| !k.starts_with("imi-data-") || k.starts_with(&format!("imi-data-{me} "))),
        "{kept:?}"
    );

    // On site without signal: the overview's "assigned to me" lists it, and it opens.
    offline(&browser, &link, true).await;
    open(&browser, &link, "/").await;
    browser
        .wait_for_text("#offline-note", &latvian("offline-note"))
        .await;
    browser
        .click(fantoccini::Locator::Css("#inbox-assigned-to-me"))
        .await;
    let row = format!("#request-list [data-request='{id}'] a");
    browser.wait_for(&row).await;
    browser.screenshot("offline-assigned-lv").await;
    browser.click(fantoccini::Locator::Css(&row)).await;
    browser.wait_for_text("#page-title", &number).await;
    browser.close().await;
}

/// Accepts request `id` at `version` by its requested date; the new version.
async fn accept(app: &imi_tests::TestApp, client: &reqwest::Client, id: i64, version: i64) -> i64 {
    let body = serde_json::json!({
        "version": version,
        "action": { "action": "accept", "deadline": "as_requested" },
    });
    let response = client
        .post(app.url(&format!("/api/requests/{id}/actions")))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), reqwest::StatusCode::OK);
    response.json::<serde_json::Value>().await.unwrap()["version"]
        .as_i64()
        .unwrap()
}

/// A copy of the built SPA whose service worker can be replaced by a later release's: the
/// files are links to the build, the worker a file of its own (without precompressed copies,
/// which the server would otherwise send instead).
struct Release {
    dir: std::path::PathBuf,
    worker: String,
}

impl Release {
    fn copy() -> Release {
        let dir = std::env::temp_dir().join(format!("imi_spa_{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(&dir).unwrap();
        for entry in std::fs::read_dir(spa_dir()).unwrap() {
            let entry = entry.unwrap();
            let name = entry.file_name();
            if !name.to_string_lossy().starts_with("sw.js") {
                std::os::unix::fs::symlink(entry.path(), dir.join(&name)).unwrap();
            }
        }
        let worker = std::fs::read_to_string(spa_dir().join("sw.js")).unwrap();
        std::fs::write(dir.join("sw.js"), &worker).unwrap();
        Release { dir, worker }
    }

    /// The release's name, as the worker names its cache.
    fn name(&self) -> String {
        let start = self
            .worker
            .find("const RELEASE = '")
            .expect("the release's name")
            + "const RELEASE = '".len();
        let end = start + self.worker[start..].find('\'').unwrap();
        self.worker[start..end].to_owned()
    }

    /// Puts out the next release: a worker with another name.
    fn publish_next(&self) -> String {
        let next = format!("next{}", self.name());
        let worker = self.worker.replacen(
            &format!("const RELEASE = '{}'", self.name()),
            &format!("const RELEASE = '{next}'"),
            1,
        );
        std::fs::write(self.dir.join("sw.js"), worker).unwrap();
        next
    }
}

impl Drop for Release {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The release caches among what the worker keeps (not the user's kept reads).
fn caches_of(kept: &[String]) -> Vec<String> {
    let mut names: Vec<String> = kept
        .iter()
        .filter(|k| k.starts_with("imi-shell-"))
        .filter_map(|k| k.split(' ').next().map(str::to_owned))
        .collect();
    names.dedup();
    names
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_release_waits_for_the_user_then_replaces_the_old_one_whole() {
    require_built_spa();
    let release = Release::copy();
    let first = format!("imi-shell-{}", release.name());
    let dir = release.dir.clone();
    let app = imi_tests::spawn_app_with(Engine::Sqlite, |config| config.static_dir = dir).await;
    let link = Link::to(app.server.addr).await;
    let browser = logged_in(&link).await;
    wait_until_controlled(&browser).await;
    wait_until_kept(&browser, |kept| caches_of(kept) == [first.clone()]).await;

    let next = format!("imi-shell-{}", release.publish_next());
    // The browser looks for a new worker when the app is opened again.
    open(&browser, &link, "/").await;
    browser
        .wait_for_text("#update-note", &latvian("update-ready"))
        .await;
    // Until the user accepts it, the page runs on the release it started with, whose files
    // are all still kept.
    let both = kept(&browser).await;
    assert_eq!(caches_of(&both), [first.clone(), next.clone()], "{both:?}");
    browser.screenshot("update-ready-lv").await;
    browser
        .click(fantoccini::Locator::Css("#update-reload"))
        .await;
    // The page starts again under the new release, and the old one's files are gone; the
    // language read under the old one is kept for the new one too.
    let kept = wait_until_kept(&browser, |kept| caches_of(kept) == [next.clone()]).await;
    assert!(
        kept.contains(&format!("{next} /locales/lv/main.ftl")),
        "{kept:?}"
    );
    browser.wait_for("#user-name").await;
    wait_until_gone(&browser, "#update-note").await;
    browser.close().await;
}
