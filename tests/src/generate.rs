//! A synthetic registry for benchmarks: many authorities with names built from real
//! administrative words of several languages, spread over the 30 countries, the four areas and
//! the taxonomy's concepts. Deterministic for a given seed.

use backend::entities::{authority, authority_area, authority_competence};
use sea_orm::{ConnectionTrait, DatabaseConnection, EntityTrait, Set, TransactionTrait};
use shared::CountryCode;

/// Words that start an authority's name, per language family, and words that end it.
const HEADS: &[&str] = &[
    "Landesamt für",
    "Bundesamt für",
    "Kammer für",
    "Direktoratet for",
    "Tilsynet for",
    "Valsts inspekcija",
    "Ministerstvo",
    "Agence nationale de",
    "Ordre des",
    "Ordem dos",
    "Inspecția Muncii",
    "Urząd",
    "Autorità per",
    "Instituto de",
    "Hivatal",
    "Amt für",
    "Agentūra",
    "Úrad pre",
    "Styrelsen for",
    "Keskus",
];
const TOPICS: &[&str] = &[
    "Arbeitsschutz",
    "Gewerbe",
    "Handwerk",
    "Gesundheit",
    "elsikkerhet",
    "arbeidstilsyn",
    "darba aizsardzība",
    "veselība",
    "professions médicales",
    "Médicos",
    "Engenheiros",
    "ochrona pracy",
    "concorrenza",
    "Consumo",
    "építésügy",
    "Verbraucherschutz",
    "būvniecība",
    "priemysel",
    "sikkerhed",
    "ehitus",
];
const CITIES: &[&str] = &[
    "Wien",
    "Bruxelles",
    "Sofia",
    "Zagreb",
    "Lefkosia",
    "Praha",
    "København",
    "Tallinn",
    "Helsinki",
    "Paris",
    "Berlin",
    "Athína",
    "Budapest",
    "Dublin",
    "Roma",
    "Rīga",
    "Vilnius",
    "Luxembourg",
    "Valletta",
    "Den Haag",
    "Warszawa",
    "Lisboa",
    "București",
    "Bratislava",
    "Ljubljana",
    "Madrid",
    "Stockholm",
    "Reykjavík",
    "Vaduz",
    "Oslo",
];
const AREAS: &[&str] = &[
    "services",
    "professional_qualifications",
    "posting_of_workers",
    "ecommerce",
];

/// A small deterministic generator (xorshift), so runs are comparable.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next() % items.len() as u64) as usize]
    }
}

/// The app's state on `database_url` with the workspace's catalogue and taxonomy (migrations
/// run, no demo data), ready for [`registry`].
pub async fn app_state(database_url: String) -> anyhow::Result<backend::AppState> {
    Ok(backend::build(crate::test_config(database_url)).await?.0)
}

/// Inserts `count` authorities competent for concepts of the app's taxonomy (in batches,
/// bumping the registry version once).
pub async fn registry(state: &backend::AppState, count: usize, seed: u64) -> anyhow::Result<()> {
    let concepts: Vec<String> = state
        .search
        .taxonomy()
        .concepts
        .iter()
        .map(|c| c.id.clone())
        .collect();
    let db: &DatabaseConnection = &state.db;
    let countries: Vec<CountryCode> = CountryCode::all().collect();
    let mut rng = Rng(seed.max(1));
    let now = chrono::Utc::now();
    let txn = db.begin().await?;
    // Above any id a real registry of this size would have reached.
    let mut next_id = 1_000_000;
    let mut done = 0;
    while done < count {
        let batch = (count - done).min(1000);
        let mut authorities = Vec::with_capacity(batch);
        let mut areas = Vec::new();
        let mut competences = Vec::new();
        for _ in 0..batch {
            next_id += 1;
            let country = *rng.pick(&countries);
            let city = *rng.pick(CITIES);
            let name = format!(
                "{} {} {} {}",
                rng.pick(HEADS),
                rng.pick(TOPICS),
                city,
                next_id
            );
            authorities.push(authority::ActiveModel {
                id: Set(next_id),
                country: Set(country.as_str().to_owned()),
                name: Set(name),
                name_en: Set(None),
                acronym: Set(Some(format!("A{next_id}"))),
                city: Set(city.to_owned()),
                address: Set(None),
                email: Set(None),
                phone: Set(None),
                coordinator: Set(None),
                allocation_enabled: Set(false),
                created_at: Set(now),
                updated_at: Set(now),
            });
            let first_area = (rng.next() % 4) as usize;
            for area in AREAS
                .iter()
                .skip(first_area)
                .take(1 + (rng.next() % 2) as usize)
            {
                areas.push(authority_area::ActiveModel {
                    authority_id: Set(next_id),
                    area: Set((*area).to_owned()),
                });
            }
            let mut chosen = Vec::new();
            for _ in 0..(1 + rng.next() % 4) {
                let concept = rng.pick(&concepts).clone();
                if !chosen.contains(&concept) {
                    chosen.push(concept.clone());
                    competences.push(authority_competence::ActiveModel {
                        authority_id: Set(next_id),
                        concept: Set(concept),
                    });
                }
            }
        }
        authority::Entity::insert_many(authorities)
            .exec(&txn)
            .await?;
        authority_area::Entity::insert_many(areas)
            .exec(&txn)
            .await?;
        authority_competence::Entity::insert_many(competences)
            .exec(&txn)
            .await?;
        done += batch;
    }
    // The ids were given explicitly (to link areas and competences without reading them back);
    // PostgreSQL's sequence must move past them so that later inserts do not collide.
    if txn.get_database_backend() == sea_orm::DbBackend::Postgres {
        txn.execute_unprepared("SELECT setval(pg_get_serial_sequence('authorities', 'id'), (SELECT MAX(id) FROM authorities))")
            .await?;
    }
    backend::search::bump_version(&txn).await?;
    txn.commit().await?;
    Ok(())
}
