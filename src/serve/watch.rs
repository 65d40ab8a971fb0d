//! Watching the site's folders with notify. Events are debounced: one save is often several
//! writes (truncate, write, rename), and one rebuild should follow it, not three.

use crate::load::CONTENT_DIR;
use crate::render::theme::{STATIC_DIR, TEMPLATES_DIR, THEMES_DIR};
use notify::event::{AccessKind, AccessMode, EventKind};
use notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, Debouncer, NoCache, new_debouncer_opt};
use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;
use std::time::Duration;

/// Quiet time after the last event of a save before the site is reloaded.
pub const DEBOUNCE: Duration = Duration::from_millis(15);

/// The folders whose files make the site.
const WATCHED: [&str; 4] = [CONTENT_DIR, THEMES_DIR, TEMPLATES_DIR, STATIC_DIR];

pub struct Watcher {
    // No file-id cache: it exists to pair the two halves of a rename, and both halves are
    // reloaded here anyway.
    debouncer: Debouncer<RecommendedWatcher, NoCache>,
    root: PathBuf,
    watched: Vec<PathBuf>,
}

impl Watcher {
    /// Watches `root` (for `config.toml` and new folders) and its site folders; each batch of
    /// changed paths is sent to `changes`.
    pub fn start(root: &Path, changes: Sender<Vec<PathBuf>>) -> Result<Watcher, String> {
        let handler = move |result: DebounceEventResult| match result {
            Ok(events) => {
                let paths: Vec<PathBuf> = events
                    .into_iter()
                    .filter(|e| changes_content(&e.kind))
                    .flat_map(|e| e.event.paths)
                    .collect();
                if !paths.is_empty() {
                    let _ = changes.send(paths);
                }
            }
            Err(errors) => {
                for error in errors {
                    eprintln!("warning: watching files: {error}");
                }
            }
        };
        let debouncer =
            new_debouncer_opt(DEBOUNCE, None, handler, NoCache, notify::Config::default())
                .map_err(|e| format!("cannot watch files: {e}"))?;
        let mut watcher = Watcher {
            debouncer,
            root: root.to_path_buf(),
            watched: Vec::new(),
        };
        watcher
            .debouncer
            .watch(root, RecursiveMode::NonRecursive)
            .map_err(|e| format!("cannot watch {}: {e}", root.display()))?;
        watcher.watch_new_folders();
        Ok(watcher)
    }

    /// Starts watching site folders created since the last call (`templates/` added later).
    pub fn watch_new_folders(&mut self) {
        for name in WATCHED {
            let dir = self.root.join(name);
            if dir.is_dir() && !self.watched.contains(&dir) {
                match self.debouncer.watch(&dir, RecursiveMode::Recursive) {
                    Ok(()) => self.watched.push(dir),
                    Err(e) => eprintln!("warning: cannot watch {}: {e}", dir.display()),
                }
            }
        }
    }
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
