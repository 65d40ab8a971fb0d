//! `[[indicator.target]]`: a target the document adopted for a term, with its comparator.

use super::Reader;
use super::amount::{AmountInput, RawValue, Shape, Side};
use super::source::{ProvenanceInput, provenance_of};
use super::stated::{Relation, StatedFigure, value_span};
use crate::model::indicator::{
    Comparator, ComparatorBasis, Confidence, Direction, Target, TargetKind,
};
use crate::msg;
use schemars::JsonSchema;
use serde::Deserialize;
use std::ops::Range;
use toml::Spanned;

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct TargetInput {
    #[schemars(with = "String")]
    term: Spanned<String>,
    #[serde(default)]
    #[schemars(with = "i32")]
    by: Option<Spanned<i32>>,
    #[serde(default)]
    each_year: bool,
    #[serde(default)]
    kind: TargetKind,
    #[serde(default)]
    #[schemars(with = "Comparator")]
    comparator: Option<Spanned<Comparator>>,
    #[serde(default)]
    comparator_basis: Option<ComparatorBasis>,
    #[serde(default)]
    #[schemars(with = "RawValue")]
    value: Option<Spanned<RawValue>>,
    #[serde(default)]
    #[schemars(with = "f64")]
    num: Option<Spanned<f64>>,
    #[serde(default)]
    #[schemars(with = "Vec<f64>")]
    range: Option<Spanned<Vec<f64>>>,
    #[serde(default)]
    adopted_by: Option<String>,
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
    pub(super) fn target(
        &mut self,
        input: TargetInput,
        span: Range<usize>,
        shape: &Shape,
        direction: Direction,
    ) -> Option<Target> {
        let term = self.term(&input.term);
        let by = match &input.by {
            Some(by) => Some(self.year(by)?),
            None => None,
        };
        if let (Some(term), Some(by_year), Some(by_span)) = (term, by, input.by.as_ref())
            && !(term.start..=term.end).contains(&by_year)
        {
            self.warn(
                by_span.span(),
                msg!(
                    "data-deadline-outside-term",
                    year = by_year.to_string(),
                    term = term.to_string()
                ),
                msg!("data-deadline-outside-term-hint"),
            );
        }
        let (comparator, basis) = match &input.comparator {
            Some(c) => (
                *c.get_ref(),
                input.comparator_basis.unwrap_or(ComparatorBasis::Explicit),
            ),
            None => (
                match direction {
                    Direction::HigherBetter => Comparator::AtLeast,
                    Direction::LowerBetter => Comparator::AtMost,
                    Direction::Neutral => Comparator::Equal,
                },
                ComparatorBasis::Implicit,
            ),
        };
        let is_between = comparator == Comparator::Between;
        if is_between != input.range.is_some() {
            let at = input.comparator.as_ref().map_or(span.clone(), |c| c.span());
            let message = if is_between {
                msg!("data-between-needs-range")
            } else {
                msg!("data-range-needs-between")
            };
            self.error(at, message, msg!("data-between-hint"));
            return None;
        }
        let amount = self.amount(
            AmountInput {
                value: &input.value,
                num: &input.num,
                den: &None,
                range: &input.range,
            },
            span.clone(),
            shape,
            Side::Target,
        );
        let value_at = value_span(&input.value, &input.num, &input.range).unwrap_or(span.clone());
        let provenance = self.provenance(provenance_of!(input), span.clone());
        let amount = amount?;
        self.check_stated(StatedFigure {
            as_stated: provenance.as_stated(),
            differs: provenance.differs().is_some(),
            derived: provenance.confidence == Confidence::Derived,
            amount: &amount,
            at: value_at,
            relation: Relation::Comparator(comparator),
        });
        Some(Target {
            term: term?,
            by,
            each_year: input.each_year,
            kind: input.kind,
            comparator,
            basis,
            amount,
            adopted_by: input.adopted_by.filter(|a| !a.is_empty()),
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
    use crate::model::indicator::Amount;

    #[test]
    fn between_and_range_go_together() {
        let e = only_error(&format!(
            "{HEAD}[[indicator.target]]\nterm = \"2020-2025\"\ncomparator = \"between\"\nvalue = 80\n"
        ));
        assert_eq!(e.message.en(), "comparator \"between\" needs a range");
        let (data, diagnostics) = parse(&format!(
            "{HEAD}[[indicator.target]]\nterm = \"2020-2025\"\ncomparator = \"between\"\nrange = [80, 90]\nas_stated = \"trên 80-90%\"\n"
        ));
        assert!(diagnostics.is_empty());
        assert_eq!(
            data.unwrap().indicators[0].targets[0].amount,
            Amount::Range(80.0, 90.0)
        );
    }
}
