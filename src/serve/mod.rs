//! `nhiemky serve`: the site for drafting. It is built with drafts and served from memory on
//! 127.0.0.1 (never written to `public/`); every save is reloaded within milliseconds, only
//! what it touches, and every open page reloads itself. A mistake is shown on every page with
//! its file:line:column while the last good version stays in service.

mod changes;
mod connections;
mod host;
mod http;
mod inject;
mod lookup;
mod preview;
mod reply;
mod request_path;
mod search_index;
mod watch;

use crate::diagnostics::{Diagnostic, eprint};
use crate::messages::{Catalogue, Console, Lang, Message, io_error};
use crate::msg;
use crate::progress::Progress;
use changes::Changes;
use http::{Shared, Signal, router};
use preview::{Applied, Preview};
use std::net::{IpAddr, SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::sync::mpsc::Receiver;
use std::sync::{Arc, PoisonError, RwLock};
use tokio::sync::broadcast;
use watch::{Watcher, next_save};

pub const DEFAULT_PORT: u16 = 1111;

/// How many ports after a busy one are tried.
const PORT_ATTEMPTS: u16 = 10;

pub struct ServeOptions {
    pub root: PathBuf,
    /// 0: any free port.
    pub port: u16,
    pub bind: IpAddr,
    /// Open the site in the default browser.
    pub open: bool,
    /// Host names answered besides this machine's own (`serve::host`).
    pub allowed_hosts: Vec<String>,
    /// The drafter's language: console lines and the errors shown over the pages.
    pub lang: Lang,
}

/// Runs the preview server until Ctrl-C. An error that stops it (or keeps it from starting)
/// is returned, to be said in the drafter's language.
pub fn serve(options: ServeOptions) -> Result<(), Message> {
    let catalogue = Arc::new(Catalogue::new(options.lang));
    let console = Console {
        catalogue: &catalogue,
    };
    let root = std::path::absolute(&options.root).map_err(|e| {
        msg!(
            "serve-root-unusable",
            path = &options.root,
            why = io_error(&e)
        )
    })?;
    if !root.is_dir() {
        return Err(msg!("serve-root-not-a-folder", path = &root));
    }
    let listener = bind(options.bind, options.port, &console)?;
    if !options.bind.is_loopback() {
        warn(
            &catalogue,
            Diagnostic::warning(msg!(
                "serve-open-to-network",
                address = options.bind.to_string()
            )),
        );
    }
    let address = listener
        .local_addr()
        .map_err(|e| msg!("serve-cannot-read-address", why = io_error(&e)))?;
    let base_url = format!("http://{}/", shown(address));

    let progress = Progress::on_terminal(&catalogue);
    let (preview, applied) =
        Preview::load(root.clone(), base_url.clone(), catalogue.clone(), &progress);
    progress.finish();
    report(&applied, &catalogue);
    let shared = Shared {
        preview: Arc::new(RwLock::new(preview)),
        catalogue: catalogue.clone(),
        signals: broadcast::channel(64).0,
        hosts: Arc::new(host::AllowedHosts::new(
            options.bind,
            &options.allowed_hosts,
        )),
    };
    let (sender, batches) = std::sync::mpsc::channel();
    let watcher = Watcher::start(&root, sender, catalogue.clone())?;
    std::thread::spawn({
        let shared = shared.clone();
        move || rebuild_on_change(&root, watcher, &batches, &shared)
    });

    console.say(&msg!("serve-serving-at", url = &base_url));
    if options.open
        && let Err(e) = open::that_detached(&base_url)
    {
        warn(
            &catalogue,
            Diagnostic::warning(msg!("serve-cannot-open-browser", why = io_error(&e)))
                .hint(msg!("serve-cannot-open-browser-hint", url = &base_url)),
        );
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| msg!("serve-cannot-start", why = io_error(&e)))?;
    let server_catalogue = catalogue.clone();
    runtime
        .block_on(async move {
            listener.set_nonblocking(true)?;
            let listener = tokio::net::TcpListener::from_std(listener)?;
            let signals = shared.signals.clone();
            let stop = async move {
                let _ = tokio::signal::ctrl_c().await;
                let _ = signals.send(Signal::Shutdown);
            };
            connections::serve(listener, router(shared), &server_catalogue, stop).await;
            Ok::<(), std::io::Error>(())
        })
        .map_err(|e| msg!("serve-stopped-by-error", why = io_error(&e)))?;
    console.say(&msg!("serve-stopped"));
    Ok(())
}

/// Binds `port`, or the next free one when it is taken (said out loud).
fn bind(ip: IpAddr, port: u16, console: &Console) -> Result<TcpListener, Message> {
    let attempts = if port == 0 { 1 } else { PORT_ATTEMPTS };
    for candidate in (0..attempts).map_while(|i| port.checked_add(i)) {
        match TcpListener::bind((ip, candidate)) {
            Ok(listener) => {
                if candidate != port {
                    console.tell(&msg!(
                        "serve-port-taken",
                        port = port.to_string(),
                        other = candidate.to_string()
                    ));
                }
                return Ok(listener);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => continue,
            Err(e) => {
                return Err(msg!(
                    "serve-cannot-listen",
                    address = SocketAddr::new(ip, candidate).to_string(),
                    why = io_error(&e)
                ));
            }
        }
    }
    Err(msg!(
        "serve-ports-taken",
        port = port.to_string(),
        count = u32::from(attempts - 1)
    ))
}

/// A warning about the machine or the server (not about the site), on standard error.
fn warn(catalogue: &Catalogue, warning: Diagnostic) {
    eprint(&[warning], catalogue);
}

/// The address as a browser should be given it: `127.0.0.1` for "all interfaces".
fn shown(address: SocketAddr) -> SocketAddr {
    match address.ip() {
        ip if ip.is_unspecified() => SocketAddr::new(IpAddr::from([127, 0, 0, 1]), address.port()),
        _ => address,
    }
}

/// The builder: applies each batch of changed files, then tells the open pages to reload.
fn rebuild_on_change(
    root: &Path,
    mut watcher: Watcher,
    batches: &Receiver<Vec<PathBuf>>,
    shared: &Shared,
) {
    while let Some(paths) = next_save(batches) {
        let changes = Changes::of(root, paths.iter().map(PathBuf::as_path));
        if changes.is_empty() {
            continue;
        }
        let applied = shared
            .preview
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .apply(&changes);
        let _ = shared.signals.send(Signal::Reload);
        report(&applied, &shared.catalogue);
        watcher.watch_new_folders();
    }
}

/// What a load did, and how many errors it left, on standard output.
fn report(applied: &Applied, catalogue: &Catalogue) {
    let errors = applied.diagnostics.iter().filter(|d| d.is_error()).count();
    eprint(&applied.diagnostics, catalogue);
    let console = Console { catalogue };
    match errors {
        0 => console.say(&applied.summary),
        n => console.say(&msg!(
            "serve-summary-with-errors",
            summary = applied.summary.clone(),
            count = n
        )),
    }
}

#[cfg(test)]
mod tests {
    use crate::msg;

    #[test]
    fn the_console_lines_speak_vietnamese_with_its_numbers() {
        let loaded = msg!("serve-loaded", orgs = 1826usize, ms = 12u64);
        let line = msg!(
            "serve-summary-with-errors",
            summary = loaded,
            count = 1usize
        );
        assert_eq!(
            line.vi(),
            "đã nạp trang web (1.826 tổ chức) trong 12 ms: 1 lỗi (hiện trên mọi trang cho đến khi được sửa)"
        );
        assert_eq!(
            line.en(),
            "loaded the site (1,826 organisations) in 12 ms: 1 error (shown on every page until fixed)"
        );
        let port = msg!("serve-port-taken", port = "1111", other = "1112");
        assert_eq!(port.vi(), "cổng 1111 đang bận; dùng cổng 1112");
    }
}
