//! Registry administration: coordinators register and edit the authorities of their country
//! (area coordinators those of their areas), import them from CSV, and invite administrators,
//! who manage their authority's users.

use backend::entities::outbox;
use imi_tests::{ANNA, JANIS_LV, KARI_NO, TestApp, db_test};
use reqwest::{Client, StatusCode};
use sea_orm::{EntityTrait, PaginatorTrait, QueryOrder};
use serde_json::{Value, json};

async fn send(request: reqwest::RequestBuilder) -> (StatusCode, Value) {
    let response = request.send().await.unwrap();
    let status = response.status();
    let text = response.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

fn latvian(name: &str, areas: &[&str]) -> Value {
    json!({
        "country": "LV",
        "name": name,
        "name_language": "lv",
        "city": "Rīga",
        "email": "pasts@iestade.lv.example",
        "phone": "+371 6701 2345",
        "areas": areas,
        "competences": ["electrician"],
    })
}

/// The token of the last invitation e-mailed to `email`, read from the outbox.
async fn invitation_token(app: &TestApp, email: &str) -> String {
    let mail = outbox::Entity::find()
        .order_by_desc(outbox::Column::Id)
        .all(&app.server.state.db)
        .await
        .unwrap()
        .into_iter()
        .find(|m| m.to_address == email)
        .unwrap_or_else(|| panic!("no e-mail to {email}"));
    let start = mail
        .body
        .find("/invitation/")
        .expect("a link in the e-mail")
        + 12;
    mail.body[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}

/// Accepts the invitation sent to `email` and returns the logged-in client.
async fn accept(app: &TestApp, email: &str) -> Client {
    let token = invitation_token(app, email).await;
    let client = Client::builder().cookie_store(true).build().unwrap();
    let (status, body) = send(
        client
            .post(app.url(&format!("/api/invitations/{token}")))
            .json(&json!({ "password": "correct horse battery" })),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["email"], email);
    // A local administrator sets up two-step log-in before anything else.
    let roles: Vec<shared::Role> = body["roles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| shared::Role::parse(r.as_str().unwrap()).unwrap())
        .collect();
    if shared::account::second_factor_required(&roles) {
        app.enroll(&client).await;
    }
    client
}

async fn registry_version(app: &TestApp) -> i64 {
    backend::entities::registry_meta::Entity::find_by_id(1)
        .one(&app.server.state.db)
        .await
        .unwrap()
        .unwrap()
        .version
}

db_test!(
    a_coordinator_registers_an_authority_and_invites_its_administrator,
    |app| {
        let janis = app.user(JANIS_LV).await;
        let (status, profile) = send(janis.post(app.url("/api/registry/authorities")).json(
            &json!({
                "authority": latvian("Elektroenerģētikas uzraudzības birojs", &["services"]),
                "administrator": {
                    "email": "Ilze.Kalna@eub.lv.example",
                    "display_name": "Ilze Kalna",
                    "language": "lv",
                },
            }),
        ))
        .await;
        assert_eq!(status, StatusCode::CREATED, "{profile}");
        assert_eq!(profile["editable"], true);
        assert_eq!(profile["registered_by"]["user"], "Jānis Kalniņš");
        assert_eq!(profile["revision"], 0);
        let id = profile["id"].as_i64().unwrap();
        // The next search, on any instance, already finds it.
        let (_, found) = send(janis.get(app.url("/api/authorities?q=elektroenergetikas"))).await;
        assert_eq!(found["results"][0]["id"], id);

        // The invitation, in Latvian, opens a page that says what it is for.
        let token = invitation_token(&app, "ilze.kalna@eub.lv.example").await;
        let mail = outbox::Entity::find()
            .order_by_desc(outbox::Column::Id)
            .one(&app.server.state.db)
            .await
            .unwrap()
            .unwrap();
        assert!(
            mail.body.contains("Elektroenerģētikas uzraudzības birojs"),
            "{}",
            mail.body
        );
        assert!(mail.subject.contains("IMI"), "{}", mail.subject);
        let anonymous = Client::builder().cookie_store(true).build().unwrap();
        let (status, view) =
            send(anonymous.get(app.url(&format!("/api/invitations/{token}")))).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(view["display_name"], "Ilze Kalna");
        assert_eq!(
            view["authority_name"],
            "Elektroenerģētikas uzraudzības birojs"
        );
        // Logging in before accepting fails like a wrong password.
        let (status, _) = send(anonymous.post(app.url("/api/auth/login")).json(&json!({
            "email": "ilze.kalna@eub.lv.example", "password": "",
        })))
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        let (status, refused) = send(
            anonymous
                .post(app.url(&format!("/api/invitations/{token}")))
                .json(&json!({ "password": "short" })),
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(refused["fields"][0]["code"], "too_short");
        let ilze = accept(&app, "ilze.kalna@eub.lv.example").await;
        let (status, me) = send(ilze.get(app.url("/api/me"))).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(me["organisation"]["id"], id);
        let mut roles: Vec<&str> = me["roles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r.as_str().unwrap())
            .collect();
        roles.sort();
        assert_eq!(roles, ["local_administrator", "request_handler"]);
        // A used link is gone.
        let (status, _) = send(anonymous.get(app.url(&format!("/api/invitations/{token}")))).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (status, _) = send(
            anonymous
                .post(app.url(&format!("/api/invitations/{token}")))
                .json(&json!({ "password": "another long password" })),
        )
        .await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        // As a local administrator she set up two-step log-in on arriving (`accept`); set
        // up again, the new secret replaces the old.
        let secret = app.enroll(&ilze).await;
        // The password chosen logs in, with a code of the app.
        let again = Client::builder().cookie_store(true).build().unwrap();
        let login =
            json!({ "email": "ilze.kalna@eub.lv.example", "password": "correct horse battery" });
        let (status, asked) = send(again.post(app.url("/api/auth/login")).json(&login)).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        assert_eq!(asked["code"], "second_factor_required");
        let mut with_code = login.clone();
        let next = backend::totp::step_of(chrono::Utc::now().timestamp()) + 1;
        with_code["code"] = json!(format!("{:06}", secret.code_at(next)));
        let (status, _) = send(again.post(app.url("/api/auth/login")).json(&with_code)).await;
        assert_eq!(status, StatusCode::OK);
        // A code works once.
        let (status, refused) = send(again.post(app.url("/api/auth/login")).json(&with_code)).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        assert_eq!(refused["code"], "invalid_second_factor");

        // Ilze manages her users: she sees herself, invited by Jānis.
        let (status, users) =
            send(ilze.get(app.url(&format!("/api/authorities/{id}/users")))).await;
        assert_eq!(status, StatusCode::OK, "{users}");
        assert_eq!(users["users"][0]["invited_by"], "Jānis Kalniņš");
        assert_eq!(users["users"][0]["invitation_pending"], false);
        assert!(
            !users["grantable"]
                .as_array()
                .unwrap()
                .contains(&json!("coordinator"))
        );
    }
);

db_test!(nobody_edits_another_countrys_authorities, |app| {
    let janis = app.user(JANIS_LV).await;
    let dsb = app
        .authority_id("Direktoratet for samfunnssikkerhet og beredskap")
        .await;
    let (_, profile) = send(janis.get(app.url(&format!("/api/authorities/{dsb}")))).await;
    assert_eq!(profile["editable"], false);
    assert_eq!(profile["users_manageable"], false);
    let mut edited = profile.clone();
    edited["name"] = json!("Hacked");
    let record = json!({
        "country": "NO", "name": "Hacked", "name_language": "nb", "city": "Tønsberg",
        "areas": ["services"],
    });
    let (status, _) = send(
        janis
            .put(app.url(&format!("/api/registry/authorities/{dsb}")))
            .json(&json!({ "revision": profile["revision"], "authority": record })),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = send(
        janis
            .post(app.url("/api/registry/authorities"))
            .json(&json!({ "authority": record })),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // Another country's users: as if they did not exist.
    let (status, _) = send(janis.get(app.url(&format!("/api/authorities/{dsb}/users")))).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // A handler who is no coordinator registers nothing, even in their own country.
    let anna = app.user(ANNA).await;
    let (status, _) = send(
        anna.post(app.url("/api/registry/authorities"))
            .json(&json!({
                "authority": latvian("Jauna iestāde", &["services"]),
            })),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // The Norwegian coordinator's profile stays as it was.
    let kari = app.user(KARI_NO).await;
    let (_, after) = send(kari.get(app.url(&format!("/api/authorities/{dsb}")))).await;
    assert_eq!(after["name"], profile["name"]);
});

db_test!(
    edits_are_checked_seen_at_once_and_never_overwrite_each_other,
    |app| {
        let janis = app.user(JANIS_LV).await;
        let vi = app.authority_id("Veselības inspekcija").await;
        let (_, profile) = send(janis.get(app.url(&format!("/api/authorities/{vi}")))).await;
        assert_eq!(profile["editable"], true);
        let mut record = json!({
            "country": "LV",
            "name": "Veselības inspekcija",
            "name_language": "lv",
            "other_names": [{ "language": "en", "name": "Health Inspectorate" }],
            "city": "Rīga",
            "address": "Klijānu iela 7, Rīga, LV-1012",
            "email": "not-an-address",
            "areas": ["services", "services"],
            "competences": ["doctor", "astronaut"],
        });
        let (status, refused) = send(
            janis
                .put(app.url(&format!("/api/registry/authorities/{vi}")))
                .json(&json!({ "revision": profile["revision"], "authority": record })),
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        let codes: Vec<(String, String)> = refused["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                (
                    f["field"].as_str().unwrap().into(),
                    f["code"].as_str().unwrap().into(),
                )
            })
            .collect();
        assert_eq!(
            codes,
            [
                ("email", "invalid_email"),
                ("areas", "duplicate"),
                ("competences", "unknown"),
            ]
            .map(|(f, c)| (f.to_owned(), c.to_owned()))
        );
        record["email"] = json!("vi@vi.gov.lv.example");
        record["areas"] = json!(["services", "professional_qualifications"]);
        record["competences"] = json!(["doctor", "nurse"]);
        record["other_names"] = json!([{ "language": "ru", "name": "x" }]);
        let (status, _) = send(
            janis
                .put(app.url(&format!("/api/registry/authorities/{vi}")))
                .json(&json!({ "revision": profile["revision"], "authority": record })),
        )
        .await;
        assert_eq!(
            status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "a language outside the system"
        );
        record["other_names"] = json!([{ "language": "en", "name": "State Health Inspectorate" }]);
        // A territory outside the three is no record at all.
        record["level"] = json!("federal");
        let (status, refused) = send(
            janis
                .put(app.url(&format!("/api/registry/authorities/{vi}")))
                .json(&json!({ "revision": profile["revision"], "authority": record })),
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(refused["code"], "malformed_json");
        record["level"] = json!("regional");
        let (status, saved) = send(
            janis
                .put(app.url(&format!("/api/registry/authorities/{vi}")))
                .json(&json!({ "revision": profile["revision"], "authority": record })),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{saved}");
        assert_eq!(saved["revision"], profile["revision"].as_i64().unwrap() + 1);
        assert_eq!(saved["other_names"][0]["name"], "State Health Inspectorate");
        assert_eq!(saved["level"], "regional");
        // The other name is searchable at once.
        let (_, found) =
            send(janis.get(app.url("/api/authorities?q=state%20health%20inspectorate&country=LV")))
                .await;
        assert!(
            found["results"]
                .as_array()
                .unwrap()
                .iter()
                .any(|r| r["id"] == vi
                    && r["matched"][0]["kind"] == "name"
                    && r["level"] == "regional"),
            "{found}"
        );
        // A second edit from the same old revision would overwrite the first: refused.
        record["city"] = json!("Jelgava");
        let (status, conflict) = send(
            janis
                .put(app.url(&format!("/api/registry/authorities/{vi}")))
                .json(&json!({ "revision": profile["revision"], "authority": record })),
        )
        .await;
        assert_eq!(status, StatusCode::CONFLICT);
        assert_eq!(conflict["code"], "edit_conflict");
        let (_, now) = send(janis.get(app.url(&format!("/api/authorities/{vi}")))).await;
        assert_eq!(now["city"], "Rīga");
    }
);

db_test!(area_coordinators_manage_only_their_areas, |app| {
    let janis = app.user(JANIS_LV).await;
    // The national coordinator appoints a coordinator for professional qualifications.
    let mut aic = latvian(
        "Akadēmiskās informācijas centrs",
        &["professional_qualifications"],
    );
    aic["coordinator"] = json!("area");
    let (status, profile) = send(janis.post(app.url("/api/registry/authorities")).json(&json!({
        "authority": aic,
        "administrator": { "email": "baiba@aic.lv.example", "display_name": "Baiba Rivža", "language": "lv" },
    })))
    .await;
    assert_eq!(status, StatusCode::CREATED, "{profile}");
    assert_eq!(profile["coordinator"], "area");
    let aic_id = profile["id"].as_i64().unwrap();
    // Its administrator, who is no coordinator, may not make anyone one (herself included);
    // the national coordinator gives her the role.
    let baiba = accept(&app, "baiba@aic.lv.example").await;
    let (_, users) = send(baiba.get(app.url(&format!("/api/authorities/{aic_id}/users")))).await;
    assert!(
        !users["grantable"]
            .as_array()
            .unwrap()
            .contains(&json!("coordinator"))
    );
    let baiba_id = users["users"][0]["id"].clone();
    let coordinator = json!({
        "display_name": "Baiba Rivža",
        "roles": ["local_administrator", "coordinator"],
        "active": true,
    });
    let (status, _) = send(
        baiba
            .put(app.url(&format!("/api/users/{baiba_id}")))
            .json(&coordinator),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, body) = send(
        janis
            .put(app.url(&format!("/api/users/{baiba_id}")))
            .json(&json!({
                "display_name": "Baiba Rivža",
                "roles": ["local_administrator", "coordinator"],
                "active": true,
            })),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    // Within her area: yes. Beyond it, or appointing coordinators: no.
    let (status, _) = send(
        baiba
            .post(app.url("/api/registry/authorities"))
            .json(&json!({
                "authority": latvian("Latvijas Ārstu biedrība", &["professional_qualifications"]),
            })),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    let (status, refused) = send(baiba.post(app.url("/api/registry/authorities")).json(&json!({
        "authority": latvian("Patērētāju tiesību aizsardzības centrs", &["services", "professional_qualifications"]),
    })))
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused["fields"][0],
        json!({ "field": "areas", "code": "not_yours" })
    );
    let mut appointed = latvian(
        "Izglītības kvalitātes valsts dienests",
        &["professional_qualifications"],
    );
    appointed["coordinator"] = json!("area");
    let (status, refused) = send(
        baiba
            .post(app.url("/api/registry/authorities"))
            .json(&json!({ "authority": appointed })),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused["fields"][0]["field"], "coordinator");
    let bvkb = app
        .authority_id("Būvniecības valsts kontroles birojs")
        .await;
    let (_, profile) = send(baiba.get(app.url(&format!("/api/authorities/{bvkb}")))).await;
    assert_eq!(profile["editable"], false, "it handles services");
    let (status, _) = send(
        baiba
            .put(app.url(&format!("/api/registry/authorities/{bvkb}")))
            .json(&json!({ "revision": profile["revision"], "authority": latvian("x", &["professional_qualifications"]) })),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // Requests: an area coordinator looks after those of its areas only. The demo's request
    // quiet for three months is about a diploma (professional qualifications).
    // (Both in English, since the two accounts' own languages name the topics differently.)
    let (status, quiet) = send(baiba.get(app.url("/api/coordination/inactive?language=en"))).await;
    assert_eq!(status, StatusCode::OK, "{quiet}");
    let (_, national) = send(janis.get(app.url("/api/coordination/inactive?language=en"))).await;
    assert_eq!(quiet, national);
    let quiet_id = quiet[0]["id"].clone();
    let (status, _) = send(baiba.get(app.url(&format!("/api/requests/{quiet_id}")))).await;
    assert_eq!(status, StatusCode::OK);
    let mut ecommerce = latvian("Patērētāju tiesību aizsardzības centrs", &["ecommerce"]);
    ecommerce["coordinator"] = json!("area");
    let (status, profile) = send(janis.post(app.url("/api/registry/authorities")).json(&json!({
        "authority": ecommerce,
        "administrator": { "email": "peteris@ptac.lv.example", "display_name": "Pēteris Bērziņš", "language": "lv" },
    })))
    .await;
    assert_eq!(status, StatusCode::CREATED, "{profile}");
    let peteris = accept(&app, "peteris@ptac.lv.example").await;
    let (_, users) =
        send(peteris.get(app.url(&format!("/api/authorities/{}/users", profile["id"])))).await;
    // The national coordinator gives the coordinator role (its administrator cannot).
    let (status, _) = send(
        janis
            .put(app.url(&format!("/api/users/{}", users["users"][0]["id"])))
            .json(&json!({
                "display_name": "Pēteris Bērziņš",
                "roles": ["local_administrator", "coordinator"],
                "active": true,
            })),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, quiet) = send(peteris.get(app.url("/api/coordination/inactive"))).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(quiet, json!([]));
    let (status, _) = send(peteris.get(app.url(&format!("/api/requests/{quiet_id}")))).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
});

db_test!(local_administrators_manage_their_users_only, |app| {
    let kari = app.user(KARI_NO).await;
    let dsb = app
        .authority_id("Direktoratet for samfunnssikkerhet og beredskap")
        .await;
    let (status, list) = send(kari.get(app.url(&format!("/api/authorities/{dsb}/users")))).await;
    assert_eq!(status, StatusCode::OK, "{list}");
    let kari_id = list["users"][0]["id"].clone();
    // Bad invitations are refused field by field.
    let (status, refused) = send(
        kari.post(app.url(&format!("/api/authorities/{dsb}/users")))
            .json(&json!({
                "email": "ola@", "display_name": " ", "language": "nb", "roles": ["coordinator"],
            })),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields: Vec<&str> = refused["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["email", "display_name", "roles"]);
    let (status, taken) = send(kari.post(app.url(&format!("/api/authorities/{dsb}/users"))).json(&json!({
        "email": JANIS_LV, "display_name": "Jānis", "language": "lv", "roles": ["request_handler"],
    })))
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        taken["fields"][0],
        json!({ "field": "email", "code": "taken" })
    );
    let (status, list) = send(kari.post(app.url(&format!("/api/authorities/{dsb}/users"))).json(&json!({
        "email": "ola.hansen@dsb.no.example", "display_name": "Ola Hansen", "language": "nb",
        "roles": ["request_handler", "allocator"],
    })))
    .await;
    assert_eq!(status, StatusCode::CREATED, "{list}");
    let ola = list["users"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["display_name"] == "Ola Hansen")
        .unwrap()
        .clone();
    assert_eq!(ola["invitation_pending"], true);
    assert_eq!(ola["invited_by"], "Kari Nordmann");
    // The invitation is in Norwegian.
    let mail = outbox::Entity::find()
        .order_by_desc(outbox::Column::Id)
        .one(&app.server.state.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(mail.to_address, "ola.hansen@dsb.no.example");
    assert!(
        mail.body
            .contains("Direktoratet for samfunnssikkerhet og beredskap")
    );
    let ola_client = accept(&app, "ola.hansen@dsb.no.example").await;

    // Kari may not leave the authority without an administrator, nor lock herself out.
    let (status, refused) = send(kari.put(app.url(&format!("/api/users/{kari_id}"))).json(
        &json!({
            "display_name": "Kari Nordmann", "roles": ["request_handler"], "active": true,
        }),
    ))
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused["fields"][0],
        json!({ "field": "roles", "code": "last_administrator" })
    );
    let (status, refused) = send(kari.put(app.url(&format!("/api/users/{kari_id}"))).json(&json!({
        "display_name": "Kari Nordmann", "roles": ["request_handler", "local_administrator"], "active": false,
    })))
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused["fields"][0],
        json!({ "field": "active", "code": "self" })
    );
    // Deactivating Ola ends his session at once.
    let (status, _) = send(ola_client.get(app.url("/api/me"))).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = send(
        kari.put(app.url(&format!("/api/users/{}", ola["id"])))
            .json(&json!({
                "display_name": "Ola Hansen", "roles": ["request_handler"], "active": false,
            })),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = send(ola_client.get(app.url("/api/me"))).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    // Another authority's users are not Kari's business; nor are they a handler's.
    // Answered as if they did not exist, so that ids reveal nothing.
    let vi = app.authority_id("Veselības inspekcija").await;
    let (status, _) = send(kari.get(app.url(&format!("/api/authorities/{vi}/users")))).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let anna = app.user(ANNA).await;
    let (status, _) = send(anna.get(app.url(&format!("/api/authorities/{vi}/users")))).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = send(kari.put(app.url(&format!("/api/users/{kari_id}"))).json(&json!({
        "display_name": "Kari", "roles": ["request_handler", "local_administrator"], "active": true,
    })))
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
});

const GOOD_CSV: &str = "\u{feff}ref;country;name;name_language;other_names;name_en;acronym;city;level;address;email;phone;areas;competences
lv-001;LV;Latvijas Elektroinženieru biedrība;lv;;Latvian Association of Electrical Engineers;LEIB;Rīga;;\"Ieriķu iela 3; Rīga\";info@leib.lv.example;+371 6755 0000;services;electrician|electrical_engineer
lv-002;LV;Rīgas Būvvalde;lv;en:Riga City Construction Board;;;Rīga;local;;;;services;construction_company
lv-003;LV;Latvijas Zobārstu asociācija;lv;;;LZA;Rīga;national;;;;professional_qualifications;dentist
";

async fn import(app: &TestApp, client: &Client, csv: &str) -> (StatusCode, Value) {
    send(
        client
            .post(app.url("/api/registry/import"))
            .header("content-type", "text/csv")
            .body(csv.to_owned()),
    )
    .await
}

async fn authority_count(app: &TestApp) -> u64 {
    backend::entities::authority::Entity::find()
        .count(&app.server.state.db)
        .await
        .unwrap()
}

db_test!(csv_import_is_all_or_nothing_and_idempotent, |app| {
    let janis = app.user(JANIS_LV).await;
    let before = authority_count(&app).await;
    let (status, report) = import(&app, &janis, GOOD_CSV).await;
    assert_eq!(status, StatusCode::OK, "{report}");
    assert_eq!(
        report,
        json!({ "created": 3, "updated": 0, "unchanged": 0 })
    );
    assert_eq!(authority_count(&app).await, before + 3);
    let (_, found) =
        send(janis.get(app.url("/api/authorities?q=riga%20city%20construction%20board"))).await;
    assert_eq!(found["results"][0]["name"], "Rīgas Būvvalde");
    assert_eq!(found["results"][0]["level"], "local");
    let (_, found) = send(janis.get(app.url("/api/authorities?q=LEIB"))).await;
    let id = found["results"][0]["id"].clone();
    let (_, profile) = send(janis.get(app.url(&format!("/api/authorities/{id}")))).await;
    assert_eq!(profile["address"], "Ieriķu iela 3; Rīga");
    // An empty level cell is the default.
    assert_eq!(profile["level"], "national");
    assert_eq!(profile["registered_by"]["user"], "Jānis Kalniņš");

    // The same file again changes nothing, not even the registry's version.
    let version = registry_version(&app).await;
    let (status, report) = import(&app, &janis, GOOD_CSV).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        report,
        json!({ "created": 0, "updated": 0, "unchanged": 3 })
    );
    assert_eq!(registry_version(&app).await, version);
    assert_eq!(authority_count(&app).await, before + 3);
    // With commas, and one row changed: that row is updated.
    let changed = "ref,country,name,name_language,city,areas,competences\n\
        lv-003,LV,Latvijas Zobārstu asociācija,lv,Jūrmala,professional_qualifications,dentist\n";
    let (status, report) = import(&app, &janis, changed).await;
    assert_eq!(status, StatusCode::OK, "{report}");
    assert_eq!(
        report,
        json!({ "created": 0, "updated": 1, "unchanged": 0 })
    );
    assert!(registry_version(&app).await > version);

    // Every bad row is reported with its line and column, and nothing is imported.
    let bad = "ref,country,name,name_language,city,areas,competences,email\n\
        lv-010,LV,Derīga iestāde,lv,Rīga,services,,\n\
        lv-011,NO,Norsk tilsyn,nb,Oslo,services,,\n\
        lv-012,LV,,lv,Rīga,services,,\n\
        lv-013,LV,Iestāde,lv,Rīga,fishing,,\n\
        lv-010,LV,Dublikāts,lv,Rīga,services,,\n\
        lv-014,LV,Iestāde,xx,Rīga,services,,\n\
        lv-015,LV,Iestāde,lv,Rīga,services,astronaut,nav-adrese\n\
        lv-016,LV,\"Iestāde ar\n\
        divām rindām\",lv,Rīga,services,,\n\
        lv-017,LV,Iestāde,lv\n";
    let (status, refused) = import(&app, &janis, bad).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    assert_eq!(refused["code"], "validation_failed");
    let rows: Vec<(u64, String, String)> = refused["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["line"].as_u64().unwrap(),
                r["column"].as_str().unwrap().into(),
                r["code"].as_str().unwrap().into(),
            )
        })
        .collect();
    // The repeated `ref` names the line it repeats.
    assert_eq!(refused["rows"][3]["params"]["line"], 2, "{refused}");
    assert_eq!(
        rows,
        [
            (3, "country", "other_country"),
            (4, "name", "missing"),
            (5, "areas", "unknown"),
            (6, "ref", "duplicate_of_line"),
            (7, "name_language", "unknown"),
            (8, "email", "invalid_email"),
            (8, "competences", "unknown"),
            // A quoted cell may span lines in CSV, but a name is one line of text.
            (9, "name", "control_character"),
            (11, "", "wrong_column_count"),
        ]
        .map(|(l, c, e)| (l, c.to_owned(), e.to_owned()))
    );
    // A territory the registry does not know is named as such.
    let (status, refused) = import(
        &app,
        &janis,
        "ref,country,name,name_language,city,areas,level\n\
        lv-020,LV,Iestāde,lv,Rīga,services,federal\n",
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    assert_eq!(
        refused["rows"],
        json!([{ "line": 2, "column": "level", "code": "unknown" }])
    );
    assert_eq!(authority_count(&app).await, before + 3);
    let (_, found) =
        send(janis.get(app.url("/api/authorities?q=deriga%20iestade&country=LV&per_page=100")))
            .await;
    assert!(
        found["results"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["name"] != "Derīga iestāde"),
        "{found}"
    );

    // A header without a required column, or an unknown one, is refused as a whole.
    let (status, refused) = import(
        &app,
        &janis,
        "ref,country,name,city,areas,colour\nx,LV,a,b,services,red\n",
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused["rows"],
        json!([
            { "line": 1, "column": "colour", "code": "unknown_column" },
            { "line": 1, "column": "name_language", "code": "missing_column" },
        ])
    );
    let (status, refused) = import(&app, &janis, "ref,country\n").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused["rows"].as_array().unwrap().len(), 4);
    let latin1 = {
        let mut bytes = b"ref,country,name,name_language,city,areas\nx,LV,R".to_vec();
        bytes.push(0xEE); // "ī" in ISO 8859-13, not UTF-8
        bytes.extend_from_slice(b"ga,lv,R,services\n");
        bytes
    };
    let response = janis
        .post(app.url("/api/registry/import"))
        .body(latin1)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let refused: Value = response.json().await.unwrap();
    assert_eq!(refused["rows"][0]["code"], "not_utf8");

    // Only coordinators import.
    let anna = app.user(ANNA).await;
    let (status, _) = import(&app, &anna, GOOD_CSV).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
});

db_test!(the_registry_routes_are_documented, |app| {
    let (_, doc) = send(Client::new().get(app.url("/api/openapi.json"))).await;
    for path in [
        "/api/registry/authorities",
        "/api/registry/authorities/{id}",
        "/api/registry/import",
        "/api/registry/concepts",
        "/api/authorities/{id}/users",
        "/api/users/{id}",
        "/api/invitations/{token}",
    ] {
        assert!(doc["paths"][path].is_object(), "{path} is not documented");
    }
    let janis = app.user(JANIS_LV).await;
    let (status, concepts) = send(janis.get(app.url("/api/registry/concepts?language=lv"))).await;
    assert_eq!(status, StatusCode::OK);
    let concepts = concepts.as_array().unwrap();
    assert!(concepts.len() >= 150);
    let electrician = concepts.iter().find(|c| c["id"] == "electrician").unwrap();
    assert_eq!(electrician["label"], "elektriķis");
});

db_test!(
    two_invitations_of_one_address_at_once_give_one_user,
    |app| {
        let kari = app.user(KARI_NO).await;
        let dsb = app
            .authority_id("Direktoratet for samfunnssikkerhet og beredskap")
            .await;
        // Sent together, both pass the "is the address free" check; the unique index then
        // lets one through and the other must be refused as taken, not fail.
        let invite = || {
            send(
                kari.post(app.url(&format!("/api/authorities/{dsb}/users")))
                    .json(&json!({
                        "email": "Same.Person@dsb.no.example", "display_name": "Same Person",
                        "language": "nb", "roles": ["request_handler"],
                    })),
            )
        };
        let mut statuses = Vec::new();
        for _ in 0..3 {
            let (a, b, c) = tokio::join!(invite(), invite(), invite());
            for (status, body) in [a, b, c] {
                assert!(
                    status == StatusCode::CREATED || status == StatusCode::UNPROCESSABLE_ENTITY,
                    "{status}: {body}"
                );
                if status == StatusCode::UNPROCESSABLE_ENTITY {
                    assert_eq!(
                        body["fields"][0],
                        json!({ "field": "email", "code": "taken" })
                    );
                }
                statuses.push(status);
            }
        }
        assert_eq!(
            statuses
                .iter()
                .filter(|s| **s == StatusCode::CREATED)
                .count(),
            1
        );
        let (_, list) = send(kari.get(app.url(&format!("/api/authorities/{dsb}/users")))).await;
        let same: Vec<&Value> = list["users"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|u| u["email"] == "same.person@dsb.no.example")
            .collect();
        assert_eq!(same.len(), 1, "{list}");
    }
);

db_test!(an_expired_invitation_is_sent_again_with_a_new_link, |app| {
    use sea_orm::{ActiveModelTrait, ColumnTrait, QueryFilter, Set};
    let kari = app.user(KARI_NO).await;
    let dsb = app
        .authority_id("Direktoratet for samfunnssikkerhet og beredskap")
        .await;
    let email = "ingrid.berg@dsb.no.example";
    let (status, list) = send(kari.post(app.url(&format!("/api/authorities/{dsb}/users"))).json(&json!({
        "email": email, "display_name": "Ingrid Berg", "language": "nb", "roles": ["request_handler"],
    })))
    .await;
    assert_eq!(status, StatusCode::CREATED, "{list}");
    let first_link = invitation_token(&app, email).await;
    // Fifteen days later the link has expired, and the list says so.
    let invitee = backend::entities::user::Entity::find()
        .filter(backend::entities::user::Column::Email.eq(email))
        .one(&app.server.state.db)
        .await
        .unwrap()
        .unwrap();
    let id = invitee.id;
    let mut expired: backend::entities::user::ActiveModel = invitee.into();
    expired.invitation_expires_at = Set(Some(chrono::Utc::now() - chrono::Duration::days(1)));
    expired.update(&app.server.state.db).await.unwrap();
    let ingrid = |list: &Value| {
        list["users"]
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["email"] == email)
            .unwrap()
            .clone()
    };
    let (_, list) = send(kari.get(app.url(&format!("/api/authorities/{dsb}/users")))).await;
    assert_eq!(ingrid(&list)["invitation_expired"], true, "{list}");
    let (status, _) = send(
        app.client
            .get(app.url(&format!("/api/invitations/{first_link}"))),
    )
    .await;
    assert_ne!(status, StatusCode::OK);
    // Nobody of another country may send it; her administrator may.
    let janis = app.user(JANIS_LV).await;
    let (status, _) = send(janis.post(app.url(&format!("/api/users/{id}/invitation")))).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, body) = send(kari.post(app.url(&format!("/api/users/{id}/invitation")))).await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    let (_, list) = send(kari.get(app.url(&format!("/api/authorities/{dsb}/users")))).await;
    assert_eq!(ingrid(&list)["invitation_expired"], false, "{list}");
    assert_eq!(ingrid(&list)["invitation_pending"], true, "{list}");
    // A new link, in her language; the old one stays dead and the new one works.
    let second_link = invitation_token(&app, email).await;
    assert_ne!(second_link, first_link);
    let mail = outbox::Entity::find()
        .order_by_desc(outbox::Column::Id)
        .one(&app.server.state.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(mail.to_address, email);
    assert!(mail.subject.contains("Direktoratet"), "{}", mail.subject);
    let (status, _) = send(
        app.client
            .get(app.url(&format!("/api/invitations/{first_link}"))),
    )
    .await;
    assert_ne!(status, StatusCode::OK);
    accept(&app, email).await;
    // Accepted: there is nothing left to send.
    let (status, refused) = send(kari.post(app.url(&format!("/api/users/{id}/invitation")))).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused["fields"][0],
        json!({ "field": "invitation", "code": "not_allowed" })
    );
    let (status, _) = send(kari.post(app.url("/api/users/999999/invitation"))).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
});
