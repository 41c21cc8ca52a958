//! In-app notifications: the list, marking them read, and a live stream of the counters.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::sse::{Event, KeepAlive, Sse};
use futures_util::Stream;
use shared::dto::ApiError;
use shared::dto::{LiveCounts, MarkRead, NotificationList};
use std::convert::Infallible;
use std::time::Duration;

use crate::auth::AuthUser;
use crate::error::Result;
use crate::extract::ApiJson;
use crate::services::{notifications, requests, sessions};
use crate::state::AppState;

/// How often the stream looks for changes. The database is the one place every instance
/// writes to, so reading it is what keeps the counters live behind a load balancer too.
const POLL: Duration = Duration::from_secs(2);

/// The unread count and the latest notifications.
#[utoipa::path(get, path = "/api/notifications", tag = "notifications", params(crate::routes::requests::LanguageParam), responses(
    (status = 200, description = "The latest notifications", body = NotificationList),
    (status = 401, description = "`unauthenticated`", body = ApiError),
    (status = 422, description = "`validation_failed`: `language` is `unknown`", body = ApiError),
))]
pub async fn list(
    State(state): State<AppState>,
    user: AuthUser,
    crate::extract::ApiQuery(params): crate::extract::ApiQuery<
        crate::routes::requests::LanguageParam,
    >,
) -> Result<Json<NotificationList>> {
    let language = user.reading_language(params.language.as_deref())?;
    Ok(Json(
        crate::services::requests::notifications(&state, &user, language).await?,
    ))
}

/// Marks notifications read.
#[utoipa::path(post, path = "/api/notifications/read", tag = "notifications", request_body = MarkRead, responses(
    (status = 204, description = "Marked"),
    (status = 401, description = "`unauthenticated`", body = ApiError),
))]
pub async fn mark_read(
    State(state): State<AppState>,
    user: AuthUser,
    ApiJson(body): ApiJson<MarkRead>,
) -> Result<StatusCode> {
    notifications::mark_read(&state.db, &user, body.ids).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Server-sent events: a `counts` event with [`LiveCounts`] at once and whenever they
/// change; the stream ends when the session does.
#[utoipa::path(get, path = "/api/notifications/stream", tag = "notifications", responses(
    (status = 200, description = "`text/event-stream` of `counts` events", content_type = "text/event-stream"),
    (status = 401, description = "`unauthenticated`", body = ApiError),
))]
pub async fn stream(
    State(state): State<AppState>,
    user: AuthUser,
) -> Sse<impl Stream<Item = std::result::Result<Event, Infallible>>> {
    let events = futures_util::stream::unfold(
        (state, user, None::<LiveCounts>, true),
        |(state, user, last, mut first)| async move {
            loop {
                if !first {
                    tokio::time::sleep(POLL).await;
                }
                first = false;
                // A database hiccup does not end the stream; the next poll asks again.
                if !sessions::alive(&state, &user).await.unwrap_or(true) {
                    return None;
                }
                let current = match (
                    notifications::unread(&state.db, &user).await,
                    requests::counts(&state, &user).await,
                    crate::services::alerts::unread(&state.db, &user).await,
                ) {
                    (Ok(unread), Ok(counts), Ok(alert_unread)) => LiveCounts {
                        unread,
                        counts,
                        alert_unread,
                    },
                    // A database hiccup: try again at the next poll.
                    _ => continue,
                };
                if last.as_ref() != Some(&current) {
                    let event = Event::default()
                        .event("counts")
                        .json_data(&current)
                        .unwrap_or_default();
                    return Some((Ok(event), (state, user, Some(current), false)));
                }
            }
        },
    );
    Sse::new(events).keep_alive(KeepAlive::default())
}
