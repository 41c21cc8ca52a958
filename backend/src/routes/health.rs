use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use shared::dto::Health;

use crate::db::engine_name;
use crate::state::AppState;

/// How long the health check waits for the database's answer.
const HEALTH_WAIT: std::time::Duration = std::time::Duration::from_millis(40);

/// Whether the server and its database answer. Load balancers poll this.
#[utoipa::path(get, path = "/api/health", tag = "meta", responses(
    (status = 200, description = "The database answers", body = Health),
    (status = 503, description = "The database does not answer", body = Health),
))]
pub async fn health(State(state): State<AppState>) -> (StatusCode, Json<Health>) {
    // A pool asked for a connection while the database refuses them keeps retrying until its
    // acquire timeout (seconds); a load balancer must learn at once that the database is gone.
    // So the ping runs on its own and the answer waits for it only briefly: a database that
    // does not answer within that is down for this check, and the ping goes on, reconnecting,
    // so that the next check finds the connection ready again when it comes back.
    let probe = state.probe.clone();
    let ping = tokio::spawn(async move { probe.ping().await });
    let ok = matches!(
        tokio::time::timeout(HEALTH_WAIT, ping).await,
        Ok(Ok(Ok(())))
    );
    let body = Health {
        status: if ok { "ok" } else { "unavailable" }.to_owned(),
        database: engine_name(&state.db).to_owned(),
        version: env!("CARGO_PKG_VERSION").to_owned(),
    };
    let status = if ok {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (status, Json(body))
}
