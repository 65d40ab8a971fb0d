//! `[[indicator.obs]]`: a result or baseline the document states, with exactly one period.

use super::Reader;
use super::amount::{AmountInput, RawValue, Shape, Side};
use super::source::{ProvenanceInput, provenance_of};
use super::stated::{Relation, StatedFigure, value_span};
use crate::load::to_date;
use crate::model::indicator::{ApproxSide, Confidence, Observation, Qualifier, Role};
use crate::model::period::Period;
use crate::msg;
use schemars::JsonSchema;
use serde::Deserialize;
use std::ops::Range;
use toml::Spanned;
use toml::value::Datetime;

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct ObsInput {
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
    #[schemars(with = "Vec<i32>")]
    span: Option<Spanned<Vec<i32>>>,
    #[serde(default)]
    #[schemars(schema_with = "crate::toml_input::date_schema")]
    as_of: Option<Spanned<Datetime>>,
    #[serde(default)]
    #[schemars(with = "String")]
    period_text: Option<Spanned<String>>,
    #[serde(default)]
    #[schemars(with = "bool")]
    each_year: Option<Spanned<bool>>,
    #[serde(default)]
    #[schemars(with = "RawValue")]
    value: Option<Spanned<RawValue>>,
    #[serde(default)]
    #[schemars(with = "f64")]
    num: Option<Spanned<f64>>,
    #[serde(default)]
    #[schemars(with = "f64")]
    den: Option<Spanned<f64>>,
    #[serde(default)]
    #[schemars(with = "Vec<f64>")]
    range: Option<Spanned<Vec<f64>>>,
    #[serde(default)]
    qualifier: Qualifier,
    #[serde(default)]
    #[schemars(with = "ApproxSide")]
    approx_side: Option<Spanned<ApproxSide>>,
    #[serde(default)]
    role: Role,
    #[serde(default)]
    breakdown: Option<String>,
    #[serde(default)]
    as_stated: Option<String>,
    #[serde(default)]
    confidence: Confidence,
    #[serde(default)]
    derivation: Option<String>,
    #[serde(default)]
    #[schemars(with = "String")]
    source: Option<Spanned<String>>,
    #[serde(default)]
    notes: Option<String>,
    #[serde(default)]
    differs_from_stated: Option<String>,
}

impl Reader<'_, '_> {
    /// Exactly one period key; `span` may go with `as_of`.
    pub(super) fn observation_period(
        &mut self,
        input: &ObsInput,
        span: Range<usize>,
    ) -> Option<Period> {
        let given = [
            input.year.is_some(),
            input.school_year.is_some(),
            input.term.is_some(),
            input.span.is_some(),
            input.as_of.is_some() && input.span.is_none(),
            input.period_text.is_some(),
        ]
        .iter()
        .filter(|&&g| g)
        .count();
        if given != 1 {
            let message = if given == 0 {
                msg!("data-obs-no-period")
            } else {
                msg!("data-obs-many-periods")
            };
            self.error(span, message, msg!("data-obs-period-hint"));
            return None;
        }
        let each_year = input.each_year.as_ref().is_some_and(|e| *e.get_ref());
        if each_year && input.term.is_none() {
            let at = input.each_year.as_ref().map_or(span, |e| e.span());
            self.error(
                at,
                msg!("data-each-year-without-term"),
                msg!("data-each-year-without-term-hint"),
            );
            return None;
        }
        if let Some(year) = &input.year {
            return self.year(year).map(Period::Year);
        }
        if let Some(sy) = &input.school_year {
            return self.school_year(sy).map(Period::SchoolYear);
        }
        if let Some(term) = &input.term {
            return self.term(term).map(|term| Period::Term { term, each_year });
        }
        if let Some(years) = &input.span {
            let as_of = match &input.as_of {
                Some(d) => Some(to_date(self.file, d, self.diagnostics)?),
                None => None,
            };
            return self
                .span_period(years)
                .map(|(from, to)| Period::Span { from, to, as_of });
        }
        if let Some(date) = &input.as_of {
            return to_date(self.file, date, self.diagnostics).map(Period::AsOf);
        }
        input
            .period_text
            .as_ref()
            .map(|t| Period::Text(t.get_ref().clone()))
    }

    pub(super) fn observation(
        &mut self,
        input: ObsInput,
        span: Range<usize>,
        shape: &Shape,
    ) -> Option<Observation> {
        let period = self.observation_period(&input, span.clone());
        let amount = self.amount(
            AmountInput {
                value: &input.value,
                num: &input.num,
                den: &input.den,
                range: &input.range,
            },
            span.clone(),
            shape,
            Side::Observation,
        );
        if input.qualifier != Qualifier::About
            && let Some(side) = &input.approx_side
        {
            self.error(
                side.span(),
                msg!("data-approx-side-without-about"),
                msg!("data-approx-side-without-about-hint"),
            );
        }
        let value_at = value_span(&input.value, &input.num, &input.range).unwrap_or(span.clone());
        let provenance = self.provenance(provenance_of!(input), span.clone());
        let amount = amount?;
        self.check_stated(StatedFigure {
            as_stated: provenance.as_stated(),
            differs: provenance.differs().is_some(),
            derived: provenance.confidence == Confidence::Derived,
            amount: &amount,
            at: value_at,
            relation: Relation::Qualifier(input.qualifier),
        });
        Some(Observation {
            period: period?,
            amount,
            qualifier: input.qualifier,
            approx_side: input
                .approx_side
                .map_or(ApproxSide::Either, Spanned::into_inner),
            role: input.role,
            breakdown: input.breakdown.filter(|b| !b.is_empty()),
            provenance,
            file_term: self.context.term,
            origin: self.origin(span),
            display: String::new(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;

    #[test]
    fn an_observation_has_exactly_one_period() {
        let e = only_error(&format!("{HEAD}[[indicator.obs]]\nvalue = 5\n"));
        assert_eq!(e.message.en(), "observation has no period");
        let e = only_error(&format!(
            "{HEAD}[[indicator.obs]]\nyear = 2019\nschool_year = \"2019-2020\"\nvalue = 5\n"
        ));
        assert_eq!(e.message.en(), "observation has more than one period");
        assert_eq!(e.position(), "data.toml:10:1");
        // span may go with as_of
        let (_, diagnostics) = parse(&format!(
            "{HEAD}[[indicator.obs]]\nspan = [2020, 2022]\nas_of = 2022-09-29\nvalue = 5\n"
        ));
        assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    }
}
