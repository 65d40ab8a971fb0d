//! Numbers read back from the words of a document (`as_stated`), written the Vietnamese way:
//! a decimal comma and a thousands dot (`58,6%`, `82.553`, `1.826`), leading zeros (`07 đảng
//! viên`), fractions (`67/85 trường`), ranges (`80-90%`), and number words (`bốn giải`,
//! `hai mươi`, `mười lăm`). Words that are as often no number are not read: "năm" alone is
//! "year" as often as "five", "một số" is "some".

use std::ops::Range;

/// One number written in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct StatedNumber {
    pub value: f64,
    /// Decimals as written (`58,6` → 1): how close a value must be to agree with it.
    pub decimals: u8,
    /// Followed by `%`.
    pub percent: bool,
    pub role: NumberRole,
    /// Where it is in the text (bytes).
    pub span: Range<usize>,
}

/// What a number is in the way it is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberRole {
    Plain,
    /// `67` of `67/85`.
    Numerator,
    /// `85` of `67/85`.
    Denominator,
    /// `80` of `80-90%`.
    Low,
    /// `90` of `80-90%`.
    High,
}

impl StatedNumber {
    /// Whether `value` is this number as printed: less than one unit of its last decimal away
    /// (a document truncates as often as it rounds: 444/702 = 63,2479… is printed 63,24; but
    /// 13 is not 14).
    pub fn agrees_with(&self, value: f64) -> bool {
        let unit = 10f64.powi(-i32::from(self.decimals));
        (self.value - value).abs() < unit * (1.0 - 1e-9)
    }
}

/// Every number of `text`, in order.
pub fn stated_numbers(text: &str) -> Vec<StatedNumber> {
    let mut numbers = digits(text);
    numbers.extend(number_words(text));
    numbers.sort_by_key(|n| n.span.start);
    numbers
}

/// Numbers written with digits.
fn digits(text: &str) -> Vec<StatedNumber> {
    let bytes = text.as_bytes();
    let mut found: Vec<StatedNumber> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() || (i > 0 && bytes[i - 1].is_ascii_alphanumeric()) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len()
            && (bytes[i].is_ascii_digit()
                || (matches!(bytes[i], b'.' | b',')
                    && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)))
        {
            i += 1;
        }
        let Some((value, decimals)) = read_digits(&text[start..i]) else {
            continue;
        };
        let percent = text[i..].trim_start_matches(' ').starts_with('%');
        let role = match found.last() {
            Some(last) if joined(text, last.span.end, start, '/') => NumberRole::Denominator,
            Some(last)
                if joined(text, last.span.end, start, '-')
                    || joined(text, last.span.end, start, '–') =>
            {
                NumberRole::High
            }
            _ => NumberRole::Plain,
        };
        if let Some(last) = found.last_mut() {
            match role {
                NumberRole::Denominator => last.role = NumberRole::Numerator,
                NumberRole::High => {
                    last.role = NumberRole::Low;
                    last.percent |= percent; // "80-90%": both are percentages
                }
                _ => {}
            }
        }
        found.push(StatedNumber {
            value,
            decimals,
            percent,
            role,
            span: start..i,
        });
    }
    found
}

/// Whether only `separator` (spaces around it allowed) lies between `end` and `start`.
fn joined(text: &str, end: usize, start: usize, separator: char) -> bool {
    text.get(end..start)
        .is_some_and(|between| between.trim() == separator.to_string())
}

/// `82.553` → 82553, `58,6` → 58.6 (1 decimal), `1.826,5` → 1826.5, `07` → 7; an English
/// decimal point that cannot be a thousands dot (`58.6`) is read as one.
fn read_digits(written: &str) -> Option<(f64, u8)> {
    let (whole, fraction) = match written.rsplit_once(',') {
        Some((whole, fraction)) if !fraction.contains('.') => (whole, Some(fraction)),
        Some(_) => return None,
        None => (written, None),
    };
    let groups: Vec<&str> = whole.split('.').collect();
    let thousands = groups.len() > 1 && groups[1..].iter().all(|g| g.len() == 3);
    let (whole, fraction) = match (thousands, fraction) {
        (true, _) => (groups.concat(), fraction.map(str::to_owned)),
        (false, Some(fraction)) if groups.len() == 1 => {
            (whole.to_owned(), Some(fraction.to_owned()))
        }
        (false, None) if groups.len() == 2 => (groups[0].to_owned(), Some(groups[1].to_owned())),
        (false, None) if groups.len() == 1 => (whole.to_owned(), None),
        _ => return None,
    };
    if whole.contains(',') {
        return None;
    }
    let decimals = fraction.as_ref().map_or(0, String::len);
    let number = match fraction {
        Some(f) => format!("{whole}.{f}"),
        None => whole,
    };
    Some((number.parse().ok()?, u8::try_from(decimals).ok()?))
}

