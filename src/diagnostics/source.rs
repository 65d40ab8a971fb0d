//! Loaded text files: read once, checked (not empty, UTF-8), BOM stripped, normalised to NFC,
//! with a line index so any byte span can be turned into file:line:column.

use crate::diagnostics::{Diagnostic, Location};
use crate::messages::{Message, io_error};
use crate::msg;
use crate::vi::normalize_text;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// How to mend a character of `vi::forbidden`, in a file's text or a TOML string.
pub fn forbidden_hint() -> Message {
    msg!("source-forbidden-hint")
}

#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Where the file is on disk.
    pub path: PathBuf,
    /// How diagnostics name it: relative to the site root, with `/` separators.
    pub display: String,
    /// The text after BOM removal and NFC normalisation.
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    /// Builds a source from text already in memory (tests, scaffolds, fuzzing).
    pub fn from_text(display: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let line_starts = line_starts(&text);
        let display = display.into();
        SourceFile {
            path: PathBuf::from(&display),
            display,
            text,
            line_starts,
        }
    }

    /// Reads and checks a file. What was mended (normalised text, blanked control characters)
    /// goes to `warnings`, as warnings and errors; a file that cannot be used at all is an `Err`
    /// diagnostic.
    pub fn read(
        path: &Path,
        display: String,
        warnings: &mut Vec<Diagnostic>,
    ) -> Result<Self, Diagnostic> {
        let bytes = crate::regular_file::read(path).map_err(|err| {
            Diagnostic::error(msg!("source-cannot-read", why = io_error(&err)))
                .at_path(&display, 1, 1)
                .hint(msg!("source-cannot-read-hint"))
        })?;
        Self::from_bytes(path, display, &bytes, warnings)
    }

    pub fn from_bytes(
        path: &Path,
        display: String,
        bytes: &[u8],
        warnings: &mut Vec<Diagnostic>,
    ) -> Result<Self, Diagnostic> {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        if let Some(clean) = crate::vi::clean_utf8(bytes) {
            if clean.trim().is_empty() {
                return Err(empty_file(&display));
            }
            let mut source = SourceFile {
                path: path.to_path_buf(),
                line_starts: line_starts(clean),
                text: clean.to_owned(),
                display,
            };
            source.blank_forbidden(warnings);
            return Ok(source);
        }
        let raw = std::str::from_utf8(bytes).map_err(|err| {
            let valid = &bytes[..err.valid_up_to()];
            let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
            let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
            // The prefix is valid UTF-8, so counting characters gives the column.
            let column = String::from_utf8_lossy(&valid[line_start..])
                .chars()
                .count()
                + 1;
            Diagnostic::error(msg!(
                "source-not-utf8",
                byte = format!("0x{:02X}", bytes[err.valid_up_to()]),
                offset = err.valid_up_to().to_string()
            ))
            .at_path(&display, line, column)
            .hint(msg!("source-not-utf8-hint"))
        })?;
        if raw.trim().is_empty() {
            return Err(empty_file(&display));
        }
        let (text, repair) = normalize_text(raw);
        let mut source = SourceFile {
            path: path.to_path_buf(),
            line_starts: line_starts(&text),
            text: text.into_owned(),
            display,
        };
        source.blank_forbidden(warnings);
        // Normalisation keeps lines, so a line found in the original is the same line here.
        if let Some(offset) = repair.first_non_nfc {
            let line = source.line_of_raw_offset(raw, offset);
            warnings.push(
                Diagnostic::warning(msg!("source-not-nfc"))
                    .at(&source, source.line_span(line))
                    .hint(msg!("source-not-nfc-hint")),
            );
        }
        if let Some(offset) = repair.first_eth {
            let line = source.line_of_raw_offset(raw, offset);
            warnings.push(
                Diagnostic::warning(msg!("source-eth", count = repair.eth_count))
                    .at(&source, source.line_span(line))
                    .hint(msg!("source-eth-hint")),
            );
        }
        Ok(source)
    }

    /// Refuses the characters no page can carry (`vi::forbidden`) at the first of them, and
    /// blanks them all, so that `check` and `serve` go on rendering well-formed pages.
    fn blank_forbidden(&mut self, diagnostics: &mut Vec<Diagnostic>) {
        let Some(found) = crate::vi::find_forbidden(&self.text) else {
            return;
        };
        // Blanked first: a diagnostic shows the line as the file is read from now on.
        self.text = crate::vi::blank_forbidden(&self.text);
        let message = match found.count {
            1 => msg!("source-forbidden", code = found.code()),
            n => msg!("source-forbidden-many", code = found.code(), count = n),
        };
        diagnostics.push(
            Diagnostic::error(message)
                .at(self, found.offset..found.offset + found.first.len_utf8())
                .hint(forbidden_hint()),
        );
    }

    fn line_of_raw_offset(&self, raw: &str, offset: usize) -> usize {
        raw[..offset].bytes().filter(|&b| b == b'\n').count()
    }

    /// Byte span of a 0-based line, without its line break.
    fn line_span(&self, line: usize) -> Range<usize> {
        let start = self
            .line_starts
            .get(line)
            .copied()
            .unwrap_or(self.text.len());
        let end = self.text[start..]
            .find('\n')
            .map_or(self.text.len(), |i| start + i);
        start..end
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(&self.text, offset.min(self.text.len()));
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let column = self.text[self.line_starts[line]..offset].chars().count() + 1;
        (line + 1, column)
    }

    pub fn locate(&self, span: Range<usize>) -> Location {
        let start = floor_char_boundary(&self.text, span.start.min(self.text.len()));
        let (line, _) = self.line_column(start);
        let line_range = self.line_span(line - 1);
        let source_line = self.text[line_range.clone()].trim_end_matches('\r');
        // A span on a CRLF line end (its `\n`) is shown at the end of the line.
        let line_end = line_range.start + source_line.len();
        let start = start.min(line_end);
        let from = start - line_range.start;
        let column = source_line[..from].chars().count() + 1;
        let to = floor_char_boundary(
            source_line,
            span.end.clamp(start, line_end) - line_range.start,
        );
        // A zero-width span still underlines one character, so the eye finds it.
        let to = if to == from {
            source_line[from..]
                .chars()
                .next()
                .map_or(from, |c| from + c.len_utf8())
        } else {
            to
        };
        Location {
            path: self.display.clone(),
            line,
            column,
            source_line: source_line.to_owned(),
            underline: from..to,
        }
    }
}

