use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use shared::dto::Health;

use crate::db::engine_name;
use crate::state::AppState;

/// Whether the server and its database answer. Load balancers poll this.
#[utoipa::path(get, path = "/api/health", tag = "meta", responses(
    (status = 200, description = "The database answers", body = Health),
    (status = 503, description = "The database does not answer", body = Health),
))]
pub async fn health(State(state): State<AppState>) -> (StatusCode, Json<Health>) {
    let ok = state.db.ping().await.is_ok();
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
