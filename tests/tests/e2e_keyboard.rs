//! A request from draft to closed with the keyboard alone, in headless Chromium: the Latvian
//! official composes and sends it, the Portuguese official accepts and answers it, the
//! Latvian official closes it. Every control is reached with Tab (none needs a pointer), and
//! every control reached shows that it has the focus.

use fantoccini::key::Key;
use imi_tests::browser::Browser;
use imi_tests::offline::eventually;
use imi_tests::{ANA_PT, ANNA, DEMO_PASSWORD, TestApp, require_built_spa};

/// Presses `keys` (WebDriver keys, or text) on whatever has the focus, as a keyboard does:
/// through WebDriver's actions, not an element's (typing into a file input names a file).
async fn press(browser: &Browser, keys: &str) {
    use fantoccini::actions::{InputSource, KeyAction, KeyActions};
    let mut actions = KeyActions::new("keyboard".to_owned());
    for value in keys.chars() {
        actions = actions
            .then(KeyAction::Down { value })
            .then(KeyAction::Up { value });
    }
    browser.client.perform_actions(actions).await.unwrap();
}

fn key(key: Key) -> String {
    char::from(key).to_string()
}

/// Whether the focused element matches `css`.
async fn focused(browser: &Browser, css: &str) -> bool {
    let script = "const el = document.activeElement; return !!el && el.matches(arguments[0]);";
    let found = browser
        .client
        .execute(script, vec![css.into()])
        .await
        .unwrap();
    found == serde_json::json!(true)
}

/// Moves the focus with Tab until it is on `css` (waiting for it to be there first), and
/// checks that the focus shows (an outline or a shadow).
async fn tab_to(browser: &Browser, css: &str) {
    browser.wait_for(css).await;
    for _ in 0..250 {
        if focused(browser, css).await {
            let shown = browser
                .eval_text(
                    "const s = getComputedStyle(document.activeElement); \
                     return (s.outlineStyle !== 'none' && s.outlineWidth !== '0px') || s.boxShadow !== 'none' \
                       ? 'shown' : document.activeElement.outerHTML.slice(0, 120);",
                )
                .await;
            assert_eq!(shown, "shown", "the focus on `{css}` does not show");
            return;
        }
        press(browser, &key(Key::Tab)).await;
    }
    panic!("Tab never reaches `{css}`");
}

/// Tabs to `css` and presses Enter on it.
async fn activate(browser: &Browser, css: &str) {
    tab_to(browser, css).await;
    press(browser, &key(Key::Enter)).await;
}

/// Tabs to the field `css` and types `text` into it.
async fn type_into(browser: &Browser, css: &str, text: &str) {
    tab_to(browser, css).await;
    press(browser, text).await;
}

/// Tabs to the select `css` and moves its choice with the arrow keys until it is `value`.
async fn choose(browser: &Browser, css: &str, value: &str) {
    tab_to(browser, css).await;
    let current = format!("return document.querySelector('{css}').value;");
    for _ in 0..60 {
        if browser.eval_text(&current).await == value {
            return;
        }
        press(browser, &key(Key::Down)).await;
    }
    panic!("the arrow keys never choose {value} in `{css}`");
}

/// Types a date (`YYYY-MM-DD`) into the date field `id` by its day, month and year boxes.
async fn type_date(browser: &Browser, id: &str, date: &str) {
    let parts: Vec<&str> = date.split('-').collect();
    for (part, value) in [("day", parts[2]), ("month", parts[1]), ("year", parts[0])] {
        type_into(browser, &format!("#{id}-{part}"), value).await;
    }
}

/// Logs `email` in from the log-in page with the keyboard.
async fn log_in(browser: &Browser, app: &TestApp, email: &str) {
    browser.client.goto(&app.url("/login")).await.unwrap();
    type_into(browser, "#email", email).await;
    type_into(
        browser,
        "#password",
        &format!("{DEMO_PASSWORD}{}", key(Key::Enter)),
    )
    .await;
    browser.wait_for("#user-name").await;
}

/// The request's state as the page shows it, once it reads `text`.
async fn wait_for_state(browser: &Browser, text: &str) {
    browser.wait_for_text("#request-state", text).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_goes_from_draft_to_closed_with_the_keyboard_alone() {
    require_built_spa();
    let app = imi_tests::spawn_app(imi_tests::Engine::Sqlite).await;
    let om = app.authority_id("Ordem dos Médicos").await;

    // Anna composes and sends, in Latvian.
    let latvian = Browser::start("lv-LV,lv").await;
    log_in(&latvian, &app, ANNA).await;
    activate(&latvian, "a.btn:has(#new-request)").await;
    choose(&latvian, "#compose-area", "professional_qualifications").await;
    activate(&latvian, "#compose-next").await;
    type_into(&latvian, "#compose-authority", "Ordem").await;
    latvian
        .wait_for(&format!(
            ".picker[aria-busy='false'] [data-authority='{om}']"
        ))
        .await;
    activate(&latvian, &format!("[data-authority='{om}']")).await;
    latvian.wait_for("#chosen-authority").await;
    activate(&latvian, "#compose-next").await;
    type_into(&latvian, "#subject-name", "João Silva").await;
    activate(&latvian, "#compose-next").await;
    activate(
        &latvian,
        "details[data-topic='professional_qualifications.diploma'] > summary",
    )
    .await;
    let date_question =
        "[data-key='professional_qualifications.diploma.award_date'] input[type=checkbox]";
    tab_to(&latvian, date_question).await;
    press(&latvian, " ").await;
    latvian.wait_for("#chosen-questions li").await;
    activate(&latvian, "#compose-next").await;
    type_date(&latvian, "compose-date", "2099-01-31").await;
    activate(&latvian, "#compose-next").await;
    latvian.wait_for_text("#draft-saved", "").await;
    activate(&latvian, "#compose-send").await;
    wait_for_state(&latvian, "Gaida pieņemšanu").await;
    let path = latvian
        .client
        .current_url()
        .await
        .unwrap()
        .path()
        .to_owned();

    // Ana finds it in her inbox, accepts and answers it, in Portuguese.
    let portuguese = Browser::start("pt-PT,pt").await;
    log_in(&portuguese, &app, ANA_PT).await;
    activate(&portuguese, &format!("a[href='{path}']")).await;
    activate(&portuguese, "#action-accept").await;
    wait_for_state(&portuguese, "Aceite").await;
    choose(&portuguese, "#answer-0", "date").await;
    type_date(&portuguese, "answer-0-date", "2005-07-15").await;
    activate(&portuguese, "#send-answer").await;
    wait_for_state(&portuguese, "Respondido").await;
    portuguese.close().await;

    // Anna rates the answer and closes the request.
    latvian.client.refresh().await.unwrap();
    wait_for_state(&latvian, "Atbildēts").await;
    choose(&latvian, "#rating-timeliness", "positive").await;
    choose(&latvian, "#rating-effort", "neutral").await;
    activate(&latvian, "#action-close").await;
    activate(&latvian, "#action-close-confirm").await;
    wait_for_state(&latvian, "Slēgts").await;
    let anna = app.user(ANNA).await;
    let url = format!("/api/requests/{}", path.rsplit('/').next().unwrap());
    let closed = eventually(
        "the request's state",
        || app.get_json(&anna, &url),
        |view| view["state"] == "closed",
    )
    .await;
    assert_eq!(
        closed["questions"][0]["answer"]["value"]["date"],
        "2005-07-15"
    );
    latvian.close().await;
}
