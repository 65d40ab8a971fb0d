//! One diagnostic type for the whole pipeline: severity, message, file:line:column with the
//! offending source line, and a hint saying how to fix it. Stages collect diagnostics instead of
//! stopping at the first one; the CLI prints them all together.

pub mod source;

use crate::messages::{Catalogue, Message};
use crate::msg;
use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};
use source::SourceFile;
use std::io::Write;
use std::ops::Range;
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// Where a diagnostic points: a file, a 1-based line and column, and that line's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub source_line: String,
    /// Byte range inside `source_line` to underline.
    pub underline: Range<usize>,
}

/// Message and hint are said in the run's language when printed (`crate::messages`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub message: Message,
    /// Boxed: diagnostics travel in `Result`s and most have no location to carry.
    pub location: Option<Box<Location>>,
    pub hint: Option<Message>,
}

impl Diagnostic {
    pub fn error(message: Message) -> Self {
        Diagnostic {
            severity: Severity::Error,
            message,
            location: None,
            hint: None,
        }
    }

    pub fn warning(message: Message) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(message)
        }
    }

    /// Points the diagnostic at a byte range of a loaded file.
    pub fn at(mut self, file: &SourceFile, span: Range<usize>) -> Self {
        self.location = Some(Box::new(file.locate(span)));
        self
    }

    /// Points the diagnostic at a file as a whole (its first line).
    pub fn at_file(self, file: &SourceFile) -> Self {
        self.at(file, 0..0)
    }

    /// Points at a path whose text could not be loaded (unreadable, not UTF-8…).
    pub fn at_path(mut self, path: impl Into<String>, line: usize, column: usize) -> Self {
        self.location = Some(Box::new(Location {
            path: path.into(),
            line,
            column,
            source_line: String::new(),
            underline: 0..0,
        }));
        self
    }

    /// Points at a model value's origin, re-reading its file from `root`.
    pub fn at_origin(mut self, origin: &source::Origin, root: &Path) -> Self {
        self.location = Some(Box::new(origin.locate(root)));
        self
    }

    pub fn hint(mut self, hint: Message) -> Self {
        self.hint = Some(hint);
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `path:line:column`, or an empty string for diagnostics about no file.
    pub fn position(&self) -> String {
        self.location
            .as_ref()
            .map(|l| format!("{}:{}:{}", l.path, l.line, l.column))
            .unwrap_or_default()
    }

    /// Renders like rustc, in the catalogue's language: message, `--> file:line:col`, the
    /// source line underlined, the hint.
    pub fn render(&self, renderer: &Renderer, catalogue: &Catalogue) -> String {
        let level = match self.severity {
            Severity::Error => Level::ERROR.with_name(catalogue.text(&msg!("level-error"))),
            Severity::Warning => Level::WARNING.with_name(catalogue.text(&msg!("level-warning"))),
        };
        let message = catalogue.text(&self.message);
        let mut group = Group::with_title(level.primary_title(&message));
        if let Some(loc) = &self.location {
            group = if loc.source_line.is_empty() {
                // No line to show (a folder, an unreadable file): the position alone.
                group.element(
                    Origin::path(&loc.path)
                        .line(loc.line)
                        .char_column(loc.column),
                )
            } else {
                group.element(
                    Snippet::source(&loc.source_line)
                        .line_start(loc.line)
                        .path(&loc.path)
                        .annotation(AnnotationKind::Primary.span(loc.underline.clone())),
                )
            };
        }
        let mut report = vec![group];
        if let Some(hint) = &self.hint {
            let help = Level::HELP.with_name(catalogue.text(&msg!("level-help")));
            report.push(Group::with_title(
                help.secondary_title(catalogue.text(hint)),
            ));
        }
        renderer.render(&report)
    }

    /// The diagnostic as plain text (no colours), in the catalogue's language.
    pub fn text(&self, catalogue: &Catalogue) -> String {
        self.render(&Renderer::plain(), catalogue)
    }
}

/// Prints diagnostics to standard error as the terminal allows (coloured on a terminal).
pub fn eprint(diagnostics: &[Diagnostic], catalogue: &Catalogue) {
    let renderer = Renderer::styled();
    let mut stderr = anstream::stderr().lock();
    for diagnostic in diagnostics {
        // A closed terminal is no reason to stop (the preview server keeps serving).
        let _ = writeln!(stderr, "{}\n", diagnostic.render(&renderer, catalogue));
    }
}

/// The diagnostics of a run, printed together in a stable order.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(other);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    pub fn error_count(&self) -> usize {
        self.items.iter().filter(|d| d.is_error()).count()
    }

    pub fn warning_count(&self) -> usize {
        self.items.len() - self.error_count()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }

    /// Sorted by file, line, column, then severity and message: the same input always prints
    /// the same report, whatever order the parallel stages finished in.
    pub fn sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort_by(|a, b| {
            let key = |d: &Diagnostic| {
                d.location
                    .as_ref()
                    .map(|l| (l.path.clone(), l.line, l.column))
                    .unwrap_or_default()
            };
            key(a)
                .cmp(&key(b))
                .then(a.severity.cmp(&b.severity))
                .then(a.message.cmp(&b.message))
        });
        self.items.dedup();
        self.items
    }
}
