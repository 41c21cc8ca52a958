//! The demo data set: the authorities of the source document's four cases and a user in each.
//! Names are real bodies in their own languages; e-mail addresses use the reserved `.example`
//! domain so no message can reach a real person.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, DatabaseConnection, EntityTrait, PaginatorTrait, Set, TransactionTrait,
};

use crate::auth::hash_password;
use crate::entities::{authority, authority_area, user, user_role};

/// The password of every demo account (listed in README.md).
pub const DEMO_PASSWORD: &str = "imi-demo-2026";

struct DemoAuthority {
    country: &'static str,
    name: &'static str,
    name_en: &'static str,
    acronym: Option<&'static str>,
    city: &'static str,
    areas: &'static [&'static str],
    users: &'static [DemoUser],
}

struct DemoUser {
    email: &'static str,
    name: &'static str,
    roles: &'static [&'static str],
}

const AUTHORITIES: &[DemoAuthority] = &[
    DemoAuthority {
        country: "LV",
        name: "Ekonomikas ministrija",
        name_en: "Ministry of Economics",
        acronym: Some("EM"),
        city: "Rīga",
        areas: &[
            "services",
            "professional_qualifications",
            "posting_of_workers",
            "ecommerce",
        ],
        users: &[DemoUser {
            email: "janis.kalnins@em.lv.example",
            name: "Jānis Kalniņš",
            roles: &["coordinator", "local_administrator", "request_handler"],
        }],
    },
    DemoAuthority {
        country: "LV",
        name: "Veselības inspekcija",
        name_en: "Health Inspectorate",
        acronym: Some("VI"),
        city: "Rīga",
        areas: &["professional_qualifications"],
        users: &[DemoUser {
            email: "anna.berzina@vi.lv.example",
            name: "Anna Bērziņa",
            roles: &["request_handler", "allocator"],
        }],
    },
    DemoAuthority {
        country: "LV",
        name: "Būvniecības valsts kontroles birojs",
        name_en: "State Construction Control Bureau",
        acronym: Some("BVKB"),
        city: "Rīga",
        areas: &["services", "posting_of_workers"],
        users: &[DemoUser {
            email: "liga.ozola@bvkb.lv.example",
            name: "Līga Ozola",
            roles: &["request_handler"],
        }],
    },
    DemoAuthority {
        country: "PT",
        name: "Ordem dos Médicos",
        name_en: "Portuguese Medical Association",
        acronym: Some("OM"),
        city: "Lisboa",
        areas: &["professional_qualifications"],
        users: &[DemoUser {
            email: "ana.costa@om.pt.example",
            name: "Ana Costa",
            roles: &["request_handler"],
        }],
    },
    DemoAuthority {
        country: "NO",
        name: "Direktoratet for samfunnssikkerhet og beredskap",
        name_en: "Norwegian Directorate for Civil Protection",
        acronym: Some("DSB"),
        city: "Tønsberg",
        areas: &["services", "professional_qualifications"],
        users: &[DemoUser {
            email: "kari.nordmann@dsb.no.example",
            name: "Kari Nordmann",
            roles: &["request_handler", "local_administrator"],
        }],
    },
    DemoAuthority {
        country: "EE",
        name: "Sihtasutus Kutsekoda",
        name_en: "Estonian Qualifications Authority",
        acronym: None,
        city: "Tallinn",
        areas: &["professional_qualifications", "services"],
        users: &[DemoUser {
            email: "mari.tamm@kutsekoda.ee.example",
            name: "Mari Tamm",
            roles: &["request_handler"],
        }],
    },
    DemoAuthority {
        country: "DE",
        name: "Landesamt für Arbeitsschutz, Gesundheitsschutz und technische Sicherheit Berlin",
        name_en: "Berlin State Office for Occupational Safety, Health Protection and Technical Safety",
        acronym: Some("LAGetSi"),
        city: "Berlin",
        areas: &["services", "posting_of_workers"],
        users: &[DemoUser {
            email: "klaus.becker@lagetsi.de.example",
            name: "Klaus Becker",
            roles: &["request_handler"],
        }],
    },
];

/// Loads the demo set unless the database already has authorities: a restart with `--demo`
/// must neither duplicate the data nor overwrite what users changed.
pub async fn load_if_empty(db: &DatabaseConnection) -> anyhow::Result<bool> {
    if authority::Entity::find().count(db).await? > 0 {
        return Ok(false);
    }
    // One hash for every demo account: they share the published demo password anyway, and
    // hashing it once keeps start-up (and every test's fresh database) fast.
    let password_hash = hash_password(DEMO_PASSWORD)?;
    let now = Utc::now();
    let txn = db.begin().await?;
    for demo in AUTHORITIES {
        let saved = authority::ActiveModel {
            country: Set(demo.country.to_owned()),
            name: Set(demo.name.to_owned()),
            name_en: Set(Some(demo.name_en.to_owned())),
            acronym: Set(demo.acronym.map(str::to_owned)),
            city: Set(demo.city.to_owned()),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        for area in demo.areas {
            authority_area::ActiveModel {
                authority_id: Set(saved.id),
                area: Set((*area).to_owned()),
            }
            .insert(&txn)
            .await?;
        }
        for person in demo.users {
            let account = user::ActiveModel {
                authority_id: Set(saved.id),
                email: Set(person.email.to_owned()),
                display_name: Set(person.name.to_owned()),
                password_hash: Set(password_hash.clone()),
                language: Set(None),
                active: Set(true),
                created_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            for role in person.roles {
                user_role::ActiveModel {
                    user_id: Set(account.id),
                    role: Set((*role).to_owned()),
                }
                .insert(&txn)
                .await?;
            }
        }
    }
    txn.commit().await?;
    Ok(true)
}

/// The demo accounts as (e-mail, name, authority), for README and tests.
pub fn accounts() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    AUTHORITIES
        .iter()
        .flat_map(|a| a.users.iter().map(move |u| (u.email, u.name, a.name)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_demo_code_is_valid() {
        for demo in AUTHORITIES {
            shared::CountryCode::parse(demo.country).unwrap();
            for area in demo.areas {
                shared::LegislativeArea::parse(area).unwrap();
            }
            for person in demo.users {
                for role in person.roles {
                    shared::Role::parse(role).unwrap();
                }
            }
        }
    }
}
