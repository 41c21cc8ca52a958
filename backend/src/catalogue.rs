//! Reading the question catalogue from `catalogue/`, checking it with `shared`'s rules, and
//! storing it in the database so requests can refer to questions by a stable numeric id.

use anyhow::Context;
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, EntityTrait,
    QueryFilter, Set, TransactionTrait,
};
use sha2::{Digest, Sha256};

use crate::datafiles;
use shared::catalogue::{Catalogue, Structure, Texts, validate};
use shared::dto::{AreaView, CatalogueView, OptionView, QuestionView, TopicView};
use shared::{LanguageCode, LegislativeArea, QuestionId};
use std::collections::BTreeMap;
use std::path::Path;

use crate::entities::{catalogue_meta, catalogue_question, catalogue_text, catalogue_topic};

/// A valid catalogue with the database ids of its questions.
#[derive(Debug)]
pub struct LoadedCatalogue {
    /// The catalogue.
    pub catalogue: Catalogue,
    /// Question id (the stable key of the files) → its id in the database.
    pub ids: BTreeMap<String, i32>,
    /// Database id → the question's index in `catalogue.questions`.
    pub by_id: BTreeMap<i32, usize>,
}

impl LoadedCatalogue {
    /// Pairs a catalogue with its database ids.
    pub fn new(catalogue: Catalogue, ids: BTreeMap<String, i32>) -> LoadedCatalogue {
        let by_id = catalogue
            .questions
            .iter()
            .enumerate()
            .filter_map(|(index, question)| Some((*ids.get(&question.id)?, index)))
            .collect();
        LoadedCatalogue {
            catalogue,
            ids,
            by_id,
        }
    }

    /// The active question with this database id.
    pub fn question(&self, id: shared::QuestionId) -> Option<&shared::catalogue::Question> {
        self.by_id
            .get(&id.0)
            .map(|index| &self.catalogue.questions[*index])
    }

    /// The option keys (`<list>.<option>`) of a choice question's list.
    pub fn option_keys(&self, question: &shared::catalogue::Question) -> Vec<String> {
        question
            .list
            .as_ref()
            .and_then(|list| self.catalogue.structure.list.iter().find(|l| &l.id == list))
            .map(|list| {
                list.options
                    .iter()
                    .map(|option| format!("{}.{option}", list.id))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// A text of the `[answer]` or `[list]` tables in `language`, English if it lacks one.
    pub fn text(&self, table: TextTable, key: &str, language: LanguageCode) -> String {
        let pick = |texts: &Texts| match table {
            TextTable::Answer => texts.answer.get(key).cloned(),
            TextTable::List => texts.list.get(key).cloned(),
            TextTable::Topic => texts.topic.get(key).cloned(),
        };
        self.catalogue
            .texts
            .get(&language)
            .and_then(pick)
            .or_else(|| {
                self.catalogue
                    .texts
                    .get(&LanguageCode::ENGLISH)
                    .and_then(pick)
            })
            .unwrap_or_else(|| key.to_owned())
    }
}

/// Which table of a language's texts [`LoadedCatalogue::text`] reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextTable {
    /// The fixed parts of answers.
    Answer,
    /// Options of choice lists.
    List,
    /// Topic names.
    Topic,
}

impl shared::request::QuestionLookup for LoadedCatalogue {
    fn question(
        &self,
        id: shared::QuestionId,
    ) -> Option<(shared::LegislativeArea, shared::placeholder::Template)> {
        let question = LoadedCatalogue::question(self, id)?;
        // Every language has the same placeholders (the load checked it), so English will do.
        let text = question.texts.get(&LanguageCode::ENGLISH)?;
        let template = shared::placeholder::Template::parse(text).ok()?;
        Some((question.area, template))
    }
}

/// Reads and validates the catalogue in `dir`, and returns it with a digest of its files.
/// Every problem is listed, each naming its file, entry and language.
pub fn read(dir: &Path) -> anyhow::Result<(Catalogue, String)> {
    let mut digest = Sha256::new();
    let structure: Structure = datafiles::read_toml(&dir.join("catalogue.toml"), &mut digest)?;
    let texts: BTreeMap<LanguageCode, Texts> =
        datafiles::read_languages(&dir.join("text"), &mut digest)?;
    let catalogue = validate(structure, texts)
        .map_err(|errors| datafiles::problems("catalogue", dir, &errors))?;
    Ok((catalogue, datafiles::hex(digest)))
}

/// Reads `dir` and brings the database up to date with it.
pub async fn load(db: &DatabaseConnection, dir: &Path) -> anyhow::Result<LoadedCatalogue> {
    let (catalogue, digest) = read(dir)?;
    store(db, &catalogue, &digest).await?;
    let ids = catalogue_question::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|question| (question.key, question.id))
        .collect();
    Ok(LoadedCatalogue::new(catalogue, ids))
}

/// Writes the catalogue unless the database already holds this version. Several instances
/// may start at once: on PostgreSQL the meta row is locked for the transaction, and SQLite
/// allows one writer at a time anyway.
pub async fn store(
    db: &DatabaseConnection,
    catalogue: &Catalogue,
    digest: &str,
) -> anyhow::Result<bool> {
    let txn = db.begin().await?;
    if txn.get_database_backend() == DbBackend::Postgres {
        txn.execute_unprepared("SELECT id FROM catalogue_meta WHERE id = 1 FOR UPDATE")
            .await?;
    }
    let meta = catalogue_meta::Entity::find_by_id(1)
        .one(&txn)
        .await?
        .context("the catalogue_meta row")?;
    if meta.digest == digest {
        txn.commit().await?;
        return Ok(false);
    }

    catalogue_topic::Entity::delete_many().exec(&txn).await?;
    let topics = catalogue
        .structure
        .topic
        .iter()
        .enumerate()
        .map(|(position, topic)| catalogue_topic::ActiveModel {
            key: Set(topic.id.clone()),
            area: Set(topic.area.clone()),
            position: Set(position as i32),
        });
    insert_in_chunks(&txn, topics.collect(), catalogue_topic::Entity::insert_many).await?;

    // Questions keep their ids: update the known ones, add the new, deactivate the removed.
    let existing: BTreeMap<String, catalogue_question::Model> = catalogue_question::Entity::find()
        .all(&txn)
        .await?
        .into_iter()
        .map(|q| (q.key.clone(), q))
        .collect();
    for (position, question) in catalogue.questions.iter().enumerate() {
        let mut row = match existing.get(&question.id) {
            Some(found) => catalogue_question::ActiveModel::from(found.clone()),
            None => catalogue_question::ActiveModel {
                key: Set(question.id.clone()),
                ..Default::default()
            },
        };
        row.topic = Set(question.topic.clone());
        row.area = Set(question.area.as_str().to_owned());
        row.answer_type = Set(question.answer.as_str().to_owned());
        row.list_key = Set(question.list.clone());
        row.position = Set(position as i32);
        row.active = Set(true);
        row.save(&txn).await?;
    }
    let current: Vec<&str> = catalogue.questions.iter().map(|q| q.id.as_str()).collect();
    catalogue_question::Entity::update_many()
        .col_expr(catalogue_question::Column::Active, false.into())
        .filter(catalogue_question::Column::Key.is_not_in(current))
        .exec(&txn)
        .await?;

    catalogue_text::Entity::delete_many().exec(&txn).await?;
    let mut rows = Vec::new();
    for (language, texts) in &catalogue.texts {
        let tables = [
            ("answer", &texts.answer),
            ("list", &texts.list),
            ("topic", &texts.topic),
            ("question", &texts.question),
        ];
        for (kind, entries) in tables {
            for (key, text) in entries {
                rows.push(catalogue_text::ActiveModel {
                    kind: Set(kind.to_owned()),
                    key: Set(key.clone()),
                    language: Set(language.as_str().to_owned()),
                    text: Set(text.clone()),
                });
            }
        }
    }
    insert_in_chunks(&txn, rows, catalogue_text::Entity::insert_many).await?;

    catalogue_meta::ActiveModel {
        id: Set(1),
        digest: Set(digest.to_owned()),
        loaded_at: Set(Some(Utc::now())),
    }
    .update(&txn)
    .await?;
    txn.commit().await?;
    tracing::info!(
        questions = catalogue.questions.len(),
        "question catalogue loaded"
    );
    Ok(true)
}

/// Inserts in chunks that stay under every engine's limit of bound parameters.
pub(crate) async fn insert_in_chunks<A, E, F>(
    txn: &impl ConnectionTrait,
    rows: Vec<A>,
    insert_many: F,
) -> anyhow::Result<()>
where
    A: sea_orm::ActiveModelTrait<Entity = E> + Send,
    E: EntityTrait,
    F: Fn(Vec<A>) -> sea_orm::Insert<A>,
{
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<A> = rows.by_ref().take(500).collect();
        insert_many(chunk).exec(txn).await?;
    }
    Ok(())
}

