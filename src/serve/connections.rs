//! Accepting and serving connections (HTTP/1 with hyper): each request's header must arrive
//! within [`HEADER_TIMEOUT`], so a client that trickles it (or holds an idle connection) is
//! dropped instead of holding a connection for ever; a failed accept (no file descriptor left)
//! is waited out with a growing pause instead of ending the server; stopping lets open
//! requests finish.

use super::warn;
use crate::diagnostics::Diagnostic;
use crate::messages::{Catalogue, io_error};
use crate::msg;
use axum::Router;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use std::future::Future;
use std::io;
use std::time::Duration;
use tokio::net::TcpListener;

/// How long a client may take to send a request's header (and how long a kept-alive
/// connection may wait for the next one). A browser on the same machine needs milliseconds.
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(5);

/// The first pause after a failed accept; it doubles up to [`LONGEST_PAUSE`] while accepting
/// keeps failing.
const FIRST_PAUSE: Duration = Duration::from_millis(10);
const LONGEST_PAUSE: Duration = Duration::from_secs(1);

/// Serves `router` on `listener` until `stop` completes, then waits for open connections.
/// Trouble accepting is said in `catalogue`'s language.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    catalogue: &Catalogue,
    stop: impl Future<Output = ()>,
) {
    let graceful = GracefulShutdown::new();
    let mut stop = std::pin::pin!(stop);
    let mut pause = FIRST_PAUSE;
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            () = &mut stop => break,
        };
        let stream = match accepted {
            Ok((stream, _)) => {
                pause = FIRST_PAUSE;
                stream
            }
            // The client gave up before it was accepted: nothing to wait for.
            Err(e) if gone(&e) => continue,
            Err(e) => {
                if pause == FIRST_PAUSE {
                    let why = io_error(&e);
                    warn(
                        catalogue,
                        Diagnostic::warning(msg!("serve-cannot-accept", why = why)),
                    );
                }
                tokio::select! {
                    () = tokio::time::sleep(pause) => {}
                    () = &mut stop => break,
                }
                pause = (pause * 2).min(LONGEST_PAUSE);
                continue;
            }
        };
        let connection = http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(HEADER_TIMEOUT)
            .serve_connection(
                TokioIo::new(stream),
                TowerToHyperService::new(router.clone()),
            );
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            // A client that disconnects or times out is no error of the server's.
            let _ = connection.await;
        });
    }
    drop(listener);
    graceful.shutdown().await;
}

fn gone(error: &io::Error) -> bool {
    matches!(
        error.kind(),
        io::ErrorKind::ConnectionAborted
            | io::ErrorKind::ConnectionReset
            | io::ErrorKind::ConnectionRefused
    )
}
