//! serde's and toml's messages read back and said as a drafter can act on them: the key meant,
//! the keys or words allowed, how to write the value.

use super::value_words::{expected_words, found_words};
use crate::diagnostics::Diagnostic;
use crate::diagnostics::source::SourceFile;
use crate::messages::Message;
use crate::msg;
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
) -> (Message, Option<Message>) {
    let message = message.trim_end();
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let (key, expected) = split_expected(rest);
        let key = key.trim_matches('`');
        let valid: Vec<&str> = expected.split(", ").collect();
        let hint = match confused(key, &valid) {
            Some((right, why)) => msg!(
                "toml-confused-key",
                why = why,
                right = right,
                keys = expected.as_str()
            ),
            None if expected.is_empty() => msg!("toml-no-keys"),
            None => msg!("toml-valid-keys", keys = expected),
        };
        return (msg!("toml-unknown-key", key = key), Some(hint));
    }
    if let Some(key) = missing_key(message) {
        return (
            msg!("toml-missing-key", key = key),
            Some(msg!("toml-missing-key-hint", key = key)),
        );
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let (value, expected) = split_expected(rest);
        return (
            msg!("toml-unknown-value", value = value.trim_matches('`')),
            Some(msg!("toml-unknown-value-hint", values = expected)),
        );
    }
    if message == WRONG_FOR_A_WORD {
        let found = found_words(written, "");
        return match words {
            Some(words) => {
                let first = words.split(", ").next().unwrap_or("").to_owned();
                (
                    msg!(
                        "toml-wrong-kind",
                        found = found,
                        wanted = msg!("toml-wanted-word-of", words = words)
                    ),
                    Some(msg!("toml-hint-word-of", word = first)),
                )
            }
            None => (
                msg!(
                    "toml-wrong-kind",
                    found = found,
                    wanted = msg!("toml-wanted-word")
                ),
                Some(msg!("toml-hint-word")),
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
        let (wanted, hint) = expected_words(expected, written);
        let found = found_words(written, serde_found);
        let message = match out_of_range {
            true => msg!("toml-out-of-range", found = found, wanted = wanted),
            false => msg!("toml-wrong-kind", found = found, wanted = wanted),
        };
        return (message, hint);
    }
    if let Some((found, wanted)) = wrong_count(message) {
        return (
            msg!("toml-wrong-count", found = found, wanted = wanted),
            Some(msg!("toml-wrong-count-hint")),
        );
    }
    (msg!("toml-other", detail = message), None)
}

/// `invalid length 1, expected a tuple of size 2` → (1, 2): how many items a list has and needs.
fn wrong_count(message: &str) -> Option<(u64, u64)> {
    let (found, expected) = message
        .strip_prefix("invalid length ")?
        .split_once(", expected ")?;
    let wanted = expected.rsplit(' ').next()?;
    Some((found.trim().parse().ok()?, wanted.parse().ok()?))
}

/// A key of one table written in another: the key meant, if the table has it, and why.
fn confused(written: &str, valid: &[&str]) -> Option<(&'static str, Message)> {
    let (meant, why) = match written {
        "qualifier" => ("comparator", msg!("toml-confused-qualifier")),
        "comparator" => ("qualifier", msg!("toml-confused-comparator")),
        "unit" => ("change_unit", msg!("toml-confused-unit")),
        "date" => ("as_of", msg!("toml-confused-date")),
        "year" => ("by", msg!("toml-confused-year")),
        _ => return None,
    };
    valid.contains(&meant).then_some((meant, why))
}

/// "`x`, expected one of `a`, `b`" → (`x`, "a, b"); "`x`, there are no fields" → (`x`, "").
pub(super) fn split_expected(rest: &str) -> (&str, String) {
    // The subject is in backticks: it ends at the first "`, ".
    let (subject, tail) = match rest.find("`, ") {
        Some(at) => (&rest[..=at], &rest[at + 3..]),
        None => (rest, ""),
    };
    let expected = tail
        .strip_prefix("expected ")
        .unwrap_or("")
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
        assert_eq!(message.en(), "unknown key `comparater`");
        assert_eq!(message.vi(), "không có trường `comparater` ở đây");
        let hint = hint.unwrap();
        assert_eq!(hint.en(), "valid keys here: term, by, comparator");
        assert_eq!(
            hint.vi(),
            "các trường dùng được ở đây: term, by, comparator"
        );
        let (_, hint) = explain(
            "unknown field `qualifier`, expected one of `term`, `by`, `comparator`",
            "qualifier",
            None,
        );
        let hint = hint.unwrap();
        assert!(hint.en().starts_with("a target's bound (\"từ … trở lên\") is its comparator; qualifier is a result's: write comparator = …"), "{}", hint.en());
        assert!(
            hint.vi().starts_with("viết comparator = … ("),
            "{}",
            hint.vi()
        );
        let (_, hint) = explain("unknown field `a`, there are no fields", "a", None);
        assert_eq!(hint.unwrap().en(), "no key may be written here");
    }

    #[test]
    fn a_missing_key_is_asked_for() {
        let (message, hint) = explain("missing field `unit`", "", None);
        assert_eq!(message.en(), "missing required key `unit`");
        assert_eq!(message.vi(), "thiếu trường bắt buộc `unit`");
        assert_eq!(hint.unwrap().vi(), "thêm `unit = …` vào phần này");
    }

    #[test]
    fn unknown_variant_lists_values() {
        let (message, hint) = explain(
            "unknown variant `pct`, expected `%` or `count`",
            "\"pct\"",
            None,
        );
        assert_eq!(message.en(), "unknown value \"pct\"");
        assert_eq!(message.vi(), "không dùng được giá trị \"pct\" ở đây");
        let hint = hint.unwrap();
        assert_eq!(hint.en(), "use one of: %, count");
        assert_eq!(hint.vi(), "viết một trong các giá trị: %, count");
    }

    #[test]
    fn a_list_of_the_wrong_length_says_how_many_items() {
        let (message, hint) = explain(
            "invalid length 1, expected a tuple of size 2",
            "[2011]",
            None,
        );
        assert_eq!(message.en(), "this list has one item; it needs 2");
        assert_eq!(message.vi(), "danh sách này có 1 mục, cần 2 mục");
        assert!(hint.unwrap().en().contains("number of items"));
    }

    #[test]
    fn a_message_no_word_fits_is_kept_as_a_detail() {
        let (message, hint) = explain("something odd", "x", None);
        assert_eq!(message.en(), "something odd");
        assert_eq!(message.vi(), "giá trị này chưa đúng: something odd");
        assert!(hint.is_none());
    }
}
