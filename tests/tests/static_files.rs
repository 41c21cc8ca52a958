//! How the server serves the SPA, on a small dist folder made by the test so that these
//! checks do not depend on a Trunk build; the last one reads the built app's manifest.

use imi_tests::{Engine, spawn_app_with};
use reqwest::StatusCode;
use std::path::PathBuf;

const INDEX: &str = r#"<!doctype html><html><head><script type="module">import init from '/app-0123456789abcdef.js';init('/app-0123456789abcdef_bg.wasm');</script></head><body></body></html>"#;
const SCRIPT: &str = "export default function init() {}";

struct Dist(PathBuf);

impl Dist {
    fn new() -> Dist {
        let dir = std::env::temp_dir().join(format!("imi-dist-{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(dir.join("locales/lv")).unwrap();
        std::fs::write(dir.join("index.html"), INDEX).unwrap();
        std::fs::write(dir.join("app-0123456789abcdef.js"), SCRIPT).unwrap();
        std::fs::write(dir.join("app-0123456789abcdef.js.gz"), b"pretend gzip").unwrap();
        std::fs::write(dir.join("app-0123456789abcdef.js.br"), b"pretend brotli").unwrap();
        std::fs::write(dir.join("locales/lv/main.ftl"), "inbox-title = Iesūtne\n").unwrap();
        Dist(dir)
    }
}

impl Drop for Dist {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

async fn app_serving(dist: &Dist) -> imi_tests::TestApp {
    let dir = dist.0.clone();
    spawn_app_with(Engine::Sqlite, move |config| config.static_dir = dir).await
}

#[tokio::test]
async fn client_routes_get_index_html_with_its_script_hash_in_the_policy() {
    let dist = Dist::new();
    let app = app_serving(&dist).await;
    for path in ["/", "/index.html", "/inbox", "/requests/42/timeline"] {
        let response = app.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        let headers = response.headers().clone();
        assert_eq!(headers["cache-control"], "no-cache", "{path}");
        let csp = headers["content-security-policy"]
            .to_str()
            .unwrap()
            .to_owned();
        assert!(
            csp.contains("'sha256-"),
            "{path}: the bootstrap script is allowed by hash: {csp}"
        );
        assert!(!csp.contains("unsafe-inline"), "{csp}");
        assert_eq!(response.text().await.unwrap(), INDEX);
    }
}

#[tokio::test]
async fn hashed_assets_are_immutable_and_precompressed() {
    let dist = Dist::new();
    let app = app_serving(&dist).await;
    let url = app.url("/app-0123456789abcdef.js");
    // reqwest here decodes nothing, so the stored variant arrives as it is.
    let brotli = app
        .client
        .get(&url)
        .header("accept-encoding", "br, gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(brotli.status(), StatusCode::OK);
    assert_eq!(brotli.headers()["content-encoding"], "br");
    assert_eq!(
        brotli.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(brotli.bytes().await.unwrap().as_ref(), b"pretend brotli");

    let gzip = app
        .client
        .get(&url)
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(gzip.headers()["content-encoding"], "gzip");

    let plain = app.client.get(&url).send().await.unwrap();
    assert!(plain.headers().get("content-encoding").is_none());
    assert_eq!(plain.text().await.unwrap(), SCRIPT);
}

#[tokio::test]
async fn unhashed_files_are_revalidated_and_missing_files_are_404() {
    let dist = Dist::new();
    let app = app_serving(&dist).await;
    let locale = app
        .client
        .get(app.url("/locales/lv/main.ftl"))
        .send()
        .await
        .unwrap();
    assert_eq!(locale.status(), StatusCode::OK);
    assert_eq!(locale.headers()["cache-control"], "no-cache");

    // A missing asset is a 404, not index.html passed off as JavaScript.
    let missing = app
        .client
        .get(app.url("/app-ffffffffffffffff.js"))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        missing.json::<serde_json::Value>().await.unwrap()["code"],
        "not_found"
    );
}

#[tokio::test]
async fn without_a_built_spa_the_api_still_works() {
    let app = spawn_app_with(Engine::Sqlite, |config| {
        config.static_dir = "/nonexistent".into()
    })
    .await;
    assert_eq!(
        app.client
            .get(app.url("/api/health"))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::OK
    );
    let page = app.client.get(app.url("/")).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_built_app_is_installable_with_its_manifest_and_icon() {
    imi_tests::require_built_spa();
    let app = imi_tests::spawn_app(Engine::Sqlite).await;
    let index = app
        .client
        .get(app.url("/"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(index.contains(r#"<link rel="manifest" href="/manifest.webmanifest">"#));
    let manifest = app
        .client
        .get(app.url("/manifest.webmanifest"))
        .send()
        .await
        .unwrap();
    assert_eq!(manifest.status(), StatusCode::OK);
    assert_eq!(
        manifest.headers()["content-type"],
        "application/manifest+json"
    );
    let manifest: serde_json::Value = manifest.json().await.unwrap();
    // The overview is where it starts, in a window of its own.
    assert_eq!(manifest["start_url"], "/");
    assert_eq!(manifest["display"], "standalone");
    for icon in manifest["icons"].as_array().unwrap() {
        let src = icon["src"].as_str().unwrap();
        let served = app.client.get(app.url(src)).send().await.unwrap();
        assert_eq!(served.status(), StatusCode::OK, "{src}");
        assert_eq!(
            served.headers()["content-type"],
            icon["type"].as_str().unwrap()
        );
    }
}

/// `index.html`'s early loader chooses the language of the locale it fetches before the app
/// starts (`frontend/src/early.rs`): it must know the same languages as the app, or it
/// fetches one the app never takes (and the app fetches its own after it).
#[test]
fn the_early_loader_knows_every_language_of_the_interface() {
    let html = std::fs::read_to_string(imi_tests::workspace_root().join("frontend/index.html"))
        .expect("frontend/index.html");
    let list = html
        .split("var languages = '")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .expect("index.html names the languages its early loader chooses from");
    let mut listed: Vec<&str> = list.split(' ').collect();
    listed.sort_unstable();
    let mut all: Vec<&str> = shared::LanguageCode::all().map(|l| l.as_str()).collect();
    all.sort_unstable();
    assert_eq!(listed, all);
}

/// The service worker keeps the app shell for offline use: the list the build wrote into it
/// must name every file the page's modules need (a missing one and the app cannot start
/// offline), each served, and the worker itself must be revalidated at every visit, which is
/// how browsers find a new release.
#[tokio::test]
async fn the_service_worker_keeps_every_file_of_the_built_shell() {
    imi_tests::require_built_spa();
    let app = imi_tests::spawn_app(Engine::Sqlite).await;
    let worker = app.client.get(app.url("/sw.js")).send().await.unwrap();
    assert_eq!(worker.status(), StatusCode::OK);
    assert_eq!(worker.headers()["cache-control"], "no-cache");
    assert!(
        worker.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/javascript")
    );
    let worker = worker.text().await.unwrap();
    let list = worker
        .split("const SHELL = ")
        .nth(1)
        .and_then(|rest| rest.split(";\n").next())
        .expect("sw.js lists the shell's files");
    let shell: Vec<String> = serde_json::from_str(list).expect("the list is a JSON array");
    let release = worker
        .split("const RELEASE = '")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .unwrap();
    assert_eq!(
        release.len(),
        16,
        "a release named by its content: {release}"
    );
    // Every script, module, style and snippet of the build, and index.html.
    let dist = imi_tests::spa_dir();
    let mut built = vec!["/index.html".to_owned()];
    for entry in std::fs::read_dir(&dist).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        let kept = [".js", ".wasm", ".css"]
            .iter()
            .any(|ext| name.ends_with(ext));
        if kept && name != "sw.js" {
            built.push(format!("/{name}"));
        }
    }
    for snippet in std::fs::read_dir(dist.join("snippets"))
        .into_iter()
        .flatten()
    {
        let folder = snippet.unwrap().path();
        for file in std::fs::read_dir(&folder).unwrap() {
            let file = file.unwrap().path();
            let relative = file.strip_prefix(&dist).unwrap().display().to_string();
            if relative.ends_with(".js") {
                built.push(format!("/{relative}"));
            }
        }
    }
    for file in &built {
        assert!(shell.contains(file), "{file} is not kept: {shell:?}");
    }
    for file in &shell {
        let served = app.client.get(app.url(file)).send().await.unwrap();
        assert_eq!(served.status(), StatusCode::OK, "{file}");
    }
}

/// Both wasm modules (the app and the pages) import wasm-bindgen's inline snippets, which
/// each module's build numbers by itself and writes into one shared folder: a snippet one
/// module uses alone can take another's name, and the app then does not start. Every name a
/// built module imports from a snippet must be exported by the snippet file that is there.
#[test]
fn each_module_finds_what_it_imports_from_the_snippets() {
    imi_tests::require_built_spa();
    let dist = imi_tests::spa_dir();
    let mut checked = 0;
    for entry in std::fs::read_dir(&dist).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.ends_with(".js") || name == "sw.js" {
            continue;
        }
        let module = std::fs::read_to_string(&path).unwrap();
        for line in module.lines().filter(|l| l.starts_with("import {")) {
            let (names, from) = line
                .strip_prefix("import {")
                .and_then(|rest| rest.split_once("} from '"))
                .unwrap_or_else(|| panic!("{name}: an import of an unknown form: {line}"));
            let file = from.trim_end_matches(['\'', ';']).trim_start_matches("./");
            let snippet = std::fs::read_to_string(dist.join(file))
                .unwrap_or_else(|_| panic!("{name} imports the missing {file}"));
            for imported in names
                .split(',')
                .map(|n| n.split(" as ").next().unwrap().trim())
            {
                let exported = [
                    format!("export function {imported}("),
                    format!("export async function {imported}("),
                ];
                assert!(
                    exported.iter().any(|e| snippet.contains(e)),
                    "{name} imports {imported} from {file}, which does not export it"
                );
                checked += 1;
            }
        }
    }
    assert!(
        checked > 0,
        "no snippet imports found in {}",
        dist.display()
    );
}
