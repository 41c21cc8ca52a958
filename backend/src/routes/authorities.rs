use axum::Json;
use axum::extract::State;
use serde::Deserialize;
use shared::dto::{
    AuthorityHit, AuthorityProfile, AuthoritySearchPage, CompetenceView, MatchReason,
};
use shared::error::ApiError;
use shared::{AuthorityId, CountryCode, LegislativeArea};

use crate::auth::AuthUser;
use crate::error::{AppError, Result};
use crate::extract::{ApiPath, ApiQuery};
use crate::search::{self, Reason};
use crate::state::AppState;

/// The longest page of results.
const MAX_PER_PAGE: usize = 100;

/// The query of `GET /api/authorities`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct SearchParams {
    /// Free text in any of the 26 languages: names, acronyms, cities, competences.
    q: Option<String>,
    /// Only this country (ISO 3166-1 alpha-2).
    country: Option<String>,
    /// Only authorities handling this legislative area.
    area: Option<String>,
    /// Only authorities competent for this concept of the taxonomy.
    competence: Option<String>,
    /// The page, from 1.
    page: Option<usize>,
    /// Results per page, at most 100 (default 20).
    per_page: Option<usize>,
    /// The language of competence labels; by default the user's, else English.
    language: Option<String>,
}

/// Finds authorities by free text in any language, with filters. Results are ranked by
/// relevance and say why they matched.
#[utoipa::path(get, path = "/api/authorities", tag = "registry", params(SearchParams), responses(
    (status = 200, description = "One page of results", body = AuthoritySearchPage),
    (status = 401, description = "`unauthenticated`", body = ApiError),
    (status = 422, description = "`validation_failed`: `country`, `area`, `competence` or `language` is `unknown`, `page` or `per_page` `out_of_range`", body = ApiError),
))]
pub async fn search(
    State(state): State<AppState>,
    user: AuthUser,
    ApiQuery(params): ApiQuery<SearchParams>,
) -> Result<Json<AuthoritySearchPage>> {
    let language = user.reading_language(params.language.as_deref())?;
    let country = params
        .country
        .as_deref()
        .map(|c| CountryCode::parse(c).map_err(|_| AppError::field("country", "unknown")))
        .transpose()?;
    let area = params
        .area
        .as_deref()
        .map(|a| LegislativeArea::parse(a).map_err(|_| AppError::field("area", "unknown")))
        .transpose()?;
    if let Some(concept) = &params.competence
        && state.search.taxonomy().get(concept).is_none()
    {
        return Err(AppError::field("competence", "unknown"));
    }
    let page = params.page.unwrap_or(1);
    let per_page = params.per_page.unwrap_or(20);
    if page == 0 {
        return Err(AppError::field("page", "out_of_range"));
    }
    if per_page == 0 || per_page > MAX_PER_PAGE {
        return Err(AppError::field("per_page", "out_of_range"));
    }
    let index = state.search.at(user.registry_version, &state.db).await?;
    let found = index.search(
        &search::Query {
            text: params.q.unwrap_or_default(),
            country,
            area,
            competence: params.competence,
            language: Some(language),
        },
        page * per_page,
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
        .skip((page - 1) * per_page)
        .take(per_page)
        .map(|h| hit(&h.doc, &h.reasons))
        .collect();
    Ok(Json(AuthoritySearchPage {
        total: found.total,
        page,
        per_page,
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
