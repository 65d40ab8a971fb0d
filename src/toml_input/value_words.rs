//! What a value is and what was wanted, in a drafter's words rather than serde's (`u32`,
//! `a TOML datetime`), with the written value mended in the hint where it can be.

use crate::messages::Message;
use crate::msg;

/// What a drafter wrote, in words: from the file's text where there is one.
pub(super) fn found_words(written: &str, serde_found: &str) -> Message {
    let written = written.trim();
    let is_date = |t: &str| {
        let b = t.as_bytes();
        b.len() >= 10
            && b[..4].iter().all(u8::is_ascii_digit)
            && b[4] == b'-'
            && b[5..7].iter().all(u8::is_ascii_digit)
            && b[7] == b'-'
    };
    let number = written.replace('_', "");
    if written.starts_with(['"', '\'']) {
        msg!("toml-found-text")
    } else if written.starts_with('[') {
        msg!("toml-found-list")
    } else if written.starts_with('{') {
        msg!("toml-found-group")
    } else if written == "true" || written == "false" {
        msg!("toml-found-true-false", value = written)
    } else if is_date(written) {
        msg!("toml-found-date")
    } else if number.parse::<i64>().is_ok() {
        msg!("toml-found-whole-number", value = written)
    } else if number.parse::<f64>().is_ok() {
        msg!("toml-found-number", value = written)
    } else if serde_found.starts_with("map") {
        msg!("toml-found-group")
    } else if serde_found.starts_with("sequence") {
        msg!("toml-found-list")
    } else {
        msg!("toml-found-other")
    }
}

/// How a drafter says what serde `expected` ("u32", "a string", "a TOML datetime"), and how to
/// write it; `written` is what the file has, mended in the hint where it can be.
pub(super) fn expected_words(expected: &str, written: &str) -> (Message, Option<Message>) {
    let quoted = written.trim().starts_with(['"', '\'']);
    let unquoted = written.trim().trim_matches(['"', '\'']).trim();
    let as_number = unquoted.replace(',', ".");
    let whole = matches!(
        expected,
        "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" | "isize"
    );
    if whole {
        let words = match expected.starts_with('u') {
            true => msg!("toml-wanted-whole-number-positive"),
            false => msg!("toml-wanted-whole-number"),
        };
        let hint = match unquoted.parse::<i64>() {
            Ok(n) if quoted => msg!("toml-hint-unquote", value = n.to_string()),
            _ => msg!("toml-hint-whole-number"),
        };
        (words, Some(hint))
    } else if matches!(expected, "f32" | "f64") {
        let hint = match as_number.parse::<f64>() {
            Ok(_) if quoted => msg!(
                "toml-hint-number-unquote",
                number = as_number.as_str(),
                written = unquoted
            ),
            _ => msg!("toml-hint-number"),
        };
        (msg!("toml-wanted-number"), Some(hint))
    } else if expected.contains("string") {
        let hint = match written.trim() {
            w if !w.is_empty() && !w.starts_with(['[', '{']) && !w.contains('"') => {
                msg!("toml-hint-quote", value = w)
            }
            _ => msg!("toml-hint-text"),
        };
        (msg!("toml-wanted-text"), Some(hint))
    } else if expected.contains("datetime") || expected.contains("date") {
        (msg!("toml-wanted-date"), Some(date_hint(unquoted)))
    } else if expected.contains("sequence") || expected.contains("array") {
        (msg!("toml-wanted-list"), Some(msg!("toml-hint-list")))
    } else if expected.contains("bool") {
        (
            msg!("toml-wanted-true-false"),
            Some(msg!("toml-hint-true-false")),
        )
    } else if expected.starts_with("struct") || expected.contains("map") {
        let hint = msg!("toml-hint-group", example = "{ … = … }");
        (msg!("toml-wanted-group"), Some(hint))
    } else if expected.contains("rating level") {
        // nhiemky's own words for a figure (load/data_file/amount.rs, `RawValue`).
        (msg!("toml-wanted-figure"), Some(msg!("toml-hint-figure")))
    } else {
        (msg!("toml-wanted-other", what = expected), None)
    }
}

/// How to write a date, from what was written (`"01/06/2020"` → 2020-06-01) where it can.
pub(super) fn date_hint(written: &str) -> Message {
    match day_month_year(written) {
        Some(date) => msg!("toml-hint-date-from", date = date),
        None => msg!("toml-hint-date"),
    }
}

/// `01/06/2020` (or `1-6-2020`, `01.06.2020`), the way dates are written in Vietnam, as TOML
/// writes it: `2020-06-01`.
pub(super) fn day_month_year(text: &str) -> Option<String> {
    let parts: Vec<&str> = text.split(['/', '-', '.']).collect();
    let [day, month, year] = parts[..] else {
        return None;
    };
    let (day, month, year): (i8, i8, i16) =
        (day.parse().ok()?, month.parse().ok()?, year.parse().ok()?);
    let date = jiff::civil::Date::new(year, month, day).ok()?;
    (year >= 1000).then(|| date.to_string())
}

