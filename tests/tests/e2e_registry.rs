//! End-to-end in headless Chromium: a coordinator imports authorities from a file and
//! registers one with the form; its first administrator accepts the invitation and manages
//! the authority's users.

use backend::entities::outbox;
use fantoccini::Locator;
use imi_tests::browser::Browser;
use imi_tests::{JANIS_LV, TempDir, db_test, require_built_spa};
use sea_orm::{EntityTrait, QueryOrder};

async fn type_into(browser: &Browser, css: &str, text: &str) {
    browser.wait_for(css).await.send_keys(text).await.unwrap();
}

db_test!(
    a_coordinator_registers_and_the_administrator_accepts_in_the_browser,
    |app| {
        require_built_spa();
        let files = TempDir(std::env::temp_dir().join(format!("imi-csv-{}", uuid::Uuid::new_v4())));
        std::fs::create_dir_all(&files.0).unwrap();
        let bad = files.0.join("bad.csv");
        std::fs::write(
            &bad,
            "ref,country,name,name_language,city,areas\n\
         lv-1,LV,Rīgas Būvvalde,lv,Rīga,services\n\
         lv-2,EE,Tallinna Ehitusamet,et,Tallinn,services\n",
        )
        .unwrap();
        let good = files.0.join("good.csv");
        std::fs::write(
            &good,
            "ref,country,name,name_language,city,areas\nlv-1,LV,Rīgas Būvvalde,lv,Rīga,services\n",
        )
        .unwrap();

        let browser = Browser::start("en-US,en").await;
        browser.client.goto(&app.url("/registry")).await.unwrap();
        browser.log_in_with_code(&app, JANIS_LV).await;
        browser
            .wait_for_text("#page-title", "Registry administration")
            .await;

        // A file with a bad row imports nothing and says which row and why.
        type_into(&browser, "#import-file", bad.to_str().unwrap()).await;
        let refused = browser
            .wait_for_text("#import-refused", "Belongs to another country")
            .await;
        assert!(refused.contains('3'), "{refused}");
        type_into(&browser, "#import-file", good.to_str().unwrap()).await;
        browser.wait_for_text("#import-report", "1 new").await;

        // The form checks what it can before sending anything.
        browser.click(Locator::Css("#registry-new a")).await;
        browser
            .wait_for_text("#page-title", "Register an authority")
            .await;
        browser.click(Locator::Css("#form-submit")).await;
        browser
            .wait_for_text("#form-error", "Please correct the marked fields")
            .await;
        browser.wait_for_text("#name-error", "Required").await;
        browser.wait_for_text("#areas-error", "Required").await;
        type_into(&browser, "#name", "Elektroenerģētikas uzraudzības birojs").await;
        type_into(&browser, "#city", "Rīga").await;
        browser
            .wait_for("#level")
            .await
            .select_by_value("regional")
            .await
            .unwrap();
        type_into(&browser, "#phone", "6701").await;
        browser.click(Locator::Css("#area-services")).await;
        type_into(&browser, "#competence-filter", "electrici").await;
        browser.click(Locator::Css("#competence-electrician")).await;
        type_into(
            &browser,
            "[id='administrator.email']",
            "ilze.kalna@eub.lv.example",
        )
        .await;
        type_into(&browser, "[id='administrator.display_name']", "Ilze Kalna").await;
        browser.click(Locator::Css("#form-submit")).await;
        browser
            .wait_for_text("#phone-error", "international form")
            .await;
        type_into(&browser, "#phone", "\u{e009}a\u{e009}+371 6701 2345").await;
        browser.click(Locator::Css("#form-submit")).await;
        browser
            .wait_for_text("#page-title", "Elektroenerģētikas uzraudzības birojs")
            .await;
        browser.wait_for_text("#competences", "electrician").await;
        browser.wait_for_text(".facts", "Jānis Kalniņš").await;
        browser.wait_for_text(".facts", "Regional").await;
        browser.screenshot("registry-profile").await;

        // Ilze opens the link of her invitation and chooses a password.
        let mail = outbox::Entity::find()
            .order_by_desc(outbox::Column::Id)
            .one(&app.server.state.db)
            .await
            .unwrap()
            .unwrap();
        let start = mail.body.find("/invitation/").unwrap();
        let path: String = mail.body[start..]
            .chars()
            .take_while(|c| !c.is_whitespace())
            .collect();
        browser.client.goto(&app.url(&path)).await.unwrap();
        browser
            .wait_for_text("#invitation-intro", "Ilze Kalna")
            .await;
        type_into(&browser, "#password", "short").await;
        type_into(&browser, "#password-repeat", "short").await;
        browser.click(Locator::Css("#invitation-accept")).await;
        browser.wait_for_text("#password-error", "Too short").await;
        type_into(&browser, "#password", " but now long enough").await;
        type_into(&browser, "#password-repeat", " but now long enough").await;
        browser.click(Locator::Css("#invitation-accept")).await;
        browser
            .wait_for_text("#user-authority", "Elektroenerģētikas uzraudzības birojs")
            .await;

        // As a local administrator she must set up two-step log-in first: the app takes her
        // to her account page, and shows nothing else until it is done.
        browser
            .wait_for_text("#second-factor-required", "require two-step log-in")
            .await;
        assert!(
            browser.client.find(Locator::Css("nav")).await.is_err(),
            "no navigation before the second factor"
        );
        browser.click(Locator::Css("#second-factor-start")).await;
        let secret = browser
            .wait_for("#second-factor-secret")
            .await
            .text()
            .await
            .unwrap();
        let secret = backend::totp::Secret::from_base32(&secret).unwrap();
        browser.wait_for("img.qr").await;
        browser.screenshot("account-second-factor-setup").await;
        type_into(&browser, "#second-factor-code", "000000").await;
        browser.click(Locator::Css("#second-factor-confirm")).await;
        browser
            .wait_for_text("#second-factor-code-error", "wrong")
            .await;
        let step = backend::totp::step_of(chrono::Utc::now().timestamp());
        let input = browser.wait_for("#second-factor-code").await;
        input.clear().await.unwrap();
        input
            .send_keys(&format!("{:06}", secret.code_at(step)))
            .await
            .unwrap();
        browser.click(Locator::Css("#second-factor-confirm")).await;
        let codes = browser
            .wait_for("#recovery-codes")
            .await
            .text()
            .await
            .unwrap();
        assert_eq!(codes.matches('-').count(), 10, "{codes}");
        browser.screenshot("account-recovery-codes").await;
        browser.click(Locator::Css("#recovery-saved")).await;
        browser.wait_for_text("#second-factor-state", "is on").await;

        // As its local administrator she invites a colleague.
        browser
            .click(Locator::XPath("//nav//a[normalize-space(.)='Users']"))
            .await;
        browser
            .wait_for_text("#users", "Invited by Jānis Kalniņš")
            .await;
        type_into(&browser, "#email", "andris.ozols@eub.lv.example").await;
        type_into(&browser, "#display_name", "Andris Ozols").await;
        browser.click(Locator::Css("#invite-submit")).await;
        browser.wait_for_text("#users", "Andris Ozols").await;
        browser
            .wait_for_text("#users", "Invitation not yet accepted")
            .await;
        browser.screenshot("registry-users").await;
        // He lost the e-mail: she sends him a new one.
        browser
            .click(Locator::XPath(
                "//li[contains(., 'Andris Ozols')]//button[normalize-space(.)='Send the invitation again']",
            ))
            .await;
        browser
            .wait_for_text(".toasts", "A new invitation was sent")
            .await;
        let sent = outbox::Entity::find()
            .all(&app.server.state.db)
            .await
            .unwrap()
            .into_iter()
            .filter(|m| m.to_address == "andris.ozols@eub.lv.example")
            .count();
        assert_eq!(sent, 2);
        browser.close().await;
    }
);
