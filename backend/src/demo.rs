//! The demo data set (`backend/demo/authorities.toml`, compiled into the binary): at least
//! three real authorities of each of the 30 EEA countries with their competences, among them
//! those of the source document's four cases, which also get a user each. E-mail addresses use
//! the reserved `.example` domain so no message can reach a real person.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, DatabaseConnection, EntityTrait, PaginatorTrait, Set, TransactionTrait,
};
use serde::Deserialize;

use crate::auth::{Member, hash_password};
use crate::entities::{authority, authority_area, authority_competence, user, user_role};

/// The password of every demo account (listed in README.md).
pub const DEMO_PASSWORD: &str = "imi-demo-2026";

const DEMO: &str = include_str!("../demo/authorities.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoFile {
    authority: Vec<DemoAuthority>,
    /// The European Commission's staff, who belong to no authority.
    #[serde(default)]
    commission: Vec<DemoUser>,
}

impl DemoFile {
    /// Every demo account, in the file's order: the authorities' officials, then the
    /// Commission's staff.
    fn users(self) -> impl Iterator<Item = DemoUser> {
        self.authority
            .into_iter()
            .flat_map(|a| a.user)
            .chain(self.commission)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoAuthority {
    country: String,
    name: String,
    name_en: Option<String>,
    acronym: Option<String>,
    city: String,
    #[serde(default)]
    level: shared::registry::AuthorityLevel,
    address: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    coordinator: Option<String>,
    areas: Vec<String>,
    #[serde(default)]
    competences: Vec<String>,
    #[serde(default)]
    user: Vec<DemoUser>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoUser {
    email: String,
    name: String,
    roles: Vec<String>,
    /// The TOTP secret (base32) of the user's second factor, if they have one.
    second_factor: Option<String>,
}

/// The second factor's secret (base32) of the demo account `email`, if it has one: what
/// README.md publishes, for tests and for people trying the demo.
pub fn second_factor_of(email: &str) -> Option<String> {
    demo_file()
        .ok()?
        .users()
        .find(|u| u.email == email)?
        .second_factor
}

/// The e-mail addresses of every demo account, in the file's order: for tests that try
/// something as each of them.
pub fn accounts() -> Vec<String> {
    demo_file()
        .map(|file| file.users().map(|u| u.email).collect())
        .unwrap_or_default()
}

/// The demo registry as search documents (ids in file order from 1, as a fresh database
/// numbers them), for testing the search without a database.
#[cfg(test)]
pub(crate) fn search_docs() -> Vec<crate::search::Doc> {
    demo_file()
        .expect("the demo file parses")
        .authority
        .into_iter()
        .enumerate()
        .map(|(i, a)| crate::search::Doc {
            id: i as i32 + 1,
            country: shared::CountryCode::parse(&a.country).expect("a country code"),
            name: a.name,
            name_en: a.name_en,
            other_names: Vec::new(),
            acronym: a.acronym,
            city: a.city,
            level: a.level,
            areas: a
                .areas
                .iter()
                .filter_map(|area| shared::LegislativeArea::parse(area).ok())
                .collect(),
            competences: a.competences,
            national_coordinator: a.coordinator.as_deref() == Some("national"),
        })
        .collect()
}

fn demo_file() -> anyhow::Result<DemoFile> {
    toml::from_str(DEMO).map_err(|err| anyhow::anyhow!("backend/demo/authorities.toml: {err}"))
}

/// Loads the demo set unless the database already has authorities: a restart with `--demo`
/// must neither duplicate the data nor overwrite what users changed.
pub async fn load_if_empty(db: &DatabaseConnection) -> anyhow::Result<bool> {
    if authority::Entity::find().count(db).await? > 0 {
        return Ok(false);
    }
    let demo = demo_file()?;
    // One hash for every demo account: they share the published demo password anyway, and
    // hashing it once keeps start-up (and every test's fresh database) fast.
    let password_hash = hash_password(DEMO_PASSWORD)?;
    let now = Utc::now();
    let txn = db.begin().await?;
    for entry in demo.authority {
        let saved = authority::ActiveModel {
            country: Set(entry.country),
            name: Set(entry.name),
            name_en: Set(entry.name_en),
            acronym: Set(entry.acronym),
            city: Set(entry.city),
            level: Set(entry.level.as_str().to_owned()),
            address: Set(entry.address),
            email: Set(entry.email),
            phone: Set(entry.phone),
            coordinator: Set(entry.coordinator),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        for area in entry.areas {
            authority_area::ActiveModel {
                authority_id: Set(saved.id),
                area: Set(area),
            }
            .insert(&txn)
            .await?;
        }
        for concept in entry.competences {
            authority_competence::ActiveModel {
                authority_id: Set(saved.id),
                concept: Set(concept),
            }
            .insert(&txn)
            .await?;
        }
        let member = Member::Authority(shared::AuthorityId(saved.id));
        for person in entry.user {
            insert_user(&txn, member, person, &password_hash).await?;
        }
    }
    for person in demo.commission {
        insert_user(&txn, Member::Commission, person, &password_hash).await?;
    }
    crate::search::bump_version(&txn, crate::search::Changed::Whole).await?;
    txn.commit().await?;
    Ok(true)
}

/// Stores a demo account of `member` with its roles.
async fn insert_user(
    txn: &impl sea_orm::ConnectionTrait,
    member: Member,
    person: DemoUser,
    password_hash: &str,
) -> anyhow::Result<()> {
    let account = user::ActiveModel {
        authority_id: Set(member.authority().map(|id| id.0)),
        organisation: Set(member.code().to_owned()),
        email: Set(person.email),
        display_name: Set(person.name),
        password_hash: Set(password_hash.to_owned()),
        language: Set(None),
        active: Set(true),
        created_at: Set(Utc::now()),
        totp_secret: Set(person.second_factor),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    for role in person.roles {
        user_role::ActiveModel {
            user_id: Set(account.id),
            role: Set(role),
        }
        .insert(txn)
        .await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn every_demo_code_is_valid_and_every_country_has_three_authorities() {
        let taxonomy = crate::taxonomy::read(std::path::Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../taxonomy"
        )))
        .expect("the taxonomy loads");
        let mut per_country: BTreeMap<String, usize> = BTreeMap::new();
        for entry in demo_file().unwrap().authority {
            shared::CountryCode::parse(&entry.country).unwrap();
            *per_country.entry(entry.country.clone()).or_default() += 1;
            for area in &entry.areas {
                shared::LegislativeArea::parse(area).unwrap();
            }
            for concept in &entry.competences {
                assert!(
                    taxonomy.get(concept).is_some(),
                    "{}: unknown competence {concept}",
                    entry.name
                );
            }
            assert!(
                entry
                    .email
                    .as_deref()
                    .is_none_or(|e| e.ends_with(".example")),
                "{}",
                entry.name
            );
            for person in &entry.user {
                assert!(person.email.ends_with(".example"));
                if let Some(secret) = &person.second_factor {
                    assert!(crate::totp::Secret::from_base32(secret).is_some());
                }
                let roles: Vec<shared::Role> = person
                    .roles
                    .iter()
                    .map(|r| shared::Role::parse(r).unwrap())
                    .collect();
                assert_eq!(
                    shared::account::second_factor_required(&roles),
                    person.second_factor.is_some(),
                    "{}: a second factor exactly where the roles require one",
                    person.email
                );
                for role in &person.roles {
                    shared::Role::parse(role).unwrap();
                }
            }
        }
        for country in shared::CountryCode::all() {
            assert!(
                per_country.get(country.as_str()).copied().unwrap_or(0) >= 3,
                "{country} has fewer than 3 authorities"
            );
        }
    }
}
