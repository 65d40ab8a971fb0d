//! A TOML syntax slip said in a drafter's words — an unclosed quote, a missing `=`, a decimal
//! comma, a key written twice, a word without quotes, an unclosed `[` — with toml's own words
//! kept as a detail only when none of them fits.

use super::value_words::{date_hint, day_month_year};
use crate::messages::Message;
use crate::msg;
use std::ops::Range;

/// The slips a drafter makes, as toml's parser describes them (its words, read back here).
#[derive(Clone, Copy)]
enum Slip {
    /// A text not closed by its quote (`"`, `'`, `"""`, `'''`).
    Unclosed(&'static str),
    Escape,
    MissingEquals,
    BadKey,
    Duplicate,
    Unquoted,
    Boolean,
    Heading,
    List,
    ListComma,
    Braces,
    AfterValue,
    Date,
    LeadingZero,
    Number,
}

/// toml's description of each slip (the part of its message before ", expected").
const TOML_SAYS: &[(&str, Slip)] = &[
    ("invalid basic string", Slip::Unclosed("\"")),
    ("invalid literal string", Slip::Unclosed("'")),
    ("invalid multi-line basic string", Slip::Unclosed("\"\"\"")),
    ("invalid multi-line literal string", Slip::Unclosed("'''")),
    ("key with no value", Slip::MissingEquals),
    ("invalid unquoted key", Slip::BadKey),
    ("unquoted keys cannot be empty", Slip::BadKey),
    ("invalid key", Slip::BadKey),
    ("duplicate key", Slip::Duplicate),
    ("string values must be quoted", Slip::Unquoted),
    ("invalid boolean", Slip::Boolean),
    ("unclosed table", Slip::Heading),
    ("unclosed array table", Slip::Heading),
    ("unclosed array", Slip::List),
    ("missing comma between array elements", Slip::ListComma),
    ("unclosed inline table", Slip::Braces),
    ("unexpected key or value", Slip::AfterValue),
    ("invalid date", Slip::Date),
    ("invalid time", Slip::Date),
    ("invalid date-time", Slip::Date),
    ("unexpected leading zero", Slip::LeadingZero),
    ("invalid float", Slip::Number),
    ("invalid fraction", Slip::Number),
    ("invalid exponent", Slip::Number),
    ("invalid mantissa", Slip::Number),
    ("invalid integer number", Slip::Number),
];

/// The slip toml's `message` describes, if it is one a drafter can be told of in words.
fn slip_of(message: &str) -> Option<Slip> {
    let (what, expected) = message.split_once(", expected ").unwrap_or((message, ""));
    if what.contains("escape") || what.contains("unicode") {
        return Some(Slip::Escape);
    }
    let slip = TOML_SAYS.iter().find(|(says, _)| *says == what)?.1;
    match slip {
        // A quote alone is expected only where the text is not closed; anything else is
        // a character a text cannot hold.
        Slip::Unclosed(_) if !(expected.starts_with('`') && expected.ends_with('`')) => None,
        slip => Some(slip),
    }
}

/// The message and hint for toml's syntax error `message` at `span` of `text`.
pub(super) fn syntax_words(text: &str, span: Range<usize>, message: &str) -> (Message, Message) {
    let message = message.trim_end();
    let written = text.get(span.clone()).unwrap_or("").trim();
    let line = line_at(text, span.start);
    if let Some(written) = decimal_comma(text, span.start) {
        return (
            msg!("toml-syntax-decimal-comma", written = written),
            msg!(
                "toml-syntax-decimal-comma-hint",
                number = written.replace(',', "."),
                written = written
            ),
        );
    }
    let Some(slip) = slip_of(message) else {
        return (
            msg!("toml-syntax-other", detail = message),
            msg!("toml-syntax-other-hint"),
        );
    };
    match slip {
        Slip::Unclosed(quote) => (
            msg!("toml-syntax-unclosed-text", quote = quote),
            msg!("toml-syntax-unclosed-text-hint"),
        ),
        Slip::Escape => (
            msg!("toml-syntax-backslash"),
            msg!("toml-syntax-backslash-hint"),
        ),
        Slip::MissingEquals => (
            msg!("toml-syntax-missing-equals"),
            msg!("toml-syntax-missing-equals-hint"),
        ),
        Slip::BadKey => bad_key(),
        Slip::Duplicate if line.starts_with('[') => {
            let heading = heading_of(line);
            (
                msg!("toml-syntax-duplicate-heading", heading = heading),
                msg!("toml-syntax-duplicate-heading-hint", heading = heading),
            )
        }
        Slip::Duplicate => (
            msg!("toml-syntax-duplicate-key", key = written),
            msg!("toml-syntax-duplicate-key-hint"),
        ),
        Slip::Unquoted if written.is_empty() => (
            msg!("toml-syntax-missing-value"),
            msg!("toml-syntax-missing-value-hint"),
        ),
        // `[2011 2019]`: toml reads the numbers as one word without quotes.
        Slip::Unquoted if in_list(text, span.start) && spaced_numbers(written) => list_comma(),
        Slip::Unquoted => unquoted(written),
        Slip::Boolean if matches!(written.to_lowercase().as_str(), "true" | "false") => (
            msg!("toml-syntax-not-true-false", value = written),
            msg!("toml-hint-true-false"),
        ),
        // A word that begins like true or false ("Tốt", "trung-binh").
        Slip::Boolean => unquoted(written),
        Slip::Heading => unclosed_heading(line),
        Slip::List => (
            msg!("toml-syntax-unclosed-list"),
            msg!("toml-syntax-unclosed-list-hint"),
        ),
        Slip::ListComma => list_comma(),
        Slip::Braces => (
            msg!("toml-syntax-unclosed-braces", close = "}"),
            msg!(
                "toml-syntax-unclosed-braces-hint",
                example = "from = { year = 2011 }"
            ),
        ),
        Slip::AfterValue if !line.starts_with('[') => (
            msg!("toml-syntax-after-value"),
            msg!("toml-syntax-after-value-hint"),
        ),
        Slip::AfterValue => (
            msg!("toml-syntax-other", detail = message),
            msg!("toml-syntax-other-hint"),
        ),
        Slip::Date => (
            msg!("toml-syntax-bad-date", value = written),
            date_hint(written),
        ),
        Slip::LeadingZero => {
            let number = number_at(text, span.start);
            let digits = number.trim_start_matches('0');
            let mended = match digits.is_empty() || digits.starts_with('.') {
                true => format!("0{digits}"),
                false => digits.to_owned(),
            };
            (
                msg!("toml-syntax-leading-zero", value = number),
                msg!("hint-write-like", example = mended),
            )
        }
        Slip::Number => (msg!("toml-syntax-bad-number"), msg!("toml-hint-number")),
    }
}

fn list_comma() -> (Message, Message) {
    (
        msg!("toml-syntax-list-comma"),
        msg!("toml-syntax-list-comma-hint"),
    )
}

fn bad_key() -> (Message, Message) {
    (
        msg!("toml-syntax-bad-key"),
        msg!("toml-syntax-bad-key-hint"),
    )
}

/// A word written without quotes: a date the Vietnamese way (12/05/2020) is mended as a date,
/// anything else is put in quotes.
fn unquoted(written: &str) -> (Message, Message) {
    match day_month_year(written) {
        Some(_) => (msg!("toml-syntax-day-month-year"), date_hint(written)),
        None => (
            msg!("toml-syntax-unquoted-text"),
            msg!("toml-hint-quote", value = written),
        ),
    }
}

/// Whether `at` is inside a list, after its `[` or a `,`.
fn in_list(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("").trim_end();
    before.ends_with('[') || before.ends_with(',')
}

/// `2011 2019`: numbers with only spaces between them.
fn spaced_numbers(written: &str) -> bool {
    let mut words = written.split_whitespace();
    let count = words.clone().count();
    count > 1 && words.all(|w| w.replace('_', "").parse::<f64>().is_ok())
}

/// `[indicator` or `[[indicator]` → the heading closed: `[indicator]`, `[[indicator]]`.
fn unclosed_heading(line: &str) -> (Message, Message) {
    let depth = line.len() - line.trim_start_matches('[').len();
    let name = line.trim_matches(['[', ']']).trim();
    let key_char = |c: char| c.is_ascii_alphanumeric() || "-_.".contains(c);
    if name.is_empty() || !name.chars().all(key_char) {
        return bad_key();
    }
    let depth = depth.clamp(1, 2);
    let mended = format!("{}{name}{}", "[".repeat(depth), "]".repeat(depth));
    (
        msg!("toml-syntax-unclosed-heading"),
        msg!("hint-write-like", example = mended),
    )
}

/// The heading of a line `[a.b]  # note` → `[a.b]`.
fn heading_of(line: &str) -> &str {
    let end = line.rfind(']').map_or(line.len(), |at| at + 1);
    line[..end].trim()
}

/// The line holding `at`, without its spaces around.
fn line_at(text: &str, at: usize) -> &str {
    let at = at.min(text.len());
    let at = (0..=at)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    text[start..end].trim()
}

/// The number that begins at `at` (`07`, `007.5`).
fn number_at(text: &str, at: usize) -> &str {
    let rest = text.get(at..).unwrap_or("");
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '_'))
        .unwrap_or(rest.len());
    &rest[..end]
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