/// Numbers written in words: `bốn giải` (4), `mười lăm` (15), `hai mươi mốt` (21), `ba trăm`.
fn number_words(text: &str) -> Vec<StatedNumber> {
    let lower = text.to_lowercase();
    if lower.len() != text.len() {
        return Vec::new(); // offsets would not match (no Vietnamese letter changes length)
    }
    let words: Vec<(usize, &str)> = lower
        .split(|c: char| !c.is_alphanumeric())
        .scan(0, |at, word| {
            let start = *at;
            *at += word.len() + 1;
            Some((start, word))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        match read_words(&words[i..]) {
            Some((value, used)) => {
                let (start, _) = words[i];
                let (last, word) = words[i + used - 1];
                found.push(StatedNumber {
                    value,
                    decimals: 0,
                    percent: false,
                    role: NumberRole::Plain,
                    span: start..last + word.len(),
                });
                i += used;
            }
            None => i += 1,
        }
    }
    found
}

fn unit_word(word: &str) -> Option<f64> {
    Some(match word {
        "một" => 1.0,
        "hai" => 2.0,
        "ba" => 3.0,
        "bốn" => 4.0,
        "năm" => 5.0,
        "sáu" => 6.0,
        "bảy" | "bẩy" => 7.0,
        "tám" => 8.0,
        "chín" => 9.0,
        _ => return None,
    })
}

/// The number the words at the start of `words` write, and how many words it took.
fn read_words(words: &[(usize, &str)]) -> Option<(f64, usize)> {
    let word = |i: usize| words.get(i).map(|(_, w)| *w);
    // After "mươi" or "mười", units have their own forms: mốt (1), tư (4), lăm (5).
    let last_unit = |w: Option<&str>| match w {
        Some("mốt") => Some(1.0),
        Some("tư") => Some(4.0),
        Some("lăm" | "nhăm") => Some(5.0),
        Some(w) if w != "năm" => unit_word(w),
        _ => None,
    };
    let (value, used) = match word(0)? {
        "mười" => match last_unit(word(1)) {
            Some(unit) => (10.0 + unit, 2),
            None => (10.0, 1),
        },
        first => {
            let unit = unit_word(first)?;
            match word(1) {
                Some("mươi") => match last_unit(word(2)) {
                    Some(u) => (unit * 10.0 + u, 3),
                    None => (unit * 10.0, 2),
                },
                // "năm" alone is as often the year; "năm mươi" above is fifty.
                _ if first == "năm" => return None,
                // "một số" (some), "một cách", "một trong": no count.
                Some("số" | "cách" | "trong" | "phần" | "khi" | "lúc") if first == "một" => {
                    return None;
                }
                _ => (unit, 1),
            }
        }
    };
    let (value, used) = match word(used) {
        Some("trăm") => (value * 100.0, used + 1),
        Some("nghìn" | "ngàn") => (value * 1000.0, used + 1),
        Some("triệu") => (value * 1_000_000.0, used + 1),
        _ => (value, used),
    };
    Some((value, used))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<(f64, bool, NumberRole)> {
        stated_numbers(text)
            .into_iter()
            .map(|n| (n.value, n.percent, n.role))
            .collect()
    }

    #[test]
    fn digits_are_read_the_vietnamese_way() {
        use NumberRole::*;
        assert_eq!(values("58,6%"), [(58.6, true, Plain)]);
        assert_eq!(values("82.553 đảng viên"), [(82553.0, false, Plain)]);
        assert_eq!(values("1.826 trường"), [(1826.0, false, Plain)]);
        assert_eq!(values("1.826,5"), [(1826.5, false, Plain)]);
        assert_eq!(values("07 đảng viên"), [(7.0, false, Plain)]);
        assert_eq!(
            values("67/85 trường (78,8%)"),
            [
                (67.0, false, Numerator),
                (85.0, false, Denominator),
                (78.8, true, Plain)
            ]
        );
        assert_eq!(
            values("trên 80-90%"),
            [(80.0, true, Low), (90.0, true, High)]
        );
        assert_eq!(
            values("tăng 18,5% so với năm 2011"),
            [(18.5, true, Plain), (2011.0, false, Plain)]
        );
        assert_eq!(values("vượt 3,8%."), [(3.8, true, Plain)]);
        assert_eq!(values("58.6%"), [(58.6, true, Plain)]);
        assert_eq!(
            values("từ 15 trường trở lên/1 năm"),
            [(15.0, false, Plain), (1.0, false, Plain)]
        );
        assert_eq!(values("THCS2 đạt"), []);
    }

    #[test]
    fn number_words_are_read_where_they_cannot_be_another_word() {
        assert_eq!(values("bốn giải"), [(4.0, false, NumberRole::Plain)]);
        assert_eq!(
            values("Mười lăm trường"),
            [(15.0, false, NumberRole::Plain)]
        );
        assert_eq!(values("hai mươi"), [(20.0, false, NumberRole::Plain)]);
        assert_eq!(
            values("hai mươi mốt chi bộ"),
            [(21.0, false, NumberRole::Plain)]
        );
        assert_eq!(values("năm mươi lăm"), [(55.0, false, NumberRole::Plain)]);
        assert_eq!(
            values("ba trăm đảng viên"),
            [(300.0, false, NumberRole::Plain)]
        );
        assert_eq!(
            values("mỗi tháng một lần"),
            [(1.0, false, NumberRole::Plain)]
        );
        for none in [
            "hằng năm",
            "năm học 2019",
            "một số trường",
            "đảm bảo và vượt kế hoạch",
            "đã đạt chuẩn",
        ] {
            assert!(
                values(none).iter().all(|(v, ..)| *v == 2019.0),
                "{none}: {:?}",
                values(none)
            );
        }
    }

    #[test]
    fn a_value_agrees_with_a_number_as_printed() {
        let stated = &stated_numbers("63,24%")[0];
        assert!(stated.agrees_with(63.2479));
        assert!(stated.agrees_with(63.24));
        assert!(!stated.agrees_with(65.24));
        let stated = &stated_numbers("13 giải")[0];
        assert!(stated.agrees_with(13.0));
        assert!(!stated.agrees_with(31.0));
        assert!(!stated.agrees_with(14.0));
    }
}
