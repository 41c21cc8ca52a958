use axum::Json;
use axum::extract::State;
use serde::Deserialize;
use shared::dto::{AreaView, CatalogueView, OptionView, QuestionView, TopicView};
use shared::error::ApiError;
use shared::error::FieldCode;
use shared::{LanguageCode, LegislativeArea, QuestionId};

use crate::auth::AuthUser;
use crate::error::{AppError, Result};
use crate::extract::ApiQuery;
use crate::state::AppState;

/// The query of `GET /api/catalogue`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct CatalogueQuery {
    /// The language of the texts; by default the user's, else English.
    language: Option<String>,
    /// Only this legislative area; by default all.
    area: Option<String>,
}

/// The pre-translated questions, grouped by legislative area and topic, in one language.
#[utoipa::path(get, path = "/api/catalogue", tag = "questions", params(CatalogueQuery), responses(
    (status = 200, description = "The catalogue", body = CatalogueView),
    (status = 401, description = "`unauthenticated`", body = ApiError),
    (status = 422, description = "`validation_failed`: `language` or `area` is `unknown`", body = ApiError),
))]
pub async fn catalogue(
    State(state): State<AppState>,
    user: AuthUser,
    ApiQuery(query): ApiQuery<CatalogueQuery>,
) -> Result<Json<CatalogueView>> {
    let language = user.reading_language(query.language.as_deref())?;
    let only_area = query
        .area
        .as_deref()
        .map(|code| {
            LegislativeArea::parse(code).map_err(|_| AppError::field("area", FieldCode::Unknown))
        })
        .transpose()?;
    Ok(Json(view(&state.catalogue, language, only_area)))
}

fn view(
    loaded: &crate::catalogue::LoadedCatalogue,
    language: LanguageCode,
    only_area: Option<LegislativeArea>,
) -> CatalogueView {
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
