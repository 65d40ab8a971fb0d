//! A sign of life on long work: `build`, `archive` and `serve`'s first build show the stage they
//! are at (reading, rendering, the search index, writing) with a bar where the amount is known,
//! on a terminal and only once the work has taken a second; in CI and logs, nothing.

use crate::messages::{Catalogue, Message};
use crate::msg;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
use std::io::IsTerminal;
use std::sync::Arc;
use std::sync::mpsc::{Sender, channel};
use std::time::Duration;

/// How long work runs before its progress is shown: a quick build prints only its summary.
const DELAY: Duration = Duration::from_secs(1);

/// The stages a person waits through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Reading content/ and the theme, checking the data.
    Loading,
    /// Rendering pages, charts and downloads (written as they are rendered).
    Rendering,
    /// Building the search index.
    Indexing,
    /// Writing what is left (static files, the index) and putting the site in place.
    Writing,
}

impl Stage {
    fn message(self) -> Message {
        match self {
            Stage::Loading => msg!("progress-loading"),
            Stage::Rendering => msg!("progress-rendering"),
            Stage::Indexing => msg!("progress-indexing"),
            Stage::Writing => msg!("progress-writing"),
        }
    }
}

/// The progress of one run. [`Progress::hidden`] shows nothing (tests, `check`, a pipe).
pub struct Progress {
    bar: ProgressBar,
    /// `None` when nothing is ever shown.
    catalogue: Option<Arc<Catalogue>>,
    /// Told when the work ends, so that a bar not yet shown never is.
    done: Option<Sender<()>>,
}

impl Progress {
    pub fn hidden() -> Progress {
        Progress {
            bar: ProgressBar::hidden(),
            catalogue: None,
            done: None,
        }
    }

    /// Progress on standard error when it is a terminal, in `catalogue`'s language, once the
    /// work has taken [`DELAY`].
    pub fn on_terminal(catalogue: &Arc<Catalogue>) -> Progress {
        if !std::io::stderr().is_terminal() {
            return Progress::hidden();
        }
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        let (done, finished) = channel::<()>();
        let shown = bar.clone();
        std::thread::spawn(move || {
            // Nothing (or a closed channel) within the delay: the work goes on, show it.
            if finished.recv_timeout(DELAY) == Err(std::sync::mpsc::RecvTimeoutError::Timeout) {
                shown.set_draw_target(ProgressDrawTarget::stderr());
                shown.enable_steady_tick(Duration::from_millis(120));
            }
        });
        Progress {
            bar,
            catalogue: Some(catalogue.clone()),
            done: Some(done),
        }
    }

    /// A new stage of `total` steps (`None` when the amount is not known: a spinner).
    pub fn stage(&self, stage: Stage, total: Option<u64>) {
        let Some(catalogue) = &self.catalogue else {
            return;
        };
        let name = catalogue.text(&stage.message());
        let style = match total {
            Some(total) => {
                self.bar.set_length(total);
                let catalogue = catalogue.clone();
                let count = move |state: &ProgressState, w: &mut dyn std::fmt::Write| {
                    let message = msg!(
                        "progress-count",
                        done = state.pos(),
                        total = state.len().unwrap_or(0)
                    );
                    let _ = w.write_str(&catalogue.text(&message));
                };
                ProgressStyle::with_template("{spinner} {msg} [{bar:30}] {count}")
                    .map(|style| style.with_key("count", count))
            }
            None => ProgressStyle::with_template("{spinner} {msg}"),
        };
        if let Ok(style) = style {
            self.bar.set_style(style.progress_chars("=> "));
        }
        self.bar.set_position(0);
        self.bar.set_message(name);
    }

    /// `steps` more of the stage done; called from any thread.
    pub fn advance(&self, steps: u64) {
        self.bar.inc(steps);
    }

    /// The work is over: the bar is cleared so that the summary stands alone.
    pub fn finish(&self) {
        if let Some(done) = &self.done {
            let _ = done.send(());
        }
        self.bar.finish_and_clear();
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}
