//! Watching the site's folders with notify, and telling one save from the next: a save is often
//! several events (truncate, write, close; or write a temporary file, rename), and the site is
//! reloaded once, when they have stopped — never between the truncate and the write.

use super::warn;
use crate::config::CONFIG_FILE;
use crate::diagnostics::Diagnostic;
use crate::load::CONTENT_DIR;
use crate::load::theme::{STATIC_DIR, TEMPLATES_DIR, THEMES_DIR};
use crate::messages::{Catalogue, Message, io_error};
use crate::msg;
use notify::event::{AccessKind, AccessMode, EventKind};
use notify::{Event, RecommendedWatcher, RecursiveMode, Watcher as _};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender};
use std::time::{Duration, Instant};

/// A save is over when no event has come for this long.
pub const QUIET: Duration = Duration::from_millis(10);

/// Files written without pause are reloaded at least this often.
const LONGEST_WAIT: Duration = Duration::from_millis(250);

/// The folders whose files make the site.
const WATCHED: [&str; 4] = [CONTENT_DIR, THEMES_DIR, TEMPLATES_DIR, STATIC_DIR];

pub struct Watcher {
    watcher: RecommendedWatcher,
    root: PathBuf,
    watched: Vec<PathBuf>,
    /// For the warnings about folders that cannot be watched.
    catalogue: Arc<Catalogue>,
}

impl Watcher {
    /// Watches `root` (for `config.toml` and new folders) and its site folders; the paths of
    /// each change are sent to `changes`; warnings are said in `catalogue`'s language.
    pub fn start(
        root: &Path,
        changes: Sender<Vec<PathBuf>>,
        catalogue: Arc<Catalogue>,
    ) -> Result<Watcher, Message> {
        let config_file = root.join(CONFIG_FILE);
        let handler_catalogue = catalogue.clone();
        let handler = move |result: notify::Result<Event>| match result {
            // Events were lost (the kernel's queue overflowed): everything is reloaded.
            Ok(event) if event.need_rescan() => {
                let _ = changes.send(vec![config_file.clone()]);
            }
            Ok(event) if changes_content(&event.kind) && !event.paths.is_empty() => {
                let _ = changes.send(event.paths);
            }
            Ok(_) => {}
            Err(error) => warn(
                &handler_catalogue,
                Diagnostic::warning(msg!("serve-watch-failed", why = reason(&error))),
            ),
        };
        // Links are not content (load::walk): watching through one could add a watch for every
        // folder of the disk it leads to.
        let config = notify::Config::default().with_follow_symlinks(false);
        let watcher = RecommendedWatcher::new(handler, config)
            .map_err(|e| msg!("serve-cannot-watch-files", why = reason(&e)))?;
        let mut watcher = Watcher {
            watcher,
            root: root.to_path_buf(),
            watched: Vec::new(),
            catalogue,
        };
        watcher
            .watcher
            .watch(root, RecursiveMode::NonRecursive)
            .map_err(|e| msg!("serve-cannot-watch", folder = root, why = reason(&e)))?;
        watcher.watch_new_folders();
        Ok(watcher)
    }

    /// Starts watching site folders created since the last call (`templates/` added later).
    pub fn watch_new_folders(&mut self) {
        for name in WATCHED {
            let dir = self.root.join(name);
            if dir.is_dir() && !self.watched.contains(&dir) {
                match self.watcher.watch(&dir, RecursiveMode::Recursive) {
                    Ok(()) => self.watched.push(dir),
                    Err(e) => warn(
                        &self.catalogue,
                        Diagnostic::warning(msg!(
                            "serve-cannot-watch",
                            folder = &dir,
                            why = reason(&e)
                        ))
                        .hint(msg!("serve-cannot-watch-hint")),
                    ),
                }
            }
        }
    }
}

/// Why watching failed, in words: the system's limit, a reason a file could not be opened, or
/// notify's own text when no word fits.
fn reason(error: &notify::Error) -> Message {
    match &error.kind {
        notify::ErrorKind::MaxFilesWatch => msg!("serve-watch-limit"),
        notify::ErrorKind::Io(e) => io_error(e),
        _ => io_error(&std::io::Error::other(error.to_string())),
    }
}

/// The paths changed by the next save: waits for a change, then gathers the ones that follow
/// until `QUIET` passes without one. `None` when the watcher is gone.
pub fn next_save(changes: &Receiver<Vec<PathBuf>>) -> Option<Vec<PathBuf>> {
    let mut paths = changes.recv().ok()?;
    let started = Instant::now();
    while started.elapsed() < LONGEST_WAIT {
        match changes.recv_timeout(QUIET) {
            Ok(more) => paths.extend(more),
            Err(_) => break,
        }
    }
    Some(paths)
}

/// Opening and reading a file is no change — and the reload itself reads every file it
/// loads; writing one and closing it is.
fn changes_content(kind: &EventKind) -> bool {
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc::channel;

    #[test]
    fn events_close_together_are_one_save() {
        let (sender, changes) = channel();
        sender.send(vec![PathBuf::from("a")]).unwrap();
        sender.send(vec![PathBuf::from("b")]).unwrap();
        let later = sender.clone();
        std::thread::spawn(move || {
            std::thread::sleep(QUIET / 3);
            later.send(vec![PathBuf::from("c")]).unwrap();
            std::thread::sleep(QUIET * 5);
            later.send(vec![PathBuf::from("d")]).unwrap();
        });
        let first = next_save(&changes).unwrap();
        assert_eq!(first, ["a", "b", "c"].map(PathBuf::from));
        assert_eq!(next_save(&changes).unwrap(), [PathBuf::from("d")]);
        drop(sender);
        assert_eq!(next_save(&changes), None);
    }
}
