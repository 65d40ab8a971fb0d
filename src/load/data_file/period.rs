//! Periods as data.toml writes them: a year, a school year, a congress term, a span of years,
//! a date; `from`/`to` of a change.

use super::Reader;
use crate::load::to_date;
use crate::model::period::Period;
use crate::model::term::{SchoolYear, Term};
use crate::msg;
use schemars::JsonSchema;
use serde::Deserialize;
use toml::Spanned;
use toml::value::Datetime;

/// `from = { year = 2011 }` in a change.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct PeriodInput {
    #[serde(default)]
    #[schemars(with = "i32")]
    year: Option<Spanned<i32>>,
    #[serde(default)]
    #[schemars(with = "String")]
    school_year: Option<Spanned<String>>,
    #[serde(default)]
    #[schemars(with = "String")]
    term: Option<Spanned<String>>,
    #[serde(default)]
    #[schemars(schema_with = "crate::toml_input::date_schema")]
    as_of: Option<Spanned<Datetime>>,
}

impl Reader<'_, '_> {
    pub(super) fn school_year(&mut self, text: &Spanned<String>) -> Option<SchoolYear> {
        SchoolYear::parse(text.get_ref())
            .map_err(|why| {
                let example = SchoolYear::starting(text.get_ref())
                    .map_or("2019-2020".to_owned(), |sy| sy.to_string());
                self.error(
                    text.span(),
                    why,
                    msg!("data-school-year-hint", example = example),
                );
            })
            .ok()
    }

    pub(super) fn term(&mut self, text: &Spanned<String>) -> Option<Term> {
        Term::parse(text.get_ref())
            .map_err(|why| self.error(text.span(), why, msg!("data-term-hint")))
            .ok()
    }

    pub(super) fn year(&mut self, year: &Spanned<i32>) -> Option<i32> {
        let y = *year.get_ref();
        if !(1930..=2100).contains(&y) {
            self.error(
                year.span(),
                msg!("data-year-out-of-range", year = y.to_string()),
                msg!("data-year-out-of-range-hint"),
            );
            return None;
        }
        Some(y)
    }

    pub(super) fn span_period(&mut self, years: &Spanned<Vec<i32>>) -> Option<(i32, i32)> {
        match years.get_ref().as_slice() {
            [from, to] if from <= to => Some((*from, *to)),
            _ => {
                self.error(
                    years.span(),
                    msg!("data-span-invalid"),
                    msg!("hint-write-like", example = "span = [2011, 2019]"),
                );
                None
            }
        }
    }

    pub(super) fn period(&mut self, input: &Spanned<PeriodInput>) -> Option<Period> {
        let p = input.get_ref();
        let given = [
            p.year.is_some(),
            p.school_year.is_some(),
            p.term.is_some(),
            p.as_of.is_some(),
        ]
        .iter()
        .filter(|&&g| g)
        .count();
        if given != 1 {
            self.error(
                input.span(),
                msg!("data-period-not-one"),
                msg!(
                    "data-period-not-one-hint",
                    from = "from = { year = 2011 }",
                    to = "to = { school_year = \"2019-2020\" }"
                ),
            );
            return None;
        }
        if let Some(year) = &p.year {
            return self.year(year).map(Period::Year);
        }
        if let Some(sy) = &p.school_year {
            return self.school_year(sy).map(Period::SchoolYear);
        }
        if let Some(term) = &p.term {
            return self.term(term).map(|term| Period::Term {
                term,
                each_year: false,
            });
        }
        p.as_of
            .as_ref()
            .and_then(|d| to_date(self.file, d, self.diagnostics))
            .map(Period::AsOf)
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;

    #[test]
    fn school_years_last_one_year() {
        let e = only_error(&format!(
            "{HEAD}[[indicator.obs]]\nschool_year = \"2019-2021\"\nvalue = 5\n"
        ));
        assert!(e.message.en().contains("must end one year after it starts"));
        assert_eq!(
            e.hint.as_ref().map(|h| h.en()).as_deref(),
            Some("write school_year = \"2019-2020\"")
        );
        let e = only_error(&format!(
            "{HEAD}[[indicator.obs]]\nschool_year = \"2020-2022\"\nvalue = 5\n"
        ));
        assert_eq!(
            e.hint.as_ref().map(|h| h.en()).as_deref(),
            Some("write school_year = \"2020-2021\"")
        );
    }
}
