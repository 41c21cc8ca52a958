//! End-to-end in headless Chromium: the Latvian national coordinator opens the statistics,
//! sees Latvia beside the EEA with Latvia's line of the scoreboard, filters by area, and
//! downloads a table as CSV; the European Commission's observer lands on the statistics,
//! sees every country's line, filters by area, downloads the scoreboard, and reaches no
//! request.

use fantoccini::Locator;
use imi_tests::browser::Browser;
use imi_tests::{JANIS_LV, db_test, require_built_spa};

const CLAIRE: &str = "claire.martin@ec.europa.eu.example";
use serde_json::Value;

db_test!(
    a_coordinator_sees_latvia_beside_the_eea_and_downloads_a_table,
    |app| {
        require_built_spa();
        let browser = Browser::start("en-US,en").await;
        browser.client.goto(&app.url("/statistics")).await.unwrap();
        browser.log_in_with_code(&app, JANIS_LV).await;
        browser.wait_for_text("#page-title", "Statistics").await;

        // Whose figures: Latvia's; the demo's requests of this year are in the default period.
        browser.wait_for_text("#statistics-scope", "Latvia").await;
        browser.wait_for_text("#table-scoreboard", "Latvia").await;
        let sent = browser.wait_for_text("#figure-sent", "Requests sent").await;
        assert!(sent.chars().any(|c| c.is_ascii_digit()), "{sent}");
        browser
            .wait_for_text("#figure-accepted-within-7-days", "EEA")
            .await;

        // Only the services area: the professional qualifications' requests leave the table.
        browser
            .wait_for_text("#table-by-area", "Professional qualifications")
            .await;
        let by_area = only_services(&browser).await;
        assert!(
            !by_area.contains("Professional qualifications"),
            "{by_area}"
        );

        // The table as a file: the blob the page hands the browser to save, read back.
        let csv = downloaded_csv(&browser, "#table-by-area").await;
        let mut lines = csv.trim_start_matches('\u{feff}').lines();
        let header = lines.next().unwrap();
        assert!(header.starts_with("Legislative area,area_code"), "{csv}");
        let row = lines.next().unwrap();
        assert!(row.starts_with("Services,services,"), "{csv}");
        browser.close().await;
    }
);

/// Chooses the services area in the filters; the table by area once it shows only it.
async fn only_services(browser: &Browser) -> String {
    browser
        .wait_for("#statistics-area")
        .await
        .select_by_value("services")
        .await
        .unwrap();
    // The table showed services before the filter too: wait for the other areas to leave.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let table = browser.wait_for_text("#table-by-area", "Services").await;
        if !table.contains("Professional qualifications") || std::time::Instant::now() > deadline {
            return table;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// Clicks the CSV button of the table `table` and reads back the file the page hands the
/// browser to save.
async fn downloaded_csv(browser: &Browser, table: &str) -> String {
    browser
        .client
        .execute(
            "window.__imiCsv = null;
             const make = URL.createObjectURL.bind(URL);
             URL.createObjectURL = (blob) => { window.__imiCsv = blob; return make(blob); };",
            vec![],
        )
        .await
        .unwrap();
    browser
        .click(Locator::Css(&format!("{table} .statistics__csv")))
        .await;
    let csv = browser
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const wait = () => window.__imiCsv ? window.__imiCsv.text().then(done) : setTimeout(wait, 50);
             wait();",
            vec![],
        )
        .await
        .unwrap();
    match csv {
        Value::String(text) => text,
        other => panic!("no CSV: {other}"),
    }
}

db_test!(
    the_commission_sees_every_country_and_downloads_the_scoreboard,
    |app| {
        require_built_spa();
        let browser = Browser::start("en-US,en").await;
        browser.client.goto(&app.url("/")).await.unwrap();
        browser.log_in(CLAIRE).await;
        // The Commission has no inbox: it starts on its statistics, and its navigation has
        // nothing else.
        browser.wait_for_text("#page-title", "Statistics").await;
        browser
            .wait_for_text("#user-authority", "European Commission")
            .await;
        let nav = browser.wait_for_text(".nav", "Statistics").await;
        assert!(
            !nav.contains("Requests") && !nav.contains("Catalogue"),
            "{nav}"
        );

        // How long the dashboard takes to show its scoreboard when opened afresh: printed,
        // not asserted (the bench's concern, not a test's).
        browser.client.goto(&app.url("/statistics")).await.unwrap();
        let shown = browser
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 const wait = () => document.querySelector('#table-scoreboard tbody tr')
                     ? done(performance.now()) : requestAnimationFrame(wait);
                 wait();",
                vec![],
            )
            .await
            .unwrap();
        println!(
            "statistics dashboard shown {:.0} ms after navigation ({:?})",
            shown.as_f64().unwrap_or(f64::NAN),
            app.engine
        );
        let scoreboard = browser.wait_for_text("#table-scoreboard", "Portugal").await;
        assert!(
            scoreboard.contains("Norway") && scoreboard.contains("Latvia"),
            "{scoreboard}"
        );

        // Only the services area, then the scoreboard as a file: one line per country, the
        // codes beside the names.
        only_services(&browser).await;
        let csv = downloaded_csv(&browser, "#table-scoreboard").await;
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
        assert_eq!(lines.len(), 31, "a header and 30 countries: {csv}");
        assert!(
            lines.iter().any(|line| line.starts_with("Latvia,LV,")),
            "{csv}"
        );

        // A request's address leads back to the statistics, without asking for the request.
        browser.client.goto(&app.url("/requests/1")).await.unwrap();
        browser.wait_for_text("#page-title", "Statistics").await;
        browser.close().await;
    }
);
