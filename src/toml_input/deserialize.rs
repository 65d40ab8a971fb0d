//! Reading a spanned table into Rust types with every wrong key reported, not only the first
//! that serde stops at.

use super::explain::{WRONG_FOR_A_WORD, explained, missing_key, split_expected, toml_error};
use crate::diagnostics::Diagnostic;
use crate::diagnostics::source::SourceFile;
use serde::Deserialize;
use std::ops::Range;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::toml_input::parse::parse_table;

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
            .map(|d| (d.location.as_ref().unwrap().line, d.message.en()))
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
            errors[0].message.en().starts_with("missing required key"),
            "{:?}",
            errors[0].message
        );
    }
}
