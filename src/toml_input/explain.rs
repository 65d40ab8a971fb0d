//! serde's and toml's messages read back and said as a drafter can act on them: the key meant,
//! the keys or words allowed, how to write the value.

use super::value_words::{expected_words, found_words};
use crate::diagnostics::Diagnostic;
use crate::diagnostics::source::SourceFile;
use std::ops::Range;

/// What toml says of a number, list or date where a word of a list (an enum) is wanted.
pub(super) const WRONG_FOR_A_WORD: &str = "wanted string or table";

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

/// The diagnostic for serde's `message` about the value at `span`; `words`, the words allowed
/// there when a word of a list was wanted.
pub(super) fn explained(
    file: &SourceFile,
    message: &str,
    span: Range<usize>,
    words: Option<String>,
) -> Diagnostic {
    let written = file.text.get(span.clone()).unwrap_or("");
    let (message, hint) = explain(message, written, words);
    let diagnostic = Diagnostic::error(message).at(file, span);
    match hint {
        Some(hint) => diagnostic.hint(hint),
        None => diagnostic,
    }
}

/// The message and hint for serde's `message` about `written` (the value as the file has it).
pub(super) fn explain(
    message: &str,
    written: &str,
    words: Option<String>,
) -> (String, Option<String>) {
    let message = message.trim_end();
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let (key, expected) = split_expected(rest);
        let valid: Vec<&str> = expected.split(", ").collect();
        let confused = CONFUSED_KEYS
            .iter()
            .find(|(wrong, right, _)| key.trim_matches('`') == *wrong && valid.contains(right));
        let hint = match confused {
            Some((_, right, why)) => {
                format!("{why}: write {right} = …; valid keys here: {expected}")
            }
            None if expected.is_empty() => "this table takes no keys".to_owned(),
            None => format!("valid keys here: {expected}"),
        };
        return (format!("unknown key {key}"), Some(hint));
    }
    if let Some(key) = missing_key(message) {
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
    if message == WRONG_FOR_A_WORD {
        let found = found_words(written, "");
        return match words {
            Some(words) => (
                format!(
                    "this value must be one of the words {words}, in double quotes, not {found}"
                ),
                Some(format!(
                    "write one of them in double quotes, e.g. \"{}\"",
                    words.split(", ").next().unwrap_or("")
                )),
            ),
            None => (
                format!("this value must be a word in double quotes, not {found}"),
                Some("write the word in double quotes, e.g. \"dang-bo\"".into()),
            ),
        };
    }
    let wrong = message
        .strip_prefix("invalid type: ")
        .map(|rest| (rest, false))
        .or_else(|| {
            message
                .strip_prefix("invalid value: ")
                .map(|rest| (rest, true))
        });
    if let Some((rest, out_of_range)) = wrong {
        let (serde_found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let (expected_words, hint) = expected_words(expected, written);
        let found = found_words(written, serde_found);
        let message = match out_of_range {
            true => format!("{found} cannot be used here: this value must be {expected_words}"),
            false => format!("this value must be {expected_words}, not {found}"),
        };
        return (message, Some(hint));
    }
    if let Some(rest) = message.strip_prefix("invalid length ") {
        return (
            format!("wrong number of items: {rest}"),
            Some("check the number of items in this array".into()),
        );
    }
    (message.to_owned(), None)
}

/// Keys of one table written in another: (written, meant, why).
const CONFUSED_KEYS: &[(&str, &str, &str)] = &[
    (
        "qualifier",
        "comparator",
        "a target's bound (\"từ … trở lên\") is its comparator; qualifier is a result's",
    ),
    (
        "comparator",
        "qualifier",
        "a result's bound (\"trên 98%\") is its qualifier; comparator is a target's",
    ),
    (
        "unit",
        "change_unit",
        "a change says its unit with change_unit (\"pp\", \"percent\", \"count\")",
    ),
    (
        "date",
        "as_of",
        "the day a figure stands at is as_of = 2022-09-29",
    ),
    (
        "year",
        "by",
        "a target's deadline year (\"đến năm 2025\") is by",
    ),
];
/// `"`x`, expected one of `a`, `b`"` → (`x`, "a, b").
pub(super) fn split_expected(rest: &str) -> (&str, String) {
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
        let (message, hint) = explain(
            "unknown field `comparater`, expected one of `term`, `by`, `comparator`",
            "comparater",
            None,
        );
        assert_eq!(message, "unknown key `comparater`");
        assert_eq!(hint.unwrap(), "valid keys here: term, by, comparator");
        let (_, hint) = explain(
            "unknown field `qualifier`, expected one of `term`, `by`, `comparator`",
            "qualifier",
            None,
        );
        assert!(hint.unwrap().starts_with("a target's bound (\"từ … trở lên\") is its comparator; qualifier is a result's: write comparator = …"));
    }

    #[test]
    fn unknown_variant_lists_values() {
        let (message, hint) = explain(
            "unknown variant `pct`, expected `%` or `count`",
            "\"pct\"",
            None,
        );
        assert_eq!(message, "unknown value \"pct\"");
        assert_eq!(hint.unwrap(), "use one of: %, count");
    }
}
