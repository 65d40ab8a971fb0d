//! TOML with spans: parse recoverably, deserialize table by table, and turn every serde/TOML
//! error into a located diagnostic with a hint (valid keys, expected type, allowed values).

mod explain;

use crate::diagnostics::Diagnostic;
use crate::diagnostics::source::SourceFile;
use explain::{explained, split_expected};
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
        .hint(crate::diagnostics::source::FORBIDDEN_HINT),
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

/// Deserializes one spanned TOML value (usually a table) into `T`, with every wrong key of it
/// reported, not only the first: after each mistake the key it is about is left out and the
/// rest read again (serde stops at the first). The errors come in the file's order.
pub fn deserialize<'a, T: Deserialize<'a>>(
    file: &SourceFile,
    mut value: Spanned<DeValue<'a>>,
) -> Result<T, Vec<Diagnostic>> {
    let fallback = value.span();
    let mut errors: Vec<(usize, Diagnostic)> = Vec::new();
    // Keys left out after a mistake of their own: that they are missing is no news.
    let mut left_out: Vec<String> = Vec::new();
    let err = loop {
        let err = match T::deserialize(ValueDeserializer::from(value.clone())) {
            Ok(read) if errors.is_empty() => return Ok(read),
            Ok(_) => break None,
            Err(err) => err,
        };
        if missing_key(err.message()).is_some_and(|key| left_out.iter().any(|k| k == key)) {
            break None;
        }
        let Some(at) = err.span() else {
            break Some(err);
        };
        let variants = (err.message() == WRONG_FOR_A_WORD).then(|| words_of::<T>(&value, &at));
        let diagnostic = explained(file, err.message(), at.clone(), variants.flatten());
        errors.push((at.start, diagnostic));
        // A missing key is found after every key was read: nothing is left to find.
        if missing_key(err.message()).is_some() || at == value.span() {
            break None;
        }
        match leave_out(&mut value, &at) {
            Some(key) => left_out.push(key),
            None => break None,
        }
    };
    if let Some(err) = err {
        errors.push((fallback.start, toml_error(file, &err, fallback)));
    }
    errors.sort_by_key(|(at, _)| *at);
    Err(errors.into_iter().map(|(_, d)| d).collect())
}

/// Deserializes a whole parsed document into `T`, every wrong key reported (see [`deserialize`]).
pub fn deserialize_document<'a, T: Deserialize<'a>>(
    file: &SourceFile,
    table: Spanned<DeTable<'a>>,
) -> Result<T, Vec<Diagnostic>> {
    let span = table.span();
    let value = Spanned::new(span, DeValue::Table(table.into_inner()));
    deserialize(file, value)
}

/// What toml says of a number, list or date where a word of a list (an enum) is wanted.
pub(super) const WRONG_FOR_A_WORD: &str = "wanted string or table";

/// Takes out of `value` the key whose value holds `at` (in the deepest table holding it); its
/// name, or `None` when `at` is no key's (a missing key is reported at the table).
fn leave_out(value: &mut Spanned<DeValue>, at: &Range<usize>) -> Option<String> {
    let DeValue::Table(table) = value.get_mut() else {
        return None;
    };
    let name = table
        .iter()
        .find(|(key, value)| within(&key.span(), at) || holds(value, at))
        .map(|(key, _)| key.get_ref().to_string())?;
    let inner = table.get_mut(name.as_str())?;
    if matches!(inner.get_ref(), DeValue::Table(_))
        && inner.span() != *at
        && let Some(deeper) = leave_out(inner, at)
    {
        return Some(deeper);
    }
    table.remove(name.as_str());
    Some(name)
}

/// Whether `at` lies in `value` or, for a table (whose own span may be its header only), in one
/// of its keys or values.
fn holds(value: &Spanned<DeValue>, at: &Range<usize>) -> bool {
    within(&value.span(), at)
        || match value.get_ref() {
            DeValue::Table(table) => table
                .iter()
                .any(|(key, value)| within(&key.span(), at) || holds(value, at)),
            _ => false,
        }
}

