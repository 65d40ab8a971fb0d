//! TOML with spans: parse recoverably, deserialize table by table, and turn every serde/TOML
//! error into a located diagnostic with a hint (valid keys, expected type, allowed values).

use crate::diagnostics::Diagnostic;
use crate::source::SourceFile;
use serde::Deserialize;
use std::ops::Range;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

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

/// Refuses the characters no page can carry (`vi::forbidden`) that strings and keys write with
/// escapes ("A\u0001B": the file's own text is checked as it is read), and blanks them in the
/// strings, so that `check` and `serve` go on rendering well-formed pages.
fn blank_forbidden_in_table(
    file: &SourceFile,
    table: &mut DeTable,
    diagnostics: &mut Vec<Diagnostic>,
) {
    for (key, value) in table.iter_mut() {
        refuse_forbidden(file, key.get_ref(), key.span(), diagnostics);
        let span = value.span();
        blank_forbidden_in_value(file, value.get_mut(), span, diagnostics);
    }
}

fn blank_forbidden_in_value(
    file: &SourceFile,
    value: &mut DeValue,
    span: Range<usize>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    match value {
        DeValue::String(text) => {
            let refused = refuse_forbidden(file, text, span, diagnostics);
            if refused {
                *text = crate::vi::blank_forbidden(text).into();
            }
        }
        DeValue::Array(items) => {
            for item in items.iter_mut() {
                let span = item.span();
                blank_forbidden_in_value(file, item.get_mut(), span, diagnostics);
            }
        }
        DeValue::Table(table) => blank_forbidden_in_table(file, table, diagnostics),
        _ => {}
    }
}

/// Whether `text` (at `span`) holds a forbidden character; each such text is an error.
fn refuse_forbidden(
    file: &SourceFile,
    text: &str,
    span: Range<usize>,
    diagnostics: &mut Vec<Diagnostic>,
) -> bool {
    let Some(found) = crate::vi::find_forbidden(text) else {
        return false;
    };
    diagnostics.push(
        Diagnostic::error(format!(
            "this text writes an invisible control character ({}) that no web page or feed can carry",
            found.code()
        ))
        .at(file, span)
        .hint(crate::source::FORBIDDEN_HINT),
    );
    true
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

/// Deserializes one spanned TOML value (usually a table) into `T`.
pub fn deserialize<'a, T: Deserialize<'a>>(
    file: &SourceFile,
    value: Spanned<DeValue<'a>>,
) -> Result<T, Diagnostic> {
    let fallback = value.span();
    T::deserialize(ValueDeserializer::from(value)).map_err(|err| toml_error(file, &err, fallback))
}

/// Deserializes a whole parsed document into `T`.
pub fn deserialize_document<'a, T: Deserialize<'a>>(
    file: &SourceFile,
    table: Spanned<DeTable<'a>>,
) -> Result<T, Diagnostic> {
    let span = table.span();
    let value = Spanned::new(span, DeValue::Table(table.into_inner()));
    deserialize(file, value)
}

/// Turns a serde message into a diagnostic a drafter can act on.
pub fn toml_error(file: &SourceFile, err: &toml::de::Error, fallback: Range<usize>) -> Diagnostic {
    let span = err.span().unwrap_or(fallback);
    let (message, hint) = explain(err.message());
    let diagnostic = Diagnostic::error(message).at(file, span);
    match hint {
        Some(hint) => diagnostic.hint(hint),
        None => diagnostic,
    }
}

fn explain(message: &str) -> (String, Option<String>) {
    let message = message.trim_end();
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let (key, expected) = split_expected(rest);
        let hint = if expected.is_empty() {
            "this table takes no keys".to_owned()
        } else {
            format!("valid keys here: {expected}")
        };
        return (format!("unknown key {key}"), Some(hint));
    }
    if let Some(rest) = message.strip_prefix("missing field ") {
        let key = rest.trim_matches('`');
        return (
            format!("missing required key `{key}`"),
            Some(format!("add `{key} = …` to this table")),
        );
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let (value, expected) = split_expected(rest);
        return (
            format!("unknown value {}", value.replace('`', "\"")),
            Some(format!("use one of: {expected}")),
        );
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (found, expected) = rest
            .split_once(", expected ")
            .unwrap_or((rest, "another type"));
        return (
            format!("wrong type: found {found}, expected {expected}"),
            Some(type_hint(expected)),
        );
    }
    if let Some(rest) = message.strip_prefix("invalid length ") {
        return (
            format!("wrong number of items: {rest}"),
            Some("check the number of items in this array".into()),
        );
    }
    (message.to_owned(), None)
}

fn type_hint(expected: &str) -> String {
    if expected.contains("string") {
        "put the text in double quotes: key = \"…\"".into()
    } else if expected.contains("date") || expected.contains("datetime") {
        "write a date without quotes, as YYYY-MM-DD: date = 2020-05-12".into()
    } else if expected.contains("f64")
        || expected.contains("number")
        || expected.contains("integer")
    {
        "write the number without quotes and with a decimal point, not a comma: value = 58.6".into()
    } else if expected.contains("sequence") || expected.contains("array") {
        "write a list in brackets: key = [\"a\", \"b\"]".into()
    } else if expected.contains("bool") {
        "write true or false without quotes".into()
    } else {
        format!("this key expects {expected}")
    }
}

/// `"`x`, expected one of `a`, `b`"` → (`x`, "a, b").
fn split_expected(rest: &str) -> (&str, String) {
    let (subject, expected) = match rest.split_once(", expected ") {
        Some((subject, expected)) => (subject, expected),
        None => match rest.split_once(", there are no ") {
            Some((subject, _)) => (subject, ""),
            None => (rest, ""),
        },
    };
    let expected = expected
        .trim_start_matches("one of ")
        .replace(" or ", ", ")
        .replace('`', "");
    (subject, expected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_field_lists_valid_keys() {
        let (message, hint) =
            explain("unknown field `comparater`, expected one of `term`, `by`, `comparator`");
        assert_eq!(message, "unknown key `comparater`");
        assert_eq!(hint.unwrap(), "valid keys here: term, by, comparator");
    }

    #[test]
    fn unknown_variant_lists_values() {
        let (message, hint) = explain("unknown variant `pct`, expected `%` or `count`");
        assert_eq!(message, "unknown value \"pct\"");
        assert_eq!(hint.unwrap(), "use one of: %, count");
    }

    #[test]
    fn wrong_type_says_how_to_write_it() {
        let (message, hint) = explain("invalid type: integer `5`, expected a string");
        assert_eq!(message, "wrong type: found integer `5`, expected a string");
        assert!(hint.unwrap().contains("double quotes"));
    }

    #[test]
    fn a_decimal_comma_is_recognised() {
        let text = "value = 58,6\nother = 1,2,3";
        assert_eq!(decimal_comma(text, 10), Some("58,6"));
        assert_eq!(decimal_comma(text, 9), None);
        assert_eq!(decimal_comma("list = [1, 2]", 9), None);
        assert_eq!(decimal_comma("x = 5,", 5), None);
    }
}
