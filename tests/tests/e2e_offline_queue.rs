//! Work done offline, in headless Chromium: answers, a message and a photo made with no
//! network are kept on the device, survive a reload, and are sent once, in order, when the
//! connection returns; a change the request overtook meanwhile waits for its author, who
//! sees what changed and decides; logging out deletes what is still waiting, once the user
//! agrees.
//!
//! Offline is ChromeDriver's emulation for the page and a cut `Link` for its service worker
//! (see `e2e_offline.rs`).

use imi_tests::browser::Browser;
use imi_tests::link::Link;
use imi_tests::offline::{
    eventually, kept, logged_in_as, message, offline, open, wait_until_controlled, wait_until_gone,
    wait_until_kept,
};
use imi_tests::{ANA_PT, ANNA, Engine, TestApp, require_built_spa};
use reqwest::Client;
use serde_json::{Value, json};
use std::time::Duration;

/// A request Anna (LV) sent to Ordem dos Médicos and Ana (PT) accepted: (id, Anna's client,
/// Ana's client).
async fn accepted_request(app: &TestApp) -> (i64, Client, Client) {
    let anna = app.user(ANNA).await;
    let ana = app.user(ANA_PT).await;
    let id = app
        .send_request(&anna, "Ordem dos Médicos", "João Silva")
        .await;
    let version = app.get_json(&ana, &format!("/api/requests/{id}")).await["version"].clone();
    let accepted = ana
        .post(app.url(&format!("/api/requests/{id}/actions")))
        .json(&json!({ "version": version, "action": { "action": "accept", "deadline": "as_requested" } }))
        .send()
        .await
        .unwrap();
    assert_eq!(accepted.status(), reqwest::StatusCode::OK);
    (id, anna, ana)
}

/// What each test starts from: the app behind a link the test can cut, a request Anna sent
/// and Ana accepted, the two users' API clients, and Ana's browser with the request open.
struct Setting {
    app: TestApp,
    link: Link,
    id: i64,
    anna: Client,
    ana: Client,
    browser: Browser,
}

async fn setting() -> Setting {
    require_built_spa();
    let app = imi_tests::spawn_app(Engine::Sqlite).await;
    let link = Link::to(app.server.addr).await;
    let (id, anna, ana) = accepted_request(&app).await;
    let browser = ana_with_request_open(&link, id).await;
    Setting {
        app,
        link,
        id,
        anna,
        ana,
        browser,
    }
}

/// Ana's browser, in Portuguese, with the request open online and kept for offline use.
async fn ana_with_request_open(link: &Link, id: i64) -> Browser {
    let browser = logged_in_as(link, "pt-PT,pt", ANA_PT).await;
    wait_until_controlled(&browser).await;
    open(&browser, link, &format!("/requests/{id}")).await;
    browser.wait_for("#request-questions").await;
    wait_until_kept(&browser, |kept| {
        kept.iter()
            .any(|k| k.starts_with("imi-data-") && k.ends_with(&format!(" /api/requests/{id}")))
    })
    .await;
    browser
}

/// The changes the page's queue keeps, as "status kind" per entry, oldest first.
async fn queued(browser: &Browser) -> Vec<String> {
    let script = "return Array.from(document.querySelectorAll('#queue .queue__item'))
        .map(item => item.dataset.status);";
    serde_json::from_value(browser.client.execute(script, vec![]).await.unwrap()).unwrap()
}

/// Waits until the page shows `count` changes in its queue panel; their statuses.
async fn wait_until_queued(browser: &Browser, count: usize) -> Vec<String> {
    eventually(
        "the changes shown",
        || queued(browser),
        |l| l.len() == count,
    )
    .await
}

/// Waits until the device keeps no change of anyone's.
async fn wait_until_nothing_kept(browser: &Browser) {
    eventually(
        "the queue's entries",
        || queue_entries(browser),
        Vec::is_empty,
    )
    .await;
}

/// Waits until the request has `count` entries of `kind` in its history, as Anna sees it.
async fn wait_for_events(app: &TestApp, anna: &Client, id: i64, kind: &str, count: usize) {
    let probe = || async { count_of(&view(app, anna, id).await, kind) };
    eventually(kind, probe, |n| *n == count).await;
}

