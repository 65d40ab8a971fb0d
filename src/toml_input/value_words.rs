//! What a value is and what was wanted, in a drafter's words rather than serde's (`u32`,
//! `a TOML datetime`), with the written value mended in the hint where it can be.

/// What a drafter wrote, in words: from the file's text where there is one.
pub(super) fn found_words(written: &str, serde_found: &str) -> String {
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
        "text in quotes".into()
    } else if written.starts_with('[') {
        "a list".into()
    } else if written.starts_with('{') {
        "a table".into()
    } else if written == "true" || written == "false" {
        format!("{written} (a yes-or-no value)")
    } else if is_date(written) {
        "a date".into()
    } else if number.parse::<i64>().is_ok() {
        format!("the whole number {written}")
    } else if number.parse::<f64>().is_ok() {
        format!("the number {written}")
    } else if serde_found.starts_with("map") {
        "a table".into()
    } else if serde_found.starts_with("sequence") {
        "a list".into()
    } else {
        "another kind of value".into()
    }
}

/// How a drafter says what serde `expected` ("u32", "a string", "a TOML datetime"), and how to
/// write it; `written` is what the file has, mended in the hint where it can be.
pub(super) fn expected_words(expected: &str, written: &str) -> (String, String) {
    let unquoted = written.trim().trim_matches(['"', '\'']).trim();
    let as_number = unquoted.replace(',', ".");
    let whole = matches!(
        expected,
        "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" | "isize"
    );
    if whole {
        let words = match expected.starts_with('u') {
            true => "a whole number (0 or more), without quotes",
            false => "a whole number, without quotes",
        };
        let hint = match unquoted.parse::<i64>() {
            Ok(n) if written.trim().starts_with(['"', '\'']) => {
                format!("write it without quotes: {n}")
            }
            _ => "write the number alone, without quotes or a decimal part, e.g. 2020".into(),
        };
        (words.into(), hint)
    } else if matches!(expected, "f32" | "f64") {
        let hint = match as_number.parse::<f64>() {
            Ok(_) if written.trim().starts_with(['"', '\'']) => format!(
                "write it without quotes, with a decimal point: {as_number} (the site shows {unquoted})"
            ),
            _ => "write the number without quotes and with a decimal point, not a comma, e.g. 58.6"
                .into(),
        };
        (
            "a number (with a decimal point: 4.4), without quotes".into(),
            hint,
        )
    } else if expected.contains("string") {
        let hint = match written.trim() {
            w if !w.is_empty() && !w.starts_with(['[', '{']) && !w.contains('"') => {
                format!("put it in double quotes: \"{w}\"")
            }
            _ => "put the text in double quotes, e.g. \"Đảng bộ xã …\"".into(),
        };
        ("text in double quotes".into(), hint)
    } else if expected.contains("datetime") || expected.contains("date") {
        let hint = match day_month_year(unquoted) {
            Some(date) => format!("write it without quotes, as year-month-day: {date}"),
            None => "write the date without quotes, as year-month-day: 2020-05-12".into(),
        };
        ("a date without quotes".into(), hint)
    } else if expected.contains("sequence") || expected.contains("array") {
        (
            "a list in square brackets".into(),
            "write a list in square brackets, e.g. [\"a\", \"b\"]".into(),
        )
    } else if expected.contains("bool") {
        (
            "true or false, without quotes".into(),
            "write true or false, without quotes".into(),
        )
    } else if expected.starts_with("struct") || expected.contains("map") {
        (
            "a table".into(),
            "write its keys under a [name] line of their own, or as { key = … } on one line".into(),
        )
    } else {
        // nhiemky's own wording of what it expects ("a number, true/false, or a rating level").
        (expected.to_owned(), format!("write {expected}"))
    }
}

/// `01/06/2020` (or `1-6-2020`, `01.06.2020`), the way dates are written in Vietnam, as TOML
/// writes it: `2020-06-01`.
fn day_month_year(text: &str) -> Option<String> {
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

    #[test]
    fn wrong_types_are_said_in_words_a_drafter_knows() {
        let cases = [
            (
                "invalid type: integer `5`, expected a string",
                "5",
                "this value must be text in double quotes, not the whole number 5",
                "double quotes: \"5\"",
            ),
            (
                "invalid type: string \"1250\", expected u32",
                "\"1250\"",
                "this value must be a whole number (0 or more), without quotes, not text in quotes",
                "write it without quotes: 1250",
            ),
            (
                "invalid type: string \"4,4\", expected f64",
                "\"4,4\"",
                "this value must be a number (with a decimal point: 4.4), without quotes, not text in quotes",
                "write it without quotes, with a decimal point: 4.4 (the site shows 4,4)",
            ),
            (
                "invalid type: map, expected a string",
                "2020-05-12",
                "this value must be text in double quotes, not a date",
                "double quotes",
            ),
            (
                "invalid type: string \"2020-05-12\", expected a TOML datetime",
                "\"2020-05-12\"",
                "this value must be a date without quotes, not text in quotes",
                "2020-05-12",
            ),
            (
                "invalid type: string \"01/06/2020\", expected a TOML datetime",
                "\"01/06/2020\"",
                "this value must be a date without quotes, not text in quotes",
                "write it without quotes, as year-month-day: 2020-06-01",
            ),
            (
                "invalid type: integer `12`, expected a string",
                "12",
                "this value must be text in double quotes, not the whole number 12",
                "put it in double quotes: \"12\"",
            ),
            (
                "invalid value: integer `-1`, expected u32",
                "-1",
                "the whole number -1 cannot be used here: this value must be a whole number (0 or more), without quotes",
                "2020",
            ),
            (
                "invalid type: floating point `4.5`, expected i64",
                "4.5",
                "this value must be a whole number, without quotes, not the number 4.5",
                "without quotes or a decimal part",
            ),
            (
                "invalid type: string \"x\", expected a sequence",
                "\"x\"",
                "this value must be a list in square brackets, not text in quotes",
                "[\"a\", \"b\"]",
            ),
            (
                "invalid type: string \"có\", expected a boolean",
                "\"có\"",
                "this value must be true or false, without quotes, not text in quotes",
                "true or false",
            ),
            (
                "invalid type: integer `5`, expected struct CongressInput",
                "5",
                "this value must be a table, not the whole number 5",
                "[name]",
            ),
            (
                "invalid type: sequence, expected a number, true/false, or a rating level in quotes",
                "[1]",
                "this value must be a number, true/false, or a rating level in quotes, not a list",
                "write a number",
            ),
        ];
        for (serde, written, message, hint) in cases {
            let (got, got_hint) = explain(serde, written, None);
            assert_eq!(got, message, "{serde}");
            let got_hint = got_hint.unwrap();
            assert!(got_hint.contains(hint), "{serde}: {got_hint}");
            for rust in ["u32", "f64", "i64", "datetime", "sequence", "struct", "map"] {
                assert!(
                    !got.contains(rust) && !got_hint.contains(rust),
                    "{got} / {got_hint}"
                );
            }
        }
        let (message, hint) = explain(WRONG_FOR_A_WORD, "5", Some("dang-bo, chi-bo".into()));
        assert_eq!(
            message,
            "this value must be one of the words dang-bo, chi-bo, in double quotes, not the whole number 5"
        );
        assert_eq!(
            hint.unwrap(),
            "write one of them in double quotes, e.g. \"dang-bo\""
        );
    }
}
