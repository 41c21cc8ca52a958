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
use tokio::time::Instant;

use crate::auth::{AuthUser, Member};
use crate::error::Result;
use crate::extract::ApiJson;
use crate::services::{notifications, requests, sessions};
use crate::state::AppState;

/// The least time between two computations of a stream's counters: a burst of changes at a
/// busy authority then costs each stream one computation, not one per change.
const SETTLE: Duration = Duration::from_millis(250);

/// How long a woken stream waits for the rest of what woke it: one change publishes more
/// than once (its authorities, then its notifications' users), and each would wake it.
const GATHER: Duration = Duration::from_millis(30);

/// How long a stream waits before it asks again after the database failed it.
const RETRY: Duration = Duration::from_secs(2);

/// How far after midnight (UTC) a stream looks again at its counters, at most: "overdue"
/// changes with the day, and the streams of a whole country should not all ask at once.
const MIDNIGHT_SPREAD_MS: u64 = 60_000;

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
    notifications::mark_read(&state, &user, body.ids).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Server-sent events: a `counts` event with [`LiveCounts`] at once and whenever they
/// change; the stream ends when the session does.
///
/// The counters are computed again only when a change concerns the user or their authority
/// (`live`), at midnight, and when the session's time is up; an idle stream costs the
/// database nothing.
#[utoipa::path(get, path = "/api/notifications/stream", tag = "notifications", responses(
    (status = 200, description = "`text/event-stream` of `counts` events", content_type = "text/event-stream"),
    (status = 401, description = "`unauthenticated`", body = ApiError),
))]
pub async fn stream(
    State(state): State<AppState>,
    user: AuthUser,
) -> Sse<impl Stream<Item = std::result::Result<Event, Infallible>>> {
    let authority = match user.member {
        Member::Authority(id) => Some(id.0),
        Member::Commission => None,
    };
    let watch = state.live.watch(user.user_id.0, authority);
    let spread = Duration::from_millis(rand::Rng::gen_range(
        &mut rand::thread_rng(),
        0..MIDNIGHT_SPREAD_MS,
    ));
    let events = futures_util::stream::unfold(
        (
            state,
            user,
            watch,
            None::<LiveCounts>,
            None::<Instant>,
            None,
        ),
        move |(state, user, watch, last, computed, expires)| async move {
            let (mut computed, mut expires) = (computed, expires);
            let mut failed = false;
            loop {
                if failed {
                    // A database hiccup: the counters are asked for again shortly.
                    tokio::time::sleep(RETRY).await;
                } else if let Some(at) = computed {
                    // The clock's move is watched for before the sleeps are measured by it.
                    tokio::select! {
                        () = state.clock.moved() => {}
                        () = watch.changed() => {}
                        () = tokio::time::sleep(until_next_day(&state, spread)) => {}
                        () = sleep_until_expiry(&state, expires) => {}
                    }
                    tokio::time::sleep_until((at + SETTLE).max(Instant::now() + GATHER)).await;
                    // What woke it meanwhile is committed, so the computation below sees it:
                    // it must not wake the stream once more.
                    let _ = futures_util::FutureExt::now_or_never(watch.changed());
                }
                computed = Some(Instant::now());
                // The session still holds (not ended, not expired by the app's clock); when
                // it ends, its time is what the stream waits for besides changes.
                match sessions::expires_at(&state, &user).await {
                    Ok(Some(at)) if at > state.clock.now() => expires = Some(at),
                    Ok(_) => return None,
                    Err(_) => {
                        failed = true;
                        continue;
                    }
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
                    _ => {
                        failed = true;
                        continue;
                    }
                };
                failed = false;
                if last.as_ref() != Some(&current) {
                    let event = Event::default()
                        .event("counts")
                        .json_data(&current)
                        .unwrap_or_default();
                    let next = (state, user, watch, Some(current), computed, expires);
                    return Some((Ok(event), next));
                }
            }
        },
    );
    Sse::new(events).keep_alive(KeepAlive::default())
}

/// The time until the next day by the app's clock, plus this stream's share of the spread.
fn until_next_day(state: &AppState, spread: Duration) -> Duration {
    let now = state.clock.now();
    let midnight = (now.date_naive() + chrono::Days::new(1))
        .and_hms_opt(0, 0, 0)
        .map(|at| at.and_utc());
    midnight.map_or(Duration::from_secs(3600), |at| state.clock.until(at)) + spread
}

/// Returns when the session's time is up by the app's clock (never if it is not known).
async fn sleep_until_expiry(state: &AppState, expires: Option<chrono::DateTime<chrono::Utc>>) {
    match expires {
        Some(at) => tokio::time::sleep(state.clock.until(at)).await,
        None => std::future::pending().await,
    }
}
