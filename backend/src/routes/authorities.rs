use axum::Json;
use axum::extract::State;
use serde::Deserialize;
use shared::dto::{
    AuthorityHit, AuthorityProfile, AuthoritySearchPage, CompetenceView, MatchReason,
};
use shared::error::ApiError;
use shared::error::FieldCode;
use shared::query::AuthorityParams;
use shared::{AuthorityId, LanguageCode};

use crate::auth::AuthUser;
use crate::error::{AppError, Result};
use crate::extract::{ApiPath, ApiQuery};
use crate::search::{self, Reason};
use crate::state::AppState;

/// Finds authorities by free text in any language, with filters. Results are ranked by
/// relevance and say why they matched.
#[utoipa::path(get, path = "/api/authorities", tag = "registry", params(AuthorityParams), responses(
    (status = 200, description = "One page of results", body = AuthoritySearchPage),
    (status = 401, description = "`unauthenticated`", body = ApiError),
    (status = 422, description = "`validation_failed`: `country`, `area`, `competence` or `language` is `unknown`, `page` or `per_page` `out_of_range`", body = ApiError),
))]
pub async fn search(
    State(state): State<AppState>,
    user: AuthUser,
    ApiQuery(params): ApiQuery<AuthorityParams>,
) -> Result<Json<AuthoritySearchPage>> {
    let query = params.check().map_err(AppError::Validation)?;
    let language = query
        .language
        .unwrap_or(user.language.unwrap_or(LanguageCode::ENGLISH));
    if let Some(concept) = &query.competence
        && state.search.taxonomy().get(concept).is_none()
    {
        return Err(AppError::field("competence", FieldCode::Unknown));
    }
    let index = state.search.at(user.registry_version, &state.db).await?;
    let found = index.search(
        &search::Query {
            text: query.text,
            country: query.country,
            area: query.area,
            competence: query.competence,
            language: Some(language),
        },
        query.paging.end(),
    );
    let hit = |doc: &search::Doc, reasons: &[Reason]| AuthorityHit {
        id: AuthorityId(doc.id),
        country: doc.country,
        name: doc.name.clone(),
        name_en: doc.name_en.clone(),
        acronym: doc.acronym.clone(),
        city: doc.city.clone(),
        level: doc.level,
        areas: doc.areas.clone(),
        matched: reasons
            .iter()
            .map(|reason| match reason {
                Reason::Name => MatchReason::Name,
                Reason::Acronym => MatchReason::Acronym,
                Reason::City => MatchReason::City,
                Reason::Competence(concept) => MatchReason::Competence {
                    concept: concept.clone(),
                    label: crate::services::registry::concept_label(&state, concept, language),
                },
            })
            .collect(),
    };
    let results = found
        .hits
        .iter()
        .skip(query.paging.offset())
        .take(query.paging.per_page() as usize)
        .map(|h| hit(&h.doc, &h.reasons))
        .collect();
    Ok(Json(AuthoritySearchPage {
        total: found.total,
        page: query.paging.page() as usize,
        per_page: query.paging.per_page() as usize,
        results,
        country_from_query: found.country_from_query,
        recognised: found
            .recognised
            .iter()
            .map(|concept| CompetenceView {
                concept: concept.clone(),
                label: crate::services::registry::concept_label(&state, concept, language),
            })
            .collect(),
        coordinator: found.coordinator.as_deref().map(|doc| hit(doc, &[])),
    }))
}

/// The query of `GET /api/authorities/{id}`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct ProfileParams {
    /// The language of competence labels; by default the user's, else English.
    language: Option<String>,
}

/// An authority's profile, with its competences in the reader's language.
#[utoipa::path(get, path = "/api/authorities/{id}", tag = "registry", params(("id" = i32, Path, description = "The authority's id"), ProfileParams), responses(
    (status = 200, description = "The profile", body = AuthorityProfile),
    (status = 401, description = "`unauthenticated`", body = ApiError),
    (status = 404, description = "`not_found`", body = ApiError),
))]
pub async fn profile(
    State(state): State<AppState>,
    user: AuthUser,
    ApiPath(id): ApiPath<i32>,
    ApiQuery(params): ApiQuery<ProfileParams>,
) -> Result<Json<AuthorityProfile>> {
    let language = user.reading_language(params.language.as_deref())?;
    Ok(Json(
        crate::services::registry::profile(&state, &user, id, language).await?,
    ))
}