fn empty_file(display: &str) -> Diagnostic {
    Diagnostic::error(msg!("source-empty"))
        .at_path(display, 1, 1)
        .hint(msg!("source-empty-hint"))
}

fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect()
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_become_line_and_character_column() {
        let file = SourceFile::from_text("a.toml", "x = 1\nname = \"Đảng\"\n");
        let offset = file.text.find("Đảng").unwrap();
        assert_eq!(file.line_column(offset), (2, 9));
        let loc = file.locate(offset..offset + "Đảng".len());
        assert_eq!(loc.source_line, "name = \"Đảng\"");
        assert_eq!(&loc.source_line[loc.underline.clone()], "Đảng");
    }

    #[test]
    fn a_span_on_a_crlf_line_end_points_at_the_end_of_the_line() {
        let file = SourceFile::from_text("a.toml", "x = 1\r\ny = [\r\n");
        // The `\n` after the `\r`: past the line as shown.
        let at = file.text.find("[\r").unwrap() + 2;
        let loc = file.locate(at..at + 1);
        assert_eq!((loc.line, loc.column), (2, 6));
        assert_eq!(loc.source_line, "y = [");
        assert_eq!(loc.underline, 5..5);
    }

    #[test]
    fn invalid_utf8_is_located() {
        let mut warnings = vec![];
        let err = SourceFile::from_bytes(
            Path::new("x.md"),
            "x.md".into(),
            b"ok\nab\xFFcd",
            &mut warnings,
        )
        .unwrap_err();
        assert_eq!(err.position(), "x.md:2:3");
    }

    #[test]
    fn empty_and_blank_files_are_errors() {
        let mut warnings = vec![];
        for bytes in [&b""[..], b"\xEF\xBB\xBF", b"  \n\n"] {
            let err = SourceFile::from_bytes(Path::new("e"), "e".into(), bytes, &mut warnings)
                .unwrap_err();
            assert_eq!(err.message.en(), "file is empty");
        }
    }

    #[test]
    fn bom_is_stripped() {
        let mut warnings = vec![];
        let file = SourceFile::from_bytes(
            Path::new("b"),
            "b".into(),
            b"\xEF\xBB\xBFx = 1",
            &mut warnings,
        )
        .unwrap();
        assert_eq!(file.text, "x = 1");
    }
}

/// Where a model value came from: a file (relative to the site root) and a byte span in it.
/// Small on purpose: the model keeps one per value and re-reads the file only to report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub file: std::sync::Arc<str>,
    pub span: Range<usize>,
}

impl Origin {
    /// Re-reads the file to turn the span into a location; falls back to the path alone.
    pub fn locate(&self, root: &Path) -> Location {
        let mut ignored = Vec::new();
        match SourceFile::read(&root.join(&*self.file), self.file.to_string(), &mut ignored) {
            Ok(file) => file.locate(self.span.clone()),
            Err(_) => Location {
                path: self.file.to_string(),
                line: 1,
                column: 1,
                source_line: String::new(),
                underline: 0..0,
            },
        }
    }
}
