//! Property-based fuzzing of the whole API from its OpenAPI document: schemathesis (pinned,
//! installed by `scripts/setup.sh test` into `.tools/venv`) generates thousands of calls, valid
//! and not, against the real server on each engine, logged in as the national coordinator
//! (the account with the most rights), for a bounded time. Any server error, any status or
//! content type the document does not list, any body that does not match its schema fails
//! the test; so does any response this crate's own check (`openapi_check`) finds wrong.

use imi_tests::{JANIS_LV, TestApp, db_test, workspace_root};

/// How long each engine is fuzzed.
const SECONDS: u32 = 120;
/// Examples per operation, at most.
const EXAMPLES: u32 = 25;

fn schemathesis() -> std::path::PathBuf {
    let path = std::env::var_os("IMI_SCHEMATHESIS")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| workspace_root().join(".tools/venv/bin/schemathesis"));
    assert!(
        path.exists(),
        "{} is missing: run `bash scripts/setup.sh test` (or set IMI_SCHEMATHESIS)",
        path.display()
    );
    path
}

/// The session cookie of a fresh log-in of `email`.
async fn session_cookie(app: &TestApp, email: &str) -> String {
    let response = reqwest::Client::new()
        .post(app.url("/api/auth/login"))
        .json(&app.demo_login(email))
        .send()
        .await
        .unwrap();
    assert!(response.status().is_success(), "log-in of {email}");
    response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned()
}

db_test!(the_api_holds_under_generated_calls, |app| {
    let cookie = session_cookie(&app, JANIS_LV).await;
    let reports = imi_tests::TempDir(
        std::env::temp_dir().join(format!("imi-fuzz-{}", uuid::Uuid::new_v4().simple())),
    );
    let base = app.server.url();
    let output = tokio::process::Command::new(schemathesis())
        .args(["run", &format!("{base}/api/openapi.json"), "--url", &base])
        .args([
            "--checks",
            "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance",
        ])
        .args(["--max-examples", &EXAMPLES.to_string()])
        .args(["--max-time", &SECONDS.to_string()])
        .args(["--request-timeout", "20"])
        .args(["--generation-database", "none"])
        .args(["--continue-on-failure", "--no-color"])
        // Log-out would end the fuzzer's own session, and the live stream never ends.
        .args(["--exclude-path", "/api/auth/logout"])
        .args(["--exclude-path", "/api/notifications/stream"])
        // The health check takes no input, and answers 503 by design when the database does
        // not answer its ping within 40 ms, which a machine running the whole suite on two
        // cores sometimes makes it do (`tests/tests/api.rs` tests it).
        .args(["--exclude-path", "/api/health"])
        .args(["-H", &format!("Cookie: {cookie}")])
        .args(["--report", "junit", "--report-dir"])
        .arg(&reports.0)
        .current_dir(reports.0.parent().unwrap())
        .kill_on_drop(true)
        .output()
        .await
        .expect("schemathesis runs");
    let text = String::from_utf8_lossy(&output.stdout);
    // The failures come first, with a curl line to reproduce each; the summary last.
    let tail: Vec<&str> = text.lines().take(400).collect();
    assert!(
        output.status.success(),
        "schemathesis found failures ({}):\n{}\n{}",
        output.status,
        tail.join("\n"),
        String::from_utf8_lossy(&output.stderr)
    );
    // It did run: the summary names the operations it tested.
    assert!(text.contains("API Operations"), "{}", tail.join("\n"));
});
