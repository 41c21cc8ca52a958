//! End-to-end in headless Chromium: the Latvian national coordinator opens the statistics,
//! sees Latvia beside the EEA with Latvia's line of the scoreboard, filters by area, and
//! downloads a table as CSV.

use fantoccini::Locator;
use imi_tests::browser::Browser;
use imi_tests::{JANIS_LV, db_test, require_built_spa};
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
        browser
            .wait_for("#statistics-area")
            .await
            .select_by_value("services")
            .await
            .unwrap();
        browser.wait_for_text("#table-by-area", "Services").await;
        let by_area = browser.wait_for_text("#table-by-area", "Services").await;
        assert!(
            !by_area.contains("Professional qualifications"),
            "{by_area}"
        );

        // The table as a file: the blob the page hands the browser to save, read back.
        browser
            .client
            .execute(
                "const make = URL.createObjectURL.bind(URL);
             URL.createObjectURL = (blob) => { window.__imiCsv = blob; return make(blob); };",
                vec![],
            )
            .await
            .unwrap();
        browser
            .click(Locator::Css("#table-by-area .statistics__csv"))
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
        let csv = match csv {
            Value::String(text) => text,
            other => panic!("no CSV: {other}"),
        };
        let mut lines = csv.trim_start_matches('\u{feff}').lines();
        let header = lines.next().unwrap();
        assert!(header.starts_with("Legislative area,area_code"), "{csv}");
        let row = lines.next().unwrap();
        assert!(row.starts_with("Services,services,"), "{csv}");
        browser.close().await;
    }
);
