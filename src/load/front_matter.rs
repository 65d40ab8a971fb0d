//! Splits a document into TOML front matter (between two `+++` lines) and the Markdown body.

use crate::diagnostics::Diagnostic;
use crate::diagnostics::source::SourceFile;
use crate::msg;
use std::ops::Range;

/// Byte ranges of the front matter (without the fences) and of the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split {
    pub front_matter: Range<usize>,
    pub body: Range<usize>,
}

/// Finds the front matter. The closing fence is the first `+++` line outside a TOML string,
/// so a `+++` inside a multi-line string does not end it early; one pass, whatever the size.
pub fn split(file: &SourceFile) -> Result<Split, Diagnostic> {
    let text = file.text.as_str();
    let mut lines = line_ranges(text);
    let first = lines.next().unwrap_or(0..0);
    let first_line = text[first.clone()].trim_end();
    if first_line != "+++" {
        let hint = if first_line == "---" {
            msg!("load-front-matter-yaml-hint")
        } else {
            msg!("load-front-matter-missing-hint")
        };
        return Err(Diagnostic::error(msg!("load-front-matter-missing"))
            .at(file, first)
            .hint(hint));
    }
    let start = first.end;
    let mut strings = Strings::Outside;
    for line in lines {
        let line_text = &text[line.clone()];
        if strings == Strings::Outside && line_text.trim_end() == "+++" {
            return Ok(Split {
                front_matter: start..line.start,
                body: line.end..text.len(),
            });
        }
        strings = strings.after(line_text.as_bytes());
    }
    Err(Diagnostic::error(msg!("load-front-matter-not-closed"))
        .at(file, 0..3)
        .hint(msg!("load-front-matter-not-closed-hint")))
}

/// Where a line of TOML leaves the reader: outside strings, or inside a multi-line one.
/// (Single-line strings and comments end with their line.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Strings {
    Outside,
    /// `"""…"""`, with backslash escapes.
    MultiLineBasic,
    /// `'''…'''`, without escapes.
    MultiLineLiteral,
}

impl Strings {
    fn after(self, line: &[u8]) -> Strings {
        let mut state = self;
        let mut i = 0;
        while i < line.len() {
            let rest = &line[i..];
            match state {
                Strings::Outside => match rest[0] {
                    b'#' => return Strings::Outside,
                    b'"' if rest.starts_with(b"\"\"\"") => {
                        state = Strings::MultiLineBasic;
                        i += 3;
                    }
                    b'\'' if rest.starts_with(b"'''") => {
                        state = Strings::MultiLineLiteral;
                        i += 3;
                    }
                    b'"' => i += 1 + basic_string_length(&rest[1..]),
                    b'\'' => {
                        i += 1 + rest[1..]
                            .iter()
                            .position(|&b| b == b'\'')
                            .map_or(rest.len() - 1, |p| p + 1)
                    }
                    _ => i += 1,
                },
                Strings::MultiLineBasic => match rest[0] {
                    b'\\' => i += 2,
                    b'"' if rest.starts_with(b"\"\"\"") => {
                        state = Strings::Outside;
                        i += 3;
                    }
                    _ => i += 1,
                },
                Strings::MultiLineLiteral => match rest.starts_with(b"'''") {
                    true => {
                        state = Strings::Outside;
                        i += 3;
                    }
                    false => i += 1,
                },
            }
        }
        state
    }
}

/// The bytes of a single-line basic string after its opening quote, its closing quote
/// included (or to the end of the line when it is not closed).
fn basic_string_length(rest: &[u8]) -> usize {
    let mut i = 0;
    while i < rest.len() {
        match rest[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    rest.len()
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
    for c in file.text[..split.front_matter.start].chars() {
        match c {
            '\n' | '\r' => text.push(c),
            // As many spaces as the character's bytes: `+++` may be followed by any white
            // space, and every offset after it must stay the file's.
            _ => text.extend(std::iter::repeat_n(' ', c.len_utf8())),
        }
    }
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
    fn the_toml_keeps_offsets_after_wide_white_space_on_the_opening_line() {
        let file = SourceFile::from_text("d.md", "+++\u{2001}\ntitle = \"A\"\n+++\n");
        let parts = split(&file).unwrap();
        let toml = toml_with_file_offsets(&file, &parts);
        assert_eq!(toml.len(), parts.front_matter.end);
        assert_eq!(&toml[parts.front_matter.clone()], "title = \"A\"\n");
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
        assert_eq!(
            err.message.en(),
            "document does not start with front matter"
        );
        let err = split_text("---\ntitle: x\n---\n").unwrap_err();
        assert!(err.hint.unwrap().en().contains("YAML"));
        let err = split_text("+++\ntitle = \"A\"\n").unwrap_err();
        assert_eq!(err.message.en(), "front matter is not closed");
    }

    #[test]
    fn front_matter_problems_are_said_in_vietnamese() {
        let err = split_text("# Title\n").unwrap_err();
        assert_eq!(
            err.message.vi(),
            "văn bản không mở đầu bằng phần đầu văn bản giữa hai dòng +++"
        );
        let err = split_text("---\ntitle: x\n---\n").unwrap_err();
        assert!(
            err.hint
                .unwrap()
                .vi()
                .starts_with("đổi hai dòng --- thành hai dòng +++")
        );
        let err = split_text("+++\ntitle = \"A\"\n").unwrap_err();
        assert_eq!(
            err.hint.unwrap().vi(),
            "thêm một dòng chỉ có +++ sau dòng cuối cùng của phần đầu văn bản"
        );
    }

    #[test]
    fn fences_in_strings_and_comments_are_text() {
        let text = "+++\na = \"+++\"\nb = '''\n+++\n'''\nc = \"\\\"\"\"\" # \"\"\"\n+++\nBody\n";
        let (fm, body) = split_text(text).unwrap();
        assert!(fm.ends_with("# \"\"\"\n"), "{fm}");
        assert_eq!(body, "Body\n");
    }

    #[test]
    fn a_front_matter_that_never_closes_is_read_once() {
        // Every `+++` after a broken first line used to be tried as the end: quadratic.
        let text = format!("+++\nx = [\n{}", "a = 1\n+++\n".repeat(200_000));
        let started = std::time::Instant::now();
        let (fm, _) = split_text(&text).unwrap();
        assert_eq!(fm, "x = [\na = 1\n");
        assert!(started.elapsed().as_secs() < 2, "{:?}", started.elapsed());
    }

    #[test]
    fn offsets_are_kept() {
        let file = SourceFile::from_text("d.md", "+++\nx = 1\n+++\n");
        let s = split(&file).unwrap();
        let toml = toml_with_file_offsets(&file, &s);
        assert_eq!(toml, "   \nx = 1\n");
    }
}