/// Answers the request's only question (the diploma's award date) with a date.
async fn answer_with_a_date(browser: &Browser) {
    browser
        .wait_for("#answer-0")
        .await
        .select_by_value("date")
        .await
        .unwrap();
    browser.set_date("answer-0-date", "2005-07-15").await;
}

/// Writes `text` in the request's message box and sends it.
async fn write_message(browser: &Browser, text: &str) {
    browser.set_value("#message", text).await;
    browser
        .click(fantoccini::Locator::Css("#send-message"))
        .await;
}

/// Attaches the file at `path` with the uploader's file button.
async fn attach(browser: &Browser, path: &std::path::Path) {
    browser
        .wait_for("#upload-file")
        .await
        .send_keys(path.to_str().unwrap())
        .await
        .unwrap();
}

/// The entries of the queue's caches (`imi-queue-<user>`), as the worker test lists them.
async fn queue_entries(browser: &Browser) -> Vec<String> {
    kept(browser)
        .await
        .into_iter()
        .filter(|k| k.starts_with("imi-queue-"))
        .collect()
}

/// The request as Anna sees it.
async fn view(app: &TestApp, anna: &Client, id: i64) -> Value {
    app.get_json(anna, &format!("/api/requests/{id}?language=lv"))
        .await
}

fn count_of(view: &Value, kind: &str) -> usize {
    view["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == kind)
        .count()
}

/// Scrolls the page so that `css` is at the top of the window, for a screenshot of it.
async fn show(browser: &Browser, css: &str) {
    let script = "document.querySelector(arguments[0]).scrollIntoView(); return true;";
    browser
        .client
        .execute(script, vec![css.into()])
        .await
        .unwrap();
}

/// Waits for the page's confirmation dialog and accepts or declines it.
async fn answer_dialog(browser: &Browser, accept: bool) {
    for _ in 0..100 {
        let answered = if accept {
            browser.client.accept_alert().await
        } else {
            browser.client.dismiss_alert().await
        };
        if answered.is_ok() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("no dialog asked");
}

/// A photo as a tablet's camera gives it (its first bytes are what makes it a JPEG).
fn photo() -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("obra-{}.jpg", uuid::Uuid::new_v4().simple()));
    let mut bytes =
        b"\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00".to_vec();
    bytes.extend(std::iter::repeat_n(0x42, 4096));
    bytes.extend(b"\xFF\xD9");
    std::fs::write(&path, bytes).unwrap();
    path
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answers_a_message_and_a_photo_made_offline_are_sent_once_when_the_connection_returns() {
    let Setting {
        app,
        link,
        id,
        anna,
        ana: _,
        browser,
    } = setting().await;

    offline(&browser, &link, true).await;
    // A photo of the site and a message, made with no network: kept.
    let photo = photo();
    attach(&browser, &photo).await;
    wait_until_queued(&browser, 1).await;
    write_message(&browser, "Enviado sem rede, da obra.").await;
    wait_until_queued(&browser, 2).await;
    // Then the answer, sent: kept too, and the form still shows it.
    answer_with_a_date(&browser).await;
    browser
        .click(fantoccini::Locator::Css("#send-answer"))
        .await;
    assert_eq!(wait_until_queued(&browser, 3).await, ["waiting"; 3]);
    assert_eq!(queue_entries(&browser).await.len(), 3);

    // Reloaded with no network: the changes are still there, in the panel, in the shell's
    // note and in the form.
    open(&browser, &link, &format!("/requests/{id}")).await;
    browser.wait_for("#request-questions").await;
    assert_eq!(wait_until_queued(&browser, 3).await, ["waiting"; 3]);
    browser.wait_for("#queue-note").await;
    browser.wait_for_text("#queue", "obra-").await;
    browser.wait_for_text("#queue", "Enviado sem rede").await;
    let chosen = browser
        .eval_text("return document.getElementById('answer-0').value;")
        .await;
    assert_eq!(chosen, "date");
    show(&browser, "#queue").await;
    browser.screenshot("offline-queue-pt").await;
    browser.client.set_window_size(768, 1024).await.unwrap();
    let wide = "return document.documentElement.scrollWidth <= window.innerWidth;";
    assert_eq!(
        browser.client.execute(wide, vec![]).await.unwrap(),
        json!(true)
    );
    show(&browser, "#queue").await;
    browser.screenshot("offline-queue-pt-768").await;
    browser.client.set_window_size(1280, 900).await.unwrap();
    // Nothing reached the server meanwhile.
    assert_eq!(view(&app, &anna, id).await["state"], "accepted");

    // The connection returns: everything is sent, in order, once, and the page shows the
    // request as the server has it now.
    offline(&browser, &link, false).await;
    wait_until_gone(&browser, "#queue").await;
    wait_until_gone(&browser, "#queue-note").await;
    browser
        .wait_for_text("#request-state", &message("pt", "request-state-answered"))
        .await;
    browser.wait_for_text("#documents", "obra-").await;
    let now = view(&app, &anna, id).await;
    assert_eq!(now["state"], "answered");
    assert_eq!(count_of(&now, "message"), 1);
    assert_eq!(now["attachments"].as_array().unwrap().len(), 1);
    assert_eq!(now["questions"][0]["answer"]["value"]["date"], "2005-07-15");
    // In the order they were made: the photo, the message, the answer.
    let kinds: Vec<&str> = now["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["kind"].as_str())
        .filter(|k| ["attachment_added", "message", "answered"].contains(k))
        .collect();
    assert_eq!(kinds, ["attachment_added", "message", "answered"]);
    // Each write reached the server once: the tries made offline never left the device.
    for path in ["/answers", "/messages", "/attachments"] {
        let served = app.times_served(|p| p.starts_with(&format!("/api/requests/{id}{path}")));
        assert_eq!(served, 1, "{path}");
    }
    assert!(queue_entries(&browser).await.is_empty());
    let _ = std::fs::remove_file(photo);
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_the_request_overtook_waits_for_its_author_who_decides() {
    let Setting {
        app,
        link,
        id,
        anna,
        ana: _,
        browser,
    } = setting().await;

    // Offline, Ana answers and writes to the requester.
    offline(&browser, &link, true).await;
    answer_with_a_date(&browser).await;
    browser
        .click(fantoccini::Locator::Css("#save-answers"))
        .await;
    wait_until_queued(&browser, 1).await;
    write_message(&browser, "Respondo quando houver rede.").await;
    wait_until_queued(&browser, 2).await;

    // Meanwhile the requester corrects whom the request is about.
    let version = view(&app, &anna, id).await["version"].clone();
    let corrected = anna
        .put(app.url(&format!("/api/requests/{id}/subject")))
        .json(&json!({ "version": version, "subject": { "name": "João Pedro Silva" } }))
        .send()
        .await
        .unwrap();
    assert_eq!(
        corrected.status(),
        reqwest::StatusCode::OK,
        "{}",
        corrected.text().await.unwrap()
    );

    // Back online, neither goes: both wait for Ana, the shell says so, and the history
    // marks what happened since she wrote them.
    offline(&browser, &link, false).await;
    browser.wait_for("#queue-held").await;
    eventually(
        "the changes held",
        || queued(&browser),
        |l| l == &["conflict", "conflict"],
    )
    .await;
    browser
        .wait_for_text("#queue", &message("pt", "request-state-accepted"))
        .await;
    browser
        .wait_for("#timeline .timeline__event--new[data-kind='rectified']")
        .await;
    browser.screenshot("offline-conflict-history-pt").await;
    show(&browser, "#queue").await;
    browser.screenshot("offline-conflict-pt").await;
    let now = view(&app, &anna, id).await;
    assert_eq!(count_of(&now, "message"), 0);
    assert!(now["questions"][0]["answer"].is_null(), "{now}");

    // She decides to send the message anyway, on the request as it is now: it goes.
    browser
        .click(fantoccini::Locator::Css(
            "#queue .queue__item:nth-child(2) .btn--primary",
        ))
        .await;
    wait_until_queued(&browser, 1).await;
    wait_for_events(&app, &anna, id, "message", 1).await;

    // The answers still wait for her. Logging out asks first, since it deletes them;
    // declined, nothing happens; agreed, they are gone from the device.
    browser.click(fantoccini::Locator::Css("#logout")).await;
    answer_dialog(&browser, false).await;
    browser.wait_for("#user-name").await;
    assert_eq!(queue_entries(&browser).await.len(), 1);
    browser.click(fantoccini::Locator::Css("#logout")).await;
    answer_dialog(&browser, true).await;
    browser.wait_for("#email").await;
    wait_until_nothing_kept(&browser).await;
    browser.close().await;
}

/// Ends every session of `user`, as their expiry does.
async fn end_sessions(app: &TestApp, user: i64) {
    use backend::entities::session;
    use sea_orm::sea_query::Expr;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    session::Entity::update_many()
        .col_expr(
            session::Column::ExpiresAt,
            Expr::value(chrono::Utc::now() - chrono::Duration::minutes(1)),
        )
        .filter(session::Column::UserId.eq(i32::try_from(user).unwrap()))
        .exec(&app.server.state.db)
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn waiting_changes_outlive_the_session_for_their_author_and_no_one_else() {
    let Setting {
        app,
        link,
        id,
        anna,
        ana,
        browser,
    } = setting().await;
    let user = app.get_json(&ana, "/api/session").await["me"]["id"]
        .as_i64()
        .unwrap();

    // A message written offline, and the session ends before the network returns.
    offline(&browser, &link, true).await;
    write_message(&browser, "Escrito antes do fim da sessão.").await;
    wait_until_queued(&browser, 1).await;
    end_sessions(&app, user).await;
    offline(&browser, &link, false).await;
    // The server refuses it for want of a session: the app asks Ana to log in again, and the
    // message waits on the device.
    browser.wait_for("#email").await;
    assert_eq!(queue_entries(&browser).await.len(), 1);
    assert_eq!(count_of(&view(&app, &anna, id).await, "message"), 0);
    // Ana logs in again: it goes, once.
    browser.log_in(ANA_PT).await;
    browser.wait_for("#user-name").await;
    wait_for_events(&app, &anna, id, "message", 1).await;
    wait_until_nothing_kept(&browser).await;

    // Another message offline, the session ends again, and a colleague from another
    // authority logs in on the same tablet: Ana's message is deleted, never sent as theirs.
    open(&browser, &link, &format!("/requests/{id}")).await;
    browser.wait_for("#message").await;
    offline(&browser, &link, true).await;
    write_message(&browser, "Não deve partir.").await;
    wait_until_queued(&browser, 1).await;
    end_sessions(&app, user).await;
    offline(&browser, &link, false).await;
    browser.wait_for("#email").await;
    browser.log_in(ANNA).await;
    browser.wait_for("#user-name").await;
    wait_until_nothing_kept(&browser).await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(count_of(&view(&app, &anna, id).await, "message"), 1);
    browser.close().await;
}

/// A PNG of `width` × `height` pixels of noise (which neither PNG nor JPEG compresses well,
/// as a photo of a building site), written to a temporary file.
fn noisy_png(width: u32, height: u32) -> std::path::PathBuf {
    use std::io::Write;
    fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
        out.extend(u32::try_from(data.len()).unwrap().to_be_bytes());
        let mut crc = flate2::Crc::new();
        crc.update(kind);
        crc.update(data);
        out.extend(kind);
        out.extend(data);
        out.extend(crc.sum().to_be_bytes());
    }
    let mut state: u32 = 0x9E37_79B9;
    let mut pixels = Vec::with_capacity(((width * 3 + 1) * height) as usize);
    let mut noise = || {
        // xorshift: noise without a dependency.
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        state.to_le_bytes()[0]
    };
    for _ in 0..height {
        // Each row starts with its filter: none.
        pixels.extend(std::iter::once(0).chain((0..width * 3).map(|_| noise())));
    }
    let mut zlib = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
    zlib.write_all(&pixels).unwrap();
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut header = Vec::new();
    header.extend(width.to_be_bytes());
    header.extend(height.to_be_bytes());
    header.extend([8, 2, 0, 0, 0]); // 8 bits, RGB, deflate, no filter, no interlace
    chunk(&mut png, b"IHDR", &header);
    chunk(&mut png, b"IDAT", &zlib.finish().unwrap());
    chunk(&mut png, b"IEND", &[]);
    let path = std::env::temp_dir().join(format!("fissura-{}.png", uuid::Uuid::new_v4().simple()));
    std::fs::write(&path, png).unwrap();
    path
}

/// The width and height a JPEG's frame header (SOF0 or SOF2) gives.
fn jpeg_size(bytes: &[u8]) -> Option<(u16, u16)> {
    let mut at = 2;
    while at + 9 < bytes.len() {
        if bytes[at] != 0xFF {
            return None;
        }
        let marker = bytes[at + 1];
        let length = usize::from(u16::from_be_bytes([bytes[at + 2], bytes[at + 3]]));
        if matches!(marker, 0xC0 | 0xC2) {
            let height = u16::from_be_bytes([bytes[at + 5], bytes[at + 6]]);
            let width = u16::from_be_bytes([bytes[at + 7], bytes[at + 8]]);
            return Some((width, height));
        }
        at += 2 + length;
    }
    None
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_photo_is_made_smaller_on_the_device_unless_the_original_is_asked_for() {
    let Setting {
        app,
        link,
        id,
        anna,
        ana: _,
        browser,
    } = setting().await;
    let photo = noisy_png(2400, 1600);
    let original = std::fs::metadata(&photo).unwrap().len();
    let attachments = |view: Value| view["attachments"].as_array().unwrap().clone();

    // As it comes: a JPEG of at most 2048 pixels on its longer side, smaller than the file.
    attach(&browser, &photo).await;
    browser.wait_for_text("#documents", "fissura-").await;
    let stored = attachments(view(&app, &anna, id).await);
    assert_eq!(stored.len(), 1);
    let name = stored[0]["file_name"].as_str().unwrap();
    assert!(name.ends_with(".jpg"), "{name}");
    let bytes = anna
        .get(app.url(&format!("/api/attachments/{}", stored[0]["id"])))
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    assert!(
        (bytes.len() as u64) < original / 2,
        "{} of {original}",
        bytes.len()
    );
    assert_eq!(jpeg_size(&bytes), Some((2048, 1365)));

    // Asked for the original: sent as it is.
    browser
        .click(fantoccini::Locator::Css("#upload-original"))
        .await;
    attach(&browser, &photo).await;
    let probe = || async { attachments(view(&app, &anna, id).await) };
    let stored = eventually("the documents", probe, |a| a.len() == 2).await;
    let kept = stored
        .iter()
        .find(|a| a["file_name"].as_str().unwrap().ends_with(".png"))
        .expect("the original PNG");
    assert_eq!(kept["size"].as_u64(), Some(original));

    // Offline, a document larger than a device keeps (10 MB) is refused at once, saying why,
    // and nothing is kept.
    offline(&browser, &link, true).await;
    attach(&browser, &photo).await;
    browser
        .wait_for_text(".toasts", &message("pt", "error-too-large-to-keep"))
        .await;
    assert!(queue_entries(&browser).await.is_empty());
    // A device with no room left refuses to keep even a small photo, and says so.
    let origin = link.url("/");
    let origin = origin.trim_end_matches('/');
    browser
        .devtools(
            "Storage.overrideQuotaForOrigin",
            json!({ "origin": origin, "quotaSize": 1 }),
        )
        .await;
    let small = self::photo();
    attach(&browser, &small).await;
    browser
        .wait_for_text(".toasts", &message("pt", "error-device-storage-full"))
        .await;
    assert!(queue_entries(&browser).await.is_empty());
    let _ = std::fs::remove_file(photo);
    let _ = std::fs::remove_file(small);
    browser.close().await;
}
