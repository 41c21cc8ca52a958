//! A synthetic registry for benchmarks: many authorities with names built from real
//! administrative words of several languages, spread over the 30 countries, the four areas and
//! the taxonomy's concepts. Deterministic for a given seed.

use backend::entities::{authority, authority_area, authority_competence};
use sea_orm::{
    ActiveModelTrait, ConnectionTrait, DatabaseConnection, EntityTrait, Set, TransactionTrait,
};
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

/// A synthetic authority: national, in a city called so, with no contact details.
pub fn authority_row(
    id: i32,
    country: CountryCode,
    name: String,
    coordinator: Option<&str>,
    now: chrono::DateTime<chrono::Utc>,
) -> authority::ActiveModel {
    authority::ActiveModel {
        id: Set(id),
        country: Set(country.as_str().to_owned()),
        name: Set(name),
        name_en: Set(None),
        acronym: Set(None),
        city: Set("City".to_owned()),
        level: Set("national".to_owned()),
        address: Set(None),
        email: Set(None),
        phone: Set(None),
        coordinator: Set(coordinator.map(str::to_owned)),
        allocation_enabled: Set(false),
        requests_version: Set(0),
        name_language: Set(None),
        registered_by: Set(None),
        revision: Set(0),
        import_ref: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
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
                acronym: Set(Some(format!("A{next_id}"))),
                city: Set(city.to_owned()),
                // One in four regional, as in a federal country's registry; not drawn from
                // the generator, so that the rest of the set stays as it was.
                level: Set(if next_id % 4 == 0 {
                    "regional"
                } else {
                    "national"
                }
                .to_owned()),
                ..authority_row(next_id, country, name, None, now)
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
    backend::search::bump_version(&txn, backend::search::Changed::Whole).await?;
    txn.commit().await?;
    Ok(())
}

/// The authority whose user the overview benchmark logs in as: a busy one, party to about 6%
/// of all requests (the first authority [`registry`] creates).
pub const BUSY_AUTHORITY: i32 = 1_000_001;

/// Inserts `count` requests between the authorities [`registry`] created (`authorities` of
/// them), two questions each, in states and ages like a real system's, by a user of
/// [`BUSY_AUTHORITY`] whose id is returned with its e-mail.
pub async fn requests(
    state: &backend::AppState,
    count: usize,
    authorities: usize,
    seed: u64,
) -> anyhow::Result<(i32, String)> {
    use backend::entities::{request, request_event, request_question};
    let db: &DatabaseConnection = &state.db;
    let email = "bench.user@busy.example".to_owned();
    let account = account(
        db,
        &email,
        backend::auth::Member::Authority(shared::AuthorityId(BUSY_AUTHORITY)),
        "request_handler",
    )
    .await?;
    let question_ids: Vec<i32> = state.catalogue.ids.values().copied().collect();
    let states = [
        ("draft", 5),
        ("awaiting_acceptance", 15),
        ("accepted", 15),
        ("info_requested", 5),
        ("answered", 10),
        ("closed", 45),
        ("withdrawn", 5),
    ];
    let mut rng = Rng(seed.max(1));
    let now = chrono::Utc::now();
    let first = BUSY_AUTHORITY;
    let last = BUSY_AUTHORITY + authorities as i32 - 1;
    let txn = db.begin().await?;
    let mut id = 0;
    while id < count as i32 {
        let batch = (count as i32 - id).min(1000);
        let mut rows = Vec::with_capacity(batch as usize);
        let mut questions = Vec::with_capacity(2 * batch as usize);
        let mut events = Vec::with_capacity(2 * batch as usize);
        for _ in 0..batch {
            id += 1;
            let mut pick = || first + (rng.next() % authorities as u64) as i32;
            let (mut requester, mut responder) = (pick(), pick());
            // The busy authority asks 3% and answers 3% of everything.
            match rng.next() % 100 {
                0..=2 => requester = BUSY_AUTHORITY,
                3..=5 => responder = BUSY_AUTHORITY,
                _ => {}
            }
            if requester == responder {
                responder = if responder == last {
                    first
                } else {
                    responder + 1
                };
            }
            let roll = rng.next() % 100;
            let mut acc = 0;
            let state_name = states
                .iter()
                .find(|(_, share)| {
                    acc += share;
                    roll < acc
                })
                .map_or("closed", |(name, _)| *name);
            let age_days = (rng.next() % 1000) as i64;
            let updated = now
                - chrono::Duration::days(age_days)
                - chrono::Duration::seconds((rng.next() % 86_400) as i64);
            let deadline = matches!(
                state_name,
                "accepted" | "info_requested" | "answered" | "closed"
            )
            .then(|| (updated.date_naive() + chrono::Duration::days(14)).to_string());
            // The timeline the statistics read: a forward now and then, the acceptance some
            // days after receipt, the answer some weeks after that (never later than now).
            let mut event = |kind: &str, at: chrono::DateTime<chrono::Utc>, other: Option<i32>| {
                events.push(request_event::ActiveModel {
                    request_id: Set(id),
                    at: Set(at.min(now)),
                    kind: Set(kind.to_owned()),
                    user_name: Set("Bench User".to_owned()),
                    authority_id: Set(responder),
                    other_authority_id: Set(other),
                    ..Default::default()
                });
            };
            let mut received = updated;
            if state_name != "draft" && rng.next().is_multiple_of(20) {
                received = updated + chrono::Duration::days(1 + (rng.next() % 5) as i64);
                event("forwarded", received, Some(responder));
            }
            let accepted = received + chrono::Duration::days((rng.next() % 12) as i64);
            if matches!(
                state_name,
                "accepted" | "info_requested" | "answered" | "closed"
            ) {
                event("accepted", accepted, None);
            }
            if matches!(state_name, "answered" | "closed") {
                let answered = accepted + chrono::Duration::days(1 + (rng.next() % 40) as i64);
                event("answered", answered, None);
            }
            let closed = state_name == "closed";
            let rating = |roll: u64, negative: u64| {
                closed.then(|| {
                    if roll % 100 < negative {
                        "negative"
                    } else {
                        "positive"
                    }
                    .to_owned()
                })
            };
            let (timeliness, effort) = (rating(rng.next(), 8), rating(rng.next(), 5));
            rows.push(request::ActiveModel {
                id: Set(id),
                area: Set(rng.pick(AREAS).to_string()),
                kind: Set("information".to_owned()),
                state: Set(state_name.to_owned()),
                requester_id: Set(requester),
                responder_id: Set(Some(responder)),
                created_by: Set(account.id),
                subject_name: Set(format!("Subject {id}")),
                subject_identifier: Set(String::new()),
                subject_birth_date: Set(None),
                comment_text: Set(None),
                comment_language: Set(None),
                requested_date: Set(Some(
                    (updated.date_naive() + chrono::Duration::days(21)).to_string(),
                )),
                deadline: Set(deadline),
                timeliness: Set(timeliness),
                effort: Set(effort),
                version: Set(1),
                created_at: Set(updated - chrono::Duration::days(3)),
                updated_at: Set(updated),
                sent_at: Set((state_name != "draft").then_some(updated)),
                parent_id: Set(None),
                assigned_to: Set(None),
                inactivity_reported_at: Set(None),
                reminded_at: Set(None),
                // An ended request's personal data ages from its last change.
                ended_on: Set(matches!(state_name, "closed" | "withdrawn")
                    .then(|| updated.date_naive().to_string())),
                blocked_at: Set(None),
                erased_at: Set(None),
            });
            for position in 0..2 {
                questions.push(request_question::ActiveModel {
                    request_id: Set(id),
                    position: Set(position),
                    question_id: Set(
                        question_ids[(id as usize * 2 + position as usize) % question_ids.len()]
                    ),
                    values_json: Set("{}".to_owned()),
                    answer_json: Set(None),
                    ..Default::default()
                });
            }
        }
        request::Entity::insert_many(rows).exec(&txn).await?;
        request_question::Entity::insert_many(questions)
            .exec(&txn)
            .await?;
        // In parts small enough for SQLite's limit of bound values per statement.
        let mut events = events.into_iter().peekable();
        while events.peek().is_some() {
            let part: Vec<_> = events.by_ref().take(1000).collect();
            request_event::Entity::insert_many(part).exec(&txn).await?;
        }
    }
    if txn.get_database_backend() == sea_orm::DbBackend::Postgres {
        txn.execute_unprepared("SELECT setval(pg_get_serial_sequence('requests', 'id'), (SELECT MAX(id) FROM requests))")
            .await?;
        txn.execute_unprepared("ANALYZE").await?;
    } else {
        txn.execute_unprepared("ANALYZE").await?;
    }
    txn.commit().await?;
    Ok((account.id, email))
}

/// A member of the European Commission's staff with the observer's role, for the
/// statistics' benchmark: its e-mail address (the password is the demo's).
pub async fn commission_observer(db: &DatabaseConnection) -> anyhow::Result<String> {
    let email = "bench.observer@ec.europa.eu.example".to_owned();
    account(
        db,
        &email,
        backend::auth::Member::Commission,
        "commission_observer",
    )
    .await?;
    Ok(email)
}

/// An account of `member` with one role and the demo password.
pub async fn account(
    db: &DatabaseConnection,
    email: &str,
    member: backend::auth::Member,
    role: &str,
) -> anyhow::Result<backend::entities::user::Model> {
    use backend::entities::{user, user_role};
    let account = user::ActiveModel {
        authority_id: Set(member.authority().map(|id| id.0)),
        organisation: Set(member.code().to_owned()),
        email: Set(email.to_owned()),
        display_name: Set(email.split('@').next().unwrap_or(email).to_owned()),
        password_hash: Set(backend::auth::hash_password(crate::DEMO_PASSWORD)?),
        language: Set(None),
        active: Set(true),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    user_role::ActiveModel {
        user_id: Set(account.id),
        role: Set(role.to_owned()),
    }
    .insert(db)
    .await?;
    Ok(account)
}

/// Who the alerts benchmark acts as: the sender's handler, each country's alert coordinator
/// (e-mail, second factor's secret, the authorities to pass the alert on to), and one
/// recipient authority's handler.
pub struct AlertAudience {
    /// The sending handler's e-mail (a Latvian authority).
    pub sender: String,
    /// Per country: its alert coordinator's e-mail and secret, and its authorities' ids.
    pub coordinators: Vec<(String, String, Vec<i32>)>,
    /// A handler of a recipient authority.
    pub recipient: String,
}

/// The second factor's secret of every alert coordinator [`alert_audience`] makes.
const COORDINATOR_SECRET: &str = "IMIBENCHALERTCOORDINATORSECRET22";

/// Inserts, for each of the 30 countries, `per_country` authorities handling professional
/// qualifications and competent for doctors, each with 3 handlers reading in the country's
/// language, and a national coordinating authority with an alert coordinator; and a Latvian
/// sending authority with its handler. In batches; every password is the demo's (hashed
/// once).
pub async fn alert_audience(
    state: &backend::AppState,
    per_country: usize,
) -> anyhow::Result<AlertAudience> {
    use backend::entities::{user, user_role};
    let db: &DatabaseConnection = &state.db;
    let hash = backend::auth::hash_password(crate::DEMO_PASSWORD)?;
    let now = chrono::Utc::now();
    let txn = db.begin().await?;
    let mut next_id = 2_000_000;
    let mut coordinators = Vec::new();
    let authority = |id: i32, country: CountryCode, coordinator: Option<&str>| {
        authority_row(id, country, format!("Authority {id}"), coordinator, now)
    };
    let mut next_user = 2_000_000;
    let mut sender = String::new();
    let mut recipient = String::new();
    for country in CountryCode::all() {
        let mut authorities = Vec::new();
        let mut areas = Vec::new();
        let mut competences = Vec::new();
        let mut users = Vec::new();
        let mut roles = Vec::new();
        let language = country.main_language().as_str().to_owned();
        let mut add_user = |authority_id: i32,
                            role: &str,
                            secret: Option<&str>,
                            users: &mut Vec<user::ActiveModel>,
                            roles: &mut Vec<user_role::ActiveModel>| {
            next_user += 1;
            let email = format!("user{next_user}@bench.example");
            users.push(user::ActiveModel {
                id: Set(next_user),
                authority_id: Set(Some(authority_id)),
                organisation: Set("authority".to_owned()),
                email: Set(email.clone()),
                display_name: Set(format!("User {next_user}")),
                password_hash: Set(hash.clone()),
                language: Set(Some(language.clone())),
                active: Set(true),
                totp_secret: Set(secret.map(str::to_owned)),
                created_at: Set(now),
                ..Default::default()
            });
            roles.push(user_role::ActiveModel {
                user_id: Set(next_user),
                role: Set(role.to_owned()),
            });
            email
        };
        next_id += 1;
        authorities.push(authority(next_id, country, Some("national")));
        areas.push(authority_area::ActiveModel {
            authority_id: Set(next_id),
            area: Set("professional_qualifications".to_owned()),
        });
        let coordinator = add_user(
            next_id,
            "alert_coordinator",
            Some(COORDINATOR_SECRET),
            &mut users,
            &mut roles,
        );
        let mut ids = Vec::new();
        for _ in 0..per_country {
            next_id += 1;
            ids.push(next_id);
            authorities.push(authority(next_id, country, None));
            areas.push(authority_area::ActiveModel {
                authority_id: Set(next_id),
                area: Set("professional_qualifications".to_owned()),
            });
            competences.push(authority_competence::ActiveModel {
                authority_id: Set(next_id),
                concept: Set("doctor".to_owned()),
            });
            for _ in 0..3 {
                let email = add_user(next_id, "request_handler", None, &mut users, &mut roles);
                if recipient.is_empty() {
                    recipient = email;
                }
            }
        }
        if country.as_str() == "LV" {
            next_id += 1;
            authorities.push(authority(next_id, country, None));
            areas.push(authority_area::ActiveModel {
                authority_id: Set(next_id),
                area: Set("professional_qualifications".to_owned()),
            });
            sender = add_user(next_id, "request_handler", None, &mut users, &mut roles);
        }
        for chunk in authorities.chunks(1000) {
            authority::Entity::insert_many(chunk.to_vec())
                .exec(&txn)
                .await?;
        }
        for chunk in areas.chunks(1000) {
            authority_area::Entity::insert_many(chunk.to_vec())
                .exec(&txn)
                .await?;
        }
        for chunk in competences.chunks(1000) {
            authority_competence::Entity::insert_many(chunk.to_vec())
                .exec(&txn)
                .await?;
        }
        for chunk in users.chunks(500) {
            user::Entity::insert_many(chunk.to_vec()).exec(&txn).await?;
        }
        for chunk in roles.chunks(1000) {
            user_role::Entity::insert_many(chunk.to_vec())
                .exec(&txn)
                .await?;
        }
        coordinators.push((coordinator, COORDINATOR_SECRET.to_owned(), ids));
    }
    if txn.get_database_backend() == sea_orm::DbBackend::Postgres {
        txn.execute_unprepared("SELECT setval(pg_get_serial_sequence('authorities', 'id'), (SELECT MAX(id) FROM authorities))")
            .await?;
        txn.execute_unprepared(
            "SELECT setval(pg_get_serial_sequence('users', 'id'), (SELECT MAX(id) FROM users))",
        )
        .await?;
    }
    backend::search::bump_version(&txn, backend::search::Changed::Whole).await?;
    txn.commit().await?;
    Ok(AlertAudience {
        sender,
        coordinators,
        recipient,
    })
}

/// The retention job's run today over the state's database. After a set is generated, the
/// first run catches up on every ended request (blocking and erasing for a while): the
/// benchmark and the load run it before they measure, so that the server's own run finds
/// nothing to do while the figures are taken.
pub async fn retention_caught_up(
    state: &backend::AppState,
) -> anyhow::Result<backend::services::retention::Report> {
    let context = backend::services::retention::Context {
        db: &state.db,
        blobs: state.blobs.as_ref(),
        policy: &state.retention,
        alert_kinds: &state.alert_kinds,
        now: chrono::Utc::now(),
        live: &state.live,
    };
    backend::services::retention::run_with(&context, false)
        .await
        .map_err(|err| anyhow::anyhow!("{err}"))
}

/// On PostgreSQL, what autovacuum does before long to a table loaded or largely updated at
/// once: the visibility map that lets index-only scans skip the table, and the planner's
/// statistics. SQLite keeps
/// no statistics unless asked, and the app does not ask, so it is left as it is.
pub async fn vacuum(db: &sea_orm::DatabaseConnection) -> anyhow::Result<()> {
    use sea_orm::ConnectionTrait;
    if db.get_database_backend() == sea_orm::DbBackend::Postgres {
        db.execute_unprepared("VACUUM ANALYZE").await?;
    }
    Ok(())
}
