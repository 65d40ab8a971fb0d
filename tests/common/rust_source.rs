//! Rust source read as tidy tests need it (tests/architecture.rs, tests/messages.rs): the code
//! with comments and literals blanked, the string literals with their lines, and `#[cfg(test)]`
//! items told apart — no parser, since only these distinctions matter.
#![allow(dead_code)] // each test crate uses a different part of this module

use std::ops::Range;

/// A source file, scanned.
pub struct Scanned {
    /// The text with comments and literals blanked (one space a character, line breaks kept).
    pub code: String,
    /// Every string literal, in order.
    pub literals: Vec<Literal>,
    /// Byte ranges of `code` that `#[cfg(test)]` items take.
    pub tests: Vec<Range<usize>>,
}

/// A string literal: its value as written (escapes left as they are) and where it starts.
pub struct Literal {
    pub text: String,
    pub line: usize,
    /// Byte offset in [`Scanned::code`] of its opening quote.
    pub at: usize,
}

impl Scanned {
    pub fn of(text: &str) -> Scanned {
        let (code, literals) = blank_comments_and_literals(text);
        let tests = test_items(&code);
        Scanned {
            code,
            literals,
            tests,
        }
    }

    /// Whether the byte `at` of `code` lies in a `#[cfg(test)]` item.
    pub fn in_tests(&self, at: usize) -> bool {
        self.tests.iter().any(|r| r.contains(&at))
    }

    /// The line of byte `at` of `code`.
    pub fn line_of(&self, at: usize) -> usize {
        self.code[..at].matches('\n').count() + 1
    }

    /// The code with `#[cfg(test)]` items removed (their line breaks kept).
    pub fn code_only(&self) -> String {
        let mut out = String::with_capacity(self.code.len());
        let mut from = 0;
        for range in &self.tests {
            out.push_str(&self.code[from..range.start]);
            out.extend(self.code[range.clone()].chars().filter(|&c| c == '\n'));
            from = range.end;
        }
        out.push_str(&self.code[from..]);
        out
    }
}

/// The byte ranges of `#[cfg(test)]` items in blanked code.
fn test_items(code: &str) -> Vec<Range<usize>> {
    let mut items = Vec::new();
    let mut from = 0;
    while let Some(found) = code[from..].find("#[cfg(test)]") {
        let start = from + found;
        let end = start + item_end(&code[start..]);
        items.push(start..end);
        from = end;
    }
    items
}

/// Where the item starting here ends: after its first `;` or its balanced `{…}` block.
fn item_end(item: &str) -> usize {
    let mut depth = 0;
    for (i, c) in item.char_indices() {
        match c {
            ';' if depth == 0 => return i + 1,
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
    }
    item.len()
}

pub fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Comments, strings and chars replaced by spaces (newlines kept), so that neither their words
/// nor their braces are read as code; the string literals are kept aside.
fn blank_comments_and_literals(text: &str) -> (String, Vec<Literal>) {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut literals = Vec::new();
    let mut line = 1;
    let blank = |out: &mut String, line: &mut usize, c: char| {
        if c == '\n' {
            *line += 1;
            out.push('\n');
        } else {
            out.push(' ');
        }
    };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                blank(&mut out, &mut line, chars[i]);
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    out.push_str("  ");
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    out.push_str("  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    blank(&mut out, &mut line, chars[i]);
                    i += 1;
                }
            }
        } else if c == 'r' && (next == Some('#') || next == Some('"')) && !after_ident(&chars, i) {
            let hashes = chars[i + 1..].iter().take_while(|&&h| h == '#').count();
            if chars.get(i + 1 + hashes) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            let closing: Vec<char> = std::iter::once('"')
                .chain(std::iter::repeat_n('#', hashes))
                .collect();
            let (at, start_line) = (out.len() + 1 + hashes, line);
            i += 2 + hashes;
            out.push_str(&" ".repeat(2 + hashes));
            let mut value = String::new();
            while i < chars.len() && !chars[i..].starts_with(&closing) {
                value.push(chars[i]);
                blank(&mut out, &mut line, chars[i]);
                i += 1;
            }
            out.push_str(&" ".repeat(closing.len()));
            i += closing.len();
            literals.push(Literal {
                text: value,
                line: start_line,
                at,
            });
        } else if c == '"' {
            let (at, start_line) = (out.len(), line);
            out.push(' ');
            i += 1;
            let mut value = String::new();
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    value.push(chars[i]);
                    blank(&mut out, &mut line, chars[i]);
                    i += 1;
                }
                if i < chars.len() {
                    value.push(chars[i]);
                    blank(&mut out, &mut line, chars[i]);
                    i += 1;
                }
            }
            out.push(' ');
            i += 1;
            literals.push(Literal {
                text: value,
                line: start_line,
                at,
            });
        } else if c == '\'' && is_char_literal(&chars, i) {
            out.push(' ');
            i += 1;
            while i < chars.len() && chars[i] != '\'' {
                if chars[i] == '\\' {
                    out.push(' ');
                    i += 1;
                }
                out.push(' ');
                i += 1;
            }
            out.push(' ');
            i += 1;
        } else {
            if c == '\n' {
                line += 1;
            }
            out.push(c);
            i += 1;
        }
    }
    (out, literals)
}

fn after_ident(chars: &[char], i: usize) -> bool {
    i > 0 && is_ident(chars[i - 1])
}

/// A `'` opens a char literal ('x', '\n', '\u{1F600}'), not a lifetime ('a).
fn is_char_literal(chars: &[char], i: usize) -> bool {
    match chars.get(i + 1) {
        Some('\\') => true,
        Some(_) => chars.get(i + 2) == Some(&'\''),
        None => false,
    }
}

/// Every `.rs` file under `dir`, with its path relative to `root`, sorted.
pub fn rust_files(root: &std::path::Path, dir: &str) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = walkdir::WalkDir::new(root.join(dir))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "rs"))
        .map(|e| {
            let path = e.path().strip_prefix(root).unwrap();
            let text = std::fs::read_to_string(e.path()).unwrap();
            (path.to_string_lossy().replace('\\', "/"), text)
        })
        .collect();
    files.sort();
    files
}
