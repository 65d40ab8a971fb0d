//! When a figure holds: exactly one explicit period per value, never guessed from a string.

use crate::model::term::{SchoolYear, Term};
use crate::vi::format_date_short;
use jiff::civil::Date;
use std::cmp::Ordering;

#[derive(Debug, Clone, PartialEq)]
pub enum Period {
    /// Calendar year: "năm 2019".
    Year(i32),
    /// School year: "năm học 2019-2020".
    SchoolYear(SchoolYear),
    /// The whole term; `each_year` for "hằng năm", "luôn đạt".
    Term { term: Term, each_year: bool },
    /// From one year to another: "từ năm 2020 đến nay", "sau gần 10 năm".
    Span {
        from: i32,
        to: i32,
        as_of: Option<Date>,
    },
    /// A dated snapshot: "hiện có", "đến nay" in a dated source.
    AsOf(Date),
    /// Last resort: shown, but placed in no time axis; it counts for the term of its file.
    Text(String),
}

impl Period {
    /// The year the period ends in, used to place it in a term and to order a series.
    pub fn end_year(&self) -> Option<i32> {
        match self {
            Period::Year(y) => Some(*y),
            Period::SchoolYear(sy) => Some(sy.end()),
            Period::Term { term, .. } => Some(term.end),
            Period::Span { to, as_of, .. } => Some(as_of.map_or(*to, |d| i32::from(d.year()))),
            Period::AsOf(d) => Some(i32::from(d.year())),
            Period::Text(_) => None,
        }
    }

    /// Whether a figure for this period reports on `term`. Undated text periods report on the
    /// term of the file they were written in (`file_term`).
    pub fn reports_on(&self, term: Term, file_term: Term) -> bool {
        match self {
            Period::Term { term: t, .. } => *t == term,
            Period::Text(_) => file_term == term,
            _ => self.end_year().is_some_and(|y| term.holds_year(y)),
        }
    }

    /// Order along a time axis: by end year, then finer dates; text periods last.
    pub fn sort_key(&self) -> (i32, i32, i32) {
        match self {
            Period::Year(y) => (*y, 12, 31),
            Period::SchoolYear(sy) => (sy.end(), 6, 1),
            Period::Term { term, .. } => (term.end, 6, 1),
            Period::Span {
                to, as_of: None, ..
            } => (*to, 12, 31),
            Period::Span { as_of: Some(d), .. } | Period::AsOf(d) => (
                i32::from(d.year()),
                i32::from(d.month()),
                i32::from(d.day()),
            ),
            Period::Text(_) => (i32::MAX, 0, 0),
        }
    }

    pub fn cmp_time(&self, other: &Period) -> Ordering {
        self.sort_key().cmp(&other.sort_key())
    }

    /// Vietnamese label: "năm 2019", "năm học 2019-2020", "hằng năm, nhiệm kỳ 2015 - 2020",
    /// "2020–2022 (đến 29/09/2022)", "đến 20/05/2020".
    pub fn label(&self, term_pattern: &str) -> String {
        match self {
            Period::Year(y) => format!("năm {y}"),
            Period::SchoolYear(sy) => format!("năm học {sy}"),
            Period::Term {
                term,
                each_year: false,
            } => {
                format!("nhiệm kỳ {}", term.display(term_pattern))
            }
            Period::Term {
                term,
                each_year: true,
            } => {
                format!("hằng năm, nhiệm kỳ {}", term.display(term_pattern))
            }
            Period::Span {
                from,
                to,
                as_of: None,
            } => format!("{from}–{to}"),
            Period::Span {
                from,
                to,
                as_of: Some(d),
            } => {
                format!("{from}–{to} (đến {})", format_date_short(*d))
            }
            Period::AsOf(d) => format!("đến {}", format_date_short(*d)),
            Period::Text(text) => text.clone(),
        }
    }

    /// Short label for a chart axis or a compact table: "2019", "2019-2020", "2015-2020".
    pub fn axis_label(&self) -> String {
        match self {
            Period::Year(y) => y.to_string(),
            Period::SchoolYear(sy) => sy.to_string(),
            Period::Term { term, .. } => term.to_string(),
            Period::Span { from, to, .. } => format!("{from}–{to}"),
            Period::AsOf(d) => format_date_short(*d),
            Period::Text(text) => text.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    const T1520: Term = Term {
        start: 2015,
        end: 2020,
    };
    const T2025: Term = Term {
        start: 2020,
        end: 2025,
    };

    #[test]
    fn periods_are_placed_in_the_term_they_report_on() {
        assert!(Period::Year(2019).reports_on(T1520, T2025));
        assert!(Period::AsOf(date(2020, 5, 20)).reports_on(T1520, T2025));
        assert!(!Period::AsOf(date(2020, 5, 20)).reports_on(T2025, T2025));
        assert!(Period::SchoolYear(SchoolYear { start: 2019 }).reports_on(T1520, T1520));
        assert!(Period::Text("đến nay".into()).reports_on(T1520, T1520));
        assert!(!Period::Text("đến nay".into()).reports_on(T2025, T1520));
        let span = Period::Span {
            from: 2020,
            to: 2022,
            as_of: Some(date(2022, 9, 29)),
        };
        assert!(span.reports_on(T2025, T2025));
    }

    #[test]
    fn labels_are_vietnamese() {
        let p = Period::Term {
            term: T1520,
            each_year: true,
        };
        assert_eq!(p.label("{start} - {end}"), "hằng năm, nhiệm kỳ 2015 - 2020");
        assert_eq!(Period::AsOf(date(2020, 5, 20)).label(""), "đến 20/05/2020");
    }
}