#[cfg(test)]
mod tests {
    use crate::toml_input::explain::{WRONG_FOR_A_WORD, explain};

    /// Words of Rust, TOML and serde that a drafter does not know.
    const PROGRAMMER_WORDS: [&str; 12] = [
        "u32", "f64", "i64", "datetime", "sequence", "struct", "map", "string", "integer", "float",
        "boolean", "table",
    ];

    fn assert_no_programmer_word(said: &str) {
        let lower = said.to_lowercase();
        for word in PROGRAMMER_WORDS {
            assert!(!lower.contains(word), "`{word}` in: {said}");
        }
    }

    #[test]
    fn wrong_types_are_said_in_words_a_drafter_knows() {
        // serde's message, the value as written, then the message and a part of the hint in
        // English and in Vietnamese.
        let cases = [
            (
                "invalid type: integer `5`, expected a string",
                "5",
                "this value must be text in double quotes, not the whole number 5",
                "double quotes: \"5\"",
                "giá trị này là số nguyên 5, nhưng ở đây cần chữ trong dấu ngoặc kép",
                "đặt trong dấu ngoặc kép: \"5\"",
            ),
            (
                "invalid type: string \"1250\", expected u32",
                "\"1250\"",
                "this value must be a whole number (0 or more), without quotes, not text in quotes",
                "write it without quotes: 1250",
                "giá trị này là chữ trong dấu ngoặc kép, nhưng ở đây cần một số nguyên (từ 0 trở lên), không có dấu ngoặc kép",
                "viết không có dấu ngoặc kép: 1250",
            ),
            (
                "invalid type: string \"4,4\", expected f64",
                "\"4,4\"",
                "this value must be a number (with a decimal point: 4.4), without quotes, not text in quotes",
                "write it without quotes, with a decimal point: 4.4 (the site shows 4,4)",
                "giá trị này là chữ trong dấu ngoặc kép, nhưng ở đây cần một số (dấu chấm thập phân: 4.4), không có dấu ngoặc kép",
                "viết không có dấu ngoặc kép, dùng dấu chấm thập phân: 4.4 (trang web sẽ hiện 4,4)",
            ),
            (
                "invalid type: map, expected a string",
                "2020-05-12",
                "this value must be text in double quotes, not a date",
                "double quotes",
                "giá trị này là một ngày, nhưng ở đây cần chữ trong dấu ngoặc kép",
                "dấu ngoặc kép",
            ),
            (
                "invalid type: string \"2020-05-12\", expected a TOML datetime",
                "\"2020-05-12\"",
                "this value must be a date without quotes, not text in quotes",
                "2020-05-12",
                "giá trị này là chữ trong dấu ngoặc kép, nhưng ở đây cần một ngày, không có dấu ngoặc kép: 2020-05-12",
                "2020-05-12",
            ),
            (
                "invalid type: string \"01/06/2020\", expected a TOML datetime",
                "\"01/06/2020\"",
                "this value must be a date without quotes, not text in quotes",
                "write it without quotes, as year-month-day: 2020-06-01",
                "giá trị này là chữ trong dấu ngoặc kép, nhưng ở đây cần một ngày, không có dấu ngoặc kép: 2020-05-12",
                "viết không có dấu ngoặc kép, theo thứ tự năm-tháng-ngày: 2020-06-01",
            ),
            (
                "invalid type: integer `12`, expected a string",
                "12",
                "this value must be text in double quotes, not the whole number 12",
                "put it in double quotes: \"12\"",
                "giá trị này là số nguyên 12, nhưng ở đây cần chữ trong dấu ngoặc kép",
                "\"12\"",
            ),
            (
                "invalid value: integer `-1`, expected u32",
                "-1",
                "the whole number -1 cannot be used here: this value must be a whole number (0 or more), without quotes",
                "2020",
                "không dùng được số nguyên -1 ở đây: cần một số nguyên (từ 0 trở lên), không có dấu ngoặc kép",
                "2020",
            ),
            (
                "invalid type: floating point `4.5`, expected i64",
                "4.5",
                "this value must be a whole number, without quotes, not the number 4.5",
                "without quotes or a decimal part",
                "giá trị này là số 4.5, nhưng ở đây cần một số nguyên, không có dấu ngoặc kép",
                "không có phần thập phân",
            ),
            (
                "invalid type: string \"x\", expected a sequence",
                "\"x\"",
                "this value must be a list in square brackets, not text in quotes",
                "[\"a\", \"b\"]",
                "giá trị này là chữ trong dấu ngoặc kép, nhưng ở đây cần một danh sách trong dấu ngoặc vuông [ ]",
                "[\"a\", \"b\"]",
            ),
            (
                "invalid type: string \"có\", expected a boolean",
                "\"có\"",
                "this value must be true or false, without quotes, not text in quotes",
                "true or false",
                "giá trị này là chữ trong dấu ngoặc kép, nhưng ở đây cần true hoặc false, không có dấu ngoặc kép",
                "true hoặc false",
            ),
            (
                "invalid type: boolean `true`, expected f64",
                "true",
                "this value must be a number (with a decimal point: 4.4), without quotes, not true (a yes-or-no value)",
                "58.6",
                "giá trị này là true (giá trị đúng/sai), nhưng ở đây cần một số (dấu chấm thập phân: 4.4), không có dấu ngoặc kép",
                "58.6",
            ),
            (
                "invalid type: integer `5`, expected struct CongressInput",
                "5",
                "this value must be a group of keys, not the whole number 5",
                "[name]",
                "giá trị này là số nguyên 5, nhưng ở đây cần một nhóm trường",
                "[tên]",
            ),
            (
                "invalid type: integer `5`, expected a map",
                "5",
                "this value must be a group of keys, not the whole number 5",
                "{ … = … }",
                "giá trị này là số nguyên 5, nhưng ở đây cần một nhóm trường",
                "{ … = … }",
            ),
            (
                "invalid type: sequence, expected a number, true/false, or a rating level in quotes",
                "[1]",
                "this value must be a number, true/false, or a rating level in quotes, not a list",
                "write a number (58.6)",
                "giá trị này là một danh sách, nhưng ở đây cần một số, true hoặc false, hoặc một mức xếp loại trong dấu ngoặc kép",
                "viết một số (58.6)",
            ),
            (
                "invalid type: map, expected a sequence",
                "{ a = 1 }",
                "this value must be a list in square brackets, not a group of keys in braces",
                "square brackets",
                "giá trị này là một nhóm trường trong dấu ngoặc nhọn, nhưng ở đây cần một danh sách trong dấu ngoặc vuông [ ]",
                "dấu ngoặc vuông",
            ),
        ];
        for (serde, written, en, en_hint, vi, vi_hint) in cases {
            let (message, hint) = explain(serde, written, None);
            let hint = hint.unwrap();
            assert_eq!(message.en(), en, "{serde}");
            assert!(hint.en().contains(en_hint), "{serde}: {}", hint.en());
            assert_eq!(message.vi(), vi, "{serde}");
            assert!(hint.vi().contains(vi_hint), "{serde}: {}", hint.vi());
            for said in [message.en(), hint.en(), message.vi(), hint.vi()] {
                assert_no_programmer_word(&said);
            }
        }
    }

