//! Reading a TOML file's text into a spanned table, so that a drafter's syntax slip is reported
//! where it is, with the fix most likely meant.

use super::forbidden::blank_forbidden_in_table;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::source::SourceFile;
use toml::Spanned;
use toml::de::DeTable;

/// Parses `text` (whose byte offsets are offsets into `file.text`) into a spanned table.
/// Every syntax error is reported; `None` when the table cannot be used.
pub fn parse_table<'a>(
    file: &SourceFile,
    text: &'a str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Spanned<DeTable<'a>>> {
    let (mut table, errors) = DeTable::parse_recoverable(text);
    if errors.is_empty() {
        blank_forbidden_in_table(file, table.get_mut(), diagnostics);
        return Some(table);
    }
    for error in &errors {
        let span = error.span().unwrap_or(0..0);
        let hint = match decimal_comma(text, span.start) {
            Some(number) => format!(
                "TOML numbers take a decimal point: write {} (the site shows it as {number})",
                number.replace(',', ".")
            ),
            None => syntax_hint(error.message()).to_owned(),
        };
        diagnostics.push(
            Diagnostic::error(format!("TOML syntax: {}", error.message().trim_end()))
                .at(file, span)
                .hint(hint),
        );
    }
    None
}

/// The number written with a Vietnamese decimal comma (`58,6`) whose comma is at `at`, the
/// likeliest slip of a drafter.
fn decimal_comma(text: &str, at: usize) -> Option<&str> {
    let digit = |c: char| c.is_ascii_digit();
    if !text.get(at..)?.starts_with(',') || !text[at + 1..].starts_with(digit) {
        return None;
    }
    let start = text[..at].trim_end_matches(digit).len();
    let end = at
        + 1
        + text[at + 1..]
            .find(|c: char| !digit(c))
            .unwrap_or(text.len() - at - 1);
    (start < at).then(|| &text[start..end])
}

fn syntax_hint(message: &str) -> &'static str {
    if message.contains("string") {
        "close the string with the same quote it opened with; text values need quotes: name = \"Tỷ lệ…\""
    } else if message.contains("duplicate key") {
        "each key may appear once per table; remove or rename one of them"
    } else {
        "check the TOML syntax on this line: key = value, strings in quotes, [table] and [[array]] headers"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_decimal_comma_is_recognised() {
        let text = "value = 58,6\nother = 1,2,3";
        assert_eq!(decimal_comma(text, 10), Some("58,6"));
        assert_eq!(decimal_comma(text, 9), None);
        assert_eq!(decimal_comma("list = [1, 2]", 9), None);
        assert_eq!(decimal_comma("x = 5,", 5), None);
    }
}