#[cfg(test)]
mod tests {
    use super::*;
    use toml::de::DeTable;

    #[test]
    fn a_decimal_comma_is_recognised() {
        let text = "value = 58,6\nother = 1,2,3";
        assert_eq!(decimal_comma(text, 10), Some("58,6"));
        assert_eq!(decimal_comma(text, 9), None);
        assert_eq!(decimal_comma("list = [1, 2]", 9), None);
        assert_eq!(decimal_comma("x = 5,", 5), None);
    }

    /// The first syntax error of `text`, in both languages: (en, en hint, vi, vi hint).
    fn said(text: &str) -> (String, String, String, String) {
        let (_, errors) = DeTable::parse_recoverable(text);
        let error = errors.first().unwrap_or_else(|| panic!("{text}: no error"));
        let span = error.span().unwrap_or(0..0);
        let (message, hint) = syntax_words(text, span, error.message());
        (message.en(), hint.en(), message.vi(), hint.vi())
    }

    #[test]
    fn the_common_slips_are_said_in_drafter_words() {
        let cases = [
            (
                "value = 58,6\n",
                "the number 58,6 is written with a decimal comma",
                "write 58.6 (the site shows it as 58,6)",
                "số 58,6 viết bằng dấu phẩy thập phân",
                "viết 58.6 (trang web sẽ hiện 58,6)",
            ),
            (
                "name = \"Tỷ lệ\nx = 1\n",
                "the text is not closed with \"",
                "end the text with the quote it began with",
                "chữ chưa được đóng bằng dấu \"",
                "đóng chữ bằng đúng dấu ngoặc đã mở",
            ),
            (
                "name \"Tỷ lệ\"\n",
                "a key without = and a value",
                "unit = \"%\"",
                "thiếu dấu = và giá trị sau tên trường",
                "viết tên trường, dấu = rồi giá trị",
            ),
            (
                "unit = \"%\"\nunit = \"người\"\n",
                "the key `unit` is written twice",
                "delete or rename one of them",
                "trường `unit` được viết hai lần",
                "xóa hoặc đổi tên một trong hai",
            ),
            (
                "[indicator]\nid = \"a\"\n[indicator]\n",
                "the heading [indicator] is written twice",
                "one heading [indicator]",
                "tiêu đề [indicator] được viết hai lần",
                "gộp các trường",
            ),
            (
                "kind = dang-bo\n",
                "text must be in double quotes",
                "put it in double quotes: \"dang-bo\"",
                "chữ phải đặt trong dấu ngoặc kép",
                "đặt trong dấu ngoặc kép: \"dang-bo\"",
            ),
            (
                "name = Tốt\n",
                "text must be in double quotes",
                "\"Tốt\"",
                "chữ phải đặt trong dấu ngoặc kép",
                "\"Tốt\"",
            ),
            (
                "date = 12/05/2020\n",
                "a date is written year-month-day, without quotes",
                "2020-05-12",
                "ngày viết theo thứ tự năm-tháng-ngày, không có dấu ngoặc kép",
                "2020-05-12",
            ),
            (
                "[indicator\nid = \"a\"\n",
                "the heading is not closed with ]",
                "write it like this: [indicator]",
                "tiêu đề phần thiếu dấu ] đóng",
                "viết như sau: [indicator]",
            ),
            (
                "[[indicator.target]\nby = 2025\n",
                "the heading is not closed with ]",
                "[[indicator.target]]",
                "tiêu đề phần thiếu dấu ] đóng",
                "[[indicator.target]]",
            ),
            (
                "span = [2011, 2019\n",
                "the list is not closed with ]",
                "[2011, 2019]",
                "danh sách thiếu dấu ] đóng",
                "đóng danh sách",
            ),
            (
                "from = { year = 2011\n",
                "the braces are not closed with }",
                "from = { year = 2011 }",
                "thiếu dấu } đóng",
                "from = { year = 2011 }",
            ),
            (
                "name = \"Tỷ lệ\" hộ nghèo\n",
                "more is written after the value on this line",
                "put the whole text in double quotes",
                "sau giá trị còn có chữ khác trên cùng dòng",
                "xóa phần thừa",
            ),
            (
                "x = True\n",
                "`True` is not true or false",
                "lower case",
                "`True` không phải là true hoặc false",
                "chữ thường",
            ),
            (
                "count = 07\n",
                "a number does not start with 0: 07",
                "write it like this: 7",
                "số không được bắt đầu bằng chữ số 0: 07",
                "viết như sau: 7",
            ),
            (
                "date = 2020-02-30\n",
                "`2020-02-30` is not a valid date",
                "year-month-day",
                "`2020-02-30` không phải là một ngày hợp lệ",
                "năm-tháng-ngày",
            ),
            (
                "path = \"C:\\Users\"\n",
                "a backslash \\ in text in double quotes must be written twice",
                "single quotes",
                "dấu \\ trong chữ trong dấu ngoặc kép phải viết hai lần",
                "dấu nháy đơn",
            ),
            (
                "x = \n",
                "no value after =",
                "unit = \"%\"",
                "thiếu giá trị sau dấu =",
                "viết giá trị sau dấu =",
            ),
            (
                "tên = 1\n",
                "a key has only letters a-z, digits, - and _",
                "without accents or spaces",
                "tên trường chỉ gồm chữ cái không dấu a-z, chữ số, dấu - và _",
                "viết tên trường không dấu",
            ),
            (
                "sources = [\"a\" \"b\"]\n",
                "a comma is missing between two items of the list",
                "[2011, 2019]",
                "thiếu dấu phẩy giữa hai mục của danh sách",
                "tách các mục bằng dấu phẩy",
            ),
            (
                "span = [2011 2019]\n",
                "a comma is missing between two items of the list",
                "[2011, 2019]",
                "thiếu dấu phẩy giữa hai mục của danh sách",
                "tách các mục bằng dấu phẩy",
            ),
        ];
        for (text, en, en_hint, vi, vi_hint) in cases {
            let (got_en, got_en_hint, got_vi, got_vi_hint) = said(text);
            assert_eq!(got_en, en, "{text}");
            assert!(got_en_hint.contains(en_hint), "{text}: {got_en_hint}");
            assert_eq!(got_vi, vi, "{text}");
            assert!(got_vi_hint.contains(vi_hint), "{text}: {got_vi_hint}");
            for said in [&got_en, &got_en_hint, &got_vi, &got_vi_hint] {
                assert!(!said.contains("TOML"), "{text}: {said}");
            }
        }
    }

    #[test]
    fn toml_words_are_kept_as_a_detail_only_when_nothing_fits() {
        let (en, en_hint, vi, vi_hint) = said("[a]]\n");
        assert!(
            en.starts_with("TOML syntax: unexpected key or value"),
            "{en}"
        );
        assert!(vi.starts_with("lỗi cách viết TOML: unexpected"), "{vi}");
        assert!(en_hint.starts_with("check this line"), "{en_hint}");
        assert!(vi_hint.starts_with("kiểm tra dòng này"), "{vi_hint}");
    }
}
