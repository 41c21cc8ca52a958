//! The IMI server as a library, so that integration tests start the very same app on a random
//! port. `main.rs` only parses the configuration and calls [`serve`].

pub mod alert_kinds;
pub mod auth;
pub mod backup;
pub mod blobs;
pub mod catalogue;
pub mod client_addr;
pub mod clock;
pub mod commands;
pub mod config;
pub mod datafiles;
pub mod db;
pub mod demo;
pub mod demo_history;
pub mod demo_requests;
pub mod entities;
pub mod error;
pub mod extract;
pub mod idempotency;
pub mod jobs;
pub mod listener;
pub mod live;
pub mod messages;
pub mod migration;
pub mod overview_cache;
pub mod retention_policy;
pub mod routes;
pub mod search;
pub mod security;
pub mod services;
pub mod state;
pub mod static_files;
pub mod taxonomy;
pub mod throttle;
pub mod totp;
pub mod translation;

use anyhow::Context;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::response::Response;
use shared::ErrorCode;
use std::net::SocketAddr;
use std::sync::Arc;
use tokio::net::TcpListener;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::trace::TraceLayer;

pub use config::Config;
pub use state::AppState;

/// Connects to the database, runs the migrations, loads the demo data if asked, and returns
/// the state and the complete router.
pub async fn build(config: Config) -> anyhow::Result<(AppState, Router)> {
    // Instances that start at once on one empty database migrate it and load the demo once.
    let startup = db::StartupLock::take(&config.database_url).await?;
    let db = db::connect(&config.database_url, config.db_max_connections).await?;
    let probe = db::probe(&config.database_url).await?;
    if config.demo {
        demo::load_if_empty(&db)
            .await
            .context("loading the demo data")?;
    }
    let translator = translation::from_config(
        config.translator_url.as_deref(),
        config.translator_api_key.as_deref(),
    )
    .context("configuring machine translation")?;
    let catalogue = catalogue::load(&db, &config.catalogue_dir)
        .await
        .with_context(|| {
            format!(
                "loading the question catalogue from {}",
                config.catalogue_dir.display()
            )
        })?;
    let retention = retention_policy::read(&config.retention_policy)?;
    let taxonomy = taxonomy::read(&config.taxonomy_dir).with_context(|| {
        format!(
            "loading the taxonomy from {}",
            config.taxonomy_dir.display()
        )
    })?;
    let country_names = taxonomy::read_country_names(&config.taxonomy_dir).with_context(|| {
        format!(
            "loading the country names from {}",
            config.taxonomy_dir.display()
        )
    })?;
    let alert_kinds = alert_kinds::read(&config.alerts_dir).with_context(|| {
        format!(
            "loading the alert kinds from {}",
            config.alerts_dir.display()
        )
    })?;
    let blobs = blobs::from_config(&config).context("opening the attachment store")?;
    let messages = messages::Messages::load(&config.locales_dir).with_context(|| {
        format!(
            "loading the translations from {}",
            config.locales_dir.display()
        )
    })?;
    let live = live::Live::start(&db, &config.database_url);
    let state = AppState {
        live,
        writers: db::Writers::for_engine(&db),
        db,
        probe,
        blobs,
        messages: Arc::new(messages),
        overview: Arc::new(overview_cache::OverviewCache::default()),
        search: Arc::new(search::Search::new(
            Arc::new(taxonomy),
            Arc::new(country_names),
        )),
        config: Arc::new(config),
        catalogue: Arc::new(catalogue),
        alert_kinds: Arc::new(alert_kinds),
        translator,
        hashing: Arc::new(tokio::sync::Semaphore::new(
            std::thread::available_parallelism().map_or(2, std::num::NonZero::get),
        )),
        clock: clock::Clock::system(),
        statistics: Arc::default(),
        retention: Arc::new(retention),
    };
    if state.config.demo {
        let fresh = demo_requests::load_if_empty(&state)
            .await
            .context("loading the demo requests")?;
        if fresh && state.config.demo_history_months > 0 {
            demo_history::load(&state, state.config.demo_history_months)
                .await
                .context("loading the demo history")?;
        }
    }
    startup.release().await?;
    Ok((state.clone(), router(state)))
}

/// The whole app: `/api` and the SPA, with the cross-cutting layers.
pub fn router(state: AppState) -> Router {
    let writes = idempotency::Writes::of(&routes::openapi(state.config.max_attachment_bytes));
    let api = routes::api_router(state.config.max_attachment_bytes)
        .route_layer(axum::middleware::from_fn_with_state(
            (state.clone(), writes),
            idempotency::layer,
        ))
        .route("/api/{*rest}", axum::routing::any(api_not_found))
        .layer(DefaultBodyLimit::max(state.config.max_body_bytes))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            live_unit,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            security::same_origin_writes,
        ))
        .with_state(state.clone());
    let app = api
        .fallback_service(static_files::router::<()>(state.config.static_dir.clone()))
        .layer(compression())
        .layer(CatchPanicLayer::custom(|_| internal_error()))
        .layer(TraceLayer::new_for_http());
    security::with_security_headers(app)
}

