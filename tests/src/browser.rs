//! Headless Chromium driven over WebDriver (Debian's `chromium` and `chromedriver`).

use fantoccini::{Client, ClientBuilder, Locator};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A browser session and the driver process behind it.
pub struct Browser {
    /// The WebDriver client.
    pub client: Client,
    driver: Child,
    profile: PathBuf,
}

fn binary(env: &str, default: &str) -> String {
    std::env::var(env).unwrap_or_else(|_| default.to_owned())
}

impl Browser {
    /// Starts ChromeDriver on a free port and opens a headless Chromium with a fresh profile,
    /// reading pages in `language` (an `Accept-Language` value such as `en-US,en`).
    pub async fn start(language: &str) -> Browser {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let driver_path = binary("CHROMEDRIVER", "/usr/bin/chromedriver");
        let driver = Command::new(&driver_path)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|err| {
                panic!("starting {driver_path} (run ./run.sh test to install it): {err}")
            });
        let profile =
            std::env::temp_dir().join(format!("imi-chromium-{}", uuid::Uuid::new_v4().simple()));
        // Without the networking switches Chromium keeps calling home, which this machine's
        // closed network refuses; a fresh profile keeps tests independent.
        let capabilities = serde_json::json!({
            "goog:chromeOptions": {
                "binary": binary("CHROME_BIN", "/usr/bin/chromium"),
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                    format!("--user-data-dir={}", profile.display()),
                    "--window-size=1280,900",
                    format!("--lang={}", language.split(',').next().unwrap_or("en")),
                ],
                "prefs": { "intl.accept_languages": language }
            }
        });
        let capabilities = match capabilities {
            serde_json::Value::Object(map) => map,
            _ => unreachable!("a JSON object"),
        };
        let url = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(20);
        let client = loop {
            let attempt =
                ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
                    .capabilities(capabilities.clone())
                    .connect(&url)
                    .await;
            match attempt {
                Ok(client) => break client,
                Err(err) if Instant::now() > deadline => {
                    panic!("ChromeDriver did not start: {err}")
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        };
        Browser {
            client,
            driver,
            profile,
        }
    }

    /// Waits until an element matching `css` contains `text`, and returns its text.
    pub async fn wait_for_text(&self, css: &str, text: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut last = String::new();
        loop {
            if let Ok(elements) = self.client.find_all(Locator::Css(css)).await {
                for element in elements {
                    if let Ok(found) = element.text().await {
                        if found.contains(text) {
                            return found;
                        }
                        last = found;
                    }
                }
            }
            if Instant::now() > deadline {
                let source = self.client.source().await.unwrap_or_default();
                panic!("no `{css}` containing {text:?} (last seen: {last:?}); page:\n{source}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Clicks the element `locator` finds, finding it again when the page re-rendered it
    /// between finding and clicking (live updates replace elements at any moment).
    pub async fn click(&self, locator: Locator<'_>) {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let attempt = match self.client.find(locator).await {
                Ok(element) => element.click().await.map(|_| ()),
                Err(err) => Err(err),
            };
            match attempt {
                Ok(()) => return,
                Err(err) if Instant::now() > deadline => panic!("cannot click {locator:?}: {err}"),
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        }
    }

    /// Waits for an element matching `css` and returns it.
    pub async fn wait_for(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|err| panic!("no element `{css}`: {err}"))
    }

    /// Chooses the interface language `code` in the header's switcher.
    pub async fn choose_language(&self, code: &str) {
        self.wait_for("#language")
            .await
            .select_by_value(code)
            .await
            .unwrap();
    }

    /// Chooses the authority `id` in the composer's picker once its search has settled, and
    /// waits for the choice to show. Results arrive while one types and move the buttons below
    /// them: a click aimed at a list about to be replaced can land on what takes its place.
    pub async fn pick_authority(&self, id: i32) {
        self.click(Locator::Css(&format!(
            ".picker[aria-busy='false'] [data-authority='{id}']"
        )))
        .await;
        self.wait_for("#chosen-authority").await;
        self.wait_for(".picker[aria-busy='false']").await;
    }

    /// Saves a PNG of the page as `<name>.png` in the folder named by `IMI_SCREENSHOTS`, when
    /// set: a way to look at what the tests see.
    pub async fn screenshot(&self, name: &str) {
        if let Ok(dir) = std::env::var("IMI_SCREENSHOTS") {
            let png = self.client.screenshot().await.expect("a screenshot");
            std::fs::create_dir_all(&dir).expect("the screenshot folder");
            std::fs::write(std::path::Path::new(&dir).join(format!("{name}.png")), png)
                .expect("writing a screenshot");
        }
    }

    /// Sets an input's or a select's value the way typing or choosing does, so the SPA's
    /// handlers see it (date inputs would take keystrokes in the browser's own format).
    pub async fn set_value(&self, css: &str, value: &str) {
        self.wait_for(css).await;
        let script = "const el = document.querySelector(arguments[0]); el.value = arguments[1]; \
                      el.dispatchEvent(new Event('input', { bubbles: true })); \
                      el.dispatchEvent(new Event('change', { bubbles: true })); return true;";
        self.client
            .execute(script, vec![css.into(), value.into()])
            .await
            .unwrap();
    }

    /// Types a date (`YYYY-MM-DD`) into the date field `id`: its day, month and year boxes.
    pub async fn set_date(&self, id: &str, date: &str) {
        let mut parts = date.split('-');
        let (year, month, day) = (
            parts.next().unwrap(),
            parts.next().unwrap(),
            parts.next().unwrap(),
        );
        for (part, value) in [("day", day), ("month", month), ("year", year)] {
            self.set_value(&format!("#{id}-{part}"), value).await;
        }
    }

    /// What `script` returns, as text (empty when it returns no string).
    pub async fn eval_text(&self, script: &str) -> String {
        self.client
            .execute(script, vec![])
            .await
            .expect("the script runs")
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// The page's touch targets (links, buttons, fields, summaries) smaller than 44×44 CSS
    /// pixels, each as "tag#id.class W×H": a link within a paragraph's running text is
    /// exempt (WCAG 2.5.5), and a checkbox or radio counts with the label around it, a
    /// visually hidden input (the document upload's) with the label that stands for it.
    pub async fn small_touch_targets(&self) -> Vec<String> {
        let script = "const out = []; \
            for (const el of document.querySelectorAll('a[href], button, input, select, textarea, summary')) { \
              if (el.type === 'hidden') continue; \
              let r = el.getBoundingClientRect(); \
              if (r.width === 0 || r.height === 0) continue; \
              if (el.tagName === 'A' && el.closest('p') && getComputedStyle(el).display === 'inline') continue; \
              if ((el.type === 'checkbox' || el.type === 'radio') && el.closest('label')) r = el.closest('label').getBoundingClientRect(); \
              const named = el.tagName === 'INPUT' && el.id && document.querySelector('label[for=\"' + el.id + '\"]'); \
              if (named && (r.width < 43.5 || r.height < 43.5)) r = named.getBoundingClientRect(); \
              if (r.width < 43.5 || r.height < 43.5) out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + \
                [...el.classList].map(c => '.' + c).join('') + ' ' + Math.round(r.width) + 'x' + Math.round(r.height)); \
            } \
            return out;";
        let found = self
            .client
            .execute(script, vec![])
            .await
            .expect("the script runs");
        serde_json::from_value(found).unwrap_or_default()
    }

    /// How many of the pages module's files (its JavaScript and its wasm, by their hashed
    /// names) the page's early loader asked for beside the app's.
    pub async fn preloaded_pages_files(&self) -> u64 {
        let script = "return [...document.querySelectorAll('link[rel=modulepreload], link[rel=preload]')]\
            .filter(l => /\\/pages-[0-9a-f]{16}(\\.js|_bg\\.wasm)$/.test(l.href)).length;";
        self.client
            .execute(script, vec![])
            .await
            .expect("the script runs")
            .as_u64()
            .unwrap_or_default()
    }

    /// The serious and critical WCAG 2.1 A and AA violations axe-core finds on the page as
    /// it is now, one line each (rule, what it asks, how many elements). axe-core comes from
    /// npm, pinned, installed by `scripts/setup.sh test` under `.tools/axe`.
    pub async fn serious_accessibility_violations(&self) -> Vec<String> {
        let path = crate::workspace_root().join(".tools/axe/node_modules/axe-core/axe.min.js");
        let source = std::fs::read_to_string(&path).unwrap_or_else(|err| {
            panic!(
                "{} (run ./run.sh test to install it): {err}",
                path.display()
            )
        });
        self.client
            .execute(&format!("{source}\nreturn true;"), vec![])
            .await
            .expect("axe-core loads into the page");
        let script = "const done = arguments[arguments.length - 1];\
            axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })\
              .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')\
                .map(v => v.id + ': ' + v.help + ' (' + v.nodes.length + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ') + ')')))\
              .catch(e => done(['axe failed: ' + e]));";
        let found = self
            .client
            .execute_async(script, vec![])
            .await
            .expect("axe-core runs");
        serde_json::from_value(found).expect("a list of violations")
    }

    /// Logs in on the log-in form the page shows as `email` with the demo password.
    pub async fn log_in(&self, email: &str) {
        self.wait_for("#email")
            .await
            .send_keys(email)
            .await
            .unwrap();
        let password = format!("{}\n", crate::DEMO_PASSWORD);
        self.wait_for("#password")
            .await
            .send_keys(&password)
            .await
            .unwrap();
    }

    /// Logs in on the log-in form the page shows as `email` with the demo password, and
    /// then, for an account with a second factor, with the app's current code.
    pub async fn log_in_with_code(&self, app: &crate::TestApp, email: &str) {
        self.log_in(email).await;
        // Such an account logs in in two steps: the password, then the app's code.
        // Whatever the page's language, the code's field appears once the password is right.
        self.wait_for("#login-code-intro").await;
        let code = app
            .demo_code(email)
            .expect("a demo account with a second factor");
        let code = format!("{code}\n");
        self.wait_for("#code").await.send_keys(&code).await.unwrap();
    }

    /// Cuts the page off the network, or gives it back: ChromeDriver's network emulation,
    /// under which `navigator.onLine` says so and every request the page makes fails. The
    /// page's service worker is not affected; `link::Link` cuts the server away from it too.
    pub async fn set_offline(&self, offline: bool) {
        // Throughput -1 leaves the speed as it is; only being offline is emulated.
        let body = serde_json::json!({ "network_conditions": {
            "offline": offline, "latency": 0,
            "download_throughput": -1, "upload_throughput": -1,
        }});
        self.client
            .issue_cmd(Chromium {
                endpoint: "chromium/network_conditions",
                body,
            })
            .await
            .expect("ChromeDriver sets the network conditions");
    }

    /// Runs a Chrome DevTools protocol command (`method`, with `params`) through ChromeDriver,
    /// for what WebDriver has no command of its own for (a storage quota, say); its result.
    pub async fn devtools(&self, method: &str, params: serde_json::Value) -> serde_json::Value {
        self.client
            .issue_cmd(Chromium {
                endpoint: "goog/cdp/execute",
                body: serde_json::json!({ "cmd": method, "params": params }),
            })
            .await
            .unwrap_or_else(|err| panic!("ChromeDriver runs {method}: {err}"))
    }

    /// Ends the session and the driver.
    pub async fn close(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

/// A command of ChromeDriver's own, beyond WebDriver: `POST /session/{id}/<endpoint>` with
/// `body`.
#[derive(Debug)]
struct Chromium {
    endpoint: &'static str,
    body: serde_json::Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for Chromium {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/{}",
            session_id.unwrap_or_default(),
            self.endpoint
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.body.to_string()))
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
    }
}