    #[test]
    fn a_word_of_a_list_is_asked_for_in_quotes() {
        let (message, hint) = explain(WRONG_FOR_A_WORD, "5", Some("dang-bo, chi-bo".into()));
        let hint = hint.unwrap();
        assert_eq!(
            message.en(),
            "this value must be one of the words dang-bo, chi-bo, in double quotes, not the whole number 5"
        );
        assert_eq!(
            message.vi(),
            "giá trị này là số nguyên 5, nhưng ở đây cần một trong các từ dang-bo, chi-bo, trong dấu ngoặc kép"
        );
        assert_eq!(
            hint.en(),
            "write one of them in double quotes, e.g. \"dang-bo\""
        );
        assert_eq!(
            hint.vi(),
            "viết một trong các từ đó trong dấu ngoặc kép, ví dụ: \"dang-bo\""
        );
        let (message, hint) = explain(WRONG_FOR_A_WORD, "[1]", None);
        for said in [message.en(), message.vi(), hint.unwrap().vi()] {
            assert_no_programmer_word(&said);
        }
    }

    #[test]
    fn no_programmer_word_in_any_wording_of_values() {
        let serde_expected = [
            "u8",
            "u32",
            "i32",
            "i64",
            "f64",
            "a string",
            "a TOML datetime",
            "a sequence",
            "a boolean",
            "a map",
            "struct Inner",
            "a character",
        ];
        let written = [
            "5",
            "4.5",
            "\"x\"",
            "[1]",
            "{ a = 1 }",
            "true",
            "2020-05-12",
            "x",
        ];
        for expected in serde_expected {
            for value in written {
                let serde = format!("invalid type: integer `5`, expected {expected}");
                let (message, hint) = explain(&serde, value, None);
                let mut said = vec![message.en(), message.vi()];
                said.extend(hint.iter().flat_map(|h| [h.en(), h.vi()]));
                // serde's own words are shown only for what nhiemky has no words for.
                if expected == "a character" {
                    continue;
                }
                for text in said {
                    assert_no_programmer_word(&text);
                }
            }
        }
    }
}
