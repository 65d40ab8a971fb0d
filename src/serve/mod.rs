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

use crate::diagnostics::eprint;
use crate::messages::{Catalogue, Lang};
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

/// Runs the preview server until Ctrl-C.
pub fn serve(options: ServeOptions) -> Result<(), String> {
    let root = std::path::absolute(&options.root)
        .map_err(|e| format!("cannot use {}: {e}", options.root.display()))?;
    if !root.is_dir() {
        return Err(format!(
            "{} is not a folder; pass the site folder with --root",
            root.display()
        ));
    }
    let listener = bind(options.bind, options.port)?;
    if !options.bind.is_loopback() {
        eprintln!(
            "warning: serving on {} — other computers on the network can read the drafts",
            options.bind
        );
    }
    let address = listener
        .local_addr()
        .map_err(|e| format!("cannot read the server's address: {e}"))?;
    let base_url = format!("http://{}/", shown(address));

    let catalogue = Arc::new(Catalogue::new(options.lang));
    let (preview, applied) = Preview::load(root.clone(), base_url.clone());
    report(&applied, &catalogue);
    let shared = Shared {
        preview: Arc::new(RwLock::new(preview)),
        catalogue,
        signals: broadcast::channel(64).0,
        hosts: Arc::new(host::AllowedHosts::new(
            options.bind,
            &options.allowed_hosts,
        )),
    };
    let (sender, batches) = std::sync::mpsc::channel();
    let watcher = Watcher::start(&root, sender)?;
    std::thread::spawn({
        let shared = shared.clone();
        move || rebuild_on_change(&root, watcher, &batches, &shared)
    });

    say(format_args!("serving at {base_url} (Ctrl-C to stop)"));
    if options.open
        && let Err(e) = open::that_detached(&base_url)
    {
        eprintln!("warning: cannot open a browser: {e}");
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the server: {e}"))?;
    runtime
        .block_on(async move {
            listener.set_nonblocking(true)?;
            let listener = tokio::net::TcpListener::from_std(listener)?;
            let signals = shared.signals.clone();
            connections::serve(listener, router(shared), async move {
                let _ = tokio::signal::ctrl_c().await;
                let _ = signals.send(Signal::Shutdown);
            })
            .await;
            Ok::<(), std::io::Error>(())
        })
        .map_err(|e| format!("the server stopped: {e}"))?;
    say(format_args!("stopped"));
    Ok(())
}

/// Binds `port`, or the next free one when it is taken (said out loud).
fn bind(ip: IpAddr, port: u16) -> Result<TcpListener, String> {
    let attempts = if port == 0 { 1 } else { PORT_ATTEMPTS };
    for candidate in (0..attempts).map_while(|i| port.checked_add(i)) {
        match TcpListener::bind((ip, candidate)) {
            Ok(listener) => {
                if candidate != port {
                    eprintln!("port {port} is in use; serving on port {candidate} instead");
                }
                return Ok(listener);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => continue,
            Err(e) => return Err(format!("cannot listen on {ip}:{candidate}: {e}")),
        }
    }
    Err(format!(
        "port {port} and the {} after it are in use; choose another with --port",
        attempts - 1
    ))
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

fn report(applied: &Applied, catalogue: &Catalogue) {
    let errors = applied.diagnostics.iter().filter(|d| d.is_error()).count();
    eprint(&applied.diagnostics, catalogue);
    match errors {
        0 => say(format_args!("{}", applied.summary)),
        n => say(format_args!(
            "{}: {n} error{} (shown on every page until fixed)",
            applied.summary,
            if n == 1 { "" } else { "s" }
        )),
    }
}

/// A line for the terminal; a closed terminal does not stop the server (`println!` would panic).
fn say(line: std::fmt::Arguments) {
    use std::io::Write;
    let _ = writeln!(std::io::stdout().lock(), "{line}");
}