impl LoadedCatalogue {
    /// The questions, grouped by legislative area and topic, in `language` (of one area, or
    /// of all).
    pub fn view(
        &self,
        language: LanguageCode,
        only_area: Option<LegislativeArea>,
    ) -> CatalogueView {
        let loaded = self;
        let catalogue = &loaded.catalogue;
        // A valid catalogue has every text in every language; English covers a gap all the same.
        let texts = &catalogue.texts[&language];
        let english = &catalogue.texts[&LanguageCode::ENGLISH];
        let text = |table: &std::collections::BTreeMap<String, String>,
                    fallback: &std::collections::BTreeMap<String, String>,
                    key: &str| {
            table
                .get(key)
                .or_else(|| fallback.get(key))
                .cloned()
                .unwrap_or_default()
        };
        let areas = LegislativeArea::all()
            .filter(|area| only_area.is_none_or(|only| only == *area))
            .map(|area| AreaView {
                area,
                topics: catalogue
                    .structure
                    .topic
                    .iter()
                    .filter(|topic| topic.area == area.as_str())
                    .map(|topic| TopicView {
                        key: topic.id.clone(),
                        name: text(&texts.topic, &english.topic, &topic.id),
                        questions: catalogue
                            .questions
                            .iter()
                            .filter(|q| q.topic == topic.id)
                            .filter_map(|q| {
                                let id = *loaded.ids.get(&q.id)?;
                                let options = q
                                    .list
                                    .as_ref()
                                    .and_then(|list| {
                                        catalogue.structure.list.iter().find(|l| &l.id == list)
                                    })
                                    .map(|list| {
                                        list.options
                                            .iter()
                                            .map(|option| {
                                                let key = format!("{}.{option}", list.id);
                                                OptionView {
                                                    label: text(&texts.list, &english.list, &key),
                                                    key,
                                                }
                                            })
                                            .collect()
                                    })
                                    .unwrap_or_default();
                                Some(QuestionView {
                                    id: QuestionId(id),
                                    key: q.id.clone(),
                                    text: q.texts.get(&language).cloned().unwrap_or_default(),
                                    answer: q.answer,
                                    options,
                                    unit: q.unit,
                                })
                            })
                            .collect(),
                    })
                    .collect(),
            })
            .collect();
        CatalogueView {
            language,
            answers: texts.answer.clone(),
            areas,
        }
    }
}
