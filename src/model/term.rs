//! Congress terms ("2015-2020") and school years ("2019-2020"): same shape, told apart by key.

use crate::messages::Message;
use crate::msg;
use serde::Serialize;
use std::fmt;

/// A congress term, canonically `2015-2020` (ASCII hyphen, end = start + 5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Term {
    pub start: i32,
    pub end: i32,
}

impl Term {
    pub const LENGTH: i32 = 5;

    /// Accepts `2015-2020`, `2015 - 2020`, `2020 – 2025` (en/em dash): drafters paste all of them.
    pub fn parse(text: &str) -> Result<Term, Message> {
        let (start, end) =
            parse_year_pair(text).ok_or_else(|| msg!("model-not-a-term", text = text))?;
        if end - start != Self::LENGTH {
            return Err(msg!(
                "model-term-length",
                text = text,
                years = i64::from(end - start),
                length = i64::from(Self::LENGTH),
                example = format!("{start}-{}", start + Self::LENGTH)
            ));
        }
        Ok(Term { start, end })
    }

    /// Display form from the site's locale setting, e.g. "{start} - {end}" → "2015 - 2020".
    pub fn display(&self, pattern: &str) -> String {
        // One pass: pages ask for this for every row and value they show.
        use std::fmt::Write;
        let mut out = String::with_capacity(pattern.len() + 8);
        let mut rest = pattern;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let tail = &rest[open..];
            rest = if let Some(after) = tail.strip_prefix("{start}") {
                let _ = write!(out, "{}", self.start);
                after
            } else if let Some(after) = tail.strip_prefix("{end}") {
                let _ = write!(out, "{}", self.end);
                after
            } else {
                out.push('{');
                &tail[1..]
            };
        }
        out.push_str(rest);
        out
    }

    /// Whether a period ending in `year` reports on this term. A congress year closes one term
    /// and opens the next; its figures belong to the term being closed, so the range is (start, end].
    pub fn holds_year(&self, year: i32) -> bool {
        year > self.start && year <= self.end
    }
}

impl fmt::Display for Term {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.start, self.end)
    }
}

impl Serialize for Term {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A school year (năm học) `2019-2020`: end = start + 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SchoolYear {
    pub start: i32,
}

impl SchoolYear {
    pub fn parse(text: &str) -> Result<SchoolYear, Message> {
        let (start, end) =
            parse_year_pair(text).ok_or_else(|| msg!("model-not-a-school-year", text = text))?;
        if end != start + 1 {
            return Err(msg!(
                "model-school-year-length",
                text = text,
                example = format!("{start}-{}", start + 1)
            ));
        }
        Ok(SchoolYear { start })
    }

    pub fn end(&self) -> i32 {
        self.start + 1
    }

    /// The school year starting in the first year of `text` ("2020-2022" → 2020-2021), to
    /// suggest for a pair of years that is none.
    pub fn starting(text: &str) -> Option<SchoolYear> {
        parse_year_pair(text).map(|(start, _)| SchoolYear { start })
    }
}

impl fmt::Display for SchoolYear {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.start, self.end())
    }
}

/// `^(\d{4})\s*[-–—]\s*(\d{4})$`
fn parse_year_pair(text: &str) -> Option<(i32, i32)> {
    let (a, b) = text.trim().split_once(['-', '–', '—'])?;
    let year = |s: &str| {
        let s = s.trim();
        (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    Some((year(a)?, year(b)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_and_pasted_forms() {
        let t = Term {
            start: 2020,
            end: 2025,
        };
        assert_eq!(Term::parse("2020-2025"), Ok(t));
        assert_eq!(Term::parse("2020 - 2025"), Ok(t));
        assert_eq!(Term::parse("2020 – 2025"), Ok(t));
        assert_eq!(Term::parse("2020—2025"), Ok(t));
        assert_eq!(t.to_string(), "2020-2025");
        assert_eq!(t.display("{start} - {end}"), "2020 - 2025");
    }

    #[test]
    fn display_pattern_keeps_other_braces() {
        let t = Term {
            start: 2020,
            end: 2025,
        };
        assert_eq!(t.display("NK {start}–{end} {x} {"), "NK 2020–2025 {x} {");
        assert_eq!(t.display("{end}/{start}{end}"), "2025/20202025");
        assert_eq!(t.display(""), "");
    }

    #[test]
    fn bad_terms_say_why() {
        let short = Term::parse("2016-2020").unwrap_err();
        assert_eq!(
            short.en(),
            "term `2016-2020` lasts 4 years; a congress term lasts 5 (e.g. \"2016-2021\")"
        );
        assert_eq!(
            short.vi(),
            "nhiệm kỳ `2016-2020` kéo dài 4 năm; một nhiệm kỳ đại hội kéo dài 5 năm (ví dụ: \"2016-2021\")"
        );
        let one = Term::parse("2020-2021").unwrap_err();
        assert!(one.en().contains("lasts 1 year;"), "{}", one.en());
        let wrong = Term::parse("20-25").unwrap_err();
        assert!(wrong.en().contains("YYYY-YYYY"));
        assert_eq!(
            wrong.vi(),
            "`20-25` không phải là một nhiệm kỳ: viết năm đầu và năm cuối, nối bằng dấu gạch ngang, ví dụ: \"2020-2025\""
        );
        assert!(Term::parse("2020").is_err());
        assert!(Term::parse("abcd-efgh").is_err());
    }

    #[test]
    fn school_year_is_one_year_long() {
        assert_eq!(
            SchoolYear::parse("2019 - 2020"),
            Ok(SchoolYear { start: 2019 })
        );
        let long = SchoolYear::parse("2019-2021").unwrap_err();
        assert_eq!(
            long.vi(),
            "năm học `2019-2021` phải kết thúc một năm sau năm bắt đầu (\"2019-2020\")"
        );
    }

    #[test]
    fn congress_year_belongs_to_the_closing_term() {
        let t = Term {
            start: 2015,
            end: 2020,
        };
        assert!(t.holds_year(2020));
        assert!(t.holds_year(2016));
        assert!(!t.holds_year(2015));
    }
}
