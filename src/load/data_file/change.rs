//! `[[indicator.change]]`: a change the document states ("tăng 3,8%"), between two periods.

use super::Reader;
use super::period::PeriodInput;
use super::source::{ProvenanceInput, provenance_of};
use super::stated::{Relation, StatedFigure};
use crate::model::indicator::{Amount, Change, ChangeUnit, Confidence};
use crate::model::period::Period;
use crate::msg;
use schemars::JsonSchema;
use serde::Deserialize;
use std::ops::Range;
use toml::Spanned;

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct ChangeInput {
    #[serde(default)]
    #[schemars(with = "PeriodInput")]
    from: Option<Spanned<PeriodInput>>,
    #[serde(default)]
    #[schemars(with = "PeriodInput")]
    to: Option<Spanned<PeriodInput>>,
    #[serde(default)]
    #[schemars(with = "Vec<i32>")]
    span: Option<Spanned<Vec<i32>>>,
    /// The words the document gives for the time: "trong những năm qua".
    #[serde(default)]
    #[schemars(with = "String")]
    period_text: Option<Spanned<String>>,
    /// `period = "không nêu"`: the document gives no time at all.
    #[serde(default)]
    #[schemars(with = "String")]
    period: Option<Spanned<String>>,
    value: f64,
    change_unit: ChangeUnit,
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

/// What `period = …` may say: the document names no time.
const UNSTATED: [&str; 2] = ["không nêu", "unstated"];

/// How `from` and `to` are written, for hints (braces cannot be written in the catalogue).
const FROM: &str = "from = { year = 2011 }";
const TO: &str = "to = { year = 2019 }";

impl Reader<'_, '_> {
    /// The change's `from` and `to`: from/to, a span, the document's words, or none stated.
    fn change_period(
        &mut self,
        input: &ChangeInput,
        span: &Range<usize>,
    ) -> Option<(Option<Period>, Option<Period>)> {
        // Where each way of giving the time is written, when it is.
        let ways: Vec<Range<usize>> = [
            input.from.as_ref().or(input.to.as_ref()).map(Spanned::span),
            input.span.as_ref().map(Spanned::span),
            input.period_text.as_ref().map(Spanned::span),
            input.period.as_ref().map(Spanned::span),
        ]
        .into_iter()
        .flatten()
        .collect();
        if let [_, second, ..] = ways.as_slice() {
            self.error(
                second.clone(),
                msg!("data-change-time-twice"),
                msg!("data-change-time-twice-hint", from = FROM, to = TO),
            );
            return None;
        }
        if let Some(text) = &input.period_text {
            let words = text.get_ref().trim();
            if words.is_empty() {
                self.error(
                    text.span(),
                    msg!("data-change-period-text-empty"),
                    msg!("data-change-period-text-empty-hint"),
                );
                return None;
            }
            return Some((None, Some(Period::Text(words.to_owned()))));
        }
        if let Some(period) = &input.period {
            let said = period.get_ref().trim().to_lowercase();
            if !UNSTATED.contains(&said.as_str()) {
                self.error(
                    period.span(),
                    msg!("data-change-period-unknown", written = period.get_ref()),
                    msg!("data-change-period-unknown-hint", from = FROM, to = TO),
                );
                return None;
            }
            return Some((None, None));
        }
        if let Some(years) = &input.span {
            let (a, b) = self.span_period(years)?;
            return Some((Some(Period::Year(a)), Some(Period::Year(b))));
        }
        let from = match &input.from {
            Some(p) => Some(self.period(p)?),
            None => None,
        };
        let to = match &input.to {
            Some(p) => Some(self.period(p)?),
            None => None,
        };
        if from.is_none() && to.is_none() {
            self.error(
                span.clone(),
                msg!("data-change-no-time"),
                msg!("data-change-no-time-hint", from = FROM, to = TO),
            );
            return None;
        }
        Some((from, to))
    }

    pub(super) fn change(&mut self, input: ChangeInput, span: Range<usize>) -> Option<Change> {
        let (from, to) = self.change_period(&input, &span)?;
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
