//! `[[indicator.assessment]]`: the document's own verdict on a term's target ("vượt 3,8%").

use super::Reader;
use super::source::{ProvenanceInput, provenance_of};
use super::stated::{Relation, StatedFigure};
use crate::model::indicator::{Amount, Assessment, ChangeUnit, Confidence, StatedVerdict};
use schemars::JsonSchema;
use serde::Deserialize;
use std::ops::Range;
use toml::Spanned;

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct AssessmentInput {
    #[schemars(with = "String")]
    term: Spanned<String>,
    verdict: StatedVerdict,
    #[serde(default)]
    delta: Option<f64>,
    #[serde(default)]
    delta_unit: Option<ChangeUnit>,
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
    pub(super) fn assessment(
        &mut self,
        input: AssessmentInput,
        span: Range<usize>,
    ) -> Option<Assessment> {
        let term = self.term(&input.term);
        let (verdict, delta, delta_unit) = (input.verdict, input.delta, input.delta_unit);
        let provenance = self.provenance(provenance_of!(input), span.clone());
        if let Some(delta) = delta {
            self.check_stated(StatedFigure {
                as_stated: provenance.as_stated(),
                differs: provenance.differs().is_some(),
                derived: provenance.confidence == Confidence::Derived,
                amount: &Amount::Number(delta.abs()),
                at: span.clone(),
                relation: Relation::None,
            });
        }
        Some(Assessment {
            term: term?,
            verdict,
            delta,
            delta_unit,
            provenance,
            origin: self.origin(span),
        })
    }
}
