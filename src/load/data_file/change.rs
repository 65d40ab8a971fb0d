//! `[[indicator.change]]`: a change the document states ("tăng 3,8%"), between two periods.

use super::Reader;
use super::period::PeriodInput;
use super::source::{ProvenanceInput, provenance_of};
use super::stated::{Relation, StatedFigure};
use crate::model::indicator::{Amount, Change, ChangeUnit, Confidence};
use crate::model::period::Period;
use serde::Deserialize;
use std::ops::Range;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ChangeInput {
    #[serde(default)]
    from: Option<Spanned<PeriodInput>>,
    #[serde(default)]
    to: Option<Spanned<PeriodInput>>,
    #[serde(default)]
    span: Option<Spanned<Vec<i32>>>,
    value: f64,
    change_unit: ChangeUnit,
    #[serde(default)]
    as_stated: Option<String>,
    #[serde(default)]
    confidence: Confidence,
    #[serde(default)]
    derivation: Option<String>,
    #[serde(default)]
    source: Option<Spanned<String>>,
    #[serde(default)]
    notes: Option<String>,
    #[serde(default)]
    differs_from_stated: Option<String>,
}

impl Reader<'_, '_> {
    pub(super) fn change(&mut self, input: ChangeInput, span: Range<usize>) -> Option<Change> {
        let from = match &input.from {
            Some(p) => Some(self.period(p)?),
            None => None,
        };
        let to = match &input.to {
            Some(p) => Some(self.period(p)?),
            None => None,
        };
        let (from, to) = match &input.span {
            Some(years) if from.is_none() && to.is_none() => {
                let (a, b) = self.span_period(years)?;
                (Some(Period::Year(a)), Some(Period::Year(b)))
            }
            Some(years) => {
                self.error(
                    years.span(),
                    "a change has either span or from/to, not both",
                    "keep span = [a, b], or from = { … } and to = { … }",
                );
                return None;
            }
            None => (from, to),
        };
        if from.is_none() && to.is_none() {
            self.error(
                span.clone(),
                "a change needs a period",
                "add from = { year = 2011 } (and to = { … }), or span = [2011, 2019]",
            );
            return None;
        }
        let provenance = self.provenance(provenance_of!(input), span.clone());
        // The words say "tăng" or "giảm": the number they print has no sign.
        self.check_stated(StatedFigure {
            as_stated: provenance.as_stated(),
            differs: provenance.differs().is_some(),
            derived: provenance.confidence == Confidence::Derived,
            amount: &Amount::Number(input.value.abs()),
            at: span,
            relation: Relation::None,
        });
        Some(Change {
            from,
            to,
            value: input.value,
            unit: input.change_unit,
            provenance,
            file_term: self.context.term,
            display: String::new(),
        })
    }
}
