//! The HTTP side of the preview (axum): pages from memory with the reload script, the event
//! stream that tells open pages to reload, and nothing outside the site.

use crate::messages::Catalogue;
use crate::msg;
use crate::serve::host::AllowedHosts;
use crate::serve::inject::{EVENTS_PATH, inject};
use crate::serve::preview::Preview;
use crate::serve::request_path::{Requested, site_file};
use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{Method, StatusCode, Uri, header};
use axum::middleware::{Next, from_fn_with_state};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use std::convert::Infallible;
use std::sync::{Arc, PoisonError, RwLock};
use tokio::sync::broadcast;
use tokio_stream::wrappers::BroadcastStream;
use tokio_stream::{Stream, StreamExt};

/// What the server tells the open pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal {
    /// The site changed: reload.
    Reload,
    /// The server is stopping: end the event streams so it can.
    Shutdown,
}

#[derive(Clone)]
pub struct Shared {
    pub preview: Arc<RwLock<Preview>>,
    /// The drafter's language, for the errors shown over the page.
    pub catalogue: Arc<Catalogue>,
    pub signals: broadcast::Sender<Signal>,
    pub hosts: Arc<AllowedHosts>,
}

pub fn router(shared: Shared) -> Router {
    Router::new()
        .route(EVENTS_PATH, get(events))
        .fallback(page)
        .layer(from_fn_with_state(shared.clone(), only_allowed_hosts))
        .with_state(shared)
}

/// Every request, the reload stream's too, names one of this machine's hosts (`serve::host`),
/// or gets a page saying why not, in the drafter's language.
async fn only_allowed_hosts(
    State(shared): State<Shared>,
    request: Request,
    next: Next,
) -> Response {
    let host = match request.headers().get(header::HOST) {
        Some(value) => Some(value.to_str().unwrap_or("")),
        None => request.uri().authority().map(|a| a.as_str()),
    };
    if shared.hosts.allows(host) {
        return next.run(request).await;
    }
    let catalogue = &shared.catalogue;
    let title = crate::html::escape(&catalogue.text(&msg!("serve-host-refused")));
    let note = crate::html::escape(&catalogue.text(&msg!("serve-host-refused-note")));
    let lang = catalogue.lang().code();
    let page = format!(
        "<!doctype html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title></head><body><h1>{title}</h1><p>{note}</p></body></html>\n"
    );
    (
        StatusCode::FORBIDDEN,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        page,
    )
        .into_response()
}

async fn page(State(shared): State<Shared>, method: Method, uri: Uri) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return (
            StatusCode::METHOD_NOT_ALLOWED,
            [(header::ALLOW, "GET, HEAD")],
        )
            .into_response();
    }
    let path = match site_file(uri.path()) {
        Requested::File(path) => path,
        Requested::Folder(location) => {
            return (
                StatusCode::MOVED_PERMANENTLY,
                [(header::LOCATION, location)],
            )
                .into_response();
        }
        Requested::Refused => {
            let said = shared.catalogue.text(&msg!("serve-not-a-site-path"));
            return (StatusCode::BAD_REQUEST, format!("{said}\n")).into_response();
        }
    };
    // Rendering is CPU work: it runs beside the server's threads, not on them.
    tokio::task::spawn_blocking(move || answer(&shared.preview, &shared.catalogue, &path))
        .await
        .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
}

fn answer(preview: &RwLock<Preview>, catalogue: &Catalogue, path: &str) -> Response {
    let preview = preview.read().unwrap_or_else(PoisonError::into_inner);
    let reply = preview.respond(path);
    let body = if reply.is_html() {
        inject(&reply.body, &preview.errors(), catalogue)
    } else {
        reply.body.to_vec()
    };
    Response::builder()
        .status(reply.status)
        .header(header::CONTENT_TYPE, reply.content_type)
        // A preview is never cached: the next request must see the next save.
        .header(header::CACHE_CONTROL, "no-store")
        .body(Body::from(body))
        .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
}

/// Server-sent events: `reload` after each change, until the server stops.
async fn events(
    State(shared): State<Shared>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let stream = BroadcastStream::new(shared.signals.subscribe())
        .take_while(|signal| !matches!(signal, Ok(Signal::Shutdown)))
        // A page that missed signals (lagged) reloads too.
        .map(|_| Ok(Event::default().event("reload").data("reload")));
    Sse::new(stream).keep_alive(KeepAlive::default())
}