/// The API's JSON and `index.html`, compressed (brotli or gzip, as the client accepts) when
/// the client accepts it: an overview page of 25 rows is 13 KiB of JSON and 2 KiB in brotli,
/// which matters on an inspector's mobile connection. The SPA's other files are compressed
/// once at build time (`scripts/precompress.sh`) and carry their `Content-Encoding`, which
/// the layer leaves alone; documents (PDFs, photos) are sent as stored, and the live stream
/// is never held back to be compressed (the default predicate excludes server-sent events).
fn compression()
-> tower_http::compression::CompressionLayer<impl tower_http::compression::Predicate> {
    use tower_http::compression::predicate::{DefaultPredicate, Predicate};
    let text = |_: StatusCode,
                _: axum::http::Version,
                headers: &axum::http::HeaderMap,
                _: &axum::http::Extensions| {
        headers
            .get(axum::http::header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .is_some_and(|kind| {
                kind.starts_with("application/json") || kind.starts_with("text/html")
            })
    };
    tower_http::compression::CompressionLayer::new()
        .no_deflate()
        .no_zstd()
        .compress_when(DefaultPredicate::new().and(text))
}

/// Each API call is a unit of work for the live updates (`live::Live::unit`).
async fn live_unit(
    axum::extract::State(state): axum::extract::State<AppState>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    state.live.unit(next.run(request)).await
}

async fn api_not_found() -> Response {
    error::error_response(
        StatusCode::NOT_FOUND,
        ErrorCode::NotFound,
        "no such API route",
    )
}

fn internal_error() -> Response {
    error::error_response(
        StatusCode::INTERNAL_SERVER_ERROR,
        ErrorCode::InternalError,
        "internal server error",
    )
}

/// A server listening on a socket, as tests use it.
pub struct RunningServer {
    /// Where it listens.
    pub addr: SocketAddr,
    /// Its state, e.g. to reach the database directly.
    pub state: AppState,
    task: tokio::task::JoinHandle<()>,
    mailer: tokio::task::JoinHandle<()>,
}

impl RunningServer {
    /// The base URL, e.g. `http://127.0.0.1:41234`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

impl Drop for RunningServer {
    fn drop(&mut self) {
        self.task.abort();
        self.mailer.abort();
    }
}

/// Builds the app and serves it in a background task on `config.bind` (port 0 picks a free
/// port).
pub async fn spawn(config: Config) -> anyhow::Result<RunningServer> {
    spawn_with(config, |app| app).await
}

/// Like [`spawn`], with the router passed through `wrap` first: tests add a layer that
/// checks every response against the OpenAPI document.
pub async fn spawn_with(
    config: Config,
    wrap: impl FnOnce(Router) -> Router,
) -> anyhow::Result<RunningServer> {
    let bind = config.bind;
    let (state, app) = build(config).await?;
    services::statistics::warm_up(&state).await;
    let app = wrap(app);
    let listener = TcpListener::bind(bind)
        .await
        .with_context(|| format!("binding {bind}"))?;
    let addr = listener.local_addr()?;
    let task = tokio::spawn(async move {
        let listener = listener::JsonListener(listener);
        let app = app.into_make_service_with_connect_info::<listener::PeerAddr>();
        if let Err(err) = axum::serve(listener, app).await {
            tracing::error!(error = %err, "server stopped");
        }
    });
    let mailer = tokio::spawn(jobs::run(state.clone()));
    Ok(RunningServer {
        addr,
        state,
        task,
        mailer,
    })
}

/// Runs the server until Ctrl-C or SIGTERM, finishing the requests under way.
pub async fn serve(config: Config) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let bind = config.bind;
    let database = db::redact(&config.database_url);
    let (state, app) = build(config).await?;
    services::statistics::warm_up(&state).await;
    tokio::spawn(jobs::run(state.clone()));
    let listener = TcpListener::bind(bind)
        .await
        .with_context(|| format!("binding {bind}"))?;
    let addr = listener.local_addr()?;
    tracing::info!(%database, elapsed_ms = started.elapsed().as_millis() as u64, "ready");
    println!("IMI is listening on http://{addr}/");
    let listener = listener::JsonListener(listener);
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<listener::PeerAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await?;
    // A restart (a new release, most often) then starts from what the statistics hold now.
    let saved = tokio::time::timeout(
        std::time::Duration::from_secs(30),
        state.statistics.save(&state.db),
    )
    .await;
    if let Ok(Err(err)) = saved {
        tracing::warn!(error = %err, "statistics snapshot not written at shutdown");
    }
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
