//! Helpers for the browser tests of the app without a network (`e2e_offline*.rs`): what the
//! service worker and the queue of changes made offline keep, taking the browser off the
//! network (ChromeDriver's emulation for the page, a cut [`Link`] for its service worker),
//! and the interface's texts to wait for.

use crate::browser::Browser;
use crate::link::Link;
use crate::spa_dir;
use std::time::Duration;

/// Asks `probe` until its answer satisfies `done` (for a bounded time, 100 ms apart), and
/// returns that answer; fails naming `what` and the last answer otherwise.
pub async fn eventually<T: std::fmt::Debug, F: std::future::Future<Output = T>>(
    what: &str,
    mut probe: impl FnMut() -> F,
    done: impl Fn(&T) -> bool,
) -> T {
    let mut last = None;
    for _ in 0..200 {
        let answer = probe().await;
        if done(&answer) {
            return answer;
        }
        last = Some(answer);
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{what}: still {last:?}");
}

/// Every response the service worker keeps, as "cache path".
const KEPT: &str = "const done = arguments[arguments.length - 1]; \
    caches.keys() \
      .then(names => Promise.all(names.map(name => caches.open(name) \
        .then(cache => cache.keys()) \
        .then(requests => requests.map(r => name + ' ' + new URL(r.url).pathname))))) \
      .then(lists => done(lists.flat().sort()), e => done(['failed: ' + e]));";

/// What the service worker and the queue keep, as "cache path", sorted.
pub async fn kept(browser: &Browser) -> Vec<String> {
    // A page that reloads meanwhile (as the update's does) drops the script's answer: ask
    // the page that follows.
    let mut last = None;
    for _ in 0..5 {
        match browser.client.execute_async(KEPT, vec![]).await {
            Ok(found) => return serde_json::from_value(found).expect("a list of kept responses"),
            Err(err) => last = Some(err),
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    panic!("cannot read what the service worker keeps: {last:?}");
}

/// Waits (a bounded time) until what the worker keeps satisfies `done`, and returns it.
pub async fn wait_until_kept(browser: &Browser, done: impl Fn(&[String]) -> bool) -> Vec<String> {
    eventually(
        "what the service worker keeps",
        || kept(browser),
        |k| done(k),
    )
    .await
}

/// Waits until a service worker controls the page.
pub async fn wait_until_controlled(browser: &Browser) {
    for _ in 0..200 {
        let controlled = browser
            .client
            .execute("return !!navigator.serviceWorker.controller;", vec![])
            .await
            .unwrap();
        if controlled == serde_json::json!(true) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("no service worker took charge of the page");
}

/// Waits until nothing matches `css` any more.
pub async fn wait_until_gone(browser: &Browser, css: &str) {
    for _ in 0..200 {
        let found = browser
            .client
            .find_all(fantoccini::Locator::Css(css))
            .await
            .unwrap();
        if found.is_empty() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("`{css}` is still shown");
}

/// The Latvian text of `key` in the interface's messages.
pub fn latvian(key: &str) -> String {
    message("lv", key)
}

/// The text of `key` in `language`'s interface messages.
pub fn message(language: &str, key: &str) -> String {
    let source =
        std::fs::read_to_string(spa_dir().join(format!("locales/{language}/main.ftl"))).unwrap();
    source
        .lines()
        .find_map(|line| line.strip_prefix(&format!("{key} = ")))
        .unwrap_or_else(|| panic!("no {key} in {language}"))
        .to_owned()
}

/// Opens `path` of the app, as following a link from outside it does.
pub async fn open(browser: &Browser, link: &Link, path: &str) {
    browser.client.goto(&link.url(path)).await.unwrap();
}

/// Takes the browser off the network or puts it back: the page (which then says it is
/// offline) and its service worker alike. Back online, the link comes first: the page acts
/// on its `online` event at once (it sends what waits), and must find the server there.
pub async fn offline(browser: &Browser, link: &Link, offline: bool) {
    if offline {
        browser.set_offline(true).await;
        link.set_up(false);
    } else {
        link.set_up(true);
        browser.set_offline(false).await;
    }
}

/// A browser reading Latvian, with Anna logged in through `link`.
pub async fn logged_in(link: &Link) -> Browser {
    logged_in_as(link, "lv-LV,lv", crate::ANNA).await
}

/// A browser reading `language` (an `Accept-Language` value), with `email` logged in
/// through `link`.
pub async fn logged_in_as(link: &Link, language: &str, email: &str) -> Browser {
    let browser = Browser::start(language).await;
    open(&browser, link, "/").await;
    browser.log_in(email).await;
    browser.wait_for("#user-name").await;
    browser
}
