//! Multilingual authority search over the demo registry: a query in one language finds an
//! authority of another country through the taxonomy's labels in all 26 languages.

use imi_tests::{ANNA, JANIS_LV, db_test};
use reqwest::StatusCode;
use serde_json::{Value, json};

async fn search(app: &imi_tests::TestApp, query: &str) -> Value {
    let response = app
        .client
        .get(app.url(&format!("/api/authorities?{query}")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK, "{query}");
    response.json().await.unwrap()
}

fn names(page: &Value) -> Vec<String> {
    page["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap().to_owned())
        .collect()
}

const DSB: &str = "Direktoratet for samfunnssikkerhet og beredskap";

db_test!(
    a_query_in_one_language_finds_authorities_of_another_country,
    |app| {
        app.login(ANNA).await;
        // Latvian, with and without diacritics, and with a typo; Portuguese; English.
        for query in [
            "q=elektri%C4%B7is",
            "q=elektrikis",
            "q=elektrikkis",
            "q=eletricista",
            "q=electrician",
        ] {
            let page = search(&app, &format!("{query}&country=NO&language=lv")).await;
            assert!(
                names(&page).contains(&DSB.to_owned()),
                "{query}: {:?}",
                names(&page)
            );
            let dsb = page["results"]
                .as_array()
                .unwrap()
                .iter()
                .find(|r| r["name"] == DSB)
                .unwrap();
            let reason = &dsb["matched"][0];
            assert_eq!(reason["kind"], "competence", "{query}: {dsb}");
            assert_eq!(reason["concept"], "electrician");
            // The reason is given in the reader's language.
            assert_eq!(reason["label"], "elektriķis", "{query}");
        }
    }
);

db_test!(names_acronyms_and_cities_match_too, |app| {
    app.login(ANNA).await;
    let cases = [
        ("q=DSB", DSB, "acronym"),
        ("q=tonsberg", DSB, "city"),
        ("q=ordem%20dos%20medicos", "Ordem dos Médicos", "name"),
        ("q=ORDEM%20DOS%20M%C3%89DICOS", "Ordem dos Médicos", "name"),
        ("q=veselibas", "Veselības inspekcija", "name"),
    ];
    for (query, expected, kind) in cases {
        let page = search(&app, query).await;
        let found = page["results"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["name"] == expected);
        let found = found.unwrap_or_else(|| panic!("{query}: {:?}", names(&page)));
        assert_eq!(found["matched"][0]["kind"], kind, "{query}");
    }
});

db_test!(filters_and_pages, |app| {
    app.login(ANNA).await;
    let all_lv = search(&app, "country=LV&per_page=100").await;
    let total = all_lv["total"].as_u64().unwrap();
    assert!(total >= 3);
    assert!(
        all_lv["results"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["country"] == "LV")
    );
    let page_two = search(&app, "country=LV&per_page=2&page=2").await;
    assert_eq!(page_two["total"].as_u64().unwrap(), total);
    assert_eq!(
        names(&page_two),
        names(&all_lv)[2..(total as usize).min(4)].to_vec()
    );

    let services = search(&app, "area=posting_of_workers&per_page=100").await;
    assert!(services["results"].as_array().unwrap().iter().all(|r| {
        r["areas"]
            .as_array()
            .unwrap()
            .contains(&json!("posting_of_workers"))
    }));
    let electricians = search(&app, "competence=electrician&per_page=100").await;
    assert!(names(&electricians).contains(&DSB.to_owned()));
    let nothing = search(&app, "q=zzzzqqqq").await;
    assert_eq!(nothing["total"], 0);
});

db_test!(bad_search_parameters_are_refused, |app| {
    app.login(ANNA).await;
    let cases = [
        ("country=XX", "country", "unknown"),
        ("area=fishing", "area", "unknown"),
        ("competence=wizard", "competence", "unknown"),
        ("language=xx", "language", "unknown"),
        ("page=0", "page", "out_of_range"),
        ("per_page=1000", "per_page", "out_of_range"),
    ];
    for (query, field, code) in cases {
        let response = app
            .client
            .get(app.url(&format!("/api/authorities?{query}")))
            .send()
            .await
            .unwrap();
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{query}"
        );
        let body: Value = response.json().await.unwrap();
        assert_eq!(
            body["fields"],
            json!([{ "field": field, "code": code }]),
            "{query}"
        );
    }
    let response = app
        .client
        .get(app.url("/api/authorities?page=abc"))
        .send()
        .await
        .unwrap();
    assert!(response.status().is_client_error());
    let anonymous = reqwest::Client::new()
        .get(app.url("/api/authorities?q=a"))
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
});

db_test!(an_edit_is_seen_by_the_next_search, |app| {
    use sea_orm::{ActiveModelTrait, Set, TransactionTrait};
    app.login(ANNA).await;
    assert_eq!(search(&app, "q=Skorsteinsfeierkontoret").await["total"], 0);
    // Saved the way every registry change is saved: with the version bump in the transaction.
    let txn = app.server.state.db.begin().await.unwrap();
    let now = chrono::Utc::now();
    let saved = backend::entities::authority::ActiveModel {
        country: Set("NO".into()),
        name: Set("Skorsteinsfeierkontoret i Bergen".into()),
        city: Set("Bergen".into()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .unwrap();
    backend::search::bump_version(&txn, backend::search::Changed::Authorities(&[saved.id]))
        .await
        .unwrap();
    txn.commit().await.unwrap();
    assert_eq!(
        names(&search(&app, "q=skorsteinsfeierkontoret").await),
        ["Skorsteinsfeierkontoret i Bergen"]
    );
});

/// The ids of a search's results.
fn ids(page: &Value) -> Vec<i64> {
    page["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_i64().unwrap())
        .collect()
}

db_test!(
    another_instance_applies_an_edit_to_its_index_without_rebuilding_it,
    |app| {
        // A second instance over the same database, as behind a load balancer.
        let other = backend::spawn_with(imi_tests::test_config(app.db.url.clone()), |r| r)
            .await
            .expect("the second instance starts");
        let on_other = |query: &str| format!("{}/api/authorities?{query}", other.url());
        let anna = app.user_on(&other.url(), ANNA).await;
        let janis = app.user(JANIS_LV).await;
        let get = |query: String| {
            let anna = anna.clone();
            async move {
                let response = anna.get(query).send().await.unwrap();
                assert_eq!(response.status(), StatusCode::OK);
                response.json::<Value>().await.unwrap()
            }
        };
        let vi = app.authority_id("Veselības inspekcija").await;
        let midwives = get(on_other("competence=midwife&country=LV&per_page=100")).await;
        assert!(ids(&midwives).contains(&i64::from(vi)), "{midwives}");
        assert_eq!(other.state.search.builds(), 1);

        // Edited and registered on the first instance.
        let (_, profile) = send_json(janis.get(app.url(&format!("/api/authorities/{vi}")))).await;
        let record = json!({
            "country": "LV",
            "name": "Veselības inspekcija",
            "name_language": "lv",
            "other_names": [{ "language": "en", "name": "Public Health Supervision Office" }],
            "city": "Rīga",
            "email": "vi@vi.gov.lv.example",
            "areas": ["professional_qualifications"],
            "competences": ["doctor", "nurse"],
        });
        let (status, saved) = send_json(
            janis
                .put(app.url(&format!("/api/registry/authorities/{vi}")))
                .json(&json!({ "revision": profile["revision"], "authority": record })),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{saved}");
        let (status, created) = send_json(janis.post(app.url("/api/registry/authorities")).json(
            &json!({ "authority": {
                "country": "LV",
                "name": "Celtņu tehniskās uzraudzības birojs",
                "name_language": "lv",
                "city": "Liepāja",
                "email": "birojs@celtni.lv.example",
                "areas": ["services"],
                "competences": ["crane_operator"],
            } }),
        ))
        .await;
        assert_eq!(status, StatusCode::CREATED, "{created}");

        // The other instance finds both at its next search, by their new words, and no
        // longer finds the inspectorate by the competences it gave up.
        let found = get(on_other("q=health%20supervision%20office&country=LV")).await;
        assert_eq!(ids(&found).first(), Some(&i64::from(vi)), "{found}");
        let found = get(on_other("q=celtnu%20uzraudzibas")).await;
        assert_eq!(
            ids(&found).first(),
            created["id"].as_i64().as_ref(),
            "{found}"
        );
        let midwives = get(on_other("competence=midwife&country=LV&per_page=100")).await;
        assert!(!ids(&midwives).contains(&i64::from(vi)), "{midwives}");
        assert_eq!(
            (other.state.search.builds(), other.state.search.updates()),
            (1, 1),
            "one update in place for the two changes, no rebuild"
        );

        // Without the list of what a version changed (dropped as too old, for an instance
        // that slept through more versions than are kept), the index is rebuilt, and finds
        // the same.
        let (_, profile) = send_json(janis.get(app.url(&format!("/api/authorities/{vi}")))).await;
        let mut record = record;
        record["competences"] = json!(["doctor", "nurse", "midwife"]);
        let (status, _) = send_json(
            janis
                .put(app.url(&format!("/api/registry/authorities/{vi}")))
                .json(&json!({ "revision": profile["revision"], "authority": record })),
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        use sea_orm::ConnectionTrait;
        app.server
            .state
            .db
            .execute_unprepared("DELETE FROM registry_changes")
            .await
            .unwrap();
        let midwives = get(on_other("competence=midwife&country=LV&per_page=100")).await;
        assert!(ids(&midwives).contains(&i64::from(vi)), "{midwives}");
        assert_eq!(other.state.search.builds(), 2);
    }
);

async fn send_json(request: reqwest::RequestBuilder) -> (StatusCode, Value) {
    let response = request.send().await.unwrap();
    let status = response.status();
    (status, response.json().await.unwrap_or(Value::Null))
}

db_test!(
    the_profile_lists_competences_in_the_readers_language,
    |app| {
        app.login(ANNA).await;
        let page = search(&app, "q=DSB").await;
        let id = page["results"][0]["id"].as_i64().unwrap();
        let profile: Value = app
            .client
            .get(app.url(&format!("/api/authorities/{id}?language=lv")))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(profile["name"], DSB);
        assert_eq!(profile["country"], "NO");
        let labels: Vec<&str> = profile["competences"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["label"].as_str().unwrap())
            .collect();
        assert!(labels.contains(&"elektriķis"), "{labels:?}");
        let missing = app
            .client
            .get(app.url("/api/authorities/999999"))
            .send()
            .await
            .unwrap();
        assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    }
);

db_test!(
    a_country_named_in_the_query_filters_and_a_missing_competence_offers_the_coordinator,
    |app| {
        app.login(ANNA).await;
        // Latvian, with the locative of Portugal: the Portuguese medical council, and the
        // page says which country it took from the text and what it understood.
        let page = search(&app, "q=%C4%81rsts%20Portug%C4%81l%C4%93&language=lv").await;
        assert_eq!(page["country_from_query"], "PT", "{page}");
        assert!(
            names(&page).contains(&"Ordem dos Médicos".to_owned()),
            "{page}"
        );
        assert!(
            page["results"]
                .as_array()
                .unwrap()
                .iter()
                .all(|r| r["country"] == "PT")
        );
        assert_eq!(page["recognised"][0]["concept"], "doctor", "{page}");
        assert_eq!(page["recognised"][0]["label"], "ārsts", "{page}");
        assert!(page["coordinator"].is_null());
        // A country given as a filter wins over one named in the text.
        let page = search(
            &app,
            "q=%C4%81rsts%20Portug%C4%81l%C4%93&country=LV&language=lv",
        )
        .await;
        assert!(page["country_from_query"].is_null(), "{page}");
        // Nobody in Liechtenstein declares tattoo artists: nothing found, the concept named,
        // and Liechtenstein's national coordinator offered.
        let page = search(&app, "q=tattoo%20artist%20Liechtenstein&language=en").await;
        assert_eq!(page["total"], 0, "{page}");
        assert_eq!(page["recognised"][0]["concept"], "tattoo_artist", "{page}");
        assert_eq!(page["coordinator"]["country"], "LI", "{page}");
    }
);