fn within(span: &Range<usize>, at: &Range<usize>) -> bool {
    span.start <= at.start && (at.start < span.end || span == at)
}

/// The words allowed where a word of a list was wanted and something else written: learnt by
/// reading the value again with an impossible word in its place, which serde answers with the
/// list ("unknown variant `…`, expected `dang-bo` or `chi-bo`").
fn words_of<'a, T: Deserialize<'a>>(
    value: &Spanned<DeValue<'a>>,
    at: &Range<usize>,
) -> Option<String> {
    let mut probe = value.clone();
    let slot = value_at(&mut probe, at)?;
    *slot.get_mut() = DeValue::String("\u{E000}".into());
    let err = T::deserialize(ValueDeserializer::from(probe)).err()?;
    let rest = err.message().strip_prefix("unknown variant ")?;
    Some(split_expected(rest).1)
}

/// The value whose span is `at`, inside `value`.
fn value_at<'v, 'a>(
    value: &'v mut Spanned<DeValue<'a>>,
    at: &Range<usize>,
) -> Option<&'v mut Spanned<DeValue<'a>>> {
    if value.span() == *at {
        return Some(value);
    }
    match value.get_mut() {
        DeValue::Table(table) => table.iter_mut().find_map(|(_, v)| value_at(v, at)),
        DeValue::Array(items) => items.iter_mut().find_map(|v| value_at(v, at)),
        _ => None,
    }
}

/// `missing field `unit`` → `unit`.
pub(super) fn missing_key(message: &str) -> Option<&str> {
    Some(
        message
            .strip_prefix("missing field ")?
            .trim()
            .trim_matches('`'),
    )
}

/// Turns a serde message into a diagnostic a drafter can act on.
pub fn toml_error(file: &SourceFile, err: &toml::de::Error, fallback: Range<usize>) -> Diagnostic {
    explained(file, err.message(), err.span().unwrap_or(fallback), None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Sample {
        name: String,
        count: u32,
        kind: Kind,
        #[serde(default)]
        inner: Option<Inner>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "kebab-case")]
    enum Kind {
        DangBo,
        ChiBo,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Inner {
        date: Option<toml::value::Datetime>,
        share: Option<f64>,
    }

    #[test]
    fn every_wrong_key_of_a_table_is_reported_in_the_files_order() {
        let text = "name = 5\ncount = \"12\"\nkind = 3\nnamee = \"x\"\n[inner]\ndate = \"2020-01-01\"\nshare = \"4,4\"\n";
        let file = SourceFile::from_text("a.toml", text);
        let table = parse_table(&file, text, &mut Vec::new()).unwrap();
        let errors = deserialize_document::<Sample>(&file, table).unwrap_err();
        let got: Vec<(usize, String)> = errors
            .iter()
            .map(|d| (d.location.as_ref().unwrap().line, d.message.clone()))
            .collect();
        assert_eq!(
            got,
            [
                (1, "this value must be text in double quotes, not the whole number 5".to_owned()),
                (2, "this value must be a whole number (0 or more), without quotes, not text in quotes".to_owned()),
                (3, "this value must be one of the words dang-bo, chi-bo, in double quotes, not the whole number 3".to_owned()),
                (4, "unknown key `namee`".to_owned()),
                (6, "this value must be a date without quotes, not text in quotes".to_owned()),
                (7, "this value must be a number (with a decimal point: 4.4), without quotes, not text in quotes".to_owned()),
            ]
        );
        let text = "count = 1\n";
        let file = SourceFile::from_text("b.toml", text);
        let table = parse_table(&file, text, &mut Vec::new()).unwrap();
        let errors = deserialize_document::<Sample>(&file, table).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0].message.starts_with("missing required key"),
            "{}",
            errors[0].message
        );
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
