//! Splits a document into TOML front matter (between two `+++` lines) and the Markdown body.

use crate::diagnostics::Diagnostic;
use crate::source::SourceFile;
use std::ops::Range;
use toml::de::DeTable;

/// Byte ranges of the front matter (without the fences) and of the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split {
    pub front_matter: Range<usize>,
    pub body: Range<usize>,
}

/// Finds the front matter. The closing fence is the first `+++` line after which the front
/// matter parses as TOML, so a `+++` inside a multi-line string does not end it early.
pub fn split(file: &SourceFile) -> Result<Split, Diagnostic> {
    let text = file.text.as_str();
    let mut lines = line_ranges(text);
    let first = lines.next().unwrap_or(0..0);
    let first_line = text[first.clone()].trim_end();
    if first_line != "+++" {
        let hint = if first_line == "---" {
            "nhiemky reads TOML front matter between +++ lines, not YAML between --- lines"
        } else {
            "start the file with a line +++, the TOML front matter (title = \"…\", org = \"…\", …), then another +++ line"
        };
        return Err(
            Diagnostic::error("document does not start with front matter")
                .at(file, first)
                .hint(hint),
        );
    }
    let start = first.end;
    let fences: Vec<Split> = lines
        .filter(|line| text[line.clone()].trim_end() == "+++")
        .map(|line| Split {
            front_matter: start..line.start,
            body: line.end..text.len(),
        })
        .collect();
    // With no fence that gives valid TOML, the first one is used and its TOML error reported.
    fences
        .iter()
        .find(|s| DeTable::parse(&text[s.front_matter.clone()]).is_ok())
        .or(fences.first())
        .cloned()
        .ok_or_else(|| {
            Diagnostic::error("front matter is not closed")
                .at(file, 0..3)
                .hint("add a line with only +++ after the last front-matter key")
        })
}

/// Each line's byte range including its line break.
fn line_ranges(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = 0;
    text.split_inclusive('\n').map(move |line| {
        let range = start..start + line.len();
        start = range.end;
        range
    })
}

/// The front matter with everything before it blanked to spaces, so the TOML parser's byte
/// offsets are offsets into the whole file.
pub fn toml_with_file_offsets(file: &SourceFile, split: &Split) -> String {
    let mut text = String::with_capacity(split.front_matter.end);
    text.extend(
        file.text[..split.front_matter.start]
            .chars()
            .map(|c| if c == '\n' || c == '\r' { c } else { ' ' }),
    );
    text.push_str(&file.text[split.front_matter.clone()]);
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split_text(text: &str) -> Result<(String, String), Diagnostic> {
        let file = SourceFile::from_text("d.md", text);
        split(&file).map(|s| {
            (
                file.text[s.front_matter].to_owned(),
                file.text[s.body].to_owned(),
            )
        })
    }

    #[test]
    fn splits_front_matter_and_body() {
        let (fm, body) = split_text("+++\ntitle = \"A\"\n+++\n# Body\n").unwrap();
        assert_eq!(fm, "title = \"A\"\n");
        assert_eq!(body, "# Body\n");
    }

    #[test]
    fn crlf_line_ends() {
        let (fm, body) = split_text("+++\r\ntitle = \"A\"\r\n+++\r\nBody\r\n").unwrap();
        assert_eq!(fm, "title = \"A\"\r\n");
        assert_eq!(body, "Body\r\n");
    }

    #[test]
    fn fence_inside_a_multiline_string_does_not_close() {
        let text = "+++\nmotto = \"\"\"\nA\n+++\nB\"\"\"\n+++\nBody\n";
        let (fm, body) = split_text(text).unwrap();
        assert!(fm.contains("B\"\"\""));
        assert_eq!(body, "Body\n");
    }

    #[test]
    fn missing_or_unclosed_front_matter() {
        let err = split_text("# Title\n").unwrap_err();
        assert_eq!(err.message, "document does not start with front matter");
        let err = split_text("---\ntitle: x\n---\n").unwrap_err();
        assert!(err.hint.unwrap().contains("YAML"));
        let err = split_text("+++\ntitle = \"A\"\n").unwrap_err();
        assert_eq!(err.message, "front matter is not closed");
    }

    #[test]
    fn offsets_are_kept() {
        let file = SourceFile::from_text("d.md", "+++\nx = 1\n+++\n");
        let s = split(&file).unwrap();
        let toml = toml_with_file_offsets(&file, &s);
        assert_eq!(toml, "   \nx = 1\n");
    }
}
